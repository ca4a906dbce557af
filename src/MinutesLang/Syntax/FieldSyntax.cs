namespace MinutesLang.Syntax;

/// <summary><c>label：value</c>. The label may hold inner spaces (<c>說 明</c>).</summary>
public sealed class FieldSyntax(SyntaxToken label, SyntaxToken? spaceBeforeColon, SyntaxToken colon, SyntaxToken? spaceAfterColon, InlineSyntax value) : SyntaxNode
{
    public override SyntaxKind Kind => SyntaxKind.Field;

    public SyntaxToken Label { get; } = label;

    public SyntaxToken? SpaceBeforeColon { get; } = spaceBeforeColon;

    public SyntaxToken Colon { get; } = colon;

    public SyntaxToken? SpaceAfterColon { get; } = spaceAfterColon;

    public InlineSyntax Value { get; } = value;

    /// <summary>The label with its inner spaces removed: <c>說 明</c> is <c>說明</c>.</summary>
    public string Name => HasWhitespace(Label.Text)
        ? string.Concat(Label.Text.Where(c => !char.IsWhiteSpace(c)))
        : Label.Text; // most labels have no inner space: the label's own text, not a copy

    private static bool HasWhitespace(string label)
    {
        foreach (char c in label)
        {
            if (char.IsWhiteSpace(c)) return true;
        }

        return false;
    }

    public override IEnumerable<SyntaxNode> Children
    {
        get
        {
            yield return Label;
            if (SpaceBeforeColon is not null) yield return SpaceBeforeColon;
            yield return Colon;
            if (SpaceAfterColon is not null) yield return SpaceAfterColon;
            yield return Value;
        }
    }
}
