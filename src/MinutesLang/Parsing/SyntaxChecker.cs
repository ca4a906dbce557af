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
        // a file in another encoding (Big5, GB18030, UTF-16) is said to be so once: what its bytes read as in UTF-8 is
        // nobody's text, and no finding is made of it (the binder leaves it out too, as a binary file); bytes of no
        // encoding that read as a binary file's are that (ML0007)
        if (source.ForeignEncoding is { } foreign && (foreign != ForeignEncoding.Unknown || !IsBinary(source.Text)))
        {
            ReportForeign(source, foreign, bag);
            return;
        }

        CheckCharacters(source, bag);
        foreach (var line in nesting.Orphans) bag.At(source, line.Indent.FullSpan).OrphanIndent();
        foreach (var line in nesting.TooDeep.Take(1)) bag.At(source, line.Indent.FullSpan).NestingTooDeep(Parser.MaxDepth);
        IndentationChecker.Check(source, root, nesting, bag);
        if (!bag.Items.Any(d => d.Code == "ML0007"))
        {
            NearMissChecker.Check(source, root, bag);
            MarginLineChecker.Check(source, root, bag); // ML0020
        }
        Visit(source, root, bag);
    }

    /// <summary>The node's own finding, then its children's, in source order (a recursion, not nested iterators).</summary>
    private static void Visit(SourceText source, SyntaxNode node, DiagnosticBag bag)
    {
        switch (node)
        {
            case CaseLinkSyntax link:
                if (link.Close.IsMissing) bag.At(source, link.Open.FullSpan).UnterminatedCaseLink();
                else if (link.Id.Span.IsWhiteSpace()) bag.At(source, link.FullSpan).EmptyCaseId();
                break;
            case PlaceholderSyntax p:
                bag.At(source, p.FullSpan).Unfilled(p.Name.Text.Trim(), p.Close.IsMissing);
                break;
            case RowLineSyntax row:
                // table cells are tokens, not inline text: their placeholders are read by the inline grammar here
                foreach (var cell in row.Parts)
                {
                    if (cell.Kind != SyntaxKind.CellText || !cell.Span.Contains("{{", StringComparison.Ordinal)) continue;
                    foreach (var p in LineGrammar.ParseInline(cell.Text).Elements.OfType<PlaceholderSyntax>())
                        bag.At(source, new TextSpan(cell.Start + p.FullSpan.Start, p.FullSpan.Length)).Unfilled(p.Name.Text.Trim(), p.Close.IsMissing);
                }

                break;
            case DirectiveLineSyntax d when d.Name.Length == 0:
                bag.At(source, d.At.FullSpan).DirectiveNameExpected();
                break;
            case PartLineSyntax p when p.IndentWidth > 0:
                bag.At(source, p.Marker.FullSpan).MarkerNotAtMargin(new("part '*'", "分項標記「*」"));
                break;
            case TitleLineSyntax t when t.IndentWidth > 0:
                bag.At(source, t.Marker!.FullSpan).MarkerNotAtMargin(new("title '#'", "標題標記「#」"));
                break;
        }

        switch (node)
        {
            case DocumentSyntax d:
                foreach (var b in d.Blocks) Visit(source, b, bag);
                break;
            case BlockSyntax b:
                Visit(source, b.Line, bag);
                foreach (var c in b.Blocks) Visit(source, c, bag);
                break;
            case InlineSyntax i:
                foreach (var e in i.Elements) Visit(source, e, bag);
                break;
            case TextRunSyntax or RowLineSyntax or BlankLineSyntax or CommentLineSyntax or PlaceholderSyntax or CaseLinkSyntax:
                break; // tokens only
            // a line's one or two nodes between its tokens, visited directly (a line's Children is an iterator: an object
            // or two on every line, issue 14 §2)
            case MarkedLineSyntax m:
                Visit(source, m.Content, bag);
                break;
            case DirectiveLineSyntax d:
                Visit(source, d.Arguments, bag);
                break;
            case FieldLineSyntax f:
                Visit(source, f.Field.Value, bag);
                break;
            case PartLineSyntax p:
                if (p.Field is { } pf) Visit(source, pf.Value, bag);
                if (p.Content is { } pc) Visit(source, pc, bag);
                break;
            default:
                foreach (var c in node.Children)
                {
                    if (c is not SyntaxToken) Visit(source, c, bag);
                }

                break;
        }
    }

    /// <summary>
    /// Whether check calls <paramref name="text"/> binary (ML0007): more than 8 C0 controls (but tab, CR, LF), and
    /// more than one character in 20. The importer refuses such a text with the same test (ML0410).
    /// </summary>
    internal static bool IsBinary(string text)
    {
        // a vectorized search from one control to the next: most texts have none
        int controls = 0;
        var rest = text.AsSpan();
        for (int i; (i = rest.IndexOfAny(C0ButTabAndBreaks)) >= 0; rest = rest[(i + 1)..]) controls++;
        return controls > 8 && controls * 20 > text.Length;
    }

    /// <summary>U+0000–U+001F but tab, LF and CR: the controls <see cref="IsBinary"/> counts.</summary>
    private static readonly System.Buffers.SearchValues<char> C0ButTabAndBreaks = System.Buffers.SearchValues.Create(
        "\0\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000C\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F");

    /// <summary>The one ML0001 of a file that is not UTF-8: at its first byte that is not, naming the encoding it reads in.</summary>
    private static void ReportForeign(SourceText source, string encoding, DiagnosticBag bag)
    {
        int at = source.InvalidByteOffsets.IsEmpty ? 0 : source.InvalidByteOffsets[0];
        var span = new TextSpan(at, source.Length == 0 ? 0 : 1);
        string file = Path.GetFileName(source.Path);
        if (encoding == ForeignEncoding.Unknown) bag.At(source, span).NotUtf8(source.InvalidByteOffsets.Length, source.ByteLength);
        else bag.At(source, span).NotUtf8(encoding, ForeignEncoding.IconvName(encoding), file, source.ByteLength);
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
        for (int i = text.IndexOf('\0'); i >= 0 && reported < MaxByteDiagnostics; i = text.IndexOf('\0', i + 1))
        {
            bag.At(source, new TextSpan(i, 1)).NulCharacter();
            reported++;
        }

        ControlCharacters.Check(source, bag);
    }
}
