namespace MinutesLang.Parsing;

/// <summary>The part of the day a meridiem word names, which decides how the hour after it is read (<see cref="Meridiems"/>).</summary>
public enum DayPart
{
    /// <summary>上午, 早上, 清晨: hours 1 to 12 as written (上午 12 時 is noon, read as written).</summary>
    Morning,

    /// <summary>凌晨: hours 1 to 11 as written, 凌晨 12 時 is midnight (00:00).</summary>
    Night,

    /// <summary>中午 (about 11 to 13 o'clock): 11 and 12 as written, 中午 1 時 is 13:00.</summary>
    Noon,

    /// <summary>下午, 傍晚: hours below 12 plus 12 (下午 2 時 is 14:00, 傍晚 6 時 18:00), 12 as written.</summary>
    Afternoon,

    /// <summary>晚上, 晚間, 夜間: hours below 12 plus 12 (晚上 8 時 is 20:00), 晚上 12 時 is midnight at the day's end (24:00).</summary>
    Evening,
}

/// <summary>
/// The meridiem words the minutes of Taiwanese public bodies write before a time of day, and how each reads
/// the hour after it on the 12-hour clock (issue 12 §2): 上午/早上/清晨 and 凌晨 the morning, 中午 the
/// noon hours (11 to 13), 下午/傍晚 the afternoon, 晚上/晚間/夜間 the evening. After any of them an hour of
/// 13 or more on the 24-hour clock contradicts the word (ML0121), except in a clock reading <c>19:00</c>
/// whose hour lies in the part of the day the word names (<see cref="AgreesOnTheClock"/>).
/// </summary>
public static class Meridiems
{
    /// <summary>Every meridiem word the value grammar reads (each two characters).</summary>
    public static readonly IReadOnlyList<string> Words = ["上午", "早上", "清晨", "凌晨", "中午", "下午", "傍晚", "晚上", "晚間", "夜間"];

    /// <summary>The part of the day <paramref name="word"/> names; null for a word that is not a meridiem.</summary>
    public static DayPart? PartOf(string? word) => word switch
    {
        "上午" or "早上" or "清晨" => DayPart.Morning,
        "凌晨" => DayPart.Night,
        "中午" => DayPart.Noon,
        "下午" or "傍晚" => DayPart.Afternoon,
        "晚上" or "晚間" or "夜間" => DayPart.Evening,
        _ => null,
    };

    /// <summary>
    /// The hour on the 24-hour clock (0 to 24) of <paramref name="hour"/> (0 to 12) after <paramref name="word"/>:
    /// 中午 1 時 → 13, 晚上 8 時 → 20, 凌晨 2 時 → 2, 凌晨 12 時 → 0, 晚上 12 時 → 24, 傍晚 6 時 → 18; without a
    /// word, or for an hour above 12 (a time ML0121 reports), the hour as written.
    /// </summary>
    public static int TwentyFourHour(string? word, int hour)
    {
        if (hour > 12) return hour;
        return PartOf(word) switch
        {
            DayPart.Night => hour == 12 ? 0 : hour,
            DayPart.Noon => hour <= 10 ? hour + 12 : hour,
            DayPart.Afternoon => hour < 12 ? hour + 12 : hour,
            DayPart.Evening => hour < 12 ? hour + 12 : 24,
            _ => hour,
        };
    }

    /// <summary>
    /// Whether a clock reading <c>HH:MM</c> of the 24-hour clock (hour 13 to 24) lies in the part of the day
    /// <paramref name="word"/> names, so that the word only repeats what the hour says (<c>晚上19:00</c>,
    /// <c>下午14:30</c>, <c>中午13:00</c>): 中午 13, 下午/傍晚 13 to 23, 晚上/晚間/夜間 13 to 24. A morning word
    /// never agrees with such an hour (<c>上午14:00</c> is ML0121).
    /// </summary>
    public static bool AgreesOnTheClock(string? word, int hour) => PartOf(word) switch
    {
        DayPart.Noon => hour == 13,
        DayPart.Afternoon => hour is >= 13 and <= 23,
        DayPart.Evening => hour is >= 13 and <= 24,
        _ => false,
    };
}
