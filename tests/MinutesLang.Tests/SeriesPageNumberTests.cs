using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using MinutesLang.Parsing;
using MinutesLang.Rendering;
using MinutesLang.Semantics;

using static MinutesLang.Tests.ExternalTool;

namespace MinutesLang.Tests;

/// <summary>
/// Issue 17 §1, the form set in series.minutes: <c>頁碼：- N -</c> under <c>@series</c> (N the page, M the pages),
/// read into the page-number form of pdf, docx and odt; ML0321–ML0323 for a form that cannot be used.
/// </summary>
public sealed class SeriesPageNumberTests : IDisposable
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static readonly XNamespace Text = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";

    private readonly string dir = Directory.CreateTempSubdirectory("minutes-pagenumbers-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    /// <summary>The seeds' series.minutes with <paramref name="field"/> added under its <c>@series</c>.</summary>
    internal static string SeedSeriesWith(string field)
    {
        string series = File.ReadAllText(Path.Combine(Repo.Seeds, "series.minutes"));
        const string head = "@series 教育文化組\n  名稱：教育文化組\n";
        Assert.Contains(head, series);
        return series.Replace(head, head + "  " + field + "\n", StringComparison.Ordinal);
    }

    /// <summary>A seed record compiled with the seeds' series and <paramref name="field"/> under its <c>@series</c>.</summary>
    internal static Compilation Compile(string seed, string field) =>
        Compilation.Create(Parser.Parse(SeedSeriesWith(field), "series.minutes"), [Compilation.ParseFile(Path.Combine(Repo.Seeds, seed + ".minutes"))]);

    [Theory]
    [InlineData("第 N 頁，共 M 頁", PageNumbers.Official)]
    [InlineData("- N -", "- {page} -")]
    [InlineData("第N頁／共M頁", "第{page}頁／共{pages}頁")]
    [InlineData("Page N of M", "Page {page} of {pages}")]
    [InlineData("No. N", "No. {page}")] // the N of No. is text
    [InlineData("（N）", "（{page}）")]
    [InlineData("N", "{page}")]
    [InlineData("M 頁之 N", "{pages} 頁之 {page}")]
    public void AFormAsWrittenIsReadWithNForThePageAndMForThePages(string notation, string form)
    {
        Assert.Equal(form, PageNumbers.FromNotation(notation, out var problem, out _, out _, out _));
        Assert.Equal(PageNumbers.Problem.None, problem);
    }

    [Theory]
    [InlineData("", PageNumbers.Problem.NoPage)]
    [InlineData("共 M 頁", PageNumbers.Problem.NoPage)]
    [InlineData("第 n 頁", PageNumbers.Problem.NoPage)]
    [InlineData("第 Ｎ 頁", PageNumbers.Problem.NoPage)] // full-width Ｎ is text
    [InlineData("Page No", PageNumbers.Problem.NoPage)]
    [InlineData("N1", PageNumbers.Problem.NoPage)]
    [InlineData("N／N", PageNumbers.Problem.Twice)]
    [InlineData("第 N 頁，共 M 頁（共 M 頁）", PageNumbers.Problem.Twice)]
    [InlineData("臺北市政府教育局、新北市政府教育局、基隆市政府教育處、桃園市政府教育局會議紀錄第 N 頁", PageNumbers.Problem.TooLong)]
    public void AFormThatCannotBeUsedIsRefusedWithItsProblem(string notation, PageNumbers.Problem expected)
    {
        Assert.Null(PageNumbers.FromNotation(notation, out var problem, out _, out _, out _));
        Assert.Equal(expected, problem);
    }

    [Fact]
    public void TheWidestFormIsTheFooterLineCountedWithTwoDigitNumbers()
    {
        // 39 characters and N (99: one em) fill the 40 of the line; one more does not fit
        Assert.NotNull(PageNumbers.FromNotation(new string('頁', 39) + "N", out _, out _, out _, out double ems));
        Assert.Equal(40, ems);
        Assert.Null(PageNumbers.FromNotation(new string('頁', 38) + " N/M", out var problem, out _, out _, out ems));
        Assert.Equal((PageNumbers.Problem.TooLong, 41.0), (problem, ems)); // 38 + a space and 99/99
    }

    [Theory]
    [InlineData("頁碼：- N -", "- {page} -")]
    [InlineData("頁碼：第 N 頁，共 M 頁", PageNumbers.Official)]
    [InlineData("頁碼：頁次 N／M", "頁次 {page}／{pages}")]
    public void TheSeriesCarriesItsFormAndTheModelPrintsIt(string field, string form)
    {
        var c = Compile("114-1", field);
        Assert.DoesNotContain(c.Diagnostics, d => d.Source.Path == "series.minutes");
        Assert.Equal(form, c.Series.PageNumberForm);
        var model = new RenderModelBuilder(c.Series).Build(c.Records[0]);
        var parts = ((Scriban.Runtime.ScriptArray)model["page_numbers"]!).Cast<Scriban.Runtime.ScriptObject>().Select(p => (string)p["kind"]! == "text" ? (string)p["text"]! : (string)p["kind"]!);
        Assert.Equal(PageNumbers.Parts(form).Cast<Scriban.Runtime.ScriptObject>().Select(p => (string)p["kind"]! == "text" ? (string)p["text"]! : (string)p["kind"]!), parts);
    }

    [Fact]
    public void WithoutTheFieldTheSeriesPrintsTheOfficialForm()
    {
        var c = Repo.CompileSeed("108-2");
        Assert.Null(c.Series.PageNumberForm);
        Assert.Equal(PageNumbers.Official, new RenderModelBuilder(c.Series).PageNumberForm);
    }

    [Theory]
    [InlineData("頁碼：共 M 頁", "ML0321", "has no N")]
    [InlineData("頁碼：", "ML0321", "is empty")]
    [InlineData("頁碼：第 N 頁，共 N 頁", "ML0322", "has N 2 times")]
    [InlineData("頁碼：M-N-M", "ML0322", "has M 2 times")]
    [InlineData("頁碼：臺北市政府教育局、新北市政府教育局、基隆市政府教育處、桃園市政府教育局會議紀錄第 N 頁", "ML0323", "more than the 40")]
    public void AnUnusableFormIsAnErrorAtItsValueInSeriesMinutes(string field, string code, string message)
    {
        var c = Compile("114-1", field);
        var d = Assert.Single(c.Diagnostics, d => d.Source.Path == "series.minutes");
        Assert.Equal(code, d.Code);
        Assert.Equal(MinutesLang.Diagnostics.DiagnosticSeverity.Error, d.Severity);
        Assert.Contains(message, d.Message);
        Assert.NotNull(d.Hint);
        // at the value of 頁碼, on the line after @series and 名稱 (or at the field when it has no value)
        Assert.Equal(4, d.Start.Line);
        string line = SeedSeriesWith(field).Split('\n')[3];
        Assert.StartsWith("  頁碼：", line);
        Assert.Equal(field.Length > "頁碼：".Length ? 6 : 3, d.Start.Column);
        Assert.Null(c.Series.PageNumberForm);
    }

    [Theory]
    [InlineData("ML0321")]
    [InlineData("ML0322")]
    [InlineData("ML0323")]
    public void ThePagesExampleRaisesItsCodeAndTheFixDoesNot(string code)
    {
        string text = File.ReadAllText(Path.Combine(Repo.Root, "docs", "diagnostics", code + ".md"));
        var blocks = Regex.Matches(text, "```minutes\n(.*?)```", RegexOptions.Singleline).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(2, blocks.Count);
        List<string> Codes(string example)
        {
            var files = RuleFixtureTests.Split(example);
            var c = Compilation.Create(Parser.Parse(files.Single(f => f.Name == "series.minutes").Body, "series.minutes"),
                files.Where(f => f.Name != "series.minutes").Select(f => Parser.Parse(f.Body, f.Name)));
            return [.. c.Diagnostics.Select(d => d.Code)];
        }

        Assert.Contains(code, Codes(blocks[0]));
        Assert.Empty(Codes(blocks[1]));
    }

    [Theory]
    [InlineData("108-2")]
    [InlineData("112-1")]
    [InlineData("114-1")]
    public void DocxPrintsTheSeriesFormWithPageAndNumPagesFields(string seed)
    {
        foreach (var (field, runs, fields) in new[]
        {
            ("頁碼：- N -", new[] { "- ", " -" }, new[] { "PAGE \\* Arabic" }),
            ("頁碼：頁次 N／M", new[] { "頁次 ", "／" }, new[] { "PAGE \\* Arabic", "NUMPAGES \\* Arabic" }),
        })
        {
            var c = Compile(seed, field);
            byte[] docx = new DocumentRenderer(Repo.Templates, "docx").Render(c.Series, c.Records[0]);
            var footer = XDocument.Parse(Encoding.UTF8.GetString(Package.Unzip(docx).Single(e => e.Path == "word/footer1.xml").Bytes));
            var p = Assert.Single(footer.Descendants(W + "p"));
            Assert.Equal(fields, p.Elements(W + "fldSimple").Select(f => f.Attribute(W + "instr")!.Value.Trim()));
            Assert.Equal(runs, p.Elements(W + "r").Select(r => r.Value));
            Assert.DoesNotContain("第", p.Value);
        }
    }

    [Theory]
    [InlineData("108-2")]
    [InlineData("114-1")]
    public void OdtPrintsTheSeriesFormWithPageNumberAndPageCountFields(string seed)
    {
        var c = Compile(seed, "頁碼：- N -");
        byte[] odt = new DocumentRenderer(Repo.Templates, "odt").Render(c.Series, c.Records[0]);
        var styles = XDocument.Parse(Encoding.UTF8.GetString(Package.Unzip(odt).Single(e => e.Path == "styles.xml").Bytes));
        var footer = Assert.Single(styles.Descendants(), e => e.Name.LocalName == "footer").Element(Text + "p")!;
        Assert.Single(footer.Elements(Text + "page-number"));
        Assert.Empty(footer.Elements(Text + "page-count"));
        Assert.Equal(["- ", " -"], footer.Nodes().OfType<XText>().Select(t => t.Value));

        c = Compile(seed, "頁碼：Page N of M");
        odt = new DocumentRenderer(Repo.Templates, "odt").Render(c.Series, c.Records[0]);
        styles = XDocument.Parse(Encoding.UTF8.GetString(Package.Unzip(odt).Single(e => e.Path == "styles.xml").Bytes));
        footer = Assert.Single(styles.Descendants(), e => e.Name.LocalName == "footer").Element(Text + "p")!;
        Assert.Equal(["page-number", "page-count"], footer.Elements().Select(e => e.Name.LocalName));
        Assert.Equal(["Page ", " of "], footer.Nodes().OfType<XText>().Select(t => t.Value));
    }

    [Fact]
    public void HtmlPrintsTheSeriesFormInItsPageMarginBox()
    {
        var c = Compile("114-1", "頁碼：- N -");
        string html = new DocumentRenderer(Repo.Templates, "html").RenderText(new RenderModelBuilder(c.Series).Build(c.Records[0]));
        Assert.Contains("content: \"- \" counter(page) \" -\"", html.Replace("content:", "content: ").Replace("  ", " "));
        Assert.DoesNotContain("counter(pages)", html);
    }


    private static int Pages(string pdf) => int.Parse(Regex.Match(Run("pdfinfo", pdf), "Pages:\\s+([0-9]+)").Groups[1].Value);

    [BrowserFact]
    public void APdfOfTwoPagesPrintsTheSeriesFormOnEveryPage()
    {
        using var session = Chromium.Find().OpenSession();
        foreach (var (field, expected) in new (string, Func<int, int, string>)[]
        {
            ("頁碼：- N -", (n, _) => $"- {n} -"),
            ("頁碼：頁次 N／M", (n, m) => $"頁次 {n}／{m}"),
        })
        {
            var c = Compile("114-1", field);
            string html = new DocumentRenderer(Repo.Templates, "html").RenderText(new RenderModelBuilder(c.Series).Build(c.Records[0]));
            string pdf = Path.Combine(dir, "114-1.pdf");
            File.WriteAllBytes(pdf, session.PrintToPdf(html));
            int pages = Pages(pdf);
            Assert.True(pages >= 2, $"114-1 is {pages} page(s) long; the test needs two pages or more");
            for (int page = 1; page <= pages; page++)
            {
                string text = Run("pdftotext", "-enc", "UTF-8", "-f", page.ToString(), "-l", page.ToString(), pdf, "-");
                Assert.Contains(expected(page, pages), text);
                Assert.DoesNotContain($"第 {page} 頁", text);
            }
        }
    }

    [LibreOfficeFact]
    public void DocxAndOdtOfTwoPagesPrintTheSeriesFormOnEveryPageInLibreOffice()
    {
        var c = Compile("114-1", "頁碼：- N -");
        foreach (var format in new[] { "docx", "odt" })
        {
            string file = Path.Combine(dir, "114-1." + format);
            File.WriteAllBytes(file, new DocumentRenderer(Repo.Templates, format).Render(c.Series, c.Records[0]));
            Run("soffice", $"-env:UserInstallation=file://{dir}/profile", "--headless", "--convert-to", "pdf", "--outdir", Path.Combine(dir, format), file);
            string pdf = Path.Combine(dir, format, "114-1.pdf");
            int pages = Pages(pdf);
            Assert.True(pages >= 2, $"{format}: {pages} page(s)");
            for (int page = 1; page <= pages; page++)
            {
                // pdftotext spaces the characters of a line as they are set: compared without spaces
                var lines = Run("pdftotext", "-enc", "UTF-8", "-layout", "-f", page.ToString(), "-l", page.ToString(), pdf, "-").Split('\n').Select(l => Regex.Replace(l, "\\s+", "")).ToList();
                Assert.True(lines.Contains($"-{page}-"), $"{format}, page {page}: no line '- {page} -'");
                Assert.DoesNotContain(lines, l => l.Contains($"第{page}頁"));
            }
        }
    }
}
