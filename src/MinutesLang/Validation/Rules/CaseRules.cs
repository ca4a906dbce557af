using MinutesLang.Diagnostics;
using MinutesLang.Localization;
using MinutesLang.Semantics;

namespace MinutesLang.Validation.Rules;

/// <summary>ML0200: a case open after one meeting is reported at the next one.</summary>
public sealed class CaseNotCarriedOverRule : IRule
{
    public string Code => "ML0200";

    public void Check(SeriesContext series, DiagnosticBag bag)
    {
        foreach (var f in series.Cases.Findings.Where(f => f.Kind == CaseFindingKind.NotCarriedOver))
            bag.At(f.Record.Tree.Source, f.Span).CaseNotCarriedOver(f.CaseId, f.Earlier!.Id, f.Record.Id);
    }
}

/// <summary>ML0201: a case is not reported before it is established or introduced.</summary>
public sealed class CaseBeforeEstablishedRule : IRule
{
    public string Code => "ML0201";

    public void Check(SeriesContext series, DiagnosticBag bag)
    {
        foreach (var f in series.Cases.Findings.Where(f => f.Kind == CaseFindingKind.BeforeEstablished))
        {
            // an id the series does not declare but one near it (ML0101 "did you mean"): the hint corrects it, never declares it
            string? nearest = series.Series.Cases.ContainsKey(f.CaseId) ? null : Nearest.Find(f.CaseId, series.Series.Cases.Keys);
            bag.At(f.Record.Tree.Source, f.Span).CaseBeforeEstablished(f.CaseId, CaseEventWords.Of(f.Detail), nearest);
        }
    }
}

/// <summary>ML0202: a delisted (or referred) case is not tracked again without being re-established.</summary>
public sealed class ClosedCaseTrackedRule : IRule
{
    public string Code => "ML0202";

    public void Check(SeriesContext series, DiagnosticBag bag)
    {
        foreach (var f in series.Cases.Findings.Where(f => f.Kind == CaseFindingKind.ClosedTrackedAgain))
            bag.At(f.Record.Tree.Source, f.Span).ClosedCaseTracked(f.CaseId, f.Earlier is { } e ? Phrase.Same(e.Id) : new("an earlier meeting", "先前的會議"), CaseEventWords.Of(f.Detail));
    }
}

/// <summary>ML0203: a delisting proposed to a higher level is followed by its decision, or said to be pending.</summary>
public sealed class DelistingDecisionRule : IRule
{
    public string Code => "ML0203";

    public void Check(SeriesContext series, DiagnosticBag bag)
    {
        foreach (var f in series.Cases.Findings.Where(f => f.Kind == CaseFindingKind.DelistingDecisionMissing))
            bag.At(f.Record.Tree.Source, f.Span).DelistingDecisionMissing(f.CaseId, f.Earlier!.Id, f.Detail.Length > 0 ? f.Detail : null, f.Record.Id);
    }
}

/// <summary>ML0204: a missing meeting (a gap in the numbering, or a year that ends early) is said once.</summary>
public sealed class SeriesGapRule : IRule
{
    public string Code => "ML0204";

    public void Check(SeriesContext series, DiagnosticBag bag)
    {
        for (int i = 1; i < series.Records.Length; i++)
        {
            if (series.IsReported(series.Records[i]) && series.GapBefore(i) is { } gap)
                bag.At(series.Records[i].Tree.Source, RecordLines.Meeting(series.Records[i])).MissingMeeting(gap);
        }
    }
}

/// <summary>
/// ML0254: a case open after the previous meeting is linked in the record (<c>[[id]]</c>) but given no event:
/// reported at the link, naming the events that would say what became of it (issue 11, point 7).
/// </summary>
public sealed class LinkedCaseWithoutEventRule : IRule
{
    public string Code => "ML0254";

    public void Check(SeriesContext series, DiagnosticBag bag)
    {
        foreach (var f in series.Cases.Findings.Where(f => f.Kind == CaseFindingKind.LinkedWithoutEvent))
            bag.At(f.Record.Tree.Source, f.Span).LinkedCaseWithoutEvent(f.CaseId, f.Earlier!.Id, f.Record.Id);
    }
}

/// <summary>The words of <see cref="CaseFinding.Detail"/> (what happened to a case, as <see cref="CaseHistory"/> says it) in both languages.</summary>
/// <summary>
/// ML0255: a case is established (<c>@成案</c>) only when it is not open: a second 成案 of a case open or proposed for delisting
/// (in the same record, a later one, or after <c>@列管</c>) would put two 成案 in its register (<c>minutes cases</c>). A case
/// delisted or referred and then established again is reopened, which DOMAIN.md §3 and ML0202's fix allow; a case not reported
/// after a gap is of unknown state and may be established again too. Raised at the second <c>@成案</c>.
/// </summary>
public sealed class EstablishedWhileOpenRule : IRule
{
    public string Code => "ML0255";

    public void Check(SeriesContext series, DiagnosticBag bag)
    {
        foreach (var f in series.Cases.Findings.Where(f => f.Kind == CaseFindingKind.EstablishedWhileOpen))
        {
            var at = f.Earlier is { } e ? Phrase.Same(e.Id) : new("an earlier meeting", "先前的會議");
            bag.At(f.Record.Tree.Source, f.Span).EstablishedWhileOpen(f.CaseId, at, f.Detail == "open" ? new("open", "列管中") : CaseEventWords.Of(f.Detail));
        }
    }
}

internal static class CaseEventWords
{
    public static Phrase Of(string detail) => detail switch
    {
        "reported" => new(detail, "有列管報告"),
        "proposed for delisting" => new(detail, "提請解列"),
        "delisted" => new(detail, "解列"),
        "referred elsewhere" => new(detail, "移轉他處"),
        _ => Phrase.Same(detail),
    };
}
