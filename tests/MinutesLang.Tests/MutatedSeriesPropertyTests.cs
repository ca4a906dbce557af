using MinutesLang.Parsing;
using MinutesLang.Semantics;

namespace MinutesLang.Tests;

/// <summary>
/// Issue 12 §1, §3 point 7: the gap rule (ML0204), the carry-over rule (ML0200), the date order (ML0232), the date of a
/// meeting named by its date (ML0233) and one id for one record (ML0235) follow every scheme. Random series of each
/// scheme (per year, a running count, 屆/會期/次, by date; each with 臨時會 counted on their own and a case tracked at
/// every regular meeting) check clean; mutated — a record dropped, the dates of two neighbours swapped, an id
/// duplicated, a case left unreported — each gives exactly the finding it should, at the record it should, and no
/// other. The generator is seeded, so a failure names the seed that shows it.
/// </summary>
public sealed class MutatedSeriesPropertyTests
{
    private const int Runs = 60;

    private sealed record Meeting(MeetingId Id, DateOnly Date, string Title)
    {
        public string File => Id + ".minutes";

        /// <summary>The count a meeting is numbered in: the regular meetings of its year or 會期 (all of them in a running count or by date), or the 臨時會 of its year or 會期.</summary>
        public (bool, int, int) Count => (Id.Extra, Id.Numbering == MeetingNumbering.PerYear || Id.Numbering == MeetingNumbering.Session ? Id.Year : 0, Id.Session);
    }

    private static readonly string[] Schemes = ["年度", "流水", "屆會期", "日期"];

    private static string SeriesText(string scheme) =>
        $"@series 測試\n  名稱：測試委員會\n  編號：{scheme}\n  臨時會：另計\n\n@case 甲案\n  標題：測試甲案\n  來源：本會\n";

    private static string Title(MeetingId id, int roc) => (id.Numbering, id.Extra) switch
    {
        (MeetingNumbering.PerYear, false) => $"{id.Year}年度測試委員會第{id.Number}次會議紀錄",
        (MeetingNumbering.PerYear, true) => $"{id.Year}年度測試委員會第{id.Number}次臨時會會議紀錄",
        (MeetingNumbering.Session, false) => $"立法院第{id.Year}屆第{id.Session}會期測試委員會第{id.Number}次全體委員會議紀錄",
        (MeetingNumbering.Session, true) => $"立法院第{id.Year}屆第{id.Session}會期測試委員會第{id.Number}次臨時會會議紀錄",
        (MeetingNumbering.Dated, false) => $"測試委員會{roc}年會議紀錄",
        (_, true) => $"測試委員會第{id.Number}次臨時會會議紀錄",
        _ => $"測試委員會第{id.Number}次會議紀錄",
    };

    /// <summary>A random series of a scheme: regular meetings in order of their ids and dates, 臨時會 a day after some of them.</summary>
    private static List<Meeting> Generate(string scheme, Random rng)
    {
        var regular = new List<(MeetingId Id, DateOnly Date)>();
        switch (scheme)
        {
            case "年度":
                // quarterly, as DOMAIN.md §5 says of meetings numbered per year: 第 N 次 in quarter N (a fifth in December);
                // the first year has all its quarters, so the gap rule's reading of a year that ended early has nothing to say
                foreach (int roc in new[] { 113, 114 })
                {
                    int count = roc == 113 ? rng.Next(4, 6) : rng.Next(2, 6);
                    for (int k = 1; k <= count; k++) regular.Add((new MeetingId(MeetingNumbering.PerYear, roc, k), new DateOnly(roc + 1911, k <= 4 ? 3 * k - 2 : 12, 5 + rng.Next(0, 20))));
                }

                break;
            case "屆會期":
                var day = new DateOnly(2024, 2, 20);
                foreach (int session in new[] { 1, 2 })
                {
                    int count = rng.Next(2, 6);
                    for (int k = 1; k <= count; k++, day = day.AddDays(rng.Next(7, 30))) regular.Add((new MeetingId(MeetingNumbering.Session, 11, k) { Session = session }, day));
                }

                break;
            default:
                int first = rng.Next(1, 900), n = rng.Next(3, 9);
                var on = new DateOnly(2025, 1, 3).AddDays(rng.Next(0, 30));
                for (int k = 0; k < n; k++, on = on.AddDays(rng.Next(14, 40)))
                    regular.Add((scheme == "日期" ? MeetingId.OfDate(on) : new MeetingId(MeetingNumbering.Running, 0, first + k), on));
                break;
        }

        // 臨時會 a day after distinct regular meetings, numbered in date order within their count (the year, the 會期, or all)
        var extraAfter = Enumerable.Range(0, regular.Count).OrderBy(_ => rng.Next()).Take(rng.Next(0, 3)).Order().ToList();
        var meetings = new List<Meeting>();
        var counts = new Dictionary<(int, int), int>();
        for (int i = 0; i < regular.Count; i++)
        {
            var (id, date) = regular[i];
            meetings.Add(new Meeting(id, date, Title(id, RocCalendar.ToRoc(date.Year))));
            if (!extraAfter.Contains(i)) continue;
            var key = id.Numbering is MeetingNumbering.PerYear or MeetingNumbering.Session ? (id.Year, id.Session) : (0, 0);
            int x = counts[key] = counts.GetValueOrDefault(key) + 1;
            var extra = id.Numbering is MeetingNumbering.PerYear or MeetingNumbering.Session
                ? id with { Number = x, Extra = true }
                : new MeetingId(MeetingNumbering.Running, 0, x) { Extra = true };
            meetings.Add(new Meeting(extra, date.AddDays(1), Title(extra, RocCalendar.ToRoc(date.Year))));
        }

        return meetings;
    }

    private static string Text(Meeting m, bool first, bool reportCase = true)
    {
        var d = m.Date;
        string item = m.Id.Extra || !reportCase ? "  決議：照案通過。\n"
            : $"  決議：\n    - 「[[甲案|測試甲案]]」：{(first ? "交辦列管" : "持續列管")}。\n      @{(first ? "交辦" : "列管")} 甲案\n";
        return $"@meeting {m.Id}\n# {m.Title}\n* 時間：{RocCalendar.ToRoc(d.Year)} 年 {d.Month} 月 {d.Day} 日（星期{WrittenDate.WeekdayChar(d.DayOfWeek)}）上午 10 時\n"
            + $"* 地點：本會會議室\n* 主席：王主任委員\n紀錄：李專員\n* 討論事項\n  案由：辦理進度案。\n{item}* 散會：上午 11 時\n";
    }

    private static List<(string File, string Code)> Check(string scheme, IEnumerable<(string File, string Text)> records)
    {
        var c = Compilation.Create(Parser.Parse(SeriesText(scheme), "series.minutes"), records.Select(r => Parser.Parse(r.Text, r.File)));
        return [.. c.Diagnostics.Select(d => (Path.GetFileName(d.Source.Path), d.Code)).Order()];
    }

    private static IEnumerable<(string File, string Text)> Records(List<Meeting> meetings, Func<Meeting, bool>? reportCase = null) =>
        meetings.Select((m, i) => (m.File, Text(m, i == 0, reportCase?.Invoke(m) ?? true)));

    public static TheoryData<string, int> Seeds()
    {
        var data = new TheoryData<string, int>();
        foreach (var scheme in Schemes)
            for (int seed = 0; seed < Runs; seed += 20) data.Add(scheme, seed);
        return data;
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void ARandomSeriesOfEachSchemeChecksClean(string scheme, int from)
    {
        for (int seed = from; seed < from + 20; seed++)
        {
            var meetings = Generate(scheme, new Random(seed));
            Assert.True(Check(scheme, Records(meetings)) is [], $"{scheme} seed {seed}: {string.Join(", ", Check(scheme, Records(meetings)))}");
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void ADroppedRecordIsAGapWhereItsCountTellsOneAndNowhereElse(string scheme, int from)
    {
        for (int seed = from; seed < from + 20; seed++)
        {
            var rng = new Random(seed);
            var meetings = Generate(scheme, rng);

            // not the first record (it opens the case): any other, regular or 臨時會
            int drop = rng.Next(1, meetings.Count);
            var dropped = meetings[drop];
            var rest = meetings.Where((_, i) => i != drop).ToList();

            // the next meeting of the dropped one's count tells the gap, unless the count is of dates (no number to miss)
            // or the dropped one was the last of its count (its year, 會期 or running count may have ended with it)
            var next = rest.Skip(drop).FirstOrDefault(m => m.Count == dropped.Count);
            bool told = next is not null && (dropped.Id.Extra || dropped.Id.Numbering != MeetingNumbering.Dated);

            // a running count of 臨時會 (in a running count or by date) may have begun before the series: its first 臨時會 in
            // the records is taken as it is; 臨時會 counted per year or 會期 start at 1 within the series' years
            if (dropped.Id.Extra && dropped.Id.Numbering == MeetingNumbering.Running && !rest.Take(drop).Any(m => m.Count == dropped.Count))
                told = false;

            // per year, the last meeting of a year that met every quarter leaves a quarter empty: the next year's first says so
            if (next is null && !dropped.Id.Extra && dropped.Id.Numbering == MeetingNumbering.PerYear && dropped.Id.Number <= 4)
            {
                next = rest.Skip(drop).FirstOrDefault(m => !m.Id.Extra);
                told = next is not null;
            }
            List<(string, string)> expected = told ? [(next!.File, "ML0204")] : [];
            Assert.True(expected.SequenceEqual(Check(scheme, Records(rest))), $"{scheme} seed {seed}, {dropped.Id} dropped: {string.Join(", ", Check(scheme, Records(rest)))}");
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void TwoNeighboursWithTheirDatesSwappedAreOutOfDateOrder(string scheme, int from)
    {
        for (int seed = from; seed < from + 20; seed++)
        {
            var rng = new Random(seed);
            var meetings = Generate(scheme, rng);

            // two regular meetings next to each other in the series (no 臨時會 between) exchange their dates
            var pairs = Enumerable.Range(0, meetings.Count - 1).Where(i => !meetings[i].Id.Extra && !meetings[i + 1].Id.Extra
                && meetings[i].Id.Year == meetings[i + 1].Id.Year && meetings[i].Id.Session == meetings[i + 1].Id.Session).ToList();
            if (pairs.Count == 0) continue;
            int at = pairs[rng.Next(pairs.Count)];
            var (a, b) = (meetings[at], meetings[at + 1]);
            var swapped = meetings.ToList();
            swapped[at] = a with { Date = b.Date };
            swapped[at + 1] = b with { Date = a.Date };

            // the later id dated earlier is ML0232; a meeting named by its date is also not named by its 時間 (ML0233, both)
            List<(string, string)> expected = scheme == "日期"
                ? [(a.File, "ML0233"), (b.File, "ML0232"), (b.File, "ML0233")]
                : [(b.File, "ML0232")];
            var found = Check(scheme, Records(swapped));
            Assert.True(expected.Order().SequenceEqual(found), $"{scheme} seed {seed}, {a.Id} ⇄ {b.Id}: {string.Join(", ", found)}");
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void ADuplicatedIdIsML0235AtTheCopyAndNothingElse(string scheme, int from)
    {
        for (int seed = from; seed < from + 20; seed++)
        {
            var rng = new Random(seed);
            var meetings = Generate(scheme, rng);
            int copy = rng.Next(0, meetings.Count);
            var records = Records(meetings).ToList();
            // (named to sort after every record's own name, as two records of one id are ordered by their names)
            records.Add(("臨複本.minutes", records[copy].Text));
            var found = Check(scheme, records);
            Assert.True(found.SequenceEqual([("臨複本.minutes", "ML0235")]), $"{scheme} seed {seed}, {meetings[copy].Id} copied: {string.Join(", ", found)}");
        }
    }

    /// <summary>Without a series.minutes a folder is a series: one id in two folders is two series, not ML0235; with one, it is.</summary>
    [Fact]
    public void OneIdInTwoFoldersIsADuplicateOnlyInADeclaredSeries()
    {
        string Record(string title) => $"@meeting 114-1\n# {title}\n* 時間：114 年 3 月 7 日（星期五）上午 10 時\n";
        var trees = new[] { Parser.Parse(Record("甲"), Path.Combine("a", "114-1.minutes")), Parser.Parse(Record("乙"), Path.Combine("b", "114-1.minutes")) };
        Assert.DoesNotContain(Compilation.Create(null, trees).Diagnostics, d => d.Code == "ML0235");
        var declared = Compilation.Create(Parser.Parse("@series 測試\n  名稱：測試委員會\n", "series.minutes"), trees);
        Assert.Equal(Path.Combine("b", "114-1.minutes"), Assert.Single(declared.Diagnostics, d => d.Code == "ML0235").Source.Path);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void ACaseLeftUnreportedIsML0200AtARegularMeetingOnly(string scheme, int from)
    {
        for (int seed = from; seed < from + 20; seed++)
        {
            var rng = new Random(seed);
            var meetings = Generate(scheme, rng);
            var silent = meetings[rng.Next(1, meetings.Count)];
            var found = Check(scheme, Records(meetings, m => m != silent));

            // a 臨時會 reports what it was called for; a regular meeting reports every open case
            List<(string, string)> expected = silent.Id.Extra ? [] : [(silent.File, "ML0200")];
            Assert.True(expected.SequenceEqual(found), $"{scheme} seed {seed}, {silent.Id} silent: {string.Join(", ", found)}");
        }
    }
}
