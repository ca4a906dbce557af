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

    /// <summary>From the first element's start to the last one's end; <c>default</c> (0, 0) for an empty text, as the walk over no token gives.</summary>
    public override MinutesLang.Text.TextSpan FullSpan =>
        Elements.IsEmpty ? default : MinutesLang.Text.TextSpan.FromBounds(Elements[0].FullSpan.Start, Elements[^1].FullSpan.End);

    /// <summary>The text as written; one plain run (most lines) is its token's text, not a copy.</summary>
    public override string ToFullString() => Elements is [TextRunSyntax only] ? only.Token.Text : base.ToFullString();

    /// <summary>The text as written, case links included verbatim.</summary>
    public string RawText => ToFullString();

    /// <summary>
    /// Whether <see cref="PlainText"/> is empty or white space only (<c>PlainText.Trim().Length == 0</c>), read on the
    /// tokens' spans: no string is made (issue 14 §2).
    /// </summary>
    public bool IsBlank
    {
        get
        {
            foreach (var e in Elements)
            {
                switch (e)
                {
                    case TextRunSyntax r when !r.Token.Span.IsWhiteSpace():
                    case CaseLinkSyntax l when !(l.Wording ?? l.Id).Span.IsWhiteSpace():
                    case PlaceholderSyntax:
                        return false;
                }
            }

            return true;
        }
    }

    /// <summary>The text with each case link replaced by its wording (or id when it has none).</summary>
    public string PlainText
    {
        get
        {
            if (Elements.IsEmpty) return "";
            if (Elements is [TextRunSyntax only]) return only.Token.Text; // most values: one plain run, not copied
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

    /// <summary>Its one token's span.</summary>
    public override MinutesLang.Text.TextSpan FullSpan => Token.FullSpan;

    /// <summary>Its one token's text (what the binder keeps of every plain run), not a copy.</summary>
    public override string ToFullString() => Token.Text;

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

    /// <summary>From <c>[[</c> to <c>]]</c> (the place where it is missing, on an unclosed link).</summary>
    public override MinutesLang.Text.TextSpan FullSpan => MinutesLang.Text.TextSpan.FromBounds(Open.Start, Close.Start + Close.Length);

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

    /// <summary>From <c>{{</c> to <c>}}</c> (the place where it is missing, on an unclosed placeholder).</summary>
    public override MinutesLang.Text.TextSpan FullSpan => MinutesLang.Text.TextSpan.FromBounds(Open.Start, Close.Start + Close.Length);
}
