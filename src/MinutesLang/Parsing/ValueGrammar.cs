using Pidgin;
using static Pidgin.Parser;
using static Pidgin.Parser<char>;

namespace MinutesLang.Parsing;

/// <summary>A time of day as written: 上午 10 時, 14時, 下午 2 時 50 分.</summary>
public readonly record struct ClockTime(string? Meridiem, int Hour, int Minute)
{
    /// <summary>Minutes since midnight, with 下午/晚上 adding 12 hours to hours below 12.</summary>
    public int TotalMinutes => ((Meridiem is "下午" or "晚上") && Hour < 12 ? Hour + 12 : Hour) * 60 + Minute;

    public bool IsValid => Hour is >= 0 and <= 24 && Minute is >= 0 and < 60 && (Meridiem is null || Hour <= 12);
}

/// <summary>A date as written: 民國 (or AD) year, month, day, and the weekday the writer gave.</summary>
public readonly record struct WrittenDate(int Year, int Month, int Day, char? Weekday)
{
    /// <summary>The AD date; years below 1911 are 民國 years.</summary>
    public DateOnly? ToDate()
    {
        int ad = RocCalendar.ToAd(Year);
        return Month is >= 1 and <= 12 && Day >= 1 && ad is >= 1912 and <= 9999 && Day <= DateTime.DaysInMonth(ad, Month)
            ? new DateOnly(ad, Month, Day)
            : null;
    }

    public static char WeekdayChar(DayOfWeek d) => "日一二三四五六"[(int)d];

    /// <summary>The weekday the date really has, when the writer gave another one (星期天 is 星期日); else null.</summary>
    public char? WrongWeekday()
    {
        if (Weekday is not { } written || ToDate() is not { } date) return null;
        char expected = WeekdayChar(date.DayOfWeek);
        return (written == '天' ? '日' : written) == expected ? null : expected;
    }
}

/// <summary>民國 years: the AD year − 1911 (2019 = 108). A year from 1911 on is taken as AD.</summary>
public static class RocCalendar
{
    public const int Offset = 1911;

    public static int ToAd(int year) => year < Offset ? year + Offset : year;

    public static int ToRoc(int year) => year >= Offset ? year - Offset : year;
}

/// <summary>Pidgin parsers for the values inside fields: 時間 and 散會.</summary>
public static class ValueGrammar
{
    private static readonly Parser<char, Unit> Sp = Token(c => c == ' ' || c == '\u3000' || c == '\t').SkipMany();

    /// <summary>ASCII or full-width digits (１１４), at most six of them.</summary>
    private static readonly Parser<char, int> Number =
        Token(c => c is >= '0' and <= '9' or >= '０' and <= '９').AtLeastOnceString()
            .Assert(s => s.Length <= 6, "a number of at most six digits")
            .Select(s => s.Aggregate(0, (n, c) => n * 10 + (c >= '０' ? c - '０' : c - '0')));

    private static Parser<char, int> NumberThen(char unit) => Number.Before(Sp).Before(Char(unit)).Before(Sp);

    private static readonly Parser<char, string?> Meridiem =
        OneOf(Try(String("上午")), Try(String("下午")), Try(String("中午")), Try(String("晚上")))
            .Before(Sp).Optional().Select(o => o.HasValue ? o.Value : null);

    public static readonly Parser<char, ClockTime> Time =
        Map(
            (m, h, min) => new ClockTime(m, h, min.HasValue ? min.Value : 0),
            Meridiem,
            Try(NumberThen('時')),
            Try(NumberThen('分')).Optional());

    /// <summary>Every weekday form of <see cref="WeekdayGrammar"/>: （星期五） （週五） （周五） （禮拜五） （五）.</summary>
    private static readonly Parser<char, char> Weekday = WeekdayGrammar.Weekday.Select(w => w.Day);

    public static readonly Parser<char, (WrittenDate Date, ClockTime? Time)> DateTime =
        Map(
            (y, m, d, w, t) => (new WrittenDate(y, m, d, w.HasValue ? w.Value : null), t.HasValue ? t.Value : (ClockTime?)null),
            Sp.Then(NumberThen('年')),
            NumberThen('月'),
            Number.Before(Sp).Before(OneOf(Char('日'), Char('號'))).Before(Sp),
            Try(Weekday).Optional(),
            Try(Time).Optional());

    public static (WrittenDate Date, ClockTime? Time)? ParseDateTime(string text)
    {
        var r = DateTime.Parse(text);
        return r.Success ? r.Value : ChineseValueGrammar.ParseDateTime(text);
    }

    /// <summary>The first time of day found anywhere in the text (散會：上午 11 時 15 分, 散會(下午 2 時 50 分)).</summary>
    public static ClockTime? FindTime(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (!char.IsDigit(text[i]) && text[i] != '上' && text[i] != '下' && text[i] != '中' && text[i] != '晚') continue;
            if (i > 0 && char.IsDigit(text[i - 1])) continue;
            var r = Time.Parse(text[i..]);
            if (r.Success) return r.Value;
        }

        return null;
    }
}
