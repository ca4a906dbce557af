using System.Collections.Immutable;
using MinutesLang.Diagnostics;
using MinutesLang.Syntax;
using MinutesLang.Text;
using Pidgin;

namespace MinutesLang.Parsing;

/// <summary>Text → lines (Pidgin, <see cref="LineGrammar"/>) → blocks nested by indentation.</summary>
public static class Parser
{
    public static SyntaxTree Parse(SourceText source)
    {
        var (bom, lines, eof) = LineGrammar.Document.ParseOrThrow(source.Text);
        var (blocks, orphans, tooDeep) = Nest(lines);
        var root = new DocumentSyntax(bom, blocks, eof);
        var bag = new DiagnosticBag();
        SyntaxChecker.Check(source, root, orphans, tooDeep, bag);
        return new SyntaxTree(source, root, bag.Items);
    }

    public static SyntaxTree Parse(string text, string path = "<input>") => Parse(SourceText.From(text, path));

    private sealed class Open(LineSyntax line)
    {
        public LineSyntax Line { get; } = line;

        public List<BlockSyntax> Children { get; } = [];

        public BlockSyntax Close() => new(Line, [.. Children]);
    }

    /// <summary>Deeper lines are kept as siblings at this depth (and reported), so no input can exhaust the stack.</summary>
    public const int MaxDepth = 24;

    private static (ImmutableArray<BlockSyntax> Blocks, List<LineSyntax> Orphans, List<LineSyntax> TooDeep) Nest(ImmutableArray<LineSyntax> lines)
    {
        var root = new List<BlockSyntax>();
        var stack = new Stack<Open>();
        var orphans = new List<LineSyntax>();
        var tooDeep = new List<LineSyntax>();

        void PopOne()
        {
            var done = stack.Pop().Close();
            (stack.Count > 0 ? stack.Peek().Children : root).Add(done);
        }

        foreach (var line in lines)
        {
            if (line.IsTrivia)
            {
                (stack.Count > 0 ? stack.Peek().Children : root).Add(new BlockSyntax(line, []));
                continue;
            }

            int width = line.IndentWidth;
            while (stack.Count > 0 && stack.Peek().Line.IndentWidth >= width) PopOne();
            if (stack.Count == 0 && width > 0) orphans.Add(line);
            if (stack.Count >= MaxDepth)
            {
                tooDeep.Add(line);
                PopOne();
            }

            stack.Push(new Open(line));
        }

        while (stack.Count > 0) PopOne();
        return ([.. root], orphans, tooDeep);
    }
}
