using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using MinutesLang.Diagnostics;
using MinutesLang.Parsing;
using MinutesLang.Rendering;
using MinutesLang.Text;

namespace MinutesLang.Tests;

/// <summary>
/// Issue 17, without a browser: page numbers as fields (docx, odt) and as a margin box (html
/// printed to pdf), outline levels, fonts and their alternates, table headers and keep-with-next,
/// equal line spacing in docx and odt, the blank line after 紀錄 in txt, and the font check of pdf (ML0320).
/// </summary>
public sealed class OfficialDocumentTests
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static readonly XNamespace Text = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    private static readonly XNamespace Style = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
    private static readonly XNamespace Svg = "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0";
    private static readonly XNamespace Fo = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0";
    private static readonly XNamespace Table = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";

    public static TheoryData<string> SomeSeeds => new() { "108-2", "112-1", "114-1", "113-3" };

    private static XDocument Part(string format, string seed, string part) =>
        XDocument.Parse(Encoding.UTF8.GetString(Package.Unzip(PackageTests.Render(format, seed)).Single(e => e.Path == part).Bytes));

    /// <summary>The parts of the record as the model numbers them: (ordinal text + head) of every printed part.</summary>
    private static List<string> PartHeads(string seed)
    {
        var c = Repo.CompileSeed(seed);
        var model = new RenderModelBuilder(c.Series).Build(c.Records[0]);
        return [.. ((Scriban.Runtime.ScriptArray)model["parts"]!).Cast<Scriban.Runtime.ScriptObject>().Where(p => !(bool)p["beside_chair"]!).Select(p => (string)p["ordinal_text"]! + (string)p["head"]!)];
    }

    /// <summary>How many 案由 the record has: the agenda items, as the txt rendering labels them (案由, 案由一 …).</summary>
    private static int SubjectCount(string seed) => Regex.Matches(Repo.RenderTxt(Repo.CompileSeed(seed)), "^\\s*案由[一二三四五六七八九十]*：", RegexOptions.Multiline).Count;

    [Theory]
    [InlineData("第 {page} 頁，共 {pages} 頁", "text:第 |page|text: 頁，共 |pages|text: 頁")]
    [InlineData("- {page} -", "text:- |page|text: -")]
    [InlineData("{page}/{pages}", "page|text:/|pages")]
    [InlineData("第{page}頁", "text:第|page|text:頁")]
    [InlineData("{pagez} {page}", "text:{pagez} |page")]
    [InlineData("頁碼", "text:頁碼")]
    public void PageNumberFormsAreCutIntoTextAndTheTwoNumbers(string form, string expected)
    {
        var parts = PageNumbers.Parts(form).Cast<Scriban.Runtime.ScriptObject>().Select(p => (string)p["kind"]! == "text" ? "text:" + p["text"] : (string)p["kind"]!);
        Assert.Equal(expected, string.Join("|", parts));
    }

    [Theory]
    [MemberData(nameof(SomeSeeds))]
    public void DocxHasAFooterOnEveryPageWithPageAndNumPagesFieldsInTheOfficialForm(string seed)
    {
        var footer = Part("docx", seed, "word/footer1.xml");
        var p = Assert.Single(footer.Descendants(W + "p"));
        var fields = p.Elements(W + "fldSimple").Select(f => f.Attribute(W + "instr")!.Value.Trim()).ToList();
        Assert.Equal(["PAGE \\* Arabic", "NUMPAGES \\* Arabic"], fields);
        Assert.Equal(["第 ", " 頁，共 ", " 頁"], p.Elements(W + "r").Select(r => r.Value));
        var document = Part("docx", seed, "word/document.xml");
        var reference = Assert.Single(document.Descendants(W + "sectPr").Elements(W + "footerReference"));
        Assert.Equal("default", reference.Attribute(W + "type")!.Value);
        var rels = Part("docx", seed, "word/_rels/document.xml.rels");
        Assert.Contains(rels.Root!.Elements(), r => r.Attribute("Id")!.Value == reference.Attribute(XName.Get("id", "http://schemas.openxmlformats.org/officeDocument/2006/relationships"))!.Value && r.Attribute("Target")!.Value == "footer1.xml");
        Assert.Contains("/word/footer1.xml", Part("docx", seed, "[Content_Types].xml").ToString());
    }

    [Theory]
    [MemberData(nameof(SomeSeeds))]
    public void DocxPartsSubjectsAndListItemsCarryOutlineLevelsWhileTheOrdinalsStayTyped(string seed)
    {
        var body = Part("docx", seed, "word/document.xml").Descendants(W + "body").Single();
        string StyleOf(XElement p) => p.Element(W + "pPr")?.Element(W + "pStyle")?.Attribute(W + "val")?.Value ?? "";
        var parts = body.Elements(W + "p").Where(p => StyleOf(p) == "Part").Select(p => string.Concat(p.Descendants(W + "t").Select(t => t.Value))).ToList();
        Assert.Equal(PartHeads(seed), parts.Select(p => Regex.Replace(p, "　　　　.*$", "")));
        Assert.Equal(SubjectCount(seed), body.Descendants(W + "p").Count(p => StyleOf(p) == "Subject"));
        Assert.All(body.Descendants(W + "p").Where(p => StyleOf(p) == "Subject"), p => Assert.StartsWith("案由", string.Concat(p.Descendants(W + "t").Select(t => t.Value))));

        var styles = Part("docx", seed, "word/styles.xml");
        int Level(string id) => int.Parse(styles.Descendants(W + "style").Single(s => s.Attribute(W + "styleId")!.Value == id).Descendants(W + "outlineLvl").Single().Attribute(W + "val")!.Value);
        Assert.Equal((0, 1), (Level("Part"), Level("Subject")));

        // list items: a level below what holds them, the ordinal still the first run of the paragraph
        var items = body.Descendants(W + "p").Where(p => p.Element(W + "pPr")?.Element(W + "outlineLvl") is not null).ToList();
        Assert.NotEmpty(items);
        foreach (var item in items)
        {
            int level = int.Parse(item.Element(W + "pPr")!.Element(W + "outlineLvl")!.Attribute(W + "val")!.Value);
            Assert.InRange(level, 1, 8);
            Assert.Matches("^(（?[一二三四五六七八九十]+[、）]|[0-9]+[.、)]|\\([0-9一二三四五六七八九十]+\\)|[A-Za-z][.、]|[甲乙丙丁戊己庚辛壬癸][、.])", item.Descendants(W + "t").First().Value);
        }

        // the typed ordinals are those of the txt rendering, unchanged
        string text = string.Concat(body.Descendants(W + "t").Select(t => t.Value));
        foreach (var line in Repo.RenderTxt(Repo.CompileSeed(seed)).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('|')))
            Assert.Contains(line.Replace(" ", ""), text.Replace(" ", ""));
    }

    [Fact]
    public void DocxHasAFontTableWithTheKaiFacesTheirAlternatesAndFamilies()
    {
        var fonts = Part("docx", "114-1", "word/fontTable.xml").Root!.Elements(W + "font").ToDictionary(f => f.Attribute(W + "name")!.Value);
        Assert.Equal("DFKai-SB", fonts["標楷體"].Element(W + "altName")!.Attribute(W + "val")!.Value);
        Assert.Equal("88", fonts["標楷體"].Element(W + "charset")!.Attribute(W + "val")!.Value);
        foreach (var kai in new[] { "標楷體", "TW-Kai", "AR PL UKai TW" }) Assert.Equal("script", fonts[kai].Element(W + "family")!.Attribute(W + "val")!.Value);
        Assert.Equal("roman", fonts["Noto Serif CJK TC"].Element(W + "family")!.Attribute(W + "val")!.Value);
        // the font the styles name for Chinese is declared in the table
        string eastAsia = Part("docx", "114-1", "word/styles.xml").Descendants(W + "rFonts").First().Attribute(W + "eastAsia")!.Value;
        Assert.Contains(eastAsia, fonts.Keys);
        Assert.Contains("fontTable.xml", Part("docx", "114-1", "word/_rels/document.xml.rels").ToString());
    }

    [Theory]
    [InlineData("112-1")] // the one seed with tables
    public void DocxTableHeadersAreBoldCentredAndRepeatedAndTablesStartUnderTheirBlock(string seed)
    {
        var body = Part("docx", seed, "word/document.xml").Descendants(W + "body").Single();
        var tables = body.Descendants(W + "tbl").ToList();
        Assert.NotEmpty(tables);
        foreach (var table in tables)
        {
            var rows = table.Elements(W + "tr").ToList();
            Assert.NotNull(rows[0].Element(W + "trPr")?.Element(W + "tblHeader"));
            Assert.All(rows[0].Descendants(W + "pStyle"), s => Assert.Equal("CellHead", s.Attribute(W + "val")!.Value));
            Assert.All(rows.Skip(1).SelectMany(r => r.Descendants(W + "pStyle")), s => Assert.StartsWith("Cell", s.Attribute(W + "val")!.Value));
            Assert.All(rows.Skip(1).SelectMany(r => r.Descendants(W + "pStyle")), s => Assert.NotEqual("CellHead", s.Attribute(W + "val")!.Value));
            int indent = int.Parse(table.Element(W + "tblPr")!.Element(W + "tblInd")!.Attribute(W + "w")!.Value);
            Assert.True(indent >= 560, $"{seed}: a table at {indent} twips, not under its part");
            int width = table.Element(W + "tblGrid")!.Elements(W + "gridCol").Sum(c => int.Parse(c.Attribute(W + "w")!.Value));
            Assert.InRange(indent + width, 9600, 9638);
        }

        var styles = Part("docx", seed, "word/styles.xml").Descendants(W + "style").Single(s => s.Attribute(W + "styleId")!.Value == "CellHead");
        Assert.NotNull(styles.Descendants(W + "b").SingleOrDefault());
        Assert.Equal("center", styles.Descendants(W + "jc").Single().Attribute(W + "val")!.Value);
    }

    [Fact]
    public void DocxKeepsLabelsWithTheirListAndControlsWidowsInEverySeed()
    {
        int checkedLabels = 0;
        foreach (var seed in Repo.SeedNames)
        {
            var body = Part("docx", seed, "word/document.xml").Descendants(W + "body").Single();
            var paragraphs = body.Elements(W + "p").ToList();
            for (int i = 0; i + 1 < paragraphs.Count; i++)
            {
                string text = string.Concat(paragraphs[i].Descendants(W + "t").Select(t => t.Value));
                if (!Regex.IsMatch(text, "^(說明|決議|辦理情形)[：:]$")) continue;
                checkedLabels++;
                Assert.True(paragraphs[i].Element(W + "pPr")!.Element(W + "keepNext") is not null, $"{seed}: '{text}' is not kept with the next paragraph");
            }

            Assert.NotNull(Part("docx", seed, "word/styles.xml").Descendants(W + "pPrDefault").Single().Descendants(W + "widowControl").SingleOrDefault());
        }

        Assert.True(checkedLabels >= 3, $"only {checkedLabels} labels with a list below them in the seeds");
    }

    [Theory]
    [MemberData(nameof(SomeSeeds))]
    public void OdtHasPageNumberFieldsInTheFooterAndOutlineLevelsForPartsSubjectsAndListItems(string seed)
    {
        var styles = Part("odt", seed, "styles.xml");
        var footer = styles.Descendants(Style + "master-page").Single().Element(Style + "footer")!.Element(Text + "p")!;
        Assert.NotNull(footer.Element(Text + "page-number"));
        Assert.NotNull(footer.Element(Text + "page-count"));
        Assert.Equal("第 1 頁，共 1 頁", string.Concat(footer.Nodes().Select(n => n is XElement e ? e.Value : ((XText)n).Value)));
        Assert.NotNull(styles.Descendants(Style + "page-layout").Single().Element(Style + "footer-style"));

        var content = Part("odt", seed, "content.xml");
        var headings = content.Descendants(Text + "h").ToList();
        Assert.Equal(PartHeads(seed), headings.Where(h => h.Attribute(Text + "outline-level")!.Value == "1").Select(h => Regex.Replace(h.Value, "　　　　.*$", "")));
        Assert.Equal(SubjectCount(seed), headings.Count(h => h.Value.StartsWith("案由", StringComparison.Ordinal)));
        Assert.All(headings.Where(h => h.Value.StartsWith("案由", StringComparison.Ordinal)), h => Assert.Equal("2", h.Attribute(Text + "outline-level")!.Value));
        Assert.Contains(headings, h => int.Parse(h.Attribute(Text + "outline-level")!.Value) >= 2 && !h.Value.StartsWith("案由", StringComparison.Ordinal));
        Assert.DoesNotContain(content.Descendants(Text + "p"), p => Regex.IsMatch(p.Value, "^[壹貳參肆伍陸柒捌玖拾]+、"));
    }

    [Fact]
    public void OdtDeclaresTheKaiFacesAndTheSameLineSpacingAsTheDocx()
    {
        var styles = Part("odt", "114-1", "styles.xml");
        var faces = styles.Descendants(Style + "font-face").ToDictionary(f => f.Attribute(Style + "name")!.Value, f => f.Attribute(Svg + "font-family")!.Value);
        // the free Kai faces first (LibreOffice maps a missing 標楷體 to a sans-serif face instead of trying the next name), then the stack
        Assert.StartsWith("TW-Kai;AR PL UKai TW;標楷體;DFKai-SB;BiauKai;TW-Kai;全字庫正楷體;AR PL UKai TW", faces["標楷體"]);
        Assert.Contains("Noto Serif CJK TC", faces["標楷體"]);
        Assert.Contains("TW-Kai", faces.Keys);
        Assert.Contains("AR PL UKai TW", faces.Keys);

        // body: at least 22 pt in both (docx: w:line 440 twips, atLeast); tables: single in both
        var docx = Part("docx", "114-1", "word/styles.xml");
        var spacing = docx.Descendants(W + "pPrDefault").Descendants(W + "spacing").Single();
        Assert.Equal(("440", "atLeast"), (spacing.Attribute(W + "line")!.Value, spacing.Attribute(W + "lineRule")!.Value));
        var odtDefault = styles.Descendants(Style + "default-style").Single().Element(Style + "paragraph-properties")!;
        Assert.Equal($"{440 / 20}pt", odtDefault.Attribute(Style + "line-height-at-least")!.Value);
        Assert.Null(odtDefault.Attribute(Fo + "line-height"));
        var cell = docx.Descendants(W + "style").Single(s => s.Attribute(W + "styleId")!.Value == "Cell").Descendants(W + "spacing").Single();
        Assert.Equal(("240", "auto"), (cell.Attribute(W + "line")!.Value, cell.Attribute(W + "lineRule")!.Value));
        Assert.Equal("100%", styles.Descendants(Style + "style").Single(s => s.Attribute(Style + "name")!.Value == "Cell").Element(Style + "paragraph-properties")!.Attribute(Fo + "line-height")!.Value);
        Assert.Equal(("2", "2"), (odtDefault.Attribute(Fo + "widows")!.Value, odtDefault.Attribute(Fo + "orphans")!.Value));
    }

    [Theory]
    [InlineData("112-1")] // the one seed with tables
    public void OdtTableHeadersAreBoldCentredAndTablesStartUnderTheirBlock(string seed)
    {
        var content = Part("odt", seed, "content.xml");
        var automatic = content.Descendants(Style + "style").ToDictionary(s => s.Attribute(Style + "name")!.Value);
        foreach (var table in content.Descendants(Table + "table"))
        {
            var header = table.Element(Table + "table-header-rows")!;
            Assert.All(header.Descendants(Text + "p"), p => Assert.Equal("CellHead", p.Attribute(Text + "style-name")!.Value));
            var props = automatic[table.Attribute(Table + "style-name")!.Value].Element(Style + "table-properties")!;
            Assert.True(double.Parse(props.Attribute(Fo + "margin-left")!.Value.Replace("pt", ""), System.Globalization.CultureInfo.InvariantCulture) >= 28, seed);
        }

        var head = Part("odt", seed, "styles.xml").Descendants(Style + "style").Single(s => s.Attribute(Style + "name")!.Value == "CellHead");
        Assert.Equal("bold", head.Element(Style + "text-properties")!.Attribute(Fo + "font-weight")!.Value);
        Assert.Equal("center", head.Element(Style + "paragraph-properties")!.Attribute(Fo + "text-align")!.Value);
    }

    [Theory]
    [MemberData(nameof(SomeSeeds))]
    public void HtmlPartsAreH2SubjectsH3AndEveryPrintedPageCarriesItsNumber(string seed)
    {
        string html = RenderFormatTests.Render("html", Repo.CompileSeed(seed));
        var h2 = Regex.Matches(html, "<h2 class=\"row\">(.*?)</h2>").Select(m => RenderFormatTests.PlainText(Regex.Replace(m.Groups[1].Value, "<span class=\"beside\">.*?</span>", ""))).ToList();
        Assert.Equal(PartHeads(seed).Select(h => Regex.Replace(h, "\\s+", "")), h2);
        Assert.Equal(SubjectCount(seed), Regex.Matches(html, "<h3 class=\"row\"><span class=\"ord\">案由").Count);
        Assert.Contains("@bottom-center { content: \"第 \" counter(page) \" 頁，共 \" counter(pages) \" 頁\";", html);
        Assert.Matches("font-family: \"標楷體\", \"DFKai-SB\", \"BiauKai\", \"TW-Kai\", \"全字庫正楷體\", \"AR PL UKai TW\", \"AR PL UKai TW MBE\", \"Noto Serif CJK TC\"", html);
    }

    [Fact]
    public void AnotherPageNumberFormReachesEveryFormat()
    {
        var c = Repo.CompileSeed("114-1");
        var model = new RenderModelBuilder(c.Series) { PageNumberForm = "- {page} -" }.Build(c.Records[0]);
        Assert.Contains("content: \"- \" counter(page) \" -\";", new DocumentRenderer(Repo.Templates, "html").RenderText(model));
        var docx = XDocument.Parse(Encoding.UTF8.GetString(Package.Unzip(new DocumentRenderer(Repo.Templates, "docx").Render(model)).Single(e => e.Path == "word/footer1.xml").Bytes));
        Assert.Equal(["PAGE \\* Arabic"], docx.Descendants(W + "fldSimple").Select(f => f.Attribute(W + "instr")!.Value.Trim()));
        var odt = XDocument.Parse(Encoding.UTF8.GetString(Package.Unzip(new DocumentRenderer(Repo.Templates, "odt").Render(model)).Single(e => e.Path == "styles.xml").Bytes));
        Assert.Empty(odt.Descendants(Text + "page-count"));
        Assert.Equal("- 1 -", odt.Descendants(Style + "footer").Single().Value);
    }

    [Fact]
    public void TxtHasABlankLineAfterTheRecorderInEverySeed()
    {
        int seen = 0;
        foreach (var seed in Repo.SeedNames)
        {
            var lines = Repo.RenderTxt(Repo.CompileSeed(seed)).Split('\n');
            for (int i = 0; i < lines.Length; i++)
            {
                if (!Regex.IsMatch(lines[i], "^[紀記]錄[：:]")) continue;
                seen++;
                Assert.True(i + 1 < lines.Length && lines[i + 1] == "" && i + 2 < lines.Length && lines[i + 2] != "", $"{seed}: line {i + 1} '{lines[i]}' is not followed by one blank line");
            }
        }

        Assert.True(seen >= 10, $"only {seen} recorder lines in the seeds");
    }

    // ML0320: the font check of pdf

    private static readonly string[] NoFonts = [];

    private static List<Diagnostic> CheckFonts(string text, IReadOnlyList<string>? families, out bool printable)
    {
        var bag = new DiagnosticBag();
        printable = new FontCheck(() => families).Check(SourceText.From(text, "r.minutes"), bag);
        return [.. bag.Items];
    }

    [Theory]
    [InlineData("@meeting 114-1\n# 114 年度會議紀錄\n", 2, 7, "年")]
    [InlineData("@meeting 114-1\n// a comment: 註解\n* 時間：114 年\n", 3, 3, "時")]
    [InlineData("@meeting 113-2\n* Agenda: 𠀋 first\n", 2, 11, "𠀋")]
    [InlineData("@meeting 112-4\n* x：y\n", 2, 4, "：")]
    public void NoFontForChineseIsML0320AtTheFirstChineseCharacterWithAHintNamingThePackages(string text, int line, int column, string character)
    {
        var d = Assert.Single(CheckFonts(text, NoFonts, out bool printable));
        Assert.False(printable);
        Assert.Equal("ML0320", d.Code);
        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
        string human = DiagnosticFormatter.Human(d);
        Assert.StartsWith($"r.minutes:{line}:{column}: error ML0320: no font on this machine can print '{character}'", human);
        Assert.Contains("apt-get install fonts-cns11643-kai fonts-arphic-ukai", human);
    }

    [Fact]
    public void AFontListedOrNoFontconfigOrNoChineseLetsThePdfThrough()
    {
        Assert.Empty(CheckFonts("@meeting 114-1\n# 會議紀錄\n", ["TW\\-Kai,全字庫正楷體"], out bool withFont));
        Assert.True(withFont);
        Assert.Empty(CheckFonts("@meeting 114-1\n# 會議紀錄\n", null, out bool noFontconfig));
        Assert.True(noFontconfig);
        bool asked = false;
        var bag = new DiagnosticBag();
        Assert.True(new FontCheck(() => { asked = true; return NoFonts; }).Check(SourceText.From("@meeting 114-1\n# Minutes\n// 註解 only in a comment\n"), bag));
        Assert.False(asked);
        Assert.Empty(bag.Items);
    }

    [Fact]
    public void FcListIsAskedForTraditionalChineseAndAMissingProgramIsNull()
    {
        Assert.Null(FontCheck.FcList("/nonexistent/fc-list"));
        string fake = FakeFcList("echo \"$1 $2\"; echo 'TW\\-Kai,全字庫正楷體'");
        try
        {
            Assert.Equal([":lang=zh-tw family", "TW\\-Kai,全字庫正楷體"], FontCheck.FcList(fake));
        }
        finally
        {
            DeleteFake(fake);
        }
    }

    /// <summary>Deletes a fake made by <see cref="FakeFcList"/> with the folder it was made in.</summary>
    internal static void DeleteFake(string fake) => Directory.Delete(Path.GetDirectoryName(fake)!, recursive: true);

    /// <summary>Writes an executable shell script named fc-list, running <paramref name="body"/>, in a new temporary folder; returns its path (delete it with <see cref="DeleteFake"/>).</summary>
    internal static string FakeFcList(string body)
    {
        string fake = Path.Combine(Directory.CreateTempSubdirectory("minutes-fc-").FullName, "fc-list");
        File.WriteAllText(fake, "#!/bin/sh\n" + body + "\n");
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(fake, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return fake;
    }

    [Theory]
    [InlineData("114-1")]
    [InlineData("108-2")]
    public void RenderPdfWithoutAChineseFontRefusesWithML0320AndWritesNothing(string seed)
    {
        string fakeFcList = FakeFcList("exit 0");
        string fakeChromium = Path.GetTempFileName(); // found, never started: the check comes first
        string output = Path.Combine(Path.GetTempPath(), $"never-{seed}-{Environment.ProcessId}.pdf");
        try
        {
            var start = ChildLocale.Pin(new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true });
            foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "minutes.dll"), "render", Path.Combine(Repo.Seeds, seed + ".minutes"), "--to", "pdf", "-o", output }) start.ArgumentList.Add(a);
            start.Environment[Chromium.EnvironmentVariable] = fakeChromium;
            start.Environment[FontCheck.EnvironmentVariable] = fakeFcList;
            start.Environment["NO_COLOR"] = "1";
            using var p = Process.Start(start)!;
            string err = p.StandardError.ReadToEnd();
            p.WaitForExit();
            Assert.Equal(2, p.ExitCode);
            string first = File.ReadAllLines(Path.Combine(Repo.Seeds, seed + ".minutes")).Select((l, i) => (l, i)).First(x => FontCheck.FirstChinese(x.l) >= 0 && !x.l.TrimStart().StartsWith("//")).i.ToString();
            Assert.Matches($"{Regex.Escape(seed)}\\.minutes:{int.Parse(first) + 1}:[0-9]+: error ML0320: no font on this machine can print", err);
            Assert.Contains("fonts-cns11643-kai fonts-arphic-ukai", err);
            Assert.DoesNotContain("   at ", err);
            Assert.False(File.Exists(output));
        }
        finally
        {
            File.Delete(fakeChromium);
            DeleteFake(fakeFcList);
        }
    }

    [Fact]
    public void ThePageOfML0320ShowsARecordThatRaisesItWithoutFontsAndNotWithOne()
    {
        string page = File.ReadAllText(Path.Combine(Repo.Root, "docs", "diagnostics", "ML0320.md"));
        var blocks = Regex.Matches(page, "```minutes\n(.*?)```", RegexOptions.Singleline).Select(m => m.Groups[1].Value).ToList();
        var fixes = Regex.Matches(page, "```sh\n\\$ fc-list :lang=zh-tw family\n(.*?)```", RegexOptions.Singleline).Select(m => m.Groups[1].Value.Split('\n', StringSplitOptions.RemoveEmptyEntries)).ToList();
        Assert.True(blocks.Count >= 1 && fixes.Count >= 1);
        Assert.Equal("ML0320", Assert.Single(CheckFonts(blocks[0], NoFonts, out _)).Code);
        Assert.Empty(CheckFonts(blocks[0], fixes[0], out _));
        Assert.Contains(Fonts.DebianPackages, page);
    }
}
