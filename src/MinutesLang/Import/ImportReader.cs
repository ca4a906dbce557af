using System.IO.Compression;
using System.Text;
using System.Xml.Linq;
using System.Xml;
using MinutesLang.Localization;
using MinutesLang.Text;

namespace MinutesLang.Import;

/// <summary>
/// A file of a kind the importer does not read (a PDF, an old binary Word or Office file), said in both languages
/// (issue 15): <c>import</c> prints <see cref="Text"/> in the run's language and exits 2.
/// </summary>
public sealed class UnreadableDocumentException(Phrase text) : Exception(text.En)
{
    /// <summary>What the file is and what to do with it, in English and zh-TW.</summary>
    public Phrase Text { get; } = text;
}

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
    /// <summary>
    /// Reads a file by its content: a zip holding word/document.xml is DOCX, one holding content.xml is ODT, anything
    /// else text. A file named .docx or .odt must be that document: an empty file, random bytes, a damaged zip or the
    /// other kind of document is refused (ML0410). Documents are read under <see cref="DocumentLimits"/> (ML0411–ML0414).
    /// </summary>
    /// <exception cref="DocumentRefusedException">the document is refused, with its diagnostic</exception>
    /// <exception cref="UnreadableDocumentException">a PDF or an old binary Office file (read it another way)</exception>
    public static ImportInput Read(string path, byte[] bytes)
    {
        string extension = Path.GetExtension(path).ToLowerInvariant();
        string? expected = extension switch { ".docx" or ".docm" or ".dotx" => "DOCX", ".odt" or ".ott" => "ODT", _ => null };
        bool isZip = bytes.Length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
        if (expected is not null && !isZip)
        {
            string first = bytes.Length == 0 ? "" : Convert.ToHexString(bytes, 0, Math.Min(8, bytes.Length));
            var what = bytes.Length == 0 ? new Phrase("the file is empty", "檔案是空的")
                : new Phrase($"the file does not start as a zip package (its first bytes are {first})", $"檔案開頭不是 zip 封裝（前幾個位元組為 {first}）");
            throw DocumentLimits.Refuse("ML0410", path, new($"not {A(expected)}: {what.En}", $"不是 {expected} 文件：{what.ZhTw}"),
                hint: new($"{A(expected)} is a zip package; open the file in a word processor and save it as {extension}", $"{expected} 是 zip 封裝；請以文書處理軟體開啟，另存為 {extension}"));
        }

        if (isZip)
        {
            using var zip = OpenZip(new MemoryStream(bytes), path);
            string? kind = zip.GetEntry("word/document.xml") is not null ? "DOCX" : zip.GetEntry("content.xml") is not null ? "ODT" : null;
            if (kind is null || expected is not null && kind != expected)
                throw DocumentLimits.Refuse("ML0410", path, kind is null
                    ? new("a zip that is neither a DOCX (no word/document.xml) nor an ODT (no content.xml)", "zip 封裝既非 DOCX（沒有 word/document.xml）也非 ODT（沒有 content.xml）")
                    : new($"not {A(expected!)}: the file is {A(kind)} package", $"不是 {expected} 文件：檔案為 {kind} 封裝"),
                    hint: kind is null ? null : new($"rename it .{kind.ToLowerInvariant()}", $"請將副檔名改為 .{kind.ToLowerInvariant()}"));
            return kind == "DOCX" ? ReadDocx(new MemoryStream(bytes), path) : ReadOdt(new MemoryStream(bytes), path);
        }

        if (bytes.AsSpan().StartsWith("%PDF-"u8))
            throw new UnreadableDocumentException(new($"{path}: a PDF is read through its text: extract it first (for example 'pdftotext -layout'), then import the .txt",
                $"{path}：PDF 須取其文字匯入：請先轉出文字（例如用「pdftotext -layout」），再匯入該 .txt 檔"));
        if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0]))
            throw new UnreadableDocumentException(new($"{path}: an old binary Word or Office file: save it as .docx or .odt first",
                $"{path}：舊式二進位 Word 或 Office 檔：請先另存為 .docx 或 .odt"));
        var text = SourceText.FromBytes(bytes, path);
        if (NotAText(text) is { } why)
            throw DocumentLimits.Refuse("ML0410", path, new($"not a text document: {why.En}", $"不是文字文件：{why.ZhTw}"),
                hint: new("import a plain text in UTF-8, a .docx or an .odt; a PDF is read through its text ('pdftotext -layout')", "請匯入 UTF-8 純文字檔、.docx 或 .odt；PDF 請先轉出文字（「pdftotext -layout」）再匯入"));
        return new ImportInput(text, false);
    }

    /// <summary>
    /// Why a text is not one to import (null: it is): invalid UTF-8, a NUL, or so many control characters that check
    /// would call the record binary (ML0007, <see cref="Parsing.SyntaxChecker.IsBinary"/>). Other control characters
    /// are left out by the importer (ML0415).
    /// </summary>
    private static Phrase? NotAText(SourceText text)
    {
        // a text in another encoding (Big5, GB18030, UTF-16) is named, with the command that converts it, and its bytes
        // counted as the file has them (not the characters they were read into)
        if (text.ForeignEncoding is { Length: > 0 } encoding)
        {
            string file = Path.GetFileName(text.Path), iconv = global::MinutesLang.Text.ForeignEncoding.IconvName(encoding);
            return new($"it is not UTF-8: its {text.ByteLength:N0} bytes read as {encoding}; convert it first: iconv -f {iconv} -t UTF-8 {file} > utf8-{file}",
                $"不是 UTF-8 編碼：其 {text.ByteLength:N0} 個位元組是 {encoding} 編碼；請先轉換：iconv -f {iconv} -t UTF-8 {file} > utf8-{file}");
        }

        if (text.InvalidByteOffsets.Length > 0)
        {
            var (line, column) = (text.GetLineColumn(text.InvalidByteOffsets[0]).Line, text.GetLineColumn(text.InvalidByteOffsets[0]).Column);
            return new($"it is not UTF-8 (line {line}, column {column}: {text.InvalidByteOffsets.Length:N0} of its {text.ByteLength:N0} bytes cannot be decoded)",
                $"不是 UTF-8 編碼（第 {line} 行第 {column} 欄；其 {text.ByteLength:N0} 個位元組中有 {text.InvalidByteOffsets.Length:N0} 個無法解讀）");
        }

        int nul = text.Text.IndexOf('\0');
        if (nul >= 0)
            return new($"it holds a NUL character (line {text.GetLineColumn(nul).Line}, column {text.GetLineColumn(nul).Column})",
                $"含有 NUL 字元（第 {text.GetLineColumn(nul).Line} 行第 {text.GetLineColumn(nul).Column} 欄）");
        if (Parsing.SyntaxChecker.IsBinary(text.Text))
            return new("more than one character in 20 is a control character: a binary file", "控制字元超過二十分之一：是二進位檔");
        return null;
    }

    private static string A(string kind) => kind == "ODT" ? "an ODT" : "a DOCX";

    private const string WordMain = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private const string PackageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships";

    /// <summary>
    /// The paragraphs and tables of a DOCX body, in order. Automatic numbering is written out as text (一、 (一) 1. …).
    /// Read with <see cref="ZipArchive"/> and <see cref="XmlReader"/> (no DTD, no external entities): the paragraphs
    /// (w:p) and tables (w:tbl) directly in w:body; in a paragraph, the text (w:t), tabs (w:tab) and breaks (w:br,
    /// w:cr) of its runs (w:r) at any depth; a table row (w:tr) is a line of its cells (w:tc) and their paragraphs.
    /// </summary>
    /// <exception cref="DocumentRefusedException">ML0410–ML0414: not a readable DOCX, or past a limit of <see cref="DocumentLimits"/></exception>
    public static ImportInput ReadDocx(Stream stream, string path) => Refusing(ReadDocxLimited, stream, path, "DOCX", "word/document.xml");

    /// <summary>
    /// Runs one package reader and turns what a damaged package throws into the refusal it is: XML that
    /// is not well-formed (ML0410 at its line and column in <paramref name="part"/>), a damaged zip (ML0410).
    /// </summary>
    private static ImportInput Refusing(Func<Stream, string, ImportInput> read, Stream stream, string path, string kind, string part)
    {
        try
        {
            return read(stream, path);
        }
        catch (XmlException e)
        {
            throw DocumentLimits.Malformed(e, path, part);
        }
        catch (InvalidDataException e)
        {
            throw DocumentLimits.Refuse("ML0410", path, new($"a damaged {kind}: {e.Message}", $"{kind} 已損壞：{e.Message}"));
        }
    }

    private static ImportInput ReadDocxLimited(Stream stream, string path)
    {
        using var zip = OpenZip(stream, path);
        long read = 0;
        string documentName = OfficeDocument(zip, path, ref read) ?? "word/document.xml";
        var document = zip.GetEntry(documentName) ?? throw DocumentLimits.Refuse("ML0410", path, new($"the DOCX has no {documentName}", $"DOCX 中沒有 {documentName}"));
        string? numberingName = Related(zip, documentName, "/numbering", path, ref read);
        var numbering = new DocxNumbering(numberingName is null ? null : zip.GetEntry(numberingName) is { } n ? DocxNumberingDefinitions.Read(Part(n, path, ref read)) : null);
        var lines = new List<string>();
        var budget = new DocumentLimits.TextBudget(path, documentName);
        using (var s = new MemoryStream(Part(document, path, ref read)))
        using (var r = XmlReader.Create(s, SafeXml))
        {
            if (!ToBody(r)) throw DocumentLimits.Refuse("ML0410", path, new($"the DOCX has no body (w:document/w:body in {documentName})", $"DOCX 沒有本文（{documentName} 中沒有 w:document/w:body）"));
            ForEachChild(r, () =>
            {
                if (IsW(r, "p")) lines.AddRange(Charged(DocxParagraph(r, numbering)));
                else if (IsW(r, "tbl"))
                {
                    foreach (var row in TableRows(r))
                        lines.Add(string.Join("\t", row.Select(cell => CellText(cell))));
                    lines.Add("");
                }
                else r.Skip();
            });
        }

        return new ImportInput(SourceText.From(string.Join("\n", lines) + "\n", path), true);

        // the lines of a paragraph, taken from the budget of characters (an ordinal's text is repeated for each paragraph)
        List<string> Charged(List<string> paragraph)
        {
            budget.Charge(paragraph.Sum(l => (long)l.Length + 1), () => DocumentLimits.TextBudget.Paragraph(documentName, lines.Count + 1));
            return paragraph;
        }

        // a table read in full: its rows (w:tr), their cells (w:tc), the lines of their paragraphs (w:p); each level the direct children only
        List<List<List<string>>> TableRows(XmlReader r)
        {
            var rows = new List<List<List<string>>>();
            ForEachChild(r, () =>
            {
                if (!IsW(r, "tr")) { r.Skip(); return; }
                var cells = new List<List<string>>();
                ForEachChild(r, () =>
                {
                    if (!IsW(r, "tc")) { r.Skip(); return; }
                    var paragraphs = new List<string>();
                    ForEachChild(r, () =>
                    {
                        if (IsW(r, "p")) paragraphs.AddRange(Charged(DocxParagraph(r, numbering)));
                        else r.Skip();
                    });
                    cells.Add(paragraphs);
                });
                rows.Add(cells);
            });
            return rows;
        }
    }

    /// <summary>Opens a package: its central directory checked first (<see cref="DocumentLimits.CheckDirectory"/>); a damaged zip is ML0410.</summary>
    private static ZipArchive OpenZip(Stream stream, string path)
    {
        byte[] bytes;
        if (stream is MemoryStream m && m.Position == 0) bytes = m.ToArray();
        else
        {
            var copy = new MemoryStream();
            stream.CopyTo(copy);
            bytes = copy.ToArray();
        }

        DocumentLimits.CheckDirectory(bytes, path);
        try
        {
            var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
            if (zip.Entries.Count > DocumentLimits.MaxEntries)
                throw DocumentLimits.Refuse("ML0413", path, new($"the zip holds {zip.Entries.Count:N0} entries; a document is read with at most {DocumentLimits.MaxEntries:N0}",
                    $"zip 內有 {zip.Entries.Count:N0} 個項目；一份文件至多讀取 {DocumentLimits.MaxEntries:N0} 個"));
            return zip;
        }
        catch (InvalidDataException e)
        {
            throw DocumentLimits.Refuse("ML0410", path, new($"a damaged zip package: {e.Message}", $"zip 封裝已損壞：{e.Message}"),
                hint: new("open the file in a word processor and save it again", "請以文書處理軟體開啟後重新存檔"));
        }
    }

    /// <summary>
    /// A part, inflated under <see cref="DocumentLimits"/> and scanned before it is read: its depth, and the count,
    /// level and first-value attributes the readers use (ML0410–ML0413).
    /// </summary>
    private static byte[] Part(ZipArchiveEntry entry, string path, ref long read)
    {
        byte[] bytes = DocumentLimits.ReadPart(entry, path, ref read);
        string part = entry.FullName;
        try
        {
            using var r = XmlReader.Create(new MemoryStream(bytes), SafeXml);
            while (r.Read())
            {
                if (r.NodeType != XmlNodeType.Element) continue;
                DocumentLimits.CheckDepth(r, path, part);
                if (!r.HasAttributes) continue;
                switch (r.NamespaceURI, r.LocalName)
                {
                    case (WordMain, "start"):
                        DocumentLimits.Number(r, "val", WordMain, 0, DocumentLimits.MaxStartValue, path, part);
                        break;
                    case (WordMain, "ilvl"):
                        DocumentLimits.Number(r, "val", WordMain, 0, 8, path, part);
                        break;
                    case (WordMain, "lvl"):
                        DocumentLimits.Number(r, "ilvl", WordMain, 0, 8, path, part);
                        break;
                    case (OdtTextNs, "s"):
                        DocumentLimits.Number(r, "c", OdtTextNs, 0, DocumentLimits.MaxSpaces, path, part);
                        break;
                    case (OdtTableNs, "table-cell" or "covered-table-cell"):
                        DocumentLimits.Number(r, "number-columns-repeated", OdtTableNs, 1, DocumentLimits.MaxRepeatedColumns, path, part);
                        break;
                    case (OdtTextNs, "list-level-style-number" or "list-level-style-bullet"):
                        DocumentLimits.Number(r, "level", OdtTextNs, 1, 10, path, part);
                        DocumentLimits.Number(r, "start-value", OdtTextNs, 0, DocumentLimits.MaxStartValue, path, part);
                        break;
                    case (OdtTextNs, "list-item" or "list-header"):
                        DocumentLimits.Number(r, "start-value", OdtTextNs, 0, DocumentLimits.MaxStartValue, path, part);
                        break;
                }
            }
        }
        catch (XmlException e)
        {
            throw DocumentLimits.Malformed(e, path, part);
        }

        return bytes;
    }

    private const string OdtTextNs = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    private const string OdtTableNs = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";

    /// <summary>No DTD (an XXE or entity expansion is an <see cref="XmlException"/>), no external resolver.</summary>
    private static readonly XmlReaderSettings SafeXml = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = false, // a w:t of spaces without xml:space="preserve" is kept, as DocumentFormat.OpenXml kept it
    };

    private static bool IsW(XmlReader r, string name) => r.NodeType == XmlNodeType.Element && r.LocalName == name && r.NamespaceURI == WordMain;

    /// <summary>Calls <paramref name="child"/> on each child element of the element the reader is on (which must leave the reader after that child), then moves past its end.</summary>
    private static void ForEachChild(XmlReader r, Action child)
    {
        if (r.IsEmptyElement) { r.Read(); return; }
        int depth = r.Depth;
        r.Read();
        while (!r.EOF && r.Depth > depth)
        {
            if (r.NodeType == XmlNodeType.Element) child();
            else r.Read();
        }

        if (r.NodeType == XmlNodeType.EndElement && r.Depth == depth) r.Read();
    }

    /// <summary>Moves to w:body, the first child of w:document of that name.</summary>
    private static bool ToBody(XmlReader r)
    {
        r.MoveToContent();
        if (!IsW(r, "document") || r.IsEmptyElement) return false;
        int depth = r.Depth;
        r.Read();
        while (!r.EOF && r.Depth > depth)
        {
            if (IsW(r, "body")) return true;
            if (r.NodeType == XmlNodeType.Element) r.Skip();
            else r.Read();
        }

        return false;
    }

    /// <summary>
    /// The lines of a paragraph (the reader on its w:p; left after its end): the ordinal of its automatic numbering, then
    /// the text of its runs, a tab for w:tab, a new line for w:br and w:cr — only as children of a run (w:r), as
    /// DocumentFormat.OpenXml typed them (a w:tab of the tab stops in w:pPr is not a tab).
    /// </summary>
    private static List<string> DocxParagraph(XmlReader r, DocxNumbering numbering)
    {
        var result = new List<string>();
        var sb = new StringBuilder();
        int? numId = null, level = null;
        if (r.IsEmptyElement)
        {
            r.Read();
            result.Add(numbering.Next(null, null));
            return result;
        }

        int depth = r.Depth;
        // the names of the open elements below the paragraph (null: another namespace)
        var open = new List<string?>();
        bool inText = false, seenProperties = false, inProperties = false, seenNumbering = false, inNumbering = false;
        r.Read();
        while (!r.EOF && r.Depth > depth)
        {
            switch (r.NodeType)
            {
                case XmlNodeType.Element:
                {
                    string? name = r.NamespaceURI == WordMain ? r.LocalName : null;
                    string? parent = open.Count > 0 ? open[^1] : "p";
                    if (parent == "r" && open.Count > 0)
                    {
                        switch (name)
                        {
                            case "tab": sb.Append('\t'); break;
                            case "br" or "cr":
                                result.Add(sb.ToString());
                                sb.Clear();
                                break;
                        }
                    }

                    if (open.Count == 0 && name == "pPr" && !seenProperties) { seenProperties = true; inProperties = true; }
                    else if (open.Count == 1 && inProperties && name == "numPr" && !seenNumbering) { seenNumbering = true; inNumbering = true; }
                    else if (open.Count == 2 && inNumbering && name == "numId" && numId is null) numId = IntAttribute(r, "val");
                    else if (open.Count == 2 && inNumbering && name == "ilvl" && level is null) level = IntAttribute(r, "val");

                    if (!r.IsEmptyElement)
                    {
                        inText = name == "t" && parent == "r" && open.Count > 0;
                        open.Add(name);
                    }

                    break;
                }

                case XmlNodeType.EndElement:
                    open.RemoveAt(open.Count - 1);
                    if (open.Count == 0) inProperties = false;
                    if (open.Count <= 1) inNumbering = false;
                    inText = false;
                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace:
                    if (inText) sb.Append(r.Value);
                    break;
            }

            r.Read();
        }

        if (r.NodeType == XmlNodeType.EndElement && r.Depth == depth) r.Read();
        result.Add(sb.ToString());
        result[0] = numbering.Next(numId, level) + result[0];
        return result;
    }

    private static int? IntAttribute(XmlReader r, string name) =>
        int.TryParse(r.GetAttribute(name, WordMain), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out int v) ? v : null;

    /// <summary>The main part of an OPC package: the target of the officeDocument relationship of _rels/.rels.</summary>
    private static string? OfficeDocument(ZipArchive zip, string path, ref long read) => Related(zip, "", "/officeDocument", path, ref read);

    /// <summary>The part a relationship of <paramref name="source"/> ("" for the package) of the type ending in <paramref name="type"/> points at, as a zip entry name.</summary>
    private static string? Related(ZipArchive zip, string source, string type, string path, ref long read)
    {
        string folder = source.Contains('/') ? source[..(source.LastIndexOf('/') + 1)] : "";
        string rels = folder + "_rels/" + source[folder.Length..] + ".rels";
        var entry = zip.GetEntry(rels);
        if (entry is null) return null;
        using var s = new MemoryStream(Part(entry, path, ref read));
        using var r = XmlReader.Create(s, SafeXml);
        while (r.Read())
        {
            if (r.NodeType != XmlNodeType.Element || r.LocalName != "Relationship" || r.NamespaceURI != PackageRelationships) continue;
            if (r.GetAttribute("Type") is not { } t || !t.EndsWith(type, StringComparison.Ordinal)) continue;
            if (r.GetAttribute("TargetMode") == "External" || r.GetAttribute("Target") is not { } target) continue;
            string name = target.StartsWith('/') ? target[1..] : folder + target;
            // resolve . and .. segments
            var parts = new List<string>();
            foreach (var part in name.Split('/'))
            {
                if (part == "..") { if (parts.Count > 0) parts.RemoveAt(parts.Count - 1); }
                else if (part is not ("." or "")) parts.Add(part);
            }

            return Uri.UnescapeDataString(string.Join("/", parts));
        }

        return null;
    }

    /// <summary>The content of an ODT (content.xml): headings, paragraphs, lists and tables, in order.</summary>
    /// <exception cref="DocumentRefusedException">ML0410–ML0414: not a readable ODT, or past a limit of <see cref="DocumentLimits"/></exception>
    public static ImportInput ReadOdt(Stream stream, string path) => Refusing(ReadOdtLimited, stream, path, "ODT", "content.xml");

    private static ImportInput ReadOdtLimited(Stream stream, string path)
    {
        using var zip = OpenZip(stream, path);
        long read = 0;
        var entry = zip.GetEntry("content.xml") ?? throw DocumentLimits.Refuse("ML0410", path, new("the ODT has no content.xml", "ODT 中沒有 content.xml"));
        var xml = LoadOdtPart(entry, path, ref read);
        XNamespace office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
        var text = xml.Root?.Element(office + "body")?.Element(office + "text") ?? throw DocumentLimits.Refuse("ML0410", path, new("the ODT has no text body (office:body/office:text in content.xml)", "ODT 沒有本文（content.xml 中沒有 office:body/office:text）"));
        var styles = OdtListStyles(xml);
        var stylesEntry = zip.GetEntry("styles.xml");
        if (stylesEntry is not null)
        {
            foreach (var (name, levels) in OdtListStyles(LoadOdtPart(stylesEntry, path, ref read))) styles.TryAdd(name, levels);
        }

        var lines = new List<string>();
        new OdtWalker(styles, new DocumentLimits.TextBudget(path, "content.xml")).Blocks(text, lines);
        return new ImportInput(SourceText.From(string.Join("\n", lines) + "\n", path), true);
    }

    /// <summary>An ODT part under the same limits as a DOCX part (size, depth, numbers, no DTD); whitespace between elements dropped, as XDocument.Load does.</summary>
    private static XDocument LoadOdtPart(ZipArchiveEntry entry, string path, ref long read)
    {
        using var s = new MemoryStream(Part(entry, path, ref read));
        using var r = XmlReader.Create(s, OdtXml);
        return XDocument.Load(r, LoadOptions.SetLineInfo);
    }

    private static readonly XmlReaderSettings OdtXml = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreWhitespace = true,
    };

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
    private sealed class OdtWalker(Dictionary<string, Dictionary<int, OdtLevel>> styles, DocumentLimits.TextBudget budget)
    {
        public void Blocks(XElement parent, List<string> lines, string? listStyle = null, int level = 0)
        {
            foreach (var e in parent.Elements())
            {
                if (e.Name == OdtText + "p" || e.Name == OdtText + "h")
                {
                    lines.AddRange(OdtParagraph(e, budget));
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
                            budget.Charge((long)(value.Length + 1) * repeat, () => At(cell));
                            for (int i = 0; i < repeat; i++) cells.Add(value);
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

    /// <summary>"content.xml, line L, column C" / "content.xml 第 L 行第 C 欄" of an element loaded with line information.</summary>
    private static Phrase At(XElement e) =>
        e is IXmlLineInfo info && info.HasLineInfo()
            ? new($"content.xml, line {info.LineNumber}, column {info.LinePosition}", $"content.xml 第 {info.LineNumber} 行第 {info.LinePosition} 欄")
            : Phrase.Same("content.xml");

    private static List<string> OdtParagraph(XElement p, DocumentLimits.TextBudget budget)
    {
        var result = new List<string>();
        var sb = new StringBuilder();
        void Walk(XElement e)
        {
            foreach (var n in e.Nodes())
            {
                if (n is XText t)
                {
                    budget.Charge(t.Value.Length, () => At(p));
                    sb.Append(t.Value);
                }
                else if (n is XElement c)
                {
                    if (c.Name == OdtText + "s")
                    {
                        int spaces = (int?)c.Attribute(OdtText + "c") ?? 1;
                        budget.Charge(spaces, () => At(c));
                        sb.Append(' ', spaces);
                    }
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

    /// <summary>The levels of the w:num instances of word/numbering.xml: (numId, ilvl) → start, format, text.</summary>
    private sealed record DocxLevel(int Start, string Format, string Text);

    private static class DocxNumberingDefinitions
    {
        public static Dictionary<(int Num, int Level), DocxLevel> Read(byte[] part)
        {
            // abstractNumId → ilvl → level; numId → abstractNumId (the first of each id, as the old reader's FirstOrDefault)
            var abstracts = new Dictionary<int, Dictionary<int, DocxLevel>>();
            var nums = new Dictionary<int, int?>();
            using var s = new MemoryStream(part);
            using var r = XmlReader.Create(s, SafeXml);
            r.MoveToContent();
            if (!IsW(r, "numbering")) return [];
            ForEachChild(r, () =>
            {
                if (IsW(r, "abstractNum"))
                {
                    int? id = IntAttribute(r, "abstractNumId");
                    var levels = new Dictionary<int, DocxLevel>();
                    ForEachChild(r, () =>
                    {
                        if (!IsW(r, "lvl")) { r.Skip(); return; }
                        int? ilvl = IntAttribute(r, "ilvl");
                        int? start = null;
                        string? format = null, text = null;
                        bool seenStart = false, seenFormat = false, seenText = false;
                        ForEachChild(r, () =>
                        {
                            if (IsW(r, "start") && !seenStart) { seenStart = true; start = IntAttribute(r, "val"); }
                            else if (IsW(r, "numFmt") && !seenFormat) { seenFormat = true; format = r.GetAttribute("val", WordMain); }
                            else if (IsW(r, "lvlText") && !seenText) { seenText = true; text = r.GetAttribute("val", WordMain); }
                            r.Skip();
                        });
                        if (ilvl is { } i) levels.TryAdd(i, new DocxLevel(start ?? 1, format ?? "decimal", text ?? "%1."));
                    });
                    if (id is { } a) abstracts.TryAdd(a, levels);
                }
                else if (IsW(r, "num"))
                {
                    int? id = IntAttribute(r, "numId");
                    int? abstractId = null;
                    bool seen = false;
                    ForEachChild(r, () =>
                    {
                        if (IsW(r, "abstractNumId") && !seen) { seen = true; abstractId = IntAttribute(r, "val"); }
                        r.Skip();
                    });
                    if (id is { } n) nums.TryAdd(n, abstractId);
                }
                else r.Skip();
            });

            var result = new Dictionary<(int, int), DocxLevel>();
            foreach (var (num, abstractId) in nums)
            {
                if (abstractId is { } a && abstracts.TryGetValue(a, out var levels))
                    foreach (var (level, l) in levels) result[(num, level)] = l;
            }

            return result;
        }
    }

    /// <summary>Automatic numbering of a DOCX written out as the text of the ordinal, for the formats of official documents.</summary>
    private sealed class DocxNumbering(Dictionary<(int Num, int Level), DocxLevel>? numbering)
    {
        private readonly Dictionary<(int Num, int Level), int> counters = [];

        public string Next(int? numId, int? ilvl)
        {
            if (numbering is null || numId is not { } id) return "";
            int level = ilvl ?? 0;
            if (!numbering.TryGetValue((id, level), out var lvl)) return "";
            var key = (id, level);
            int n = counters.TryGetValue(key, out int c) ? c + 1 : lvl.Start;
            counters[key] = n;
            foreach (var deeper in counters.Keys.Where(k => k.Num == id && k.Level > level).ToList()) counters.Remove(deeper);
            if (lvl.Format is "bullet" or "none") return "";
            return lvl.Text.Replace($"%{level + 1}", Format(n, lvl.Format));
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
