using System.Collections.Immutable;
using MinutesLang.Text;

namespace MinutesLang.Semantics;

/// <summary>What can happen to a case at a meeting (DOMAIN.md §3).</summary>
public enum CaseEventKind
{
    Established,        // 成案
    Tracked,            // 列管
    Routine,            // 常態
    DelistingProposed,  // 提請解列
    Delisted,           // 解列
    Renamed,            // 更名
    Referred,           // 移轉
    Directive,          // 交辦
    Merged,             // 併入
}

/// <summary>An event directive: <c>@成案 ID 同意：全體</c>.</summary>
public sealed record CaseEvent(
    CaseEventKind Kind,
    string CaseId,
    string Argument,
    ImmutableArray<string> Consent,
    bool ConsentOfAll,
    string? Level,
    TextSpan Span);

public static class CaseEventKinds
{
    private static readonly Dictionary<string, CaseEventKind> ByName = new()
    {
        ["成案"] = CaseEventKind.Established, ["establish"] = CaseEventKind.Established,
        ["列管"] = CaseEventKind.Tracked, ["track"] = CaseEventKind.Tracked,
        ["常態"] = CaseEventKind.Routine, ["routine"] = CaseEventKind.Routine,
        ["提請解列"] = CaseEventKind.DelistingProposed, ["propose-delist"] = CaseEventKind.DelistingProposed,
        ["解列"] = CaseEventKind.Delisted, ["delist"] = CaseEventKind.Delisted,
        ["更名"] = CaseEventKind.Renamed, ["rename"] = CaseEventKind.Renamed,
        ["移轉"] = CaseEventKind.Referred, ["refer"] = CaseEventKind.Referred,
        ["交辦"] = CaseEventKind.Directive, ["directive"] = CaseEventKind.Directive,
        ["併入"] = CaseEventKind.Merged, ["merge"] = CaseEventKind.Merged,
    };

    public static bool TryParse(string name, out CaseEventKind kind) => ByName.TryGetValue(name, out kind);

    /// <summary>Every event directive name, Chinese and English.</summary>
    public static IEnumerable<string> Names => ByName.Keys;
}
