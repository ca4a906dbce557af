using MinutesLang.Diagnostics;
using MinutesLang.Parsing;
using MinutesLang.Semantics;

namespace MinutesLang.Validation.Rules;

/// <summary>
/// ML0234 (warning): a record's title is in the form the series declares, <c>題名</c> of <c>@series</c> (or
/// <c>臨時會題名</c> for a 臨時會; <see cref="MeetingScheme.Fits"/>): its words, with a number wherever the form
/// has <c>{年}</c>, <c>{屆}</c>, <c>{會期}</c> or <c>{次}</c>. The numbers themselves are ML0230's and ML0233's;
/// the hint is the title <see cref="MeetingScheme.Compose"/> makes for the meeting. Nothing is checked in a
/// series that declares no form (the 基北北桃 seeds).
/// </summary>
public sealed class TitleFormRule : IRule
{
    public string Code => "ML0234";

    public void Check(SeriesContext series, DiagnosticBag bag)
    {
        var scheme = series.Series.Scheme;
        foreach (var r in series.Records.Where(series.IsReported))
        {
            if ((r.Extra ? scheme.ExtraTitleForm : scheme.TitleForm) is not { } form) continue;
            if (RecordLines.Title(r) is not { } t || TitlePlaceholder.Holds(r, t) || ScanLine.From(t) is not { } line || scheme.Fits(line.Text, r.Extra)) continue;
            int year = r.RocYear ?? 0;
            string? composed = year > 0 || !form.Contains("{年}", StringComparison.Ordinal) ? scheme.Compose(r.Meeting, year) : null;
            bag.At(r.Tree.Source, line.Span(0, line.Text.Length)).TitleNotInForm(form, composed);
        }
    }
}
