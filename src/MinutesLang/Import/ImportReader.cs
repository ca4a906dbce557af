using System.IO.Compression;
using System.Text;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;
using MinutesLang.Text;

namespace MinutesLang.Import;

/// <summary>
/// An input as the importer reads it: its text, and whether each line is a paragraph of its own
/// (DOCX, ODT: one line per paragraph, so the line of a diagnostic is the paragraph number) or
/// lines may be wrapped parts of one paragraph (plain text, PDF extractions).
/// </summary>
public sealed record ImportInput(SourceText Source, bool LinesAreParagraphs);

/// <summary>
/// The first stage of the importer: an input file (plain text, DOCX or ODT) → its text as lines
/// in the official layout. Plain text is kept byte for byte (<see cref="SourceText.FromBytes"/>);
/// a document becomes one line per paragraph and one tab-separated line per table row (the
/// paragraphs of a cell joined by a space), so that diagnostics point at paragraph numbers.
/// Every reader takes bytes or a stream, so a renderer's output can be fed to it directly.
/// </summary>
public static class ImportReader
{
    /// <summary>Reads a file by its content: a zip holding word/document.xml is DOCX, one holding content.xml is ODT, anything else text.</summary>
    public static ImportInput Read(string path, byte[] bytes)
    {
        if (bytes.Length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4)
        {
            using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
            if (zip.GetEntry("word/document.xml") is not null) return ReadDocx(new MemoryStream(bytes), path);
            if (zip.GetEntry("content.xml") is not null) return ReadOdt(new MemoryStream(bytes), path);
            throw new InvalidDataException($"{path}: a zip file that is neither DOCX nor ODT");
        }

        if (bytes.AsSpan().StartsWith("%PDF-"u8))
            throw new InvalidDataException($"{path}: a PDF is read through its text: extract it first (for example 'pdftotext -layout'), then import the .txt");
        if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0]))
            throw new InvalidDataException($"{path}: an old binary Word or Office file: save it as .docx or .odt first");
        return new ImportInput(SourceText.FromBytes(bytes, path), false);
    }

    /// <summary>The paragraphs and tables of a DOCX body, in order. Automatic numbering is written out as text (一、 (一) 1. …).</summary>
    public static ImportInput ReadDocx(Stream stream, string path)
    {
        using var doc = WordprocessingDocument.Open(stream, false);
        var body = doc.MainDocumentPart?.Document?.Body ?? throw new InvalidDataException($"{path}: the DOCX has no body");
        var numbering = new DocxNumbering(doc.MainDocumentPart.NumberingDefinitionsPart?.Numbering);
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

        return new ImportInput(SourceText.From(string.Join("\n", lines) + "\n", path), true);
    }

    private static IEnumerable<string> ParagraphLines(W.Paragraph p, DocxNumbering numbering)
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

    /// <summary>The content of an ODT (content.xml): headings, paragraphs, lists and tables, in order.</summary>
    public static ImportInput ReadOdt(Stream stream, string path)
    {
        using var zip = new ZipArchive(stream, ZipArchiveMode.Read);
        var entry = zip.GetEntry("content.xml") ?? throw new InvalidDataException($"{path}: the ODT has no content.xml");
        XDocument xml;
        using (var s = entry.Open()) xml = XDocument.Load(s);
        XNamespace office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
        var text = xml.Root?.Element(office + "body")?.Element(office + "text") ?? throw new InvalidDataException($"{path}: the ODT has no text body");
        var styles = OdtListStyles(xml);
        var stylesEntry = zip.GetEntry("styles.xml");
        if (stylesEntry is not null)
        {
            using var s = stylesEntry.Open();
            foreach (var (name, levels) in OdtListStyles(XDocument.Load(s))) styles.TryAdd(name, levels);
        }

        var lines = new List<string>();
        new OdtWalker(styles).Blocks(text, lines);
        return new ImportInput(SourceText.From(string.Join("\n", lines) + "\n", path), true);
    }

    private static readonly XNamespace OdtText = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    private static readonly XNamespace OdtTable = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";

    private static readonly XNamespace OdtStyle = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";

    /// <summary>A numbered level of an ODF list style: format (1, 一, 壹, 甲), prefix, suffix, first value.</summary>
    private sealed record OdtLevel(string Format, string Prefix, string Suffix, int Start);

    private static Dictionary<string, Dictionary<int, OdtLevel>> OdtListStyles(XDocument xml)
    {
        var result = new Dictionary<string, Dictionary<int, OdtLevel>>();
        foreach (var style in xml.Descendants(OdtText + "list-style"))
        {
            string? name = (string?)style.Attribute(OdtStyle + "name");
            if (name is null) continue;
            var levels = new Dictionary<int, OdtLevel>();
            foreach (var level in style.Elements(OdtText + "list-level-style-number"))
            {
                levels[(int?)level.Attribute(OdtText + "level") ?? 1] = new OdtLevel(
                    (string?)level.Attribute(OdtStyle + "num-format") ?? "1",
                    (string?)level.Attribute(OdtStyle + "num-prefix") ?? "",
                    (string?)level.Attribute(OdtStyle + "num-suffix") ?? "",
                    (int?)level.Attribute(OdtText + "start-value") ?? 1);
            }

            result[name] = levels;
        }

        return result;
    }

    /// <summary>Walks an ODT body; list items of a numbered list style get their ordinal written out (一、 (一) 1.).</summary>
    private sealed class OdtWalker(Dictionary<string, Dictionary<int, OdtLevel>> styles)
    {
        public void Blocks(XElement parent, List<string> lines, string? listStyle = null, int level = 0)
        {
            foreach (var e in parent.Elements())
            {
                if (e.Name == OdtText + "p" || e.Name == OdtText + "h")
                {
                    lines.AddRange(OdtParagraph(e));
                }
                else if (e.Name == OdtText + "list")
                {
                    string? style = (string?)e.Attribute(OdtText + "style-name") ?? listStyle;
                    int n = 0;
                    foreach (var item in e.Elements(OdtText + "list-item").Concat(e.Elements(OdtText + "list-header")))
                    {
                        var items = new List<string>();
                        Blocks(item, items, style, level + 1);
                        if (item.Name == OdtText + "list-item" && items.Count > 0 && Level(style, level + 1) is { } l)
                        {
                            n = (int?)item.Attribute(OdtText + "start-value") ?? (n == 0 ? l.Start : n + 1);
                            int first = items.FindIndex(x => x.Trim().Length > 0);
                            if (first >= 0) items[first] = l.Prefix + Format(n, l.Format) + l.Suffix + items[first];
                        }

                        lines.AddRange(items);
                    }
                }
                else if (e.Name == OdtText + "section")
                {
                    Blocks(e, lines, listStyle, level);
                }
                else if (e.Name == OdtTable + "table")
                {
                    foreach (var row in e.Descendants(OdtTable + "table-row"))
                    {
                        var cells = new List<string>();
                        foreach (var cell in row.Elements().Where(c => c.Name == OdtTable + "table-cell" || c.Name == OdtTable + "covered-table-cell"))
                        {
                            var paragraphs = new List<string>();
                            Blocks(cell, paragraphs);
                            string value = CellText(paragraphs);
                            int repeat = (int?)cell.Attribute(OdtTable + "number-columns-repeated") ?? 1;
                            for (int i = 0; i < Math.Min(repeat, 64); i++) cells.Add(value);
                        }

                        lines.Add(string.Join("\t", cells));
                    }

                    lines.Add("");
                }
            }
        }

        private OdtLevel? Level(string? style, int level) =>
            style is not null && styles.TryGetValue(style, out var levels) && levels.TryGetValue(level, out var l) ? l : null;

        private static string Format(int n, string format) => format switch
        {
            "一, 二, 三, ..." or "一" => Rendering.Numbering.Chinese(n),
            "壹, 貳, 參, ..." or "壹" => Rendering.Numbering.Part(n),
            "甲, 乙, 丙, ..." or "甲" => Stem(n),
            "" => "",
            _ => n.ToString(),
        };
    }

    /// <summary>A cell of one paragraph is its text; several are written &lt;p&gt;…&lt;/p&gt; &lt;p&gt;…&lt;/p&gt;, as PDF extraction writes them.</summary>
    private static string CellText(IEnumerable<string> paragraphs)
    {
        var ps = paragraphs.Select(p => p.Replace('\t', ' ').Trim()).Where(p => p.Length > 0).ToList();
        return ps.Count == 1 ? ps[0] : string.Join(" ", ps.Select(p => $"<p>{p}</p>"));
    }

    private static string Stem(int n) => n is >= 1 and <= 10 ? "甲乙丙丁戊己庚辛壬癸"[n - 1].ToString() : n.ToString();

    private static List<string> OdtParagraph(XElement p)
    {
        var result = new List<string>();
        var sb = new StringBuilder();
        void Walk(XElement e)
        {
            foreach (var n in e.Nodes())
            {
                if (n is XText t) sb.Append(t.Value);
                else if (n is XElement c)
                {
                    if (c.Name == OdtText + "s") sb.Append(' ', (int?)c.Attribute(OdtText + "c") ?? 1);
                    else if (c.Name == OdtText + "tab") sb.Append('\t');
                    else if (c.Name == OdtText + "line-break")
                    {
                        result.Add(sb.ToString());
                        sb.Clear();
                    }
                    else if (c.Name != OdtText + "note") Walk(c);
                }
            }
        }

        Walk(p);
        result.Add(sb.ToString());
        return result;
    }

    /// <summary>Automatic numbering of a DOCX written out as the text of the ordinal, for the formats of official documents.</summary>
    private sealed class DocxNumbering(W.Numbering? numbering)
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
