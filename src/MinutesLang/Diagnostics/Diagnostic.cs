using MinutesLang.Localization;
using MinutesLang.Text;

namespace MinutesLang.Diagnostics;

public enum DiagnosticSeverity
{
    Info,
    Warning,
    Error,
}

/// <summary>
/// A finding: a stable code, a severity, a message, and where it is. <see cref="Message"/> and <see cref="Hint"/>
/// are English as made; <see cref="In"/> gives the finding in another <see cref="Language"/> from <see cref="Text"/>.
/// </summary>
public sealed record Diagnostic(string Code, DiagnosticSeverity Severity, string Message, SourceText Source, TextSpan Span, string? Hint = null)
{
    public (int Line, int Column) Start => Source.GetLineColumn(Math.Min(Span.Start, Source.Length));

    /// <summary>The catalog form and named arguments the message was made from; null for a code not translated yet.</summary>
    public DiagnosticText? Text { get; init; }

    /// <summary>
    /// This finding with <see cref="Message"/> and <see cref="Hint"/> in <paramref name="language"/>; the same finding
    /// when it has no <see cref="Text"/> (an untranslated code keeps its English).
    /// </summary>
    public Diagnostic In(Language language) =>
        Text is null ? this : this with { Message = Text.Message(language), Hint = Text.Hint(language) };

    public override string ToString()
    {
        var (line, col) = Start;
        return $"{Source.Path}({line},{col}): {Severity.ToString().ToLowerInvariant()} {Code}: {Message}";
    }
}

/// <summary>
/// What a finding's message is made of: the <paramref name="Form"/> of its code in <see cref="DiagnosticCatalog"/> and
/// the <paramref name="Arguments"/> of its placeholders by name (a <see cref="Phrase"/> argument is words in both languages).
/// </summary>
public sealed record DiagnosticText(DiagnosticCatalog.MessageForm Form, IReadOnlyList<KeyValuePair<string, object?>> Arguments)
{
    /// <summary>The message in <paramref name="language"/>.</summary>
    public string Message(Language language) =>
        MessageTemplate.Format(language == Language.ZhTw ? Form.MessageZh : Form.Message, language, Shown);

    /// <summary>The hint in <paramref name="language"/>, or null when the form has none.</summary>
    public string? Hint(Language language) =>
        (language == Language.ZhTw ? Form.HintZh : Form.Hint) is { } hint ? MessageTemplate.Format(hint, language, Shown) : null;

    /// <summary>The arguments as a message shows them: the input a template of the form quotes cut to <see cref="MessageTemplate.QuotationLimit"/> characters (issue f).</summary>
    private IReadOnlyList<KeyValuePair<string, object?>> Shown => MessageTemplate.CutQuotations([Form.Message, Form.MessageZh, Form.Hint, Form.HintZh], Arguments);
}
