using System.Text;

namespace MinutesLang.Text;

/// <summary>
/// What a file that is not UTF-8 looks like (issue g2 point 2): a record saved by an older editor in Big5, GBK/GB18030
/// or UTF-16 is read as UTF-8 into garbage, one ML0001 for its first bad byte and then findings of a text nobody wrote
/// (ML0120, ML0234, ML0101…). <see cref="Detect"/> names the encoding the bytes decode in, so that the file is reported
/// once (ML0001 naming it, with the <c>iconv</c> command that converts it) and not read further. The legacy code pages
/// come from <see cref="CodePagesEncodingProvider"/> (part of the runtime; its tables are data, so the native AOT binary
/// has them too).
/// </summary>
public static class ForeignEncoding
{
    /// <summary>A file that is not UTF-8 and whose encoding could not be told.</summary>
    public const string Unknown = "";

    private static readonly Lazy<(Encoding Big5, Encoding Gb18030)?> CodePages = new(() =>
    {
        try
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return (Strict(950), Strict(54936));
        }
        catch (Exception e) when (e is NotSupportedException or ArgumentException)
        {
            return null; // a runtime without the code pages: the file is still said not to be UTF-8
        }
    });

    /// <summary>
    /// Characters common in minutes (in traditional and simplified forms): the decoding that yields more of them is the
    /// file's, when both Big5 and GB18030 decode its bytes.
    /// </summary>
    private static readonly System.Buffers.SearchValues<char> Common = System.Buffers.SearchValues.Create(
        "會議紀錄記時間地點主席出列決案由報告事項年月日期星上午下的第次一二三四五六七八九十市府局處組長委員討論通過提辦理說明" +
        "会议纪录记时间点决报项论过办说");

    private static Encoding Strict(int codePage) =>
        Encoding.GetEncoding(codePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);

    /// <summary>
    /// The encoding the bytes of a file are in when they are not UTF-8 — <c>UTF-16LE</c>, <c>UTF-16BE</c> (with or
    /// without a byte-order mark), <c>Big5</c>, <c>GB18030</c> (GBK is a part of it) — or <see cref="Unknown"/> (not
    /// UTF-8, not one of those); null when the file is UTF-8, or UTF-8 with a few bad bytes (more characters decode
    /// as UTF-8 than bytes fail to: those bytes are ML0001 each, the rest is read).
    /// </summary>
    /// <param name="bytes">the whole file</param>
    /// <param name="invalidBytes">how many of them are not UTF-8 (<see cref="SourceText.InvalidByteOffsets"/>)</param>
    public static string? Detect(ReadOnlySpan<byte> bytes, int invalidBytes)
    {
        if (Utf16(bytes) is { } utf16) return utf16;
        if (invalidBytes == 0) return null;

        // UTF-8 with a stray byte or two: its other non-ASCII characters decode (a legacy text's seldom do)
        int multiByte = 0;
        for (int i = 0; i < bytes.Length;)
        {
            if (System.Text.Rune.DecodeFromUtf8(bytes[i..], out _, out int consumed) == System.Buffers.OperationStatus.Done && consumed > 1) multiByte++;
            i += Math.Max(consumed, 1);
        }

        if (multiByte > invalidBytes) return null;
        if (CodePages.Value is not { } pages) return Unknown;
        string? big5 = Decode(pages.Big5, bytes), gb = Decode(pages.Gb18030, bytes);
        return (big5, gb) switch
        {
            (null, null) => Unknown,
            ({ }, null) => "Big5",
            (null, { }) => "GB18030",
            _ => Score(big5!) >= Score(gb!) ? "Big5" : "GB18030",
        };
    }

    /// <summary>The <c>iconv</c> name of an encoding <see cref="Detect"/> returns (iconv -f NAME -t UTF-8).</summary>
    public static string IconvName(string encoding) => encoding switch
    {
        "Big5" => "BIG5",
        "GB18030" => "GB18030",
        _ => encoding,
    };

    private static string? Decode(Encoding encoding, ReadOnlySpan<byte> bytes)
    {
        try
        {
            return encoding.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    private static int Score(string text)
    {
        int n = 0;
        var rest = text.AsSpan();
        for (int i; (i = rest.IndexOfAny(Common)) >= 0; rest = rest[(i + 1)..]) n++;
        return n;
    }

    /// <summary>
    /// UTF-16: a byte-order mark (FF FE, FE FF), or without one the zero bytes of its ASCII characters (line breaks, @,
    /// *, figures) on one side: at least one in eight code units of the file with a zero high byte, four times as many
    /// as those with a zero low byte, and a line break among them; a text of UTF-8 has no zero byte (a NUL is ML0002).
    /// </summary>
    private static string? Utf16(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE) return "UTF-16LE";
        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF) return "UTF-16BE";
        if (bytes.Length < 4 || bytes.Length % 2 != 0) return null;
        int evenZero = 0, oddZero = 0, units = bytes.Length / 2;
        bool lineBreakLe = false, lineBreakBe = false;
        for (int i = 0; i + 1 < bytes.Length; i += 2)
        {
            if (bytes[i] == 0 && bytes[i + 1] == 0) return null; // a NUL character in either: not a text
            if (bytes[i] == 0) evenZero++;
            if (bytes[i + 1] == 0) oddZero++;
            lineBreakLe |= bytes[i] == 0x0A && bytes[i + 1] == 0;
            lineBreakBe |= bytes[i] == 0 && bytes[i + 1] == 0x0A;
        }

        // (a CJK character may have a zero byte of its own, 一 U+4E00: the other side has four times as many)
        if (oddZero * 8 >= units && oddZero > evenZero * 4 && (lineBreakLe || units < 200)) return "UTF-16LE";
        if (evenZero * 8 >= units && evenZero > oddZero * 4 && (lineBreakBe || units < 200)) return "UTF-16BE";
        return null;
    }
}
