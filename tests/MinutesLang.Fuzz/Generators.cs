using System.IO.Compression;
using System.Security;
using System.Text;
using CsCheck;
using MinutesLang.Testing;

namespace MinutesLang.Fuzz;

/// <summary>
/// The inputs of the fuzz laws, as CsCheck generators (shrinking works on the choices: fewer
/// mutations, smaller counts, earlier seeds):
/// <list type="bullet">
/// <item><see cref="GrammarRecords"/>: records from the productions of grammar/minutes.ebnf (<see cref="GeneratedRecords"/>, shared with FmtTests);</item>
/// <item><see cref="MutatedSeeds"/>: the 20 seeds with byte flips, lines deleted or duplicated, control characters,
/// full-width and astral-plane characters, long lines inserted;</item>
/// <item><see cref="AnyBytes"/>: random bytes and random strings of the notation's own characters;</item>
/// <item><see cref="MutatedOriginals"/>: the seeds' official texts (seeds/original/*.txt), mutated, for the importer;</item>
/// <item><see cref="Documents"/>: DOCX and ODT built from those texts, and broken ones (zip bytes flipped or cut,
/// XML cut, tags and DTDs inserted, deep nesting, huge counts).</item>
/// </list>
/// </summary>
internal static class Generators
{
    private static readonly string[] SeedNames = [.. Directory.EnumerateFiles(FuzzSettings.Seeds, "*.minutes")
        .Select(Path.GetFileName).Order(StringComparer.Ordinal)!];

    private static readonly byte[][] SeedBytes = [.. SeedNames.Select(n => File.ReadAllBytes(Path.Combine(FuzzSettings.Seeds, n)))];

    private static readonly string[] OriginalNames = [.. Directory.EnumerateFiles(Path.Combine(FuzzSettings.Seeds, "original"), "*.txt")
        .Select(Path.GetFileName).Order(StringComparer.Ordinal)!];

    private static readonly byte[][] OriginalBytes = [.. OriginalNames.Select(n => File.ReadAllBytes(Path.Combine(FuzzSettings.Seeds, "original", n)))];

    /// <summary>What a mutation inserts: control characters (C0, DEL, C1, line and paragraph separators, a terminal escape), full-width look-alikes of the markers, astral-plane text, notation punctuation.</summary>
    private static readonly string[] Insertions =
    [
        "\0", "\u0001", "\u0007", "\b", "\u000B", "\f", "\u001B", "\u001B[31m", "\u001B]0;x\u0007", "\u007F", "\u0085", "\u009B", "\u2028", "\u2029", "\uFEFF", "\u200B", "\r", "\t", "\r\n",
        "＊", "－", "＃", "＠", "｜", "：", "　", "［［", "］］", "＼", "１２３", "ＡＢＣ", "（一）", "一、",
        "𠀀", "𡃁", "😀", "👨‍👩‍👧", "𝐀𝐁", "\U0001F1F9\U0001F1FC", "\uD800", "\uDFFF",
        "[[", "]]", "|", "||", "@", "*", "- ", "# ", "// ", "\\", "{{", "}}", ":", "：", "[[綠碳匯]]", "[[沒有這案|x]]", "@列管 綠碳匯", "@list (一)",
        "&", "<", "<w:p>", "]]>", "'", "\"", "`", "<script>", "&amp;", "&#0;",
    ];

    /// <summary>A byte-level edit at a position (a fraction of the length, so it shrinks to the start).</summary>
    internal enum MutationKind { FlipByte, DeleteLine, DuplicateLine, Insert, LongLine, Cut }

    internal sealed record Mutation(MutationKind Kind, int At, int Arg)
    {
        public byte[] Apply(byte[] bytes)
        {
            int n = bytes.Length;
            int at = n == 0 ? 0 : (int)((long)At * n / 10_000);
            switch (Kind)
            {
                case MutationKind.FlipByte:
                    if (n == 0) return bytes;
                    var flipped = (byte[])bytes.Clone();
                    flipped[Math.Min(at, n - 1)] ^= (byte)(1 << (Arg % 8));
                    return flipped;
                case MutationKind.DeleteLine:
                case MutationKind.DuplicateLine:
                    {
                        int start = at, end = at;
                        while (start > 0 && bytes[start - 1] != '\n') start--;
                        while (end < n && bytes[end] != '\n') end++;
                        if (end < n) end++;
                        var line = bytes[start..end];
                        return Kind == MutationKind.DeleteLine
                            ? [.. bytes[..start], .. bytes[end..]]
                            : [.. bytes[..end], .. line, .. bytes[end..]];
                    }

                case MutationKind.Insert:
                    return [.. bytes[..at], .. Utf8(Insertions[Arg % Insertions.Length]), .. bytes[at..]];
                case MutationKind.LongLine:
                    {
                        // a long run of one insertion or of the text around the position (up to 100,000 characters)
                        string piece = Arg % 3 == 0 ? Insertions[Arg % Insertions.Length] : "本季由桃園市主責，";
                        int times = 1 + Arg % 20_000 / piece.Length;
                        return [.. bytes[..at], .. Utf8(string.Concat(Enumerable.Repeat(piece, times))), .. bytes[at..]];
                    }

                default:
                    return bytes[..at];
            }
        }
    }

    private static byte[] Utf8(string s)
    {
        // lone surrogates are written as the WTF-8 bytes a broken encoder would write
        var sb = new List<byte>();
        for (int i = 0; i < s.Length; i++)
        {
            if (char.IsSurrogate(s[i]) && !(char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])))
            {
                int c = s[i];
                sb.AddRange([(byte)(0xE0 | (c >> 12)), (byte)(0x80 | ((c >> 6) & 0x3F)), (byte)(0x80 | (c & 0x3F))]);
                continue;
            }

            int len = char.IsHighSurrogate(s[i]) ? 2 : 1;
            sb.AddRange(Encoding.UTF8.GetBytes(s.Substring(i, len)));
            i += len - 1;
        }

        return [.. sb];
    }

    private static readonly Gen<Mutation> AMutation = Gen.Select(
        Gen.Frequency((3, Gen.Const(MutationKind.FlipByte)), (2, Gen.Const(MutationKind.DeleteLine)), (2, Gen.Const(MutationKind.DuplicateLine)),
            (5, Gen.Const(MutationKind.Insert)), (1, Gen.Const(MutationKind.LongLine)), (1, Gen.Const(MutationKind.Cut))),
        Gen.Int[0, 9_999], Gen.Int[0, 100_000],
        (k, at, arg) => new Mutation(k, at, arg));

    private static byte[] Mutate(byte[] bytes, Mutation[] mutations) => mutations.Aggregate(bytes, (b, m) => m.Apply(b));

    private static string Describe(Mutation[] ms) => ms.Length == 0 ? "unchanged" : string.Join(", ", ms.Select(m => $"{m.Kind}@{m.At / 100.0:0.##}%({m.Arg})"));

    /// <summary>Records from the grammar (a seed of <see cref="GeneratedRecords.Record"/>), sometimes mutated.</summary>
    public static readonly Gen<Input> GrammarRecords = Gen.Select(Gen.Int[0, int.MaxValue], AMutation.Array[0, 2], (seed, ms) =>
        new Input(Mutate(Encoding.UTF8.GetBytes(GeneratedRecords.Record(new Random(seed))), ms), ".minutes", $"generated record {seed}, {Describe(ms)}"));

    /// <summary>A seed (or series.minutes) with one to eight mutations.</summary>
    public static readonly Gen<Input> MutatedSeeds = Gen.Select(Gen.Int[0, SeedNames.Length - 1], AMutation.Array[1, 8], (i, ms) =>
        new Input(Mutate(SeedBytes[i], ms), ".minutes", $"{SeedNames[i]}, {Describe(ms)}"));

    private const string NotationAlphabet = "0123456789 \t\n\r　*-#@|:：/\\[]{}()（）年月日一二三壹貳、.案由說明決議時間地點列管解列成案綠碳匯學校交流ab&<>'\"\u001B\u0000\u00A0\uFEFF";

    /// <summary>Any bytes, and strings of the notation's own characters.</summary>
    public static readonly Gen<Input> AnyBytes = Gen.OneOf(
        Gen.Byte.Array[0, 600].Select(b => new Input(b, ".minutes", "random bytes")),
        Gen.Char[NotationAlphabet].Array[0, 600].Select(cs => new Input(Utf8(new string(cs)), ".minutes", "random notation characters")));

    /// <summary>Everything the compiler reads as a record: any bytes, records from the grammar, mutated seeds.</summary>
    public static readonly Gen<Input> Records = Gen.Frequency((1, AnyBytes), (2, GrammarRecords), (3, MutatedSeeds));

    /// <summary>An official text of the seeds (seeds/original), with up to six mutations: what import reads.</summary>
    public static readonly Gen<Input> MutatedOriginals = Gen.Select(Gen.Int[0, OriginalNames.Length - 1], AMutation.Array[0, 6], (i, ms) =>
        new Input(Mutate(OriginalBytes[i], ms), ".txt", $"original {OriginalNames[i]}, {Describe(ms)}", ms.Length == 0));

    // ── documents ──────────────────────────────────────────────────────────────────────

    /// <summary>How a document's XML is broken before it is zipped.</summary>
    internal enum XmlDamage { None, Cut, StrayTag, Doctype, DeepNesting, HugeSpaceCount, BadAttribute, ControlCharacter }

    /// <summary>A DOCX or an ODT of a (mutated) official text: one paragraph a line, a tab-separated line as a table row; then damaged.</summary>
    public static readonly Gen<Input> Documents = Gen.Select(
        MutatedOriginals, Gen.Bool,
        Gen.Frequency((6, Gen.Const(XmlDamage.None)), (1, Gen.Enum<XmlDamage>())), Gen.Int[0, 9_999],
        AMutation.Array[0, 3].Select(ms => ms.Where(m => m.Kind is MutationKind.FlipByte or MutationKind.Cut).ToArray()),
        (text, odt, damage, at, zipMutations) =>
        {
            string[] lines = Encoding.UTF8.GetString(text.Bytes).Replace("\r\n", "\n").Split('\n');
            string xml = odt ? OdtContent(lines) : DocxDocument(lines);
            xml = Damage(xml, damage, at);
            byte[] zip = odt ? Odt(xml) : Docx(xml);
            string ext = odt ? ".odt" : ".docx";
            return new Input(Mutate(zip, zipMutations), ext, $"{ext} of {text.What}; xml {damage}@{at}; zip {Describe(zipMutations)}",
                text.Intact && damage == XmlDamage.None && zipMutations.Length == 0);
        });

    /// <summary>Plain texts and documents: what <c>minutes import</c> reads.</summary>
    public static readonly Gen<Input> ImportInputs = Gen.Frequency((2, MutatedOriginals), (2, Documents), (1, AnyBytes.Select(i => i with { Extension = ".txt" })));

    private static string Escape(string s) => SecurityElement.Escape(s);

    internal static string DocxDocument(IEnumerable<string> lines)
    {
        var sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>");
        foreach (string line in lines)
        {
            if (line.Contains('\t'))
            {
                sb.Append("<w:tbl><w:tr>");
                foreach (string cell in line.Split('\t')) sb.Append("<w:tc><w:p><w:r><w:t xml:space=\"preserve\">").Append(Escape(cell)).Append("</w:t></w:r></w:p></w:tc>");
                sb.Append("</w:tr></w:tbl>");
            }
            else
            {
                sb.Append("<w:p><w:r><w:t xml:space=\"preserve\">").Append(Escape(line)).Append("</w:t></w:r></w:p>");
            }
        }

        return sb.Append("</w:body></w:document>").ToString();
    }

    internal static string OdtContent(IEnumerable<string> lines)
    {
        var sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" office:version=\"1.3\"><office:body><office:text>");
        foreach (string line in lines)
        {
            if (line.Contains('\t'))
            {
                sb.Append("<table:table><table:table-row>");
                foreach (string cell in line.Split('\t')) sb.Append("<table:table-cell><text:p>").Append(Escape(cell)).Append("</text:p></table:table-cell>");
                sb.Append("</table:table-row></table:table>");
            }
            else
            {
                // runs of spaces as text:s, as office suites write them
                sb.Append("<text:p>").Append(System.Text.RegularExpressions.Regex.Replace(Escape(line), "  +", m => $" <text:s text:c=\"{m.Length - 1}\"/>")).Append("</text:p>");
            }
        }

        return sb.Append("</office:text></office:body></office:document-content>").ToString();
    }

    private static string Damage(string xml, XmlDamage damage, int at)
    {
        int i = (int)((long)at * xml.Length / 10_000);
        // keep the position outside a tag's name where it matters little: the reader must refuse or read, never crash
        return damage switch
        {
            XmlDamage.Cut => xml[..i],
            XmlDamage.StrayTag => xml.Insert(i, "<x:y>"),
            XmlDamage.Doctype => xml.Insert(xml.IndexOf('\n') + 1, "<!DOCTYPE d [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]>"),
            XmlDamage.DeepNesting => InParagraph(xml, at, d => string.Concat(Enumerable.Repeat(d.Open, 50 + at % 2000)) + "深" + string.Concat(Enumerable.Repeat(d.Close, 50 + at % 2000))),
            XmlDamage.HugeSpaceCount => InParagraph(xml, at, d => d.Odt ? $"<text:s text:c=\"{(at % 2 == 0 ? "2147483647" : (at * 7919L).ToString(System.Globalization.CultureInfo.InvariantCulture))}\"/>" : "<w:tab/>"),
            XmlDamage.BadAttribute => InParagraph(xml, at, d => d.Odt ? $"<text:s text:c=\"{(at % 3) switch { 0 => "-5", 1 => "NaN", _ => "1e9" }}\"/>" : "<w:t xml:space=\"nonsense\">x</w:t>"),
            XmlDamage.ControlCharacter => xml.Insert(i, "&#x1;"),
            _ => xml,
        };
    }

    private sealed record Dialect(bool Odt, string Open, string Close);

    private static string InParagraph(string xml, int at, Func<Dialect, string> make)
    {
        bool odt = xml.Contains("office:document-content", StringComparison.Ordinal);
        var d = odt ? new Dialect(true, "<text:span>", "</text:span>") : new Dialect(false, "<w:r>", "</w:r>");
        string close = odt ? "</text:p>" : "</w:p>";
        int k = xml.IndexOf(close, (int)((long)at * xml.Length / 10_000), StringComparison.Ordinal);
        if (k < 0) k = xml.IndexOf(close, StringComparison.Ordinal);
        return k < 0 ? xml : xml.Insert(k, make(d));
    }

    private static byte[] Docx(string documentXml) => Zip(
        ("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>"),
        ("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>"),
        ("word/document.xml", documentXml));

    private static byte[] Odt(string contentXml) => Zip(
        ("mimetype", "application/vnd.oasis.opendocument.text"),
        ("META-INF/manifest.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.3\"><manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.text\"/><manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/></manifest:manifest>"),
        ("content.xml", contentXml));

    private static byte[] Zip(params (string Name, string Text)[] entries)
    {
        var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in entries)
            {
                var e = zip.CreateEntry(name, name == "mimetype" ? CompressionLevel.NoCompression : CompressionLevel.Fastest);
                e.LastWriteTime = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
                using var s = e.Open();
                s.Write(Encoding.UTF8.GetBytes(text));
            }
        }

        return ms.ToArray();
    }
}
