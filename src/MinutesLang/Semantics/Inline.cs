using System.Collections.Immutable;
using System.Text;
using MinutesLang.Text;

namespace MinutesLang.Semantics;

/// <summary>A run of text with case mentions in it.</summary>
public sealed record Inline(ImmutableArray<InlinePart> Parts)
{
    public static readonly Inline Empty = new([]);

    public bool IsEmpty => Parts.All(p => p is TextPart { Text.Length: 0 });

    /// <summary>The text with each mention's wording (or its case title, looked up by <paramref name="titleOf"/>).</summary>
    public string ToText(Func<string, string?>? titleOf = null)
    {
        var sb = new StringBuilder();
        foreach (var p in Parts)
        {
            sb.Append(p switch
            {
                TextPart t => t.Text,
                CaseMention m => m.Wording ?? titleOf?.Invoke(m.CaseId) ?? m.CaseId,
                _ => "",
            });
        }

        return sb.ToString();
    }

    public override string ToString() => ToText();
}

public abstract record InlinePart;

public sealed record TextPart(string Text) : InlinePart;

/// <summary><c>[[id|wording]]</c>: a mention of a case, where it is written.</summary>
public sealed record CaseMention(string CaseId, string? Wording, TextSpan Span) : InlinePart;
