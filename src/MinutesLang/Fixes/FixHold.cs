using MinutesLang.Diagnostics;
using MinutesLang.Localization;

namespace MinutesLang.Fixes;

/// <summary>A unique fix that <c>minutes fix</c> does not make, and why (<paramref name="Reason"/>, both languages).</summary>
public sealed record HeldFix(CodeFix Fix, Phrase Reason);

/// <summary>
/// Which unique fixes (<see cref="CodeFix.Unique"/>) <c>minutes fix</c> holds back because the finding they mend may
/// come from another finding (issue 16, a fresh user's report: a title cut by a wrapped line in series.minutes made
/// ML0250's fix delete the right half of a case's wording; a count "fixed" to the one case left after two were
/// forgotten and one misspelt). A fix is unique only when what its rule read is not itself in doubt:
/// <list type="bullet">
/// <item>fixes that rest on series.minutes (ML0250 the names of a case, ML0220 the host of @rotation) are held while
/// series.minutes has an error or a warning of its own: its declarations may not be read as meant;</item>
/// <item>fixes that rest on what the record's text was read as (ML0240 the cases counted, ML0250, ML0220) are held while
/// the record has a syntax-level error or warning (ML0001–ML0099, e.g. ML0020 a line wrapped to the margin): the
/// reading they rest on is in doubt;</item>
/// <item>ML0240's count is held while the record has a finding on its cases (<see cref="CaseCodes"/>: ML0101 an unknown
/// id, ML0200 a tracked case not reported, ML0201, ML0250…): the cases it counts are in doubt.</item>
/// </list>
/// Fixes of the syntax itself (markers, full-width characters, ordinals, weekdays, labels) are not held by these rules;
/// a second run of <c>minutes fix</c>, once the other findings are mended, makes the held ones.
/// </summary>
public static class FixHold
{
    /// <summary>The codes whose fixes rest on the declarations of series.minutes.</summary>
    public static IReadOnlySet<string> SeriesCodes { get; } = new HashSet<string>(StringComparer.Ordinal) { "ML0250", "ML0220" };

    /// <summary>The codes whose fixes rest on what the rest of the record was read as (its cases, its items, its lines).</summary>
    public static IReadOnlySet<string> ReadingCodes { get; } = new HashSet<string>(StringComparer.Ordinal) { "ML0240", "ML0250", "ML0220" };

    /// <summary>The findings on a record's cases, any of which puts ML0240's count in doubt.</summary>
    public static IReadOnlySet<string> CaseCodes { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "ML0101", "ML0105", "ML0108", "ML0200", "ML0201", "ML0202", "ML0203", "ML0210", "ML0250", "ML0254", "ML0255",
    };

    /// <summary>
    /// Splits <paramref name="fixes"/> (unique fixes of one record's findings) into those to make and those held back.
    /// <paramref name="record"/> is every reported finding of the fixes' record (any code, not only the codes asked
    /// for), <paramref name="series"/> every reported finding of its series.minutes (empty without one, or when the
    /// record is series.minutes itself: then its own findings are <paramref name="record"/>).
    /// </summary>
    public static (IReadOnlyList<CodeFix> Kept, IReadOnlyList<HeldFix> Held) Sort(IEnumerable<CodeFix> fixes, IReadOnlyList<Diagnostic> record, IReadOnlyList<Diagnostic> series)
    {
        var kept = new List<CodeFix>();
        var held = new List<HeldFix>();
        var seriesDoubt = series.FirstOrDefault(d => d.Severity >= DiagnosticSeverity.Warning);
        var syntaxDoubt = record.FirstOrDefault(d => d.Severity >= DiagnosticSeverity.Warning && IsSyntaxLevel(d.Code));
        foreach (var fix in fixes)
        {
            Phrase? reason = null;
            if (SeriesCodes.Contains(fix.Code) && seriesDoubt is not null)
            {
                var (l, c) = seriesDoubt.Start;
                string name = Path.GetFileName(seriesDoubt.Source.Path);
                reason = new Phrase($"held back: it rests on {name}, which has findings of its own ({seriesDoubt.Code} at {name}:{l}:{c}); fix those first",
                    $"暫不修正：此修正依據 {name}，而該檔本身有診斷（{seriesDoubt.Code}，位於 {name}:{l}:{c}），請先修正該檔");
            }
            else if (ReadingCodes.Contains(fix.Code) && syntaxDoubt is not null && !ReferenceEquals(syntaxDoubt, fix.Diagnostic))
            {
                var (l, c) = syntaxDoubt.Start;
                reason = new Phrase($"held back: the record has {syntaxDoubt.Code} at {l}:{c}, so what this fix rests on may not be read as meant; fix that first",
                    $"暫不修正：本紀錄於 {l}:{c} 有 {syntaxDoubt.Code}，此修正所依據的內容可能未依原意讀出，請先修正該處");
            }
            else if (fix.Code == "ML0240" && record.FirstOrDefault(d => CaseCodes.Contains(d.Code)) is { } doubt)
            {
                var (l, c) = doubt.Start;
                reason = new Phrase($"held back: the cases counted are in doubt ({doubt.Code} at {l}:{c}); fix the cases first, then the count",
                    $"暫不修正：所計的案件有疑義（{doubt.Code}，位於 {l}:{c}），請先修正案件，再修正件數");
            }

            if (reason is null) kept.Add(fix);
            else held.Add(new HeldFix(fix, reason));
        }

        return (kept, held);
    }

    /// <summary>ML0001–ML0099: the findings of the parser and the syntax checkers (how the text is read).</summary>
    public static bool IsSyntaxLevel(string code) => string.CompareOrdinal(code, "ML0001") >= 0 && string.CompareOrdinal(code, "ML0099") <= 0;
}
