using System.Collections.Immutable;
using System.Text;
using MinutesLang.Semantics;
using MinutesLang.Syntax;
using MinutesLang.Text;

namespace MinutesLang.Validation;

/// <summary>
/// One line of a record as the prose rules read it: the words of the line with every case link
/// replaced by <see cref="LinkMark"/>, and for each character the offset it came from, so a
/// regular expression's match maps back to a span of the source.
/// </summary>
public sealed class ScanLine
{
    public const char LinkMark = '\uFFFC';

    private readonly int[] offsets;

    private ScanLine(LineSyntax line, string text, int[] offsets, ImmutableArray<CaseLinkSyntax> links, ImmutableArray<int> linkAt)
    {
        Line = line;
        Text = text;
        this.offsets = offsets;
        Links = links;
        LinkAt = linkAt;
    }

    public LineSyntax Line { get; }

    /// <summary>The words of the line; a case link is one <see cref="LinkMark"/>.</summary>
    public string Text { get; }

    public ImmutableArray<CaseLinkSyntax> Links { get; }

    /// <summary>Where in <see cref="Text"/> each link's mark is.</summary>
    public ImmutableArray<int> LinkAt { get; }

    public TextSpan Span(int start, int length)
    {
        if (offsets.Length == 0) return Line.FullSpan;
        int s = offsets[Math.Clamp(start, 0, offsets.Length - 1)];
        int lastIndex = Math.Clamp(start + Math.Max(length, 1) - 1, 0, offsets.Length - 1);
        int e = offsets[lastIndex] + 1;
        if (Text[lastIndex] == LinkMark) e = Links[LinkAt.IndexOf(lastIndex)].FullSpan.End;
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
    public static IEnumerable<ScanLine> Of(SyntaxTree tree) => Lines(tree.Root.Blocks).Select(From).OfType<ScanLine>();

    public static IEnumerable<LineSyntax> Lines(IEnumerable<BlockSyntax> blocks)
    {
        foreach (var b in blocks)
        {
            yield return b.Line;
            foreach (var l in Lines(b.Blocks)) yield return l;
        }
    }

    public static ScanLine? From(LineSyntax line)
    {
        var pieces = new List<SyntaxNode>();
        switch (line)
        {
            case PartLineSyntax { Field: { } f }:
                pieces.Add(f);
                break;
            case PartLineSyntax p when p.Content is not null:
                pieces.Add(p.Content);
                break;
            case FieldLineSyntax f:
                pieces.Add(f.Field);
                break;
            case MarkedLineSyntax m:
                pieces.Add(m.Content);
                break;
            case RowLineSyntax r:
                pieces.AddRange(r.Parts);
                break;
            default:
                return null;
        }

        var sb = new StringBuilder();
        var offsets = new List<int>();
        var links = ImmutableArray.CreateBuilder<CaseLinkSyntax>();
        var linkAt = ImmutableArray.CreateBuilder<int>();
        foreach (var piece in pieces) Walk(piece);
        return new ScanLine(line, sb.ToString(), [.. offsets], links.ToImmutable(), linkAt.ToImmutable());

        void Walk(SyntaxNode node)
        {
            if (node is CaseLinkSyntax link)
            {
                links.Add(link);
                linkAt.Add(sb.Length);
                offsets.Add(link.FullSpan.Start);
                sb.Append(LinkMark);
                return;
            }

            if (node is SyntaxToken t)
            {
                for (int i = 0; i < t.Text.Length; i++)
                {
                    sb.Append(t.Text[i]);
                    offsets.Add(t.Start + i);
                }

                return;
            }

            foreach (var child in node.Children) Walk(child);
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
