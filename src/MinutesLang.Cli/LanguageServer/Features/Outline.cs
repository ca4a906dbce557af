using MinutesLang.Syntax;

namespace MinutesLang.Cli.LanguageServer.Features;

/// <summary>
/// <c>textDocument/documentSymbol</c> and <c>textDocument/foldingRange</c>, from the nesting of the syntax tree (the
/// structure the binder reads: <see cref="MinutesLang.Semantics.RecordBinder"/>). The outline is a hierarchy: the
/// record's parts in order (a <c>* </c> part, 壹、貳…, or a field or phrase at the margin: each an entry of
/// <see cref="MinutesLang.Semantics.Record.Parts"/>), in each part its proposals (a <c>案由：</c> field with the lines up
/// to the next 案由, its 說明 and 決議), and in those the list items (一、(一)…), nested as they nest. Folding ranges are
/// those of every part, proposal and item with lines below it, and of every field whose list is below it.
/// </summary>
public static class Outline
{
    /// <summary>LSP SymbolKind of a part (Namespace), a proposal 案由 (Event) and a list item (EnumMember).</summary>
    public const int PartKind = 3, ProposalKind = 24, ItemKind = 22;

    /// <summary>The longest name an entry shows (longer ones end with …).</summary>
    public const int NameLength = 60;

    /// <summary>The outline of <paramref name="tree"/>, its ranges in UTF-16 code units of its text.</summary>
    public static DocumentSymbol[] Symbols(SyntaxTree tree)
    {
        var lines = new LineIndex(tree.Source.Text);
        var top = new List<DocumentSymbol>();
        foreach (var block in tree.Root.Content)
        {
            switch (block.Line)
            {
                case PartLineSyntax p:
                    top.Add(Symbol(lines, p.Field is { } pf ? Labelled(pf) : Text(p.Content), null, PartKind, block, block, Children(lines, [.. block.Content])));
                    break;
                case FieldLineSyntax f:
                    top.Add(Symbol(lines, Labelled(f.Field), null, PartKind, block, block, Children(lines, [.. block.Content])));
                    break;
                case TextLineSyntax t:
                    top.Add(Symbol(lines, Text(t.Content), null, PartKind, block, block, Children(lines, [.. block.Content])));
                    break;
                case ItemLineSyntax:
                    top.AddRange(Children(lines, [block]));
                    break;
            }
        }

        return [.. top];
    }

    /// <summary>The folding ranges of <paramref name="tree"/>: zero-based lines, each range more than one line.</summary>
    public static FoldingRange[] Folds(SyntaxTree tree)
    {
        var lines = new LineIndex(tree.Source.Text);
        var folds = new List<FoldingRange>();
        foreach (var block in tree.Root.Content) Fold(block);

        // a proposal: from its 案由 to its last line, as its outline entry
        foreach (var symbol in Flatten(Symbols(tree)).Where(s => s.Kind == ProposalKind && s.Range.End.Line > s.Range.Start.Line))
            folds.Add(new FoldingRange(symbol.Range.Start.Line, symbol.Range.End.Line, null));
        return [.. folds.Distinct().OrderBy(f => f.StartLine).ThenBy(f => f.EndLine)];

        void Fold(BlockSyntax block)
        {
            int start = lines.PositionOf(block.Line.FullSpan.Start).Line, end = lines.PositionOf(Last(block).Line.FullSpan.Start).Line;
            if (end > start) folds.Add(new FoldingRange(start, end, null));
            foreach (var child in block.Content) Fold(child);
        }
    }

    /// <summary>Every entry of an outline, depth first.</summary>
    public static IEnumerable<DocumentSymbol> Flatten(IEnumerable<DocumentSymbol> symbols) => symbols.SelectMany(s => new[] { s }.Concat(Flatten(s.Children)));

    /// <summary>The entries below a part or an item: proposals (each 案由 with the blocks up to the next one) and items; the items of any other field taken up to the level above.</summary>
    private static DocumentSymbol[] Children(LineIndex lines, IReadOnlyList<BlockSyntax> blocks)
    {
        var result = new List<DocumentSymbol>();
        for (int i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (block.Line is FieldLineSyntax { Field.Name: "案由" } subject)
            {
                int last = i;
                while (last + 1 < blocks.Count && blocks[last + 1].Line is not FieldLineSyntax { Field.Name: "案由" }) last++;
                var group = blocks.Skip(i).Take(last - i + 1).ToList();
                var inner = new List<DocumentSymbol>(Children(lines, [.. block.Content]));
                foreach (var sibling in group.Skip(1)) inner.AddRange(Children(lines, [sibling]));
                result.Add(Symbol(lines, Text(subject.Field.Value), "案由", ProposalKind, block, group[^1], [.. inner]));
                i = last;
            }
            else if (block.Line is ItemLineSyntax item)
                result.Add(Symbol(lines, Text(item.Content), null, ItemKind, block, block, Children(lines, [.. block.Content])));
            else
                result.AddRange(Children(lines, [.. block.Content]));
        }

        return [.. result];
    }

    private static DocumentSymbol Symbol(LineIndex lines, string name, string? detail, int kind, BlockSyntax first, BlockSyntax last, DocumentSymbol[] children)
    {
        int start = first.Line.FullSpan.Start;
        var end = Last(last).Line;
        var range = lines.RangeOf(start, ContentEnd(end) - start);
        var selection = lines.RangeOf(start, ContentEnd(first.Line) - start);
        if (name.Length == 0) name = first.Line.ToFullString().Trim() is { Length: > 0 } whole ? whole : "…";
        if (name.Length > NameLength) name = name[..(char.IsHighSurrogate(name[NameLength - 1]) ? NameLength - 1 : NameLength)] + "…";
        return new DocumentSymbol(name, detail, kind, range, selection, children);
    }

    private static int ContentEnd(LineSyntax line) => line.EndOfLine.Start;

    /// <summary>The last line of a block that is not a blank or a comment: itself, or its last content's last.</summary>
    private static BlockSyntax Last(BlockSyntax block) => block.Content.LastOrDefault() is { } child ? Last(child) : block;

    private static string Labelled(FieldSyntax field) => (field.Label.Text.Trim() + "：" + field.Value.PlainText.Trim()).TrimEnd('：');

    private static string Text(InlineSyntax? inline) => inline?.PlainText.Trim() ?? "";
}
