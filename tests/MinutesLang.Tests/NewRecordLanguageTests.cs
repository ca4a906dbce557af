using System.Text.RegularExpressions;
using MinutesLang.Authoring;
using MinutesLang.Localization;

namespace MinutesLang.Tests;

/// <summary>
/// Issue 15 §3: the comments <c>minutes new</c> writes speak the writer's language (<c>--lang</c>, minutesconfig.json,
/// the system: <c>CommandContext.Language</c>), while the record itself — labels, title, placeholders naming its parts —
/// is the same official Chinese in both; in either language the new record checks clean but for its placeholders.
/// </summary>
public sealed partial class NewRecordTests
{
    /// <summary>The comment lines of a record, without their <c>//</c> and indentation.</summary>
    private static List<string> Comments(string text) =>
        [.. text.Split('\n').Select(l => l.TrimStart()).Where(l => l.StartsWith("//", StringComparison.Ordinal)).Select(l => l[2..].Trim())];

    /// <summary>The record without its comment lines: what is printed and checked.</summary>
    private static string WithoutComments(string text) =>
        string.Join('\n', text.Split('\n').Where(l => !l.TrimStart().StartsWith("//", StringComparison.Ordinal)));

    /// <summary>
    /// What of a comment is English prose: the comment without the quotation of the last record (after " — "), the
    /// command names, codes, directives, links and placeholders (notation, the same in both languages).
    /// </summary>
    private static string EnglishWordsOf(string comment)
    {
        int quote = comment.IndexOf(" — ", StringComparison.Ordinal);
        if (quote >= 0) comment = comment[..quote];
        comment = NotationInComment().Replace(comment, " ");
        return string.Join(' ', Regex.Matches(comment, "[A-Za-z]{2,}").Select(m => m.Value));
    }

    [GeneratedRegex(@"minutes (new|check)|ML[0-9]{4}|@\S+|\[\[[^\]]*\]\]|\{\{[^}]*\}\}")]
    private static partial Regex NotationInComment();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Han();

    /// <summary>Runs <c>new</c> with <paramref name="options"/> into a file of its own and returns the text written.</summary>
    private static string NewInto(string folder, string file, params string[] options)
    {
        var (code, o, e) = Run(["new", folder, "-o", file, .. options]);
        Assert.True(code == 0, o + e);
        return File.ReadAllText(file);
    }

    /// <summary>The codes <c>check</c> reports for the new record (the folder's other records read with it), one per finding.</summary>
    private static List<string> NewRecordCodes(string folder, string file)
    {
        var (_, o, _) = Run("check", "--format", "msbuild", folder);
        return [.. o.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Where(l => l.StartsWith(file, StringComparison.Ordinal))
            .Select(l => Regex.Match(l, " (ML[0-9]{4}): ").Groups[1].Value)];
    }

    [Theory]
    [InlineData("2025-06-06", "114-1")] // the seeds after 114-1: one case 列管中
    [InlineData("2025-12-05", "114-1")] // the next quarter: the host sentence of another quarter
    public void NewInChineseWritesNoEnglishCommentAndInEnglishNoChineseOne(string date, string last)
    {
        string seeds = CopySeeds();
        string zh = NewInto(seeds, Path.Combine(dir, "zh.minutes"), "--date", date, "--lang", "zh-TW");
        string en = NewInto(seeds, Path.Combine(dir, "en.minutes"), "--date", date, "--lang", "en");

        var zhComments = Comments(zh);
        var enComments = Comments(en);
        Assert.True(zhComments.Count >= 2, zh);
        Assert.Equal(zhComments.Count, enComments.Count);
        foreach (var c in zhComments) Assert.True(EnglishWordsOf(c).Length == 0, $"English in a zh-TW comment: {c} ({EnglishWordsOf(c)})");
        Assert.Contains(NewComments.Guide.ZhTw, zhComments);
        Assert.Contains($"前次（{last}）：列管中 — ", zh);

        Assert.Contains(NewComments.Guide.En, enComments);
        Assert.Contains($"// last reported at {last}: tracked — ", en);
        foreach (var c in enComments)
        {
            string prose = c.Split(" — ")[0];
            Assert.True(!Han().IsMatch(NotationInComment().Replace(prose, " ")), $"Chinese prose in an English comment: {c}");
            Assert.Matches("[A-Za-z]{2,} [A-Za-z]{2,}", prose);
        }

        // the record itself is the same in both: only the comments differ
        Assert.Equal(WithoutComments(zh), WithoutComments(en));
    }

    [Theory]
    [InlineData("zh-TW")]
    [InlineData("en")]
    public void TheNewRecordChecksCleanButForItsPlaceholdersInEitherLanguage(string language)
    {
        // after 113-2 of the clean fixture: 學校交流 列管中, 一證通用 提請副市長層級解列 (a state with a level)
        string folder = CopyClean("clean-" + language, "113-1.minutes", "113-2.minutes");
        string path = Path.Combine(folder, "113-3.minutes");
        string text = NewInto(folder, path, "--date", "2024-08-29", "--lang", language);
        Assert.Contains(language == "en"
            ? "// last reported at 113-2: delisting proposed to the 副市長層級 — "
            : "// 前次（113-2）：提請副市長層級解列 — ", text);

        int placeholders = Placeholder().Matches(WithoutComments(text)).Count; // a {{…}} in a comment means nothing
        Assert.True(placeholders >= 9, text);
        var codes = NewRecordCodes(folder, path);
        Assert.Equal(placeholders, codes.Count);
        Assert.All(codes, c => Assert.Equal("ML0114", c));

        File.WriteAllText(path, Fill(text));
        Assert.Empty(NewRecordCodes(folder, path));
    }

    [Fact]
    public void NewFollowsTheLanguageOfMinutesconfigAndLangOverridesIt()
    {
        string seeds = CopySeeds();
        File.WriteAllText(Path.Combine(seeds, "minutesconfig.json"), "{ \"language\": \"zh-TW\" }");
        string byConfig = NewInto(seeds, Path.Combine(dir, "config.minutes"), "--date", "2025-06-06");
        Assert.Contains(NewComments.Guide.ZhTw, Comments(byConfig));
        string byOption = NewInto(seeds, Path.Combine(dir, "option.minutes"), "--date", "2025-06-06", "--lang", "en");
        Assert.Contains(NewComments.Guide.En, Comments(byOption));

        File.WriteAllText(Path.Combine(seeds, "minutesconfig.json"), "{ \"language\": \"en\" }");
        string english = NewInto(seeds, Path.Combine(dir, "config-en.minutes"), "--date", "2025-06-06");
        Assert.Contains(NewComments.Guide.En, Comments(english));
    }

    [Fact]
    public void TheCommentsOfBothLanguagesNameTheSameThings()
    {
        // the guide comment names the same notation in both languages: placeholders, ML0114, the events to change
        foreach (string token in new[] { "{{…}}", "minutes check", "ML0114", "@列管", "@提請解列", "@解列", "@更名", "@移轉" })
        {
            Assert.Contains(token, NewComments.Guide.En);
            Assert.Contains(token, NewComments.Guide.ZhTw);
        }

        Assert.Equal("前次（113-2）：列管中", NewComments.LastState("113-2", "列管中", Language.ZhTw));
        Assert.Equal("last reported at 臨1: tracked", NewComments.LastState("臨1", "tracked", Language.En));
    }
}
