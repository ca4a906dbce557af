using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using MinutesLang.Rendering;

using static MinutesLang.Tests.ExternalTool;

namespace MinutesLang.Tests;

/// <summary>
/// Issue 17 in the browser: a two-page record printed to pdf carries 第 N 頁，共 M 頁 on every page,
/// bookmarks for its parts and 案由, tags, and embeds its font; the records of a run are printed by one
/// browser. Page 1 and 2 are kept as PNGs for people to look at (Baselines/NAME.page1.png,
/// NAME.page2.png from the pdf; NAME.html.png, the html in the browser; written when missing or with
/// MINUTES_ACCEPT=1, never compared). docx and odt through LibreOffice: see <see cref="LibreOfficeFactAttribute"/>.
/// </summary>
public sealed class OfficialPdfTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("minutes-official-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);


    private static string Html(string seed) => RenderFormatTests.Render("html", Repo.CompileSeed(seed));

    /// <summary>The titles of the pdf's outline (bookmarks): Chromium writes them as UTF-16BE hex strings.</summary>
    internal static List<string> Bookmarks(byte[] pdf)
    {
        string raw = Encoding.Latin1.GetString(pdf);
        Assert.Contains("/Outlines", raw);
        return [.. Regex.Matches(raw, "/Title <FEFF([0-9A-Fa-f]*)>").Select(m => Encoding.BigEndianUnicode.GetString(Convert.FromHexString(m.Groups[1].Value)))];
    }

    private static void Keep(string png, string name)
    {
        byte[] bytes = File.ReadAllBytes(png);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);
        string kept = Path.Combine(Repo.Root, "tests", "MinutesLang.Tests", "Baselines", name);
        if (!File.Exists(kept) || Environment.GetEnvironmentVariable("MINUTES_ACCEPT") == "1") File.WriteAllBytes(kept, bytes);
    }

    [BrowserFact]
    public void ATwoPageRecordHasItsPageNumbersBookmarksTagsAndAnEmbeddedFont()
    {
        const string seed = "114-1";
        string pdf = Path.Combine(dir, seed + ".pdf");
        File.WriteAllBytes(pdf, Chromium.Find().PrintToPdf(Html(seed)));

        string info = Run("pdfinfo", pdf);
        int pages = int.Parse(Regex.Match(info, "Pages:\\s+([0-9]+)").Groups[1].Value);
        Assert.True(pages >= 2, $"{seed} is {pages} page(s) long; the test needs a record of two pages or more");
        Assert.Matches("Tagged:\\s+yes", info);
        for (int page = 1; page <= pages; page++)
        {
            string text = Run("pdftotext", "-enc", "UTF-8", "-f", page.ToString(), "-l", page.ToString(), pdf, "-");
            Assert.Contains($"第 {page} 頁，共 {pages} 頁", text);
        }

        var bookmarks = Bookmarks(File.ReadAllBytes(pdf));
        var c = Repo.CompileSeed(seed);
        var model = new RenderModelBuilder(c.Series).Build(c.Records[0]);
        foreach (var part in ((Scriban.Runtime.ScriptArray)model["parts"]!).Cast<Scriban.Runtime.ScriptObject>())
        {
            if ((bool)part["beside_chair"]!) continue;
            string head = (string)part["ordinal_text"]! + (string)part["head"]!;
            Assert.Contains(bookmarks, b => b.StartsWith(head, StringComparison.Ordinal));
        }

        Assert.Contains(bookmarks, b => b.StartsWith("案由：", StringComparison.Ordinal));

        // every font is embedded; on a machine with a free Kai font, the Chinese is printed in it
        var fonts = Run("pdffonts", pdf).Split('\n').Skip(2).Where(l => l.Length > 0).ToList();
        Assert.NotEmpty(fonts);
        Assert.All(fonts, f => Assert.Matches("\\s+yes\\s+(yes|no)\\s+(yes|no)\\s+[0-9]+\\s+[0-9]+$", f));
        string kai = Run("fc-list", ":lang=zh-tw", "family");
        if (kai.Contains("TW\\-Kai") || kai.Contains("AR PL UKai TW")) Assert.Contains(fonts, f => Regex.IsMatch(f, "Kai|UKai", RegexOptions.IgnoreCase));

        string prefix = Path.Combine(dir, "page");
        Run("pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "2", pdf, prefix);
        var pngs = Directory.GetFiles(dir, "page-*.png").Order(StringComparer.Ordinal).ToList();
        Assert.Equal(2, pngs.Count);
        Keep(pngs[0], seed + ".page1.png");
        Keep(pngs[1], seed + ".page2.png");

        string html = Path.Combine(dir, seed + ".html");
        File.WriteAllText(html, Html(seed));
        string shot = Path.Combine(dir, seed + ".html.png");
        Chromium.Find().Screenshot(html, shot, 794, 2 * 1123);
        Keep(shot, seed + ".html.png");
    }

    [BrowserFact]
    public void OneBrowserPrintsEveryRecordOfARun()
    {
        var seeds = new[] { "108-2", "112-1", "114-1" };
        var session = Chromium.Find().OpenSession();
        int pid = session.ProcessId;
        try
        {
            foreach (var seed in seeds)
            {
                byte[] pdf = session.PrintToPdf(Html(seed));
                Assert.Equal(pid, session.ProcessId);
                string file = Path.Combine(dir, seed + ".pdf");
                File.WriteAllBytes(file, pdf);
                int pages = int.Parse(Regex.Match(Run("pdfinfo", file), "Pages:\\s+([0-9]+)").Groups[1].Value);
                Assert.Contains($"第 {pages} 頁，共 {pages} 頁", Run("pdftotext", "-enc", "UTF-8", file, "-"));
                Assert.Contains(Repo.CompileSeed(seed).Records[0].Title!, string.Concat(Bookmarks(pdf)));
            }

            Assert.Equal(seeds.Length, session.Printed);
        }
        finally
        {
            session.Dispose();
        }

        Assert.Throws<ArgumentException>(() => Process.GetProcessById(pid).Kill());
    }

    [BrowserFact]
    public void RenderingAFolderToPdfStartsTheBrowserOnce()
    {
        // a wrapper that counts how often it is started, then runs the real browser
        string count = Path.Combine(dir, "starts");
        string wrapper = Path.Combine(dir, "chromium");
        File.WriteAllText(wrapper, $"#!/bin/sh\necho x >> '{count}'\nexec '{Chromium.Find().Executable}' \"$@\"\n");
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(wrapper, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        string input = Path.Combine(dir, "in");
        Directory.CreateDirectory(input);
        foreach (var f in new[] { "series.minutes", "108-1.minutes", "108-2.minutes", "108-3.minutes" }) File.Copy(Path.Combine(Repo.Seeds, f), Path.Combine(input, f));

        var start = ChildLocale.Pin(new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true });
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "minutes.dll"), "render", input, "--to", "pdf", "-o", Path.Combine(dir, "out") }) start.ArgumentList.Add(a);
        start.Environment[Chromium.EnvironmentVariable] = wrapper;
        using var p = Process.Start(start)!;
        string err = p.StandardError.ReadToEnd();
        p.WaitForExit();
        Assert.True(p.ExitCode == 0, err);
        Assert.Single(File.ReadAllLines(count));
        foreach (var r in new[] { "108-1", "108-2", "108-3" }) Assert.Equal("%PDF-", Encoding.ASCII.GetString(File.ReadAllBytes(Path.Combine(dir, "out", r + ".pdf")), 0, 5));
    }
}

/// <summary>A test that needs LibreOffice (soffice) besides the browser tools; skipped, saying why, where it is not installed (.ci/run does not install it: it is big).</summary>
public sealed class LibreOfficeFactAttribute : FactAttribute
{
    public LibreOfficeFactAttribute()
    {
        if (BrowserTests.Tool("soffice") is null) Skip = "no LibreOffice on this machine (apt-get install libreoffice-writer-nogui)";
        else if (BrowserTests.Tool("pdftotext") is null) Skip = "no pdftotext on this machine (apt-get install poppler-utils)";
    }
}

/// <summary>docx and odt of a two-page record, printed by LibreOffice: page numbers, equal layout in both, PNGs to look at.</summary>
public sealed class LibreOfficeTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("minutes-lo-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);


    /// <summary>The y position (pt) of every line of text on each page, from pdftotext -bbox-layout.</summary>
    private static List<List<(double Y, string Text)>> Lines(string pdf)
    {
        string xml = Run("pdftotext", "-bbox-layout", "-enc", "UTF-8", pdf, "-");
        var pages = new List<List<(double, string)>>();
        foreach (Match page in Regex.Matches(xml, "<page .*?</page>", RegexOptions.Singleline))
        {
            pages.Add([.. Regex.Matches(page.Value, "<line xMin=\"[0-9.]+\" yMin=\"([0-9.]+)\".*?</line>", RegexOptions.Singleline)
                .Select(m => (double.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), string.Concat(Regex.Matches(m.Value, ">([^<]+)</word>").Select(w => w.Groups[1].Value))))]);
        }

        return pages;
    }

    [LibreOfficeFact]
    public void DocxAndOdtOfATwoPageRecordPrintAlikeWithPageNumbersOnEveryPage()
    {
        const string seed = "114-1";
        var pdfs = new Dictionary<string, string>();
        foreach (var format in new[] { "docx", "odt" })
        {
            string file = Path.Combine(dir, seed + "." + format);
            File.WriteAllBytes(file, PackageTests.Render(format, seed));
            Run("soffice", $"-env:UserInstallation=file://{dir}/profile", "--headless", "--convert-to", "pdf", "--outdir", Path.Combine(dir, format), file);
            pdfs[format] = Path.Combine(dir, format, seed + ".pdf");
            var pages = Lines(pdfs[format]);
            for (int i = 0; i < pages.Count; i++) Assert.Contains(pages[i], l => l.Text == $"第{i + 1}頁，共{pages.Count}頁");
            Run("pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "2", pdfs[format], Path.Combine(dir, format, "page"));
            var pngs = Directory.GetFiles(Path.Combine(dir, format), "page-*.png").Order(StringComparer.Ordinal).ToList();
            for (int i = 0; i < pngs.Count; i++)
            {
                string kept = Path.Combine(Repo.Root, "tests", "MinutesLang.Tests", "Baselines", $"{seed}.{format}.page{i + 1}.png");
                if (!File.Exists(kept) || Environment.GetEnvironmentVariable("MINUTES_ACCEPT") == "1") File.Copy(pngs[i], kept, overwrite: true);
            }
        }

        var docx = Lines(pdfs["docx"]);
        var odt = Lines(pdfs["odt"]);
        Assert.Equal(docx.Count, odt.Count);
        for (int i = 0; i < docx.Count; i++)
        {
            // the same lines at the same heights, within a line's leading
            // the body; the footer is compared by its text above (docx puts it 1 cm from the page's edge, odt inside the 2 cm margin)
            var a = docx[i].Where(l => l.Text.Length > 0 && !l.Text.StartsWith('第')).ToList();
            var b = odt[i].Where(l => l.Text.Length > 0 && !l.Text.StartsWith('第')).ToList();
            Assert.True(Math.Abs(a.Count - b.Count) <= 2, $"page {i + 1}: {a.Count} lines in the docx, {b.Count} in the odt");
            foreach (var (line, y) in a.Take(Math.Min(a.Count, b.Count)).Select((l, k) => (l, b[k].Y)))
                Assert.True(Math.Abs(line.Y - y) <= 11, $"page {i + 1}: '{line.Text}' at {line.Y} pt in the docx, {y} pt in the odt");
        }
    }
}
