using System.Diagnostics;

namespace MinutesLang.Tests;

/// <summary>
/// The locale of a child process (issue 15): <c>minutes</c> speaks the system's language (LANGUAGE, LC_ALL, LC_MESSAGES,
/// LANG), so a test that runs it, or a tool that runs it (git running the hook), and compares English output pins
/// English, and passes on a Chinese machine too.
/// </summary>
internal static class ChildLocale
{
    /// <summary>The locale that says nothing of a language: <c>minutes</c> speaks English.</summary>
    public const string English = "C.UTF-8";

    /// <summary>
    /// Sets LANG of <paramref name="start"/> to <paramref name="locale"/> (default <see cref="English"/>) and removes
    /// LANGUAGE, LC_ALL and LC_MESSAGES, which would take precedence; returns <paramref name="start"/>.
    /// </summary>
    public static ProcessStartInfo Pin(ProcessStartInfo start, string locale = English)
    {
        foreach (string v in new[] { "LANGUAGE", "LC_ALL", "LC_MESSAGES" }) start.Environment.Remove(v);
        start.Environment["LANG"] = locale;
        return start;
    }
}
