using MinutesLang.Localization;

namespace MinutesLang.Authoring;

/// <summary>
/// The comments <c>minutes new</c> writes into the next record for its writer (issue 15: in the language the
/// writer reads, <c>--lang</c>, minutesconfig.json or the system). Comments are never rendered, so they are
/// free to speak the writer's language; the record's own text (labels, title, <c>{{…}}</c> placeholders naming
/// its parts) stays the official Chinese whatever the language.
/// </summary>
public static class NewComments
{
    /// <summary>The comment below the title: what a placeholder is, and that each open case's event continues its last state.</summary>
    public static readonly Phrase Guide = new(
        "minutes new: each {{…}} is left for you to fill in ('minutes check' lists them as ML0114); replace it, braces "
        + "and all, with the record's text. The @列管 and @提請解列 of each case continue its last state: where the "
        + "meeting decided to delist, rename or refer the case, change the event (@解列, @更名, @移轉).",
        "minutes new 產生之紀錄草稿：{{…}} 為待填部分（minutes check 以 ML0114 逐一列出），請連同括號以紀錄內容取代；"
        + "各案之 @列管、@提請解列 係延續前次會議之狀態，如本次會議決議解列、更名或移轉，請改寫為 @解列、@更名 或 @移轉。");

    /// <summary>
    /// The comment below an open case's item: the meeting that last reported it (<paramref name="meeting"/>, its @meeting id)
    /// and its state then (<paramref name="state"/>, as the register names it in <paramref name="language"/>).
    /// </summary>
    public static string LastState(string meeting, string state, Language language) => language == Language.ZhTw
        ? $"前次（{meeting}）：{state}"
        : $"last reported at {meeting}: {state}";
}
