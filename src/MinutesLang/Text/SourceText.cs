using System.Collections.Immutable;
using System.Text;

namespace MinutesLang.Text;

/// <summary>
/// The text of one source file. Bytes that are not valid UTF-8 are kept as lone surrogates
/// U+DC80..U+DCFF (one per byte, as Python's "surrogateescape"), so <see cref="ToBytes"/> gives
/// back the original bytes exactly, for invalid input too.
/// </summary>
public sealed class SourceText
{
    private const char EscapeBase = '\uDC00';

    private SourceText(string path, string text, ImmutableArray<int> invalidOffsets, string? foreignEncoding = null)
    {
        Path = path;
        Text = text;
        InvalidByteOffsets = invalidOffsets;
        ForeignEncoding = foreignEncoding;
        LineStarts = ComputeLineStarts(text);
    }

    /// <summary>
    /// The encoding the file's bytes are in when they are not UTF-8 (<see cref="global::MinutesLang.Text.ForeignEncoding.Detect"/>: Big5,
    /// GB18030, UTF-16LE, UTF-16BE, or <see cref="global::MinutesLang.Text.ForeignEncoding.Unknown"/>); null for UTF-8, also UTF-8 with a
    /// few bad bytes. Such a file is reported once (ML0001 naming the encoding) and not parsed into a record.
    /// </summary>
    public string? ForeignEncoding { get; }

    /// <summary>The number of bytes the file was read from (its UTF-8 length for a text not read from bytes).</summary>
    public int ByteLength => byteLength ?? Encoding.UTF8.GetByteCount(Text);

    private int? byteLength;

    public string Path { get; }

    public string Text { get; }

    public int Length => Text.Length;

    /// <summary>Offsets (in <see cref="Text"/>) of characters that stand for undecodable bytes.</summary>
    public ImmutableArray<int> InvalidByteOffsets { get; }

    public ImmutableArray<int> LineStarts { get; }

    public static SourceText From(string text, string path = "<input>") => new(path, text, []);

    public static SourceText FromBytes(byte[] bytes, string path)
    {
        // valid UTF-8 (nearly every file): the runtime's vectorized decoder gives the same characters, a BOM kept;
        // UTF-16 of ASCII characters is valid UTF-8 too, but for its zero bytes
        bool utf16Marks = bytes.AsSpan().IndexOf((byte)0) >= 0 || (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)));
        if (System.Text.Unicode.Utf8.IsValid(bytes) && !utf16Marks) return new SourceText(path, Encoding.UTF8.GetString(bytes), []) { byteLength = bytes.Length };
        var sb = new StringBuilder(bytes.Length);
        var invalid = ImmutableArray.CreateBuilder<int>();
        int i = 0;
        Span<char> buf = stackalloc char[2];
        while (i < bytes.Length)
        {
            var status = System.Text.Rune.DecodeFromUtf8(bytes.AsSpan(i), out var rune, out var consumed);
            if (status == System.Buffers.OperationStatus.Done)
            {
                int n = rune.EncodeToUtf16(buf);
                sb.Append(buf[..n]);
                i += consumed;
            }
            else
            {
                // keep each undecodable byte as one escape character
                for (int k = 0; k < Math.Max(consumed, 1); k++)
                {
                    invalid.Add(sb.Length);
                    sb.Append((char)(EscapeBase + bytes[i + k]));
                }

                i += Math.Max(consumed, 1);
            }
        }

        var offsets = invalid.ToImmutable();
        return new SourceText(path, sb.ToString(), offsets, global::MinutesLang.Text.ForeignEncoding.Detect(bytes, offsets.Length)) { byteLength = bytes.Length };
    }

    /// <summary>Encodes a string produced by this class (or any string) back to bytes.</summary>
    public static byte[] ToBytes(string text)
    {
        var output = new List<byte>(text.Length * 3);
        Span<byte> buf = stackalloc byte[4];
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                var r = new Rune(c, text[i + 1]);
                int n = r.EncodeToUtf8(buf);
                for (int k = 0; k < n; k++) output.Add(buf[k]);
                i++;
            }
            else if (c >= '\uDC80' && c <= '\uDCFF')
            {
                output.Add((byte)(c - EscapeBase));
            }
            else if (char.IsSurrogate(c))
            {
                output.AddRange(Encoding.UTF8.GetBytes("\uFFFD"));
            }
            else
            {
                int n = new Rune(c).EncodeToUtf8(buf);
                for (int k = 0; k < n; k++) output.Add(buf[k]);
            }
        }

        return [.. output];
    }

    public static bool IsEscapedByte(char c) => c >= '\uDC80' && c <= '\uDCFF';

    /// <summary>The text starts with a byte-order mark (U+FEFF), kept in <see cref="Text"/> so the bytes round-trip.</summary>
    public bool HasByteOrderMark => Text.Length > 0 && Text[0] == '\uFEFF';

    /// <summary>
    /// 1-based line and column (columns count UTF-16 code units + 1). A byte-order mark is not a
    /// column: the first character after it is line 1, column 1 (an offset on the mark itself is column 1 too),
    /// so every format (human, msbuild, json, sarif, github) gives the column an editor shows.
    /// </summary>
    public (int Line, int Column) GetLineColumn(int offset)
    {
        int line = LineStarts.BinarySearch(offset);
        if (line < 0) line = ~line - 1;
        int lineStart = line == 0 && HasByteOrderMark ? 1 : LineStarts[line];
        return (line + 1, Math.Max(offset, lineStart) - lineStart + 1);
    }

    /// <summary>The text of a 1-based line, without its line break (nor, on line 1, the byte-order mark: it is not printed).</summary>
    public string GetLineText(int line)
    {
        int start = line == 1 && HasByteOrderMark ? 1 : LineStarts[line - 1];
        int end = line < LineStarts.Length ? LineStarts[line] : Text.Length;
        return Text[Math.Min(start, end)..end].TrimEnd('\r', '\n');
    }

    public string ToString(TextSpan span) => Text.Substring(span.Start, span.Length);

    private static ImmutableArray<int> ComputeLineStarts(string text)
    {
        var starts = ImmutableArray.CreateBuilder<int>();
        starts.Add(0);
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n') i++;
                starts.Add(i + 1);
            }
            else if (text[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }

        return starts.ToImmutable();
    }
}
