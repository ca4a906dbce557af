using MinutesLang.Diagnostics;

namespace MinutesLang.Validation;

/// <summary>One series rule: one stable code, documented in docs/diagnostics/CODE.md.</summary>
public interface IRule
{
    string Code { get; }

    void Check(SeriesContext series, DiagnosticBag bag);
}
