using System.Text;
using MinutesLang.Diagnostics;
using MinutesLang.Text;

namespace MinutesLang.Parsing;

/// <summary>
/// Reports characters in a record or series file that do not print and can change what a
/// terminal or an editor shows (issue 13, point 5): ML0031 for a terminal escape sequence
/// (ESC and what follows it: CSI <c>ESC [ … final</c>, OSC <c>ESC ] … BEL</c> or <c>ESC \</c>,
/// or one character), ML0030 for any other C0 control but tab, LF, CR and NUL (ML0002), for
/// DEL and for the C1 controls U+0080–U+009F (a run of them is one finding), ML0032 for the bidi
/// embeddings, overrides and isolates U+202A–U+202E and U+2066–U+2069. It runs after the
/// binary rule (ML0007): a file with that many controls is reported once as binary, not here.
/// Invalid UTF-8 (kept as U+DC80–U+DCFF) is ML0001, not a control character. ML0033 (a warning) for the invisible
/// characters that make two words that look alike differ (<see cref="IsInvisible"/>): the zero-width space, non-joiner,
/// joiner (but between two emoji, where it joins them) and word joiner, the direction marks U+200E and U+200F, and a
/// byte-order mark anywhere but at the start (a run of them is one finding).
/// </summary>
internal static class ControlCharacters
{
    private const char Esc = '\u001B';

    /// <summary>The longest escape sequence reported as one (an OSC without its end stops at the line's end or here).</summary>
    private const int MaxSequence = 256;

    public static void Check(SourceText source, DiagnosticBag bag)
    {
        string text = source.Text;
        for (int i = 0; i < text.Length; i++)
        {
            // skip to the next character any branch below can report (vectorized; most texts have none)
            int next = text.AsSpan(i).IndexOfAny(Reportable);
            if (next < 0) break;
            i += next;
            char c = text[i];
            if (c == Esc)
            {
                int end = SequenceEnd(text, i);
                bag.At(source, new TextSpan(i, end - i)).TerminalEscape(Show(text.AsSpan(i, end - i)));
                i = end - 1;
            }
            else if (IsBidi(c))
            {
                bag.At(source, new TextSpan(i, 1)).BidiControl(Name(c));
            }
            else if (IsInvisible(text, i))
            {
                int end = i + 1;
                while (end < text.Length && IsInvisible(text, end)) end++;
                var distinct = text[i..end].Distinct().ToList();
                bag.At(source, new TextSpan(i, end - i)).InvisibleCharacter(string.Join(", ", distinct.Take(4).Select(Name)) + (distinct.Count > 4 ? ", …" : ""), end - i);
                i = end - 1;
            }
            else if (IsControl(c))
            {
                int end = i + 1;
                while (end < text.Length && IsControl(text[end])) end++;
                var names = text[i..end].Distinct().Take(4).Select(Name);
                bag.At(source, new TextSpan(i, end - i)).ControlCharacter(string.Join(", ", names) + (text[i..end].Distinct().Count() > 4 ? ", …" : ""), end - i);
                i = end - 1;
            }
        }
    }

    /// <summary>
    /// Every character <see cref="Check"/> may report: the C0 controls but tab, LF, CR and NUL (ESC included), DEL and
    /// C1, the bidi controls (<see cref="IsBidi"/>) and the invisible characters (<see cref="IsInvisible"/>).
    /// </summary>
    private static readonly System.Buffers.SearchValues<char> Reportable = System.Buffers.SearchValues.Create(
        "\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000C\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F"
        + "\u007F\u0080\u0081\u0082\u0083\u0084\u0085\u0086\u0087\u0088\u0089\u008A\u008B\u008C\u008D\u008E\u008F\u0090\u0091\u0092\u0093\u0094\u0095\u0096\u0097\u0098\u0099\u009A\u009B\u009C\u009D\u009E\u009F"
        + "\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069"
        + "\u200B\u200C\u200D\u200E\u200F\u2060\uFEFF");

    /// <summary>A control this check reports as ML0030: C0 but tab, LF, CR, NUL (ML0002) and ESC (ML0031); DEL; C1.</summary>
    public static bool IsControl(char c) =>
        c < ' ' ? c is not ('\t' or '\n' or '\r' or '\0' or Esc) : c is >= '\u007F' and <= '\u009F';

    /// <summary>
    /// An invisible character at <paramref name="i"/> that ML0033 reports: U+200B (ZWSP), U+200C (ZWNJ), U+200D (ZWJ) but
    /// in an emoji sequence (after an astral character or U+FE0F and before an astral character: 👨‍👩‍👧), U+2060 (WJ),
    /// U+200E (LRM), U+200F (RLM), and U+FEFF (BOM) but at the start of the file.
    /// </summary>
    public static bool IsInvisible(string text, int i) => text[i] switch
    {
        '\u200B' or '\u200C' or '\u2060' or '\u200E' or '\u200F' => true,
        '\u200D' => !(i > 0 && (char.IsLowSurrogate(text[i - 1]) || text[i - 1] == '\uFE0F') && i + 1 < text.Length && char.IsHighSurrogate(text[i + 1])),
        '\uFEFF' => i > 0,
        _ => false,
    };

    /// <summary>U+202A–U+202E (LRE, RLE, PDF, LRO, RLO) and U+2066–U+2069 (LRI, RLI, FSI, PDI).</summary>
    public static bool IsBidi(char c) => c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';

    /// <summary>Where the escape sequence starting at <paramref name="start"/> (an ESC) ends (exclusive).</summary>
    internal static int SequenceEnd(string text, int start)
    {
        int limit = Math.Min(text.Length, start + MaxSequence);
        int i = start + 1;
        if (i >= limit || text[i] is '\n' or '\r') return i;
        if (text[i] is < '\u0020' or > '\u007E') return i;
        char kind = text[i++];
        switch (kind)
        {
            case '[':
                // CSI: parameter bytes 0x30–0x3F, intermediate bytes 0x20–0x2F, one final byte 0x40–0x7E
                while (i < limit && text[i] is >= '\u0020' and <= '\u003F') i++;
                return i < limit && text[i] is >= '\u0040' and <= '\u007E' ? i + 1 : i;
            case ']' or 'P' or '_' or '^' or 'X':
                // OSC, DCS, APC, PM, SOS: up to BEL or ST (ESC \), or the line's end
                while (i < limit && text[i] is not ('\n' or '\r'))
                {
                    if (text[i] == '\u0007') return i + 1;
                    if (text[i] == Esc) return i + 1 < text.Length && text[i + 1] == '\\' ? i + 2 : i;
                    i++;
                }

                return i;
            default:
                // nF sequences (intermediates, then a final byte), or one character (ESC c, ESC 7, …)
                while (kind is >= '\u0020' and <= '\u002F' && i < limit && text[i] is >= '\u0020' and <= '\u002F') i++;
                return kind is >= '\u0020' and <= '\u002F' && i < limit && text[i] is >= '\u0030' and <= '\u007E' ? i + 1 : i;
        }
    }

    /// <summary>A sequence as it can be printed: ESC, BEL and other controls by name, the rest as is (at most 40 characters).</summary>
    internal static string Show(ReadOnlySpan<char> sequence)
    {
        var sb = new StringBuilder();
        foreach (char c in sequence)
        {
            if (sb.Length >= 40)
            {
                sb.Append('…');
                break;
            }

            if (c < ' ' || c is >= '\u007F' and <= '\u009F' || IsBidi(c) || char.IsSurrogate(c)) sb.Append(ShortName(c));
            else sb.Append(c);
        }

        return sb.ToString();
    }

    private static string ShortName(char c) => c switch
    {
        Esc => "<ESC>",
        '\u0007' => "<BEL>",
        _ => $"<U+{(int)c:X4}>",
    };

    /// <summary>U+001B (ESC), U+202E (RLO), …: the code point and its short name.</summary>
    public static string Name(char c)
    {
        string? name = c switch
        {
            '\u0001' => "SOH", '\u0002' => "STX", '\u0003' => "ETX", '\u0004' => "EOT", '\u0005' => "ENQ", '\u0006' => "ACK",
            '\u0007' => "BEL", '\u0008' => "BS", '\u000B' => "VT", '\u000C' => "FF", '\u000E' => "SO", '\u000F' => "SI",
            '\u001A' => "SUB", Esc => "ESC", '\u007F' => "DEL", '\u0085' => "NEL", '\u009B' => "CSI", '\u009D' => "OSC",
            '\u202A' => "LRE", '\u202B' => "RLE", '\u202C' => "PDF", '\u202D' => "LRO", '\u202E' => "RLO",
            '\u2066' => "LRI", '\u2067' => "RLI", '\u2068' => "FSI", '\u2069' => "PDI",
            '\u200B' => "ZWSP", '\u200C' => "ZWNJ", '\u200D' => "ZWJ", '\u2060' => "WJ", '\u200E' => "LRM", '\u200F' => "RLM", '\uFEFF' => "BOM",
            _ => null,
        };
        return name is null ? $"U+{(int)c:X4}" : $"U+{(int)c:X4} ({name})";
    }
}
