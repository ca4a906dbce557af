using MinutesLang.Diagnostics;
using MinutesLang.Parsing;
using MinutesLang.Semantics;

namespace MinutesLang.Tests;

/// <summary>
/// Writer's mistakes issue 11 still let through silently (slice i11b): a time whose 上午/下午/中午/晚上 contradicts its
/// hour (ML0121) and a part a record holds once written twice (ML0122).
/// </summary>
public sealed class MeridiemAndRepeatTests
{
    private const string Series = "@series 教育文化組\n  名稱：教育文化組\n";

    private static Compilation Compile(string record, string name = "114-2.minutes") =>
        Compilation.Create(Parser.Parse(Series, "series.minutes"), [Parser.Parse(record, name)]);

    private static List<string> Lines(Compilation c, string code) =>
        [.. c.Diagnostics.Where(d => d.Code == code).Select(d => $"{d.Start.Line}:{d.Start.Column}")];

    private const string Head = "@meeting 114-2\n# 114 年度第 2 次工作小組會議紀錄\n";

    // ── ML0121 ────────────────────────────────────────────────────────────────────────────────

    [Theory]
    // 散會 with a 24-hour hour after 下午, ASCII, full-width and Chinese numerals
    [InlineData("* 時間：114 年 6 月 5 日（星期四）下午 2 時\n散會：下午 15 時 50 分\n", 4, 4, "下午 15 時 50 分", "下午 3 時 50 分", "15 時 50 分")]
    [InlineData("* 時間：114 年 6 月 5 日（星期四）下午 2 時\n散會：下午１６時\n", 4, 4, "下午１６時", "下午 4 時", "16 時")]
    [InlineData("* 時間：114 年 6 月 5 日（星期四）下午二時\n散會：下午十五時三十分\n", 4, 4, "下午十五時三十分", "下午 3 時 30 分", "15 時 30 分")]
    // 上午 with an afternoon hour, in 時間 (the start), another record's form
    [InlineData("* 時間：114 年 6 月 5 日（星期四）上午 13 時\n", 3, 24, "上午 13 時", "上午 1 時", "13 時")]
    [InlineData("* 時間：中華民國一一四年六月五日上午十四時\n", 3, 18, "上午十四時", "上午 2 時", "14 時")]
    // 晚上 with a 24-hour hour; 下午 0 時; the closing time in brackets of the 時間 line
    [InlineData("* 時間：114 年 6 月 5 日（星期四）晚上 19 時 30 分\n", 3, 24, "晚上 19 時 30 分", "晚上 7 時 30 分", "19 時 30 分")]
    [InlineData("* 時間：114 年 6 月 5 日（星期四）下午 0 時\n", 3, 24, "下午 0 時", "下午 12 時", "0 時")]
    [InlineData("* 時間：114 年 6 月 5 日（星期四）下午 2 時（下午 17 時止）\n", 3, 31, "下午 17 時", "下午 5 時", "17 時")]
    public void ATimeWhoseMeridiemContradictsItsHourIsReportedWithBothReadings(string body, int line, int column, string written, string twelve, string twentyFour)
    {
        var c = Compile(Head + body);
        var d = Assert.Single(c.Diagnostics, d => d.Code == "ML0121");
        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
        Assert.Equal((line, column), (d.Start.Line, d.Start.Column));
        Assert.Equal(written.Length, d.Span.Length);
        Assert.Contains($"'{written}'", d.Message);
        Assert.Contains(twelve, d.Message);
        Assert.Contains(twentyFour, d.Message);
        Assert.Contains($"'{twelve}' or '{twentyFour}'", d.Hint);
    }

    [Theory]
    [InlineData("* 時間：114 年 6 月 5 日（星期四）中午 12 時\n散會：下午 1 時 30 分\n")]
    [InlineData("* 時間：114 年 6 月 5 日（星期四）14 時\n散會：15 時 50 分\n")]
    [InlineData("* 時間：114 年 6 月 5 日（星期四）下午 12 時 30 分\n散會：下午 3 時\n")]
    [InlineData("* 時間：114 年 6 月 5 日（星期四）上午九時\n散會：上午十一時\n")]
    public void ATimeThatAgreesWithItsMeridiemIsNotReported(string body)
    {
        var c = Compile(Head + body);
        Assert.Empty(Lines(c, "ML0121"));
        Assert.Empty(Lines(c, "ML0231"));
    }

    [Theory]
    // 上午 13 時 is 01:00 or 13:00: before or after 散會 11 時 depending on the reading, so no ML0231 either way
    [InlineData("* 時間：114 年 6 月 5 日（星期四）上午 13 時\n散會：上午 11 時\n")]
    [InlineData("* 時間：114 年 6 月 5 日（星期四）上午 9 時\n散會：上午 13 時\n")]
    [InlineData("* 時間：114 年 6 月 5 日（星期四）下午 2 時\n散會：下午 0 時\n")]
    public void TheClosingTimeRuleDoesNotPickAReading(string body)
    {
        var c = Compile(Head + body);
        Assert.Single(Lines(c, "ML0121"));
        Assert.Empty(Lines(c, "ML0231"));
    }

    [Fact]
    public void AContradictingClosingTimeIsBoundAsWrittenNotReadAgainWithoutItsMeridiem()
    {
        var c = Compile(Head + "* 時間：114 年 6 月 5 日（星期四）下午 2 時\n散會：下午 15 時 50 分\n");
        Assert.Equal(new ClockTime("下午", 15, 50), c.Records[0].End);
        Assert.True(c.Records[0].End!.Value.MeridiemContradicts);
        Assert.Empty(Lines(c, "ML0110")); // not unreadable
    }

    [Theory]
    [InlineData("上午", 13, true)]
    [InlineData("下午", 15, true)]
    [InlineData("晚上", 20, true)]
    [InlineData("中午", 13, true)]
    [InlineData("下午", 0, true)]
    [InlineData("晚上", 0, true)]
    [InlineData("上午", 0, false)]
    [InlineData("中午", 12, false)]
    [InlineData("下午", 12, false)]
    [InlineData("下午", 3, false)]
    [InlineData(null, 15, false)]
    public void WhichMeridiemsContradictTheirHour(string? meridiem, int hour, bool contradicts) =>
        Assert.Equal(contradicts, new ClockTime(meridiem, hour, 0).MeridiemContradicts);

    // ── ML0122 ────────────────────────────────────────────────────────────────────────────────

    [Theory]
    [InlineData("* 時間：114 年 6 月 5 日（星期四）下午 2 時\n* 時間：114 年 6 月 5 日（星期四）下午 2 時\n", "時間", 4, 3, "114 年 6 月 5 日（星期四）下午…")]
    [InlineData("* 時間：114 年 6 月 5 日（星期四）下午 2 時\n* 地點：臺北市政府\n* 主席：王局長\n* 地點：新北市政府\n", "地點", 6, 3, "臺北市政府")]
    // 會議主席 after 主席, a field after a part: the same part
    [InlineData("* 時間：114 年 6 月 5 日（星期四）下午 2 時\n* 主席：王局長\n會議主席：張主任秘書\n", "主席", 5, 1, "王局長")]
    [InlineData("* 時間：114 年 6 月 5 日（星期四）下午 2 時\n紀錄：林怡君\n* 業務報告\n  - 持續辦理。\n記錄：陳雅婷\n", "紀錄", 7, 1, "林怡君")]
    [InlineData("* 時間：114 年 6 月 5 日（星期四）下午 2 時\n散會：下午 3 時\n散會：下午 4 時\n", "散會", 5, 1, "下午 3 時")]
    // a misspelt label is read as meant (ML0117) and so is a repeat
    [InlineData("* 時間：114 年 6 月 5 日（星期四）下午 2 時\n* 地點：臺北市政府\n* 地典：新北市政府\n", "地點", 5, 3, "臺北市政府")]
    public void APartARecordHoldsOnceWrittenTwiceIsReportedAtTheSecondNamingTheFirst(string body, string name, int line, int column, string first)
    {
        var c = Compile(Head + body);
        var d = Assert.Single(c.Diagnostics, d => d.Code == "ML0122");
        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
        Assert.Equal((line, column), (d.Start.Line, d.Start.Column));
        Assert.Contains($"'{name}'", d.Message);
        Assert.Contains($"the first one above reads '{first}'", d.Message);
    }

    [Theory]
    // parts that repeat, fields inside parts, 日期 beside 時間
    [InlineData("* 時間：114 年 6 月 5 日（星期四）下午 2 時\n* 業務報告\n  - 甲。\n* 業務報告\n  - 乙。\n")]
    [InlineData("* 時間：114 年 6 月 5 日（星期四）下午 2 時\n* 提案討論\n  - 第一案\n    案由：甲案。\n    決議：同意。\n  - 第二案\n    案由：乙案。\n    決議：同意。\n")]
    [InlineData("* 日期：2025-06-05\n* 時間：14:00\n* 地點：臺北市政府\n")]
    [InlineData("* 時間：114 年 6 月 5 日（星期四）下午 2 時\n* 出席人員：詳如簽到表\n* 列席人員：詳如簽到表\n")]
    public void PartsThatMayRepeatAreNotReported(string body) =>
        Assert.Empty(Lines(Compile(Head + body), "ML0122"));
    // ── ML0123 ────────────────────────────────────────────────────────────────────────────────

    private const string Date = "* 時間：114 年 6 月 5 日（星期四）下午 2 時\n";

    [Theory]
    // the tester's case: one item at the margin after 業務報告 and its items
    [InlineData("* 業務報告\n  - 本季由新北市主責。\n- 有關前次會議臨時動議一案，已辦理工作坊。\n", "業務報告", new[] { 6 })]
    // after a blank line, two items at the margin, the second with an item of its own (not reported)
    [InlineData("* 臨時動議\n  - 甲案。\n\n- 乙案。\n- 丙案。\n  - 丙案之一。\n", "臨時動議", new[] { 7, 8 })]
    // a part whose content ends with a decision's list, deeper down
    [InlineData("* 提案討論\n  案由：甲案，提請討論。\n  決議：\n    - 同意。\n    - 持續列管。\n- 請各縣市持續辦理。\n", "提案討論", new[] { 9 })]
    // a part with a value (業務報告：) and the list of another level
    [InlineData("* 業務報告：各縣市辦理情形\n  - 臺北市：已完成。\n    - 細項一。\n- 新北市：已完成。\n", "業務報告", new[] { 7 })]
    public void AnItemAtTheMarginAfterAPartsListIsReportedAtTheItem(string body, string part, int[] lines)
    {
        var c = Compile(Head + Date + body);
        var found = c.Diagnostics.Where(d => d.Code == "ML0123").ToList();
        Assert.Equal(lines, found.Select(d => d.Start.Line));
        Assert.All(found, d =>
        {
            Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
            Assert.Equal(1, d.Start.Column);
            Assert.Contains($"outside the part '{part}' above", d.Message);
            Assert.Contains("indent it to continue that part's list", d.Hint);
        });
    }

    [Theory]
    // the same items indented: the part's list
    [InlineData("* 業務報告\n  - 本季由新北市主責。\n  - 有關前次會議臨時動議一案。\n")]
    // an unnumbered part between the list and the item: not right after the list
    [InlineData("* 業務報告\n  - 甲。\n散會：下午 3 時\n")]
    // a part whose content ends with a paragraph, not a list
    [InlineData("* 業務報告\n  - 甲。\n  以上報告。\n* 臨時動議\n  無。\n")]
    public void AnItemInsideItsPartOrNotAfterAListIsNotReported(string body) =>
        Assert.Empty(Lines(Compile(Head + Date + body), "ML0123"));

    [Fact]
    public void FmtDoesNotMoveAnItemAtTheMargin()
    {
        string record = Head + Date + "* 業務報告\n  - 本季由新北市主責。\n- 有關前次會議臨時動議一案。\n";
        Assert.Equal(record, MinutesLang.Formatting.Formatter.Format(Parser.Parse(record, "114-2.minutes")).Text);
    }
}
