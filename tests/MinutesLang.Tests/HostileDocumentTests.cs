using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using MinutesLang.Diagnostics;
using MinutesLang.Import;
using MinutesLang.Text;

namespace MinutesLang.Tests;

/// <summary>
/// Issue 13, point 1: hostile and huge documents are read with limits that hold (<see cref="DocumentLimits"/>). Each
/// kind of fault of the cases found (deep nesting, huge or malformed counts, a zip bomb, random bytes or an empty file
/// named .docx, a number past int in a text) with more instances than the case showed: spans and lists, DOCX tables,
/// other repeat attributes, negative and overflowing numbers, a zip of many entries, a document of the other kind.
/// Every refusal is one line with its code and the part and position, exit 2, nothing written.
/// </summary>
public sealed class HostileDocumentTests : CliHarness
{
    private const string Office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    private const string TextNs = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    private const string TableNs = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    private const string StyleNs = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
    private const string WordNs = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private const string Title = "114 年度教育文化組第 1 次工作小組會議紀錄";

    private static string Fixture(string name) => Path.Combine(Repo.Root, "tests", "MinutesLang.Tests", "Fixtures", "Hostile", name);

    /// <summary>A zip of the parts given (name, content), deflated.</summary>
    public static byte[] Zip(params (string Name, string Content)[] parts)
    {
        var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in parts)
            {
                using var s = zip.CreateEntry(name).Open();
                s.Write(Encoding.UTF8.GetBytes(content));
            }
        }

        return ms.ToArray();
    }

    /// <summary>An ODT whose office:text holds <paramref name="body"/>; <paramref name="styles"/> goes into office:automatic-styles.</summary>
    public static byte[] Odt(string body, string styles = "") => Zip(
        ("mimetype", "application/vnd.oasis.opendocument.text"),
        ("content.xml", $"<?xml version=\"1.0\"?><office:document-content xmlns:office=\"{Office}\" xmlns:text=\"{TextNs}\" xmlns:table=\"{TableNs}\" xmlns:style=\"{StyleNs}\"><office:automatic-styles>{styles}</office:automatic-styles><office:body><office:text><text:p>{Title}</text:p>{body}</office:text></office:body></office:document-content>"));

    /// <summary>A DOCX whose w:body holds <paramref name="body"/>, with word/numbering.xml when <paramref name="numbering"/> is given.</summary>
    public static byte[] Docx(string body, string? numbering = null)
    {
        var parts = new List<(string, string)>
        {
            ("word/document.xml", $"<w:document xmlns:w=\"{WordNs}\"><w:body><w:p><w:r><w:t>{Title}</w:t></w:r></w:p>{body}</w:body></w:document>"),
        };
        if (numbering is not null)
        {
            parts.Add(("word/_rels/document.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"r1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering\" Target=\"numbering.xml\"/></Relationships>"));
            parts.Add(("word/numbering.xml", $"<w:numbering xmlns:w=\"{WordNs}\">{numbering}</w:numbering>"));
        }

        return Zip([.. parts]);
    }

    private static Diagnostic Refused(string name, byte[] bytes) =>
        Assert.Throws<DocumentRefusedException>(() => ImportReader.Read(name, bytes)).Diagnostic;

    private static string Repeat(string s, int n) => string.Concat(Enumerable.Repeat(s, n));

    // ---- the cases, through the command line: a clear diagnostic, exit 2, nothing written

    [Theory]
    [InlineData("span40000.odt", "ML0411", "content.xml, line 1, column ")]
    [InlineData("spaces-huge.odt", "ML0412", "text:c=\"2000000000\"; it is read from 0 to 10,000")]
    [InlineData("spaces-nan.odt", "ML0412", "text:c=\"abc\", which is not a number")]
    [InlineData("spaces-neg.odt", "ML0412", "text:c=\"-1\"; it is read from 0")]
    [InlineData("listlevel-nan.odt", "ML0412", "text:level=\"abc\", which is not a number")]
    [InlineData("liststart-overflow.odt", "ML0412", "text:start-value=\"2147483647\"")]
    [InlineData("numoverflow.docx", "ML0412", "word/numbering.xml, line 1, column ")]
    [InlineData("notzip.docx", "ML0410", "not a DOCX: the file does not start as a zip package (its first bytes are 89FE0098")]
    [InlineData("empty.docx", "ML0410", "not a DOCX: the file is empty")]
    public void EachHostileCaseIsOneRefusalWithItsCodePartAndPositionExit2AndNothingWritten(string file, string code, string message)
    {
        string out_ = Directory.CreateDirectory(Path.Combine(dir, "out")).FullName;
        string input = Path.Combine(dir, file);
        File.Copy(Fixture(file), input);
        var (exit, o, e) = Run("import", input, "-o", out_);
        Assert.Equal(2, exit);
        Assert.Equal("", o);
        Assert.StartsWith($"minutes: {input}: error {code}: ", e);
        Assert.Contains(message, e);
        Assert.Single(e.TrimEnd('\n').Split('\n'));
        Assert.Empty(Directory.EnumerateFileSystemEntries(out_));

        var (_, _, msbuild) = Run("import", input, "-o", out_, "--format", "msbuild");
        Assert.StartsWith($"{input}(1,1): error {code}: ", msbuild);
    }

    [Fact]
    public void ARefusalAmongSeveralInputsWritesNothingAtAll()
    {
        string good = Path.Combine(dir, "good.odt");
        File.WriteAllBytes(good, Odt("<text:p>壹、時間：114 年 3 月 7 日（星期五）上午 10 時</text:p>"));
        string bad = Path.Combine(dir, "bad.odt");
        File.Copy(Fixture("spaces-huge.odt"), bad);
        string out_ = Directory.CreateDirectory(Path.Combine(dir, "out")).FullName;
        Assert.Equal(2, Run("import", good, bad, "-o", out_).Code);
        Assert.Empty(Directory.EnumerateFileSystemEntries(out_));
        Assert.Equal(0, Run("import", good, "-o", out_).Code);
        Assert.Single(Directory.EnumerateFiles(out_, "*.minutes"));
    }

    // ---- depth: no recursion without a bound

    [Theory]
    [InlineData(126, false)]
    [InlineData(130, true)]
    [InlineData(5_000, true)]
    [InlineData(40_000, true)]
    public void SpansNestedInAnOdtAreReadUpToTheDepthLimit(int depth, bool refused)
    {
        // document-content 0, body 1, text 2, p 3: the spans start at depth 4
        int spans = depth - 4;
        byte[] odt = Odt($"<text:p>{Repeat("<text:span>", spans)}深{Repeat("</text:span>", spans)}</text:p>");
        if (!refused)
        {
            Assert.Contains("深", ImportReader.Read("deep.odt", odt).Source.Text);
            return;
        }

        var d = Refused("deep.odt", odt);
        Assert.Equal("ML0411", d.Code);
        Assert.Matches(@"^content\.xml, line 1, column \d+: elements are nested more than 128 deep here$", d.Message);
        Assert.Equal("<text:span>", d.Source.Text);
    }

    [Theory]
    [InlineData(60, false)]
    [InlineData(64, true)]
    [InlineData(9_000, true)]
    public void ListsNestedInAnOdtAreReadUpToTheDepthLimit(int levels, bool refused)
    {
        // each level is a text:list and a text:list-item: two elements
        byte[] odt = Odt($"{Repeat("<text:list><text:list-item>", levels)}<text:p>深</text:p>{Repeat("</text:list-item></text:list>", levels)}");
        if (refused) Assert.Equal("ML0411", Refused("lists.odt", odt).Code);
        else Assert.Contains("深", ImportReader.Read("lists.odt", odt).Source.Text);
    }

    [Theory]
    [InlineData(40, false)]
    [InlineData(43, true)]
    [InlineData(10_000, true)]
    public void TablesNestedInADocxAreReadUpToTheDepthLimit(int tables, bool refused)
    {
        // document 0, body 1; each table adds w:tbl, w:tr, w:tc
        byte[] docx = Docx($"{Repeat("<w:tbl><w:tr><w:tc>", tables)}<w:p><w:r><w:t>深</w:t></w:r></w:p>{Repeat("</w:tc></w:tr></w:tbl>", tables)}");
        if (refused)
        {
            var d = Refused("tables.docx", docx);
            Assert.Equal("ML0411", d.Code);
            Assert.StartsWith("word/document.xml, line 1, column ", d.Message);
        }
        else
        {
            ImportReader.Read("tables.docx", docx);
        }
    }

    [Fact]
    public void RunsNestedInADocxParagraphAreRefusedAtTheDepthLimit()
    {
        // w:ins and w:smartTag nest runs; 50,000 of them (750 KB, under the size and ratio limits) never reach a recursive reader
        byte[] docx = Docx($"<w:p>{Repeat("<w:ins>", 50_000)}<w:r><w:t>x</w:t></w:r>{Repeat("</w:ins>", 50_000)}</w:p>");
        Assert.Equal("ML0411", Refused("runs.docx", docx).Code);
    }

    // ---- counts, repeats, levels and first values: bounded and validated

    [Theory]
    [InlineData("<text:p><text:s text:c=\"10001\"/></text:p>", "text:c=\"10001\"; it is read from 0 to 10,000")]
    [InlineData("<text:p><text:s text:c=\"2147483648\"/></text:p>", "text:c=\"2147483648\"")]
    [InlineData("<text:p><text:s text:c=\"99999999999999999999999\"/></text:p>", "which is not a number")]
    [InlineData("<text:p><text:s text:c=\"1e3\"/></text:p>", "text:c=\"1e3\", which is not a number")]
    [InlineData("<text:p><text:s text:c=\"\"/></text:p>", "which is not a number")]
    [InlineData("<text:p><text:s text:c=\"-2147483648\"/></text:p>", "text:c=\"-2147483648\"")]
    [InlineData("<table:table><table:table-row><table:table-cell table:number-columns-repeated=\"1025\"><text:p>x</text:p></table:table-cell></table:table-row></table:table>", "table:number-columns-repeated=\"1025\"; it is read from 1 to 1,024")]
    [InlineData("<table:table><table:table-row><table:table-cell table:number-columns-repeated=\"0\"/></table:table-row></table:table>", "table:number-columns-repeated=\"0\"")]
    [InlineData("<table:table><table:table-row><table:covered-table-cell table:number-columns-repeated=\"x\"/></table:table-row></table:table>", "table:number-columns-repeated=\"x\", which is not a number")]
    [InlineData("<text:list text:style-name=\"L1\"><text:list-item text:start-value=\"-5\"><text:p>x</text:p></text:list-item></text:list>", "text:start-value=\"-5\"")]
    [InlineData("<text:list text:style-name=\"L1\"><text:list-item text:start-value=\"2147483647\"><text:p>x</text:p></text:list-item><text:list-item><text:p>y</text:p></text:list-item></text:list>", "text:start-value=\"2147483647\"")]
    public void ACountOrFirstValueOutOfRangeInAnOdtIsRefusedAtItsElement(string body, string message)
    {
        var d = Refused("n.odt", Odt(body, "<text:list-style style:name=\"L1\"><text:list-level-style-number text:level=\"1\" style:num-format=\"一\"/></text:list-style>"));
        Assert.Equal("ML0412", d.Code);
        Assert.Matches(@"^content\.xml, line 1, column \d+: ", d.Message);
        Assert.Contains(message, d.Message);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("11")]
    [InlineData("-1")]
    [InlineData("二")]
    public void AListLevelOutOfRangeInAnOdtStyleIsRefused(string level)
    {
        var d = Refused("l.odt", Odt("<text:p>x</text:p>", $"<text:list-style style:name=\"L1\"><text:list-level-style-number text:level=\"{level}\" style:num-format=\"1\"/></text:list-style>"));
        Assert.Equal("ML0412", d.Code);
        Assert.Contains($"text:level=\"{level}\"", d.Message);
    }

    [Fact]
    public void CountsWithinTheirBoundsAreReadInFull()
    {
        var text = ImportReader.Read("ok.odt", Odt(
            "<text:p>a<text:s text:c=\"10000\"/>b</text:p>" +
            "<table:table><table:table-row><table:table-cell table:number-columns-repeated=\"100\"><text:p>格</text:p></table:table-cell></table:table-row></table:table>" +
            "<text:list text:style-name=\"L1\"><text:list-item text:start-value=\"9999\"><text:p>項</text:p></text:list-item><text:list-item><text:p>項</text:p></text:list-item></text:list>",
            "<text:list-style style:name=\"L1\"><text:list-level-style-number text:level=\"1\" style:num-format=\"1\" style:num-suffix=\".\"/></text:list-style>")).Source.Text;
        Assert.Contains("a" + new string(' ', 10000) + "b", text);
        Assert.Contains(string.Join("\t", Enumerable.Repeat("格", 100)) + "\n", text); // repeats past 64 are no longer cut
        Assert.Contains("9999.項\n10000.項\n", text);
    }

    [Theory]
    [InlineData("<w:lvl w:ilvl=\"0\"><w:start w:val=\"2147483647\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.\"/></w:lvl>", "w:val=\"2147483647\"; it is read from 0 to 9,999")]
    [InlineData("<w:lvl w:ilvl=\"0\"><w:start w:val=\"-1\"/></w:lvl>", "w:val=\"-1\"")]
    [InlineData("<w:lvl w:ilvl=\"0\"><w:start w:val=\"abc\"/></w:lvl>", "w:val=\"abc\", which is not a number")]
    [InlineData("<w:lvl w:ilvl=\"9\"><w:start w:val=\"1\"/></w:lvl>", "w:ilvl=\"9\"; it is read from 0 to 8")]
    [InlineData("<w:lvl w:ilvl=\"-2147483649\"/>", "w:ilvl=\"-2147483649\"; it is read from 0 to 8")]
    public void AFirstValueOrLevelOutOfRangeInDocxNumberingIsRefused(string level, string message)
    {
        var d = Refused("n.docx", Docx("<w:p><w:r><w:t>x</w:t></w:r></w:p>", $"<w:abstractNum w:abstractNumId=\"1\">{level}</w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"1\"/></w:num>"));
        Assert.Equal("ML0412", d.Code);
        Assert.StartsWith("word/numbering.xml, line 1, column ", d.Message);
        Assert.Contains(message, d.Message);
    }

    [Fact]
    public void AParagraphLevelOutOfRangeInADocxIsRefused()
    {
        var d = Refused("p.docx", Docx("<w:p><w:pPr><w:numPr><w:ilvl w:val=\"4294967296\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr><w:r><w:t>x</w:t></w:r></w:p>"));
        Assert.Equal("ML0412", d.Code);
        Assert.StartsWith("word/document.xml, line 1, column ", d.Message);
    }

    // ---- size, ratio, entries: a zip bomb is refused before it is inflated

    /// <summary>A DOCX whose word/document.xml is <paramref name="megabytes"/> MB of empty paragraphs, written in chunks (never held whole).</summary>
    private static byte[] Bomb(int megabytes)
    {
        var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var s = zip.CreateEntry("word/document.xml", CompressionLevel.Optimal).Open();
            s.Write(Encoding.UTF8.GetBytes($"<w:document xmlns:w=\"{WordNs}\"><w:body>"));
            byte[] chunk = Encoding.UTF8.GetBytes(Repeat("<w:p/>", 1 << 16));
            long total = (long)megabytes << 20;
            for (long written = 0; written < total; written += chunk.Length) s.Write(chunk);
            s.Write(Encoding.UTF8.GetBytes("</w:body></w:document>"));
        }

        return ms.ToArray();
    }

    [Fact]
    public void AZipBombDocxIsRefusedBeforeItIsInflatedInLittleMemoryAndTime()
    {
        // the case: a 255 KB DOCX whose document.xml inflates to 250 MB (it took 4.5 GB); generated, not committed
        byte[] bomb = Bomb(250);
        Assert.True(bomb.Length < 2 << 20, $"{bomb.Length} bytes");
        long before = GC.GetAllocatedBytesForCurrentThread();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var d = Refused("bomb.docx", bomb);
        watch.Stop();
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal("ML0413", d.Code);
        Assert.StartsWith("word/document.xml is 262,", d.Message);
        Assert.True(allocated < 64L << 20, $"{allocated:N0} bytes allocated");
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), watch.Elapsed.ToString());
    }

    [Fact]
    public void APartUnderTheSizeLimitThatInflatesTooFarIsRefusedByItsRatio()
    {
        var d = Refused("ratio.docx", Bomb(8));
        Assert.Equal("ML0413", d.Code);
        Assert.Contains("more than 100 times (a zip bomb?)", d.Message);
    }

    [Fact]
    public void APartThatInflatesPastTheSizeItDeclaresIsRefusedWhileInflating()
    {
        // the central directory says 300 bytes; the entry inflates to 600 KB of paragraphs
        byte[] docx = Docx(Repeat("<w:p><w:r><w:t>x</w:t></w:r></w:p>", 20_000));
        byte[] lying = DocxReaderTestsAccess.PatchSize(docx, "word/document.xml", 300);
        var e = Assert.Throws<DocumentRefusedException>(() => ImportReader.Read("lying.docx", lying));
        Assert.Contains(e.Diagnostic.Code, new[] { "ML0413", "ML0410" });
        Assert.DoesNotContain("xxxxxxxxxx", e.Diagnostic.Source.Text);
    }

    [Fact]
    public void AZipOfManyEntriesIsRefusedFromItsEndRecord()
    {
        var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var s = zip.CreateEntry("content.xml").Open()) s.Write(Encoding.UTF8.GetBytes($"<office:document-content xmlns:office=\"{Office}\"/>"));
            for (int i = 0; i < DocumentLimits.MaxEntries + 1; i++) zip.CreateEntry($"x/{i}", CompressionLevel.NoCompression);
        }

        var d = Refused("many.odt", ms.ToArray());
        Assert.Equal("ML0413", d.Code);
        Assert.StartsWith("the zip lists 10,002 entries", d.Message);
    }

    // ---- characters produced

    [Fact]
    public void RepeatsWithinTheirBoundsThatTogetherPassTheCharacterBudgetAreRefused()
    {
        // a cell's text is trimmed: the spaces are between two letters
        string row = "<table:table-row><table:table-cell table:number-columns-repeated=\"1024\"><text:p>x<text:s text:c=\"10000\"/>x</text:p></table:table-cell></table:table-row>";
        var d = Refused("wide.odt", Odt($"<table:table>{row}{row}</table:table>"));
        Assert.Equal("ML0414", d.Code);
        Assert.Matches(@"^content\.xml, line 1, column \d+: the text of the document passes 16,777,216 characters here", d.Message);

        // spaces alone: 2,000 text:s of 10,000 each
        Assert.Equal("ML0414", Refused("spaces.odt", Odt($"<text:p>{Repeat("<text:s text:c=\"10000\"/>", 2_000)}</text:p>")).Code);
    }

    [Fact]
    public void ADocxOrdinalTextRepeatedOnEveryParagraphCountsTowardsTheBudget()
    {
        string numbering = $"<w:abstractNum w:abstractNumId=\"1\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"{new string('長', 100_000)}%1\"/></w:lvl></w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"1\"/></w:num>";
        string p = "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr></w:p>";
        var d = Refused("ordinals.docx", Docx(Repeat(p, 200), numbering));
        Assert.Equal("ML0414", d.Code);
        Assert.StartsWith("word/document.xml, paragraph ", d.Message);
    }

    /// <summary>The English left in a refusal's message under zh-TW (<see cref="EnglishDetector"/>: part names such as word/document.xml are names).</summary>
    private static string EnglishOfChineseMessage(Diagnostic d) =>
        EnglishDetector.Words(d.Text!.Message(Localization.Language.ZhTw));

    [Fact]
    public void TheWhereOfML0414IsSaidInTheLanguageOfTheMessage()
    {
        // issue 15: "paragraph N" and "line L, column C" are words of the message, 第 N 段 and 第 L 行第 C 欄 in zh-TW;
        // a DOCX paragraph (its ordinal's text repeated), an ODT paragraph of spaces, an ODT table cell repeated
        string numbering = $"<w:abstractNum w:abstractNumId=\"1\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"{new string('長', 100_000)}%1\"/></w:lvl></w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"1\"/></w:num>";
        string numbered = "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr></w:p>";
        string row = "<table:table-row><table:table-cell table:number-columns-repeated=\"1024\"><text:p>x<text:s text:c=\"10000\"/>x</text:p></table:table-cell></table:table-row>";
        var cases = new (string Name, byte[] Bytes, string En, string Zh)[]
        {
            ("ordinals.docx", Docx(Repeat(numbered, 200), numbering), @"^word/document\.xml, paragraph \d+: the text", @"^文件文字過多：word/document\.xml 第 \d+ 段：文件文字至此超過 16,777,216 字元（自 word/document\.xml 起）$"),
            ("spaces.odt", Odt($"<text:p>{Repeat("<text:s text:c=\"10000\"/>", 2_000)}</text:p>"), @"^content\.xml, line 1, column \d+: the text", @"^文件文字過多：content\.xml 第 1 行第 \d+ 欄：文件文字至此超過 16,777,216 字元（自 content\.xml 起）$"),
            ("wide.odt", Odt($"<table:table>{row}{row}</table:table>"), @"^content\.xml, line 1, column \d+: the text", @"^文件文字過多：content\.xml 第 1 行第 \d+ 欄：文件文字至此超過"),
        };
        foreach (var (name, bytes, en, zh) in cases)
        {
            var d = Refused(name, bytes);
            Assert.Equal("ML0414", d.Code);
            Assert.Matches(en, d.Message); // English as before: the message of the finding is English
            Assert.Matches(en, d.Text!.Message(Localization.Language.En));
            string chinese = d.Text.Message(Localization.Language.ZhTw);
            Assert.Matches(zh, chinese);
            Assert.True(EnglishOfChineseMessage(d).Length == 0, $"{name}: English in «{chinese}»: {EnglishOfChineseMessage(d)}");
        }
    }

    // ---- a file that is not a document of its extension

    [Fact]
    public void AFileThatIsNotADocumentOfItsExtensionIsRefusedAsSuch()
    {
        byte[] odt = Odt("<text:p>x</text:p>");
        byte[] docx = Docx("<w:p/>");
        var random = new byte[3000];
        new Random(13).NextBytes(random);
        random[0] = 0x17;
        var cases = new (string Name, byte[] Bytes, string Message)[]
        {
            ("odt-as.docx", odt, "not a DOCX: the file is an ODT package"),
            ("docx-as.odt", docx, "not an ODT: the file is a DOCX package"),
            ("random.odt", random, "not an ODT: the file does not start as a zip package"),
            ("empty.odt", [], "not an ODT: the file is empty"),
            ("text.docx", Encoding.UTF8.GetBytes(Title + "\n"), "not a DOCX: the file does not start as a zip package"),
            ("other.docx", Zip(("hello.txt", "hi")), "a zip that is neither a DOCX"),
            ("truncated.docx", docx[..(docx.Length / 2)], "a damaged zip package"),
            ("bad-xml.odt", Zip(("content.xml", "<office:document-content><office:body>")), "content.xml, line 1, column "),
            ("dtd.docx", Zip(("word/document.xml", "<!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><w:document/>")), "word/document.xml: it declares a DTD"),
        };
        foreach (var (name, bytes, message) in cases)
        {
            var d = Refused(name, bytes);
            Assert.True(d.Code == "ML0410" && d.Message.Contains(message, StringComparison.Ordinal), $"{name}: {d.Code} {d.Message}");
            Assert.DoesNotContain("root:", d.Message);
        }

        // a document under its own extension, or under another name, is read by its content as before
        Assert.Contains("x", ImportReader.Read("minutes.odt", odt).Source.Text);
        Assert.Contains(Title, ImportReader.Read("minutes.bin", docx).Source.Text);
    }

    // ---- numbers in a text

    [Theory]
    [InlineData("第 99999999999 次")]
    [InlineData("第 ９９９９９９９９９９９９ 次")]
    [InlineData("第 2147483648 次")]
    [InlineData("第 1000000000 次")]
    [InlineData("第 0 次")]
    public void AMeetingNumberPastAnyIntegerIsNotReadNorAnInternalError(string sequence)
    {
        // a number the notation cannot hold (0, or past MeetingId.MaxNumber) is never clamped into another id:
        // the record is named by its date, and ML0420 says why at the title (issue 12: nothing invented)
        string text = $"114 年度教育文化組{sequence}工作小組會議紀錄\n壹、時間：114 年 3 月 7 日（星期五）上午 10 時\n貳、地點：會議室\n";
        var result = Importer.Import(SourceText.From(text, "x.txt"));
        Assert.Equal("2025-03-07", Assert.Single(result.Records).Id);
        var finding = Assert.Single(result.Diagnostics, d => d.Code == "ML0420");
        Assert.Contains(sequence, finding.Message);
    }

    [Fact]
    public void TheCaseOfTheOverflowingMeetingNumberImportsWithExit0()
    {
        string input = Path.Combine(dir, "seqoverflow.txt");
        File.Copy(Fixture("seqoverflow.txt"), input);
        string out_ = Directory.CreateDirectory(Path.Combine(dir, "out")).FullName;
        var (exit, _, e) = Run("import", input, "-o", out_);
        Assert.Equal(0, exit);
        Assert.DoesNotContain("internal error", e);
        Assert.Contains("ML0420", e);
        Assert.True(File.Exists(Path.Combine(out_, "2025-03-07.minutes")));
    }

    [Fact]
    public void AFileNamedInOtherDigitsGivesNoIdRatherThanAnInternalError()
    {
        // no year, number or date in the text: no id is made up, from the file name (Arabic-Indic digits are digits to char.IsDigit, not to int.Parse) or anything else
        var result = Importer.Import(SourceText.From("教育文化組工作小組會議紀錄\n壹、時間：某日\n貳、地點：會議室\n", "١١٤-minutes.txt"));
        Assert.Null(Assert.Single(result.Records).Id);
        Assert.Contains(result.Diagnostics, d => d.Code == "ML0420");
    }

    // ---- the pages of ML0410–ML0414 run their examples (ML0413's documents are megabytes: generated above)

    [Fact]
    public void PageExamplesOfDocumentRefusalsRaiseTheirCodeAndTheFixReads()
    {
        foreach (string code in new[] { "ML0410", "ML0411", "ML0412", "ML0414" })
        {
            string page = File.ReadAllText(Path.Combine(Repo.Root, "docs", "diagnostics", code + ".md"));
            var blocks = Regex.Matches(page, "```xml\n<!-- (\\S+): (\\S+) -->\n(.*?)```", RegexOptions.Singleline).ToList();
            Assert.True(blocks.Count >= 2, code);
            byte[] Package(Match m) => Zip((m.Groups[2].Value, m.Groups[3].Value));
            Assert.Equal(code, Refused(blocks[0].Groups[1].Value, Package(blocks[0])).Code);
            var fixedInput = ImportReader.Read(blocks[1].Groups[1].Value, Package(blocks[1]));
            Assert.NotEmpty(fixedInput.Source.Text);
        }
    }
}

/// <summary>The zip patching of <see cref="DocxReaderTests"/>, for the tests here.</summary>
internal static class DocxReaderTestsAccess
{
    /// <summary>Sets the uncompressed size an entry declares in its central directory header.</summary>
    public static byte[] PatchSize(byte[] zip, string name, uint size)
    {
        byte[] z = (byte[])zip.Clone();
        byte[] n = Encoding.UTF8.GetBytes(name);
        for (int i = 0; i + 46 < z.Length; i++)
        {
            if (z[i] != 'P' || z[i + 1] != 'K' || z[i + 2] != 1 || z[i + 3] != 2) continue;
            int nameLength = BitConverter.ToUInt16(z, i + 28);
            if (nameLength == n.Length && z.AsSpan(i + 46, nameLength).SequenceEqual(n))
            {
                BitConverter.GetBytes(size).CopyTo(z, i + 24);
                return z;
            }
        }

        throw new InvalidOperationException("no central header for " + name);
    }
}
