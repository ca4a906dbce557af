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

    public static string Roc(int year) => year >= RocCalendar.Offset ? $"{year} (民國 {RocCalendar.ToRoc(year)})" : $"民國 {year}";
}

/// <summary>ML0230: the @meeting year, the year of 時間 and the year in the title are one year (民國 = AD − 1911); a running count has no @meeting year, so its title is held against the date.</summary>
public sealed class YearRule : IRule
{
    public string Code => "ML0230";

    public void Check(SeriesContext series, DiagnosticBag bag)
    {
        foreach (var r in series.Records)
        {
            // a running count has no year of its own: the title's year is then held against the date's
            if (r.RocYear is not { } year) continue;
            if (r.Numbering != MeetingNumbering.Running && r.Date?.ToDate() is { } date && RocCalendar.ToRoc(date.Year) != r.Year && RecordLines.Part(r, "時間") is { } when)
            {
                bag.At(r.Tree.Source, when).YearsDisagree(
                    $"meeting {r.Id} is dated in {date.Year} (民國 {RocCalendar.ToRoc(date.Year)}), not in 民國 {r.Year}",
                    $"check the date, or the @meeting id ({RocCalendar.ToRoc(date.Year)}-{r.Sequence}?)");
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
                    bag.At(r.Tree.Source, line.Span(g.Index, g.Length)).YearsDisagree(
                        $"the title names the year {TitleNumbers.Roc(y)}, but the meeting is {r.Id} (民國 {year} = {RocCalendar.ToAd(year)})",
                        y >= RocCalendar.Offset ? $"write {RocCalendar.ToAd(year)}" : $"write {year}");
                }
            }
        }
    }
}

/// <summary>ML0231: the meeting closes (散會) after it opened (時間).</summary>
public sealed class ClosingTimeRule : IRule
{
    public string Code => "ML0231";

    public void Check(SeriesContext series, DiagnosticBag bag)
    {
        foreach (var r in series.Records)
        {
            if (r.Start is not { } start || r.End is not { } end) continue;
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

/// <summary>ML0233: 第 N 次 in the title is the number of the @meeting id (its N per year, or the running count); a meeting named by its date is not checked.</summary>
public sealed class MeetingNumberRule : IRule
{
    public string Code => "ML0233";

    public void Check(SeriesContext series, DiagnosticBag bag)
    {
        foreach (var r in series.Records)
        {
            // a meeting named by its date has no number to agree with
            if (r.Numbering == MeetingNumbering.Dated) continue;
            if (RecordLines.Title(r) is not { } t || ScanLine.From(t) is not { } line) continue;
            var m = TitleNumbers.Number().Match(line.Text);
            if (!m.Success) continue;
            var g = m.Groups["n"];
            if (MeetingId.TryNumber(g.Value, out int n) && n == r.Sequence) continue;
            bag.At(r.Tree.Source, line.Span(g.Index, g.Length)).MeetingNumberDisagrees(
                $"the title says 第 {g.Value} 次, but the record is meeting {r.Id}",
                $"write 第 {r.Sequence} 次, or correct '@meeting {r.Id}'");
        }
    }
}
