using Pidgin;

namespace MinutesLang.Parsing;

/// <summary>A time of day as written: 上午 10 時, 14時, 下午 2 時 50 分.</summary>
public readonly record struct ClockTime(string? Meridiem, int Hour, int Minute)
{
    /// <summary>Minutes since midnight, with 下午/晚上 adding 12 hours to hours below 12.</summary>
    public int TotalMinutes => ((Meridiem is "下午" or "晚上") && Hour < 12 ? Hour + 12 : Hour) * 60 + Minute;

    public bool IsValid => Hour is >= 0 and <= 24 && Minute is >= 0 and < 60 && (Meridiem is null || Hour <= 12);

    /// <summary>
    /// Whether 上午/下午/中午/晚上 contradicts the hour (ML0121): an hour of the 24-hour clock (13 to 24) after any of
    /// them (下午 15 時, 上午 13 時), or 0 時 after 下午/中午/晚上 (下午 0 時). 中午 12 時, 下午 12 時 and 上午 0 時 are read as written.
    /// Such a time has two readings (<see cref="Readings"/>) and no rule may pick one of them.
    /// </summary>
    public bool MeridiemContradicts =>
        Meridiem is not null && Minute is >= 0 and < 60 && (Hour is >= 13 and <= 24 || Hour == 0 && Meridiem is not "上午");

    /// <summary>Whether the time can be read at all: <see cref="IsValid"/>, or a time whose meridiem contradicts its hour.</summary>
    public bool IsReadable => IsValid || MeridiemContradicts;

    /// <summary>
    /// The two readings of a time whose meridiem contradicts its hour, in the notation's words: 下午 15 時 50 分 is
    /// 下午 3 時 50 分 or 15 時 50 分; 上午 13 時 is 上午 1 時 or 13 時; 下午 0 時 is 下午 12 時 or 0 時. Meaningless otherwise.
    /// </summary>
    public (string TwelveHour, string TwentyFourHour) Readings
    {
        get
        {
            string min = Minute > 0 ? $" {Minute} 分" : "";
            return ($"{Meridiem} {(Hour == 0 ? 12 : Hour - 12)} 時{min}", $"{Hour} 時{min}");
        }
    }
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

/// <summary>
/// The values inside fields (時間, 日期, 散會): one grammar for dates and times in every form the
/// minutes of public bodies write them, <see cref="ChineseValueGrammar"/> (ROC and Western years,
/// Arabic, full-width and Chinese numerals, dates in words or figures, 時/分/點/半 and hh:mm[:ss],
/// 上午/下午/中午/晚上, a closing time in brackets). The binder, the rules, <c>new</c> and the importer
/// all read values through this class.
/// </summary>
public static class ValueGrammar
{
    /// <summary>A time of day in any form: 上午 10 時, 14時30分, 下午二時半, 09:30:00.</summary>
    public static Parser<char, ClockTime> Time => ChineseValueGrammar.AnyTime;

    /// <summary>A 時間 value: date (words or figures), optional weekday, optional time.</summary>
    public static Parser<char, (WrittenDate Date, ClockTime? Time)> DateTime => ChineseValueGrammar.DateTime;

    /// <summary>The date and time of a 時間 value, or null when it holds no date.</summary>
    public static (WrittenDate Date, ClockTime? Time)? ParseDateTime(string text) => ChineseValueGrammar.ParseDateTime(text);

    /// <summary>The first time of day found anywhere in the text (散會：上午 11 時 15 分, 散會(下午 2 時 50 分), 散會：16:30).</summary>
    public static ClockTime? FindTime(string text) => ChineseValueGrammar.FindTime(text);
}
