using System.Text;
using System.Xml;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using MinutesLang.Rendering;

namespace MinutesLang.Tests;

/// <summary>docx and odt: valid packages, deterministic, compared with baselines through their XML parts.</summary>
public sealed class PackageTests
{
    public static TheoryData<string> Seeds => Repo.SeedData();

    internal static byte[] Render(string format, string seed)
    {
        var c = Repo.CompileSeed(seed);
        return new DocumentRenderer(Repo.Templates, format).Render(c.Series, c.Records[0]);
    }

    /// <summary>The entries of a package (name, method) then every XML part pretty-printed: what a baseline compares.</summary>
    internal static string XmlParts(byte[] package)
    {
        var sb = new StringBuilder();
        var entries = Package.Unzip(package);
        foreach (var (path, bytes) in entries)
        {
            sb.Append("=== ").Append(path).Append(" ===\n");
            string text = new UTF8Encoding(false).GetString(bytes);
            sb.Append(path == "mimetype" ? text : XDocument.Parse(text).ToString()).Append('\n');
        }

        return sb.ToString();
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void DocxBaseline(string name) => Snapshot.Verify(name + ".docx", XmlParts(Render("docx", name)), "xml");

    [Theory]
    [MemberData(nameof(Seeds))]
    public void OdtBaseline(string name) => Snapshot.Verify(name + ".odt", XmlParts(Render("odt", name)), "xml");

    [Theory]
    [MemberData(nameof(Seeds))]
    public void EveryDocxPassesTheOpenXmlValidator(string name)
    {
        using var doc = WordprocessingDocument.Open(new MemoryStream(Render("docx", name)), false);
        foreach (var version in new[] { DocumentFormat.OpenXml.FileFormatVersions.Office2007, DocumentFormat.OpenXml.FileFormatVersions.Microsoft365 })
        {
            var errors = new OpenXmlValidator(version).Validate(doc).Select(e => $"{version} {e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
            Assert.True(errors.Count == 0, string.Join("\n", errors));
        }

        Assert.Contains(Repo.CompileSeed(name).Records[0].Title!, doc.MainDocumentPart!.Document!.Body!.InnerText);
        Assert.Equal("Title", doc.MainDocumentPart.Document.Body.Elements<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().First().ParagraphProperties?.ParagraphStyleId?.Val?.Value);
    }

    [Fact]
    public void ADocxWithMarkupInTheRecordIsValidAndShowsTheMarkupAsText()
    {
        var c = RenderFormatTests.Compile("@meeting 114-1\n# <w:p>&amp; <script>x</script>\n* 主席：]]>\"'\u0001\n");
        byte[] docx = new DocumentRenderer(Repo.Templates, "docx").Render(c.Series, c.Records[0]);
        using var doc = WordprocessingDocument.Open(new MemoryStream(docx), false);
        Assert.Empty(new OpenXmlValidator().Validate(doc));
        string text = doc.MainDocumentPart!.Document!.Body!.InnerText;
        Assert.Contains("<w:p>&amp; <script>x</script>", text);
        Assert.Contains("主席：]]>\"'", text);

        byte[] odt = new DocumentRenderer(Repo.Templates, "odt").Render(c.Series, c.Records[0]);
        var content = XDocument.Parse(Encoding.UTF8.GetString(Package.Unzip(odt).Single(e => e.Path == "content.xml").Bytes));
        Assert.Contains("<w:p>&amp; <script>x</script>", content.Root!.Value);
        Assert.DoesNotContain(content.Descendants(), e => e.Name.LocalName is "script" or "p" && e.Name.NamespaceName.Length == 0);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void EveryOdtIsAnOdf12PackageWithItsStylesDeclared(string name)
    {
        byte[] odt = Render("odt", name);
        // mimetype: the first entry, stored, no extra field, so that its text sits at offset 38
        Assert.Equal("PK\u0003\u0004", Encoding.ASCII.GetString(odt, 0, 4));
        Assert.Equal(0, BitConverter.ToUInt16(odt, 8));
        Assert.Equal(8, BitConverter.ToUInt16(odt, 26));
        Assert.Equal(0, BitConverter.ToUInt16(odt, 28));
        Assert.Equal("mimetype" + DocumentRenderer.OdtMimeType, Encoding.ASCII.GetString(odt, 30, 8 + DocumentRenderer.OdtMimeType.Length));

        var entries = Package.Unzip(odt).ToDictionary(e => e.Path, e => Encoding.UTF8.GetString(e.Bytes));
        var manifest = XDocument.Parse(entries["META-INF/manifest.xml"]);
        XNamespace m = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0";
        var listed = manifest.Root!.Elements(m + "file-entry").ToDictionary(e => (string)e.Attribute(m + "full-path")!, e => (string)e.Attribute(m + "media-type")!);
        Assert.Equal(DocumentRenderer.OdtMimeType, listed["/"]);
        Assert.Equal(entries.Keys.Where(k => k is not ("mimetype" or "META-INF/manifest.xml")).Order(), listed.Keys.Where(k => k != "/").Order());

        XNamespace office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0", style = "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
            text = "urn:oasis:names:tc:opendocument:xmlns:text:1.0", table = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
        var content = XDocument.Parse(entries["content.xml"]);
        var styles = XDocument.Parse(entries["styles.xml"]);
        Assert.Equal("1.2", (string?)content.Root!.Attribute(office + "version"));
        var declared = content.Descendants(style + "style").Concat(styles.Descendants(style + "style")).Select(e => (string)e.Attribute(style + "name")!).ToHashSet();
        var used = content.Descendants().SelectMany(e => e.Attributes().Where(a => a.Name == text + "style-name" || a.Name == table + "style-name")).Select(a => a.Value).ToHashSet();
        Assert.Empty(used.Except(declared));
        Assert.Equal("A4", (string?)styles.Descendants(style + "master-page").Single().Attribute(style + "page-layout-name"));

        // every row of a table has as many cells as the table has columns
        foreach (var t in content.Descendants(table + "table"))
        {
            int columns = t.Elements(table + "table-column").Sum(c => (int?)c.Attribute(table + "number-columns-repeated") ?? 1);
            Assert.All(t.Descendants(table + "table-row"), r => Assert.Equal(columns, r.Elements(table + "table-cell").Count()));
        }

        Assert.Contains(Repo.CompileSeed(name).Records[0].Title!, content.Root.Value);
    }

    [Fact]
    public void PackagesAreDeterministic()
    {
        Assert.Equal(Render("docx", "112-1"), Render("docx", "112-1"));
        Assert.Equal(Render("odt", "112-1"), Render("odt", "112-1"));
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(Render("docx", "114-1")));
        Assert.All(zip.Entries, e => Assert.Equal(Package.Timestamp.Year, e.LastWriteTime.Year));
    }

    [Fact]
    public void XmlPartsAreWellFormedForEverySeed()
    {
        foreach (var seed in Repo.SeedNames)
        {
            foreach (var format in new[] { "docx", "odt" })
            {
                foreach (var (path, bytes) in Package.Unzip(Render(format, seed)).Where(e => e.Path != "mimetype"))
                {
                    var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit };
                    using var reader = XmlReader.Create(new MemoryStream(bytes), settings);
                    while (reader.Read())
                    {
                    }

                    Assert.True(bytes.Length > 0, $"{seed}.{format}: {path}");
                }
            }
        }
    }
}
