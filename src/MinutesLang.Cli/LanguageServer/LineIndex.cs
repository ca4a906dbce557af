namespace MinutesLang.Cli.LanguageServer;

/// <summary>
/// Offsets of a text (UTF-16 code units, as the compiler's <see cref="MinutesLang.Text.TextSpan"/>s count) to LSP
/// <see cref="Position"/>s and back, with LSP's line ends: LF, CRLF and a lone CR. A position past the end of its line
/// is the end of the line (before its line end), a line past the last is the end of the text, as LSP 3.17 asks; an
/// offset inside a CRLF or a surrogate pair is not moved (the compiler's spans never start there).
/// </summary>
public sealed class LineIndex
{
    private readonly string text;
    private readonly List<int> starts = [0];

    public LineIndex(string text)
    {
        this.text = text;
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
            if (text[i] is '\n' or '\r') starts.Add(i + 1);
        }
    }

    /// <summary>The number of lines (a text ending with a line end has an empty last line).</summary>
    public int LineCount => starts.Count;

    /// <summary>The offset of <paramref name="position"/>, clamped into the text.</summary>
    public int OffsetOf(Position position)
    {
        if (position.Line < 0) return 0;
        if (position.Line >= starts.Count) return text.Length;
        int start = starts[position.Line];
        int end = ContentEnd(position.Line);
        return Math.Clamp(start + Math.Max(0, position.Character), start, end);
    }

    /// <summary>The position of <paramref name="offset"/> (clamped into the text).</summary>
    public Position PositionOf(int offset)
    {
        offset = Math.Clamp(offset, 0, text.Length);
        int line = starts.BinarySearch(offset);
        if (line < 0) line = ~line - 1;
        return new Position(line, offset - starts[line]);
    }

    /// <summary>The range of a span given by its start and length.</summary>
    public Range RangeOf(int start, int length) => new(PositionOf(start), PositionOf(start + length));

    /// <summary>The range of the whole text.</summary>
    public Range Whole => new(new Position(0, 0), PositionOf(text.Length));

    /// <summary>Where line <paramref name="line"/>'s content ends: before its line end.</summary>
    private int ContentEnd(int line)
    {
        int end = line + 1 < starts.Count ? starts[line + 1] : text.Length;
        if (end > starts[line] && line + 1 < starts.Count)
        {
            end--;
            if (text[end] == '\n' && end > starts[line] && text[end - 1] == '\r') end--;
        }

        return end;
    }
}
