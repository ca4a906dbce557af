using MinutesLang.Localization;
using MinutesLang.Semantics;

namespace MinutesLang.Authoring;

/// <summary>
/// Why <c>minutes new</c> cannot write the next record (<see cref="NextRecordException"/>) or cannot read its
/// <c>--date</c> (<see cref="NextRecord.TryParseDate"/>), in English and zh-TW (issue 15). The zh-TW says what the records
/// say — 民國, 屆, 會期, 次, 臨時會, 上次會議紀錄 — and uses full-width punctuation; dates are written <c>yyyy-MM-dd</c> in both,
/// as the diagnostics of dates (ML0103) write them; options, file names and ids are the same in both.
/// </summary>
public static class NextRecordProblems
{
    /// <summary>A meeting on <paramref name="date"/>, in or before 1911: no 民國 year numbers it.</summary>
    public static Phrase BeforeRoc(DateOnly date) => new(
        $"{date:yyyy-MM-dd} is before the 民國 calendar",
        $"{date:yyyy-MM-dd} 早於民國紀元（民國元年為 1912 年）");

    /// <summary>A meeting on <paramref name="date"/>, before the date of the last record (<paramref name="lastId"/>, on <paramref name="lastDate"/>).</summary>
    public static Phrase BeforeLast(DateOnly date, string lastId, DateOnly lastDate) => new(
        $"{date:yyyy-MM-dd} is before the last record, {lastId} ({lastDate:yyyy-MM-dd}); give the date of the next meeting with --date",
        $"{date:yyyy-MM-dd} 早於上次會議紀錄 {lastId}（{lastDate:yyyy-MM-dd}）；請以 --date 指定下次會議日期");

    /// <summary>A meeting on <paramref name="date"/>, in a 民國 <paramref name="year"/> before the year of the last record (<paramref name="lastId"/>).</summary>
    public static Phrase YearBeforeLast(DateOnly date, int year, string lastId) => new(
        $"{date:yyyy-MM-dd} is in 民國 {year}, before the last record, {lastId}; give the date of the next meeting with --date",
        $"{date:yyyy-MM-dd} 屬民國 {year} 年，早於上次會議紀錄 {lastId}；請以 --date 指定下次會議日期");

    /// <summary><c>--session</c> given to a series whose meetings are numbered otherwise (<paramref name="numbering"/>, as <see cref="MeetingScheme.Described"/> says it).</summary>
    public static Phrase NotBySession(MeetingNumbering numbering) => new(
        $"--session: the series numbers its meetings {MeetingScheme.Described(numbering).En}, not by 屆 and 會期",
        $"--session：本系列會議的編號方式為{MeetingScheme.Described(numbering).ZhTw}，不依屆及會期編號");

    /// <summary>The last record (<paramref name="lastId"/>) has the number <see cref="MeetingId.MaxNumber"/>: no next number can be written.</summary>
    public static Phrase HighestNumber(string lastId) => new(
        $"the last record, {lastId}, has the highest meeting number",
        $"上次會議紀錄 {lastId} 的次別已達編號上限（第 {MeetingId.MaxNumber} 次），無法再編下一次");

    /// <summary>A series numbered by 屆/會期/次 that has no such record yet: the 屆 and 會期 of the meeting must be given.</summary>
    public static readonly Phrase SessionNeeded = new(
        "the series numbers its meetings by 屆, 會期 and 次 and has no record yet: give the 屆 and 會期 with --session (--session 11-1)",
        "本系列會議依屆、會期及次編號，尚無任何會議紀錄：請以 --session 指定屆及會期（如 --session 11-1）");

    /// <summary><c>--extra</c> for a series that declares <c>臨時會：無</c>.</summary>
    public static readonly Phrase NoExtraMeetings = new(
        "the series declares no 臨時會 (臨時會：無 in series.minutes)",
        "本系列未設臨時會（series.minutes 中寫明「臨時會：無」）");

    /// <summary>A <c>--date</c> in no form of the date (<paramref name="text"/> as given).</summary>
    public static Phrase UnreadableDate(string text) => new(
        $"cannot read the date '{text}' (write 2025-06-06, 114-06-06 or 114 年 6 月 6 日)",
        $"無法判讀日期「{text}」（請寫 2025-06-06、114-06-06 或 114 年 6 月 6 日）");

    /// <summary>A <c>--date</c> in the form of a date that the calendar does not have (2025-02-30).</summary>
    public static Phrase NotADate(string text) => new(
        $"'{text}' is not a date of the calendar",
        $"「{text}」不是日曆上的日期");

    /// <summary>A <c>--date</c> (<paramref name="date"/>) with a weekday (<paramref name="written"/>) that is not its own (<paramref name="expected"/>).</summary>
    public static Phrase WrongWeekday(DateOnly date, char expected, char? written) => new(
        $"{date:yyyy-MM-dd} is a 星期{expected}, not 星期{written} (leave the weekday out: it is computed)",
        $"{date:yyyy-MM-dd} 是星期{expected}，不是星期{written}（星期由日期算出，不必填寫）");
}
