using System.Text.RegularExpressions;

namespace MinutesLang.Tests;

/// <summary>
/// The writer's guides and their examples, as the tests read them (<see cref="GrammarDocTests"/>, which parses the
/// examples of grammar/GUIDE.md, and <see cref="GuideTranslationTests"/>, which keeps grammar/GUIDE.zh-TW.md in step).
/// </summary>
internal static partial class GuideExamples
{
    /// <summary>The writer's guide, from the repository's root.</summary>
    public const string English = "grammar/GUIDE.md";

    /// <summary>The writer's guide in Traditional Chinese (撰寫指南), from the repository's root.</summary>
    public const string Chinese = "grammar/GUIDE.zh-TW.md";

    /// <summary>A file of the repository (<paramref name="file"/> from its root) with LF line ends.</summary>
    public static string Read(string file) => File.ReadAllText(Path.Combine(Repo.Root, file)).Replace("\r\n", "\n");

    /// <summary>The fenced examples of a guide's text (<c>```</c> blocks without a language), in order, without their fences.</summary>
    public static List<string> Of(string text) => [.. Fenced().Matches(text).Select(m => m.Groups[1].Value)];

    /// <summary>A fenced example: its text in group 1.</summary>
    [GeneratedRegex("```\n(.*?)```", RegexOptions.Singleline)]
    public static partial Regex Fenced();
}
