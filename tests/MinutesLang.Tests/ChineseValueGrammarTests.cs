using MinutesLang.Parsing;

namespace MinutesLang.Tests;

/// <summary>Dates and times in the forms offices write them, Chinese numerals included.</summary>
public sealed class ChineseValueGrammarTests
{
    [Theory]
    [InlineData("九十二", 92)]
    [InlineData("一百一十三", 113)]
    [InlineData("一一三", 113)]
    [InlineData("十", 10)]
    [InlineData("十五", 15)]
    [InlineData("二十七", 27)]
    [InlineData("三十", 30)]
    [InlineData("兩", 2)]
    [InlineData("一〇五", 105)]
    [InlineData("一百", 100)]
    public void ChineseNumerals(string text, int value) => Assert.Equal(value, ChineseValueGrammar.ChineseNumber(text));

    [Theory]
    [InlineData("")]
    [InlineData("第")]
    [InlineData("十甲")]
    public void NotChineseNumerals(string text) => Assert.Null(ChineseValueGrammar.ChineseNumber(text));

    [Theory]
    [InlineData("中華民國九十二年十月二十七日上午九時", 92, 10, 27, null, "上午", 9, 0)]
    [InlineData("中華民國九十二年十月二十七日（星期一）上午九時三十分", 92, 10, 27, '一', "上午", 9, 30)]
    [InlineData("民國113年3月5日(星期二)下午2時半", 113, 3, 5, '二', "下午", 2, 30)]
    [InlineData("一一三年三月五日 下午二點", 113, 3, 5, null, "下午", 2, 0)]
    [InlineData("114 年 3 月 7 日（星期五）上午 10 時", 114, 3, 7, '五', "上午", 10, 0)]
    public void DatesAndTimes(string text, int y, int m, int d, char? weekday, string meridiem, int hour, int minute)
    {
        var r = ChineseValueGrammar.ParseDateTime(text);
        Assert.NotNull(r);
        Assert.Equal(new WrittenDate(y, m, d, weekday), r.Value.Date);
        Assert.Equal(new ClockTime(meridiem, hour, minute), r.Value.Time);
    }

    [Theory]
    [InlineData("113年3月5日", 113, 3, 5)]
    [InlineData("中華民國一百一十三年十月二十七日（星期日）", 113, 10, 27)]
    public void DatesWithoutTime(string text, int y, int m, int d)
    {
        var r = ValueGrammar.ParseDateTime(text);
        Assert.NotNull(r);
        Assert.Equal((y, m, d), (r.Value.Date.Year, r.Value.Date.Month, r.Value.Date.Day));
        Assert.Null(r.Value.Time);
        Assert.Equal(DayOfWeek.Sunday, new WrittenDate(113, 10, 27, null).ToDate()!.Value.DayOfWeek);
    }

    [Theory]
    [InlineData("114/13/7")] // a date in figures (114/3/7 is one since issue 12) needs a month from 1 to 12
    [InlineData("三月七日")]
    [InlineData("")]
    public void NotDates(string text) => Assert.Null(ChineseValueGrammar.ParseDateTime(text));

    [Theory]
    [InlineData("上午十一時十五分", "上午", 11, 15)]
    [InlineData("(下午二時五十分)", "下午", 2, 50)]
    [InlineData("散會：15時06分", null, 15, 6)]
    public void TimesAnywhere(string text, string? meridiem, int hour, int minute) =>
        Assert.Equal(new ClockTime(meridiem, hour, minute), ChineseValueGrammar.FindTime(text));
}
