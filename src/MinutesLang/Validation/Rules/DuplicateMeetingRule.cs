using MinutesLang.Diagnostics;
using MinutesLang.Semantics;

namespace MinutesLang.Validation.Rules;

/// <summary>
/// ML0235: no two records of a series have one meeting id (issue 12 §1, §3 point 7), whatever the series' numbering —
/// <c>114-2</c>, <c>560</c>, <c>11-2-5</c>, <c>2025-03-07</c> or a 臨時會 <c>臨1</c>, <c>114-臨1</c>, <c>臨2025-03-20</c>. A
/// record copied to start the next one and left with its id would otherwise stand silently beside the first (no gap,
/// no carry-over finding, one of the two missing from the register). Reported at the <c>@meeting</c> line of each
/// record after the first in the order of the series (ties by file name); a record without a valid id (<c>@meeting 無</c>)
/// has no place in the series and is not compared. Without a series.minutes only records of one folder are compared.
/// </summary>
public sealed class DuplicateMeetingRule : IRule
{
    public string Code => "ML0235";

    public void Check(SeriesContext series, DiagnosticBag bag)
    {
        // without a series.minutes, records of other folders are not one series (README: a folder is one series)
        bool declared = series.Series.Tree is not null;
        var first = new Dictionary<(MeetingId, string), Record>();
        foreach (var r in series.Records)
        {
            var key = (r.Meeting, declared ? "" : Path.GetDirectoryName(r.Path) ?? "");
            if (first.TryAdd(key, r)) continue;
            bag.At(r.Tree.Source, RecordLines.Meeting(r)).MeetingIdTwice(r.Id, Path.GetFileName(first[key].Path));
        }
    }
}
