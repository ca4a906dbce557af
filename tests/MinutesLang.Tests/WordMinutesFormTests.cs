using MinutesLang.Localization;
using MinutesLang.Parsing;
using MinutesLang.Semantics;

namespace MinutesLang.Tests;

/// <summary>
/// Issue f, points 6 and 7: forms of Word minutes. A bare weekday after the date (星期三, 週三, 周三, 禮拜三; after a space,
/// a 、 or nothing) is read as the bracketed one is — no ML0124, the time after it read — and checked (a wrong one is
/// ML0103, its hint in the same bare form); the spaced recorder's label (記　錄：, 記 錄：) is ML0252 as 記錄： is.
/// </summary>
public sealed class WordMinutesFormTests
{
    private static Compilation Lone(string time, string recorder = "紀錄：林專員") => Compilation.Create(null, [Parser.Parse(
        $"@meeting 114-3\n# 114 年度里長業務座談會第 3 次會議紀錄\n* 時間：{time}\n* 地點：本所 3 樓大禮堂\n* 主席：陳區長\n{recorder}\n* 業務報告\n  - 民政課：無。\n* 散會：下午 4 時\n", "114-3.minutes")]);

    [Theory]
    [InlineData("114 年 6 月 4 日 星期三 下午 2 時")]
    [InlineData("114 年 6 月 4 日星期三下午 2 時")]
    [InlineData("114 年 6 月 4 日、星期三、下午 2 時")]
    [InlineData("114 年 6 月 4 日 週三 下午 2 時")]
    [InlineData("114 年 6 月 4 日 周三 下午 2 時")]
    [InlineData("114 年 6 月 4 日 禮拜三 下午 2 時")]
    [InlineData("114年6月4日 星期三 14:00")]
    [InlineData("一一四年六月四日 星期三 下午二時")]
    [InlineData("114 年 6 月 8 日 星期日 下午 2 時")]
    [InlineData("114 年 6 月 8 日 星期天 下午 2 時")]
    public void ABareWeekdayIsReadAsTheBracketedOne(string time)
    {
        var c = Lone(time);
        Assert.DoesNotContain(c.Diagnostics, d => d.Code is "ML0124" or "ML0103");
        var r = Assert.Single(c.Records);
        Assert.NotNull(r.Date?.Weekday);
        Assert.Equal(14 * 60, r.Start?.TotalMinutes);
    }

    [Theory]
    [InlineData("114 年 6 月 4 日 星期四 下午 2 時", "星期四", "星期三")]
    [InlineData("114 年 6 月 4 日週五下午 2 時", "週五", "週三")]
    [InlineData("114 年 6 月 4 日、禮拜一 下午 2 時", "禮拜一", "禮拜三")]
    [InlineData("114 年 6 月 8 日 周六 下午 2 時", "周六", "周日")]
    public void AWrongBareWeekdayIsML0103(string time, string written, string hint)
    {
        var c = Lone(time);
        var d = Assert.Single(c.Diagnostics, d => d.Code == "ML0103");
        Assert.DoesNotContain(c.Diagnostics, d => d.Code == "ML0124");
        string line = c.Records[0].Tree.Source.Text;
        Assert.Equal(written, line.Substring(d.Span.Start, d.Span.Length));
        Assert.Contains(hint, d.Hint);
        Assert.DoesNotContain("（", d.Hint!);
        Assert.Equal(14 * 60, c.Records[0].Start?.TotalMinutes);
    }

    [Theory]
    [InlineData("114 年 6 月 4 日 三 下午 2 時")]        // the short form needs its brackets
    [InlineData("114 年 6 月 4 日 星期八 下午 2 時")]
    public void WhatIsNoWeekdayIsStillUnread(string time) => Assert.Contains(Lone(time).Diagnostics, d => d.Code == "ML0124");

    [Theory]
    [InlineData("記錄：林專員", "記錄")]
    [InlineData("記　錄：林專員", "記　錄")]
    [InlineData("記 錄：王技士", "記 錄")]
    [InlineData("記  錄:王技士", "記  錄")]
    [InlineData("* 記　錄：李幹事", "記　錄")]
    public void TheRecordersLabelWithTheVerbIsML0252SpacedOrNot(string recorder, string flagged)
    {
        var c = Lone("114 年 6 月 4 日（星期三）下午 2 時", recorder);
        var d = Assert.Single(c.Diagnostics, d => d.Code == "ML0252");
        Assert.Equal(flagged, c.Records[0].Tree.Source.Text.Substring(d.Span.Start, d.Span.Length));
        Assert.Contains("紀錄", d.In(Language.ZhTw).Hint);
    }

    [Theory]
    [InlineData("紀錄：林專員")]
    [InlineData("紀　錄：林專員")]
    [InlineData("紀 錄：王技士")]
    public void TheRecordersLabelWithTheNounIsClean(string recorder) =>
        Assert.DoesNotContain(Lone("114 年 6 月 4 日（星期三）下午 2 時", recorder).Diagnostics, d => d.Code == "ML0252");
}
