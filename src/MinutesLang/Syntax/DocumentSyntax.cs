using System.Collections.Immutable;

namespace MinutesLang.Syntax;

/// <summary>The root: an optional byte-order mark, the top-level blocks, the end of file.</summary>
public sealed class DocumentSyntax(SyntaxToken? byteOrderMark, ImmutableArray<BlockSyntax> blocks, SyntaxToken endOfFile) : SyntaxNode
{
    public override SyntaxKind Kind => SyntaxKind.Document;

    public SyntaxToken? ByteOrderMark { get; } = byteOrderMark;

    public ImmutableArray<BlockSyntax> Blocks { get; } = blocks;

    public SyntaxToken EndOfFile { get; } = endOfFile;

    public IEnumerable<BlockSyntax> Content => Blocks.Where(b => !b.Line.IsTrivia);

    public override IEnumerable<SyntaxNode> Children
    {
        get
        {
            if (ByteOrderMark is not null) yield return ByteOrderMark;
            foreach (var b in Blocks) yield return b;
            yield return EndOfFile;
        }
    }
}
