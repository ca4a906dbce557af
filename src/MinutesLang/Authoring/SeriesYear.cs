using MinutesLang.Parsing;
using MinutesLang.Semantics;

namespace MinutesLang.Authoring;

/// <summary>
/// Which year numbers a series' meetings, for <c>minutes new</c>: the 民國 calendar year (年, 年度, and 會計年度, the
/// government's fiscal year, January to December since 民國 90), or the school year (學年度: from August 1 of a 民國
/// year to July 31 of the next, <see cref="MeetingTitle.SchoolYearOf"/>). The year kind names and numbers the
/// meeting (<c>@meeting 113-3</c>, 113學年度第3次…); the date of the meeting (時間) is always the calendar date.
/// </summary>
public static class SeriesYear
{
    /// <summary>
    /// Whether the series numbers its meetings by 學年度: as its <c>題名</c> says where the form puts <c>{年}</c> before a
    /// unit (<c>{年}學年度第{次}次校務會議紀錄</c>), so that even the series' first record is numbered by it; else as the
    /// title of its last regular record reads (<c>113學年度第2次…</c>); else not (the calendar year).
    /// </summary>
    /// <param name="scheme">the series' scheme (<c>題名</c> of <c>@series</c>)</param>
    /// <param name="lastRegular">the last regular record of the series, or null for its first</param>
    public static bool CountsSchoolYears(MeetingScheme scheme, Record? lastRegular)
    {
        // the form composed with a year of figures is read as a title is: its unit says the kind
        var composed = scheme.Compose(new MeetingId(MeetingNumbering.PerYear, 100, 1) { Session = 1 }, 100);
        if (composed is not null && MeetingTitle.Read(composed) is { Year: not null } declared) return declared.SchoolYear;
        return MeetingTitle.Read(lastRegular?.Title).SchoolYear;
    }

    /// <summary>The year that numbers a meeting on <paramref name="date"/>: its 學年度 (<see cref="CountsSchoolYears"/>), else its 民國 year.</summary>
    public static int Numbering(DateOnly date, bool schoolYears) => schoolYears ? MeetingTitle.SchoolYearOf(date) : RocCalendar.ToRoc(date.Year);
}
