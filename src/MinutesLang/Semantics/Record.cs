using System.Collections.Immutable;
using MinutesLang.Parsing;
using MinutesLang.Syntax;

namespace MinutesLang.Semantics;

/// <summary>A top-level part: numbered (壹、貳、…) or not; a label and value, or a phrase; its content.</summary>
public sealed record Part(bool Numbered, string? Label, Inline Value, bool HasColon, ImmutableArray<Block> Content)
{
    /// <summary>What the part is about: its label, or the start of its phrase (散會(下午 2 時) is 散會).</summary>
    public string Name => Label ?? new string(Value.ToText().TakeWhile(char.IsLetter).ToArray());
}

/// <summary>One meeting record, as the validator and the renderer see it.</summary>
public sealed record Record(
    SyntaxTree Tree,
    int Year,
    int Sequence,
    string? Title,
    WrittenDate? Date,
    ClockTime? Start,
    ClockTime? End,
    string? Place,
    string? Chair,
    string? Recorder,
    ImmutableArray<Part> Parts,
    ImmutableArray<CaseEvent> Events,
    ImmutableArray<CaseMention> Mentions)
{
    public string Path => Tree.Source.Path;

    /// <summary>The id written in <c>@meeting</c>: 114-1.</summary>
    public string Id => $"{Year}-{Sequence}";
}
