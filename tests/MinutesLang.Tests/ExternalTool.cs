using System.Diagnostics;

namespace MinutesLang.Tests;

/// <summary>
/// Runs a program the browser and office tests read their outputs with (pdftotext, pdfinfo, pdffonts, pdftoppm,
/// fc-list, fc-match, soffice), found on PATH by <see cref="BrowserTests.Tool"/> or given as a path.
/// </summary>
internal static class ExternalTool
{
    /// <summary>Runs <paramref name="tool"/> with <paramref name="args"/>; returns its standard output (UTF-8). A non-zero exit fails the test with its standard error.</summary>
    public static string Run(string tool, params string[] args) => RunWith(null, tool, args);

    /// <summary>As <see cref="Run"/>, with the variables of <paramref name="environment"/> set for the process (null: none).</summary>
    public static string RunWith(IDictionary<string, string>? environment, string tool, params string[] args)
    {
        var start = new ProcessStartInfo(BrowserTests.Tool(tool) ?? tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) start.ArgumentList.Add(a);
        ChildLocale.Pin(start); // the tools' own messages (and a minutes they run) in English, whatever the machine's locale
        foreach (var (k, v) in environment ?? new Dictionary<string, string>()) start.Environment[k] = v;
        using var p = Process.Start(start)!;
        var err = p.StandardError.ReadToEndAsync();
        string output = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        Assert.True(p.ExitCode == 0, $"{tool} failed: {err.Result}");
        return output;
    }
}
