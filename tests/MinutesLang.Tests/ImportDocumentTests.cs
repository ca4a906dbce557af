using System.IO.Compression;
using System.Security;
using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using MinutesLang.Import;
using MinutesLang.Parsing;
using MinutesLang.Semantics;

namespace MinutesLang.Tests;

/// <summary>
/// DOCX and ODT read back. The documents are built here from an original (one paragraph per
/// line, tab-separated lines as a table, the 一、 list of 112-1 as automatic Word numbering) —
/// the renderers of issue 4 can replace these builders: <see cref="ImportReader.Read"/> takes the
/// bytes of any DOCX or ODT.
/// </summary>
public sealed class ImportDocumentTests
{
    private static string Original(string name) => File.ReadAllText(Path.Combine(Repo.Seeds, "original", name + ".txt"));

    private static readonly Regex Numbered = new(@"^(- )?[一二三四五六七八九十]+、");

    /// <summary>A DOCX of an original: paragraphs, tables for tab-separated rows, automatic numbering for the 一、 items of the first list.</summary>
    internal static byte[] Docx(string original, bool numbering)
    {
        using var ms = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(ms, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            var body = new Body();
            main.Document = new Document(body);
            if (numbering)
            {
                var numPart = main.AddNewPart<NumberingDefinitionsPart>();
                numPart.Numbering = new Numbering(
                    new AbstractNum(new Level(
                        new StartNumberingValue { Val = 1 },
                        new NumberingFormat { Val = NumberFormatValues.TaiwaneseCountingThousand },
                        new LevelText { Val = "%1、" })
                    { LevelIndex = 0 })
                    { AbstractNumberId = 1 },
                    new NumberingInstance(new AbstractNumId { Val = 1 }) { NumberID = 1 });
            }

            Table? table = null;
            bool listDone = false, inList = false;
            foreach (string line in original.Replace("\r\n", "\n").Split('\n'))
            {
                if (line.Contains('\t'))
                {
                    if (table is null) body.Append(table = new Table());
                    table.Append(new TableRow(line.Split('\t').Select(c => new TableCell(
                        Regex.Split(c, "</p>\\s*<p>").Select(p => new Paragraph(new Run(new DocumentFormat.OpenXml.Wordprocessing.Text(p.Replace("<p>", "").Replace("</p>", "")) { Space = SpaceProcessingModeValues.Preserve })))))));
                    continue;
                }

                if (line.Trim().Length == 0)
                {
                    if (table is not null) table = null;
                    continue;
                }

                table = null;
                var m = Numbered.Match(line);
                if (numbering && !listDone && m.Success)
                {
                    inList = true;
                    body.Append(new Paragraph(
                        new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = 1 })),
                        new Run(new DocumentFormat.OpenXml.Wordprocessing.Text(line[m.Length..]) { Space = SpaceProcessingModeValues.Preserve })));
                    continue;
                }

                if (inList && !m.Success && !line.StartsWith("2023", StringComparison.Ordinal)) listDone = true;
                body.Append(new Paragraph(new Run(new DocumentFormat.OpenXml.Wordprocessing.Text(line) { Space = SpaceProcessingModeValues.Preserve })));
            }
        }

        return ms.ToArray();
    }

    /// <summary>An ODT of an original: text:p per line (runs of spaces as text:s), table:table for tab-separated rows.</summary>
    internal static byte[] Odt(string original, bool numbering = false)
    {
        var content = new StringBuilder();
        content.Append("""<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.3">""");
        content.Append("""<office:automatic-styles><text:list-style style:name="L1"><text:list-level-style-number text:level="1" style:num-format="一, 二, 三, ..." style:num-suffix="、"/><text:list-level-style-number text:level="2" style:num-format="一, 二, 三, ..." style:num-prefix="(" style:num-suffix=")"/></text:list-style></office:automatic-styles>""");
        content.Append("<office:body><office:text>");
        bool inTable = false, inList = false;
        foreach (string line in original.Replace("\r\n", "\n").Split('\n'))
        {
            var numbered = numbering ? Numbered.Match(line) : Match.Empty;
            if (numbered.Success)
            {
                if (!inList) content.Append("<text:list text:style-name=\"L1\">");
                inList = true;
                content.Append("<text:list-item><text:p>").Append(Escape(line[numbered.Length..])).Append("</text:p></text:list-item>");
                continue;
            }

            if (line.Trim().Length == 0) continue;
            if (inList) content.Append("</text:list>");
            inList = false;

            if (line.Contains('\t'))
            {
                if (!inTable) content.Append("<table:table>");
                inTable = true;
                content.Append("<table:table-row>");
                foreach (var cell in line.Split('\t'))
                {
                    content.Append("<table:table-cell>");
                    foreach (var p in Regex.Split(cell, "</p>\\s*<p>")) content.Append("<text:p>").Append(Escape(p.Replace("<p>", "").Replace("</p>", ""))).Append("</text:p>");
                    content.Append("</table:table-cell>");
                }

                content.Append("</table:table-row>");
                continue;
            }

            if (inTable) content.Append("</table:table>");
            inTable = false;
            if (line.Trim().Length == 0) continue;
            content.Append(line.StartsWith('壹') ? "<text:h>" : "<text:p>").Append(Escape(line)).Append(line.StartsWith('壹') ? "</text:h>" : "</text:p>");
        }

        if (inTable) content.Append("</table:table>");
        if (inList) content.Append("</text:list>");
        content.Append("</office:text></office:body></office:document-content>");

        using var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
        {
            var mime = zip.CreateEntry("mimetype", CompressionLevel.NoCompression);
            using (var w = new StreamWriter(mime.Open())) w.Write("application/vnd.oasis.opendocument.text");
            var entry = zip.CreateEntry("content.xml");
            using (var w = new StreamWriter(entry.Open(), new UTF8Encoding(false))) w.Write(content.ToString());
        }

        return ms.ToArray();

        // runs of two or more spaces are <text:s text:c="n"/> in ODF
        static string Escape(string s) => Regex.Replace(SecurityElement.Escape(s), "  +", m => $" <text:s text:c=\"{m.Length - 1}\"/>");
    }

    private static void AssertRoundTrip(string name, ImportInput input)
    {
        var result = Importer.Import(input, ImportTests.SeedSeries());
        var record = Assert.Single(result.Records);
        Assert.Equal(name, record.Id);
        var c = Compilation.Create(Compilation.ParseFile(Path.Combine(Repo.Seeds, "series.minutes")), [Parser.Parse(record.Text, record.FileName)]);
        Assert.DoesNotContain(c.Diagnostics, d => d.Severity == MinutesLang.Diagnostics.DiagnosticSeverity.Error);
        string? difference = SeedNormalizer.Compare(Original(name), Repo.RenderTxt(c));
        Assert.True(difference is null, difference + "\n" + record.Text);
    }

    [Theory]
    [InlineData("112-1")]
    [InlineData("114-1")]
    [InlineData("108-2")]
    public void ADocxOfAnOriginalImportsToTheOriginal(string name) =>
        AssertRoundTrip(name, ImportReader.Read(name + ".docx", Docx(Original(name), numbering: false)));

    [Fact]
    public void AutomaticWordNumberingIsReadAsOrdinals()
    {
        var input = ImportReader.Read("112-1.docx", Docx(Original("112-1"), numbering: true));
        Assert.True(input.LinesAreParagraphs);
        Assert.Contains("\n一、基北北桃平臺推動方式分為三層級", input.Source.Text);
        Assert.Contains("\n三、本年副市長層級會議由新北市", input.Source.Text);
        AssertRoundTrip("112-1", input);
    }

    [Theory]
    [InlineData("112-1")]
    [InlineData("114-1")]
    [InlineData("113-3")]
    public void AnOdtOfAnOriginalImportsToTheOriginal(string name) =>
        AssertRoundTrip(name, ImportReader.Read(name + ".odt", Odt(Original(name))));

    [Fact]
    public void OdtListNumberingIsReadAsOrdinals()
    {
        var input = ImportReader.Read("114-1.odt", Odt(Original("114-1"), numbering: true));
        Assert.Contains("\n一、基北北桃平臺推動方式分為三層級", input.Source.Text);
        Assert.Contains("\n三、有關113年第4次小組會議臨時動議", input.Source.Text);
        Assert.Contains("\n二、研議4縣市是否於今(114)年底", input.Source.Text);
        AssertRoundTrip("114-1", input);
    }

    [Fact]
    public void TheProgressTableOfADocxBecomesAProgressTable()
    {
        // the DOCX and ODT renderings head the ordinal column 項次; a cell's paragraphs are paragraphs
        string original = Original("112-1").Replace("\t提案來源\t合作方案", "項次\t提案來源\t合作方案");
        foreach (var input in new[] { ImportReader.Read("112-1.docx", Docx(original, numbering: false)), ImportReader.Read("112-1.odt", Odt(original)) })
        {
            Assert.Contains("<p>2. 桃園市宋屋國小於 112 年 3 月 31 日", input.Source.Text);
            string text = Importer.Import(input, ImportTests.SeedSeries()).Records[0].Text;
            Assert.Contains("    @列管表\n    - [[國際賽會|雙北合作共同申辦國際綜合性賽會及運動園區規劃報告]]\n", text);
            Assert.Contains("      最新辦理情形：\n        @list 1.\n        - 新北市九份國小於 111 年 12 月 20 日", text);
            Assert.Contains("      會議決議：\n        本案請新北市及桃園市繼續辦理，持續列管。\n\n        請新北市評估", text);
        }
    }

    /// <summary>
    /// Every seed as DOCX and ODT, read back: the documents this class builds from the original and,
    /// where `minutes render` has the formats (the renderers of issue 4), the renderer's own output.
    /// </summary>
    [Theory]
    [MemberData(nameof(SeedNames))]
    public void DocumentsOfEverySeedImportBack(string name)
    {
        var inputs = new List<ImportInput>
        {
            ImportReader.Read(name + ".docx", Docx(Original(name), numbering: true)),
            ImportReader.Read(name + ".odt", Odt(Original(name))),
        };
        string dir = Directory.CreateTempSubdirectory("minutes-docs-").FullName;
        try
        {
            // the renderer's own documents, read back
            foreach (var format in new[] { "docx", "odt" })
            {
                string output = Path.Combine(dir, name + "." + format);
                int code = MinutesLang.Cli.Cli.Run(["render", Path.Combine(Repo.Seeds, name + ".minutes"), "--to", format, "-o", output], TextWriter.Null, TextWriter.Null);
                Assert.Equal(0, code);
                inputs.Add(ImportReader.Read(output, File.ReadAllBytes(output)));
            }
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }

        Assert.Equal(4, inputs.Count); // built here as docx and odt, and rendered by 'minutes render' as docx and odt
        foreach (var input in inputs)
        {
            var record = Assert.Single(Importer.Import(input, ImportTests.SeedSeries()).Records);
            var c = Compilation.Create(Compilation.ParseFile(Path.Combine(Repo.Seeds, "series.minutes")), [Parser.Parse(record.Text, record.FileName)]);
            Assert.DoesNotContain(c.Diagnostics, d => d.Severity == MinutesLang.Diagnostics.DiagnosticSeverity.Error);

            // the seed rendered to txt is the reference: a rendering's layout (項次) is the template's, not the record's
            string? difference = SeedNormalizer.Compare(Repo.RenderTxt(Repo.CompileSeed(name)), Repo.RenderTxt(c));
            Assert.True(difference is null, $"{input.Source.Path}: {difference}\n{record.Text}");
        }
    }

    public static TheoryData<string> SeedNames => Repo.SeedData();

    [Fact]
    public void ADocxTableBecomesANotationTable()
    {
        var result = Importer.Import(ImportReader.Read("112-1.docx", Docx(Original("112-1"), numbering: false)));
        Assert.Contains("    | 市長 | 新北 | 臺北 | 基隆 | 桃園 |\n", result.Records[0].Text);
    }

    [Fact]
    public void AZipThatIsNoDocumentIsRefused()
    {
        using var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true)) zip.CreateEntry("hello.txt");
        Assert.Equal("ML0410", Assert.Throws<DocumentRefusedException>(() => ImportReader.Read("x.zip", ms.ToArray())).Diagnostic.Code);
    }
}
