using System.Text;
using MinutesLang.Text;

namespace MinutesLang.Syntax;

/// <summary>
/// An immutable node of the full-fidelity syntax tree. Every character of the source belongs
/// to exactly one token, so <see cref="ToFullString"/> gives back the input.
/// </summary>
public abstract class SyntaxNode
{
    public abstract SyntaxKind Kind { get; }

    /// <summary>Children in source order: nodes and tokens (tokens are leaves).</summary>
    public abstract IEnumerable<SyntaxNode> Children { get; }

    public virtual TextSpan FullSpan
    {
        get
        {
            int start = -1, end = -1;
            foreach (var t in Tokens())
            {
                if (start < 0) start = t.Start;
                end = t.Start + t.Length;
            }

            return start < 0 ? default : TextSpan.FromBounds(start, end);
        }
    }

    public IEnumerable<SyntaxToken> Tokens()
    {
        foreach (var child in Children)
        {
            if (child is SyntaxToken t) yield return t;
            else foreach (var inner in child.Tokens()) yield return inner;
        }
    }

    /// <summary>
    /// Appends the text of every token below this node, in source order, to <paramref name="sb"/>. A plain recursion
    /// over <see cref="Children"/> (not <see cref="Tokens"/>, whose nested iterators cost one object per level and token).
    /// </summary>
    public virtual void WriteTo(StringBuilder sb)
    {
        foreach (var child in Children)
        {
            if (child is SyntaxToken t) sb.Append(t.Span);
            else child.WriteTo(sb);
        }
    }

    public virtual string ToFullString()
    {
        var sb = new StringBuilder();
        WriteTo(sb);
        return sb.ToString();
    }

    /// <summary>An indented dump of the tree, for baselines.</summary>
    public string Dump()
    {
        var sb = new StringBuilder();
        DumpTo(sb, 0);
        return sb.ToString();
    }

    private void DumpTo(StringBuilder sb, int depth)
    {
        sb.Append(' ', depth * 2);
        if (this is SyntaxToken t)
        {
            sb.Append(t.Kind).Append(' ').Append(t.FullSpan).Append(' ').Append(Escape(t.Text));
            if (t.IsMissing) sb.Append(" (missing)");
            sb.Append('\n');
            return;
        }

        sb.Append(Kind).Append(' ').Append(FullSpan).Append('\n');
        foreach (var c in Children) c.DumpTo(sb, depth + 1);
    }

    private static string Escape(string s)
    {
        var sb = new StringBuilder("\"");
        foreach (var c in s)
        {
            sb.Append(c switch
            {
                '\r' => "\\r",
                '\n' => "\\n",
                '\t' => "\\t",
                '"' => "\\\"",
                '\\' => "\\\\",
                '\uFEFF' => "\\uFEFF",
                '\u3000' => "\\u3000",
                _ when c < ' ' || char.IsSurrogate(c) => $"\\u{(int)c:X4}",
                _ => c.ToString(),
            });
        }

        return sb.Append('"').ToString();
    }
}
