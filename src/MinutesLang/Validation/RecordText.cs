using System.Collections.Immutable;
using MinutesLang.Semantics;
using MinutesLang.Syntax;
using MinutesLang.Text;

namespace MinutesLang.Validation;

/// <summary>
/// One line of a record as the prose rules read it: the words of the line with every case link
/// replaced by <see cref="LinkMark"/>, and for each character the offset it came from, so a
/// regular expression's match maps back to a span of the source.
/// </summary>
/// <remarks>
/// Built once per line for every rule (<see cref="SeriesContext.LinesOf"/>). The offsets are kept as runs
/// (a run of characters from consecutive source offsets; a link's mark is a run of its own), not one integer per
/// character; a line that is one token and no link (most items and paragraphs) reads that token's own string,
/// not a copy (issue 14 §2).
/// </remarks>
public sealed class ScanLine
{
    public const char LinkMark = '\uFFFC';

    // run k covers Text[runText[k] .. runText[k+1]) and starts at source offset runSource[k]
    private readonly int[] runText;
    private readonly int[] runSource;

    private ScanLine(LineSyntax line, string text, int[] runText, int[] runSource, ImmutableArray<CaseLinkSyntax> links, ImmutableArray<int> linkAt)
    {
        Line = line;
        Text = text;
        this.runText = runText;
        this.runSource = runSource;
        Links = links;
        LinkAt = linkAt;
    }

    public LineSyntax Line { get; }

    /// <summary>The words of the line; a case link is one <see cref="LinkMark"/>.</summary>
    public string Text { get; }

    public ImmutableArray<CaseLinkSyntax> Links { get; }

    /// <summary>Where in <see cref="Text"/> each link's mark is.</summary>
    public ImmutableArray<int> LinkAt { get; }

    /// <summary>The source offset of the character at <paramref name="index"/> of <see cref="Text"/> (a link's mark: the link's start).</summary>
    public int OffsetOf(int index)
    {
        int k = Array.BinarySearch(runText, index);
        if (k < 0) k = ~k - 1;
        return runSource[k] + (index - runText[k]);
    }

    /// <summary>
    /// The source span of <paramref name="length"/> characters of <see cref="Text"/> from <paramref name="start"/> (clamped
    /// to the text; at least one character); ending on a link's mark, it ends where the link does. An empty line: the line.
    /// </summary>
    public TextSpan Span(int start, int length)
    {
        if (Text.Length == 0) return Line.FullSpan;
        int s = OffsetOf(Math.Clamp(start, 0, Text.Length - 1));
        int lastIndex = Math.Clamp(start + Math.Max(length, 1) - 1, 0, Text.Length - 1);
        int e = OffsetOf(lastIndex) + 1;
        if (Text[lastIndex] == LinkMark && LinkAt.IndexOf(lastIndex) is >= 0 and var link) e = Links[link].FullSpan.End;
        return TextSpan.FromBounds(s, Math.Max(s, e));
    }

    /// <summary>The case ids linked between two positions of <see cref="Text"/>.</summary>
    public IEnumerable<string> LinkedIds(int from, int to)
    {
        for (int i = 0; i < Links.Length; i++)
        {
            if (LinkAt[i] >= from && LinkAt[i] < to) yield return Links[i].Id.Text.Trim();
        }
    }

    /// <summary>The prose lines of a tree: titles, parts, fields, items, text and table rows; not comments or directives.</summary>
    public static IReadOnlyList<ScanLine> Of(SyntaxTree tree)
    {
        var result = new List<ScanLine>();
        AddLines(tree.Root.Blocks, result);
        return result;
    }

    private static void AddLines(ImmutableArray<BlockSyntax> blocks, List<ScanLine> result)
    {
        foreach (var b in blocks)
        {
            if (From(b.Line) is { } line) result.Add(line);
            AddLines(b.Blocks, result);
        }
    }

    public static IEnumerable<LineSyntax> Lines(IEnumerable<BlockSyntax> blocks)
    {
        foreach (var b in blocks)
        {
            yield return b.Line;
            foreach (var l in Lines(b.Blocks)) yield return l;
        }
    }

    /// <summary>The scan line of a prose line (a part, a field, a title, an item, a text line or a table row); null for any other line.</summary>
    public static ScanLine? From(LineSyntax line)
    {
        var w = Writer.Rent();
        switch (line)
        {
            case PartLineSyntax { Field: { } f }:
                w.Field(f);
                break;
            case PartLineSyntax p when p.Content is not null:
                w.Inline(p.Content);
                break;
            case FieldLineSyntax f:
                w.Field(f.Field);
                break;
            case MarkedLineSyntax m:
                w.Inline(m.Content);
                break;
            case RowLineSyntax r:
                foreach (var part in r.Parts) w.Token(part);
                break;
            default:
                return null;
        }

        return w.Build(line);
    }

    /// <summary>Collects the characters, runs and links of one line; one per thread, reused line after line.</summary>
    private sealed class Writer
    {
        [ThreadStatic]
        private static Writer? current;

        private char[] chars = new char[256];
        private int length;
        private int[] runText = new int[16];
        private int[] runSource = new int[16];
        private int runs;
        private int next = -1; // the source offset that continues the current run
        private readonly List<CaseLinkSyntax> links = [];
        private readonly List<int> linkAt = [];
        private string? only; // the text of the one token written so far, while there is only one

        public static Writer Rent()
        {
            var w = current ??= new Writer();
            w.length = 0;
            w.runs = 0;
            w.next = -1;
            w.links.Clear();
            w.linkAt.Clear();
            w.only = null;
            return w;
        }

        public void Field(FieldSyntax f)
        {
            Token(f.Label);
            if (f.SpaceBeforeColon is not null) Token(f.SpaceBeforeColon);
            Token(f.Colon);
            if (f.SpaceAfterColon is not null) Token(f.SpaceAfterColon);
            Inline(f.Value);
        }

        public void Inline(InlineSyntax inline)
        {
            foreach (var e in inline.Elements)
            {
                switch (e)
                {
                    case TextRunSyntax run:
                        Token(run.Token);
                        break;
                    case CaseLinkSyntax link:
                        Link(link);
                        break;
                    default:
                        Node(e);
                        break;
                }
            }
        }

        private void Node(SyntaxNode node)
        {
            if (node is SyntaxToken t) Token(t);
            else if (node is CaseLinkSyntax link) Link(link);
            else foreach (var child in node.Children) Node(child);
        }

        public void Token(SyntaxToken t)
        {
            string text = t.Text;
            if (text.Length == 0) return;
            only = length == 0 && links.Count == 0 ? text : null;
            if (t.Start != next) StartRun(t.Start);
            Append(text);
            next = t.Start + text.Length;
        }

        private void Link(CaseLinkSyntax link)
        {
            only = null;
            links.Add(link);
            linkAt.Add(length);
            StartRun(link.FullSpan.Start);
            if (length == chars.Length) Array.Resize(ref chars, chars.Length * 2);
            chars[length++] = LinkMark;
            next = -1; // what follows a link is a run of its own
        }

        private void StartRun(int source)
        {
            if (runs == runText.Length)
            {
                Array.Resize(ref runText, runs * 2);
                Array.Resize(ref runSource, runs * 2);
            }

            runText[runs] = length;
            runSource[runs] = source;
            runs++;
        }

        private void Append(string text)
        {
            if (length + text.Length > chars.Length) Array.Resize(ref chars, Math.Max(chars.Length * 2, length + text.Length));
            text.CopyTo(0, chars, length, text.Length);
            length += text.Length;
        }

        public ScanLine Build(LineSyntax line)
        {
            string text = only ?? (length == 0 ? "" : new string(chars, 0, length));
            return new ScanLine(line, text, runText[..runs], runSource[..runs], links.Count == 0 ? [] : [.. links], linkAt.Count == 0 ? [] : [.. linkAt]);
        }
    }
}

/// <summary>Finds the lines of a record that the series rules point at.</summary>
public static class RecordLines
{
    public static TextSpan Meeting(Record r) =>
        r.Tree.Root.Blocks.Select(b => b.Line).OfType<DirectiveLineSyntax>().FirstOrDefault(d => d.Name.Text == Directives.Meeting)?.FullSpanWithoutEol()
        ?? new TextSpan(0, 0);

    public static TitleLineSyntax? Title(Record r) => r.Tree.Root.Blocks.Select(b => b.Line).OfType<TitleLineSyntax>().FirstOrDefault();

    /// <summary>The value of a top-level part or field (時間, 地點, 散會), or the phrase of a part that starts with the name.</summary>
    public static TextSpan? Part(Record r, string name)
    {
        foreach (var line in r.Tree.Root.Blocks.Select(b => b.Line))
        {
            switch (line)
            {
                case PartLineSyntax { Field: { } f } when f.Name == name:
                    return Trim(f.Value.FullSpan, line);
                case FieldLineSyntax f when f.Field.Name == name:
                    return Trim(f.Field.Value.FullSpan, line);
                case PartLineSyntax { Content: { } c } when c.PlainText.TrimStart().StartsWith(name, StringComparison.Ordinal):
                    return c.FullSpan;
            }
        }

        return null;

        static TextSpan Trim(TextSpan value, LineSyntax line) => value.Length > 0 ? value : line.FullSpanWithoutEol();
    }
}
