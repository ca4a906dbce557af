using MinutesLang.Diagnostics;
using MinutesLang.Localization;
using MinutesLang.Rendering;
using MinutesLang.Semantics;
using MinutesLang.Syntax;
using MinutesLang.Text;

namespace MinutesLang.Parsing;

/// <summary>
/// The writer's mistakes that look like the notation but are not quite it (issue 11, points 3 and 4),
/// all warnings, so that <c>fmt</c> still runs: a marker without its space (ML0015), a full-width
/// marker (ML0016), a full-width space after a marker (ML0017) — the grammar reads these as the
/// construct meant and <c>fmt</c> repairs them —, full-width link, placeholder, comment or row
/// punctuation (ML0018, printed as text, left to the writer), and ordinals typed by hand at the start
/// of a part, an item, a text line or a field's value (ML0019), with the ordinal the compiler prints there instead
/// (the list levels of <see cref="ListLevel"/>, the ordinal styles of <see cref="Ordinals"/>).
/// </summary>
internal static class NearMissChecker
{
    public static void Check(SourceText source, DocumentSyntax root, DiagnosticBag bag)
    {
        var lines = new List<LineSyntax>();
        Collect(root.Blocks, lines);
        foreach (var line in lines) CheckLine(source, line, bag);
        CheckOrdinals(source, root, bag);
    }

    private static void Collect(IEnumerable<BlockSyntax> blocks, List<LineSyntax> lines)
    {
        foreach (var b in blocks)
        {
            lines.Add(b.Line);
            Collect(b.Blocks, lines);
        }
    }

    private static Phrase What(SyntaxKind kind) => kind switch
    {
        SyntaxKind.StarToken => Part,
        SyntaxKind.DashToken => new("list item", "清單項目"),
        SyntaxKind.HashToken => Title,
        _ => Directive,
    };

    private static readonly Phrase Part = new("part", "分項"), Title = new("title", "標題"), Directive = new("directive", "指令");

    private static string Ascii(string marker) => marker is [var c] && c > '\uFF00' ? ((char)(c - 0xFEE0)).ToString() : marker;

    private static void CheckLine(SourceText source, LineSyntax line, DiagnosticBag bag)
    {
        switch (line)
        {
            case DirectiveLineSyntax d when d.At.Text != "@":
                bag.At(source, d.At.FullSpan).FullWidthMarker(d.At.Text, "@", Directive, repaired: true);
                break;
            case PartLineSyntax p:
                CheckMarker(p.Marker, p.Space, p.Field is not null || p.Content is { IsEmpty: false });
                break;
            case TextLineSyntax t:
                CheckText(t);
                break;
            case MarkedLineSyntax m when m.Marker is { } marker:
                CheckMarker(marker, m.Space, !m.Content.IsEmpty);
                break;
        }

        if (line is not CommentLineSyntax) CheckPunctuation(source, line, bag);

        void CheckMarker(SyntaxToken marker, SyntaxToken? space, bool hasContent)
        {
            string ascii = Ascii(marker.Text);
            // a full-width marker is one mistake, whatever follows it: fmt writes '* ' for '＊' and '＊　' alike
            if (ascii != marker.Text) bag.At(source, marker.FullSpan).FullWidthMarker(marker.Text, ascii, What(marker.Kind), repaired: true);
            else if (space is null && hasContent) bag.At(source, marker.FullSpan).MarkerWithoutSpace(ascii, What(marker.Kind));
            else if (space is not null && space.Span.Contains('\u3000')) bag.At(source, space.FullSpan).FullWidthSpaceAfterMarker(ascii);
        }

        // an indented ＊ or ＃ (a part or a title is only read at the left margin), ｜ and ／／ at a line's start
        void CheckText(TextLineSyntax t)
        {
            if (t.Marker is not null) return; // '\' keeps what follows as text, on purpose
            var span = t.Content.FullSpan;
            var text = source.Text.AsSpan(span.Start, span.Length); // the line's text in place (the tree is lossless)
            int at = span.Start;
            if (text.Length == 0) return;
            if (t.IndentWidth == 0 && GluedToFigure(t) is > 0 and var figure)
                bag.At(source, new TextSpan(at, 1)).MarkerGluedToFigure("*", text[..figure].ToString(), Part);
            else if (text[0] is '＊' or '＃' && (text.Length == 1 || LineGrammar.IsSpaceChar(text[1])))
                bag.At(source, new TextSpan(at, 1)).FullWidthMarker(text[..1].ToString(), Ascii(text[..1].ToString()), text[0] == '＊' ? Part : Title, repaired: false);
            else if (text[0] == '｜')
                bag.At(source, new TextSpan(at, 1)).FullWidthPunctuation("｜", "|", new("table row (each cell between ASCII pipes)", "表格列（每格以半形「|」分隔）"));
            else if (text.StartsWith("／／", StringComparison.Ordinal))
                bag.At(source, new TextSpan(at, 2)).FullWidthPunctuation("／／", "//", new("comment", "註解"));
        }
    }

    /// <summary>
    /// A text line at the left margin that starts with the part marker <c>*</c> glued to a figure of two digits or more
    /// (<c>*2020雙北…</c>, <c>*114年度…</c>, full-width digits too): the space after the marker forgotten. The grammar reads
    /// it as text (a figure is no near-miss follower, <see cref="LineGrammar.IsNearMissFollower"/>), so ML0015 names it;
    /// the length of the marker and the figure, else 0. A single digit (<c>*1</c>, a footnote's mark), <c>**</c>, a line
    /// escaped with <c>\</c> and an indented line are not this mistake.
    /// </summary>
    internal static int GluedToFigure(TextLineSyntax line)
    {
        // read on the first run's span (a line starting with '*' starts with a plain run; a run ends only at '[' or '{'): no
        // line's text is made a string to be looked at (issue 14 §2)
        if (line.Marker is not null || line.Content.Elements.IsEmpty || line.Content.Elements[0] is not TextRunSyntax { Token: var first }) return 0;
        var text = first.Span;
        if (text.Length < 3 || text[0] != '*') return 0;
        int end = 1;
        while (end < text.Length && (char.IsAsciiDigit(text[end]) || text[end] is >= '０' and <= '９')) end++;
        return end >= 3 ? end : 0;
    }

    private static readonly (string Written, string Meant, Phrase What)[] FullWidthOpeners =
        [("［［", "[[", new Phrase("case link", "案件連結")), ("｛｛", "{{", new Phrase("placeholder", "預留位置"))];

    /// <summary>［［…］］ and ｛｛…｝｝ in a line's text (the first of each on the line): a case link or a placeholder typed in full width.</summary>
    private static void CheckPunctuation(SourceText source, LineSyntax line, DiagnosticBag bag)
    {
        // the line as written is its span of the source (the tree is lossless): searched in place, not copied
        var span = line.FullSpan;
        var text = source.Text.AsSpan(span.Start, span.Length);
        if (text.IndexOfAny('［', '｛') < 0) return;
        foreach (var (written, meant, what) in FullWidthOpeners)
        {
            // the first on the line: a line of thousands of them is one finding, not thousands
            int i = text.IndexOf(written, StringComparison.Ordinal);
            if (i >= 0) bag.At(source, new TextSpan(span.Start + i, written.Length)).FullWidthPunctuation(written, meant, what);
        }
    }

    // ── hand-typed ordinals (ML0019) ───────────────────────────────────────────────────

    private static void CheckOrdinals(SourceText source, DocumentSyntax root, DiagnosticBag bag)
    {
        int parts = 0;
        var top = root.Content.ToList();
        for (int i = 0; i < top.Count; i++)
        {
            var line = top[i].Line;
            if (line is PartLineSyntax) parts++;
            switch (line)
            {
                case PartLineSyntax { Content: { } content }:
                    if (Typed(content) is { } o)
                        At(source, bag, content.FullSpan.Start, o).HandTypedOrdinalOnPart(Shown(o), Numbering.Part(parts) + "、");
                    break;
                case TextLineSyntax { Marker: null } t:
                    if (Typed(t.Content) is { } p)
                        At(source, bag, t.Content.FullSpan.Start, p).HandTypedPartOnText(Shown(p), Numbering.Part(parts + 1) + "、");
                    break;
                case FieldLineSyntax f:
                    FieldOrdinals(source, f.Field, new ListLevel(ListStyle.ChineseComma), 1, bag);
                    break;
                case PartLineSyntax { Field: { } pf }:
                    FieldOrdinals(source, pf, new ListLevel(ListStyle.ChineseComma), 1, bag);
                    break;
            }

            if (!top[i].Blocks.IsEmpty) Walk(source, top[i].Content.ToList(), new ListLevel(ListStyle.ChineseComma), 1, bag);
        }
    }

    /// <summary>The blocks of one container, whose lists are at <paramref name="level"/> (list level <paramref name="depth"/>, 1 for 一、).</summary>
    private static void Walk(SourceText source, List<BlockSyntax> blocks, ListLevel level, int depth, DiagnosticBag bag)
    {
        ListStyle? pinned = null;
        int item = 0, typedText = 0;
        for (int i = 0; i < blocks.Count; i++)
        {
            var line = blocks[i].Line;
            if (line is not ItemLineSyntax && item > 0)
            {
                item = 0;
                pinned = null; // '@list' pins the one list after it, as the binder reads it
            }

            var here = pinned is { } p ? new ListLevel(p) : level;
            if (line is not TextLineSyntax) typedText = 0;
            switch (line)
            {
                case DirectiveLineSyntax d when d.Name.Text == Directives.List && ListStyles.TryParse(d.Arguments.PlainText, out var style):
                    pinned = style;
                    break;
                case ItemLineSyntax it:
                    item++;
                    if (Typed(it.Content) is { } o)
                    {
                        string printed = here.Item(item);
                        string written = Shown(o);
                        bool sameStyle = !o.IsPart && here.Deeper == 0 && o.Style == here.Style;
                        string? style = sameStyle || o.IsPart || !ListStyles.TryParse(Numbering.Item(o.Style, 1), out _) ? null : Numbering.Item(o.Style, 1);
                        At(source, bag, it.Content.FullSpan.Start, o).HandTypedOrdinalOnItem(written, printed, depth, style);
                    }

                    if (!blocks[i].Blocks.IsEmpty) Walk(source, blocks[i].Content.ToList(), here.Next(), depth + 1, bag);
                    continue;
                case TextLineSyntax { Marker: null } t:
                    if (Typed(t.Content) is { } q)
                    {
                        typedText++;
                        At(source, bag, t.Content.FullSpan.Start, q).HandTypedOrdinalOnText(Shown(q), q.Ordinal, here.Item(typedText), depth);
                    }

                    break;
            }

            if (line is FieldLineSyntax field) FieldOrdinals(source, field.Field, here, depth, bag);
            if (line is not DirectiveLineSyntax) pinned = null;
            if (!blocks[i].Blocks.IsEmpty) Walk(source, blocks[i].Content.ToList(), level, depth, bag); // a leaf (most lines) has nothing to walk
        }
    }

    /// <summary>
    /// An ordinal a writer types at the start of a field's value (issue 11 §4: a field's value is a text line):
    /// <c>說明：一、…</c>, <c>決議：(一)…</c>: the value is one paragraph, the list goes below the field, at
    /// <paramref name="level"/>, list level <paramref name="depth"/>. A label <c>案由一</c> is not reported: seed
    /// 112-3 writes it on purpose, to print 案由一 for the only agenda item of a part.
    /// </summary>
    private static void FieldOrdinals(SourceText source, FieldSyntax field, ListLevel level, int depth, DiagnosticBag bag)
    {
        string label = field.Name;
        if (Typed(field.Value) is { } o)
        {
            At(source, bag, field.Value.FullSpan.Start, o).HandTypedOrdinalInField(Shown(o), label, level.Item(1), depth);
        }
    }

    private static DiagnosticBuilder At(SourceText source, DiagnosticBag bag, int at, OrdinalMatch o) =>
        bag.At(source, new TextSpan(at, Shown(o).Length));

    /// <summary>The ordinal as the writer typed it, with a part's 、 (壹、).</summary>
    private static string Shown(OrdinalMatch o) => o.IsPart ? o.Ordinal + "、" : o.Ordinal;

    /// <summary>
    /// The ordinal at the start of a line's text, unless what follows it shows it is a number of the
    /// text: 一、二年級, 1、2 月, 甲、乙雙方 (a numeral or a stem of the same kind right after the
    /// ordinal) are prose, as 1.5 億 already is (<see cref="Ordinals"/> reads no ordinal there).
    /// </summary>
    private static OrdinalMatch? Typed(InlineSyntax content)
    {
        // most lines start with no ordinal: told by their first character, before their text is made a string
        if (content.Elements.IsEmpty || content.Elements[0] is not TextRunSyntax { Token: var first } || !Ordinals.MayStartWith(first.Span)) return null;
        string text = content.ToFullString();
        if (Ordinals.Match(text) is not { } o) return null;
        char next = text[o.Length];
        bool sameKind = o.Style switch
        {
            _ when o.IsPart => "壹貳參叁肆伍陸柒捌玖拾".Contains(next),
            ListStyle.ChineseComma or ListStyle.ChineseParen or ListStyle.ChineseFullParen => "一二三四五六七八九十".Contains(next),
            ListStyle.HeavenlyStem => "甲乙丙丁戊己庚辛壬癸".Contains(next),
            _ => char.IsDigit(next),
        };
        return sameKind ? null : o;
    }
}
