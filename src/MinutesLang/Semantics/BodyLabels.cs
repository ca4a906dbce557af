namespace MinutesLang.Semantics;

/// <summary>
/// The labels of the minutes of other Taiwanese public bodies (issue 12 §1, §3 point 4), which the 基北北桃 seeds do
/// not use: each with what it means in the minutes and, where it is another body's word for one, the label of the
/// seeds it stands for. A label here is a word of its own, never a misspelling of a label the binder knows
/// (<see cref="NearMiss"/>: 出席委員 is not a slip for 出席人員, 列席委員 not for 列席人員, 會議主題 not for 會議主席), so
/// it is never reported as ML0117 or ML0119.
/// </summary>
/// <remarks>
/// Gathered from the rules that say what a record of minutes holds (立法院議事規則 §53, 全民健康保險會組成及議事辦法
/// §12, 採購評選委員會審議規則 §11, 高雄市議會議事規則, the Executive Yuan's note that 記錄 became 紀錄) and from
/// published minutes: a Legislative Yuan committee's 議事錄 (出席召集委員, 報告事項, 討論事項), university and school
/// committees (主席致詞, 主席報告, 確認上次會議紀錄, 上次會議決議事項執行情形, 共識暨指示事項, 附帶決議), the national
/// urban-planning committee (紀錄彙整, 審議結論) and parents' associations (會員代表, 列席), and
/// tests/MinutesLang.Tests/Fixtures/Bodies.
/// </remarks>
public static class BodyLabels
{
    /// <summary>A label of another body: its meaning, and the label of the seeds it stands for (null when none).</summary>
    /// <param name="Meaning">what the label introduces, in English</param>
    /// <param name="StandsFor">the seeds' label with that meaning (時間, 地點, 主席, 紀錄, 出席人員, 列席人員, 決議…), or null</param>
    public sealed record Entry(string Meaning, string? StandsFor);

    /// <summary>Every label of other bodies known, by the label as written (spaces removed).</summary>
    public static IReadOnlyDictionary<string, Entry> All { get; } = new Dictionary<string, Entry>(StringComparer.Ordinal)
    {
        // when and where
        ["會議時間"] = new("the date and time of the meeting", "時間"),
        ["開會時間"] = new("the date and time of the meeting", "時間"),
        ["會議日期"] = new("the date of the meeting", "時間"),
        ["開會日期"] = new("the date of the meeting", "時間"),
        ["會議地點"] = new("where the meeting is held", "地點"),
        ["開會地點"] = new("where the meeting is held", "地點"),
        ["會議名稱"] = new("the name of the meeting, when the title does not give it", null),
        ["會議主題"] = new("the subject of the meeting", null),
        ["會議次別"] = new("which meeting it is (第 N 次)", null),

        // who
        ["主持人"] = new("who chairs the meeting", "主席"),
        ["會議主持人"] = new("who chairs the meeting", "主席"),
        ["召集人"] = new("the convener, who calls and usually chairs the meeting", null),
        ["司儀"] = new("the master of ceremonies", null),
        ["出席委員"] = new("the members of the committee present", "出席人員"),
        ["出席召集委員"] = new("the conveners present (a Legislative Yuan committee)", "出席人員"),
        ["出席代表"] = new("the representatives present (a parents' or members' assembly)", "出席人員"),
        ["出席者"] = new("who is present with the right to speak and vote", "出席人員"),
        ["出席人數"] = new("how many are present, for the quorum", null),
        ["列席委員"] = new("members attending without a vote", "列席人員"),
        ["列席者"] = new("who attends to report or advise, without a vote", "列席人員"),
        ["列席人數"] = new("how many attend without a vote", null),
        ["請假委員"] = new("members excused", null),
        ["請假人員"] = new("who is excused", null),
        ["請假"] = new("who is excused", null),
        ["缺席委員"] = new("members absent without excuse", null),
        ["缺席人員"] = new("who is absent without excuse", null),
        ["記錄人員"] = new("who takes the minutes", "紀錄"),
        ["紀錄人員"] = new("who takes the minutes", "紀錄"),
        ["主辦單位"] = new("the agency that organises the meeting", null),
        ["承辦單位"] = new("the agency that handles the matter", null),

        // the order of business
        ["主席致詞"] = new("the chair's opening words", null),
        ["主席報告"] = new("the chair's report", null),
        ["確認上次會議紀錄"] = new("confirming the minutes of the previous meeting", null),
        ["上次會議決議事項執行情形"] = new("how the decisions of the previous meeting were carried out", null),
        ["上次會議決議執行情形"] = new("how the decisions of the previous meeting were carried out", null),
        ["前次會議決議事項辦理情形"] = new("how the decisions of the previous meeting were carried out", null),
        ["報告事項"] = new("reports, each followed by the decision taken (決定)", "業務報告"),
        ["討論事項"] = new("matters for discussion, each with 案由, 說明 and 決議", "提案討論"),
        ["審議事項"] = new("matters for review (an urban-planning or review committee)", "提案討論"),
        ["審查事項"] = new("matters for examination (a review committee)", "提案討論"),
        ["臨時動議"] = new("motions from the floor, or 無", null),
        ["臨時提案"] = new("proposals not on the agenda", null),
        ["選舉事項"] = new("elections held at the meeting", null),
        ["散會時間"] = new("when the meeting closed", "散會"),

        // within an agenda item
        ["審議結論"] = new("the conclusion of a review (an urban-planning committee)", "決議"),
        ["審查結論"] = new("the conclusion of an examination (an environmental-impact review committee)", "決議"),
        ["審查意見"] = new("the opinions given in an examination", null),
        ["結論"] = new("the conclusion of a coordination meeting, which decides nothing by vote", "決議"),
        ["附帶決議"] = new("a further resolution attached to a decision", null),
        ["共識暨指示事項"] = new("what was agreed and what the chair directed", null),
        ["主席裁示"] = new("what the chair directed", "裁示"),
        ["辦法"] = new("what is proposed to be done (案由, 說明, 辦法)", null),
        ["擬辦"] = new("what the proposer intends to do", null),
        ["建議"] = new("a recommendation", null),
        ["紀錄彙整"] = new("the collected remarks of the members (the national urban-planning committee)", null),
        ["執行情形"] = new("how a decision was carried out", null),
        ["辦理情形"] = new("how a matter was handled", "最新辦理情形"),
    };

    /// <summary>Whether a label (spaces removed) is a label of another body.</summary>
    public static bool Contains(string label) => All.ContainsKey(label);
}
