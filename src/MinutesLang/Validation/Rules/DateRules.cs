using System.Text.RegularExpressions;
using MinutesLang.Diagnostics;
using MinutesLang.Parsing;
using MinutesLang.Semantics;

namespace MinutesLang.Validation.Rules;

/// <summary>Reads the year and the meeting number of a title: <c>2019 雙北合作…第 1 次</c>, <c>113 年度…第 2 次</c>.</summary>
internal static partial class TitleNumbers
{
    [GeneratedRegex("^\\s*(?<year>[0-9]{2,4})\\s*(?<school>學年度)?(年度|年)?")]
    public static partial Regex Year();

    [GeneratedRegex("第\\s*(?<n>[0-9]+)\\s*次")]
    public static partial Regex Number();

    /// <summary>第 N 屆, 第 N 會期: a number of the title in 屆/會期/次.</summary>
    public static Regex Unit(string unit) => unit == "屆" ? Term() : Session();

    [GeneratedRegex("第\\s*(?<n>[0-9]+)\\s*屆")]
    private static partial Regex Term();

    [GeneratedRegex("第\\s*(?<n>[0-9]+)\\s*會期")]
    private static partial Regex Session();

    [GeneratedRegex("臨時會")]
    public static partial Regex ExtraWord();

    public static string Roc(int year) => year >= RocCalendar.Offset ? $"{year} (民國 {RocCalendar.ToRoc(year)})" : $"民國 {year}";
}

/// <summary>ML0230: the @meeting year, the year of 時間 and the year in the title are one year (民國 = AD − 1911); a running count and 屆/會期/次 have no @meeting year, so their title is held against the date.</summary>
public sealed class YearRule : IRule
{
    public string Code => "ML0230";

    public void Check(SeriesContext series, DiagnosticBag bag)
    {
        foreach (var r in series.Records)
        {
            // a running count has no year of its own: the title's year is then held against the date's
            if (r.RocYear is not { } year) continue;
            if (r.Numbering is MeetingNumbering.PerYear or MeetingNumbering.Dated && r.Date?.ToDate() is { } date && RocCalendar.ToRoc(date.Year) != r.Year && RecordLines.Part(r, "時間") is { } when)
            {
                bag.At(r.Tree.Source, when).DateYearDisagrees(r.Id, date.Year, RocCalendar.ToRoc(date.Year), r.Year, r.Sequence);
            }

            if (RecordLines.Title(r) is { } t && ScanLine.From(t) is { } line)
            {
                var m = TitleNumbers.Year().Match(line.Text);
                if (!m.Success) continue;
                int y = int.Parse(m.Groups["year"].Value);
                int roc = RocCalendar.ToRoc(y);

                // a school year (99 學年度) runs from August to July: its meetings are dated in that year or the next
                bool schoolYear = m.Groups["school"].Success && r.Numbering == MeetingNumbering.Running && year == roc + 1;
                if (roc != year && !schoolYear)
                {
                    var g = m.Groups["year"];
                    bag.At(r.Tree.Source, line.Span(g.Index, g.Length)).TitleYearDisagrees(
                        TitleNumbers.Roc(y), r.Id, year, RocCalendar.ToAd(year), y >= RocCalendar.Offset ? RocCalendar.ToAd(year) : year);
                }
            }
        }
    }
}

/// <summary>Whether a title line holds a placeholder <c>{{…}}</c> still to fill in (ML0114): no rule reads its words yet.</summary>
internal static class TitlePlaceholder
{
    public static bool Holds(Record r, Syntax.LineSyntax title)
    {
        var span = title.FullSpan;
        return r.Tree.Source.Text.AsSpan(span.Start, span.Length).Contains("{{", StringComparison.Ordinal);
    }
}

/// <summary>ML0231: the meeting closes (散會) after it opened (時間); a time whose meridiem contradicts its hour (ML0121) is not compared.</summary>
public sealed class ClosingTimeRule : IRule
{
    public string Code => "ML0231";

    public void Check(SeriesContext series, DiagnosticBag bag)
    {
        foreach (var r in series.Records)
        {
            if (r.Start is not { } start || r.End is not { } end) continue;
            // 下午 15 時: two readings, reported as ML0121; comparing either one would be a guess
            if (start.MeridiemContradicts || end.MeridiemContradicts) continue;
            int s = start.TotalMinutes, e = end.TotalMinutes;

            // 下午 2 時 … 散會：3 時 30 分: a closing hour without 上午/下午 follows the afternoon
            if (end.Meridiem is null && start.Meridiem is "下午" or "晚上" && end.Hour < 12) e += 12 * 60;
            if (e > s) continue;
            var span = RecordLines.Part(r, "散會") ?? RecordLines.Meeting(r);
            bag.At(r.Tree.Source, span).ClosingNotAfterOpening(Clock(end), Clock(start));
        }
    }

    private static string Clock(ClockTime t) => $"{t.Meridiem}{t.Hour} 時{(t.Minute > 0 ? $" {t.Minute} 分" : "")}";
}

/// <summary>ML0232: records numbered later are not dated earlier.</summary>
public sealed class DateOrderRule : IRule
{
    public string Code => "ML0232";

    public void Check(SeriesContext series, DiagnosticBag bag)
    {
        for (int i = 1; i < series.Records.Length; i++)
        {
            var (prev, cur) = (series.Records[i - 1], series.Records[i]);
            if (prev.Date?.ToDate() is not { } a || cur.Date?.ToDate() is not { } b || b >= a) continue;
            var span = RecordLines.Part(cur, "時間") ?? RecordLines.Meeting(cur);
            bag.At(cur.Tree.Source, span).OutOfDateOrder(cur.Id, b.ToString("yyyy-MM-dd"), prev.Id, a.ToString("yyyy-MM-dd"));
        }
    }
}

/// <summary>
/// ML0233: 第 N 次 in the title is the number of the @meeting id (its N per year, or the running count, or 次 of
/// 屆/會期/次, whose 第 N 屆 and 第 N 會期 are held to the id too); a 臨時會 (<c>@meeting 臨1</c>) says 臨時會 in its
/// title and a regular meeting does not; a regular meeting named by its date is not checked.
/// </summary>
public sealed class MeetingNumberRule : IRule
{
    public string Code => "ML0233";

    public void Check(SeriesContext series, DiagnosticBag bag)
    {
        foreach (var r in series.Records)
        {
            // a meeting named by its date has no number to agree with (but a 臨時會 so named says so)
            if (r.Numbering == MeetingNumbering.Dated && !r.Extra) continue;
            if (RecordLines.Title(r) is not { } t || ScanLine.From(t) is not { } line) continue;
            if (TitlePlaceholder.Holds(r, t)) continue; // a title still to fill in (minutes new: {{題名}}) is ML0114's

            // 屆/會期/次 (issue 12): 第11屆第2會期 in the title are the 屆 and 會期 of the id
            if (r.Numbering == MeetingNumbering.Session)
            {
                foreach (var (unit, number) in new[] { ("屆", r.Year), ("會期", r.Session) })
                {
                    if (TitleNumbers.Unit(unit).Match(line.Text) is not { Success: true } u) continue;
                    var ug = u.Groups["n"];
                    if (MeetingId.TryNumber(ug.Value, out int un) && un == number) continue;
                    bag.At(r.Tree.Source, line.Span(ug.Index, ug.Length)).UnitDisagrees(ug.Value, unit, r.Id, number);
                }
            }

            // a 臨時會 is named so in its title, and only a 臨時會 (issue 12)
            if (line.Text.Contains("臨時會", StringComparison.Ordinal) != r.Extra && TitleNumbers.ExtraWord().Match(line.Text) is var x)
            {
                var at = x.Success ? line.Span(x.Index, x.Length) : line.Span(0, line.Text.Length);
                bag.At(r.Tree.Source, at).ExtraMeetingDisagrees(r.Id, r.Sequence, r.Extra ? null : (r.Meeting with { Extra = true }).ToString());
            }

            if (r.Numbering == MeetingNumbering.Dated) continue;
            var m = TitleNumbers.Number().Match(line.Text);
            if (!m.Success) continue;
            var g = m.Groups["n"];
            if (MeetingId.TryNumber(g.Value, out int n) && n == r.Sequence) continue;
            bag.At(r.Tree.Source, line.Span(g.Index, g.Length)).NumberDisagrees(g.Value, r.Id, r.Sequence);
        }
    }
}
