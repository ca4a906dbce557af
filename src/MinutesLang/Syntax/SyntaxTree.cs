using MinutesLang.Diagnostics;
using MinutesLang.Text;

namespace MinutesLang.Syntax;

/// <summary>A parsed file: its text, its lossless tree and the syntax diagnostics.</summary>
public sealed class SyntaxTree(SourceText source, DocumentSyntax root, IReadOnlyList<Diagnostic> diagnostics)
{
    public SourceText Source { get; } = source;

    public DocumentSyntax Root { get; } = root;

    public IReadOnlyList<Diagnostic> Diagnostics { get; } = diagnostics;

    public string ToFullString() => Root.ToFullString();
}
