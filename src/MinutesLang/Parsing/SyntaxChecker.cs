using Pidgin;
using MinutesLang.Diagnostics;
using MinutesLang.Syntax;
using MinutesLang.Text;

namespace MinutesLang.Parsing;

/// <summary>Reports what the total grammar accepted but is malformed: bad bytes, broken links, misplaced markers.</summary>
internal static class SyntaxChecker
{
    private const int MaxByteDiagnostics = 10;

    public static void Check(SourceText source, DocumentSyntax root, Parser.Nesting nesting, DiagnosticBag bag)
    {
        CheckCharacters(source, bag);
        foreach (var line in nesting.Orphans) bag.At(source, line.Indent.FullSpan).OrphanIndent();
        foreach (var line in nesting.TooDeep.Take(1)) bag.At(source, line.Indent.FullSpan).NestingTooDeep(Parser.MaxDepth);
        IndentationChecker.Check(source, root, nesting, bag);
        if (!bag.Items.Any(d => d.Code == "ML0007")) NearMissChecker.Check(source, root, bag);
        foreach (var node in Walk(root))
        {
            switch (node)
            {
                case CaseLinkSyntax link:
                    if (link.Close.IsMissing) bag.At(source, link.Open.FullSpan).UnterminatedCaseLink();
                    else if (link.Id.Text.Trim().Length == 0) bag.At(source, link.FullSpan).EmptyCaseId();
                    break;
                case PlaceholderSyntax p:
                    bag.At(source, p.FullSpan).Unfilled(p.Name.Text.Trim(), p.Close.IsMissing);
                    break;
                case RowLineSyntax row:
                    // table cells are tokens, not inline text: their placeholders are read by the inline grammar here
                    foreach (var cell in row.Parts.Where(t => t.Kind == SyntaxKind.CellText && t.Text.Contains("{{", StringComparison.Ordinal)))
                    {
                        foreach (var p in LineGrammar.Inline.ParseOrThrow(cell.Text).Elements.OfType<PlaceholderSyntax>())
                            bag.At(source, new TextSpan(cell.Start + p.FullSpan.Start, p.FullSpan.Length)).Unfilled(p.Name.Text.Trim(), p.Close.IsMissing);
                    }

                    break;
                case DirectiveLineSyntax d when d.Name.Text.Length == 0:
                    bag.At(source, d.At.FullSpan).DirectiveNameExpected();
                    break;
                case PartLineSyntax p when p.IndentWidth > 0:
                    bag.At(source, p.Marker.FullSpan).MarkerNotAtMargin(new("part '*'", "分項標記「*」"));
                    break;
                case TitleLineSyntax t when t.IndentWidth > 0:
                    bag.At(source, t.Marker!.FullSpan).MarkerNotAtMargin(new("title '#'", "標題標記「#」"));
                    break;
            }
        }
    }

    private static IEnumerable<SyntaxNode> Walk(SyntaxNode node)
    {
        yield return node;
        foreach (var c in node.Children)
        {
            if (c is SyntaxToken) continue;
            foreach (var n in Walk(c)) yield return n;
        }
    }

    /// <summary>
    /// Whether check calls <paramref name="text"/> binary (ML0007): more than 8 C0 controls (but tab, CR, LF), and
    /// more than one character in 20. The importer refuses such a text with the same test (ML0410).
    /// </summary>
    internal static bool IsBinary(string text)
    {
        int controls = 0;
        foreach (char c in text)
        {
            if (c < ' ' && c != '\r' && c != '\n' && c != '\t') controls++;
        }

        return controls > 8 && controls * 20 > text.Length;
    }

    private static void CheckCharacters(SourceText source, DiagnosticBag bag)
    {
        string text = source.Text;
        if (IsBinary(text))
        {
            int first = text.AsSpan().IndexOfAnyInRange('\0', '\u0008');
            bag.At(source, new TextSpan(Math.Max(first, 0), 1)).BinaryFile();
            return;
        }

        int reported = 0;
        int lastInvalid = -2;
        foreach (int offset in source.InvalidByteOffsets)
        {
            if (offset != lastInvalid + 1 && reported++ < MaxByteDiagnostics) bag.At(source, new TextSpan(offset, 1)).InvalidUtf8();
            lastInvalid = offset;
        }

        reported = 0;
        for (int i = 0; i < text.Length && reported < MaxByteDiagnostics; i++)
        {
            if (text[i] == '\0')
            {
                bag.At(source, new TextSpan(i, 1)).NulCharacter();
                reported++;
            }
        }

        ControlCharacters.Check(source, bag);
    }
}
