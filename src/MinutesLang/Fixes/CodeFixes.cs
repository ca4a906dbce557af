using System.Collections.Immutable;
using MinutesLang.Diagnostics;
using MinutesLang.Localization;
using MinutesLang.Text;

namespace MinutesLang.Fixes;

/// <summary>
/// The quick fixes of the compiler's findings (issue 16 point 2), the same for <c>minutes fix</c> and the language
/// server's code actions. A fix is computed from the finding alone: its code, its span in its record's
/// <see cref="SourceText"/>, the text under that span and the arguments of its <see cref="DiagnosticText"/> (what the
/// rule knew: the right weekday, the count, the host of @rotation, the accepted names of a case). The rules are not
/// run again; a rule that knew more than its message said passes it as an argument (ML0250's <c>names</c>).
/// <para>
/// A fix is offered only where the rule's own hint names the answer. Where there is one answer the fix is
/// <see cref="CodeFix.Unique"/>; where there are several (a case with a title and 別名, a marker that is a part or
/// text) each candidate is a fix of its own, named, none unique; where the answer is the writer's intent (ML0011,
/// a field's value split into a list) there is none. Every fix removes its finding and raises no new one
/// (CodeFixTests apply each to mutated seeds and check again).
/// </para>
/// </summary>
public static class CodeFixes
{
    /// <summary>The codes that can have a fix (the others never have one).</summary>
    public static IReadOnlySet<string> Codes { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "ML0010", "ML0015", "ML0016", "ML0017", "ML0018", "ML0019", "ML0103", "ML0117", "ML0118", "ML0220", "ML0240", "ML0250", "ML0251", "ML0252",
    };

    /// <summary>
    /// The fixes of <paramref name="diagnostic"/>: none when it has no fix (its code has none, or its text is not what the
    /// rule saw, e.g. an edited buffer), one per candidate answer otherwise.
    /// </summary>
    public static IReadOnlyList<CodeFix> For(Diagnostic diagnostic)
    {
        if (!Codes.Contains(diagnostic.Code) || diagnostic.Text is null) return [];
        string text = diagnostic.Source.Text;
        var span = diagnostic.Span;
        if (span.Start < 0 || span.End > text.Length) return [];
        try
        {
            return Make(new Finding(diagnostic, text, span));
        }
        catch (Exception e) when (e is ArgumentException or InvalidCastException or FormatException)
        {
            return []; // an argument not of the form the rule gives: no fix rather than a wrong one
        }
    }

    /// <summary>The fixes of every finding in <paramref name="diagnostics"/>, in their order.</summary>
    public static IEnumerable<CodeFix> For(IEnumerable<Diagnostic> diagnostics) => diagnostics.SelectMany(For);

    /// <summary>
    /// <paramref name="text"/> with <paramref name="fixes"/> made, in the order given: a fix whose edits overlap those of
    /// one made before it (two findings on one token) is left out. Gives the new text and the fixes made. Linear in the
    /// text and the edits but for a sort (issue 16: each edit was checked against every edit taken and each made with a
    /// copy of the rest of the text, 326 s for 150,000 ML0015 fixes): an edit is checked against its two neighbours among
    /// the edits taken, kept sorted, and the text is built once.
    /// </summary>
    public static (string Text, IReadOnlyList<CodeFix> Applied) Apply(string text, IEnumerable<CodeFix> fixes)
    {
        var taken = new List<TextSpan>(); // sorted by start; no two overlap, so none shares a start
        var applied = new List<CodeFix>();
        var edits = new List<FixEdit>();
        foreach (var fix in fixes)
        {
            if (fix.Edits.Any(e => e.Span.End > text.Length || Collides(taken, e.Span))) continue;
            foreach (var e in fix.Edits) taken.Insert(LowerBound(taken, e.Span.Start), e.Span);
            edits.AddRange(fix.Edits);
            applied.Add(fix);
        }

        edits.Sort((a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : a.Span.Length.CompareTo(b.Span.Length));
        var sb = new System.Text.StringBuilder(text.Length + edits.Sum(e => e.NewText.Length));
        int at = 0;
        foreach (var e in edits)
        {
            sb.Append(text, at, e.Span.Start - at).Append(e.NewText);
            at = e.Span.End;
        }

        sb.Append(text, at, text.Length - at);
        return (sb.ToString(), applied);
    }

    /// <summary>The overlap checks <see cref="Apply"/> made on this thread (CodeFixTests count them: at most two an edit).</summary>
    [ThreadStatic]
    internal static long OverlapChecks;

    /// <summary>Whether <paramref name="span"/> collides with one of <paramref name="taken"/> (sorted, pairwise apart): only the nearest before and the nearest from its start can.</summary>
    private static bool Collides(List<TextSpan> taken, TextSpan span)
    {
        int i = LowerBound(taken, span.Start);
        for (int j = Math.Max(0, i - 1); j <= i && j < taken.Count; j++)
        {
            OverlapChecks++;
            if (Overlap(taken[j], span)) return true;
        }

        return false;
    }

    /// <summary>The first index of <paramref name="taken"/> whose start is at or after <paramref name="start"/>.</summary>
    private static int LowerBound(List<TextSpan> taken, int start)
    {
        int lo = 0, hi = taken.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (taken[mid].Start < start) lo = mid + 1;
            else hi = mid;
        }

        return lo;
    }

    /// <summary>Two edits collide when they share a character, or one inserts inside or at the start of the other.</summary>
    private static bool Overlap(TextSpan a, TextSpan b) =>
        a.Start < b.End && b.Start < a.End || a.Start == b.Start || a.Length == 0 && a.Start > b.Start && a.Start < b.End || b.Length == 0 && b.Start > a.Start && b.Start < a.End;

    private readonly record struct Finding(Diagnostic D, string Text, TextSpan Span)
    {
        public string Written => Text.Substring(Span.Start, Span.Length);

        public string Form => D.Text!.Form.Key;

        public T? Arg<T>(string name) => D.Text!.Arguments.FirstOrDefault(a => a.Key == name).Value is T v ? v : default;

        public string Str(string name) => Arg<object>(name)?.ToString() ?? throw new ArgumentException($"{D.Code} has no argument {name}");

        public CodeFix Fix(Phrase title, bool unique, params FixEdit[] edits) => new(D, title, [.. edits], unique);

        public CodeFix Replace(TextSpan span, string newText, bool unique = true) =>
            Fix(new Phrase($"Replace '{Text.Substring(span.Start, span.Length)}' with '{newText}'", $"將「{Text.Substring(span.Start, span.Length)}」改為「{newText}」"), unique, new FixEdit(span, newText));
    }

    private static IReadOnlyList<CodeFix> Make(Finding f) =>
        f.D.Code switch
        {
            "ML0103" => Weekday(f),
            "ML0252" => RecordWord(f),
            "ML0250" => Wording(f),
            "ML0251" => f.Span.Length > 0 ? [f.Replace(f.Span, f.Str("name"))] : [], // Validation/Rules/PlatformNameRule: the platform's id
            "ML0220" => f.Span.Length > 0 ? [f.Replace(f.Span, f.Str("expected"))] : [], // Validation/Rules/RotationRules: the host of @rotation for the quarter or year
            "ML0240" => Count(f),
            "ML0117" => Named(f, f.Str("written"), f.Str("meant")),
            "ML0118" => Named(f, f.Str("written"), f.Str("meant")),
            "ML0010" => Indentation(f),
            "ML0015" => MarkerSpace(f),
            "ML0016" => FullWidthMarker(f),
            "ML0017" => f.Written.Contains('\u3000') ? [f.Fix(new Phrase($"Write an ASCII space after '{f.Str("marker")}'", $"「{f.Str("marker")}」後改用半形空格"), true, new FixEdit(f.Span, " "))] : [],
            "ML0018" => Punctuation(f),
            "ML0019" => Ordinal(f),
            _ => [],
        };

    /// <summary>ML0103 (Semantics/RecordBinder, WeekdayGrammar): the weekday's last character is its day; the rest of the writer's form (星期, 週, 禮拜, brackets) stays.</summary>
    private static IReadOnlyList<CodeFix> Weekday(Finding f)
    {
        string expected = f.Str("expected");
        if (f.Span.Length == 0 || !IsDay(f.Text[f.Span.End - 1]) || expected.Length == 0 || !IsDay(expected[^1])) return [];
        var day = new TextSpan(f.Span.End - 1, 1);
        string now = f.Written[..^1] + expected[^1];
        return [f.Fix(new Phrase($"Write {now} ({f.Str("date")} is a {expected})", $"改為{now}（{f.Str("date")} 是{expected}）"), true, new FixEdit(day, expected[^1].ToString()))];
    }

    private static bool IsDay(char c) => "一二三四五六日天".Contains(c);

    /// <summary>ML0252 (Validation/Rules/RecordWordRule, seed 108-1's 記錄：): 紀 for 記, the spacing of a spaced label kept (記　錄 → 紀　錄).</summary>
    private static IReadOnlyList<CodeFix> RecordWord(Finding f) =>
        f.Written.StartsWith('記') && f.Written.EndsWith('錄')
            ? [f.Fix(new Phrase($"Write 紀{f.Written[1..]} (the noun)", $"改為「紀{f.Written[1..]}」（名詞）"), true, new FixEdit(new TextSpan(f.Span.Start, 1), "紀"))]
            : [];

    /// <summary>
    /// ML0250 (Validation/Rules/CaseWordingRule): the wording of <c>[[id|wording]]</c> replaced by an accepted name of the
    /// case (its title, a 別名, a name of @更名). Unique only when the case has one name; else one fix per name, the
    /// nearest first.
    /// </summary>
    private static IReadOnlyList<CodeFix> Wording(Finding f)
    {
        string link = f.Written;
        int open = link.IndexOf("[[", StringComparison.Ordinal), bar = link.IndexOf('|'), close = link.LastIndexOf("]]", StringComparison.Ordinal);
        if (open < 0 || bar < open || close < bar) return [];
        var names = (f.Arg<IReadOnlyList<string>>("names") ?? [f.Str("nearest")])
            .Select(n => n.Trim()).Where(n => n.Length > 0 && !n.Contains("]]", StringComparison.Ordinal) && !n.Contains('|') && !n.Contains('\n'))
            .DistinctBy(Validation.SeriesContext.Squeeze).ToList();
        string nearest = f.Str("nearest");
        names = [.. names.OrderBy(n => n == nearest ? 0 : 1)];
        var wording = TextSpan.FromBounds(f.Span.Start + bar + 1, f.Span.Start + close);
        return [.. names.Select(n => f.Fix(new Phrase($"Write the case's name '{n}'", $"改為案名「{n}」"), names.Count == 1, new FixEdit(wording, n)))];
    }

    /// <summary>ML0240 (Validation/Rules/CountRule): the number of the phrase (有 5 個議案…, 共計 3 案, 等 2 案, 計有 4 案) made the count of the cases named, in the writer's numerals.</summary>
    private static IReadOnlyList<CodeFix> Count(Finding f)
    {
        int counted = f.D.Text!.Arguments.FirstOrDefault(a => a.Key == "counted").Value is int c ? c : 1; // the ".one" forms say 1 and pass 1
        var m = System.Text.RegularExpressions.Regex.Match(f.Written, "[0-9０-９]+|[一二兩三四五六七八九十]+");
        if (!m.Success || counted < 1) return [];
        string number = m.Value[0] switch
        {
            >= '0' and <= '9' => counted.ToString(System.Globalization.CultureInfo.InvariantCulture),
            >= '０' and <= '９' => new string([.. counted.ToString(System.Globalization.CultureInfo.InvariantCulture).Select(d => (char)(d - '0' + '０'))]),
            _ when counted > 99 => "",
            _ => m.Value == "兩" && counted == 2 ? "兩" : Chinese(counted),
        };
        if (number.Length == 0) return [];
        var span = new TextSpan(f.Span.Start + m.Index, m.Length);
        return [f.Fix(new Phrase($"Write {number}: {counted} case{(counted == 1 ? "" : "s")} named", $"改為 {number}：所列案件為 {counted} 件"), true, new FixEdit(span, number))];
    }

    /// <summary>1 to 99 in Chinese numerals, as CountRule.ParseNumber reads them (十, 十二, 二十, 二十三).</summary>
    public static string Chinese(int n)
    {
        const string digits = "〇一二三四五六七八九";
        if (n is < 1 or > 99) throw new ArgumentOutOfRangeException(nameof(n));
        if (n < 10) return digits[n].ToString();
        return (n / 10 == 1 ? "" : digits[n / 10].ToString()) + "十" + (n % 10 == 0 ? "" : digits[n % 10].ToString());
    }

    /// <summary>ML0117, ML0118 (Semantics/NearMiss): the name one character off a known one, written as the one it is read as.</summary>
    private static IReadOnlyList<CodeFix> Named(Finding f, string written, string meant)
    {
        int at = f.Written.IndexOf(written, StringComparison.Ordinal);
        if (at < 0 || written.Length == 0) return [];
        return [f.Replace(new TextSpan(f.Span.Start + at, written.Length), meant)];
    }

    /// <summary>
    /// ML0010 (Parsing/IndentationChecker, the full-width spaces and tabs of records pasted from Word): a line indented
    /// with tabs or full-width spaces among lines indented with spaces gets the spaces of the column it is read at (a tab
    /// 4, a full-width space 2), so it nests where it is read. Where the other lines use tabs or full-width spaces, or
    /// the reading is in doubt (ML0011), there is no fix: which kind is meant is the writer's choice.
    /// </summary>
    private static IReadOnlyList<CodeFix> Indentation(Finding f)
    {
        var others = f.Arg<Phrase>("others");
        int column = f.D.Text!.Arguments.FirstOrDefault(a => a.Key == "column").Value is int c ? c : 0;
        if (others?.En != "spaces" || column < 2 || f.Written.Length == 0 || f.Written.Any(ch => ch is not (' ' or '\t' or '\u3000'))) return [];
        return [f.Fix(new Phrase($"Indent with {column - 1} spaces", $"改以 {column - 1} 個空格縮排"), true, new FixEdit(f.Span, new string(' ', column - 1)))];
    }

    /// <summary>ML0015 (Parsing/NearMissChecker): the space the marker needs, as fmt adds it.</summary>
    private static IReadOnlyList<CodeFix> MarkerSpace(Finding f)
    {
        string marker = f.Str("marker");
        if (f.Written != marker) return [];
        // '*2020年…' is read as text: a part, or a text that starts with '*'; which, only the writer knows (issue h §4)
        if (f.Form == "figure")
            return [f.Fix(new Phrase($"Add a space after '{marker}' (a part)", $"在「{marker}」後加空格（分項）"), false, new FixEdit(new TextSpan(f.Span.End, 0), " ")),
                f.Fix(new Phrase($"Keep '{marker}' as text ('\\{marker}')", $"保留「{marker}」為文字（「\\{marker}」）"), false, new FixEdit(new TextSpan(f.Span.Start, 0), "\\"))];
        return [f.Fix(new Phrase($"Add a space after '{marker}'", $"在「{marker}」後加空格"), true, new FixEdit(new TextSpan(f.Span.End, 0), " "))];
    }

    /// <summary>
    /// ML0016 (Parsing/NearMissChecker): a full-width marker read as the marker (＊ ＃ － ＠ at a line's start) is written
    /// in ASCII with the one ASCII space after it that fmt writes (＊內容, ＊　內容 → * 內容); an indented ＊ or ＃ of a text
    /// line is either the part or title meant at the margin or a character of the text: the one candidate safe in place,
    /// the character kept as text (<c>\＊</c>), is offered, not as the answer.
    /// </summary>
    private static IReadOnlyList<CodeFix> FullWidthMarker(Finding f)
    {
        string marker = f.Str("marker"), written = f.Str("written");
        if (f.Written != written) return [];
        if (f.Form != "repaired")
            return [f.Fix(new Phrase($"Keep '{written}' as text ('\\{written}')", $"保留「{written}」為文字（「\\{written}」）"), false, new FixEdit(new TextSpan(f.Span.Start, 0), "\\"))];
        if (marker == "@") return [f.Replace(f.Span, "@")];
        int end = f.Span.End;
        while (end < f.Text.Length && f.Text[end] is ' ' or '\u3000' or '\t') end++;
        bool content = end < f.Text.Length && f.Text[end] is not ('\n' or '\r');
        var span = TextSpan.FromBounds(f.Span.Start, content ? end : f.Span.End);
        return [f.Fix(new Phrase($"Write '{marker}'", $"改為「{marker}」"), true, new FixEdit(span, content ? marker + " " : marker))];
    }

    /// <summary>
    /// ML0018 (Parsing/NearMissChecker): the notation's punctuation typed in full width, written in ASCII: ／／ at a line's
    /// start; every ｜ of a table row typed with them; ［［…］］ and ｛｛…｝｝ of the line, each opener with its closer (an
    /// opener without one has no fix: ASCII, it would be an unterminated link).
    /// </summary>
    private static IReadOnlyList<CodeFix> Punctuation(Finding f)
    {
        string written = f.Str("written"), meant = f.Str("meant");
        if (f.Written != written) return [];
        var (lineStart, lineEnd) = LineOf(f.Text, f.Span.Start);
        string line = f.Text[lineStart..lineEnd];
        var title = new Phrase($"Write '{meant}'", $"改為「{meant}」");
        switch (written)
        {
            case "／／":
                return [f.Fix(title, true, new FixEdit(f.Span, "//"))];
            case "｜":
                return [f.Fix(title, true, [.. Occurrences(line, "｜").Select(i => new FixEdit(new TextSpan(lineStart + i, 1), "|"))])];
            case "［［" or "｛｛":
                string closer = written == "［［" ? "］］" : "｝｝", meantCloser = written == "［［" ? "]]" : "}}";
                var edits = new List<FixEdit>();
                for (int i = line.IndexOf(written, StringComparison.Ordinal); i >= 0; i = line.IndexOf(written, i, StringComparison.Ordinal))
                {
                    int j = line.IndexOf(closer, i + written.Length, StringComparison.Ordinal);
                    if (j < 0) return edits.Count == 0 ? [] : [f.Fix(title, true, [.. edits])];
                    edits.Add(new FixEdit(new TextSpan(lineStart + i, written.Length), meant));
                    edits.Add(new FixEdit(new TextSpan(lineStart + j, closer.Length), meantCloser));
                    i = j + closer.Length;
                }

                return edits.Count == 0 ? [] : [f.Fix(title, true, [.. edits])];
            default:
                return [];
        }
    }

    /// <summary>
    /// ML0019 (Parsing/NearMissChecker, seeds' 壹、 and 一、 typed by hand): the ordinal and the spaces after it deleted where
    /// the marker numbers the line already (a part, a list item of the level's style); on a text line, the ordinal and its
    /// spaces replaced by the marker that numbers it (<c>* </c> at the margin, <c>- </c> in a list). An item whose typed
    /// ordinal is of another style has two answers (delete it, or pin the style with @list): the deletion is offered, not
    /// as the answer. A field's value (說明：一、…) has no fix: the value would have to be split into a list.
    /// </summary>
    private static IReadOnlyList<CodeFix> Ordinal(Finding f)
    {
        string ordinal = f.Str("ordinal");
        if (f.Written != ordinal) return [];
        int end = f.Span.End;
        while (end < f.Text.Length && f.Text[end] is ' ' or '\u3000' or '\t') end++;
        bool content = end < f.Text.Length && f.Text[end] is not ('\n' or '\r');
        if (!content) return [];
        var span = TextSpan.FromBounds(f.Span.Start, end);
        var delete = new Phrase($"Delete '{ordinal}' (the marker numbers it {f.Str("printed")})", $"刪除「{ordinal}」（標記已編為 {f.Str("printed")}）");
        return f.Form switch
        {
            "part" or "item" => [f.Fix(delete, true, new FixEdit(span, ""))],
            "item.style" => [f.Fix(delete, false, new FixEdit(span, ""))],
            "part.text" => [f.Fix(new Phrase($"Write '* ' for '{ordinal}' (numbered {f.Str("printed")})", $"以「* 」取代「{ordinal}」（編為 {f.Str("printed")}）"), true, new FixEdit(span, "* "))],
            "text" => [f.Fix(new Phrase($"Write '- ' for '{ordinal}' (numbered {f.Str("printed")})", $"以「- 」取代「{ordinal}」（編為 {f.Str("printed")}）"), true, new FixEdit(span, "- "))],
            _ => [],
        };
    }

    private static (int Start, int End) LineOf(string text, int at)
    {
        int start = at == 0 ? 0 : text.LastIndexOfAny(['\n', '\r'], at - 1) + 1;
        int end = text.IndexOfAny(['\n', '\r'], at);
        return (start, end < 0 ? text.Length : end);
    }

    private static IEnumerable<int> Occurrences(string line, string s)
    {
        for (int i = line.IndexOf(s, StringComparison.Ordinal); i >= 0; i = line.IndexOf(s, i + s.Length, StringComparison.Ordinal)) yield return i;
    }
}
