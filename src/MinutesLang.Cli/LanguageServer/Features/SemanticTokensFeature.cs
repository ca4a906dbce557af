using System.Text.RegularExpressions;
using MinutesLang.Syntax;

namespace MinutesLang.Cli.LanguageServer.Features;

/// <summary>
/// <c>textDocument/semanticTokens/full</c>: the words of the notation an editor colours, from the syntax tree. The legend
/// (<see cref="TokenTypes"/>, by index): the markers of parts, items and the title (<c>*</c>, <c>-</c>, <c>#</c>) are
/// <c>operator</c>, field labels <c>property</c>, case ids (links, events, <c>@case</c>; the declaration with the
/// <c>declaration</c> modifier) <c>variable</c>, directives (<c>@</c> and the name) <c>macro</c>, dates <c>number</c>,
/// comments <c>comment</c>. Tokens are in LSP's relative encoding, lengths in UTF-16 code units, never across a line end
/// and never overlapping (the first of two that would overlap is kept).
/// </summary>
public static class SemanticTokensFeature
{
    /// <summary>The token types of the legend, in the order of their indexes.</summary>
    public static readonly string[] TokenTypes = ["operator", "property", "variable", "macro", "number", "comment"];

    /// <summary>The token modifiers of the legend: bit 0 is <c>declaration</c> (the id of a <c>@case</c> line).</summary>
    public static readonly string[] TokenModifiers = ["declaration"];

    /// <summary>The index of each token type in <see cref="TokenTypes"/>.</summary>
    public const int Marker = 0, Label = 1, CaseId = 2, Directive = 3, Date = 4, Comment = 5;

    /// <summary>The tokens of <paramref name="tree"/>, as (start offset, length, type, modifiers) in text order.</summary>
    public static List<(int Start, int Length, int Type, int Modifiers)> Tokens(SyntaxTree tree)
    {
        string text = tree.Source.Text;
        var tokens = new List<(int Start, int Length, int Type, int Modifiers)>();
        void Add(SyntaxToken? token, int type)
        {
            if (token is { IsMissing: false, Text.Length: > 0 }) tokens.Add((token.Start, token.Text.Length, type, 0));
        }

        foreach (var block in tree.Root.Blocks) Collect(block);
        foreach (var o in SeriesView.CaseOccurrences(tree)) tokens.Add((o.Span.Start, o.Span.Length, CaseId, o.Kind == CaseOccurrenceKind.Declaration ? 1 : 0));

        var kept = new List<(int Start, int Length, int Type, int Modifiers)>();
        int end = 0;
        foreach (var t in tokens.OrderBy(t => t.Start).ThenBy(t => t.Type == CaseId ? 0 : 1))
        {
            if (t.Start < end || t.Length <= 0 || t.Start + t.Length > text.Length) continue;
            if (text.AsSpan(t.Start, t.Length).IndexOfAny('\r', '\n') >= 0) continue;
            kept.Add(t);
            end = t.Start + t.Length;
        }

        return kept;

        void Collect(BlockSyntax block)
        {
            switch (block.Line)
            {
                case CommentLineSyntax c:
                    Add(c.Comment, Comment);
                    break;
                case DirectiveLineSyntax d:
                    if (!d.At.IsMissing) tokens.Add((d.At.Start, d.Name.Start + d.Name.Text.Length - d.At.Start, Directive, 0));
                    break;
                case PartLineSyntax p:
                    Add(p.Marker, Marker);
                    if (p.Field is { } pf) Add(pf.Label, Label);
                    break;
                case FieldLineSyntax f:
                    Add(f.Field.Label, Label);
                    break;
                case MarkedLineSyntax m when m is not TextLineSyntax:
                    Add(m.Marker, Marker);
                    break;
            }

            if (block.Line is not (CommentLineSyntax or DirectiveLineSyntax))
            {
                foreach (var inline in SeriesView.Inlines(block.Line))
                {
                    var span = inline.FullSpan;
                    if (span.Start < 0 || span.End > text.Length) continue;
                    foreach (Match m in HoverFeature.DatePattern().Matches(text.Substring(span.Start, span.Length))) tokens.Add((span.Start + m.Index, m.Length, Date, 0));
                }
            }

            foreach (var child in block.Blocks) Collect(child);
        }
    }

    /// <summary>The tokens of <paramref name="tree"/> in LSP's encoding: for each, the line delta, the start delta (on the same line) or start, the length, the type and the modifiers.</summary>
    public static SemanticTokens Full(SyntaxTree tree)
    {
        var lines = new LineIndex(tree.Source.Text);
        var data = new List<int>();
        int lastLine = 0, lastChar = 0;
        foreach (var (start, length, type, modifiers) in Tokens(tree))
        {
            var p = lines.PositionOf(start);
            data.AddRange([p.Line - lastLine, p.Line == lastLine ? p.Character - lastChar : p.Character, length, type, modifiers]);
            (lastLine, lastChar) = (p.Line, p.Character);
        }

        return new SemanticTokens([.. data]);
    }
}
