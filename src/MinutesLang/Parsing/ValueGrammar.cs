using Pidgin;

namespace MinutesLang.Parsing;

/// <summary>A time of day as written: 上午 10 時, 14時, 下午 2 時 50 分.</summary>
public readonly record struct ClockTime(string? Meridiem, int Hour, int Minute)
{
    /// <summary>
    /// Minutes since midnight, the hour read after its meridiem as <see cref="Meridiems.TwentyFourHour"/> reads it
    /// (下午/傍晚/晚上 add 12 hours to hours below 12, 中午 1 時 is 13:00, 凌晨 12 時 is 00:00).
    /// </summary>
    public int TotalMinutes => Meridiems.TwentyFourHour(Meridiem, Hour) * 60 + Minute;

    public bool IsValid => Hour is >= 0 and <= 24 && Minute is >= 0 and < 60 && (Meridiem is null || Hour <= 12);

    /// <summary>
    /// Whether 上午/下午/中午/晚上 (any of <see cref="Meridiems.Words"/>) contradicts the hour (ML0121): an hour of the 24-hour
    /// clock (13 to 24) after any of them (下午 15 時, 上午 13 時), or 0 時 after 下午/中午/傍晚/晚上 (下午 0 時). 中午 12 時,
    /// 下午 12 時, 上午 0 時 and 凌晨 0 時 are read as written. A clock reading whose hour lies in the part of the day its
    /// word names (晚上19:00) is read by <see cref="ChineseValueGrammar.Clock"/> without the word, and is no contradiction.
    /// Such a time has two readings (<see cref="Readings"/>) and no rule may pick one of them.
    /// </summary>
    public bool MeridiemContradicts =>
        Meridiem is not null && Minute is >= 0 and < 60
        && (Hour is >= 13 and <= 24 || Hour == 0 && Meridiems.PartOf(Meridiem) is not (DayPart.Morning or DayPart.Night));

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

/// <summary>
/// A 時間 or 日期 value as the value grammar reads it (<see cref="ChineseValueGrammar.ReadDateTime"/>,
/// <see cref="ChineseValueGrammar.ReadTime"/>): the date (null for a time alone), the opening time, the planned closing
/// time (<paramref name="Until"/>, the end of a range: <c>19:00-21:00</c>, <c>下午2時至4時</c>), the closing time in
/// brackets (<c>上午九時(十一時三十分)</c>), and how far the text was read.
/// </summary>
/// <param name="ReadLength">UTF-16 code units read from the start of the value, spaces after the last thing read included.</param>
public readonly record struct DateTimeValue(WrittenDate? Date, ClockTime? Time, ClockTime? Until, ClockTime? Closing, int ReadLength)
{
    /// <summary>
    /// Where the text the grammar did not read stands in <paramref name="text"/> (the value it read), without the
    /// spaces around it; a lone 。 at the end is no unread text. Length 0 when the whole value was read.
    /// </summary>
    public (int Offset, int Length) UnreadSpan(string text)
    {
        int start = Math.Min(ReadLength, text.Length), end = text.Length;
        while (start < end && text[start] is ' ' or '\u3000' or '\t') start++;
        while (end > start && text[end - 1] is ' ' or '\u3000' or '\t') end--;
        if (end == start + 1 && text[start] == '。') end = start;
        return (start, end - start);
    }

    /// <summary>The text the grammar did not read (<see cref="UnreadSpan"/>); empty when the whole value was read.</summary>
    public string Unread(string text)
    {
        var (offset, length) = UnreadSpan(text);
        return text.Substring(offset, length);
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
