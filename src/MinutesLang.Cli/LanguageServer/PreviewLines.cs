using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using MinutesLang.Syntax;

namespace MinutesLang.Cli.LanguageServer;

/// <summary>
/// The source line of each block of a record's html (what <c>minutes render --to html</c> writes): for the live preview,
/// which scrolls with the editor. The renderer sees only the semantic model, which keeps no positions (see
/// docs/ARCHITECTURE.md), so the lines are found after rendering: the html's blocks (the title <c>h1</c>, a part's
/// <c>h2</c>, a 案由's <c>h3</c>, a field's or list item's <c>.row</c>, a paragraph, a table row) and the record's lines
/// that print (title, part, field, item, text and table lines) come in the same order, and each block is given the
/// first line, from the last one given on, whose text starts it (the wording of a case link, no spaces: the renderer
/// joins wrapped lines and numbers the items). A block no line starts (a 案由 relabelled 案由一 is matched by its value;
/// a wrapped line's second half has no block) gets none. The published html of <c>render</c> is never this one.
/// </summary>
public static partial class PreviewLines
{
    /// <summary>How many record lines past the last one given a block may be matched with (a block further on is left without).</summary>
    public const int Window = 24;

    /// <summary>The characters of a line's text compared with a block's (fewer when the line has fewer).</summary>
    public const int KeyLength = 8;

    /// <summary>
    /// Adds <c>data-line="N"</c> (N zero-based, as LSP counts lines) to each block of <paramref name="html"/> that a line of
    /// <paramref name="tree"/> starts, and gives the lines in the order of the blocks annotated.
    /// </summary>
    /// <param name="html">the html the renderer wrote for the record of <paramref name="tree"/></param>
    /// <param name="tree">the record's syntax tree</param>
    /// <returns>the html with the attributes, and the line of each block annotated, ascending</returns>
    public static (string Html, int[] Lines) Annotate(string html, SyntaxTree tree)
    {
        var anchors = Anchors(tree);
        var lines = new List<int>();
        var sb = new StringBuilder(html.Length + 64);
        int copied = 0, next = 0;
        var blocks = BlockStart().Matches(html);
        for (int b = 0; b < blocks.Count; b++)
        {
            var m = blocks[b];
            int end = b + 1 < blocks.Count ? blocks[b + 1].Index : html.Length;
            string text = Squeeze(WebUtility.HtmlDecode(Tag().Replace(html[(m.Index + m.Length)..end], "")));
            for (int k = next; k < anchors.Count && k < next + Window; k++)
            {
                if (!text.Contains(anchors[k].Key, StringComparison.Ordinal)) continue;
                int at = m.Index + m.Groups["name"].Length + 1; // after "<h2"
                sb.Append(html, copied, at - copied).Append(" data-line=\"").Append(anchors[k].Line).Append('"');
                copied = at;
                lines.Add(anchors[k].Line);
                next = k + 1;
                break;
            }
        }

        sb.Append(html, copied, html.Length - copied);
        return (sb.ToString(), [.. lines]);
    }

    /// <summary>The lines of the record that print, in order: zero-based line and the start of its text (no spaces).</summary>
    public static IReadOnlyList<(int Line, string Key)> Anchors(SyntaxTree tree)
    {
        var result = new List<(int, string)>();
        void Walk(IEnumerable<BlockSyntax> blocks)
        {
            foreach (var block in blocks)
            {
                string key = Squeeze(block.Line switch
                {
                    TitleLineSyntax t => Printed(t.Content),
                    ItemLineSyntax i => Printed(i.Content),
                    TextLineSyntax t => Printed(t.Content),
                    PartLineSyntax { Field: { } f } => f.Value.IsEmpty ? f.Label.Text : Printed(f.Value),
                    PartLineSyntax { Content: { } c } => Printed(c),
                    FieldLineSyntax f => f.Field.Value.IsEmpty ? f.Field.Label.Text : Printed(f.Field.Value),
                    RowLineSyntax r => string.Concat(r.Parts.Select(p => p.Text).Where(p => p != "|")),
                    _ => "",
                });
                if (key.Length > KeyLength) key = key[..KeyLength];
                if (key.Length > 0)
                {
                    int start = block.Line.FullSpan.Start;
                    var (line, _) = tree.Source.GetLineColumn(Math.Min(start, tree.Source.Length));
                    result.Add((line - 1, key));
                }

                Walk(block.Blocks);
            }
        }

        Walk(tree.Root.Blocks);
        return result;
    }

    /// <summary>The text of an inline as the record prints it up to the first thing only the series knows: a case link's wording, not a link without one (it prints the case's title) nor a placeholder.</summary>
    private static string Printed(InlineSyntax inline)
    {
        var sb = new StringBuilder();
        foreach (var e in inline.Elements)
        {
            if (e is TextRunSyntax r) sb.Append(r.Token.Text);
            else if (e is CaseLinkSyntax { Wording: { } w }) sb.Append(w.Text);
            else break;
        }

        return sb.ToString();
    }

    /// <summary>The text without white space (the renderer joins wrapped lines and the source spaces labels: 案 由).</summary>
    private static string Squeeze(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            if (!char.IsWhiteSpace(c)) sb.Append(c);
        }

        return sb.ToString();
    }

    [GeneratedRegex("""<(?<name>h1|h2|h3|p|tr)(?=[\s>])[^>]*>|<(?<name>div)\s[^>]*\bclass="(?:row|line)"[^>]*>""")]
    private static partial Regex BlockStart();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();
}
