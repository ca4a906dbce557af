using System.Collections.Immutable;
using System.Text.RegularExpressions;
using MinutesLang.Diagnostics;
using MinutesLang.Parsing;
using MinutesLang.Semantics;
using MinutesLang.Syntax;
using MinutesLang.Text;

namespace MinutesLang.Validation.Rules;

/// <summary>
/// ML0240: counts written in prose agree with the cases named.
/// <list type="bullet">
/// <item><c>有 5 個議案持續列管，分別是 A、B…</c> and <c>新增 2 個議案，C、D</c>: the links that follow, up to the next clause.</item>
/// <item><c>共計 5 案</c>: the cases linked before it on the line; <c>A、B 及 C 等 3 案</c>: the cases linked before it in the sentence.</item>
/// <item><c>計 1 項</c>, <c>計有 4 案</c>: the cases linked or given an event in the agenda item (案由 … up to the next 案由).</item>
/// </list>
/// A count whose scope links no case is not compared (the ML0240 page): <c>自強活動共計 3 案核銷完成</c> counts something else.
/// </summary>
public sealed partial class CountRule : IRule
{
    private const string Number = "(?<n>[0-9０-９]+|[一二兩三四五六七八九十]+)";

    public string Code => "ML0240";

    [GeneratedRegex("有\\s*" + Number + "\\s*個?(議案|合作案|案|件)(持續|繼續)列管")]
    private static partial Regex Tracked();

    [GeneratedRegex("新增\\s*" + Number + "\\s*個?(議案|合作案|提案|案|件)")]
    private static partial Regex Added();

    [GeneratedRegex("共計\\s*" + Number + "\\s*(案|項|個|件)")]
    private static partial Regex Total();

    [GeneratedRegex("等\\s*" + Number + "\\s*(案|項|件)")]
    private static partial Regex Listed();

    [GeneratedRegex("(?<!共)計有?\\s*" + Number + "\\s*(個|項|案|件)")]
    private static partial Regex InItem();

    public void Check(SeriesContext series, DiagnosticBag bag)
    {
        foreach (var r in series.Records.Where(series.IsReported))
        {
            // the prose lines of the record, read once for every rule (SeriesContext.LinesOf), in the order of this walk
            var lines = series.LinesOf(r);
            int next = 0;
            Walk(r, r.Tree.Root.Blocks, lines, ref next, bag);
        }
    }

    private static void Walk(Record r, ImmutableArray<BlockSyntax> siblings, IReadOnlyList<ScanLine> lines, ref int next, DiagnosticBag bag)
    {
        for (int k = 0; k < siblings.Length; k++)
        {
            var b = siblings[k];
            if (next < lines.Count && ReferenceEquals(lines[next].Line, b.Line)) CheckLine(r, lines[next++], siblings, k, bag);
            Walk(r, b.Blocks, lines, ref next, bag);
        }
    }

    /// <summary>Whether a line holds a word every count phrase needs (有 … 列管, 新增, 共計, 等, 計): most lines hold none and run no regex.</summary>
    private static readonly System.Buffers.SearchValues<char> CountWords = System.Buffers.SearchValues.Create("有新計等");

    private static void CheckLine(Record r, ScanLine line, ImmutableArray<BlockSyntax> siblings, int k, DiagnosticBag bag)
    {
        string t = line.Text;
        if (!t.AsSpan().ContainsAny(CountWords)) return;
        if (t.Contains("列管", StringComparison.Ordinal))
            foreach (Match m in Tracked().Matches(t)) Compare(m, line.LinkedIds(m.Index + m.Length, ClauseEnd(t, m.Index + m.Length)), DiagnosticBuilder.CountScope.After);
        if (t.Contains("新增", StringComparison.Ordinal))
            foreach (Match m in Added().Matches(t)) Compare(m, line.LinkedIds(m.Index + m.Length, ClauseEnd(t, m.Index + m.Length)), DiagnosticBuilder.CountScope.After);
        if (!t.Contains('計') && !t.Contains('等')) return;
        bool subject = IsSubject(siblings[k].Line);
        foreach (Match m in Total().Matches(t))
        {
            // 案由：本會報列管案共計 2 案: a total in the 案由 with no link before it counts the cases of its agenda item
            var before = line.LinkedIds(0, m.Index);
            if (subject && !before.Any()) CompareInItem(m);
            else Compare(m, before, DiagnosticBuilder.CountScope.Line);
        }


        foreach (Match m in Listed().Matches(t))
        {
            int from = t.LastIndexOf('。', Math.Max(0, m.Index - 1)) + 1;
            Compare(m, line.LinkedIds(from, m.Index), DiagnosticBuilder.CountScope.Sentence);
        }

        foreach (Match m in InItem().Matches(t))
        {
            // 計 2 項決議待辦, 本案經費計有 4 案核銷 count something else than the item's cases: compared only where it says cases
            if (CountsCases(line, subject, m.Index, m.Length)) CompareInItem(m);
        }

        void CompareInItem(Match m)
        {
            var scope = ItemScope(siblings, k);
            var ids = r.Mentions.Where(x => Inside(x.Span, scope)).Select(x => x.CaseId)
                .Concat(r.Events.Where(e => Inside(e.Span, scope)).Select(e => e.CaseId));
            Compare(m, ids, DiagnosticBuilder.CountScope.AgendaItem);
        }

        void Compare(Match m, IEnumerable<string> ids, DiagnosticBuilder.CountScope what)
        {
            int? written = ParseNumber(m.Groups["n"].Value);
            int counted = ids.Distinct(StringComparer.Ordinal).Count();
            // a count whose scope links no case at all counts something else (自強活動共計 3 案核銷, the cases of an
            // attachment): not compared, as the ML0240 page says
            if (written is null || written == counted || counted == 0) return;
            bag.At(r.Tree.Source, line.Span(m.Index, m.Length)).CountDisagrees(m.Value, counted, what);
        }
    }

    private static readonly string[] ClauseStops = ["。", "新增", "共計", "；"];

    /// <summary>The words that say a count is of cases (尚未解除列管案件計有 4 案, 計 1 項合作案, 計有 5 個合作案: the seeds).</summary>
    private static readonly string[] CaseNouns = ["案件", "合作案", "議案", "提案", "列管"];

    /// <summary>The marks that end a clause, for <see cref="CountsCases"/>.</summary>
    private static readonly System.Buffers.SearchValues<char> ClauseMarks = System.Buffers.SearchValues.Create("，。；：,;:");

    /// <summary>
    /// Whether the count phrase at <paramref name="at"/> (length <paramref name="length"/>, UTF-16 offsets in
    /// <paramref name="line"/>'s text) counts the cases of its agenda item: it stands in the 案由 (<paramref name="subject"/>:
    /// 案由：114 年度計有 3 案辦理進度), or its clause (between the marks ，。；：) names cases (<see cref="CaseNouns"/>) or
    /// links one. Else it counts something else (本年度共召開 3 次會議，計 2 項決議待辦; 本案經費計有 4 案核銷; 各里反映事項計
    /// 12 件: a fresh user's try, stop 15) and is not compared.
    /// </summary>
    public static bool CountsCases(ScanLine line, bool subject, int at, int length)
    {
        if (subject) return true;
        string t = line.Text;
        int start = t.AsSpan(0, at).LastIndexOfAny(ClauseMarks) + 1;
        int next = t.AsSpan(at + length).IndexOfAny(ClauseMarks);
        int end = next < 0 ? t.Length : at + length + next;
        var clause = t.AsSpan(start, end - start);
        foreach (string noun in CaseNouns)
            if (clause.Contains(noun, StringComparison.Ordinal)) return true;
        return line.LinkedIds(start, end).Any();
    }

    private static int ClauseEnd(string t, int from)
    {
        int end = t.Length;
        foreach (var stop in ClauseStops)
        {
            int at = t.IndexOf(stop, from, StringComparison.Ordinal);
            if (at >= 0 && at < end) end = at;
        }

        return end;
    }

    /// <summary>The agenda item a line belongs to: from its 案由 to the next 案由 among the same siblings.</summary>
    private static TextSpan ItemScope(ImmutableArray<BlockSyntax> siblings, int k)
    {
        int start = -1;
        for (int j = k; j >= 0 && start < 0; j--)
        {
            if (IsSubject(siblings[j].Line)) start = j;
        }

        if (start < 0) return siblings[k].Blocks.IsEmpty ? TextSpan.FromBounds(siblings[0].FullSpan.Start, siblings[^1].FullSpan.End) : siblings[k].FullSpan;
        int end = start + 1;
        while (end < siblings.Length && !IsSubject(siblings[end].Line)) end++;
        return TextSpan.FromBounds(siblings[start].FullSpan.Start, siblings[end - 1].FullSpan.End);
    }

    private static bool IsSubject(LineSyntax line) =>
        line switch
        {
            FieldLineSyntax f => f.Field.Name.StartsWith("案由", StringComparison.Ordinal),
            PartLineSyntax { Field: { } f } => f.Name.StartsWith("案由", StringComparison.Ordinal),
            _ => false,
        };

    private static bool Inside(TextSpan s, TextSpan scope) => s.Start >= scope.Start && s.Start < scope.End;

    public static int? ParseNumber(string s)
    {
        if (s.All(c => c is >= '0' and <= '9' or >= '０' and <= '９'))
            return int.TryParse(new string(s.Select(c => c >= '０' ? (char)(c - '０' + '0') : c).ToArray()), out int v) ? v : null;
        const string digits = "〇一二三四五六七八九";
        int total = 0, current = 0;
        foreach (char c in s)
        {
            if (c == '兩') current = 2;
            else if (c == '十') { total += (current == 0 ? 1 : current) * 10; current = 0; }
            else if (digits.IndexOf(c) is >= 0 and var d) current = d;
            else return null;
        }

        return total + current;
    }
}

/// <summary>ML0241: <c>檢視 … 第 3 次小組會議紀錄</c> names the record before this one.</summary>
public sealed partial class ReviewedRecordRule : IRule
{
    public string Code => "ML0241";

    [GeneratedRegex("檢視\\s*(?<year>[0-9]{2,4})\\s*(年度|年)?[^。]*?第\\s*(?<n>[0-9]+)\\s*次[^。]*?紀錄")]
    private static partial Regex Review();

    public void Check(SeriesContext series, DiagnosticBag bag)
    {
        Record? prev = null; // the last regular meeting before record i, carried along (not searched again per record)
        for (int i = 1; i < series.Records.Length; i++)
        {
            // the record reviewed is the last regular meeting: a 臨時會 between is counted on its own (issue 12)
            var cur = series.Records[i];
            if (!series.Records[i - 1].Extra) prev = series.Records[i - 1];
            if (!series.IsReported(cur)) continue;

            // 檢視 YEAR 年度…第 N 次…紀錄 names a record numbered per year
            if (prev is null || prev.Numbering != MeetingNumbering.PerYear) continue;
            foreach (var line in series.LinesOf(cur))
            {
                if (!line.Text.Contains("檢視", StringComparison.Ordinal)) continue; // every match holds the word: no regex run on the other lines
                foreach (Match m in Review().Matches(line.Text))
                {
                    int y = int.Parse(m.Groups["year"].Value);
                    int roc = RocCalendar.ToRoc(y);
                    if (!int.TryParse(m.Groups["n"].Value, out int n)) continue;
                    var named = (roc, n);

                    // 檢視 114 年第 1 次臨時會會議紀錄 names the 臨時會 114-臨1, never the regular meeting 114-1 (issue 12 §1)
                    if (MeetingTitle.NamesExtra(m.Value))
                    {
                        var lastExtra = series.Records.Take(i).LastOrDefault(r => r.Extra);
                        if (lastExtra is { Numbering: MeetingNumbering.PerYear } && named == (lastExtra.Year, lastExtra.Sequence)) continue;
                        bag.At(cur.Tree.Source, line.Span(m.Index, m.Length)).ReviewedRecordNotPrevious($"{roc}-{MeetingId.ExtraMark}{n}", lastExtra?.Id ?? prev.Id);
                        continue;
                    }

                    if (named == (prev.Year, prev.Sequence)) continue;

                    // after a gap the reviewed record may be one that is missing here
                    if (series.GapBefore(i) is not null && named.CompareTo((prev.Year, prev.Sequence)) > 0 && named.CompareTo((cur.Year, cur.Sequence)) < 0) continue;
                    bag.At(cur.Tree.Source, line.Span(m.Index, m.Length)).ReviewedRecordNotPrevious($"{roc}-{n}", prev.Id);
                }
            }
        }
    }
}
