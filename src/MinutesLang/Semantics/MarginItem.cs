using MinutesLang.Diagnostics;
using MinutesLang.Syntax;
using MinutesLang.Text;

namespace MinutesLang.Semantics;

/// <summary>
/// ML0123: a list item at the left margin right after a part whose content ends with a list (<c>- 有關…</c> at
/// column 1 below <c>* 業務報告</c> and its indented items). The notation gives a list at the margin no meaning of its own
/// (grammar/GUIDE.md, "Lists"): it would print as a list outside the part, numbered from 一、 again. It is read as
/// written and reported; <c>fmt</c> does not move it, since the writer may have meant a part of its own.
/// </summary>
internal static class MarginItem
{
    /// <summary>
    /// Reports each item at the margin in <paramref name="topLevel"/> (the record's top-level blocks, trivia left out)
    /// whose nearest top-level block above is a part, or another such item after one, whose last line is a list item.
    /// </summary>
    public static void Check(IEnumerable<BlockSyntax> topLevel, SourceText source, DiagnosticBag bag)
    {
        PartLineSyntax? part = null; // the part whose list the items at the margin come right after
        foreach (var block in topLevel)
        {
            switch (block.Line)
            {
                case ItemLineSyntax item when part is not null:
                    bag.At(source, item.FullSpanWithoutEol()).ItemAtMarginAfterPart(Name(part));
                    break;
                case PartLineSyntax p when LastLine(block) is ItemLineSyntax:
                    part = p;
                    break;
                default:
                    part = null;
                    break;
            }
        }
    }

    private static string Name(PartLineSyntax p) => p.Field?.Name ?? p.Content?.PlainText.Trim() ?? "";

    /// <summary>The last line that means something in the block, however deep (the line itself when it has no children).</summary>
    private static LineSyntax LastLine(BlockSyntax block)
    {
        while (block.Content.LastOrDefault() is { } last) block = last;
        return block.Line;
    }
}
