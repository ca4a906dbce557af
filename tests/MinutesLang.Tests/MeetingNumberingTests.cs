using MinutesLang.Authoring;
using MinutesLang.Diagnostics;
using MinutesLang.Parsing;
using MinutesLang.Semantics;

namespace MinutesLang.Tests;

/// <summary>
/// Issue 12 §1 and §3: a body numbers its meetings per year (<c>@meeting 114-1</c>, the seeds), by a
/// running count with no upper limit (<c>@meeting 144</c>) or not at all (<c>@meeting 2025-03-07</c>,
/// named by its date); the id, the title rule (ML0233), the gap rule (ML0204), <c>new</c> and the
/// renderer follow it, a number of any length is a diagnostic (ML0130), and nothing is invented.
/// </summary>
public sealed class MeetingNumberingTests
{
    private static string Record(string id, string title, string date, string extra = "") =>
        $"@meeting {id}\n# {title}\n* 時間：{date}\n* 地點：本府會議室\n* 主席：王主任委員\n紀錄：李專員\n* 報告事項：無。\n{extra}* 散會：下午 4 時\n";

    private static Compilation Compile(params (string Name, string Text)[] records) =>
        Compilation.Create(null, records.Select(r => Parser.Parse(r.Text, r.Name)));

    private static List<string> Codes(Compilation c) => [.. c.Diagnostics.Select(d => d.Code)];

    [Theory]
    [InlineData("114-1", MeetingNumbering.PerYear, 114, 1)]
    [InlineData("114-144", MeetingNumbering.PerYear, 114, 144)]
    [InlineData("2019-3", MeetingNumbering.PerYear, 2019, 3)]
    [InlineData("144", MeetingNumbering.Running, 0, 144)]
    [InlineData(" 974 ", MeetingNumbering.Running, 0, 974)]
    [InlineData("999999999", MeetingNumbering.Running, 0, 999_999_999)]
    [InlineData("2025-03-07", MeetingNumbering.Dated, 114, 307)]
    [InlineData("1999-12-31", MeetingNumbering.Dated, 88, 1231)]
    public void MeetingIdsOfEveryNumbering(string text, MeetingNumbering numbering, int year, int number)
    {
        Assert.Equal(MeetingId.ParseOutcome.Ok, MeetingId.TryParse(text, out var id));
        Assert.Equal(new MeetingId(numbering, year, number), id);
        Assert.Equal(text.Trim(), id.ToString());
    }

    [Theory]
    [InlineData("99999999999", MeetingId.ParseOutcome.OutOfRange)]
    [InlineData("1000000000", MeetingId.ParseOutcome.OutOfRange)]
    [InlineData("114-99999999999999999999999999", MeetingId.ParseOutcome.OutOfRange)]
    [InlineData("0", MeetingId.ParseOutcome.OutOfRange)]
    [InlineData("114-0", MeetingId.ParseOutcome.OutOfRange)]
    [InlineData("114 年第 1 次", MeetingId.ParseOutcome.NotAnId)]
    [InlineData("2025-02-30", MeetingId.ParseOutcome.NotAnId)]
    [InlineData("第144次", MeetingId.ParseOutcome.NotAnId)]
    [InlineData("", MeetingId.ParseOutcome.NotAnId)]
    public void WhatIsNotAMeetingId(string text, MeetingId.ParseOutcome outcome) =>
        Assert.Equal(outcome, MeetingId.TryParse(text, out _));

    [Theory]
    [InlineData("99999999999")]
    [InlineData("114-123456789012345678901234567890")]
    [InlineData("0")]
    public void AMeetingNumberOutOfRangeIsML0130AtTheIdNeverAnOverflow(string id)
    {
        var c = Compile(("x.minutes", Record(id, "測試市都市計畫委員會第 1 次會議紀錄", "114 年 3 月 7 日（星期五）下午 2 時")));
        var d = Assert.Single(c.Diagnostics, d => d.Code == "ML0130");
        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
        Assert.Equal(id, c.Records[0].Tree.Source.Text.Substring(d.Span.Start, d.Span.Length));
        Assert.DoesNotContain("ML0106", Codes(c));
    }

    [Fact]
    public void ARunningCountChecksCleanAndItsTitleNumberIsHeldToTheId()
    {
        var clean = Compile(
            ("144.minutes", Record("144", "測試市都市計畫委員會第 144 次會議紀錄", "114 年 3 月 7 日（星期五）下午 2 時")),
            ("145.minutes", Record("145", "測試市都市計畫委員會第 145 次會議紀錄", "114 年 4 月 11 日（星期五）下午 2 時")));
        Assert.Empty(clean.Diagnostics);
        Assert.Equal(["144", "145"], clean.Context.Records.Select(r => r.Id));

        var wrong = Compile(("974.minutes", Record("974", "內政部都市計畫委員會第 975 次會議紀錄", "109 年 8 月 11 日（星期二）上午 9 時 30 分")));
        var d = Assert.Single(wrong.Diagnostics);
        Assert.Equal("ML0233", d.Code);
        Assert.Contains("meeting 974", d.Message);
    }

    [Fact]
    public void AGapInARunningCountIsSaidOnceAndTheOrderIsByNumberNotByText()
    {
        var c = Compile(
            ("a.minutes", Record("1000", "測試市都市計畫委員會第 1000 次會議紀錄", "114 年 5 月 9 日（星期五）下午 2 時")),
            ("b.minutes", Record("998", "測試市都市計畫委員會第 998 次會議紀錄", "114 年 3 月 7 日（星期五）下午 2 時")));
        Assert.Equal(["998", "1000"], c.Context.Records.Select(r => r.Id));
        var gap = Assert.Single(c.Diagnostics);
        Assert.Equal("ML0204", gap.Code);
        Assert.Contains("meeting 999 between 998 and 1000", gap.Message);

        var outOfOrder = Compile(
            ("a.minutes", Record("561", "第 561 次會議紀錄", "114 年 3 月 7 日（星期五）下午 2 時")),
            ("b.minutes", Record("560", "第 560 次會議紀錄", "114 年 5 月 9 日（星期五）下午 2 時")));
        Assert.Equal(["ML0232"], Codes(outOfOrder));
    }

    /// <summary>A year with no record between two meetings is named alone (not "the years 112–112"); two or more as a range.</summary>
    [Theory]
    [InlineData(113, "the year 112 between", "112 年度")]
    [InlineData(114, "the years 112–113 between", "112–113 年度")]
    [InlineData(116, "the years 112–115 between", "112–115 年度")]
    public void AMissingYearIsNamedAloneAndMissingYearsAsARange(int next, string english, string chinese)
    {
        var c = Compile(
            ("a.minutes", Record("111-4", "111 年度第 4 次會議紀錄", "111 年 11 月 4 日（星期五）下午 2 時")),
            ("b.minutes", Record($"{next}-1", $"{next} 年度第 1 次會議紀錄", $"{next} 年 3 月 3 日（星期{WeekdayOf(next + 1911, 3, 3)}）下午 2 時")));
        var gap = Assert.Single(c.Diagnostics, d => d.Code == "ML0204");
        Assert.Contains(english, gap.Message);
        Assert.Contains(chinese, gap.In(MinutesLang.Localization.Language.ZhTw).Message);
        Assert.DoesNotContain("112–112", gap.In(MinutesLang.Localization.Language.ZhTw).Message);
    }

    private static string WeekdayOf(int year, int month, int day) => "日一二三四五六"[(int)new DateOnly(year, month, day).DayOfWeek].ToString();

    [Fact]
    public void ARunningCountHasNoYearOfItsOwnTheTitlesYearIsHeldToTheDate()
    {
        var ok = Compile(("3.minutes", Record("3", "114 年測試市交通會報第 3 次會議紀錄", "2025-03-07 09:30:00")));
        Assert.Empty(ok.Diagnostics);
        var wrong = Compile(("3.minutes", Record("3", "113 年測試市交通會報第 3 次會議紀錄", "2025-03-07 09:30:00")));
        Assert.Equal(["ML0230"], Codes(wrong));
    }

    [Fact]
    public void AMeetingNamedByItsDateHasNoNumberToCheck()
    {
        var c = Compile(
            ("a.minutes", Record("2025-03-07", "測試市家長會會議紀錄", "114 年 3 月 7 日（星期五）下午 2 時")),
            ("b.minutes", Record("2025-05-09", "測試市家長會會議紀錄", "114 年 5 月 9 日（星期五）下午 2 時")));
        Assert.Empty(c.Diagnostics);
        Assert.Equal(["2025-03-07", "2025-05-09"], c.Context.Records.Select(r => r.Id));
    }

    [Fact]
    public void ADateFieldBesideATimeFieldAndAClosingTimeInBrackets()
    {
        string text = "@meeting 3\n# 測試市交通會報第 3 次會議紀錄\n日期：2025-03-07（星期五）\n時間：09:30:00（十一時三十分）\n地點：本府會議室\n";
        var c = Compile(("3.minutes", text));
        Assert.Empty(c.Diagnostics);
        var r = Assert.Single(c.Records);
        Assert.Equal(new DateOnly(2025, 3, 7), r.Date!.Value.ToDate());
        Assert.Equal((9 * 60 + 30, 11 * 60 + 30), (r.Start!.Value.TotalMinutes, r.End!.Value.TotalMinutes));

        // the closing time in brackets is held to the opening time like 散會 (ML0231); a wrong weekday of 日期 is ML0103
        var early = Compile(("3.minutes", "@meeting 3\n# 第 3 次會議紀錄\n日期：2025-03-08（星期五）\n時間：下午 2 時（下午 1 時 30 分）\n"));
        Assert.Equal(["ML0103", "ML0231"], Codes(early).Order());
    }

    /// <summary>A record without a title line is rendered without one, whatever its id holds: render never composes a title (ML0109 says it is missing).</summary>
    [Theory]
    [InlineData("@meeting 114-1\n")]
    [InlineData("@meeting 144\n")]
    [InlineData("@meeting 2025-03-07\n")]
    [InlineData("@meeting 第一次\n")]
    [InlineData("")]
    public void NoTitleIsInventedWhateverTheIdHolds(string meeting)
    {
        var c = Compile(("x.minutes", meeting + "* 時間：114 年 3 月 7 日（星期五）下午 2 時\n"));
        string txt = Repo.RenderTxt(c);
        Assert.DoesNotContain("年度", txt);
        Assert.DoesNotContain("次會議紀錄", txt);
        Assert.StartsWith("壹、時間", txt.TrimStart());
    }

    private static Compilation Series(params (string Name, string Text)[] records) =>
        Compilation.Create(Parser.Parse("", "series.minutes"), records.Select(r => Parser.Parse(r.Text, r.Name)));

    [Theory]
    [InlineData("145", "測試市都市計畫委員會第 145 次會議紀錄", "146", "測試市都市計畫委員會第 146 次會議紀錄")]
    [InlineData("999", "測試市都市計畫委員會第 999 次會議紀錄", "1000", "測試市都市計畫委員會第 1000 次會議紀錄")]
    [InlineData("9", "測試國小課程發展委員會第九次會議紀錄", "10", "測試國小課程發展委員會第十次會議紀錄")]
    [InlineData("113-12", "113 年度測試小組第 12 次會議紀錄", "114-1", "114 年度測試小組第 1 次會議紀錄")]
    [InlineData("2024-12-20", "測試國小家長會會議紀錄", "2025-06-06", "測試國小家長會會議紀錄")]
    public void NewFollowsTheNumberingOfTheSeries(string lastId, string lastTitle, string nextId, string nextTitle)
    {
        var c = Series((lastId + ".minutes", Record(lastId, lastTitle, "113 年 12 月 20 日（星期五）下午 2 時")));
        var draft = NextRecord.Create(c, new DateOnly(2025, 6, 6));
        Assert.Equal(nextId, draft.Id);
        Assert.Equal(nextId + ".minutes", draft.FileName);
        Assert.StartsWith($"@meeting {nextId}\n# {nextTitle}\n", draft.Text);

        // the draft reports nothing but its placeholders, in a series with the last record
        var both = Series((lastId + ".minutes", Record(lastId, lastTitle, "113 年 12 月 20 日（星期五）下午 2 時")), (draft.FileName, draft.Text));
        Assert.Equal(["ML0114"], both.Diagnostics.Select(d => d.Code).Distinct());
    }
}
