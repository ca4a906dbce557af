using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using MinutesLang.Import;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace MinutesLang.Tests;

/// <summary>
/// The DOCX reader (ZipArchive + XmlReader, issue 6 §4) reads what the reader built on DocumentFormat.OpenXml read:
/// that reader is kept here (<see cref="OpenXmlDocx"/>, test-only) and both read the same documents — every seed
/// rendered to DOCX, every original built as DOCX with automatic numbering, and a document of tables, tabs, breaks,
/// numbering levels, tracked changes, hyperlinks and fields. A damaged or hostile DOCX is one clean error line.
/// </summary>
public sealed class DocxReaderTests : CliHarness
{
    public static TheoryData<string> Seeds => Repo.SeedData();

    public static TheoryData<string> Originals => [.. Directory.GetFiles(Path.Combine(Repo.Seeds, "original"), "*.txt").Select(f => Path.GetFileNameWithoutExtension(f)).Order(StringComparer.Ordinal)];

    private static string Lines(byte[] docx) => ImportReader.ReadDocx(new MemoryStream(docx), "x.docx").Source.Text.ToString();

    [Theory]
    [MemberData(nameof(Seeds))]
    public void EveryRenderedSeedReadsAsTheOpenXmlReaderReadIt(string name)
    {
        byte[] docx = PackageTests.Render("docx", name);
        Assert.Equal(OpenXmlDocx.Read(docx), Lines(docx));
        Assert.Equal(OpenXmlDocx.Read(docx), ImportReader.Read("x.docx", docx).Source.Text.ToString());
    }

    [Theory]
    [MemberData(nameof(Originals))]
    public void EveryOriginalAsDocxReadsAsTheOpenXmlReaderReadIt(string name)
    {
        string original = File.ReadAllText(Path.Combine(Repo.Seeds, "original", name + ".txt"));
        foreach (bool numbering in new[] { false, true })
        {
            byte[] docx = ImportDocumentTests.Docx(original, numbering);
            Assert.Equal(OpenXmlDocx.Read(docx), Lines(docx));
        }
    }

    [Fact]
    public void TablesTabsBreaksNumberingAndRunsInOtherElementsReadAsBefore()
    {
        byte[] docx = Mixed();
        string expected = OpenXmlDocx.Read(docx);
        Assert.Equal(expected, Lines(docx));
        // what the old reader made of it, spelled out
        Assert.Equal(
            "一、first\tafter tab\nsecond line\nthird line\n" +
            "(一)nested\n(二)nested again\n二、back\n" +
            "  spaced  text\n\n" +
            "a\t<p>b1</p> <p>b2</p>\tc d\n\t\tx\n\n" +
            "link inserted field sdt\nplain\n" +
            "1.decimal\n\n",
            expected);
    }

    /// <summary>A document with what the renderers do not write: numbering on two levels, w:br and w:cr, tab stops, empty paragraphs, a table with merged and empty cells, hyperlinks, tracked changes, fields, content controls.</summary>
    private static byte[] Mixed()
    {
        using var ms = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(ms, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            var body = new Body();
            main.Document = new Document(body);
            var numPart = main.AddNewPart<NumberingDefinitionsPart>();
            numPart.Numbering = new Numbering(
                new AbstractNum(
                    new Level(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = NumberFormatValues.TaiwaneseCountingThousand }, new LevelText { Val = "%1、" }) { LevelIndex = 0 },
                    new Level(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = NumberFormatValues.TaiwaneseCountingThousand }, new LevelText { Val = "(%2)" }) { LevelIndex = 1 })
                { AbstractNumberId = 1 },
                new AbstractNum(
                    new Level(new NumberingFormat { Val = NumberFormatValues.Decimal }, new LevelText { Val = "%1." }) { LevelIndex = 0 },
                    new Level(new NumberingFormat { Val = NumberFormatValues.Bullet }, new LevelText { Val = "•" }) { LevelIndex = 1 })
                { AbstractNumberId = 2 },
                new NumberingInstance(new AbstractNumId { Val = 1 }) { NumberID = 1 },
                new NumberingInstance(new AbstractNumId { Val = 2 }) { NumberID = 2 });

            static ParagraphProperties Num(int id, int level) => new(
                new Tabs(new TabStop { Val = TabStopValues.Left, Position = 720 }),
                new NumberingProperties(new NumberingLevelReference { Val = level }, new NumberingId { Val = id }));
            static W.Text T(string s) => new(s) { Space = SpaceProcessingModeValues.Preserve };

            body.Append(
                new Paragraph(Num(1, 0), new Run(T("first"), new TabChar(), T("after tab"), new Break(), T("second line")), new Run(new CarriageReturn(), T("third line"))),
                new Paragraph(Num(1, 1), new Run(T("nested"))),
                new Paragraph(Num(1, 1), new Run(T("nested again"))),
                new Paragraph(Num(1, 0), new Run(T("back"))),
                new Paragraph(new Run(T("  spaced  text"))),
                new Paragraph(),
                new Table(
                    new TableProperties(new TableWidth { Width = "0", Type = TableWidthUnitValues.Auto }),
                    new TableGrid(new GridColumn(), new GridColumn(), new GridColumn()),
                    new TableRow(
                        new TableCell(new Paragraph(new Run(T("a")))),
                        new TableCell(new Paragraph(new Run(T("b1"))), new Paragraph(new Run(T("b2")))),
                        new TableCell(new Paragraph(new Run(T("c"), new TabChar(), T("d"))))),
                    new TableRow(
                        new TableCell(new Paragraph()),
                        new TableCell(new TableCellProperties(new VerticalMerge()), new Paragraph(new Run(T("  ")))),
                        new TableCell(new Paragraph(new Run(T("x")))))),
                new Paragraph(
                    new Hyperlink(new Run(T("link "))) { Anchor = "top" },
                    new InsertedRun(new Run(T("inserted "))) { Id = "1", Author = "a" },
                    new DeletedRun(new Run(new DeletedText("deleted "))) { Id = "2", Author = "a" },
                    new SimpleField(new Run(T("field "))) { Instruction = "PAGE" },
                    new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }), new Run(new FieldCode(" NUMPAGES ")), new Run(new FieldChar { FieldCharType = FieldCharValues.End }),
                    new SdtRun(new SdtContentRun(new Run(T("sdt"))))),
                new Paragraph(new Run(T("plain"))),
                new Paragraph(Num(2, 0), new Run(T("decimal"))),
                new Paragraph(Num(2, 1), new Run(T(""))),
                new SectionProperties());
        }

        return ms.ToArray();
    }

    [Fact]
    public void WhitespaceOnlyTextAndCdataReadAsBefore()
    {
        string xml = """<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>""" +
            """<w:p><w:r><w:t> </w:t><w:t>a</w:t><w:t xml:space="preserve"> b </w:t><w:t><![CDATA[<c>]]></w:t><w:t>&amp;&#x4E00;</w:t></w:r></w:p>""" +
            """<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr><w:t>not in a run</w:t><w:r><w:rPr><w:b/></w:rPr><w:t>in</w:t></w:r></w:p>""" +
            "</w:body></w:document>";
        byte[] docx = WithDocument(xml);
        Assert.Equal(OpenXmlDocx.Read(docx), Lines(docx));
    }

    /// <summary>The package of an empty document made by the SDK, with word/document.xml replaced (or removed: null).</summary>
    private static byte[] WithDocument(string? xml, Action<ZipArchive>? more = null)
    {
        using var ms = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(ms, WordprocessingDocumentType.Document))
        {
            doc.AddMainDocumentPart().Document = new Document(new Body());
        }

        using (var zip = new ZipArchive(ms, ZipArchiveMode.Update, leaveOpen: true))
        {
            zip.GetEntry("word/document.xml")!.Delete();
            if (xml is not null)
            {
                using var s = zip.CreateEntry("word/document.xml").Open();
                s.Write(Encoding.UTF8.GetBytes(xml));
            }

            more?.Invoke(zip);
        }

        return ms.ToArray();
    }

    public static TheoryData<string> Damaged => ["not-a-zip", "no-document", "invalid-xml", "xxe", "billion-laughs", "no-body", "not-word", "truncated"];

    private static byte[] DamagedDocx(string kind)
    {
        const string W = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";
        switch (kind)
        {
            case "not-a-zip": return [(byte)'P', (byte)'K', 3, 4, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20];
            case "no-document": return WithDocument(null, zip => zip.CreateEntry("word/other.xml"));
            case "invalid-xml": return WithDocument($"<w:document {W}><w:body><w:p><w:r><w:t>a</w:r></w:p></w:body>");
            case "xxe": return WithDocument($"<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><w:document {W}><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>");
            case "billion-laughs":
                return WithDocument($"<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]><w:document {W}><w:body><w:p><w:r><w:t>&c;</w:t></w:r></w:p></w:body></w:document>");
            case "no-body": return WithDocument($"<w:document {W}/>");
            case "not-word": return WithDocument("<html><body><p>x</p></body></html>");
            default:
                byte[] good = ImportDocumentTests.Docx("a\nb\n", false);
                return good[..(good.Length / 2)];
        }
    }

    [Theory]
    [MemberData(nameof(Damaged))]
    public void ADamagedOrHostileDocxIsOneCleanErrorLineAndExit2(string kind)
    {
        string path = Path.Combine(dir, kind + ".docx");
        File.WriteAllBytes(path, DamagedDocx(kind));
        var (code, o, e) = Run("import", path, "-o", dir);
        Assert.Equal(2, code);
        Assert.Equal("", o);
        Assert.StartsWith($"minutes: {path}: ", e);
        Assert.Single(e.TrimEnd('\n').Split('\n'));
        Assert.DoesNotContain("root:", e);
    }

    [Theory]
    [InlineData("xxe", "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"><office:body><office:text>&x;</office:text></office:body></office:document-content>")]
    [InlineData("billion-laughs", "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]><office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"><office:body><office:text>&b;</office:text></office:body></office:document-content>")]
    public void AnOdtWithADtdIsRefusedAsADocxIs(string kind, string content)
    {
        string path = Path.Combine(dir, kind + ".odt");
        using (var zip = new ZipArchive(File.Create(path), ZipArchiveMode.Create))
        {
            using (var w = new StreamWriter(zip.CreateEntry("mimetype").Open())) w.Write("application/vnd.oasis.opendocument.text");
            using (var w = new StreamWriter(zip.CreateEntry("content.xml").Open())) w.Write(content);
        }

        var (code, o, e) = Run("import", path, "-o", dir);
        Assert.Equal(2, code);
        Assert.Equal("", o);
        Assert.StartsWith($"minutes: {path}: error ML0410: content.xml: it declares a DTD (<!DOCTYPE …>, at its start), which is never read", e);
        Assert.Single(e.TrimEnd('\n').Split('\n'));
        Assert.DoesNotContain("root:", e);
    }

    [Fact]
    public void APartThatDeclaresMoreThanThePartLimitIsRefusedBeforeReading()
    {
        // a stored (uncompressed) entry whose local and central headers declare 300 MB: patched after writing a small one
        byte[] docx = WithDocument("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body/></w:document>");
        var e = Assert.Throws<DocumentRefusedException>(() => ImportReader.ReadDocx(new MemoryStream(PatchSize(docx, "word/document.xml", 300u << 20)), "big.docx"));
        Assert.Equal("ML0413", e.Diagnostic.Code);
        Assert.Equal("word/document.xml is 314,572,800 bytes uncompressed; a part is read up to 67,108,864", e.Message);
    }

    /// <summary>Sets the uncompressed size an entry declares in its central directory header.</summary>
    private static byte[] PatchSize(byte[] zip, string name, uint size)
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

/// <summary>The DOCX reader of MinutesLang before issue 6 §4, on DocumentFormat.OpenXml: the reference the new reader is compared with.</summary>
internal static class OpenXmlDocx
{
    public static string Read(byte[] bytes)
    {
        using var doc = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        var body = doc.MainDocumentPart?.Document?.Body ?? throw new InvalidDataException("the DOCX has no body");
        var numbering = new Numbering(doc.MainDocumentPart.NumberingDefinitionsPart?.Numbering);
        var lines = new List<string>();
        foreach (var element in body.ChildElements)
        {
            switch (element)
            {
                case W.Paragraph p:
                    lines.AddRange(ParagraphLines(p, numbering));
                    break;
                case W.Table t:
                    foreach (var row in t.Elements<W.TableRow>())
                    {
                        var cells = row.Elements<W.TableCell>().Select(c =>
                            CellText(c.Elements<W.Paragraph>().SelectMany(p => ParagraphLines(p, numbering))));
                        lines.Add(string.Join("\t", cells));
                    }

                    lines.Add("");
                    break;
            }
        }

        return string.Join("\n", lines) + "\n";
    }

    private static List<string> ParagraphLines(W.Paragraph p, Numbering numbering)
    {
        var sb = new StringBuilder(numbering.Next(p));
        var result = new List<string>();
        foreach (var e in p.Descendants())
        {
            switch (e)
            {
                case W.Text t:
                    sb.Append(t.Text);
                    break;
                case W.TabChar:
                    sb.Append('\t');
                    break;
                case W.Break or W.CarriageReturn:
                    result.Add(sb.ToString());
                    sb.Clear();
                    break;
            }
        }

        result.Add(sb.ToString());
        return result;
    }

    private static string CellText(IEnumerable<string> paragraphs)
    {
        var ps = paragraphs.Select(p => p.Replace('\t', ' ').Trim()).Where(p => p.Length > 0).ToList();
        return ps.Count == 1 ? ps[0] : string.Join(" ", ps.Select(p => $"<p>{p}</p>"));
    }

    private static string Stem(int n) => n is >= 1 and <= 10 ? "甲乙丙丁戊己庚辛壬癸"[n - 1].ToString() : n.ToString();

    private sealed class Numbering(W.Numbering? numbering)
    {
        private readonly Dictionary<(int Num, int Level), int> counters = [];

        public string Next(W.Paragraph p)
        {
            var numPr = p.ParagraphProperties?.NumberingProperties;
            if (numbering is null || numPr?.NumberingId?.Val is null) return "";
            int numId = numPr.NumberingId.Val.Value;
            int level = numPr.NumberingLevelReference?.Val?.Value ?? 0;
            var num = numbering.Elements<W.NumberingInstance>().FirstOrDefault(n => n.NumberID?.Value == numId);
            int? abstractId = num?.AbstractNumId?.Val?.Value;
            var abs = numbering.Elements<W.AbstractNum>().FirstOrDefault(a => a.AbstractNumberId?.Value == abstractId);
            var lvl = abs?.Elements<W.Level>().FirstOrDefault(l => l.LevelIndex?.Value == level);
            if (lvl is null) return "";
            int start = lvl.StartNumberingValue?.Val?.Value ?? 1;
            var key = (numId, level);
            int n = counters.TryGetValue(key, out int c) ? c + 1 : start;
            counters[key] = n;
            foreach (var deeper in counters.Keys.Where(k => k.Num == numId && k.Level > level).ToList()) counters.Remove(deeper);
            string format = lvl.NumberingFormat?.Val?.InnerText ?? "decimal";
            if (format is "bullet" or "none") return "";
            string text = lvl.LevelText?.Val?.Value ?? "%1.";
            return text.Replace($"%{level + 1}", Format(n, format));
        }

        private static string Format(int n, string format) => format switch
        {
            "taiwaneseCountingThousand" or "taiwaneseCounting" or "chineseCounting" or "chineseCountingThousand" or "ideographDigital" => Rendering.Numbering.Chinese(n),
            "ideographLegalTraditional" or "chineseLegalSimplified" => Rendering.Numbering.Part(n),
            "ideographTraditional" => Stem(n),
            "bullet" or "none" => "",
            _ => n.ToString(),
        };
    }
}
