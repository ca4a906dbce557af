namespace MinutesLang.Semantics;

/// <summary>
/// The names the binder knows, and the misspellings it reads as them (issue 11 point 3): a field
/// label one character off a label the binder gives a meaning to (時問 is 時間, 地典 is 地點:
/// ML0117) and a directive name one edit off a directive (@列官 is @列管, @meting is @meeting:
/// ML0118). The binder reads the near-miss as meant, so that no check vanishes with a typo (the
/// weekday of a misspelt 時間 is still checked), and reports it.
/// </summary>
public static class NearMiss
{
    /// <summary>The labels with a meaning: the record's own (時間, 地點, 主席, 紀錄, 散會), agenda items and progress-table cells.</summary>
    public static IReadOnlyList<string> MeaningfulLabels { get; } =
    [
        "時間", "地點", "主席", "會議主席", "紀錄", "散會", "出席人員", "列席人員",
        "案由", "說明", "決議", "裁示", "決定", "提案單位", "最新辦理情形", "會議決議",
    ];

    /// <summary>
    /// Labels writers use that are words of their own, one character off a meaningful label but not
    /// a misspelling of it (期間 is not 時間, 地址 is not 地點, 主持 is not 主席, 裁定 is not 裁示):
    /// never reported.
    /// </summary>
    private static readonly HashSet<string> OwnWords =
    [
        "記錄", "日期", "期間", "時段", "會期", "地址", "地區", "主持", "主持人", "主旨", "主委", "開會", "閉會", "休會",
        "案名", "案號", "案件", "說帖", "決策", "裁定", "指示", "提示", "出席", "列席", "出席單位", "列席單位", "提案人", "提案機關",
    ];

    /// <summary>
    /// The meaningful label that <paramref name="label"/> (spaces removed) misspells, or null: the
    /// same length, one character different, one such label only; a meaningful label or a word of
    /// its own is never a misspelling.
    /// </summary>
    public static string? Label(string label) => LabelCandidates(label) is [var meant] ? meant : null;

    /// <summary>
    /// Every meaningful label that <paramref name="label"/> (spaces removed) is one character off
    /// (the same length, one character different), in the order of <see cref="MeaningfulLabels"/>;
    /// empty for a meaningful label, a word of its own, a label of another body (<see cref="BodyLabels"/>: 出席委員,
    /// 列席委員, 會議主題) or a label near none. One candidate is a
    /// misspelling read as meant (<see cref="Label"/>, ML0117); two or more (決義 is one character
    /// from 決議 and from 決定, 山席人員 from 出席人員 and 列席人員) is a label read as neither and
    /// reported with all of them (ML0119), as a guess between them would put the words under a
    /// label the writer may not have meant.
    /// </summary>
    public static IReadOnlyList<string> LabelCandidates(string label)
    {
        if (label.Length < 2 || MeaningfulLabels.Contains(label) || OwnWords.Contains(label) || BodyLabels.Contains(label)) return [];
        return [.. MeaningfulLabels.Where(l => l.Length == label.Length && l.Zip(label).Count(p => p.First != p.Second) == 1)];
    }

    /// <summary>The directive names a record or a series may hold: the structural ones and the case events (both languages).</summary>
    public static IEnumerable<string> DirectiveNames => Directives.Structural.Concat(CaseEventKinds.Names);

    /// <summary>
    /// The directive name that the unknown <paramref name="name"/> misspells, or null: one edit off
    /// (two for a name longer than 5 characters, case ignored), one such name only; never a known name with its argument
    /// glued to it (<c>@列管甲</c>, <c>@meeting1</c>: ML0104 says where the space goes, <see cref="GluedDirective"/>), whose
    /// argument a near miss would drop.
    /// </summary>
    public static string? Directive(string name)
    {
        if (name.Length < 2 || DirectiveNames.Contains(name) || GluedDirective.Split(name) is not null) return null;
        int limit = name.Length > 5 ? 2 : 1;
        var near = DirectiveNames.Where(n => Nearest.Distance(name.ToLowerInvariant(), n) <= limit).ToList();
        return near.Count == 1 ? near[0] : null;
    }
}
