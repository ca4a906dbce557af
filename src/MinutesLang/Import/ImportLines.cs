using System.Text.RegularExpressions;
using MinutesLang.Parsing;
using MinutesLang.Semantics;
using MinutesLang.Text;

namespace MinutesLang.Import;

internal enum LineKind
{
    Blank,
    Artifact,
    Part,
    Item,
    Field,
    Row,
    Text,
}

/// <summary>
/// One logical line of the official layout: a physical line with the extraction's bullet
/// dropped, classified, and with the wrapped lines that continue it (PDF line breaks) appended.
/// <see cref="Offset"/> is where its meaningful text starts in the input, for diagnostics.
/// </summary>
internal sealed class ImportLine
{
    public required LineKind Kind { get; set; }

    /// <summary>The text after the ordinal (parts, items), the whole line (fields, text), the raw line (rows, artifacts).</summary>
    public required string Text
    {
        get => text;
        set
        {
            // the first text is the line's own; what is set later (wrapped lines appended) goes beyond it
            if (text is not null) ownLength ??= text.Length;
            text = value;
        }
    }

    private string text = null!;
    private int? ownLength;
    private int? textOffset;

    public required int Offset { get; init; }

    /// <summary>Where <see cref="Text"/> starts in the input: after the ordinal of a part or an item, at the page number of an artifact; else <see cref="Offset"/>.</summary>
    public int TextOffset
    {
        get => textOffset ?? Offset;
        init => textOffset = value;
    }

    /// <summary>
    /// The span in the input of the characters <paramref name="index"/>..+<paramref name="length"/> of <see cref="Text"/>,
    /// for a finding that names a part of the line (a date, a weekday, '[['). What lies beyond the line's own text (wrapped
    /// lines appended to it) is cut at its end, and nothing reaches past the input's <paramref name="inputLength"/>.
    /// </summary>
    public TextSpan SpanOf(int index, int length, int inputLength)
    {
        int own = ownLength ?? text.Length;
        int start = TextOffset + Math.Clamp(index, 0, own);
        int end = TextOffset + Math.Clamp(index + length, 0, own);
        start = Math.Min(start, inputLength);
        return new TextSpan(start, Math.Max(0, Math.Min(end, inputLength) - start));
    }

    public int Line { get; init; }

    public string Ordinal { get; init; } = "";

    public int Number { get; init; }

    public ListStyle Style { get; init; }

    /// <summary>A field's label without spaces (說 明 is 說明).</summary>
    public string Label { get; init; } = "";

    public IReadOnlyList<string> Cells { get; init; } = [];

    /// <summary>A row's cells as extracted, with their &lt;p&gt; paragraph tags.</summary>
    public IReadOnlyList<string> RawCells { get; init; } = [];

    /// <summary>The length of the last physical line that went into this one: a long line without a full stop was wrapped.</summary>
    public int LastPieceLength { get; set; }

    public bool IsRecorder => Kind == LineKind.Field && Label is "紀錄" or "記錄";

    /// <summary>A field whose label the original writes without a colon (<c>時  間 中華民國…</c>): the imported record adds one (ML0422).</summary>
    public bool ColonAdded => LabelLength > 0;

    /// <summary>For <see cref="ColonAdded"/>: where the label the colon follows starts in the input, and its length.</summary>
    public int LabelStart { get; init; }

    /// <summary>The length of the label written without a colon; 0 when the line has its colon.</summary>
    public int LabelLength { get; init; }

    /// <summary>A heading on a line of its own without an ordinal (<c>報 告 事 項</c>): an unnumbered part.</summary>
    public bool IsHeading { get; init; }

    /// <summary>
    /// The heading of one item of a part on a line of its own (<c>提案二</c>, <c>提案二：</c>, <c>討論事項二</c>,
    /// <c>臨時動議一</c>: <see cref="ImportLayout.IsItemHeading"/>): it starts its item, so no line before it takes it
    /// as a wrapped line, and nothing after it is joined to it.
    /// </summary>
    public bool IsItemHeading { get; init; }

    /// <summary>An artifact that is a running header (a line repeated at page breaks), not a page number.</summary>
    public bool IsRunningHeader { get; set; }

    /// <summary>
    /// The chair or the recorder of a line that holds both (<c>主席：…　　紀錄：…</c>,
    /// <c>紀錄：…　　主席：…</c>): two fields, printed on one line again (<c>@紀錄同行</c>).
    /// </summary>
    public bool SharesChairLine { get; init; }
}

/// <summary>Physical lines → classified logical lines.</summary>
internal static partial class ImportLines
{
    [GeneratedRegex(@"^[\-•●▪‧・■□◆◇○]\s+")]
    private static partial Regex Bullet();

    [GeneratedRegex(@"^(-\s*[0-9]+\s*-|第\s*[0-9]+\s*頁(\s*[，,、/]?\s*共\s*[0-9]+\s*頁)?|[0-9]+\s*/\s*[0-9]+|Page\s+[0-9]+(\s+of\s+[0-9]+)?)$", RegexOptions.IgnoreCase)]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"^(.*?(主\s*席|會議主席)\s*[：:].*?\S)[ \t\u3000]+((紀|記)\s*錄\s*[：:].*)$")]
    private static partial Regex ChairAndRecorder();

    /// <summary>The recorder first, the chair after it on the same line: <c>紀錄：李小華　　　　主席：王大明</c>.</summary>
    [GeneratedRegex(@"^([ \u3000]*(紀|記)\s*錄\s*[：:].*?\S)[ \t\u3000]+((主\s*席|會議主席)\s*[：:].*)$")]
    private static partial Regex RecorderAndChair();

    /// <summary>The chair and the recorder on one line, both without a colon: <c>主　席　王大明　　紀　錄　李小華</c> (two spaces or more between).</summary>
    [GeneratedRegex(@"^([ \u3000]*(主[ \u3000]*席|會議主席)[ \u3000]+[^ \u3000：:].*?\S)[ \t\u3000]{2,}((紀|記)[ \u3000]*錄[ \u3000]+[^ \u3000：:].*)$")]
    private static partial Regex ChairAndRecorderWithoutColons();

    public static List<ImportLine> Read(SourceText source, bool linesAreParagraphs = false)
    {
        var result = new List<ImportLine>();
        bool blank = true, bridge = false, afterBreak = false;
        int lastArabicDot = 0;
        string? firstLine = null;
        var headers = new HashSet<string>();
        int width = TypicalWidth(source);
        for (int i = 0; i < source.LineStarts.Length; i++)
        {
            int start = source.LineStarts[i];
            string raw = source.GetLineText(i + 1);
            if (i == source.LineStarts.Length - 1 && raw.Length == 0) break;
            if (i == 0 && source.HasByteOrderMark) start++; // GetLineText leaves the mark out

            // the recorder printed beside the chair: two lines
            // a text run together on one line (a Word export): split at its labels and ordinals
            foreach (var (runStart, run) in ImportLayout.SplitRunOn(raw))
            {
                var cr = ChairAndRecorder().Match(run);
                if (!cr.Success) cr = RecorderAndChair().Match(run);
                if (!cr.Success) cr = ChairAndRecorderWithoutColons().Match(run);
                var pieces = cr.Success
                    ? new[] { (cr.Groups[1].Value, start + runStart), (cr.Groups[3].Value, start + runStart + cr.Groups[3].Index) }
                    : new[] { (run, start + runStart) };
                foreach (var (piece, at) in pieces)
                {
                    var line = Classify(piece, at, i + 1, lastArabicDot + 1, cr.Success);
                    line.LastPieceLength = piece.Trim().Length;
                    if (line.Kind == LineKind.Item && line.Style == ListStyle.ArabicDot) lastArabicDot = line.Number;
                    else if (line.Kind is LineKind.Part or LineKind.Field || line.IsHeading) lastArabicDot = 0;
                    RunningHeader(line);
                    Add(line);
                }
            }

            if (linesAreParagraphs) blank = true;
        }

        return result;

        // a text line at the top of a page that repeats the first line of the text or a line that
        // stood at the top of an earlier page is a running header, left out like a page number
        void RunningHeader(ImportLine line)
        {
            if (line.Kind == LineKind.Blank) return;
            string key = ImportLayout.Key(line.Text);
            if (line.Kind == LineKind.Artifact)
            {
                afterBreak = true;
                return;
            }

            firstLine ??= key;
            if (afterBreak && line.Kind == LineKind.Text && !line.IsHeading && !line.IsItemHeading)
            {
                if (key == firstLine && result.Count > 0 || headers.Contains(key))
                {
                    line.Kind = LineKind.Artifact;
                    line.IsRunningHeader = true;
                    return; // the next line may be at the top of the page as well
                }

                headers.Add(key);
            }

            afterBreak = false;
        }

        void Add(ImportLine line)
        {
            switch (line.Kind)
            {
                case LineKind.Blank:
                    blank = true;
                    return;
                case LineKind.Artifact:
                    result.Add(line);
                    bridge = PreviousMeaningful(result) is { } before && CanContinue(before) && !EndsSentence(before.Text);
                    return;
                case LineKind.Text when line.IsHeading || line.IsItemHeading:
                    result.Add(line);
                    break;
                case LineKind.Text when bridge && PreviousMeaningful(result) is { } p:
                    Append(p, line.Text);
                    break;
                case LineKind.Text when !blank && result.Count > 0 && CanContinue(result[^1]) && !EndsParagraph(result[^1], width):
                    Append(result[^1], line.Text);
                    break;
                case LineKind.Text when !linesAreParagraphs && result.Count > 0 && Wrapped(result[^1]):
                    // a PDF line break that the extraction turned into a paragraph break
                    Append(result[^1], line.Text);
                    break;
                default:
                    result.Add(line);
                    break;
            }

            bridge = false;
            blank = false;
        }
    }

    /// <summary>
    /// The width the text was wrapped at: the length most long lines reach (the 75th percentile of
    /// the lengths of lines of 10 characters or more, tables left out); 0 for a text of whole paragraphs.
    /// </summary>
    private static int TypicalWidth(SourceText source)
    {
        var lengths = new List<int>();
        for (int i = 0; i < source.LineStarts.Length; i++)
        {
            string l = source.GetLineText(i + 1).Trim(' ', '\u3000', '\f');
            if (l.Length >= 10 && !l.Contains('\t') && !l.StartsWith('|')) lengths.Add(l.Length);
        }

        if (lengths.Count < 4) return 0;
        lengths.Sort();
        return lengths[lengths.Count * 3 / 4];
    }

    /// <summary>
    /// Evidence that a line ends its paragraph although the next line is text: it ends a sentence
    /// (。！？) and is much shorter (under two thirds) than the width the text was wrapped at.
    /// </summary>
    private static bool EndsParagraph(ImportLine prev, int width)
    {
        string t = prev.Text.TrimEnd();
        return width > 0 && t.Length > 0 && "。！？".Contains(t[^1]) && prev.LastPieceLength * 3 < width * 2;
    }

    private static ImportLine? PreviousMeaningful(List<ImportLine> lines)
    {
        for (int i = lines.Count - 1; i >= 0; i--)
        {
            if (lines[i].Kind is not (LineKind.Artifact or LineKind.Blank)) return lines[i];
        }

        return null;
    }

    private static bool EndsSentence(string s)
    {
        s = s.TrimEnd();
        return s.Length == 0 || "。！？；：」）)".Contains(s[^1]);
    }

    /// <summary>Lines of a PDF are wrapped at about 30 or more characters; a shorter line, or one ending a sentence, ends its paragraph.</summary>
    public const int WrapWidth = 30;

    private static bool Wrapped(ImportLine prev) => CanContinue(prev) && !EndsSentence(prev.Text) && prev.LastPieceLength >= WrapWidth;

    /// <summary>
    /// A text, an item, a field with a value, or a part with a value after its label
    /// (<c>肆、報告事項：本季由…</c>) can be continued by a wrapped line; a heading, a recorder and
    /// a title (a line ending in 紀錄) cannot.
    /// </summary>
    private static bool CanContinue(ImportLine prev) =>
        !prev.IsHeading && !prev.IsItemHeading && !TitleEnd().IsMatch(prev.Text) &&
        (prev.Kind is LineKind.Text || prev.Kind is LineKind.Item && !IntroducesContent(prev.Text)
         || (prev.Kind is LineKind.Field && !prev.IsRecorder && prev.Text.Length > prev.Text.IndexOfAny(['：', ':']) + 1)
         || (prev.Kind is LineKind.Part && FieldLabel(prev.Text) is { } l && l is not ("紀錄" or "記錄") && prev.Text.Length > prev.Text.IndexOfAny(['：', ':']) + 1));

    [GeneratedRegex(@"(紀錄|記錄)\s*$")]
    private static partial Regex TitleEnd();

    /// <summary>An item that ends with its colon (<c>一、主席致詞:</c>) introduces what is below it: the lines after it are its content, not its wrapped text.</summary>
    private static bool IntroducesContent(string text) => text.TrimEnd() is { Length: > 0 } t && t[^1] is '：' or ':';

    private static void Append(ImportLine prev, string more)
    {
        string a = prev.Text.TrimEnd(), b = more.Trim();
        bool space = a.Length > 0 && b.Length > 0 && a[^1] < 0x2E80 && b[0] < 0x2E80 && char.IsLetterOrDigit(a[^1]) && char.IsLetterOrDigit(b[0]);
        prev.Text = a + (space ? " " : "") + b;
        prev.LastPieceLength = b.Length;
    }

    private static ImportLine Classify(string raw, int start, int lineNo, int nextArabicDot, bool sharesChairLine)
    {
        var line = Classify(raw, start, lineNo, nextArabicDot);
        if (!sharesChairLine || line.Kind is not (LineKind.Field or LineKind.Part)) return line;
        return new ImportLine
        {
            Kind = line.Kind, Text = line.Text, Offset = line.Offset, Line = line.Line, Ordinal = line.Ordinal, Number = line.Number,
            Label = line.Label, LabelStart = line.LabelStart, LabelLength = line.LabelLength, SharesChairLine = true,
        };
    }

    private static ImportLine Classify(string raw, int start, int lineNo, int nextArabicDot)
    {
        if (raw.Trim().Length == 0 && !raw.Contains('\f')) return new ImportLine { Kind = LineKind.Blank, Text = "", Offset = start, Line = lineNo };
        string trimmedRaw = raw.Trim(' ', '\u3000', '\f', '\t');
        if (raw.Contains('\f') && trimmedRaw.Length == 0 || PageNumber().IsMatch(trimmedRaw))
            return new ImportLine { Kind = LineKind.Artifact, Text = raw.Replace("\f", "").Trim(), Offset = start, Line = lineNo, TextOffset = start + raw.Length - raw.TrimStart().Length };

        // a tab-separated or piped table row (tabs inside the line, before the indentation is dropped)
        string noFf = raw.Replace("\f", "");
        string lead = noFf.TrimStart(' ', '\u3000');
        if (lead.StartsWith('|'))
        {
            var cells = lead.Trim().Trim('|').Split('|').Select(c => c.Trim()).ToList();
            int at = raw.IndexOf(lead, StringComparison.Ordinal);
            return new ImportLine { Kind = LineKind.Row, Text = lead, Offset = start, Line = lineNo, Cells = cells, TextOffset = start + Math.Max(0, at) };
        }

        if (noFf.TrimEnd().Contains('\t') && noFf.Trim().Length > 0)
        {
            var rawCells = noFf.TrimStart(' ', '\u3000').Split('\t');
            var cells = rawCells.Select(c => StripTags(c).Trim()).ToList();
            return new ImportLine { Kind = LineKind.Row, Text = noFf, Offset = start, Line = lineNo, Cells = cells, RawCells = rawCells };
        }

        string text = noFf.Trim(' ', '\u3000');
        int offset = start + raw.IndexOf(text, StringComparison.Ordinal);
        var bullet = Bullet().Match(text);
        if (bullet.Success && text.Length > bullet.Length)
        {
            offset += bullet.Length;
            text = text[bullet.Length..];
        }

        // the ordinal styles of official documents: one recognition, shared with the syntax checker (ML0019)
        if (Ordinals.Match(text) is { } o)
        {
            // 壹、時  間 中華民國…: a part whose label has no colon
            if (o.IsPart && ImportLayout.ColonlessLabel(text[o.Length..]) is { } partLabel)
            {
                string rest = text[o.Length..];
                string written = partLabel.Written + "：" + partLabel.Gap[1..] + rest[(partLabel.Written.Length + partLabel.Gap.Length)..];
                return new ImportLine { Kind = LineKind.Part, Text = written, Offset = offset, TextOffset = offset + o.Length, Line = lineNo, Ordinal = o.Ordinal, Number = o.Number, LabelStart = offset + o.Length, LabelLength = partLabel.Written.Length };
            }

            return o.IsPart
                ? new ImportLine { Kind = LineKind.Part, Text = text[o.Length..], Offset = offset, TextOffset = offset + o.Length, Line = lineNo, Ordinal = o.Ordinal, Number = o.Number }
                : new ImportLine { Kind = LineKind.Item, Text = text[o.Length..], Offset = offset, TextOffset = offset + o.Length, Line = lineNo, Ordinal = o.Ordinal, Number = o.Number, Style = o.Style };
        }

        // 2.114年4月1日起…: item 2 of the list, then a date (not the decimal 2.114)
        if (ImportLayout.OrdinalBeforeDigit(text, nextArabicDot) is > 0 and var dot)
        {
            int n = text[..(dot - 1)].Aggregate(0, (v, c) => v * 10 + (c >= '０' ? c - '０' : c - '0'));
            return new ImportLine { Kind = LineKind.Item, Text = text[dot..], Offset = offset, TextOffset = offset + dot, Line = lineNo, Ordinal = text[..dot], Number = n, Style = ListStyle.ArabicDot };
        }

        // 提案二, 提案二：, 討論事項二, 臨時動議一: an item's heading, never a field nor a wrapped line
        if (ImportLayout.IsItemHeading(text))
            return new ImportLine { Kind = LineKind.Text, Text = text, Offset = offset, Line = lineNo, IsItemHeading = true };

        if (FieldLabel(text) is { } label)
            return new ImportLine { Kind = LineKind.Field, Text = text, Offset = offset, Line = lineNo, Label = label };

        if (ImportLayout.IsHeading(text))
            return new ImportLine { Kind = LineKind.Text, Text = text, Offset = offset, Line = lineNo, IsHeading = true };

        // 時  間 中華民國…: a known label without its colon, read as the field (the record writes the colon)
        if (ImportLayout.ColonlessLabel(text) is { } bare)
        {
            string written = bare.Written + "：" + bare.Gap[1..] + text[(bare.Written.Length + bare.Gap.Length)..];
            return new ImportLine { Kind = LineKind.Field, Text = written, Offset = offset, Line = lineNo, Label = bare.Label, LabelStart = offset, LabelLength = bare.Written.Length };
        }


        return new ImportLine { Kind = LineKind.Text, Text = text, Offset = offset, Line = lineNo };
    }

    /// <summary>The label (spaces removed) when the line is a field as the notation reads one: at most 12 letters before a colon.</summary>
    public static string? FieldLabel(string text)
    {
        int colon = text.IndexOfAny(['：', ':']);
        if (colon <= 0) return null;
        string label = text[..colon].TrimEnd(' ', '\u3000', '\t');
        if (label.Length == 0 || label.Length > LineGrammar.MaxLabelLength || !LineGrammar.IsLabelChar(label[0])) return null;
        if (!label.All(c => LineGrammar.IsLabelChar(c) || c is ' ' or '\u3000')) return null;
        if (text[colon] == ':' && text[(colon + 1)..].StartsWith("//", StringComparison.Ordinal)) return null;
        return string.Concat(label.Where(c => !char.IsWhiteSpace(c)));
    }

    /// <summary>The paragraphs of a cell written &lt;p&gt;…&lt;/p&gt; &lt;p&gt;…&lt;/p&gt;; one paragraph when it has no tags.</summary>
    public static List<string> Paragraphs(string rawCell) =>
        [.. Regex.Split(rawCell.Trim(), @"</p>\s*<p>").Select(p => p.Replace("<p>", "").Replace("</p>", "").Trim()).Where(p => p.Length > 0)];

    /// <summary>The text of a paragraph that starts with the ordinal <paramref name="n"/>. (1. 2. …), else null.</summary>
    public static string? NumberedParagraph(string paragraph, int n) => Ordinals.NumberedParagraph(paragraph, n);

    public static string StripTags(string cell) => cell.Replace("</p> <p>", " ").Replace("</p><p>", " ").Replace("<p>", "").Replace("</p>", "");
}
