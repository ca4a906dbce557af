using MinutesLang.Parsing;

namespace MinutesLang.Tests;

/// <summary>
/// Issue 12 §2: one grammar for the dates and times of every body's minutes — ROC and Western
/// years, dates in words or in figures, Arabic, full-width and Chinese numerals, 時/分/點/半 and
/// hh:mm[:ss], 上午/下午/中午/晚上, a closing time in brackets — read the same by the binder, the
/// rules and the importer (all through <see cref="ValueGrammar"/>).
/// </summary>
public sealed class ValueFormsTests
{
    [Theory]
    [InlineData("中華民國九十一年八月二十九日上午九時", "2002-08-29", 9 * 60)]
    [InlineData("2020-08-11", "2020-08-11", null)]
    [InlineData("2020/8/11 13:30", "2020-08-11", 13 * 60 + 30)]
    [InlineData("2025-03-07 09:30:00", "2025-03-07", 9 * 60 + 30)]
    [InlineData("101.2.16", "2012-02-16", null)]
    [InlineData("101.2.16（星期四）下午二時三十分", "2012-02-16", 14 * 60 + 30)]
    [InlineData("民國 113/10/27（星期日）晚上七點半", "2024-10-27", 19 * 60 + 30)]
    [InlineData("114-03-07 下午 2:30", "2025-03-07", 14 * 60 + 30)]
    [InlineData("２０２５－０３－０７", "2025-03-07", null)]
    [InlineData("一〇一年二月十六日中午十二時", "2012-02-16", 12 * 60)]
    [InlineData("114年3月7日(星期五)14時30分", "2025-03-07", 14 * 60 + 30)]
    public void EveryDateFormReadsToItsDay(string text, string day, int? minutes)
    {
        var r = ValueGrammar.ParseDateTime(text);
        Assert.NotNull(r);
        Assert.Equal(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture), r.Value.Date.ToDate());
        Assert.Equal(minutes, r.Value.Time?.TotalMinutes);
    }

    [Theory]
    [InlineData("中華民國九十一年八月二十九日上午九時(十一時三十分)", 9 * 60, 11 * 60 + 30)]
    [InlineData("114 年 3 月 7 日（星期五）上午 10 時（十二時五分）", 10 * 60, 12 * 60 + 5)]
    [InlineData("2020-08-11 14:00（16:30 止）", 14 * 60, 16 * 60 + 30)]
    [InlineData("101年2月16日下午2時(下午4時散會)", 14 * 60, 16 * 60)]
    public void AClosingTimeInBracketsIsRead(string text, int opening, int closing)
    {
        var r = ChineseValueGrammar.ParseDateTimeRange(text);
        Assert.NotNull(r);
        Assert.Equal(opening, r.Value.Time!.Value.TotalMinutes);
        Assert.Equal(closing, r.Value.Closing!.Value.TotalMinutes);
    }

    [Theory]
    [InlineData("09:30:00", 9 * 60 + 30)]
    [InlineData("13:30", 13 * 60 + 30)]
    [InlineData("１４：０５", 14 * 60 + 5)]
    [InlineData("下午二時三十分", 14 * 60 + 30)]
    [InlineData("上午 10 時（十二時止）", 10 * 60)]
    [InlineData("晚上 7 點半", 19 * 60 + 30)]
    public void ATimeAloneIsATime(string text, int minutes) =>
        Assert.Equal(minutes, ChineseValueGrammar.ParseTimeOnly(text)!.Value.Time.TotalMinutes);

    [Fact]
    public void ATimeAloneKeepsItsClosingTime() =>
        Assert.Equal(16 * 60, ChineseValueGrammar.ParseTimeOnly("下午 2 時 30 分（十六時止）")!.Value.Closing!.Value.TotalMinutes);

    [Theory]
    [InlineData("2025-03-07")]
    [InlineData("本府會議室")]
    [InlineData("25:00")]
    [InlineData("09:75")]
    [InlineData("上午 10 時，另有會議")]
    public void NotATimeAlone(string text) => Assert.Null(ChineseValueGrammar.ParseTimeOnly(text));

    [Theory]
    [InlineData("3.14")]
    [InlineData("114.13.1")]
    [InlineData("114-3/7")]
    [InlineData("99999999999-1-1")]
    [InlineData("三月七日")]
    [InlineData("第 3 次")]
    public void NotDates(string text) => Assert.Null(ValueGrammar.ParseDateTime(text));

    [Theory]
    [InlineData("散會：16:30", 16 * 60 + 30)]
    [InlineData("散會：下午三點半", 15 * 60 + 30)]
    [InlineData("散會（十一時三十分）", 11 * 60 + 30)]
    [InlineData("散會：上午 11 時 15 分", 11 * 60 + 15)]
    public void ClosingTimesInEveryForm(string text, int minutes) =>
        Assert.Equal(minutes, ValueGrammar.FindTime(text)!.Value.TotalMinutes);
}
