using System.Collections.Immutable;
using MinutesLang.Syntax;
using MinutesLang.Text;

namespace MinutesLang.Semantics;

/// <summary>A cooperation platform and its consensus rule, in force from a date.</summary>
public sealed record Platform(string Id, string Name, ImmutableArray<string> Members, DateOnly? From, int? ConsensusMinimum, bool ConsensusOfAll, string? Basis);

/// <summary>One row of the hosting rotation.</summary>
public sealed record RotationEntry(string Platform, int Year, string Level, string Period, string Host);

/// <summary>A case declared once per series.</summary>
public sealed record CaseDeclaration(string Id, string Title, string? Origin, string? Proposer, ImmutableArray<string> Aliases, TextSpan Span);

/// <summary>What the records of one folder share (series.minutes).</summary>
public sealed record Series(
    SyntaxTree? Tree,
    string Name,
    ImmutableArray<Platform> Platforms,
    ImmutableArray<RotationEntry> Rotation,
    ImmutableDictionary<string, CaseDeclaration> Cases)
{
    public static readonly Series Empty = new(null, "", [], [], ImmutableDictionary<string, CaseDeclaration>.Empty);

    /// <summary>The parts every record must have, in record order (<see cref="RequiredParts"/>): <c>必備</c> of <c>@series</c>, by default 標題、時間; without <c>@series</c> only 標題.</summary>
    public ImmutableArray<string> Required { get; init; } = RequiredParts.Undeclared;

    /// <summary>How the series numbers and names its meetings: <c>編號</c>, <c>臨時會</c>, <c>題名</c> of <c>@series</c> (<see cref="MeetingScheme"/>); undeclared by default.</summary>
    public MeetingScheme Scheme { get; init; } = MeetingScheme.Undeclared;
    /// <summary>
    /// The printed page number of the series' pdf, docx and odt, with <c>{page}</c> and <c>{pages}</c> for the numbers
    /// (<see cref="MinutesLang.Rendering.PageNumbers"/>): the field <c>頁碼</c> of <c>@series</c>, written
    /// <c>頁碼：- N -</c>; null when the series sets none (the official 第 N 頁，共 M 頁) or sets an unusable one (ML0321–ML0323).
    /// </summary>
    public string? PageNumberForm { get; init; }

    public string? TitleOf(string caseId) => Cases.TryGetValue(caseId, out var c) ? c.Title : null;
}
