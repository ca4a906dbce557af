using System.Collections.Immutable;

namespace MinutesLang.Syntax;

/// <summary>One physical line: its indentation, its body, its line break.</summary>
public abstract class LineSyntax(SyntaxToken indent, SyntaxToken endOfLine) : SyntaxNode
{
    public SyntaxToken Indent { get; } = indent;

    public SyntaxToken EndOfLine { get; } = endOfLine;

    /// <summary>Indentation width: a space counts 1, a tab 4, an ideographic space 2.</summary>
    public int IndentWidth
    {
        get
        {
            // asked for again and again by the nesting and the checks: counted once
            if (indentWidth < 0)
            {
                int width = 0;
                foreach (char c in Indent.Span) width += c switch { '\t' => 4, '\u3000' => 2, _ => 1 };
                indentWidth = width;
            }

            return indentWidth;
        }
    }

    private int indentWidth = -1;

    /// <summary>
    /// From the start of the indentation (always a token, empty at the margin) to the end of the line break (empty at the
    /// end of the file): the first and the last token of every line, so the same span as the walk over all tokens.
    /// </summary>
    public override Text.TextSpan FullSpan => Text.TextSpan.FromBounds(Indent.Start, EndOfLine.Start + EndOfLine.Length);

    /// <summary>Blank lines and comments carry no meaning.</summary>
    public bool IsTrivia => this is BlankLineSyntax or CommentLineSyntax;

    public override IEnumerable<SyntaxNode> Children
    {
        get
        {
            yield return Indent;
            foreach (var n in Body) yield return n;
            yield return EndOfLine;
        }
    }

    protected abstract IEnumerable<SyntaxNode> Body { get; }
}

public sealed class BlankLineSyntax(SyntaxToken indent, SyntaxToken endOfLine) : LineSyntax(indent, endOfLine)
{
    public override SyntaxKind Kind => SyntaxKind.BlankLine;

    protected override IEnumerable<SyntaxNode> Body => [];
}

/// <summary><c>// text</c>: never rendered.</summary>
public sealed class CommentLineSyntax(SyntaxToken indent, SyntaxToken comment, SyntaxToken endOfLine) : LineSyntax(indent, endOfLine)
{
    public override SyntaxKind Kind => SyntaxKind.CommentLine;

    public SyntaxToken Comment { get; } = comment;

    protected override IEnumerable<SyntaxNode> Body => [Comment];
}

/// <summary><c>@name arguments</c>.</summary>
public sealed class DirectiveLineSyntax(SyntaxToken indent, SyntaxToken at, SyntaxToken name, SyntaxToken? space, InlineSyntax arguments, SyntaxToken endOfLine) : LineSyntax(indent, endOfLine)
{
    public override SyntaxKind Kind => SyntaxKind.DirectiveLine;

    public SyntaxToken At { get; } = at;

    public SyntaxToken Name { get; } = name;

    public SyntaxToken? Space { get; } = space;

    public InlineSyntax Arguments { get; } = arguments;

    protected override IEnumerable<SyntaxNode> Body
    {
        get
        {
            yield return At;
            yield return Name;
            if (Space is not null) yield return Space;
            yield return Arguments;
        }
    }
}

/// <summary>A line with a one-character marker (<c>#</c>, <c>-</c>, <c>\</c>) before its text.</summary>
public abstract class MarkedLineSyntax(SyntaxToken indent, SyntaxToken? marker, SyntaxToken? space, InlineSyntax content, SyntaxToken endOfLine) : LineSyntax(indent, endOfLine)
{
    public SyntaxToken? Marker { get; } = marker;

    public SyntaxToken? Space { get; } = space;

    public InlineSyntax Content { get; } = content;

    protected override IEnumerable<SyntaxNode> Body
    {
        get
        {
            if (Marker is not null) yield return Marker;
            if (Space is not null) yield return Space;
            yield return Content;
        }
    }
}

/// <summary><c># title</c>.</summary>
public sealed class TitleLineSyntax(SyntaxToken indent, SyntaxToken marker, SyntaxToken? space, InlineSyntax content, SyntaxToken endOfLine)
    : MarkedLineSyntax(indent, marker, space, content, endOfLine)
{
    public override SyntaxKind Kind => SyntaxKind.TitleLine;
}

/// <summary><c>- text</c>: a list item.</summary>
public sealed class ItemLineSyntax(SyntaxToken indent, SyntaxToken marker, SyntaxToken? space, InlineSyntax content, SyntaxToken endOfLine)
    : MarkedLineSyntax(indent, marker, space, content, endOfLine)
{
    public override SyntaxKind Kind => SyntaxKind.ItemLine;
}

/// <summary>Running text; <c>\</c> before it escapes a marker.</summary>
public sealed class TextLineSyntax(SyntaxToken indent, SyntaxToken? escape, InlineSyntax content, SyntaxToken endOfLine)
    : MarkedLineSyntax(indent, escape, null, content, endOfLine)
{
    public override SyntaxKind Kind => SyntaxKind.TextLine;
}

/// <summary><c>* label：value</c> or <c>* text</c>: a numbered part.</summary>
public sealed class PartLineSyntax(SyntaxToken indent, SyntaxToken marker, SyntaxToken? space, FieldSyntax? field, InlineSyntax? content, SyntaxToken endOfLine) : LineSyntax(indent, endOfLine)
{
    public override SyntaxKind Kind => SyntaxKind.PartLine;

    public SyntaxToken Marker { get; } = marker;

    public SyntaxToken? Space { get; } = space;

    public FieldSyntax? Field { get; } = field;

    public InlineSyntax? Content { get; } = content;

    protected override IEnumerable<SyntaxNode> Body
    {
        get
        {
            yield return Marker;
            if (Space is not null) yield return Space;
            if (Field is not null) yield return Field;
            if (Content is not null) yield return Content;
        }
    }
}

/// <summary><c>label：value</c> on a line of its own.</summary>
public sealed class FieldLineSyntax(SyntaxToken indent, FieldSyntax field, SyntaxToken endOfLine) : LineSyntax(indent, endOfLine)
{
    public override SyntaxKind Kind => SyntaxKind.FieldLine;

    public FieldSyntax Field { get; } = field;

    protected override IEnumerable<SyntaxNode> Body => [Field];
}

/// <summary><c>| cell | cell |</c>: pipes and cell texts alternate.</summary>
public sealed class RowLineSyntax(SyntaxToken indent, ImmutableArray<SyntaxToken> parts, SyntaxToken endOfLine) : LineSyntax(indent, endOfLine)
{
    public override SyntaxKind Kind => SyntaxKind.RowLine;

    public ImmutableArray<SyntaxToken> Parts { get; } = parts;

    /// <summary>The cells, trimmed; a trailing empty cell after the last pipe is not a cell.</summary>
    public ImmutableArray<SyntaxToken> Cells
    {
        get
        {
            var cells = Parts.Where(p => p.Kind == SyntaxKind.CellText).ToList();
            bool endsWithPipe = Parts.Length > 0 && Parts[^1].Kind == SyntaxKind.PipeToken;
            if (!endsWithPipe && cells.Count > 0 && cells[^1].Text.Trim().Length == 0) cells.RemoveAt(cells.Count - 1);
            return [.. cells];
        }
    }

    protected override IEnumerable<SyntaxNode> Body => Parts;
}
