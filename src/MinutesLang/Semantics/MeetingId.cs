using System.Text.RegularExpressions;

namespace MinutesLang.Semantics;

/// <summary>How a body numbers its meetings, as the form of the <c>@meeting</c> id says.</summary>
public enum MeetingNumbering
{
    /// <summary><c>@meeting 114-1</c>: 民國 year and the meeting's number in that year (114 年度第 1 次), as the 基北北桃 working groups number them.</summary>
    PerYear,

    /// <summary><c>@meeting 144</c>: a running count with no year (都市計畫委員會第 144 次), never reset.</summary>
    Running,

    /// <summary>
    /// <c>@meeting 2025-03-07</c>: a meeting the text gives no number, named by its date (what
    /// <c>minutes import</c> writes, with ML0420, when the title has no 第 N 次); then
    /// <see cref="MeetingId.Year"/> is the 民國 year and <see cref="MeetingId.Number"/> is month × 100 + day.
    /// </summary>
    Dated,
}

/// <summary>
/// A meeting id as written after <c>@meeting</c>: <c>YEAR-N</c> (<see cref="MeetingNumbering.PerYear"/>,
/// a 2–4 digit 民國 or AD year), <c>N</c> (<see cref="MeetingNumbering.Running"/>) or the meeting's
/// date <c>YYYY-MM-DD</c> (<see cref="MeetingNumbering.Dated"/>). N has no upper
/// limit in the notation but is checked against <see cref="MaxNumber"/> before it is read, so a number
/// of any length never overflows: a longer one is ML0130.
/// </summary>
public readonly partial record struct MeetingId(MeetingNumbering Numbering, int Year, int Number)
{
    /// <summary>The largest meeting number read (nine digits): beyond it the id is ML0130.</summary>
    public const int MaxNumber = 999_999_999;

    /// <summary>The id as written: 114-1, 144.</summary>
    public override string ToString() => Numbering switch
    {
        MeetingNumbering.Running => $"{Number}",
        MeetingNumbering.Dated => $"{Parsing.RocCalendar.ToAd(Year):D4}-{Number / 100:D2}-{Number % 100:D2}",
        _ => $"{Year}-{Number}",
    };

    /// <summary>The id of a meeting named by its date.</summary>
    public static MeetingId OfDate(DateOnly date) => new(MeetingNumbering.Dated, Parsing.RocCalendar.ToRoc(date.Year), date.Month * 100 + date.Day);

    [GeneratedRegex(@"^\s*(?<y>[0-9]{4})-(?<m>[0-9]{2})-(?<d>[0-9]{2})\s*$")]
    private static partial Regex DateForm();

    [GeneratedRegex(@"^\s*(?:(?<year>[0-9]{2,4})\s*-\s*)?(?<n>[0-9]+)\s*$")]
    private static partial Regex Form();

    /// <summary>What reading an id gave: the id, or that the text is not an id, or that its number is out of range.</summary>
    public enum ParseOutcome { Ok, NotAnId, OutOfRange }

    /// <summary>Reads <c>114-1</c> or <c>144</c>; a number of more than nine digits or 0 is <see cref="ParseOutcome.OutOfRange"/>.</summary>
    public static ParseOutcome TryParse(string text, out MeetingId id)
    {
        id = default;
        if (DateForm().Match(text) is { Success: true } dm)
        {
            int y = int.Parse(dm.Groups["y"].Value), mo = int.Parse(dm.Groups["m"].Value), d = int.Parse(dm.Groups["d"].Value);
            if (y < 1912 || mo is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, mo)) return ParseOutcome.NotAnId;
            id = OfDate(new DateOnly(y, mo, d));
            return ParseOutcome.Ok;
        }

        var m = Form().Match(text);
        if (!m.Success) return ParseOutcome.NotAnId;
        if (!TryNumber(m.Groups["n"].Value, out int n)) return ParseOutcome.OutOfRange;
        id = m.Groups["year"].Success
            ? new MeetingId(MeetingNumbering.PerYear, int.Parse(m.Groups["year"].Value), n)
            : new MeetingId(MeetingNumbering.Running, 0, n);
        return ParseOutcome.Ok;
    }

    /// <summary>A meeting number of ASCII digits within 1..<see cref="MaxNumber"/>, read without overflow (the length is checked first).</summary>
    public static bool TryNumber(string digits, out int n)
    {
        n = 0;
        string trimmed = digits.TrimStart('0');
        if (trimmed.Length == 0 || trimmed.Length > 9 || !trimmed.All(char.IsAsciiDigit)) return false;
        n = int.Parse(trimmed);
        return n <= MaxNumber;
    }
}
