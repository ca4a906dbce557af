using System.Globalization;
using System.IO.Compression;
using System.Xml;
using MinutesLang.Diagnostics;
using MinutesLang.Localization;
using MinutesLang.Text;

namespace MinutesLang.Import;

/// <summary>
/// A document the importer will not read (ML0410–ML0414): <see cref="Diagnostic"/> says why, naming the
/// part of the package and the line and column in it. Raised by <see cref="ImportReader"/> before any
/// record is produced, so the command writes nothing and exits 2.
/// </summary>
public sealed class DocumentRefusedException(Diagnostic diagnostic) : Exception(diagnostic.Message)
{
    /// <summary>The refusal: code ML0410–ML0414, the file as its source, the part and position in its message.</summary>
    public Diagnostic Diagnostic { get; } = diagnostic;
}

/// <summary>
/// The limits a DOCX or ODT is read under, so that a small hostile file cannot exhaust the stack, the
/// memory or the time of the importer (issue 13): how many zip entries, how large a part may be once
/// inflated (and how much larger than it is compressed), how deep its elements nest, what a count or
/// repeat attribute may ask for, how many characters the whole document may produce. Each refusal is a
/// <see cref="DocumentRefusedException"/>. The values are documented in docs/IMPORT.md.
/// </summary>
public static class DocumentLimits
{
    /// <summary>Entries in the zip's central directory (a document has a few dozen).</summary>
    public const int MaxEntries = 10_000;

    /// <summary>Bytes of one part once inflated (the declared size and the bytes actually inflated).</summary>
    public const long MaxPartBytes = 64L << 20;

    /// <summary>Bytes of all the parts read from one document, inflated.</summary>
    public const long MaxTotalBytes = 128L << 20;

    /// <summary>How many times larger than its compressed size a part over <see cref="RatioFloor"/> may inflate.</summary>
    public const int MaxRatio = 100;

    /// <summary>Parts smaller than this (inflated) are not held to <see cref="MaxRatio"/>.</summary>
    public const long RatioFloor = 1L << 20;

    /// <summary>Depth of element nesting in a part (the root element is depth 0).</summary>
    public const int MaxDepth = 128;

    /// <summary>Spaces one ODT <c>text:s</c> may stand for (<c>text:c</c>).</summary>
    public const int MaxSpaces = 10_000;

    /// <summary>Cells one ODT table cell may stand for (<c>table:number-columns-repeated</c>).</summary>
    public const int MaxRepeatedColumns = 1_024;

    /// <summary>The largest first value of a numbered list (ODT <c>text:start-value</c>, DOCX <c>w:start</c>).</summary>
    public const int MaxStartValue = 9_999;

    /// <summary>Characters the text of one document may come to.</summary>
    public const int MaxCharacters = 16 << 20;

    /// <summary>A refusal of <paramref name="path"/> with <paramref name="code"/>, said in both languages; <paramref name="excerpt"/> is shown as its source line.</summary>
    internal static DocumentRefusedException Refuse(string code, string path, Phrase message, string excerpt = "", Phrase? hint = null)
    {
        var bag = new DiagnosticBag();
        var source = SourceText.From(excerpt, path);
        var at = bag.At(source, new TextSpan(0, excerpt.Length));
        switch (code)
        {
            case "ML0410": at.NotADocument(message, hint); break;
            case "ML0411": at.DocumentTooDeep(message); break;
            case "ML0412": at.DocumentNumberOutOfRange(message); break;
            case "ML0413": at.DocumentTooLarge(message); break;
            default: at.DocumentTooMuchText(message); break;
        }

        return new DocumentRefusedException(bag.Items[0]);
    }

    /// <summary>"content.xml, line 3, column 17" for a reader on a node.</summary>
    internal static Phrase Where(string part, XmlReader r) =>
        r is IXmlLineInfo info && info.HasLineInfo()
            ? new($"{part}, line {info.LineNumber}, column {info.LinePosition}", $"{part} 第 {info.LineNumber} 行第 {info.LinePosition} 欄")
            : Phrase.Same(part);

    /// <summary>
    /// Refuses a zip whose central directory lists more than <see cref="MaxEntries"/> entries or is larger than 8 MB,
    /// from its end record, before <see cref="ZipArchive"/> reads the directory into memory.
    /// </summary>
    internal static void CheckDirectory(byte[] bytes, string path)
    {
        int from = Math.Max(0, bytes.Length - 22 - 65_535);
        for (int i = bytes.Length - 22; i >= from; i--)
        {
            if (bytes[i] != 'P' || bytes[i + 1] != 'K' || bytes[i + 2] != 5 || bytes[i + 3] != 6) continue;
            int entries = BitConverter.ToUInt16(bytes, i + 10);
            long size = BitConverter.ToUInt32(bytes, i + 12);
            if (entries > MaxEntries || size > 8L << 20)
                throw Refuse("ML0413", path, new($"the zip lists {entries:N0} entries in {size:N0} bytes; a document is read with at most {MaxEntries:N0}",
                    $"zip 目錄列出 {entries:N0} 個項目，計 {size:N0} 位元組；一份文件至多讀取 {MaxEntries:N0} 個項目"));
            return;
        }
    }

    /// <summary>
    /// The inflated bytes of a part, refused past <see cref="MaxPartBytes"/>, past <see cref="MaxRatio"/> times its
    /// compressed size, or past what the document may still read of <see cref="MaxTotalBytes"/> (<paramref name="read"/>
    /// counts the bytes read so far). The declared size is checked first, the bytes inflated while reading.
    /// </summary>
    internal static byte[] ReadPart(ZipArchiveEntry entry, string path, ref long read)
    {
        string part = entry.FullName;
        if (entry.Length > MaxPartBytes)
            throw Refuse("ML0413", path, new($"{part} is {entry.Length:N0} bytes uncompressed; a part is read up to {MaxPartBytes:N0}",
                $"{part} 解壓後為 {entry.Length:N0} 位元組；每個部分至多讀取 {MaxPartBytes:N0} 位元組"));
        long allowed = Math.Min(MaxPartBytes, MaxTotalBytes - read);
        if (entry.Length > RatioFloor && entry.Length > (long)MaxRatio * Math.Max(1, entry.CompressedLength))
            throw Refuse("ML0413", path, new($"{part} inflates {entry.CompressedLength:N0} bytes to {entry.Length:N0}, more than {MaxRatio} times (a zip bomb?)",
                $"{part} 由 {entry.CompressedLength:N0} 位元組解壓為 {entry.Length:N0} 位元組，超過 {MaxRatio} 倍（疑為 zip 炸彈）"));

        using var s = entry.Open();
        var buffer = new MemoryStream();
        byte[] chunk = new byte[81_920];
        int n;
        while ((n = s.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + n > allowed || buffer.Length + n > Math.Max(entry.Length, 0))
                throw Refuse("ML0413", path, buffer.Length + n > entry.Length && buffer.Length + n <= allowed
                    ? new($"{part} inflates to more than the {entry.Length:N0} bytes it declares", $"{part} 解壓後超過其宣告的 {entry.Length:N0} 位元組")
                    : new($"{part} inflates past {allowed:N0} bytes, the most this document may still read (a part is read up to {MaxPartBytes:N0}, a document up to {MaxTotalBytes:N0})",
                        $"{part} 解壓超過 {allowed:N0} 位元組，即本文件尚可讀取的上限（每個部分至多 {MaxPartBytes:N0} 位元組，每份文件至多 {MaxTotalBytes:N0} 位元組）"));
            buffer.Write(chunk, 0, n);
        }

        read += buffer.Length;
        return buffer.ToArray();
    }

    /// <summary>An attribute of a count, level or first value: an integer in [<paramref name="min"/>, <paramref name="max"/>], else ML0412 at the element.</summary>
    internal static int Number(XmlReader r, string localName, string ns, int min, int max, string path, string part)
    {
        string? value = r.GetAttribute(localName, ns);
        if (value is null) return -1;
        string name = r.MoveToAttribute(localName, ns) ? r.Name : localName;
        r.MoveToElement();
        if (!long.TryParse(value.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long v))
            throw Refuse("ML0412", path, new($"{Where(part, r).En}: {r.Name} has {name}=\"{value}\", which is not a number", $"{Where(part, r).ZhTw}：{r.Name} 的 {name}=\"{value}\" 不是數字"), Excerpt(r, localName, ns));
        if (v < min || v > max)
            throw Refuse("ML0412", path, new($"{Where(part, r).En}: {r.Name} has {name}=\"{value}\"; it is read from {min:N0} to {max:N0}",
                $"{Where(part, r).ZhTw}：{r.Name} 的 {name}=\"{value}\" 超出可讀的範圍 {min:N0} 至 {max:N0}"), Excerpt(r, localName, ns));
        return (int)v;
    }

    /// <summary>The element the reader is on, with the one attribute, as the excerpt of a refusal (cut at 200 characters).</summary>
    internal static string Excerpt(XmlReader r, string? localName = null, string? ns = null)
    {
        string attribute = "";
        string element = r.Name;
        if (localName is not null && r.MoveToAttribute(localName, ns!))
        {
            attribute = $" {r.Name}=\"{r.Value}\"";
            r.MoveToElement();
        }

        string s = $"<{element}{attribute}>";
        return s.Length > 200 ? s[..200] + "…" : s;
    }

    /// <summary>Refuses an element deeper than <see cref="MaxDepth"/> (the reader on it).</summary>
    internal static void CheckDepth(XmlReader r, string path, string part)
    {
        if (r.Depth > MaxDepth)
            throw Refuse("ML0411", path, new($"{Where(part, r).En}: elements are nested more than {MaxDepth} deep here", $"{Where(part, r).ZhTw}：此處元素巢狀超過 {MaxDepth} 層"), Excerpt(r));
    }

    /// <summary>An XML error of a part (a DTD, a bad token) as ML0410 at its line and column.</summary>
    internal static DocumentRefusedException Malformed(XmlException e, string path, string part) =>
        e.LineNumber > 0
            ? Refuse("ML0410", path, new($"{part}, line {e.LineNumber}, column {e.LinePosition}: not well-formed XML ({e.Message.Split(" Line ")[0].TrimEnd('.', ' ')})",
                $"{part} 第 {e.LineNumber} 行第 {e.LinePosition} 欄：XML 格式不正確（{e.Message.Split(" Line ")[0].TrimEnd('.', ' ')}）"))
            : e.Message.Contains("DTD", StringComparison.Ordinal)
                ? Refuse("ML0410", path, new($"{part}: it declares a DTD (<!DOCTYPE …>, at its start), which is never read: no entities, no external files",
                    $"{part}：開頭宣告了 DTD（<!DOCTYPE …>），一律不讀取：不展開實體，也不讀外部檔案"))
                : Refuse("ML0410", path, new($"{part}: not well-formed XML ({e.Message})", $"{part}：XML 格式不正確（{e.Message}）"));

    /// <summary>Counts the characters a document produces; past <see cref="MaxCharacters"/>, ML0414.</summary>
    internal sealed class TextBudget(string path, string part)
    {
        private long used;

        /// <summary>
        /// Takes <paramref name="n"/> characters from the budget; <paramref name="where"/> says where they come from, in
        /// both languages (<c>word/document.xml, paragraph 12</c> / <c>word/document.xml 第 12 段</c>), as ML0414 names it.
        /// </summary>
        public void Charge(long n, Func<Phrase> where)
        {
            used += n;
            if (used > MaxCharacters)
            {
                var at = where();
                throw Refuse("ML0414", path, new($"{at.En}: the text of the document passes {MaxCharacters:N0} characters here (from {part})",
                    $"{at.ZhTw}：文件文字至此超過 {MaxCharacters:N0} 字元（自 {part} 起）"));
            }
        }

        /// <summary>Paragraph <paramref name="number"/> (from 1) of <paramref name="part"/>: <c>word/document.xml, paragraph 12</c> / <c>word/document.xml 第 12 段</c>.</summary>
        public static Phrase Paragraph(string part, int number) => new($"{part}, paragraph {number}", $"{part} 第 {number} 段");
    }
}
