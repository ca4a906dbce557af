using MinutesLang.Text;

namespace MinutesLang.Syntax;

/// <summary>A leaf of the tree: a piece of source text at an absolute offset.</summary>
public sealed class SyntaxToken(SyntaxKind kind, string text, int start, bool isMissing = false) : SyntaxNode
{
    public override SyntaxKind Kind { get; } = kind;

    public string Text { get; } = text;

    public int Start { get; } = start;

    /// <summary>True for a token the parser expected but did not find (it has no text).</summary>
    public bool IsMissing { get; } = isMissing;

    public override TextSpan FullSpan => new(Start, Text.Length);

    public override IEnumerable<SyntaxNode> Children => [];

    public static SyntaxToken Missing(SyntaxKind kind, int at) => new(kind, "", at, isMissing: true);

    public override string ToString() => Text;

    /// <summary>A token writes its own text (it has no children).</summary>
    public override void WriteTo(System.Text.StringBuilder sb) => sb.Append(Text);

    /// <summary>The token's text, as written.</summary>
    public override string ToFullString() => Text;
}
