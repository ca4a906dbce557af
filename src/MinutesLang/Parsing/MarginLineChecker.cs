using MinutesLang.Diagnostics;
using MinutesLang.Localization;
using MinutesLang.Semantics;
using MinutesLang.Syntax;
using MinutesLang.Text;

namespace MinutesLang.Parsing;

/// <summary>
/// A text line wrapped back to the left margin (ML0020, grammar/GUIDE.md "Wrapped lines"): right after a list item, a field or
/// part with a value, or the indented lines that continue them, with no blank line between, a line of text at the margin
/// is read as a paragraph of its own (a part at the top level: <see cref="Parser"/> never joins a margin line), so the
/// item's text is cut there and the list after it renumbered. An editor that wrapped a long line, or an Enter pressed
/// mid-sentence, leaves such a line; a paragraph meant after the list has a blank line before it. A margin line that is
/// itself a marker, a field, a heading, a directive, a table row or a comment is not reported.
/// </summary>
internal static class MarginLineChecker
{
    /// <summary>Reports ML0020 at each margin text line that directly follows the text of an item, a field or a part.</summary>
    public static void Check(SourceText source, DocumentSyntax root, DiagnosticBag bag)
    {
        // the line whose text a margin line would wrap: set by an item or a valued field, kept by the indented
        // lines that continue it, dropped by a blank line or any other line
        LineSyntax? open = null;
        var pending = new Stack<BlockSyntax>();
        for (int i = root.Blocks.Length - 1; i >= 0; i--) pending.Push(root.Blocks[i]);
        while (pending.Count > 0)
        {
            var block = pending.Pop();
            for (int i = block.Blocks.Length - 1; i >= 0; i--) pending.Push(block.Blocks[i]);
            var line = block.Line;
            switch (line)
            {
                case CommentLineSyntax:
                    break; // a comment between the two lines separates nothing in the printed text
                case BlankLineSyntax:
                    open = null;
                    break;
                case TextLineSyntax text when line.IndentWidth == 0:
                    if (open is not null && IsProse(text))
                        bag.At(source, line.FullSpanWithoutEol()).WrappedToMargin(What(open), Text(open));
                    open = null;
                    break;
                case TextLineSyntax:
                    break; // an indented line right after the text continues it (or its item): the text goes on
                case FieldLineSyntax when line.IndentWidth == 0:
                    // a field at the margin is an unnumbered part, and so is a text line after it: both printed at the margin
                    // as written, one under the other (出席人員：… and the names below it, the recorder and a note): nothing
                    // is cut off or numbered again (issue h §4)
                    open = null;
                    break;
                default:
                    open = Parser.HasWrappableText(line) ? line : null;
                    break;
            }
        }
    }

    // text as written: not '\' (a paragraph that starts with a marker, on purpose), not a hand-typed ordinal (a heading
    // or an item typed by hand, ML0019), not a full-width marker read as text (ML0015–ML0018)
    private static bool IsProse(TextLineSyntax text)
    {
        if (text.Marker is not null || IsWhiteSpaceAsWritten(text.Content)) return false;
        // the first character on the token's span; the text is made a string only when it may start with an ordinal
        if (text.Content.Elements[0] is TextRunSyntax { Token: var first } && first.Length > 0)
        {
            if (first.Span[0] is '＊' or '＃' or '｜' or '／' or '－') return false;
            if (!Ordinals.MayStartWith(first.Span)) return NearMissChecker.GluedToFigure(text) == 0; // '*2020年…': ML0015
        }

        string content = text.Content.ToFullString();
        return content[0] is not ('＊' or '＃' or '｜' or '／' or '－') && Ordinals.Match(content) is null
            && NearMissChecker.GluedToFigure(text) == 0; // '*2020年…': a part marker glued to a figure, ML0015
    }

    // the text as written (a link's brackets count, unlike PlainText's) is empty or white space: read on the spans
    private static bool IsWhiteSpaceAsWritten(InlineSyntax content)
    {
        foreach (var e in content.Elements)
        {
            if (e is not TextRunSyntax r || !r.Token.Span.IsWhiteSpace()) return false;
        }

        return true;
    }

    // the text the margin line breaks away from, without its marker, label and spaces: what 'fmt' never rewrites
    private static string Text(LineSyntax line) => line switch
    {
        ItemLineSyntax item => item.Content.ToFullString().Trim(),
        PartLineSyntax { Field: { } f } => f.Value.ToFullString().Trim(),
        FieldLineSyntax f => f.Field.Value.ToFullString().Trim(),
        _ => "",
    };

    private static Phrase What(LineSyntax line) => line switch
    {
        ItemLineSyntax => new("list item", "清單項目"),
        PartLineSyntax { Field: { } f } => new($"part '{f.Name}'", $"「{f.Name}」部分"),
        FieldLineSyntax f => new($"field '{f.Field.Name}'", $"「{f.Field.Name}」欄位"),
        _ => new("line", "行"),
    };
}
