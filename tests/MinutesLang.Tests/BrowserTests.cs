using System.Diagnostics;
using System.Text.RegularExpressions;
using MinutesLang.Rendering;

using static MinutesLang.Tests.ExternalTool;

namespace MinutesLang.Tests;

/// <summary>A test that needs this machine's Chromium and poppler-utils; skipped, saying why, only when they are absent (.ci/run installs them).</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (!Chromium.TryFind(out _)) Skip = "no Chromium on this machine (" + Chromium.HowToGetOne + ")";
        else if (BrowserTests.Tool("pdftotext") is null || BrowserTests.Tool("pdftoppm") is null) Skip = "no pdftotext/pdftoppm on this machine (apt-get install poppler-utils)";
    }
}

/// <summary>
/// The html and pdf of a few seeds opened in headless Chromium: the page renders and holds the
/// record's text; the first page of two records is kept as a PNG for people to look at
/// (Baselines/NAME.page1.png; written when missing or with MINUTES_ACCEPT=1, never compared).
/// </summary>
public sealed class BrowserTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("minutes-browser-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    internal static string? Tool(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Select(d => Path.Combine(d, name)).FirstOrDefault(File.Exists);

    /// <summary>The lines of the txt rendering outside tables, without white space: what every other format must show.</summary>
    private static List<string> RecordLines(string seed) =>
        [.. Repo.RenderTxt(Repo.CompileSeed(seed)).Split('\n').Select(l => Regex.Replace(l, "\\s+", "")).Where(l => l.Length > 0 && !l.StartsWith('|'))];


    [BrowserFact]
    public void HtmlOfThreeSeedsRendersInChromiumWithTheRecordsText()
    {
        var chromium = Chromium.Find();
        foreach (var seed in new[] { "108-2", "112-1", "114-1" })
        {
            string file = Path.Combine(dir, seed + ".html");
            File.WriteAllText(file, RenderFormatTests.Render("html", Repo.CompileSeed(seed)));
            string dom = chromium.DumpDom(file);
            Assert.Contains("<h1>", dom);
            Assert.DoesNotContain("<script", dom);
            string text = RenderFormatTests.PlainText(dom);
            foreach (var line in RecordLines(seed)) Assert.True(text.Contains(line, StringComparison.Ordinal), $"{seed}: not in the page: {line}");
        }
    }

    [BrowserFact]
    public void PdfOfTwoSeedsIsPrintedByChromiumHoldsTheRecordsTextAndItsFirstPageIsKeptAsAPng()
    {
        foreach (var seed in new[] { "112-1", "114-1" })
        {
            string pdf = Path.Combine(dir, seed + ".pdf");
            var o = new StringWriter();
            var e = new StringWriter();
            int code = MinutesLang.Cli.Cli.Run(["render", Path.Combine(Repo.Seeds, seed + ".minutes"), "--to", "pdf", "-o", pdf], o, e);
            Assert.True(code == 0, e.ToString());
            Assert.Equal("%PDF-", System.Text.Encoding.ASCII.GetString(File.ReadAllBytes(pdf), 0, 5));

            string info = Run(Tool("pdfinfo") ?? "pdfinfo", pdf);
            Assert.Matches("Page size:\\s+59[45][.0-9]* x 841[.0-9]* pts \\(A4\\)", info);
            // pdftotext joins a word broken at a hyphen at the end of a line and drops the hyphen: compare without hyphens
            string text = Regex.Replace(Run(Tool("pdftotext")!, "-enc", "UTF-8", pdf, "-"), "[\\s-]+", "");
            foreach (var line in RecordLines(seed)) Assert.True(text.Contains(line.Replace("-", ""), StringComparison.Ordinal), $"{seed}: not in the pdf: {line}");

            string prefix = Path.Combine(dir, seed);
            Run(Tool("pdftoppm")!, "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", pdf, prefix);
            byte[] png = File.ReadAllBytes(prefix + ".png");
            Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
            string kept = Path.Combine(Repo.Root, "tests", "MinutesLang.Tests", "Baselines", seed + ".page1.png");
            if (!File.Exists(kept) || Environment.GetEnvironmentVariable("MINUTES_ACCEPT") == "1") File.WriteAllBytes(kept, png);
        }
    }
}

/// <summary>Finding Chromium, and what the user is told when there is none (no browser needed).</summary>
public sealed class ChromiumLocatorTests
{
    [Fact]
    public void NoChromiumAnywhereSaysHowToGetOne()
    {
        var e = Assert.Throws<ChromiumException>(() => Chromium.Locate(null, "/nonexistent-a:/nonexistent-b", ["/nonexistent/chromium"]));
        Assert.Contains("apt-get install chromium", e.Message);
        Assert.DoesNotContain("\n", e.Message);
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")] // a fake browser written as a shell script
    public void ABrowserThatFailsIsSaidInBothLanguages()
    {
        // issue 15: every failure of the browser has its zh-TW text (before, only "not found" had one)
        string dir = Directory.CreateTempSubdirectory("minutes-fake-chromium-").FullName;
        try
        {
            string fake = Path.Combine(dir, "chromium");
            File.WriteAllText(fake, "#!/bin/sh\necho 'fake browser: boom' >&2\nexit 3\n");
            File.SetUnixFileMode(fake, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            var e = Assert.Throws<ChromiumException>(() => new Chromium(fake).PrintToPdf("<p>一</p>"));
            Assert.Equal(e.Message, e.Text.En);
            Assert.NotEqual(e.Text.En, e.Text.ZhTw);
            Assert.Matches("(執行失敗|無法|未在)", e.Text.ZhTw);
            Assert.DoesNotMatch("\\b(failed|cannot|could not|did not|refused)\\b", e.Text.ZhTw);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void TheEnvironmentVariableWinsAndAWrongOneIsAnError()
    {
        string fake = Path.GetTempFileName();
        try
        {
            Assert.Equal(fake, Chromium.Locate(fake, "/usr/bin", ["/usr/bin/chromium"]).Executable);
            var e = Assert.Throws<ChromiumException>(() => Chromium.Locate(fake + ".missing", "/usr/bin", ["/usr/bin/chromium"]));
            Assert.StartsWith($"MINUTES_CHROMIUM={fake}.missing: no such file", e.Message);
        }
        finally
        {
            File.Delete(fake);
        }
    }

    [Fact]
    public void ChromiumIsFoundOnThePathOrInTheUsualPlace()
    {
        string bin = Directory.CreateTempSubdirectory("minutes-path-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(bin, "chromium"), "");
            Assert.Equal(Path.Combine(bin, "chromium"), Chromium.Locate("", bin, ["/nonexistent/chromium"]).Executable);
            string usual = Path.Combine(bin, "chromium");
            Assert.Equal(usual, Chromium.Locate(null, "/nonexistent", [usual]).Executable);
        }
        finally
        {
            Directory.Delete(bin, recursive: true);
        }
    }

    [Fact]
    public void PdfWithoutChromiumIsOneLineAndExit2()
    {
        string minutes = Path.Combine(AppContext.BaseDirectory, "minutes.dll");
        var start = ChildLocale.Pin(new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true });
        foreach (var a in new[] { minutes, "render", Path.Combine(Repo.Seeds, "114-1.minutes"), "--to", "pdf", "-o", Path.Combine(Path.GetTempPath(), "never.pdf") }) start.ArgumentList.Add(a);
        start.Environment[Chromium.EnvironmentVariable] = "/nonexistent/chromium";
        using var p = Process.Start(start)!;
        string err = p.StandardError.ReadToEnd();
        p.WaitForExit();
        Assert.Equal(2, p.ExitCode);
        Assert.Equal("minutes: MINUTES_CHROMIUM=/nonexistent/chromium: no such file; install Chromium (Debian/Ubuntu: apt-get install chromium) or set MINUTES_CHROMIUM to its path\n", err);
        Assert.False(File.Exists(Path.Combine(Path.GetTempPath(), "never.pdf")));
    }
}
