using System.Collections.Immutable;
using System.Text;

namespace MinutesLang.Syntax;

/// <summary>The running text of a line: plain runs and case links.</summary>
public sealed class InlineSyntax(ImmutableArray<InlineElementSyntax> elements) : SyntaxNode
{
    public override SyntaxKind Kind => SyntaxKind.Inline;

    public ImmutableArray<InlineElementSyntax> Elements { get; } = elements;

    public override IEnumerable<SyntaxNode> Children => Elements;

    public bool IsEmpty => Elements.IsEmpty;

    /// <summary>The text as written, case links included verbatim.</summary>
    public string RawText => ToFullString();

    /// <summary>The text with each case link replaced by its wording (or id when it has none).</summary>
    public string PlainText
    {
        get
        {
            var sb = new StringBuilder();
            foreach (var e in Elements)
            {
                sb.Append(e switch
                {
                    TextRunSyntax r => r.Token.Text,
                    CaseLinkSyntax l => l.Wording?.Text ?? l.Id.Text,
                    PlaceholderSyntax p => p.ToFullString(),
                    _ => "",
                });
            }

            return sb.ToString();
        }
    }
}

public abstract class InlineElementSyntax : SyntaxNode;

public sealed class TextRunSyntax(SyntaxToken token) : InlineElementSyntax
{
    public override SyntaxKind Kind => SyntaxKind.TextRun;

    public SyntaxToken Token { get; } = token;

    public override IEnumerable<SyntaxNode> Children => [Token];
}

/// <summary><c>[[id]]</c> or <c>[[id|wording]]</c>.</summary>
public sealed class CaseLinkSyntax(SyntaxToken open, SyntaxToken id, SyntaxToken? pipe, SyntaxToken? wording, SyntaxToken close) : InlineElementSyntax
{
    public override SyntaxKind Kind => SyntaxKind.CaseLink;

    public SyntaxToken Open { get; } = open;

    public SyntaxToken Id { get; } = id;

    public SyntaxToken? Pipe { get; } = pipe;

    public SyntaxToken? Wording { get; } = wording;

    public SyntaxToken Close { get; } = close;

    public override IEnumerable<SyntaxNode> Children
    {
        get
        {
            yield return Open;
            yield return Id;
            if (Pipe is not null) yield return Pipe;
            if (Wording is not null) yield return Wording;
            yield return Close;
        }
    }
}

/// <summary>
/// <c>{{name}}</c>: a part of the record only its writer can supply (出席人員, 散會時間, …), left
/// to be filled in. Written by <c>minutes new</c>; every one is an error (ML0114) until replaced.
/// </summary>
public sealed class PlaceholderSyntax(SyntaxToken open, SyntaxToken name, SyntaxToken close) : InlineElementSyntax
{
    public override SyntaxKind Kind => SyntaxKind.Placeholder;

    public SyntaxToken Open { get; } = open;

    public SyntaxToken Name { get; } = name;

    /// <summary>Missing when the line ends before <c>}}</c>.</summary>
    public SyntaxToken Close { get; } = close;

    public override IEnumerable<SyntaxNode> Children => [Open, Name, Close];
}
