using MinutesLang.Text;

namespace MinutesLang.Syntax;

/// <summary>
/// A leaf of the tree: a piece of source text at an absolute offset.
/// </summary>
/// <remarks>
/// Speed (issue 14 §2, docs/bench/throughput.md): a token the parser reads is a slice of the text it parsed (that string,
/// an offset, a length), not a copy: its <see cref="Text"/> is made the first time it is asked for and kept, so the tokens
/// nobody reads as a string (indentation, line breaks, markers, spaces: most of them) are never copied, and one read
/// often (a label, a value) is copied once. <see cref="Span"/> reads a token in place without making its string. A token
/// built from a string of its own (a missing token; a test's) keeps that string.
/// </remarks>
public sealed class SyntaxToken : SyntaxNode
{
    private readonly string source;
    private readonly int offset;
    private string? text;

    /// <summary>A token that holds its own <paramref name="text"/>, at the absolute offset <paramref name="start"/> of the source.</summary>
    public SyntaxToken(SyntaxKind kind, string text, int start, bool isMissing = false)
    {
        Kind = kind;
        source = text;
        this.text = text;
        offset = 0;
        Length = text.Length;
        Start = start;
        IsMissing = isMissing;
    }

    private SyntaxToken(SyntaxKind kind, string source, int start, int length)
    {
        Kind = kind;
        this.source = source;
        offset = start;
        Length = length;
        Start = start;
    }

    /// <summary>
    /// The token of <paramref name="length"/> characters at <paramref name="start"/> of <paramref name="source"/>, the
    /// whole text the parser reads (so its offset in that string is its absolute offset); its text is not copied until asked for.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The range is not inside <paramref name="source"/>.</exception>
    public static SyntaxToken Slice(SyntaxKind kind, string source, int start, int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start, source.Length - length);
        return new SyntaxToken(kind, source, start, length);
    }

    public override SyntaxKind Kind { get; }

    /// <summary>The token's text as written: made from the source on the first call and kept (the same string after).</summary>
    public string Text => text ??= Make();

    /// <summary>The token's characters, read in place (no string made).</summary>
    public ReadOnlySpan<char> Span => source.AsSpan(offset, Length);

    /// <summary>The token's characters, as memory over the source (no string made), for one who keeps them.</summary>
    public ReadOnlyMemory<char> Memory => source.AsMemory(offset, Length);

    /// <summary>Its length in UTF-16 code units (what <c>Text.Length</c> is, without making the text).</summary>
    public int Length { get; }

    public int Start { get; }

    /// <summary>True for a token the parser expected but did not find (it has no text).</summary>
    public bool IsMissing { get; }

    public override TextSpan FullSpan => new(Start, Length);

    public override IEnumerable<SyntaxNode> Children => [];

    public static SyntaxToken Missing(SyntaxKind kind, int at) => new(kind, "", at, isMissing: true);

    // an empty token is "" and one ASCII character the runtime's cached string of it: neither allocates
    private string Make() => Length switch
    {
        0 => string.Empty,
        _ when Length == source.Length => source,
        1 => source[offset].ToString(),
        _ => source.Substring(offset, Length),
    };

    public override string ToString() => Text;

    /// <summary>A token writes its own characters (it has no children), in place.</summary>
    public override void WriteTo(System.Text.StringBuilder sb) => sb.Append(Span);

    /// <summary>The token's text, as written.</summary>
    public override string ToFullString() => Text;
}
