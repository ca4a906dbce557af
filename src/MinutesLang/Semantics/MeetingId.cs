using System.Text.RegularExpressions;

namespace MinutesLang.Semantics;

/// <summary>How a body numbers its meetings, as the form of the <c>@meeting</c> id says (and <c>編號</c> of <c>@series</c> declares: <see cref="MeetingScheme"/>).</summary>
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

    /// <summary>
    /// <c>@meeting 11-2-5</c>: 屆, 會期 and 次 as the Legislative Yuan numbers its committee meetings
    /// (第11屆第2會期第5次全體委員會議); <see cref="MeetingId.Year"/> is the 屆, <see cref="MeetingId.Session"/>
    /// the 會期, <see cref="MeetingId.Number"/> the meeting in that 會期.
    /// </summary>
    Session,

    /// <summary>
    /// <c>@meeting 無</c>: the text holds neither a number nor a date (what <c>minutes import</c> writes with
    /// ML0420): the record is valid, outside the order of the series (ML0133, a warning at the line).
    /// </summary>
    Unnumbered,
}

/// <summary>
/// A meeting id as written after <c>@meeting</c>: <c>YEAR-N</c> (<see cref="MeetingNumbering.PerYear"/>,
/// a 2–4 digit 民國 or AD year), <c>N</c> (<see cref="MeetingNumbering.Running"/>), <c>屆-會期-N</c>
/// (<see cref="MeetingNumbering.Session"/>), the meeting's date <c>YYYY-MM-DD</c>
/// (<see cref="MeetingNumbering.Dated"/>) or <c>無</c> (<see cref="MeetingNumbering.Unnumbered"/>). An ad hoc
/// meeting (臨時會) writes <c>臨</c> before its own number or date: <c>臨1</c>, <c>114-臨1</c>, <c>11-2-臨1</c>,
/// <c>臨2025-03-20</c> (<see cref="Extra"/>). N has no upper limit in the notation but is checked against
/// <see cref="MaxNumber"/> before it is read, so a number of any length never overflows: a longer one is ML0130.
/// </summary>
public readonly partial record struct MeetingId(MeetingNumbering Numbering, int Year, int Number)
{
    /// <summary>The largest meeting number read (nine digits): beyond it the id is ML0130.</summary>
    public const int MaxNumber = 999_999_999;

    /// <summary>The mark of an ad hoc meeting (臨時會) in an id: <c>臨1</c>, <c>114-臨1</c>.</summary>
    public const string ExtraMark = "臨";

    /// <summary>What <c>@meeting</c> says of a meeting whose text holds no number and no date.</summary>
    public const string NoneMark = "無";

    /// <summary>The 會期 of a <see cref="MeetingNumbering.Session"/> id (0 for the other numberings).</summary>
    public int Session { get; init; }

    /// <summary>An ad hoc meeting (臨時會), numbered on its own (<c>臨1</c>) or named by its date (<c>臨2025-03-20</c>); it does not count in the regular numbering (ML0204).</summary>
    public bool Extra { get; init; }

    /// <summary>The id as written: 114-1, 144, 11-2-5, 臨1, 114-臨1, 2025-03-07, 無.</summary>
    public override string ToString()
    {
        string x = Extra ? ExtraMark : "";
        return Numbering switch
        {
            MeetingNumbering.Running => $"{x}{Number}",
            MeetingNumbering.Dated => $"{x}{Parsing.RocCalendar.ToAd(Year):D4}-{Number / 100:D2}-{Number % 100:D2}",
            MeetingNumbering.Session => $"{Year}-{Session}-{x}{Number}",
            MeetingNumbering.Unnumbered => NoneMark,
            _ => $"{Year}-{x}{Number}",
        };
    }

    /// <summary>The id of a meeting named by its date.</summary>
    public static MeetingId OfDate(DateOnly date) => new(MeetingNumbering.Dated, Parsing.RocCalendar.ToRoc(date.Year), date.Month * 100 + date.Day);

    /// <summary>The date of a <see cref="MeetingNumbering.Dated"/> id, else null.</summary>
    public DateOnly? Date => Numbering == MeetingNumbering.Dated ? new DateOnly(Parsing.RocCalendar.ToAd(Year), Number / 100, Number % 100) : null;

    [GeneratedRegex(@"^\s*(?<x>臨\s*)?(?<y>[0-9]{4})-(?<m>[0-9]{2})-(?<d>[0-9]{2})\s*$")]
    private static partial Regex DateForm();

    [GeneratedRegex(@"^\s*(?:(?<year>[0-9]{2,4})\s*-\s*)?(?<x>臨\s*)?(?<n>[0-9]+)\s*$")]
    private static partial Regex Form();

    [GeneratedRegex(@"^\s*(?<term>[0-9]{1,3})\s*-\s*(?<session>[0-9]{1,2})\s*-\s*(?<x>臨\s*)?(?<n>[0-9]+)\s*$")]
    private static partial Regex SessionForm();

    /// <summary>What reading an id gave: the id, or that the text is not an id, or that its number is out of range.</summary>
    public enum ParseOutcome { Ok, NotAnId, OutOfRange }

    /// <summary>Reads <c>114-1</c>, <c>144</c>, <c>11-2-5</c>, <c>2025-03-07</c>, <c>無</c>, each also as a 臨時會 (<c>臨1</c>, <c>114-臨1</c>); a number of more than nine digits or 0 is <see cref="ParseOutcome.OutOfRange"/>.</summary>
    public static ParseOutcome TryParse(string text, out MeetingId id)
    {
        id = default;
        if (text.Trim() == NoneMark)
        {
            id = new MeetingId(MeetingNumbering.Unnumbered, 0, 0);
            return ParseOutcome.Ok;
        }

        if (DateForm().Match(text) is { Success: true } dm)
        {
            int y = int.Parse(dm.Groups["y"].Value), mo = int.Parse(dm.Groups["m"].Value), d = int.Parse(dm.Groups["d"].Value);
            if (y < 1912 || mo is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, mo)) return ParseOutcome.NotAnId;
            id = OfDate(new DateOnly(y, mo, d)) with { Extra = dm.Groups["x"].Success };
            return ParseOutcome.Ok;
        }

        if (SessionForm().Match(text) is { Success: true } sm)
        {
            if (!TryNumber(sm.Groups["n"].Value, out int k)) return ParseOutcome.OutOfRange;
            int term = int.Parse(sm.Groups["term"].Value), session = int.Parse(sm.Groups["session"].Value);
            if (term == 0 || session == 0) return ParseOutcome.OutOfRange;
            id = new MeetingId(MeetingNumbering.Session, term, k) { Session = session, Extra = sm.Groups["x"].Success };
            return ParseOutcome.Ok;
        }

        var m = Form().Match(text);
        if (!m.Success) return ParseOutcome.NotAnId;
        if (!TryNumber(m.Groups["n"].Value, out int n)) return ParseOutcome.OutOfRange;
        id = m.Groups["year"].Success
            ? new MeetingId(MeetingNumbering.PerYear, int.Parse(m.Groups["year"].Value), n) { Extra = m.Groups["x"].Success }
            : new MeetingId(MeetingNumbering.Running, 0, n) { Extra = m.Groups["x"].Success };
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
