using System.Collections.Immutable;
using MinutesLang.Diagnostics;
using MinutesLang.Syntax;
using MinutesLang.Text;

namespace MinutesLang.Parsing;

/// <summary>Text → lines (Pidgin, <see cref="LineGrammar"/>) → blocks nested by indentation.</summary>
public static class Parser
{
    public static SyntaxTree Parse(SourceText source)
    {
        var (bom, lines, eof) = LineGrammar.ParseDocument(source.Text);
        var nested = Nest(lines);
        var root = new DocumentSyntax(bom, nested.Blocks, eof);
        var bag = new DiagnosticBag();
        SyntaxChecker.Check(source, root, nested, bag);
        return new SyntaxTree(source, root, bag.Items);
    }

    public static SyntaxTree Parse(string text, string path = "<input>") => Parse(SourceText.From(text, path));

    private sealed class Open(LineSyntax line)
    {
        public LineSyntax Line { get; } = line;

        public List<BlockSyntax> Children { get; } = [];

        /// <summary>List items at this line's own indentation were taken as its content (a field with an empty value).</summary>
        public bool AdoptedItems { get; set; }

        public BlockSyntax Close() => new(Line, [.. Children]);
    }

    /// <summary>What <see cref="Nest"/> made of the lines, and what it noticed on the way for <see cref="SyntaxChecker"/>.</summary>
    internal sealed record Nesting(
        ImmutableArray<BlockSyntax> Blocks,
        List<LineSyntax> Orphans,
        List<LineSyntax> TooDeep,
        List<(LineSyntax Field, LineSyntax Item)> ListsAtFieldIndent);

    /// <summary>Deeper lines are kept as siblings at this depth (and reported), so no input can exhaust the stack.</summary>
    public const int MaxDepth = 24;

    /// <summary>
    /// Nests the lines by indentation: a line belongs to the nearest line above it that is indented
    /// less. Two exceptions for a line that would otherwise stand beside the line above it (at its
    /// indentation, or less but more than its parent's), both in grammar/GUIDE.md ("Wrapped lines"):
    /// a text line right after a list item or a field with a value (no blank line between) continues
    /// it (the binder joins it and reports ML0115), and list items right after a field with an empty
    /// value (<c>決議：</c>) are that field's list (ML0014), with the <c>@list</c> line that pins their style. A text line at the margin is always a
    /// part of its own (an imported record writes its unnumbered parts so).
    /// </summary>
    internal static Nesting Nest(ImmutableArray<LineSyntax> lines)
    {
        var root = new List<BlockSyntax>();
        var stack = new List<Open>(); // the open lines, innermost last (a list: the nesting reads the one under the top)
        var orphans = new List<LineSyntax>();
        var tooDeep = new List<LineSyntax>();
        var adopted = new List<(LineSyntax, LineSyntax)>();
        bool blankBefore = false;

        void PopOne()
        {
            var done = stack[^1].Close();
            stack.RemoveAt(stack.Count - 1);
            (stack.Count > 0 ? stack[^1].Children : root).Add(done);
        }

        foreach (var line in lines)
        {
            if (line.IsTrivia)
            {
                (stack.Count > 0 ? stack[^1].Children : root).Add(new BlockSyntax(line, []));
                blankBefore |= line is BlankLineSyntax;
                continue;
            }

            int width = line.IndentWidth;
            while (stack.Count > 0 && stack[^1].Line.IndentWidth >= width)
            {
                // a line that would become the sibling of this one (indented no less than it, but
                // more than its parent) continues it, or is its list; the canonical layout writes
                // siblings at one indentation, so reading them so keeps 'fmt' a fixed point
                var top = stack[^1];
                bool sibling = stack.Count == 1 || stack[^2].Line.IndentWidth < width;
                if (sibling && width > 0 && line is TextLineSyntax && !blankBefore && Continues(top)) break;
                if (sibling && (line is ItemLineSyntax || IsListPin(line)) && TakesItems(top))
                {
                    // '@list (一)' before the items pins their style: it goes with them (ML0014 at the first item)
                    if (line is ItemLineSyntax && !top.Children.Exists(c => c.Line is ItemLineSyntax)) adopted.Add((top.Line, line));
                    top.AdoptedItems = true;
                    break;
                }

                PopOne();
            }

            if (stack.Count == 0 && width > 0) orphans.Add(line);
            if (stack.Count >= MaxDepth)
            {
                tooDeep.Add(line);
                PopOne();
            }

            stack.Add(new Open(line));
            blankBefore = false;
        }

        while (stack.Count > 0) PopOne();
        return new([.. root], orphans, tooDeep, adopted);

        // an item or a field with a value, with nothing below it yet but the lines that continue it
        static bool Continues(Open open) =>
            HasWrappableText(open.Line) && open.Children.TrueForAll(c => c.Line.IsTrivia || c.Line is TextLineSyntax);

        // a field with an empty value, with nothing below it yet but the items it took (and the '@list' before them)
        static bool TakesItems(Open open) =>
            EmptyField(open.Line) && open.Children.TrueForAll(c => c.Line.IsTrivia || (open.AdoptedItems && (c.Line is ItemLineSyntax || IsListPin(c.Line))));

        // '@list STYLE', which pins the style of the list after it (grammar/GUIDE.md §2)
        static bool IsListPin(LineSyntax line) => line is DirectiveLineSyntax d && d.Name.Span.SequenceEqual(Semantics.Directives.List);
    }

    /// <summary>A list item, or a field (or a part with a label) whose value is written on its line: text lines right after it continue it.</summary>
    internal static bool HasWrappableText(LineSyntax line) => line switch
    {
        ItemLineSyntax => true,
        FieldLineSyntax f => !f.Field.Value.IsBlank,
        PartLineSyntax { Field: { } f } => !f.Value.IsBlank,
        _ => false,
    };

    private static bool EmptyField(LineSyntax line) => line switch
    {
        FieldLineSyntax f => f.Field.Value.IsBlank,
        PartLineSyntax { Field: { } f } => f.Value.IsBlank,
        _ => false,
    };
}
