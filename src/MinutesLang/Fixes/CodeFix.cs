using System.Collections.Immutable;
using MinutesLang.Diagnostics;
using MinutesLang.Localization;
using MinutesLang.Text;

namespace MinutesLang.Fixes;

/// <summary>
/// One replacement in a record's text: <paramref name="Span"/> in UTF-16 code units of the record's
/// <see cref="SourceText.Text"/> (what the compiler's spans and LSP's positions count) and the text that replaces it
/// (empty to delete; an empty span to insert).
/// </summary>
public sealed record FixEdit(TextSpan Span, string NewText);

/// <summary>
/// A quick fix of one finding (issue 16 point 2): its <paramref name="Title"/> in both languages, the
/// <paramref name="Edits"/> that make it (non-overlapping, in the finding's record) and whether it is the one correct
/// answer (<paramref name="Unique"/>: <c>minutes fix</c> applies only those, an editor shows it as preferred). A finding
/// whose answer is not unique gets one fix per candidate, each named, none unique; see <see cref="CodeFixes"/>.
/// </summary>
public sealed record CodeFix(Diagnostic Diagnostic, Phrase Title, ImmutableArray<FixEdit> Edits, bool Unique)
{
    /// <summary>The finding's code (MLxxxx).</summary>
    public string Code => Diagnostic.Code;

    /// <summary>The record's text with this fix made.</summary>
    public string ApplyTo(string text) => CodeFixes.Apply(text, [this]).Text;
}
