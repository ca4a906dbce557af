using MinutesLang.Text;

namespace MinutesLang.Diagnostics;

public enum DiagnosticSeverity
{
    Info,
    Warning,
    Error,
}

/// <summary>A finding: a stable code, a severity, a message, and where it is.</summary>
public sealed record Diagnostic(string Code, DiagnosticSeverity Severity, string Message, SourceText Source, TextSpan Span, string? Hint = null)
{
    public (int Line, int Column) Start => Source.GetLineColumn(Math.Min(Span.Start, Source.Length));

    public override string ToString()
    {
        var (line, col) = Start;
        return $"{Source.Path}({line},{col}): {Severity.ToString().ToLowerInvariant()} {Code}: {Message}";
    }
}
