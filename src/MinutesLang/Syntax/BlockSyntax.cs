using System.Collections.Immutable;

namespace MinutesLang.Syntax;

/// <summary>A line with the lines indented below it (its children), in source order.</summary>
public sealed class BlockSyntax(LineSyntax line, ImmutableArray<BlockSyntax> children) : SyntaxNode
{
    public override SyntaxKind Kind => SyntaxKind.Block;

    public LineSyntax Line { get; } = line;

    public ImmutableArray<BlockSyntax> Blocks { get; } = children;

    /// <summary>From the start of its line to the end of its last child block (or of its line).</summary>
    public override Text.TextSpan FullSpan =>
        Blocks.IsEmpty ? Line.FullSpan : Text.TextSpan.FromBounds(Line.FullSpan.Start, Blocks[^1].FullSpan.End);

    /// <summary>The children that mean something (blank lines and comments left out).</summary>
    public IEnumerable<BlockSyntax> Content => Blocks.Where(c => !c.Line.IsTrivia);

    public override IEnumerable<SyntaxNode> Children
    {
        get
        {
            yield return Line;
            foreach (var c in Blocks) yield return c;
        }
    }
}
