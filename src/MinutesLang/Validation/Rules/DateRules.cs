using System.Globalization;
using MinutesLang.Diagnostics;
using MinutesLang.Parsing;
using MinutesLang.Semantics;

namespace MinutesLang.Validation.Rules;

/// <summary>How a year of a title is named in a message (the numbers of a title are read by <see cref="MeetingTitle"/>).</summary>
internal static class TitleNumbers
{
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
            if (r.RocYear is not { } year || !series.IsReported(r)) continue;
            var line = RecordLines.Title(r) is { } t ? ScanLine.From(t) : null;

            // the year of the title, in figures or Chinese numerals (114 年度, 一一四年度, 99 學年度, 114 會計年度, 測試協會114年…),
            // or an AD year it leads with (2019 雙北合作…)
            var title = MeetingTitle.Read(line?.Text);
            var titleYear = title.YearAtStart || title.YearUnit.Length > 0 ? title.Year : null;

            // a school year (99 學年度) runs from August to July: its meetings are dated in that year or the next
            bool school = titleYear is not null && title.SchoolYear;
            if (r.Numbering is MeetingNumbering.PerYear or MeetingNumbering.Dated && r.Date?.ToDate() is { } date && RelativeTo(date) is var off
                && off != 0 && !(school && r.Numbering == MeetingNumbering.PerYear && off == 1) && RecordLines.Part(r, "時間") is { } when)
            {
                bag.At(r.Tree.Source, when).DateYearDisagrees(r.Id, date.Year, RocCalendar.ToRoc(date.Year), r.Year, r.Sequence,
                    school ? MeetingTitle.SchoolYearOf(date) : null);
            }

            if (line is null || titleYear is not { Value: { } y } ty) continue;
            int roc = RocCalendar.ToRoc(y);
            bool schoolYear = school && r.Numbering == MeetingNumbering.Running && year == roc + 1;
            if (roc != year && !schoolYear)
            {
                bag.At(r.Tree.Source, line.Span(ty.Offset, ty.Length)).TitleYearDisagrees(
                    TitleNumbers.Roc(y), r.Id, year, RocCalendar.ToAd(year), y >= RocCalendar.Offset ? RocCalendar.ToAd(year) : year);
            }

            int RelativeTo(DateOnly d) => RocCalendar.ToRoc(d.Year) - r.Year;
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

/// <summary>
/// ML0231: the meeting closes (散會) after it opened (時間), and a range of times in 時間 (<c>19:00-21:00</c>) ends after it
/// starts (<see cref="Record.PlannedEnd"/>, reported at 時間). The 散會 may differ from the planned end: a meeting closes
/// earlier or later than planned, and that is no finding. A time whose meridiem contradicts its hour (ML0121) is not compared.
/// </summary>
public sealed class ClosingTimeRule : IRule
{
    public string Code => "ML0231";

    public void Check(SeriesContext series, DiagnosticBag bag)
    {
        foreach (var r in series.Records.Where(series.IsReported))
        {
            if (r.Start is { } opens && r.PlannedEnd is { } planned && !opens.MeridiemContradicts && !planned.MeridiemContradicts
                && planned.TotalMinutes <= opens.TotalMinutes)
            {
                bag.At(r.Tree.Source, RecordLines.Part(r, "時間") ?? RecordLines.Meeting(r)).PlannedClosingNotAfterOpening(Clock(planned), Clock(opens));
            }

            if (r.Start is not { } start || r.End is not { } end) continue;
            // 下午 15 時: two readings, reported as ML0121; comparing either one would be a guess
            if (start.MeridiemContradicts || end.MeridiemContradicts) continue;
            int s = start.TotalMinutes, e = end.TotalMinutes;

            // 下午 2 時 … 散會：3 時 30 分: a closing hour without 上午/下午 follows the afternoon
            // (and after 中午, 傍晚, 晚間, 夜間 alike: Meridiems)
            if (end.Meridiem is null && Meridiems.PartOf(start.Meridiem) is DayPart.Noon or DayPart.Afternoon or DayPart.Evening && end.Hour < 12) e += 12 * 60;
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
            if (!series.IsReported(cur) || prev.Date?.ToDate() is not { } a || cur.Date?.ToDate() is not { } b || b >= a) continue;
            var span = RecordLines.Part(cur, "時間") ?? RecordLines.Meeting(cur);
            bag.At(cur.Tree.Source, span).OutOfDateOrder(cur.Id, b.ToString("yyyy-MM-dd"), prev.Id, a.ToString("yyyy-MM-dd"));
        }
    }
}

/// <summary>
/// ML0233: 第 N 次 in the title is the number of the @meeting id (its N per year, or the running count, or 次 of
/// 屆/會期/次, whose 第 N 屆 and 第 N 會期 are held to the id too); a 臨時會 (<c>@meeting 臨1</c>) says 臨時會 in its
/// title (臨時會, 臨時會議, 臨時大會…) and a regular meeting does not, and the 第 N 次 of a 臨時會's title is the number
/// of the 臨時會; every numeral the value grammar reads is read (第 12 次, 第１２次, 第十二次, 第五百六十一次, 第一〇一次:
/// <see cref="MeetingTitle"/>); a meeting named by its date is named by the date of its 時間.
/// </summary>
public sealed class MeetingNumberRule : IRule
{
    public string Code => "ML0233";

    public void Check(SeriesContext series, DiagnosticBag bag)
    {
        foreach (var r in series.Records.Where(series.IsReported))
        {
            // a meeting named by its date (編號：日期, 臨時會：不編號) is named by the date of its 時間 (issue 12 §1)
            if (r.Meeting.Date is { } named && r.Date?.ToDate() is { } held && named != held)
            {
                bag.At(r.Tree.Source, RecordLines.Part(r, "時間") ?? RecordLines.Meeting(r)).DatedMeetingDisagrees(
                    r.Id, named.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), held.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    (MeetingId.OfDate(held) with { Extra = r.Extra }).ToString());
            }

            if (RecordLines.Title(r) is not { } t || ScanLine.From(t) is not { } line) continue;
            if (TitlePlaceholder.Holds(r, t)) continue; // a title still to fill in (minutes new: {{題名}}) is ML0114's

            // the numbers of the title as the importer reads them: every numeral the value grammar reads (114, １２, 五百六十一, 一〇一),
            // where the series' 題名 puts them when it declares one (第{屆}屆第{會期}次定期會第{次}次會議紀錄)
            var title = MeetingTitle.Read(line.Text, series.Series.Scheme);

            // 屆/會期/次 (issue 12): 第11屆第2會期 in the title are the 屆 and 會期 of the id
            if (r.Numbering == MeetingNumbering.Session)
            {
                foreach (var (unit, written, number) in new[] { ("屆", title.Term, r.Year), ("會期", title.Session, r.Session) })
                {
                    if (written is not { } u || u.Value == number) continue;
                    bag.At(r.Tree.Source, line.Span(u.Offset, u.Length)).UnitDisagrees(u.Written, unit, r.Id, number);
                }
            }

            // a 臨時會 is named so in its title (臨時會, 臨時會議, 臨時大會…), and only a 臨時會 (issue 12)
            if (title.Extra != r.Extra)
            {
                var at = title.ExtraWord is { } x ? line.Span(x.Offset, x.Length) : line.Span(0, line.Text.Length);
                bag.At(r.Tree.Source, at).ExtraMeetingDisagrees(r.Id, r.Sequence, r.Extra ? null : (r.Meeting with { Extra = true }).ToString());
            }

            if (r.Numbering == MeetingNumbering.Dated) continue;

            // the 第 N 次 of the meeting: of the 臨時會 in a 臨時會's title (第11屆第2會期第1次臨時會), never a regular meeting's
            if (title.Number is not { } n || (title.Extra != r.Extra) || n.Value == r.Sequence) continue;
            bag.At(r.Tree.Source, line.Span(n.Offset, n.Length)).NumberDisagrees(n.Written, r.Id, r.Sequence, r.Extra);
        }
    }
}
