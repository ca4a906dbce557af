using MinutesLang.Diagnostics;
using MinutesLang.Rendering;
using MinutesLang.Syntax;
using MinutesLang.Text;

namespace MinutesLang.Semantics;

/// <summary>
/// The page-number form a series sets for its pdf, docx and odt (issue 17 §1: 第 N 頁，共 M 頁 by default, or the
/// form set in series.minutes): the field <c>頁碼</c> of <c>@series</c>, <c>頁碼：- N -</c>, N for the page's number and
/// M for the number of pages (read by <see cref="PageNumbers.FromNotation"/>).
/// </summary>
public static class SeriesPageNumbers
{
    /// <summary>
    /// The form of the <c>頁碼</c> field among the fields of the <c>@series</c> <paramref name="block"/>, with
    /// <c>{page}</c>/<c>{pages}</c> for the numbers; null when there is none or it cannot be used, reported at its
    /// value: ML0321 (no N), ML0322 (N or M twice), ML0323 (wider than a footer line). A second 頁碼 field is
    /// ignored, as a second value of any field of a directive is.
    /// </summary>
    public static string? Bind(BlockSyntax block, SourceText source, DiagnosticBag bag)
    {
        var field = block.Content.Select(c => c.Line).OfType<FieldLineSyntax>().FirstOrDefault(f => f.Field.Name == PageNumbers.Field);
        if (field is null) return null;
        var value = field.Field.Value;
        string notation = value.PlainText.Trim();
        string? form = PageNumbers.FromNotation(notation, out var problem, out char letter, out int count, out double ems);
        // at the value; an empty value at its label and colon
        var span = notation.Length > 0 ? value.FullSpan : TextSpan.FromBounds(field.Field.Label.FullSpan.Start, field.Field.Colon.FullSpan.End);
        var at = bag.At(source, span);
        switch (problem)
        {
            case PageNumbers.Problem.NoPage:
                at.PageNumberFormWithoutPage(notation);
                break;
            case PageNumbers.Problem.Twice:
                at.PageNumberTwice(notation, letter, count);
                break;
            case PageNumbers.Problem.TooLong:
                at.PageNumberFormTooLong(notation, ems, PageNumbers.WidestForm);
                break;
        }

        return form;
    }
}
