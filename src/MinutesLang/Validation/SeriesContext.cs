using System.Collections.Immutable;
using MinutesLang.Localization;
using MinutesLang.Semantics;

namespace MinutesLang.Validation;

/// <summary>
/// The records of one series in order (by @meeting year and number), with what every rule
/// needs to know about their neighbours: the gaps, the platform in force and the case history.
/// </summary>
public sealed class SeriesContext
{
    private readonly Phrase?[] gapBefore;
    private readonly Dictionary<Record, IReadOnlyList<ScanLine>> lines = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, RotationTable> rotations = new(StringComparer.Ordinal);
    private CaseHistory? cases;
    private ILookup<string, string>? renamed;
    private readonly Dictionary<string, (IReadOnlyList<string> Names, HashSet<string> Squeezed)> acceptedNames = new(StringComparer.Ordinal);
    private Platform[]? platformsByStart;
    private readonly IReadOnlySet<string>? reported;

    private SeriesContext(Series series, ImmutableArray<Record> records, IReadOnlySet<string>? reported)
    {
        Series = series;
        Records = records;
        this.reported = reported;
        gapBefore = new Phrase?[records.Length];
        for (int i = 1; i < records.Length; i++)
        {
            // a 臨時會 does not count in the regular numbering: the gap is told between regular meetings, and between 臨時會 of one count
            var cur = records[i];
            Record? prev = null;
            for (int j = i - 1; j >= 0 && prev is null; j--)
            {
                if (records[j].Extra == cur.Extra && (!cur.Extra || SameExtraCount(records[j], cur))) prev = records[j];
            }

            if (prev is not null) gapBefore[i] = cur.Extra ? FindExtraGap(prev, cur) : FindGap(prev, cur);
            else if (cur.Extra && cur.Sequence > 1 && ExtraCountStartsInSeries(records, i))
            {
                string missing = cur.Sequence == 2 ? Extra(cur, 1) : $"{Extra(cur, 1)} … {Extra(cur, cur.Sequence - 1)}";
                gapBefore[i] = Before(cur, $"臨時會 {missing}", $"臨時會 {missing}");
            }
        }
    }

    public Series Series { get; }

    /// <summary>The records with a valid @meeting id, in the order of the series (<see cref="Order"/>): by year and number, a running count after them, then 屆/會期/次; each 臨時會 by its date among them.</summary>
    public ImmutableArray<Record> Records { get; }

    public CaseHistory Cases => cases ??= CaseHistory.Build(this);

    public static SeriesContext Create(Series series, IEnumerable<Record> records) => new(series, Order(records), null);

    /// <summary>
    /// The context of a series whose findings are reported in some of its records only (<paramref name="reported"/>: their
    /// paths, <see cref="Record.Path"/>; null: every record): the rules then skip the work whose findings would fall in
    /// the others (<see cref="IsReported"/>), and the findings in the records reported are those of the full check
    /// (issue 14 point 1: <c>check --staged</c> and <c>check FILE</c> report the files named, not the rest of the series).
    /// </summary>
    public static SeriesContext Create(Series series, IEnumerable<Record> records, IReadOnlySet<string>? reported) => new(series, Order(records), reported);

    /// <summary>
    /// Whether the findings in a record are reported, so that a rule looks for them: true for every record unless the
    /// context was created for some only. A rule skips a record that is not reported only where its findings in the
    /// other records do not depend on that work (what it learns of a record for its neighbours it still learns).
    /// </summary>
    public bool IsReported(Record record) => reported is null || reported.Contains(record.Path);

    /// <summary>
    /// The order of a series' meetings: the regular ones by their id (per year: year and number; then a running
    /// count; then 屆, 會期 and 次), each 臨時會 after the last regular meeting not dated after it (by its own number
    /// among 臨時會 of one day; at the end when it or the regular meetings have no date). A record without a valid
    /// id (no @meeting, ML0106, ML0130, <c>@meeting 無</c>) has no place in it.
    /// </summary>
    internal static ImmutableArray<Record> Order(IEnumerable<Record> records)
    {
        var valid = records.Where(r => r.Numbering != MeetingNumbering.Unnumbered && (r.Year > 0 || r.Numbering == MeetingNumbering.Running) && r.Sequence > 0).ToList();
        var ordered = valid.Where(r => !r.Extra)
            .OrderBy(r => r.Numbering switch { MeetingNumbering.Running => 1, MeetingNumbering.Session => 2, _ => 0 })
            .ThenBy(r => r.Year).ThenBy(r => r.Session).ThenBy(r => r.Sequence).ThenBy(r => r.Path, StringComparer.Ordinal).ToList();
        var extras = valid.Where(r => r.Extra)
            .OrderBy(r => r.Date?.ToDate() ?? r.Meeting.Date ?? DateOnly.MaxValue).ThenBy(r => r.Year).ThenBy(r => r.Session).ThenBy(r => r.Sequence).ThenBy(r => r.Path, StringComparer.Ordinal);
        foreach (var x in extras)
        {
            // before the first regular meeting dated after it (so after the 臨時會 placed there before it, dated no later)
            int before = (x.Date?.ToDate() ?? x.Meeting.Date) is { } day ? ordered.FindIndex(r => !r.Extra && r.Date?.ToDate() is { } d && d > day) : -1;
            ordered.Insert(before >= 0 ? before : ordered.Count, x);
        }

        return [.. ordered];
    }

    /// <summary>
    /// Whether the series holds the start of the count of the 臨時會 at <paramref name="i"/>, so that its first 臨時會
    /// is one of its records: 臨時會 counted per year (or per 會期) start again at 1, and the series holds an earlier year
    /// (會期), or the regular meeting 1 of that year (會期). A running count of 臨時會 may have begun before the series' first
    /// record, as the running count of its regular meetings may: its first 臨時會 is taken as it is.
    /// </summary>
    private static bool ExtraCountStartsInSeries(ImmutableArray<Record> records, int i)
    {
        var cur = records[i];
        if (cur.Numbering is not (MeetingNumbering.PerYear or MeetingNumbering.Session)) return false;
        return records.Take(i).Any(p => p.Numbering == cur.Numbering && !p.Extra
            && ((p.Year, p.Session) == (cur.Year, cur.Session) ? p.Sequence == 1 : p.Year < cur.Year || (p.Year == cur.Year && p.Session < cur.Session)));
    }

    /// <summary>Two 臨時會 numbered in one count: of one numbering, and of one year (per year) or one 屆 and 會期.</summary>
    private static bool SameExtraCount(Record a, Record b) =>
        a.Numbering == b.Numbering && a.Numbering != MeetingNumbering.Dated
        && (a.Numbering == MeetingNumbering.Running || (a.Year == b.Year && a.Session == b.Session));

    /// <summary>Why meetings seem to be missing between record i-1 and record i, or null.</summary>
    public Phrase? GapBefore(int i) => i > 0 && i < gapBefore.Length ? gapBefore[i] : null;

    /// <summary>The platform in force on a record's date: the latest whose 起 is not after it.</summary>
    public Platform? PlatformOf(Record r)
    {
        var date = r.Date?.ToDate();
        if (date is null) return Series.Platforms.Length == 1 ? Series.Platforms[0] : null;
        return PlatformOn(date.Value);
    }

    /// <summary>The platform in force on a date: the latest whose 起 is not after it.</summary>
    public Platform? PlatformOn(DateOnly date)
    {
        // sorted once per series (a stable sort: of two platforms from one day, the one declared later wins)
        platformsByStart ??= [.. Series.Platforms.OrderBy(p => p.From ?? DateOnly.MinValue)];
        for (int i = platformsByStart.Length - 1; i >= 0; i--)
        {
            if (platformsByStart[i].From is not { } from || from <= date) return platformsByStart[i];
        }

        return null;
    }

    /// <summary>
    /// The rows of <c>@rotation</c> for one platform, read once per series for every record the rotation rules
    /// check (ML0220): the quarterly hosts by quarter and the yearly (全年) hosts by year.
    /// </summary>
    public RotationTable RotationOf(Platform platform)
    {
        if (!rotations.TryGetValue(platform.Id, out var table)) rotations[platform.Id] = table = RotationTable.Of(Series.Rotation, platform.Id);
        return table;
    }

    /// <summary>
    /// The names a mention of a case may use (ML0250): its title and 別名 when it is declared, then
    /// the titles @更名 gave it, in the order of the records.
    /// </summary>
    public IReadOnlyList<string> AcceptedNames(string caseId)
    {
        if (acceptedNames.TryGetValue(caseId, out var known)) return known.Names;
        renamed ??= Records.SelectMany(r => r.Events)
            .Where(e => e.Kind == CaseEventKind.Renamed && e.Argument.Trim().Length > 0)
            .ToLookup(e => e.CaseId, e => e.Argument.Trim());
        var names = new List<string>();
        if (Series.Cases.TryGetValue(caseId, out var c)) names.AddRange([c.Title, .. c.Aliases]);
        names.AddRange(renamed[caseId]);
        acceptedNames[caseId] = (names, names.Select(Squeeze).ToHashSet(StringComparer.Ordinal));
        return names;
    }

    /// <summary>Whether a wording, spaces aside (<see cref="Squeeze"/>), is one of <see cref="AcceptedNames"/> of a case; the names are squeezed once per series.</summary>
    public bool IsAcceptedName(string caseId, string squeezedWording)
    {
        AcceptedNames(caseId);
        return acceptedNames[caseId].Squeezed.Contains(squeezedWording);
    }

    /// <summary>A wording without its spaces, as names are compared (a line break inside a title is no other name).</summary>
    public static string Squeeze(string s) => new(s.Where(c => !char.IsWhiteSpace(c)).ToArray());

    /// <summary>The prose lines of a record, read once for all the rules that read the text.</summary>
    public IReadOnlyList<ScanLine> LinesOf(Record record)
    {
        if (!lines.TryGetValue(record, out var result)) lines[record] = result = ScanLine.Of(record.Tree);
        return result;
    }

    /// <summary>Every prose line of every record.</summary>
    public IEnumerable<(Record Record, ScanLine Line)> ProseLines() =>
        Records.Where(IsReported).SelectMany(r => LinesOf(r).Select(line => (r, line)));

    public static int Quarter(DateOnly d) => (d.Month - 1) / 3 + 1;

    /// <summary>A 臨時會 numbered on its own misses the numbers between it and the last 臨時會 of its count (臨1, 臨3).</summary>
    private static Phrase? FindExtraGap(Record prev, Record cur) =>
        cur.Sequence > prev.Sequence + 1
            ? Between(prev, cur, $"臨時會 {(cur.Sequence - prev.Sequence == 2 ? Extra(prev, prev.Sequence + 1) : $"{Extra(prev, prev.Sequence + 1)} … {Extra(prev, cur.Sequence - 1)}")}",
                $"臨時會 {(cur.Sequence - prev.Sequence == 2 ? Extra(prev, prev.Sequence + 1) : $"{Extra(prev, prev.Sequence + 1)} … {Extra(prev, cur.Sequence - 1)}")}")
            : null;

    /// <summary>"no record of <paramref name="en"/> between A and B" / A 與 B 之間缺<paramref name="zh"/>的紀錄.</summary>
    private static Phrase Between(Record prev, Record cur, string en, string zh) =>
        new($"no record of {en} between {prev.Id} and {cur.Id}", $"{prev.Id} 與 {cur.Id} 之間缺{zh}的紀錄");

    /// <summary>"no record of <paramref name="en"/> before B" / B 之前缺<paramref name="zh"/>的紀錄.</summary>
    private static Phrase Before(Record cur, string en, string zh) =>
        new($"no record of {en} before {cur.Id}", $"{cur.Id} 之前缺{zh}的紀錄");

    private static string Extra(Record like, int n) => (like.Meeting with { Number = n }).ToString();

    private static Phrase? FindGap(Record prev, Record cur)
    {
        // a running count (第 144 次, 第 145 次) misses the numbers between; a meeting named by its date misses none we can tell
        if (prev.Numbering != cur.Numbering || cur.Numbering == MeetingNumbering.Dated) return null;
        if (cur.Numbering == MeetingNumbering.Session) return FindSessionGap(prev, cur);
        if (cur.Numbering == MeetingNumbering.Running)
        {
            return cur.Sequence > prev.Sequence + 1
                ? Between(prev, cur, $"meeting{Plural(cur.Sequence - prev.Sequence - 1)} {(cur.Sequence - prev.Sequence == 2 ? $"{prev.Sequence + 1}" : $"{prev.Sequence + 1} … {cur.Sequence - 1}")}",
                    $"第 {(cur.Sequence - prev.Sequence == 2 ? $"{prev.Sequence + 1}" : $"{prev.Sequence + 1} … {cur.Sequence - 1}")} 次會議")
                : null;
        }

        if (cur.Year == prev.Year)
        {
            return cur.Sequence > prev.Sequence + 1
                ? Between(prev, cur, $"meeting{Plural(cur.Sequence - prev.Sequence - 1)} {Range(cur.Year, prev.Sequence + 1, cur.Sequence - 1)}", $" {Range(cur.Year, prev.Sequence + 1, cur.Sequence - 1)} 會議")
                : null;
        }

        if (cur.Year == prev.Year + 2) // one year missing is named alone, not as "the years 111–111"
            return Between(prev, cur, $"the year {prev.Year + 1}", $" {prev.Year + 1} 年度");
        if (cur.Year > prev.Year + 2)
            return Between(prev, cur, $"the years {prev.Year + 1}–{cur.Year - 1}", $" {prev.Year + 1}–{cur.Year - 1} 年度");
        if (cur.Year == prev.Year + 1 && cur.Sequence > 1)
            return Before(cur, $"meeting{Plural(cur.Sequence - 1)} {Range(cur.Year, 1, cur.Sequence - 1)}", $" {Range(cur.Year, 1, cur.Sequence - 1)} 會議");

        // a new year starts with meeting 1: the previous year may still have ended early
        var (a, b) = (prev.Date?.ToDate(), cur.Date?.ToDate());
        if (cur.Year == prev.Year + 1 && prev.Sequence < 4 && a is { } pa && b is { } pb)
        {
            int empty = (pb.Year * 4 + Quarter(pb)) - (pa.Year * 4 + Quarter(pa)) - 1;
            if (empty > 0)
                return new($"no record between {prev.Id} ({pa.Year} Q{Quarter(pa)}) and {cur.Id} ({pb.Year} Q{Quarter(pb)}): {empty} quarter{(empty > 1 ? "s" : "")} without a meeting (is {prev.Year}-{prev.Sequence + 1} missing?)",
                    $"{prev.Id}（{pa.Year} 年第 {Quarter(pa)} 季）與 {cur.Id}（{pb.Year} 年第 {Quarter(pb)} 季）之間沒有紀錄：有 {empty} 季未開會（是否缺 {prev.Year}-{prev.Sequence + 1}？）");
        }

        return null;
    }

    /// <summary>
    /// 屆/會期/次: within a 會期 the numbers between two meetings are missing (11-2-3, 11-2-5); a new 會期 starts at
    /// 次 1, a 會期 of the 屆 skipped has no record, and a new 屆 starts at 會期 1, 次 1.
    /// </summary>
    private static Phrase? FindSessionGap(Record prev, Record cur)
    {
        MeetingId At(int term, int session, int n) => new(MeetingNumbering.Session, term, n) { Session = session };
        if (cur.Year == prev.Year && cur.Session == prev.Session)
        {
            return cur.Sequence > prev.Sequence + 1
                ? Between(prev, cur, $"meeting{Plural(cur.Sequence - prev.Sequence - 1)} {SessionRange(At(cur.Year, cur.Session, prev.Sequence + 1), At(cur.Year, cur.Session, cur.Sequence - 1))}",
                    $" {SessionRange(At(cur.Year, cur.Session, prev.Sequence + 1), At(cur.Year, cur.Session, cur.Sequence - 1))} 會議")
                : null;
        }

        if (cur.Year == prev.Year && cur.Session > prev.Session + 1)
            return Between(prev, cur, $"第 {cur.Year} 屆 會期 {prev.Session + 1}{(cur.Session - prev.Session > 2 ? $"–{cur.Session - 1}" : "")}", $"第 {cur.Year} 屆第 {prev.Session + 1}{(cur.Session - prev.Session > 2 ? $"–{cur.Session - 1}" : "")} 會期");
        if (cur.Year > prev.Year + 1)
            return Between(prev, cur, $"屆 {prev.Year + 1}{(cur.Year - prev.Year > 2 ? $"–{cur.Year - 1}" : "")}", $"第 {prev.Year + 1}{(cur.Year - prev.Year > 2 ? $"–{cur.Year - 1}" : "")} 屆");
        if (cur.Year > prev.Year && cur.Session > 1)
            return Before(cur, $"第 {cur.Year} 屆 會期 1{(cur.Session > 2 ? $"–{cur.Session - 1}" : "")}", $"第 {cur.Year} 屆第 1{(cur.Session > 2 ? $"–{cur.Session - 1}" : "")} 會期");
        if (cur.Sequence > 1)
            return Before(cur, $"meeting{Plural(cur.Sequence - 1)} {SessionRange(At(cur.Year, cur.Session, 1), At(cur.Year, cur.Session, cur.Sequence - 1))}", $" {SessionRange(At(cur.Year, cur.Session, 1), At(cur.Year, cur.Session, cur.Sequence - 1))} 會議");
        return null;

        static string SessionRange(MeetingId from, MeetingId to) => from == to ? $"{from}" : $"{from} … {to}";
    }

    private static string Plural(int n) => n > 1 ? "s" : "";

    private static string Range(int year, int from, int to) => from == to ? $"{year}-{from}" : $"{year}-{from} … {year}-{to}";
}
