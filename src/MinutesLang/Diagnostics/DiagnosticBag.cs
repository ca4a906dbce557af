using MinutesLang.Text;

namespace MinutesLang.Diagnostics;

/// <summary>Where checks write their findings.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> items = [];

    public IReadOnlyList<Diagnostic> Items => items;

    public bool HasErrors => items.Any(d => d.Severity == DiagnosticSeverity.Error);

    public void Add(Diagnostic d) => items.Add(d);

    public void AddRange(IEnumerable<Diagnostic> ds) => items.AddRange(ds);

    /// <summary>Starts a diagnostic at a span: <c>bag.At(source, span).UnknownCase(id)</c>.</summary>
    public DiagnosticBuilder At(SourceText source, TextSpan span) => new(this, source, span);

    public IReadOnlyList<Diagnostic> Sorted() =>
        [.. items.OrderBy(d => d.Source.Path, StringComparer.Ordinal).ThenBy(d => d.Span.Start).ThenBy(d => d.Code, StringComparer.Ordinal)];
}
