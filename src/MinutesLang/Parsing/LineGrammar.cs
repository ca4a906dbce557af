using System.Collections.Immutable;
using MinutesLang.Syntax;
using Pidgin;
using static Pidgin.Parser;
using static Pidgin.Parser<char>;

namespace MinutesLang.Parsing;

/// <summary>
/// The Pidgin grammar of the notation's lines (grammar/minutes.ebnf). It is total: every
/// input parses, because a line that is nothing else is text; malformed constructs become
/// nodes with missing tokens that the <see cref="SyntaxChecker"/> reports.
/// </summary>
/// <remarks>
/// Speed (issue 14 §2, docs/bench/throughput.md): every parser is built once, in a static field. A line and a run of
/// inline text choose their alternative by their first character (<see cref="Body"/>, <see cref="InlineUntil"/>)
/// instead of trying each in turn (each failed alternative costs Pidgin an error record), and a field's label is
/// measured on the input span before it is copied into a string (<see cref="LabelText"/>). The alternatives tried,
/// and their order, for each first character are those of the plain ordered choice in grammar/minutes.ebnf, so the
/// tree is the same.
/// </remarks>
internal static class LineGrammar
{
    public const int MaxLabelLength = 12;

    /// <summary>
    /// The text being parsed, for the tokens to slice (<see cref="SyntaxToken.Slice"/>): set by <see cref="Run{T}"/> around
    /// one parse on this thread (Pidgin has no user state), the outer one restored after it.
    /// </summary>
    [ThreadStatic]
    private static string? source;

    /// <summary>
    /// A token of what <paramref name="text"/> reads: a slice of the text being parsed from the offset before it to the
    /// offset after it. <paramref name="text"/>'s own result is not kept, so it need make no string.
    /// </summary>
    private static Parser<char, SyntaxToken> Tok<T>(SyntaxKind kind, Parser<char, T> text) =>
        Map((start, _, end) => SyntaxToken.Slice(kind, Source, start, end - start), CurrentOffset, text, CurrentOffset);

    private static string Source => source ?? throw new InvalidOperationException("LineGrammar's parsers run only through LineGrammar.ParseDocument, ParseLine or ParseInline, which give the tokens their text.");

    private static T Run<T>(Parser<char, T> parser, string text)
    {
        var outer = source;
        source = text;
        try
        {
            return parser.ParseOrThrow(text);
        }
        finally
        {
            source = outer;
        }
    }

    /// <summary>
    /// A whole text (a record, a series, a line's text read again at the margin): its byte-order mark, its lines, the end
    /// of the file. The grammar is total, so every text parses; every token is a slice of <paramref name="text"/>.
    /// </summary>
    public static (SyntaxToken? Bom, ImmutableArray<LineSyntax> Lines, SyntaxToken Eof) ParseDocument(string text) => Run(Document, text);

    /// <summary>The first line of <paramref name="text"/> (which need not end with a line break); its tokens are slices of it.</summary>
    public static LineSyntax ParseLine(string text) => Run(Line, text);

    /// <summary>Inline text (plain runs, case links, placeholders) up to the first line break of <paramref name="text"/>.</summary>
    public static InlineSyntax ParseInline(string text) => Run(Inline, text);

    private static bool IsEolChar(char c) => c == '\r' || c == '\n';

    public static bool IsSpaceChar(char c) => c == ' ' || c == '\t' || c == '\u3000';

    public static bool IsLabelChar(char c) => char.IsLetterOrDigit(c);

    private static bool IsNameChar(char c) => char.IsLetterOrDigit(c) || c == '-' || c == '_';

    private static readonly Parser<char, SyntaxToken?> OptionalSpaces =
        Tok(SyntaxKind.Whitespace, Token(IsSpaceChar).SkipAtLeastOnce()).Optional().Select(o => o.HasValue ? o.Value : null);

    // \r\n, \n, \r or the end: a '\r' and the '\n' after it if there is one (no Try: the choice is made by the first character)
    private static readonly Parser<char, SyntaxToken> EndOfLine = Tok(
        SyntaxKind.EndOfLine,
        OneOf(Char('\r').Then(Char('\n').Optional()).IgnoreResult(), Char('\n').IgnoreResult(), End));

    private static readonly Parser<char, int> AtEndOfLine = ScanParser.AtEndOfLine;

    private static readonly Parser<char, Unit> RestOfLine = Token(c => !IsEolChar(c)).SkipMany();

    // inline: plain runs, [[case links]] and {{placeholders}}
    private static Parser<char, InlineElementSyntax> PlainRun(Func<char, bool> stop) =>
        Tok(
            SyntaxKind.Text,
            OneOf(
                Token(c => !IsEolChar(c) && c != '[' && c != '{' && !stop(c)).SkipAtLeastOnce(),
                LoneOpenBracket,
                LoneOpenBrace))
        .Select(t => (InlineElementSyntax)new TextRunSyntax(t));

    // a '[' or '{' that does not open a link or a placeholder (the next character is not its twin): read as text
    private static readonly Parser<char, Unit> LoneOpenBracket = ScanParser.CharFollowedBy("a lone '['", c => c == '[', n => n != '[').IgnoreResult();
    private static readonly Parser<char, Unit> LoneOpenBrace = ScanParser.CharFollowedBy("a lone '{'", c => c == '{', n => n != '{').IgnoreResult();

    // {{name}}: what the writer is to fill in; an unclosed one runs to the end of the line
    private static readonly Parser<char, InlineElementSyntax> Placeholder =
        Map(
            (open, name, close) => (InlineElementSyntax)new PlaceholderSyntax(
                open,
                name,
                close.HasValue ? close.Value : SyntaxToken.Missing(SyntaxKind.ClosePlaceholderToken, name.Start + name.Length)),
            Tok(SyntaxKind.OpenPlaceholderToken, ScanParser.Literal("{{")),
            Tok(SyntaxKind.PlaceholderName, Token(c => !IsEolChar(c) && c != '}').SkipMany()),
            Tok(SyntaxKind.ClosePlaceholderToken, ScanParser.Literal("}}")).Optional());

    private static readonly Parser<char, InlineElementSyntax> CaseLink =
        Map(
            (open, id, wording, close) => (InlineElementSyntax)new CaseLinkSyntax(
                open,
                id,
                wording.HasValue ? wording.Value.Pipe : null,
                wording.HasValue ? wording.Value.Wording : null,
                close.HasValue ? close.Value : SyntaxToken.Missing(SyntaxKind.CloseLinkToken, id.Start + id.Length + (wording.HasValue ? 1 + wording.Value.Wording.Length : 0))),
            Tok(SyntaxKind.OpenLinkToken, ScanParser.Literal("[[")),
            Tok(SyntaxKind.CaseId, Token(c => !IsEolChar(c) && c != '|' && c != ']' && c != '[').SkipMany()),
            Map(
                (pipe, w) => (Pipe: pipe, Wording: w),
                Tok(SyntaxKind.LinkPipeToken, String("|")),
                Tok(SyntaxKind.Wording, Token(c => !IsEolChar(c) && c != ']').SkipMany())).Optional(),
            Tok(SyntaxKind.CloseLinkToken, ScanParser.Literal("]]")).Optional());

    // the ordered choice (case link, placeholder, plain run) by the first character: only '[' can start a link and only
    // '{' a placeholder; the plain run reads a lone '[' or '{' when the link or placeholder is not there
    private static Parser<char, InlineSyntax> InlineUntil(Func<char, bool> stop)
    {
        var run = PlainRun(stop);
        var linkOrRun = OneOf(CaseLink, run);
        var placeholderOrRun = OneOf(Placeholder, run);
        return ScanParser.PeekChar.Bind(c => c switch { '[' => linkOrRun, '{' => placeholderOrRun, _ => run })
            .Many().Select(es => new InlineSyntax([.. es]));
    }

    private static readonly Parser<char, InlineSyntax> Inline = InlineUntil(_ => false);

    // fields: label：value
    // the head of a field, its label and its colon, measured on the input span and read whole or not at all (no Try: a
    // line of prose, letters up to its first punctuation, fails here having read nothing): a label character, then label
    // characters and spaces, at most MaxLabelLength of them not spaces, then '：', or ':' not followed by "//" (a URL)
    private static readonly Parser<char, int> FieldHead = new ScanParser("a field's label and colon", 16, MeasureFieldHead);

    private static int MeasureFieldHead(ReadOnlySpan<char> ahead, bool atEnd)
    {
        if (ahead.IsEmpty || !IsLabelChar(ahead[0])) return ScanParser.Fail;
        int i = 1;
        while (i < ahead.Length && (IsLabelChar(ahead[i]) || ahead[i] == ' ' || ahead[i] == '\u3000')) i++;
        if (i == ahead.Length) return atEnd ? ScanParser.Fail : ScanParser.NeedMore; // no colon before the end
        if (CountNonSpace(ahead[..i]) > MaxLabelLength) return ScanParser.Fail;
        if (ahead[i] == '：') return i + 1;
        if (ahead[i] != ':') return ScanParser.Fail;
        if (i + 2 < ahead.Length || atEnd) return ahead[(i + 1)..].StartsWith("//", StringComparison.Ordinal) ? ScanParser.Fail : i + 1;
        return ScanParser.NeedMore;
    }

    private static int CountNonSpace(ReadOnlySpan<char> text)
    {
        int n = 0;
        foreach (char c in text)
        {
            if (!IsSpaceChar(c)) n++;
        }

        return n;
    }

    private static readonly Parser<char, FieldSyntax> Field =
        Map(
            (start, head, after, value) => MakeField(start, head - 1, after, value),
            CurrentOffset,
            FieldHead,
            OptionalSpaces,
            Inline);

    // the label without the spaces before its colon, those spaces (if any), the colon: slices of the text at its offsets
    private static FieldSyntax MakeField(int start, int length, SyntaxToken? after, InlineSyntax value)
    {
        string source = Source;
        int trimmed = source.AsSpan(start, length).TrimEnd(" \u3000\t").Length;
        var labelTok = SyntaxToken.Slice(SyntaxKind.Label, source, start, trimmed);
        SyntaxToken? before = trimmed < length ? SyntaxToken.Slice(SyntaxKind.Whitespace, source, start + trimmed, length - trimmed) : null;
        var colonTok = SyntaxToken.Slice(SyntaxKind.ColonToken, source, start + length, 1);
        return new FieldSyntax(labelTok, before, colonTok, after, value);
    }

    private delegate LineSyntax LineFactory(SyntaxToken indent, SyntaxToken endOfLine);

    private static Parser<char, SyntaxToken> Marker(char c, SyntaxKind kind) =>
        Tok(kind, ScanParser.CharFollowedBy($"the marker '{c}'", ch => ch == c, next => next is not { } n || IsSpaceChar(n) || IsEolChar(n)));

    /// <summary>
    /// A character that, right after a marker, shows the writer meant the marker and forgot its
    /// space (<c>-有關</c>, <c>*時間：</c>, <c>-【附件】</c>): a CJK character or full-width
    /// punctuation (U+2E80 and above). A Latin letter, a digit or a sign does not (<c>-5 度</c>,
    /// <c>-based</c>, <c>---</c> stay text) nor their full-width forms (<c>-５ 度</c>), nor a kept
    /// invalid byte (U+DC80–DCFF) or a BOM.
    /// </summary>
    public static bool IsNearMissFollower(char c) =>
        c >= '\u2E80' && c != '\u3000' && c != '\uFEFF' && c is not (>= '\uDC80' and <= '\uDCFF') && !(c is >= '\uFF10' and <= '\uFF5A' && char.IsLetterOrDigit(c));

    /// <summary>The full-width twin of an ASCII marker of the notation (＊ for *), or the character itself.</summary>
    public static char FullWidth(char marker) => (char)(marker + 0xFEE0);

    /// <summary>
    /// A marker as the writer may have meant it (ML0015, ML0016, ML0017 report what is not canonical):
    /// the ASCII marker or its full-width twin, followed by a space, the end of the line, or, the space
    /// forgotten, a <see cref="IsNearMissFollower"/> character; for the title also a letter or a
    /// digit (<c>#114 年度…</c>: a title starts with its year).
    /// </summary>
    private static Parser<char, SyntaxToken> NearMissMarker(char c, SyntaxKind kind, bool digitsToo = false) =>
        Tok(kind, ScanParser.CharFollowedBy(
            $"the marker '{c}'",
            ch => ch == c || ch == FullWidth(c),
            next => next is not { } n || IsSpaceChar(n) || IsEolChar(n) || IsNearMissFollower(n) || digitsToo && char.IsAsciiLetterOrDigit(n)));

    private static readonly Parser<char, LineFactory> Blank =
        AtEndOfLine.Select<LineFactory>(_ => (i, e) => new BlankLineSyntax(i, e));

    private static readonly Parser<char, LineFactory> Comment =
        Tok(SyntaxKind.CommentText, ScanParser.Literal("//").Then(RestOfLine))
            .Select<LineFactory>(c => (i, e) => new CommentLineSyntax(i, c, e));

    private static readonly Parser<char, LineFactory> Directive =
        Map<char, SyntaxToken, SyntaxToken, SyntaxToken?, InlineSyntax, LineFactory>(
            (at, name, space, args) => (i, e) => new DirectiveLineSyntax(i, at, name, space, args, e),
            Tok(SyntaxKind.AtToken, OneOf(String("@"), String("＠"))),
            Tok(SyntaxKind.DirectiveName, Token(IsNameChar).SkipMany()),
            OptionalSpaces,
            Inline);

    private static Parser<char, LineFactory> Title(Parser<char, SyntaxToken> marker) =>
        Map<char, SyntaxToken, SyntaxToken?, InlineSyntax, LineFactory>(
            (m, s, c) => (i, e) => new TitleLineSyntax(i, m, s, c, e), marker, OptionalSpaces, Inline);

    // an item is read as meant at any indentation (-有關, －　…); a part or a title only at the left
    // margin, where they belong: an indented '*註' or '＃' stays text
    private static readonly Parser<char, LineFactory> Item =
        Map<char, SyntaxToken, SyntaxToken?, InlineSyntax, LineFactory>(
            (m, s, c) => (i, e) => new ItemLineSyntax(i, m, s, c, e), NearMissMarker('-', SyntaxKind.DashToken), OptionalSpaces, Inline);

    private static Parser<char, LineFactory> Part(Parser<char, SyntaxToken> marker) =>
        Map<char, SyntaxToken, SyntaxToken?, (FieldSyntax? Field, InlineSyntax? Text), LineFactory>(
            (m, s, body) => (i, e) => new PartLineSyntax(i, m, s, body.Field, body.Text, e),
            marker,
            OptionalSpaces,
            OneOf(
                Field.Select(f => ((FieldSyntax?)f, (InlineSyntax?)null)),
                Inline.Select(c => ((FieldSyntax?)null, (InlineSyntax?)c))));

    private static readonly Parser<char, LineFactory> Row =
        OneOf(
            Tok(SyntaxKind.PipeToken, String("|")),
            Tok(SyntaxKind.CellText, Token(c => !IsEolChar(c) && c != '|').SkipAtLeastOnce()))
        .AtLeastOnce()
        .Select<LineFactory>(parts => (i, e) => new RowLineSyntax(i, [.. parts], e));

    private static readonly Parser<char, LineFactory> Escaped =
        Map<char, SyntaxToken, InlineSyntax, LineFactory>(
            (b, c) => (i, e) => new TextLineSyntax(i, b, c, e), Tok(SyntaxKind.BackslashToken, String("\\")), Inline);

    private static readonly Parser<char, LineFactory> FieldLine =
        Field.Select<LineFactory>(f => (i, e) => new FieldLineSyntax(i, f, e));

    private static readonly Parser<char, LineFactory> TextLine =
        Inline.Select<LineFactory>(c => (i, e) => new TextLineSyntax(i, null, c, e));

    // '＠' before a name character: a directive written with a full-width at sign (reads nothing; the directive reads it)
    private static readonly Parser<char, int> FullWidthAtBeforeName =
        new ScanParser("'＠' before a name", 2, (ahead, atEnd) => ahead.Length < 2 ? (atEnd ? ScanParser.Fail : ScanParser.NeedMore) : ahead[0] == '＠' && IsNameChar(ahead[1]) ? 0 : ScanParser.Fail);

    /// <summary>
    /// The body of a line: the ordered choice of grammar/minutes.ebnf (blank, comment, directive, title, item, part,
    /// row, escaped text, field, text), but dispatched on the first character, since each alternative but the field
    /// and the text needs its own (a label starts with a letter or a digit, which no marker is): only the alternatives
    /// that can succeed on that character are tried, in the same order, so the line read is the same.
    /// </summary>
    private static Parser<char, LineFactory> Body(bool atMargin)
    {
        var titleOrText = OneOf(Title(atMargin ? NearMissMarker('#', SyntaxKind.HashToken, digitsToo: true) : Marker('#', SyntaxKind.HashToken)), TextLine);
        var partOrText = OneOf(Part(atMargin ? NearMissMarker('*', SyntaxKind.StarToken) : Marker('*', SyntaxKind.StarToken)), TextLine);
        var itemOrText = OneOf(Item, TextLine);
        var commentOrText = OneOf(Comment, TextLine);
        var fieldOrText = OneOf(FieldLine, TextLine);
        var fullWidthAt = OneOf(FullWidthAtBeforeName.Then(Directive), TextLine);
        var full = FullWidth('#');
        var fullStar = FullWidth('*');
        return ScanParser.PeekChar.Optional().Bind(first => !first.HasValue ? Blank : first.Value switch
        {
            '\r' or '\n' => Blank,
            '/' => commentOrText,
            '@' => Directive,
            '＠' => fullWidthAt,
            '#' => titleOrText,
            '-' or '－' => itemOrText,
            '*' => partOrText,
            '|' => Row,
            '\\' => Escaped,
            var c when c == full => atMargin ? titleOrText : TextLine, // an indented '＃' stays text
            var c when c == fullStar => atMargin ? partOrText : TextLine,
            var c when IsLabelChar(c) => fieldOrText,
            _ => TextLine,
        });
    }

    private static readonly Parser<char, SyntaxToken> NoIndent = Tok(SyntaxKind.Indent, Return(Unit.Value));

    private static readonly Parser<char, LineSyntax> IndentedLine =
        Map((indent, body, eol) => body(indent, eol), Tok(SyntaxKind.Indent, Token(IsSpaceChar).SkipAtLeastOnce()), Body(atMargin: false), EndOfLine);

    private static readonly Parser<char, LineSyntax> MarginLine =
        Map((indent, body, eol) => body(indent, eol), NoIndent, Body(atMargin: true), EndOfLine);

    /// <summary>One line: indented (a space, a tab or a full-width space first) or at the left margin.</summary>
    private static readonly Parser<char, LineSyntax> Line =
        ScanParser.PeekChar.Optional().Bind(first => first.HasValue && IsSpaceChar(first.Value) ? IndentedLine : MarginLine);

    private static readonly Parser<char, (SyntaxToken? Bom, ImmutableArray<LineSyntax> Lines, SyntaxToken Eof)> Document =
        Map(
            (bom, lines, eof) => (bom.HasValue ? bom.Value : null, lines.ToImmutableArray(), eof),
            Tok(SyntaxKind.ByteOrderMark, String("\uFEFF")).Optional(),
            ScanParser.NotAtEnd.Then(Line).Many(),
            Tok(SyntaxKind.EndOfFile, End));
}
