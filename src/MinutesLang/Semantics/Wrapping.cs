using System.Collections.Immutable;

namespace MinutesLang.Semantics;

/// <summary>
/// Wrapped lines (grammar/GUIDE.md, "Wrapped lines"): the lines a writer broke only to keep them
/// short are joined into one, so a paragraph, a list item or a field value is printed as one in
/// every format. A line that ends with <c>\</c> is the one explicit hard line break of a paragraph.
/// </summary>
public static class Wrapping
{
    /// <summary>How a line ends: a hard break (<c>\</c>, dropped), a backslash written as <c>\\</c> (printed as one), or plainly.</summary>
    public enum LineEnd
    {
        /// <summary>No backslash at the end.</summary>
        Plain,

        /// <summary>A single <c>\</c>: a hard line break inside a paragraph.</summary>
        Break,

        /// <summary><c>\\</c>: one backslash, printed, and no break.</summary>
        Backslash,
    }

    /// <summary>
    /// The text where two lines meet: <paramref name="left"/> without its trailing spaces,
    /// <paramref name="right"/> without its leading ones, and between them one space only when
    /// the characters that meet are both Latin letters or digits (or the left one is ASCII
    /// punctuation that ends a Latin word, such as <c>,</c> <c>.</c> <c>)</c>): none between CJK
    /// characters, none around CJK punctuation. A case mention counts as the text it prints
    /// (<paramref name="titleOf"/> gives a case's title).
    /// </summary>
    public static Inline Join(Inline left, Inline right, Func<string, string?>? titleOf)
    {
        left = TrimEnd(left);
        right = TrimStart(right);
        string l = left.ToText(titleOf), r = right.ToText(titleOf);
        bool space = l.Length > 0 && r.Length > 0 && NeedsSpace(l[^1], r[0]);
        return new Inline([.. left.Parts, .. space ? [new TextPart(" ")] : Array.Empty<InlinePart>(), .. right.Parts]);
    }

    /// <summary>Whether joining two lines at these characters needs a space (see <see cref="Join"/>).</summary>
    public static bool NeedsSpace(char left, char right) =>
        (IsLatin(left) || left is ',' or '.' or ';' or ':' or '!' or '?' or ')' or ']' or '%' or '"' or '\'') && (IsLatin(right) || right is '(' or '['  or '"');

    /// <summary>A Latin letter (Basic Latin to Latin Extended-B, without the full-width forms) or an ASCII digit.</summary>
    public static bool IsLatin(char c) => char.IsAsciiDigit(c) || (c <= '\u024F' && char.IsLetter(c));

    /// <summary>How <paramref name="line"/> ends, and the line without the backslash that says so (<c>\\</c> becomes <c>\</c>).</summary>
    public static LineEnd End(Inline line, out Inline without)
    {
        without = line;
        // read in place (every line of a paragraph, item or value comes here): a string only for a line that ends with '\\'
        int index = line.Parts.Length - 1;
        while (index >= 0 && line.Parts[index] is TextPart { Text.Length: 0 }) index--;
        if (index < 0 || line.Parts[index] is not TextPart last) return LineEnd.Plain;
        var text = last.Text.AsSpan().TrimEnd(" \t\u3000");
        if (!text.EndsWith('\\')) return LineEnd.Plain;
        bool two = text.EndsWith(@"\\", StringComparison.Ordinal);
        without = new Inline(line.Parts.SetItem(index, new TextPart(text[..^1].ToString())));
        return two ? LineEnd.Backslash : LineEnd.Break;
    }

    private static Inline TrimEnd(Inline inline)
    {
        var parts = inline.Parts.ToBuilder();
        while (parts.Count > 0 && parts[^1] is TextPart t)
        {
            string trimmed = t.Text.TrimEnd(' ', '\t', '\u3000');
            if (trimmed.Length > 0)
            {
                parts[^1] = new TextPart(trimmed);
                break;
            }

            parts.RemoveAt(parts.Count - 1);
        }

        return new Inline(parts.ToImmutable());
    }

    private static Inline TrimStart(Inline inline)
    {
        var parts = inline.Parts.ToBuilder();
        while (parts.Count > 0 && parts[0] is TextPart t)
        {
            string trimmed = t.Text.TrimStart(' ', '\t', '\u3000');
            if (trimmed.Length > 0)
            {
                parts[0] = new TextPart(trimmed);
                break;
            }

            parts.RemoveAt(0);
        }

        return new Inline(parts.ToImmutable());
    }
}
