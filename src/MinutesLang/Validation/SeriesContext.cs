using System.Collections.Immutable;
using MinutesLang.Semantics;

namespace MinutesLang.Validation;

/// <summary>
/// The records of one series in order (by @meeting year and number), with what every rule
/// needs to know about their neighbours: the gaps, the platform in force and the case history.
/// </summary>
public sealed class SeriesContext
{
    private readonly string?[] gapBefore;
    private readonly Dictionary<Record, IReadOnlyList<ScanLine>> lines = new(ReferenceEqualityComparer.Instance);
    private CaseHistory? cases;
    private ILookup<string, string>? renamed;

    private SeriesContext(Series series, ImmutableArray<Record> records)
    {
        Series = series;
        Records = records;
        gapBefore = new string?[records.Length];
        for (int i = 1; i < records.Length; i++) gapBefore[i] = FindGap(records[i - 1], records[i]);
    }

    public Series Series { get; }

    /// <summary>The records with a valid @meeting id, in order of year and number (a running count after them, in its order).</summary>
    public ImmutableArray<Record> Records { get; }

    public CaseHistory Cases => cases ??= CaseHistory.Build(this);

    public static SeriesContext Create(Series series, IEnumerable<Record> records) =>
        new(series, [.. records.Where(r => (r.Year > 0 || r.Numbering == MeetingNumbering.Running) && r.Sequence > 0)
            .OrderBy(r => r.Numbering == MeetingNumbering.Running ? 1 : 0).ThenBy(r => r.Year).ThenBy(r => r.Sequence).ThenBy(r => r.Path, StringComparer.Ordinal)]);

    /// <summary>Why meetings seem to be missing between record i-1 and record i, or null.</summary>
    public string? GapBefore(int i) => i > 0 && i < gapBefore.Length ? gapBefore[i] : null;

    /// <summary>The platform in force on a record's date: the latest whose 起 is not after it.</summary>
    public Platform? PlatformOf(Record r)
    {
        var date = r.Date?.ToDate();
        if (date is null) return Series.Platforms.Length == 1 ? Series.Platforms[0] : null;
        return PlatformOn(date.Value);
    }

    /// <summary>The platform in force on a date: the latest whose 起 is not after it.</summary>
    public Platform? PlatformOn(DateOnly date) =>
        Series.Platforms.Where(p => p.From is null || p.From <= date).OrderBy(p => p.From ?? DateOnly.MinValue).LastOrDefault();

    /// <summary>
    /// The names a mention of a case may use (ML0250): its title and 別名 when it is declared, then
    /// the titles @更名 gave it, in the order of the records.
    /// </summary>
    public IReadOnlyList<string> AcceptedNames(string caseId)
    {
        renamed ??= Records.SelectMany(r => r.Events)
            .Where(e => e.Kind == CaseEventKind.Renamed && e.Argument.Trim().Length > 0)
            .ToLookup(e => e.CaseId, e => e.Argument.Trim());
        var names = new List<string>();
        if (Series.Cases.TryGetValue(caseId, out var c)) names.AddRange([c.Title, .. c.Aliases]);
        names.AddRange(renamed[caseId]);
        return names;
    }

    /// <summary>A wording without its spaces, as names are compared (a line break inside a title is no other name).</summary>
    public static string Squeeze(string s) => new(s.Where(c => !char.IsWhiteSpace(c)).ToArray());

    /// <summary>The prose lines of a record, read once for all the rules that read the text.</summary>
    public IReadOnlyList<ScanLine> LinesOf(Record record)
    {
        if (!lines.TryGetValue(record, out var result)) lines[record] = result = [.. ScanLine.Of(record.Tree)];
        return result;
    }

    /// <summary>Every prose line of every record.</summary>
    public IEnumerable<(Record Record, ScanLine Line)> ProseLines() =>
        Records.SelectMany(r => LinesOf(r).Select(line => (r, line)));

    public static int Quarter(DateOnly d) => (d.Month - 1) / 3 + 1;

    private static string? FindGap(Record prev, Record cur)
    {
        // a running count (第 144 次, 第 145 次) misses the numbers between; a meeting named by its date misses none we can tell
        if (prev.Numbering != cur.Numbering || cur.Numbering == MeetingNumbering.Dated) return null;
        if (cur.Numbering == MeetingNumbering.Running)
        {
            return cur.Sequence > prev.Sequence + 1
                ? $"no record of meeting{Plural(cur.Sequence - prev.Sequence - 1)} {(cur.Sequence - prev.Sequence == 2 ? $"{prev.Sequence + 1}" : $"{prev.Sequence + 1} … {cur.Sequence - 1}")} between {prev.Id} and {cur.Id}"
                : null;
        }

        if (cur.Year == prev.Year)
        {
            return cur.Sequence > prev.Sequence + 1
                ? $"no record of meeting{Plural(cur.Sequence - prev.Sequence - 1)} {Range(cur.Year, prev.Sequence + 1, cur.Sequence - 1)} between {prev.Id} and {cur.Id}"
                : null;
        }

        if (cur.Year > prev.Year + 1)
            return $"no record of the years {prev.Year + 1}–{cur.Year - 1} between {prev.Id} and {cur.Id}";
        if (cur.Year == prev.Year + 1 && cur.Sequence > 1)
            return $"no record of meeting{Plural(cur.Sequence - 1)} {Range(cur.Year, 1, cur.Sequence - 1)} before {cur.Id}";

        // a new year starts with meeting 1: the previous year may still have ended early
        var (a, b) = (prev.Date?.ToDate(), cur.Date?.ToDate());
        if (cur.Year == prev.Year + 1 && prev.Sequence < 4 && a is { } pa && b is { } pb)
        {
            int empty = (pb.Year * 4 + Quarter(pb)) - (pa.Year * 4 + Quarter(pa)) - 1;
            if (empty > 0)
                return $"no record between {prev.Id} ({pa.Year} Q{Quarter(pa)}) and {cur.Id} ({pb.Year} Q{Quarter(pb)}): {empty} quarter{(empty > 1 ? "s" : "")} without a meeting (is {prev.Year}-{prev.Sequence + 1} missing?)";
        }

        return null;
    }

    private static string Plural(int n) => n > 1 ? "s" : "";

    private static string Range(int year, int from, int to) => from == to ? $"{year}-{from}" : $"{year}-{from} … {year}-{to}";
}
