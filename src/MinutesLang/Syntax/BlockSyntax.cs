using System.Collections.Immutable;

namespace MinutesLang.Syntax;

/// <summary>A line with the lines indented below it (its children), in source order.</summary>
public sealed class BlockSyntax(LineSyntax line, ImmutableArray<BlockSyntax> children) : SyntaxNode
{
    public override SyntaxKind Kind => SyntaxKind.Block;

    public LineSyntax Line { get; } = line;

    public ImmutableArray<BlockSyntax> Blocks { get; } = children;

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
