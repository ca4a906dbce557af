using System.Text.RegularExpressions;
using MinutesLang.Parsing;
using Pidgin;

namespace MinutesLang.Semantics;

/// <summary>
/// A number written in a title: where it stands (offset and length of the numeral in the title), as written, and
/// its value as the value grammar reads it (<see cref="ChineseValueGrammar.Number"/>: ASCII or full-width figures,
/// Chinese numerals digit by digit or with 十 and 百); <see cref="Value"/> is null when the numeral cannot be read
/// (an unknown form such as 一千零一, or figures beyond <see cref="MeetingId.MaxNumber"/>).
/// </summary>
/// <param name="Offset">where the numeral starts in the title, 0-based, in UTF-16 code units</param>
/// <param name="Length">the numeral's length in UTF-16 code units</param>
/// <param name="Written">the numeral as written (五百六十一, １２, 114)</param>
/// <param name="Value">what it reads as, or null</param>
public readonly record struct TitleNumber(int Offset, int Length, string Written, int? Value);

/// <summary>
/// What a title says of the meeting's numbers (issue 12 §1, §3), read once for every reader of titles — the importer
/// (the id it proposes), <c>minutes new</c>, the title rules (ML0230, ML0233) and the review rule (ML0241):
/// the year (<c>114 年度</c>, <c>一一四年度</c>, <c>99 學年度</c>, <c>114 會計年度</c>, <c>2019</c>), 第 N 屆, 第 N 會期,
/// whether it names a 臨時會, and which 第 N 次 is the meeting's number. Every numeral is read by the value grammar
/// (<see cref="ChineseValueGrammar.Number"/>), never by a reader of its own.
/// </summary>
/// <remarks>
/// A 臨時會 is named by <c>臨時</c> before a word of the meeting (臨時會, 臨時會議, 臨時大會, 臨時委員會議,
/// 臨時會員代表大會; not 臨時動議 or 臨時提案). Its number is the 第 N 次 written right before that word
/// (<c>第11屆第2會期第1次臨時會</c>, <c>114年第3次臨時會</c>, <c>第5次臨時會議</c>), else the first 第 N 次 after it
/// (<c>臨時會第2次會議</c>); a 臨時會 is never given the number of a regular meeting the title also names. A regular
/// meeting's number is the last 第 N 次 before the title's 紀錄 (記錄): in a 屆/會期 series whose 會期 is counted too,
/// <c>第21屆第3次定期會第2次會議紀錄</c> is meeting 2 of the 3rd 定期會 (the 會期, as 第 N 會期 is), not meeting 3. When
/// the series declares how its titles are composed (<c>題名</c>, <c>臨時會題名</c> of <c>@series</c>) and the title has
/// that form, the numbers are those standing where the form has <c>{屆}</c>, <c>{會期}</c> and <c>{次}</c>
/// (<see cref="Read(string?, MeetingScheme?)"/>).
/// </remarks>
/// <param name="Year">the year's numeral (a 民國 year, or an AD year of four figures), or null</param>
/// <param name="YearUnit">what follows the year: 年, 年度, 學年度, 會計年度, or "" (a bare AD year, 2019 雙北合作…)</param>
/// <param name="YearAtStart">whether the year leads the title (as the seeds' titles and the rule ML0230 read it)</param>
/// <param name="Term">第 N 屆, or null</param>
/// <param name="Session">第 N 會期 (or the 第 N 次定期會 of a council, a 代表會), or null</param>
/// <param name="Number">the meeting's 第 N 次 (of the 臨時會, when <paramref name="Extra"/>), or null</param>
/// <param name="Extra">whether the title names a 臨時會</param>
/// <param name="ExtraWord">where the word naming the 臨時會 stands (offset, length), or null</param>
public sealed partial record MeetingTitle(TitleNumber? Year, string YearUnit, bool YearAtStart, TitleNumber? Term, TitleNumber? Session, TitleNumber? Number, bool Extra, (int Offset, int Length)? ExtraWord)
{
    /// <summary>The characters a numeral of a title is made of: figures, full-width figures and the Chinese numerals the value grammar reads (千 and 萬 too, so that such a number is seen, unread).</summary>
    private const string Numeral = "[0-9０-９〇零一二兩三四五六七八九十百千萬]+";

    [GeneratedRegex("第[ \\t\\u3000]*(?<n>" + Numeral + ")[ \\t\\u3000]*次")]
    private static partial Regex Ordinal();

    [GeneratedRegex("第[ \\t\\u3000]*(?<n>" + Numeral + ")[ \\t\\u3000]*屆")]
    private static partial Regex TermForm();

    [GeneratedRegex("第[ \\t\\u3000]*(?<n>" + Numeral + ")[ \\t\\u3000]*會期")]
    private static partial Regex SessionForm();

    /// <summary>A 會期 counted as a 定期會 (a council's, a 代表會's: 第21屆第3次定期會); its 第 N 次 is the 會期, not the meeting.</summary>
    [GeneratedRegex("第[ \\t\\u3000]*(?<n>" + Numeral + ")[ \\t\\u3000]*次[ \\t\\u3000]*定期(?:會|大會)")]
    private static partial Regex RegularSessionForm();

    /// <summary>The word 紀錄 (or 記錄) that ends a title: the meeting's number stands before it.</summary>
    [GeneratedRegex("[紀記][ \\t\\u3000]*錄")]
    private static partial Regex RecordWord();

    /// <summary>臨時 before a word of the meeting: 臨時會 (the match), 臨時會議, 臨時大會, 臨時委員會, 臨時常務委員會, 臨時會員代表大會 (臨時); not 臨時動議, 臨時提案, 臨時提議.</summary>
    [GeneratedRegex("臨時(?!動議|提案|提議)(?:會(?!員)|(?=[\\p{IsCJKUnifiedIdeographs}]))")]
    private static partial Regex ExtraForm();

    /// <summary>A year with its unit, anywhere: 114 年度, 一一四年度, 99學年度, 中華民國114年, 114 會計年度.</summary>
    [GeneratedRegex("(?<![0-9０-９〇零一二兩三四五六七八九十百第])(?:中華民國|民國)?[ \\t\\u3000]*(?<y>" + Numeral + ")[ \\t\\u3000]*(?<unit>學年度|會計年度|年度|年)")]
    private static partial Regex YearForm();

    /// <summary>An AD year of four figures not followed by a unit (2019 雙北合作…); never the number of 第 1978 次, 第 2001 屆.</summary>
    [GeneratedRegex("(?<![0-9第][ \\t\\u3000]*)(?<y>(?:19|20)[0-9]{2})(?![0-9])(?![ \\t\\u3000]*(?:次|屆|會期))")]
    private static partial Regex AdYearForm();

    private static readonly Parser<char, int> WholeNumber = ChineseValueGrammar.Number.Before(Parser<char>.End);

    /// <summary>A title that says nothing of numbers.</summary>
    public static readonly MeetingTitle None = new(null, "", false, null, null, null, false, null);

    /// <summary>
    /// The value of a numeral as the value grammar reads it (五百六十一 561, 一〇一 101, １２ 12), or null; figures beyond
    /// the grammar's six are read as a meeting number (<see cref="MeetingId.TryNumber"/>, up to <see cref="MeetingId.MaxNumber"/>).
    /// </summary>
    public static int? ReadNumeral(string numeral)
    {
        var r = WholeNumber.Parse(numeral);
        if (r.Success) return r.Value;
        string ascii = new([.. numeral.Select(c => c is >= '０' and <= '９' ? (char)(c - '０' + '0') : c)]);
        return MeetingId.TryNumber(ascii, out int n) ? n : null;
    }

    /// <summary>
    /// Reads a title (the text of its <c>#</c> line, without the marker) of a series that declares how it composes its
    /// titles (<paramref name="scheme"/>: <c>題名</c>, <c>臨時會題名</c>): when the title has the declared form, its 屆,
    /// 會期 and meeting number are those standing where the form has <c>{屆}</c>, <c>{會期}</c> and <c>{次}</c>; else (no
    /// form declared, or a title not in the form, which is ML0234's) as <see cref="Read(string?)"/> reads it. Never fails.
    /// </summary>
    public static MeetingTitle Read(string? title, MeetingScheme? scheme)
    {
        var read = Read(title);
        if (title is null || scheme is null || scheme.Slots(title, read.Extra) is not { } slots) return read;
        TitleNumber? Slot(string name) => slots.TryGetValue(name, out var at) ? new TitleNumber(at.Offset, at.Length, title.Substring(at.Offset, at.Length), ReadNumeral(title.Substring(at.Offset, at.Length))) : null;
        return read with
        {
            Term = Slot("屆") ?? read.Term,
            Session = Slot("會期") ?? read.Session,
            Number = Slot("次") ?? read.Number,
        };
    }

    /// <summary>Reads a title (the text of its <c>#</c> line, without the marker); never fails: what it does not find is null.</summary>
    public static MeetingTitle Read(string? title)
    {
        if (string.IsNullOrEmpty(title)) return None;
        var extra = ExtraForm().Match(title);
        TitleNumber? number = null;
        if (extra.Success)
        {
            // the 臨時會's own number: 第 N 次 right before 臨時, else the first after it, else the first of the title
            var ordinals = Ordinal().Matches(title).Cast<Match>().ToList();
            var before = ordinals.LastOrDefault(m => m.Index + m.Length <= extra.Index && title[(m.Index + m.Length)..extra.Index].Trim(' ', '\t', '\u3000').Length == 0);
            var chosen = before ?? ordinals.FirstOrDefault(m => m.Index >= extra.Index + extra.Length) ?? ordinals.FirstOrDefault();
            if (chosen is not null) number = Of(chosen);
        }
        else
        {
            // the last 第 N 次 before 紀錄 (第21屆第3次定期會第2次會議紀錄 is meeting 2), else the title's first
            var ordinals = Ordinal().Matches(title).Cast<Match>().ToList();
            int end = RecordWord().Match(title) is { Success: true } w ? w.Index : title.Length;
            if ((ordinals.LastOrDefault(m => m.Index + m.Length <= end) ?? ordinals.FirstOrDefault()) is { } chosen) number = Of(chosen);
        }

        TitleNumber? year = null;
        string unit = "";
        bool atStart = false;
        foreach (Match y in YearForm().Matches(title))
        {
            var n = Of(y);
            // a 民國 year (10 to 199) or an AD year (1912 to 2100): not 5 年計畫
            if (n.Value is not { } v || v is < 10 or (> 199 and < 1912) or > 2100) continue;
            (year, unit) = (n, y.Groups["unit"].Value);
            atStart = title[..y.Index].Trim(' ', '\t', '\u3000').Length == 0;
            break;
        }

        if (year is null && AdYearForm().Match(title) is { Success: true } ad && int.Parse(ad.Groups["y"].Value) > RocCalendar.Offset)
        {
            year = Of(ad, "y");
            atStart = title[..ad.Index].Trim(' ', '\t', '\u3000').Length == 0;
        }

        return new MeetingTitle(year, unit, atStart,
            TermForm().Match(title) is { Success: true } t ? Of(t) : null,
            SessionForm().Match(title) is { Success: true } s ? Of(s) : RegularSessionForm().Match(title) is { Success: true } rs && rs.Groups["n"].Index != number?.Offset ? Of(rs) : null,
            number, extra.Success, extra.Success ? (extra.Index, extra.Length) : null);
    }

    /// <summary>Whether a title names a 臨時會 (臨時會, 臨時會議, 臨時大會…; not 臨時動議): the one test of the importer and the title rule.</summary>
    public static bool NamesExtra(string? title) => title is not null && ExtraForm().IsMatch(title);

    /// <summary>The 民國 year the title names (an AD year converted), or null.</summary>
    public int? RocYear => Year?.Value is { } y ? RocCalendar.ToRoc(y) : null;

    /// <summary>Whether the year is a school year (學年度: August to July), whose meetings are dated in that 民國 year or the next.</summary>
    public bool SchoolYear => YearUnit == "學年度";

    /// <summary>The 學年度 a date falls in: from August 1 of a 民國 year to July 31 of the next.</summary>
    public static int SchoolYearOf(DateOnly date) => RocCalendar.ToRoc(date.Year) - (date.Month >= 8 ? 0 : 1);

    private static TitleNumber Of(Match m, string group = "n")
    {
        var g = m.Groups[group];
        if (!g.Success) g = m.Groups["y"];
        return new TitleNumber(g.Index, g.Length, g.Value, ReadNumeral(g.Value));
    }
}
