using System.Collections.Immutable;
using MinutesLang.Diagnostics;
using MinutesLang.Semantics;
using MinutesLang.Validation.Rules;

namespace MinutesLang.Validation;

/// <summary>Runs every series rule (ML02xx) over the records of one series.</summary>
public static class SeriesValidator
{
    public static ImmutableArray<IRule> Rules { get; } =
    [
        new CaseNotCarriedOverRule(),
        new LinkedCaseWithoutEventRule(),
        new CaseBeforeEstablishedRule(),
        new ClosedCaseTrackedRule(),
        new EstablishedWhileOpenRule(),
        new DelistingDecisionRule(),
        new SeriesGapRule(),
        new ConsentRule(),
        new RotationRule(),
        new BilateralAlternationRule(),
        new YearRule(),
        new ClosingTimeRule(),
        new DateOrderRule(),
        new MeetingNumberRule(),
        new DuplicateMeetingRule(),
        new TitleFormRule(),
        new CountRule(),
        new ReviewedRecordRule(),
        new CaseWordingRule(),
        new PlatformNameRule(),
        new RecordWordRule(),
        new ReportYearRule(),
    ];

    public static SeriesContext Validate(Series series, IEnumerable<Record> records, DiagnosticBag bag) => Validate(series, records, null, bag);

    /// <summary>
    /// Runs every series rule, looking for findings only in the records of <paramref name="reported"/> (their paths; null:
    /// in every record; <see cref="SeriesContext.IsReported"/>): the findings in those are the full check's, the others'
    /// are left out.
    /// </summary>
    public static SeriesContext Validate(Series series, IEnumerable<Record> records, IReadOnlySet<string>? reported, DiagnosticBag bag)
    {
        var ctx = SeriesContext.Create(series, records, reported);
        foreach (var rule in Rules) rule.Check(ctx, bag);
        return ctx;
    }
}
