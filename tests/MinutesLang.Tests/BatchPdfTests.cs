using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using MinutesLang.Rendering;

using static MinutesLang.Tests.ExternalTool;

namespace MinutesLang.Tests;

/// <summary>
/// Issue 17 §5, batch pdf: one browser prints several records at a time, each in a tab of its own reused from
/// record to record, and every pdf is its own record's (no page of one record in another's pdf); render writes
/// them in order. The speed itself is measured by tests/bench/render-pdf.sh (docs/bench/render.md).
/// </summary>
public sealed class BatchPdfTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("minutes-batch-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);


    /// <summary>The text of a pdf, without the spaces pdftotext puts between characters.</summary>
    private string PdfText(byte[] pdf, string name)
    {
        string file = Path.Combine(dir, name + ".pdf");
        File.WriteAllBytes(file, pdf);
        return Regex.Replace(Run("pdftotext", "-enc", "UTF-8", file, "-"), "\\s+", "");
    }

    /// <summary>What only this seed's pdf says: its title and its 時間 line (the date and the weekday).</summary>
    private static (string Title, string Date) Own(string seed)
    {
        var c = Repo.CompileSeed(seed);
        string date = Repo.RenderTxt(c).Split('\n').First(l => l.Contains("時間：") || l.Contains("日期："));
        return (Regex.Replace(c.Records[0].Title!, "\\s+", ""), Regex.Replace(date, "\\s+", ""));
    }

    [BrowserFact]
    public async Task SeveralRecordsPrintedAtOnceInTabsOfOneBrowserEachGetItsOwnPdf()
    {
        var seeds = new[] { "108-1", "109-2", "110-3", "111-1", "112-1", "113-2", "114-1" };
        using var session = Chromium.Find().OpenSession(parallelism: 3);
        int pid = session.ProcessId;
        Assert.Equal(3, session.Parallelism);
        var htmls = seeds.Select(s => RenderFormatTests.Render("html", Repo.CompileSeed(s))).ToList();

        var prints = htmls.Select(session.PrintToPdfAsync).ToList(); // all at once: three print, the others wait for a tab
        var pdfs = await Task.WhenAll(prints);

        Assert.Equal(pid, session.ProcessId);
        Assert.Equal(seeds.Length, session.Printed);
        Assert.Equal(3, session.Tabs); // never more tabs than the parallelism, each reused
        for (int i = 0; i < seeds.Length; i++)
        {
            string text = PdfText(pdfs[i], seeds[i]);
            var (title, date) = Own(seeds[i]);
            Assert.Contains(title, text);
            Assert.Contains(date, text);
            foreach (var other in seeds.Where(s => s != seeds[i])) Assert.DoesNotContain(Own(other).Date, text);
            Assert.Contains(title, string.Concat(OfficialPdfTests.Bookmarks(pdfs[i])).Replace(" ", ""));
        }

        // the same session goes on printing, one at a time too
        Assert.Contains(Own("113-3").Title, PdfText(session.PrintToPdf(RenderFormatTests.Render("html", Repo.CompileSeed("113-3"))), "again"));
        Assert.Equal(3, session.Tabs);
    }

    [BrowserFact]
    public void ABrowserThatDiesFailsThePrintsWithAMessageNotAHang()
    {
        var session = Chromium.Find().OpenSession(parallelism: 2);
        string html = RenderFormatTests.Render("html", Repo.CompileSeed("108-2"));
        Assert.StartsWith("%PDF-", Encoding.ASCII.GetString(session.PrintToPdf(html), 0, 5));
        Process.GetProcessById(session.ProcessId).Kill(entireProcessTree: true);
        var e = Assert.Throws<ChromiumException>(() => session.PrintToPdf(html));
        Assert.Contains("failed", e.Message);
        session.Dispose();
        Assert.Throws<ObjectDisposedException>(() => session.PrintToPdf(html));
    }

    [BrowserFact]
    public void RenderWritesEveryRecordOfAFolderAsItsOwnPdf()
    {
        var seeds = new[] { "108-1", "108-2", "108-3", "108-4", "109-1", "109-2" };
        string input = Path.Combine(dir, "in");
        Directory.CreateDirectory(input);
        foreach (var f in seeds.Select(s => s + ".minutes").Append("series.minutes")) File.Copy(Path.Combine(Repo.Seeds, f), Path.Combine(input, f));
        var start = ChildLocale.Pin(new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true });
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "minutes.dll"), "render", input, "--to", "pdf,txt", "-o", Path.Combine(dir, "out"), "-v" }) start.ArgumentList.Add(a);
        using var p = Process.Start(start)!;
        string err = p.StandardError.ReadToEnd();
        p.WaitForExit();
        Assert.True(p.ExitCode == 0, err);
        // written in the order of the records, as before the pdfs were printed side by side
        var written = Regex.Matches(err, "wrote .*/out/([0-9-]+)\\.pdf").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(seeds, written);
        foreach (var seed in seeds)
        {
            string text = PdfText(File.ReadAllBytes(Path.Combine(dir, "out", seed + ".pdf")), "check-" + seed);
            Assert.Contains(Own(seed).Title, text);
            Assert.Contains(Own(seed).Date, text);
            Assert.True(File.Exists(Path.Combine(dir, "out", seed + ".txt")));
        }
    }
}

/// <summary>
/// Issue 17 §3: LibreOffice prints a docx in Noto Sans CJK JP because fontconfig does not know 標楷體 (LibreOffice reads
/// neither the fontTable's alternates nor the zh-TW language for a missing font); src/fonts/65-minutes-kai.conf tells it.
/// </summary>
public sealed class KaiFontconfigTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("minutes-kai-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private static string Conf => Path.Combine(Repo.Root, "src", "fonts", "65-minutes-kai.conf");

    [Fact]
    public void TheFontconfigFileMapsEveryNameOfBiauKaiToTheFreeKaiFacesInTheOrderOfFonts()
    {
        var aliases = XDocument.Load(Conf).Root!.Elements("alias").ToDictionary(a => a.Element("family")!.Value, a => a.Element("prefer")!.Elements("family").Select(f => f.Value).ToList());
        Assert.Equal(["標楷體", "DFKai-SB", "BiauKai"], aliases.Keys);
        Assert.All(aliases.Keys, k => Assert.Contains(k, Fonts.Kai));
        foreach (var prefer in aliases.Values)
        {
            // the free Kai faces first, in the order every format names them, then Traditional Chinese serif faces
            Assert.Equal(["TW-Kai", "AR PL UKai TW"], prefer.Take(2));
            Assert.True(Fonts.Kai.ToList().IndexOf("TW-Kai") < Fonts.Kai.ToList().IndexOf("AR PL UKai TW"));
            Assert.All(prefer.Skip(2), f => Assert.Contains(f, Fonts.Fallbacks));
            Assert.All(prefer, f => Assert.DoesNotContain("Sans", f));
        }
    }


    [LibreOfficeFact]
    public void WithTheFileLibreOfficePrintsADocxInAKaiFaceWhereOneIsInstalled()
    {
        string kai = RunWith(null, "fc-list", ":lang=zh-tw", "family");
        string? expected = kai.Contains("TW\\-Kai") || kai.Contains("TW-Kai") ? "TW-Kai" : kai.Contains("AR PL UKai TW") ? "UKai" : kai.Contains("Noto Serif CJK TC") ? "NotoSerifCJK" : null;
        if (expected is null) return; // no free Kai or TW serif face on this machine: nothing to pick

        // the machine's configuration with the repository's file added (FONTCONFIG_FILE), as installing it would
        string fonts = Path.Combine(dir, "fonts.conf");
        File.WriteAllText(fonts, $"<?xml version=\"1.0\"?>\n<!DOCTYPE fontconfig SYSTEM \"urn:fontconfig:fonts.dtd\">\n<fontconfig>\n  <include ignore_missing=\"yes\">/etc/fonts/fonts.conf</include>\n  <include>{Conf}</include>\n</fontconfig>\n");
        var environment = new Dictionary<string, string> { ["FONTCONFIG_FILE"] = fonts };
        Assert.Contains(expected == "UKai" ? "AR PL UKai TW" : expected == "NotoSerifCJK" ? "Noto Serif CJK TC" : "TW-Kai", RunWith(environment, "fc-match", "-f", "%{family}", "標楷體"));

        foreach (var seed in new[] { "114-1", "112-1" })
        {
            string file = Path.Combine(dir, seed + ".docx");
            File.WriteAllBytes(file, PackageTests.Render("docx", seed));
            RunWith(environment, "soffice", $"-env:UserInstallation=file://{dir}/profile", "--headless", "--convert-to", "pdf", "--outdir", Path.Combine(dir, "pdf"), file);
            var faces = RunWith(null, "pdffonts", Path.Combine(dir, "pdf", seed + ".pdf")).Split('\n').Skip(2).Where(l => l.Length > 0).Select(l => l.Split(' ')[0]).ToList();
            Assert.Contains(faces, f => f.Contains(expected, StringComparison.OrdinalIgnoreCase));
            Assert.DoesNotContain(faces, f => f.Contains("CJKjp", StringComparison.OrdinalIgnoreCase) || f.Contains("Sans", StringComparison.Ordinal));
        }
    }
}
