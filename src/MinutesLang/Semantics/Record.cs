using System.Collections.Immutable;
using MinutesLang.Parsing;
using MinutesLang.Syntax;

namespace MinutesLang.Semantics;

/// <summary>A top-level part: numbered (壹、貳、…) or not; a label and value, or a phrase; its content.</summary>
public sealed record Part(bool Numbered, string? Label, Inline Value, bool HasColon, ImmutableArray<Block> Content)
{
    /// <summary>What the part is about: its label, or the start of its phrase (散會(下午 2 時) is 散會).</summary>
    public string Name => Label ?? new string(Value.ToText().TakeWhile(char.IsLetter).ToArray());

    /// <summary>The label as the record writes it, inner spaces kept (<c>時　間</c>), for the print; <see cref="Label"/> is without them.</summary>
    public string? WrittenLabel { get; init; }
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

    /// <summary>How the id numbers the meeting: <c>114-1</c> per year (the default), <c>144</c> a running count (then <see cref="Year"/> is 0), <c>2025-03-07</c> by its date.</summary>
    public MeetingNumbering Numbering { get; init; } = MeetingNumbering.PerYear;

    /// <summary>The 會期 of a <see cref="MeetingNumbering.Session"/> id (<see cref="Year"/> is then its 屆).</summary>
    public int Session { get; init; }

    /// <summary>
    /// The planned closing time: the end of a range of times in 時間 (<c>晚上19:00-21:00</c>, <c>下午2時至4時</c>), null
    /// without a range. <see cref="Start"/> is the range's start; <see cref="End"/> stays the closing time 散會 gives (or the
    /// one in brackets), which ML0231 compares with the start, and which may differ from the planned one without a finding.
    /// ML0231 also holds this end to be after the start.
    /// </summary>
    public ClockTime? PlannedEnd { get; init; }
    /// <summary>How the original prints its header: labels without a colon, the recorder beside the chair (<c>@無冒號</c>, <c>@紀錄同行</c>).</summary>
    public RecordLayout Layout { get; init; } = RecordLayout.Official;

    /// <summary>An ad hoc meeting (臨時會: <c>@meeting 臨1</c>, <c>114-臨1</c>), outside the regular numbering.</summary>
    public bool Extra { get; init; }

    /// <summary>The @meeting id, whole.</summary>
    public MeetingId Meeting => new(Numbering, Year, Sequence) { Session = Session, Extra = Extra };

    /// <summary>The id written in <c>@meeting</c>: 114-1, 144 for a running count, 11-2-5, 臨1, 無.</summary>
    public string Id => Meeting.ToString();

    /// <summary>
    /// The 民國 year the record belongs to: the year of its id when it numbers per year, else the
    /// year of its date (a running count has no year of its own); null when neither is known.
    /// </summary>
    public int? RocYear => Numbering is MeetingNumbering.PerYear or MeetingNumbering.Dated
        ? RocCalendar.ToRoc(Year)
        : Date?.ToDate() is { } d ? RocCalendar.ToRoc(d.Year) : null;
}
