using System.Text;
using MinutesLang.Diagnostics;
using MinutesLang.Parsing;
using MinutesLang.Syntax;

namespace MinutesLang.Formatting;

/// <summary>
/// What <see cref="Formatter.Format"/> made of a file: the canonical text, or the errors that stopped it. With
/// <paramref name="Introduced"/>, the errors are not the file's but those its canonical text would have (positions in that text).
/// </summary>
public sealed record FormatResult(string Original, string Text, IReadOnlyList<Diagnostic> Errors, bool Introduced = false)
{
    /// <summary>True when the file has syntax errors: <see cref="Text"/> is then the original, untouched.</summary>
    public bool Refused => Errors.Count > 0;

    public bool Changed => !Refused && !string.Equals(Original, Text, StringComparison.Ordinal);

    /// <summary>True when the errors are the binder's (<see cref="BoundLayout"/>: ML0008 of a line nothing can hold), not the parse's.</summary>
    public bool Bound { get; init; }
}

/// <summary>
/// Rewrites a record (or series.minutes) into the canonical layout (grammar/GUIDE.md, "Canonical
/// layout"), working on the full-fidelity syntax tree: it rewrites only the whitespace tokens
/// (indentation, the spaces after markers and around colons, line ends, blank lines), the width of
/// label colons and the padding of table cells, so every word stays where it was. The nesting of
/// the tree decides the indentation (two spaces per level), which keeps the tree, and so the
/// meaning, the same.
/// </summary>
public static class Formatter
{
    /// <summary>One level of indentation.</summary>
    public const string IndentUnit = "  ";

    /// <summary>The colon printed after every label.</summary>
    public const char Colon = '：';

    /// <summary>
    /// The diagnostics that make the layout uncertain, so that the file is left as it is: every error
    /// of the parse (ML00xx: bad bytes, markers off the margin, broken case links, orphan or too deep
    /// indentation). Errors of meaning (ML01xx and later) do not stop the formatter, nor do the
    /// placeholders of a draft (ML0114, which the syntax checker raises too): their text is still
    /// to be written, their layout is certain. One warning stops it too, because the nesting it
    /// reports is a guess that rewriting the indentation would make final: ML0011 (the nesting
    /// depends on what a tab or a full-width space counts as). The other indentation warnings
    /// (ML0010, ML0012, ML0013, ML0014, ML0115) are repaired: the nesting as read, two spaces a level.
    /// </summary>
    public static IReadOnlyList<Diagnostic> LayoutErrors(SyntaxTree tree) =>
        [.. tree.Diagnostics.Where(d => (d.Severity == DiagnosticSeverity.Error && d.Code.StartsWith("ML00", StringComparison.Ordinal)) || UnclearNesting.Contains(d.Code))];

    /// <summary>The warnings whose nesting <see cref="Format"/> does not make final (see <see cref="LayoutErrors"/>).</summary>
    public static readonly IReadOnlySet<string> UnclearNesting = new HashSet<string>(StringComparer.Ordinal) { "ML0011" };

    /// <summary>
    /// The canonical text of a parsed file, or the file untouched with the errors that stop it: its own (those of the
    /// parse, <see cref="LayoutErrors"/>, then those of binding it, <see cref="BoundLayout"/>), or those the
    /// canonical text would have (<see cref="FormatResult.Introduced"/>). The canonical text is parsed again, as its bytes
    /// would be read back, so that formatting never turns a file 'check' accepts into one it rejects: ML0007 is decided by
    /// the share of control characters in the text, which removing spaces raises (issue 13).
    /// </summary>
    public static FormatResult Format(SyntaxTree tree)
    {
        string original = tree.ToFullString();
        var errors = LayoutErrors(tree);
        if (errors.Count > 0) return new FormatResult(original, original, errors);
        var bound = BoundLayout.Errors(tree);
        if (bound.Count > 0) return new FormatResult(original, original, bound) { Bound = true };
        string text = Layout(tree.Root);
        if (string.Equals(text, original, StringComparison.Ordinal)) return new FormatResult(original, text, []);
        var again = Parser.Parse(Text.SourceText.FromBytes(Text.SourceText.ToBytes(text), tree.Source.Path));
        var introduced = LayoutErrors(again);
        return introduced.Count > 0 ? new FormatResult(original, original, introduced, Introduced: true) : new FormatResult(original, text, []);
    }

    /// <summary>
    /// The canonical layout of any tree, also one with errors (it never throws); <see cref="Format"/>
    /// uses it only for trees without errors, where it keeps the meaning.
    /// </summary>
    public static string Layout(DocumentSyntax root)
    {
        var lines = new List<(LineSyntax Line, int Depth)>();
        Flatten(root.Blocks, 0, lines);

        // a line that means something is indented by its depth in the tree. A comment belongs to no
        // line: it is indented as a line written where it is would nest (below the line above it,
        // or beside it, or further out), so that it stays with the line it is about
        var depths = new int[lines.Count];
        var open = new List<int>(); // the indent widths of the lines that hold the current one
        for (int i = 0; i < lines.Count; i++)
        {
            var (line, depth) = lines[i];
            if (line.IsTrivia)
            {
                depths[i] = open.Count(w => w < line.IndentWidth);
                continue;
            }

            depths[i] = depth;
            if (open.Count > depth) open.RemoveRange(depth, open.Count - depth);
            open.Add(line.IndentWidth);
        }

        var sb = new StringBuilder();
        if (root.ByteOrderMark is { } bom) sb.Append(bom.Text);
        bool written = false, blank = false;
        for (int i = 0; i < lines.Count; i++)
        {
            var line = lines[i].Line;
            if (line is BlankLineSyntax)
            {
                // runs of blank lines become one; none at the start or the end of the file
                blank = written;
                continue;
            }

            if (blank) sb.Append('\n');
            blank = false;
            for (int d = 0; d < depths[i]; d++) sb.Append(IndentUnit);
            sb.Append(Body(line)).Append('\n');
            written = true;
        }

        return sb.ToString();
    }

    private static void Flatten(IEnumerable<BlockSyntax> blocks, int depth, List<(LineSyntax, int)> lines)
    {
        foreach (var b in blocks)
        {
            lines.Add((b.Line, depth));
            Flatten(b.Blocks, depth + 1, lines);
        }
    }

    /// <summary>A line without its indentation and line end, in the canonical layout.</summary>
    public static string Body(LineSyntax line) => line switch
    {
        BlankLineSyntax => "",
        CommentLineSyntax c => TrimEnd(c.Comment.Text),
        DirectiveLineSyntax d => Marker(d.At) + d.Name.Text + Spaced(TrimEnd(d.Arguments.ToFullString())),
        PartLineSyntax p => Marker(p.Marker) + Spaced(p.Field is { } f ? Field(f) : TrimEnd(p.Content?.ToFullString() ?? "")),
        TextLineSyntax t => (t.Marker?.Text ?? "") + TrimEnd(t.Content.ToFullString()),
        MarkedLineSyntax m => (m.Marker is { } marker ? Marker(marker) : "") + Spaced(TrimEnd(m.Content.ToFullString())),
        FieldLineSyntax f => Field(f.Field),
        RowLineSyntax r => Row(r),
        _ => TrimEnd(line.ToFullString().TrimEnd('\r', '\n')),
    };

    /// <summary>
    /// A marker in its ASCII form: the full-width ＊ － ＃ ＠ the grammar reads as the markers they
    /// look like (ML0016) are written * - # @, the repair fmt makes of them.
    /// </summary>
    private static string Marker(SyntaxToken marker) => marker.Text is [var c] && c > '\uFF00' ? ((char)(c - 0xFEE0)).ToString() : marker.Text;

    /// <summary><c>label：value</c>: the label as written (inner spaces too), a full-width colon, no spaces around it.</summary>
    private static string Field(FieldSyntax f) => f.Label.Text + Colon + TrimEnd(f.Value.ToFullString());

    /// <summary>
    /// <c>| a | b |</c>: each cell's text with one space on either side (an empty cell is one
    /// space), and a closing pipe after a last cell that had none (white space alone after the last pipe is
    /// no cell, <see cref="RowLineSyntax.Cells"/>: it gets no pipe). Two pipes written together stay
    /// together: the grammar reads no cell between them.
    /// </summary>
    private static string Row(RowLineSyntax r)
    {
        var sb = new StringBuilder();
        int lastPipe = -1;
        for (int i = 0; i < r.Parts.Length; i++)
        {
            if (r.Parts[i].Kind == SyntaxKind.PipeToken) lastPipe = i;
        }

        for (int i = 0; i < r.Parts.Length; i++)
        {
            var part = r.Parts[i];
            if (part.Kind == SyntaxKind.PipeToken)
            {
                sb.Append(part.Text);
                continue;
            }

            string cell = Trim(part.Text);
            if (i < lastPipe) sb.Append(' ').Append(cell).Append(cell.Length > 0 ? " " : "");
            else if (cell.Trim().Length > 0) sb.Append(' ').Append(cell).Append(" |");
            else if (cell.Length > 0) sb.Append(' ').Append(cell); // other white space (U+00A0 …) after the last pipe: kept, and still no cell (RowLineSyntax.Cells)
        }

        return sb.ToString();
    }

    private static string Spaced(string rest) => rest.Length == 0 ? "" : " " + rest;

    private static string TrimEnd(string s)
    {
        int end = s.Length;
        while (end > 0 && LineGrammar.IsSpaceChar(s[end - 1])) end--;
        return s[..end];
    }

    private static string Trim(string s)
    {
        int start = 0;
        while (start < s.Length && LineGrammar.IsSpaceChar(s[start])) start++;
        return TrimEnd(s[start..]);
    }
}
