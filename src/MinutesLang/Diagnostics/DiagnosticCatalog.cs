using MinutesLang.Localization;

namespace MinutesLang.Diagnostics;

/// <summary>
/// Every diagnostic code with its default severity and its texts in both languages (issue 15): one
/// <see cref="Entry"/> per code holds the title, and each form of its message and hint, in English and in
/// Traditional Chinese (zh-TW), with named placeholders (<c>{id}</c>, <see cref="MessageTemplate"/>) that
/// <see cref="DiagnosticBuilder"/>'s factory fills by name. CatalogTests checks that every code has both
/// texts and that their placeholders agree.
/// <para>
/// To translate a new code, give its entry the Chinese title and its forms:
/// <c>new("ML0124", DiagnosticSeverity.Error, "Title", "標題", [M("", "message {x}", "訊息{x}", "hint", "提示")])</c>,
/// and have its factory call <c>Report("ML0124", "", ("x", x))</c>.
/// </para>
/// </summary>
public static class DiagnosticCatalog
{
    /// <summary>
    /// A code: <paramref name="Title"/> and <paramref name="TitleZh"/> (one line, for <c>explain</c> and SARIF rules),
    /// and <paramref name="Forms"/>, the wordings of its message and hint by key. An entry without <paramref name="TitleZh"/>
    /// or <paramref name="Forms"/> is not translated yet: its findings keep the English text the factory passes.
    /// </summary>
    public sealed record Entry(string Code, DiagnosticSeverity Severity, string Title, string? TitleZh = null, IReadOnlyList<MessageForm>? Forms = null)
    {
        /// <summary>The title in <paramref name="language"/> (English when the code has no Chinese title yet).</summary>
        public string TitleIn(Language language) => language == Language.ZhTw && TitleZh is not null ? TitleZh : Title;

        /// <summary>The form of the message named <paramref name="key"/> (<c>""</c> for the only or usual one).</summary>
        public MessageForm Form(string key) =>
            Forms?.FirstOrDefault(f => f.Key == key) ?? throw new KeyNotFoundException($"{Code} has no message form '{key}'");
    }

    /// <summary>
    /// One wording of a code's message and hint, in English and zh-TW, with <c>{name}</c> placeholders;
    /// <paramref name="Key"/> tells the forms of one code apart (<c>""</c>, <c>"many"</c>, <c>"nearest"</c>…).
    /// </summary>
    public sealed record MessageForm(string Key, string Message, string MessageZh, string? Hint = null, string? HintZh = null);

    private static MessageForm M(string key, string message, string messageZh, string? hint = null, string? hintZh = null) => new(key, message, messageZh, hint, hintZh);

    private const DiagnosticSeverity Error = DiagnosticSeverity.Error, Warning = DiagnosticSeverity.Warning, Info = DiagnosticSeverity.Info;

    /// <summary>The hint every reordering import finding (ML0400, ML0401) gives.</summary>
    private const string Renumbered = "the notation numbers from the structure: the imported record is renumbered", RenumberedZh = "本格式依結構自動編號：匯入的紀錄已重新編號";

    public static IReadOnlyList<Entry> All { get; } =
    [
        new("ML0001", Error, "Invalid UTF-8", "非 UTF-8 編碼", [
            M("", "the file is not valid UTF-8 here: the byte cannot be decoded", "檔案此處不是有效的 UTF-8 編碼，這個位元組無法解讀", "save the file as UTF-8", "請以 UTF-8 編碼另存檔案"),
            M("encoding", "the file is not UTF-8: its {bytes} bytes read as {encoding}; it is not read further", "檔案不是 UTF-8 編碼：其 {bytes} 個位元組是 {encoding} 編碼；不再往下讀",
                "convert it to UTF-8, e.g. with {command}, or save it as UTF-8 in your editor", "請轉為 UTF-8 編碼，例如執行 {command}，或在編輯器中以 UTF-8 編碼另存"),
            M("unknown", "the file is not UTF-8: {invalid} of its {bytes} bytes cannot be decoded, in no encoding it could be told to be in; it is not read further", "檔案不是 UTF-8 編碼：其 {bytes} 個位元組中有 {invalid} 個無法解讀，也看不出是哪種編碼；不再往下讀",
                "save the file as UTF-8", "請以 UTF-8 編碼另存檔案")]),
        new("ML0002", Error, "NUL character", "NUL 字元", [
            M("", "NUL character in the text (is this a binary file?)", "內文有 NUL 字元（是否為二進位檔？）")]),
        new("ML0003", Error, "Directive name expected", "「@」後缺指令名稱", [
            M("", "'@' must be followed by a directive name", "「@」之後應接指令名稱", @"write \@ to start a paragraph with '@'", @"段落要以「@」開頭時，請寫成「\@」")]),
        new("ML0004", Error, "Marker not at the left margin", "標記未頂格", [
            M("", "a {what} must start at the left margin", "{what}應自行首頂格書寫")]),
        new("ML0005", Error, "Unterminated case link", "案件連結未結束", [
            M("", "case link '[[' is not closed with ']]' on this line", "案件連結「[[」在本行未以「]]」結束")]),
        new("ML0006", Error, "Empty case id", "案件連結缺代號", [
            M("", "case link has no case id", "案件連結未寫案件代號", "write [[id]] or [[id|wording]]", "請寫成 [[id]] 或 [[id|文字]]")]),
        new("ML0007", Error, "Binary file", "非文字檔", [
            M("", "this is not a text file (it holds many control characters)", "這不是文字檔（含有大量控制字元）")]),
        new("ML0008", Error, "Orphan indentation", "縮排無所屬", [
            M("", "this line is indented but nothing above it can hold it", "本行有縮排，但上方沒有可以容納它的行")]),
        new("ML0009", Error, "Nesting too deep", "層次過深", [
            M("", "lines are nested more than {max} levels deep; deeper lines are kept at that level", "內容層次超過 {max} 層；更深的行以第 {max} 層處理")]),
        new("ML0100", Error, "Missing @meeting", "缺 @meeting", [
            M("", "record has no '@meeting YEAR-N' directive", "紀錄沒有「@meeting 年度-次別」指令", "add '@meeting 114-1' as the first line", "請在第一行加上「@meeting 114-1」")]),
        new("ML0101", Error, "Unknown case id", "案件代號未宣告", [
            M("", "unknown case id '{id}'", "案件代號「{id}」未經宣告", "declare it with '@case' in series.minutes", "請在 series.minutes 以「@case」宣告"),
            M("nearest", "unknown case id '{id}'", "案件代號「{id}」未經宣告", "did you mean '{nearest}'?", "是否為「{nearest}」？")]),
        new("ML0102", Error, "Unparsable date", "日期無法判讀", [
            M("", "cannot read a date and time in '{text}'", "無法從「{text}」讀出日期與時間",
                "write this meeting's date and time in the form '○○○ 年 ○ 月 ○ 日（星期○）上午 ○ 時' (a day that the month has), each ○ a figure",
                "請依「○○○ 年 ○ 月 ○ 日（星期○）上午 ○ 時」的格式填寫本次會議的日期與時間（須為該月確有的日期），○ 填數字")]),
        new("ML0103", Error, "Weekday does not match the date", "星期與日期不符", [
            M("", "{date} is a {expected}, not {written}", "{date} 是{expected}，不是{written}", "write {fix}", "請改為{fix}")]),
        new("ML0104", Error, "Unknown directive", "未知的指令", [
            M("", "unknown directive '@{name}'", "沒有「@{name}」這個指令"),
            M("glued", "unknown directive '@{name}'", "沒有「@{name}」這個指令",
                "a space is missing after the directive: write '@{known} {rest}'", "指令名稱後缺空格：請寫成「@{known} {rest}」")]),
        new("ML0105", Error, "Duplicate case declaration", "案件重複宣告", [
            M("", "case '{id}' is declared more than once", "案件「{id}」重複宣告")]),
        new("ML0106", Error, "Directive argument missing or malformed", "指令引數缺漏或格式不符", [
            M("", "'@{name}' needs {expected}", "「@{name}」須有{expected}", "{hint}", "{hint}")]),
        new("ML0107", Error, "Unknown list style", "未知的清單樣式", [
            M("", "unknown list style '{style}'", "沒有「{style}」這種清單樣式", "use one of 一、 (一) （一） 1. (1) 1、 甲、", "請用下列之一：一、 (一) （一） 1. (1) 1、 甲、")]),
        new("ML0108", Error, "Progress-table row without a case", "列管表的列未連結案件", [
            M("", "a row of '@列管表' must start with a case link '- [[id]]'", "「@列管表」的每一列須以案件連結「- [[id]]」開頭")]),
        new("ML0109", Warning, "Missing title", "缺標題", [
            M("", "record has no title line '# …'", "紀錄沒有標題行「# …」",
                "write the title of the minutes on the line below '@meeting': '# 114 年度…第 N 次…會議紀錄'", "請在「@meeting」的下一行寫會議紀錄標題：「# 114 年度…第 N 次…會議紀錄」"),
            M("after", "record has no title line '# …'", "紀錄沒有標題行「# …」",
                "write the title of the minutes, '# 114 年度…第 N 次…會議紀錄', after '@meeting'", "請在「@meeting」之後寫會議紀錄標題「# 114 年度…第 N 次…會議紀錄」")]),
        new("ML0110", Error, "Unparsable time", "時間無法判讀", [
            M("", "cannot read a time in '{text}'", "無法從「{text}」讀出時間",
                "write the time in the form '上午 ○ 時 ○ 分' or '○○ 時 ○○ 分' (24-hour), each ○ a figure", "請依「上午 ○ 時 ○ 分」或「○○ 時 ○○ 分」（24 小時制）的格式填寫，○ 填數字")]),
        new("ML0111", Error, "Directive in the wrong place", "指令位置不當", [
            M("", "'@{name}' is not allowed {where}", "「@{name}」不能寫在{where}")]),
        new("ML0112", Error, "Unknown city", "非成員城市", [
            M("", "'{name}' is not a member city", "「{name}」不是成員城市", "use 臺北市, 新北市, 基隆市 or 桃園市", "請寫臺北市、新北市、基隆市或桃園市")]),
        new("ML0113", Error, "Duplicate meeting id or title", "會議代號或標題重複", [
            M("", "the record has a second {what}; the first one counts", "紀錄有第二個{what}；以第一個為準", "remove one of them", "請刪除其中一個")]),
        new("ML0200", Error, "Open case not reported at the next meeting", "列管案件未於下次會議報告", [
            M("", "case '{id}' was open after {previous} but {current} does not report it", "案件「{id}」在 {previous} 會議後仍在列管，但 {current} 會議未報告",
                "add '@列管 {id}' (or '@解列 {id}') where {current} reports on its cases", "請在 {current} 會議報告列管案件處加上「@列管 {id}」（或「@解列 {id}」）")]),
        new("ML0201", Error, "Case reported before it is established", "案件成案前即見於紀錄", [
            M("", "case '{id}' is {what} before it was established or introduced", "案件「{id}」在成案或納入之前即{what}",
                "record how it entered the series first: '@成案 {id} 同意：…', '@交辦 {id}' or '@併入 {id}'", "請先記載案件如何納入：「@成案 {id} 同意：…」、「@交辦 {id}」或「@併入 {id}」"),
            // issue g §4: an undeclared id near a declared one is a misspelling (ML0101 says so): establishing it would declare the typo
            M("misspelt", "case '{id}' is {what} before it was established or introduced", "案件「{id}」在成案或納入之前即{what}",
                "'{id}' is not a case of the series: if '{nearest}' is meant, write '{nearest}' (ML0101); do not establish '{id}'",
                "「{id}」不是本系列的案件：若指「{nearest}」，請改寫為「{nearest}」（ML0101）；勿將「{id}」成案")]),
        new("ML0202", Error, "Closed case tracked again", "已結案件再列管", [
            M("", "case '{id}' was {how} at {closedAt} and is tracked again without being re-established", "案件「{id}」已於 {closedAt} {how}，未重新成案即再列管",
                "establish it again with '@成案 {id} 同意：…' or correct the event", "請以「@成案 {id} 同意：…」重新成案，或更正該紀事")]),
        new("ML0203", Warning, "Delisting proposal without a recorded decision", "提請解列未見決定", [
            M("", "delisting of case '{id}' was proposed at {proposedAt}, but {current} neither records the decision nor says it is pending", "案件「{id}」已於 {proposedAt} 會議提請解列，但 {current} 會議既未記載決定，也未說明仍待決定",
                "write '@解列 {id}' when it was decided, or repeat '@提請解列 {id}' while it is pending", "已決定解列者請寫「@解列 {id}」；尚待決定者請再寫「@提請解列 {id}」"),
            M("level", "delisting of case '{id}' was proposed to the {level} at {proposedAt}, but {current} neither records the decision nor says it is pending", "案件「{id}」已於 {proposedAt} 會議提請{level}解列，但 {current} 會議既未記載決定，也未說明仍待決定",
                "write '@解列 {id}' when it was decided, or repeat '@提請解列 {id}' while it is pending", "已決定解列者請寫「@解列 {id}」；尚待決定者請再寫「@提請解列 {id}」")]),
        new("ML0204", Info, "Missing meeting in the series", "系列缺會議", [
            M("", "{gap}", "{gap}", "carry-over checks resume after the gap", "跨次列管的檢查自缺漏之後重新開始")]),
        new("ML0210", Error, "Consent to establish a case missing or incomplete", "成案同意未載明或不足", [
            M("unstated", "the record does not say who agreed to establish '{id}'; platform {platform} needs {rule}", "紀錄未載明哪些城市同意「{id}」成案；{platform} 平臺須經{rule}同意",
                "add 同意：全體, or the cities that agreed: 同意：臺北市、新北市", "請加上「同意：全體」，或寫出同意的城市：「同意：臺北市、新北市」"),
            M("outsider", "{cities} is not a member of platform {platform} ({members})", "{cities}不是 {platform} 平臺的成員（{members}）", "list only member cities", "請只列成員城市"),
            M("outsiders", "{cities} are not members of platform {platform} ({members})", "{cities}不是 {platform} 平臺的成員（{members}）", "list only member cities", "請只列成員城市"),
            M("not-all", "'{id}' is established with the consent of {agreed} of {total} cities; platform {platform} needs all of them (missing: {missing})", "「{id}」成案僅經 {total} 市中的 {agreed} 市同意；{platform} 平臺須全體同意（未同意：{missing}）",
                "the case needs the consent of every member", "本案須經全體成員同意"),
            M("not-all.basis", "'{id}' is established with the consent of {agreed} of {total} cities; platform {platform} needs all of them (missing: {missing})", "「{id}」成案僅經 {total} 市中的 {agreed} 市同意；{platform} 平臺須全體同意（未同意：{missing}）",
                "rule of {basis}: every member must agree", "依{basis}：須經全體成員同意"),
            M("too-few", "'{id}' is established with the consent of {agreed} cities; platform {platform} needs at least {minimum}", "「{id}」成案僅經 {agreed} 市同意；{platform} 平臺須至少 {minimum} 市同意")]),
        new("ML0220", Error, "Host disagrees with the rotation", "主政城市與輪值表不符", [
            M("", "the text names {written} as host for {when}, but the rotation table gives {expected}", "內文以{written}為{when}的主政城市，但輪值表為{expected}",
                "write {expected}, or correct @rotation in series.minutes", "請改為{expected}，或更正 series.minutes 的 @rotation")]),
        new("ML0221", Warning, "Bilateral host does not alternate", "雙邊會議未輪流主政", [
            M("", "{host} hosts this meeting and also hosted the previous one ({previous}); a bilateral series alternates", "{host}主政本次會議，上次（{previous}）也由其主政；雙邊會議應輪流主政")]),
        new("ML0230", Error, "Years disagree", "年度不一致", [
            M("date", "meeting {id} is dated in {ad} (民國 {roc}), not in 民國 {year}", "{id} 會議的日期在 {ad} 年（民國 {roc} 年），不在民國 {year} 年",
                "check the date, or the @meeting id ({roc}-{sequence}?)", "請檢查日期或 @meeting 代號（是否為 {roc}-{sequence}？）"),
            M("date.school", "meeting {id} is dated in {ad} (民國 {roc}), not in 民國 {year} or {next} (the school year {year})", "{id} 會議的日期在 {ad} 年（民國 {roc} 年），不在民國 {year} 年或 {next} 年（{year} 學年度）",
                "check the date, or the @meeting id ({schoolYear}-{sequence}?)", "請檢查日期或 @meeting 代號（是否為 {schoolYear}-{sequence}？）"),
            M("title", "the title names the year {named}, but the meeting is {id} (民國 {year} = {ad})", "標題寫的年度是 {named}，但本次會議為 {id}（民國 {year} 年即 {ad} 年）",
                "write {fix}", "請改為 {fix}")]),
        new("ML0231", Error, "Closing time not after the opening time", "散會時間未晚於開會時間", [
            M("", "the meeting closes at {end}, which is not after it opened ({start})", "散會時間 {end} 未晚於開會時間（{start}）", "check 時間 and 散會", "請檢查「時間」與「散會」"),
            M("planned", "the meeting is planned to close at {end}, which is not after it opens ({start})", "預定結束時間 {end} 未晚於開會時間（{start}）", "check the two times of the range in 時間", "請檢查「時間」所寫起訖的兩個時間")]),
        new("ML0232", Error, "Records out of date order", "紀錄日期順序顛倒", [
            M("", "meeting {id} is dated {date}, before meeting {previous} ({previousDate})", "{id} 會議的日期為 {date}，早於 {previous} 會議（{previousDate}）",
                "check the dates and the @meeting numbers", "請檢查日期與 @meeting 次別")]),
        new("ML0233", Error, "Meeting number disagrees", "會議次別不符", [
            M("unit", "the title says 第 {written} {unit}, but the record is meeting {id}", "標題寫第 {written} {unit}，但本紀錄為 {id} 會議",
                "write 第 {number} {unit}, or correct '@meeting {id}'", "請改為第 {number} {unit}，或更正「@meeting {id}」"),
            M("extra-untitled", "the record is a 臨時會 ('@meeting {id}'), but its title does not say 臨時會", "本紀錄為臨時會（「@meeting {id}」），但標題未寫明臨時會",
                "name the 臨時會 in the title (第 {sequence} 次臨時會), or correct '@meeting {id}'", "請在標題寫明臨時會（第 {sequence} 次臨時會），或更正「@meeting {id}」"),
            M("extra-titled", "the title names a 臨時會, but the record is the regular meeting {id}", "標題寫的是臨時會，但本紀錄為定期會議 {id}",
                "write '@meeting {extraId}' for a 臨時會 numbered on its own, or correct the title", "臨時會另計次別者請寫「@meeting {extraId}」，或更正標題"),
            M("number", "the title says 第 {written} 次, but the record is meeting {id}", "標題寫第 {written} 次，但本紀錄為 {id} 會議",
                "write 第 {sequence} 次, or correct '@meeting {id}'", "請改為第 {sequence} 次，或更正「@meeting {id}」"),
            M("dated", "the record is named by the date {named} ('@meeting {id}'), but it is dated {held}", "本紀錄以日期 {named} 稱呼（「@meeting {id}」），但會議日期為 {held}",
                "write '@meeting {fixId}', or correct the date", "請改寫為「@meeting {fixId}」，或更正日期"),
            M("number.extra", "the title says 第 {written} 次臨時會, but the record is meeting {id}", "標題寫第 {written} 次臨時會，但本紀錄為 {id} 會議",
                "write 第 {sequence} 次, or correct '@meeting {id}'", "請改為第 {sequence} 次，或更正「@meeting {id}」")]),
        new("ML0240", Error, "Count disagrees with the cases named", "件數與所列案件不符", [
            M("after.one", "the text says '{written}' but 1 case is linked after it", "內文寫「{written}」，但其後只連結 1 件案件", "correct the number or the cases named", "請更正件數或所列案件"),
            M("after", "the text says '{written}' but {counted} cases are linked after it", "內文寫「{written}」，但其後連結 {counted} 件案件", "correct the number or the cases named", "請更正件數或所列案件"),
            M("line.one", "the text says '{written}' but 1 case is linked before it on this line", "內文寫「{written}」，但本行在此之前只連結 1 件案件", "correct the number or the cases named", "請更正件數或所列案件"),
            M("line", "the text says '{written}' but {counted} cases are linked before it on this line", "內文寫「{written}」，但本行在此之前連結 {counted} 件案件", "correct the number or the cases named", "請更正件數或所列案件"),
            M("sentence.one", "the text says '{written}' but 1 case is linked before it in the sentence", "內文寫「{written}」，但本句在此之前只連結 1 件案件", "correct the number or the cases named", "請更正件數或所列案件"),
            M("sentence", "the text says '{written}' but {counted} cases are linked before it in the sentence", "內文寫「{written}」，但本句在此之前連結 {counted} 件案件", "correct the number or the cases named", "請更正件數或所列案件"),
            M("item.one", "the text says '{written}' but 1 case is named in this agenda item", "內文寫「{written}」，但本案由只列 1 件案件", "correct the number or the cases named", "請更正件數或所列案件"),
            M("item", "the text says '{written}' but {counted} cases are named in this agenda item", "內文寫「{written}」，但本案由列有 {counted} 件案件", "correct the number or the cases named", "請更正件數或所列案件")]),
        new("ML0241", Error, "Reviewed record is not the previous one", "確認的紀錄不是上次會議紀錄", [
            M("", "the record reviewed is {named}, but the previous record of the series is {previous}", "確認的是 {named} 會議紀錄，但本系列的上次紀錄為 {previous}", "review {previous}", "請確認 {previous} 會議紀錄")]),
        new("ML0250", Warning, "Case wording drifts from its title", "案件名稱與案名不一致", [
            M("", "'{wording}' is not how case '{id}' is titled", "「{wording}」不是案件「{id}」的案名",
                "did you mean '{nearest}'? (or declare the wording as a 別名 of '{id}')", "是否為「{nearest}」？（或將這個寫法宣告為「{id}」的別名）")]),
        new("ML0251", Warning, "Misspelt platform name", "平臺名稱誤植", [
            M("", "'{written}' looks like a misspelling of the platform name '{name}'", "「{written}」疑為平臺名稱「{name}」之誤", "write '{name}'", "請改為「{name}」")]),
        new("ML0252", Warning, "Verb 記錄 for the noun 紀錄", "名詞「紀錄」誤作「記錄」", [
            M("", "'記錄' is the verb (to record); the minutes are '紀錄'", "「記錄」是動詞；會議的紀錄應作「紀錄」", "write 紀錄", "請改為「紀錄」")]),
        new("ML0253", Info, "Report labelled with another year", "進度報告標示他年度", [
            M("", "the progress report is labelled {label} ({year}) in a meeting of {meetingYear}", "{meetingYear} 年度的會議中，進度報告標示為 {label}（{year} 年度）")]),
        new("ML0300", Error, "Template error", "範本錯誤", [
            M("", "template error: {message}", "範本錯誤：{message}",
                "fix the template, or remove it from --template-dir to use the default", "請修正範本，或將它自 --template-dir 移除以使用預設範本"),
            M("built-in", "template error: {message}", "範本錯誤：{message}",
                "a template built into minutes: please report it; meanwhile copy it into a folder, fix it there and pass --template-dir", "這是 minutes 內建的範本，請回報此問題；修正前可將範本複製到資料夾中修改，再以 --template-dir 指定")]),
        new("ML0320", Error, "No font for Chinese to print a pdf", "無可列印中文的字型", [
            M("", "no font on this machine can print '{character}' (fontconfig lists none for zh-tw): the pdf would show empty boxes", "本機沒有能印出「{character}」的字型（fontconfig 未列出 zh-tw 字型）：PDF 會顯示空白方框",
                "install a Kai font (Debian/Ubuntu: apt-get install {packages}), or fonts-noto-cjk; 'fc-list :lang=zh-tw' lists what is installed", "請安裝楷書字型（Debian/Ubuntu：apt-get install {packages}）或 fonts-noto-cjk；已安裝的字型可用「fc-list :lang=zh-tw」查看")]),
        new("ML0500", Error, "Invalid configuration file", "設定檔無效", [
            M("utf8", "the file is not valid UTF-8 here; it is ignored", "檔案此處不是有效的 UTF-8 編碼；整個檔案不予採用", "save the file as UTF-8", "請以 UTF-8 編碼另存檔案"),
            M("empty", "the file is empty", "檔案是空的", "write {{ \"diagnostics\": {{ \"ML0109\": \"warning\" }} }}, or delete the file", "請寫入 {{ \"diagnostics\": {{ \"ML0109\": \"warning\" }} }}，或刪除檔案"),
            M("not-object", "the configuration must be a JSON object", "設定須為 JSON 物件", "write {{ \"diagnostics\": {{ \"ML0109\": \"warning\" }} }}", "請寫成 {{ \"diagnostics\": {{ \"ML0109\": \"warning\" }} }}"),
            M("property", "unknown property '{name}'", "沒有「{name}」這項設定", "the settings are \"language\" and those under \"diagnostics\"", "可用的設定為 \"language\" 及 \"diagnostics\" 之下各項"),
            M("json", "not valid JSON: {reason}", "不是有效的 JSON：{reason}"),
            M("string", "a string here cannot be read as text", "此處的字串無法讀成文字"),
            M("diagnostics", "\"diagnostics\" must be an object of codes and levels", "\"diagnostics\" 須為代碼與層級的物件", "write \"diagnostics\": {{ \"ML0109\": \"warning\" }}", "請寫成 \"diagnostics\": {{ \"ML0109\": \"warning\" }}"),
            M("code", "'{code}' is not a diagnostic code", "「{code}」不是診斷代碼", "run 'minutes explain' for the list of codes", "代碼一覽請執行「minutes explain」"),
            M("code.nearest", "'{code}' is not a diagnostic code", "「{code}」不是診斷代碼", "did you mean '{nearest}'?", "是否為「{nearest}」？"),
            M("level", "unknown level '{level}' for {code}", "{code} 沒有「{level}」這個層級", "use \"error\", \"warning\", \"info\" or \"none\"", "請用 \"error\"、\"warning\"、\"info\" 或 \"none\""),
            M("level.not-string", "unknown level (not a string) for {code}", "{code} 的層級不是字串", "use \"error\", \"warning\", \"info\" or \"none\"", "請用 \"error\"、\"warning\"、\"info\" 或 \"none\""),
            M("language", "unknown language '{language}'", "沒有「{language}」這種語言", "write \"language\": \"zh-TW\" or \"language\": \"en\"", "請寫 \"language\": \"zh-TW\" 或 \"language\": \"en\"")]),
        new("ML0501", Warning, "Suppression without a reason", "停用註解未附理由", [
            M("", "the suppression of {code} gives no reason, so it does not apply", "停用 {code} 的註解未附理由，因此不生效",
                "write '// minutes-disable-next-line {code}: why the finding is wrong here'", "請寫成「// minutes-disable-next-line {code}: 此處診斷有誤的理由」"),
            M("colon", "the suppression of {code} has no ':' before its reason, so it does not apply", "停用 {code} 的註解在理由前沒有「:」，因此不生效",
                "write '// minutes-disable-next-line {code}: why the finding is wrong here'", "請寫成「// minutes-disable-next-line {code}: 此處診斷有誤的理由」")]),
        new("ML0502", Error, "Suppression of an unknown code", "停用不存在的代碼", [
            M("none", "the suppression names no diagnostic code", "停用註解未寫診斷代碼", "write '// minutes-disable-next-line ML0103: reason'", "請寫成「// minutes-disable-next-line ML0103: 理由」"),
            M("", "the suppression names '{code}', which is not a diagnostic code", "停用註解寫的「{code}」不是診斷代碼", "write '// minutes-disable-next-line ML0103: reason'", "請寫成「// minutes-disable-next-line ML0103: 理由」"),
            M("nearest", "the suppression names '{code}', which is not a diagnostic code", "停用註解寫的「{code}」不是診斷代碼", "did you mean '{nearest}'?", "是否為「{nearest}」？"),
            M("several", "the suppression names several codes ('{codes}'); it does not apply", "停用註解寫了多個代碼（「{codes}」），因此不生效",
                "write one '// minutes-disable-next-line CODE: reason' line per code", "每個代碼各寫一行「// minutes-disable-next-line 代碼: 理由」")]),
        new("ML0503", Info, "Unused suppression", "停用註解未停用任何診斷", [
            M("", "nothing on the next line raises {code}, so this suppression suppresses nothing", "下一行沒有 {code} 的診斷，這行停用註解沒有作用", "remove the comment", "請刪除這行註解")]),
        new("ML0400", Warning, "Ordinal used twice in the original", "原稿序號重複", [
            M("", "the original uses the ordinal {ordinal} a second time (first on line {line})", "原稿第二次使用序號 {ordinal}（第一次在第 {line} 行）", Renumbered, RenumberedZh)]),
        new("ML0401", Warning, "Ordinal skipped in the original", "原稿序號跳號", [
            M("", "the original skips {missing} before {ordinal}", "原稿在 {ordinal} 之前跳過 {missing}", Renumbered, RenumberedZh)]),
        new("ML0402", Warning, "Ordinal out of order in the original", "原稿序號順序錯亂", [
            M("", "the original has {ordinal} where {expected} was expected", "原稿在應為 {expected} 處寫了 {ordinal}")]),
        new("ML0403", Warning, "Weekday does not match the date in the original", "原稿星期與日期不符", [
            M("", "{date} is a {expected}, but the original says {written}", "{date} 是{expected}，原稿卻寫{written}", "the record keeps it as published, a '// minutes-disable-next-line ML0103' line above it; if the date is right, correct it to {fix} and delete that line",
                "紀錄照原稿保留，並在上一行加註「// minutes-disable-next-line ML0103」；日期若無誤，請改為{fix}，並刪除該行")]),
        new("ML0404", Warning, "Text kept verbatim", "原文照錄", [
            M("", "kept verbatim: {why}", "原文照錄：{why}", "review this text in the imported record", "請檢查匯入紀錄中的這段文字")]),
        new("ML0405", Warning, "Date of the original not understood", "原稿日期無法判讀", [
            M("", "cannot read a date in '{text}'", "無法從「{text}」讀出日期", "write the date as 114 年 3 月 7 日, 2025-03-07 or 114.3.7; check the imported record", "日期請寫成 114 年 3 月 7 日、2025-03-07 或 114.3.7；請檢查匯入的紀錄")]),
        new("ML0114", Error, "Part left to fill in", "待填部分", [
            M("", "待填：{name} — this part is for the writer to fill in", "待填：{name}，這部分須由撰寫人填寫", "replace '{{{{{name}}}}}' with the record's text", "請以紀錄內容取代「{{{{{name}}}}}」"),
            M("unclosed", "待填：{name} — this part is for the writer to fill in (the placeholder is not closed with '}}}}')", "待填：{name}，這部分須由撰寫人填寫（預留位置未以「}}}}」結束）",
                "write the record's text in place of the placeholder, up to the end of the line", "請以紀錄內容取代預留位置，直到行尾")]),
        new("ML0410", Error, "Not a document of its kind", "不是該類文件", [
            M("", "{why}", "無法讀取這份文件：{why}", "import a .docx or .odt saved by a word processor, or a plain text", "請匯入文書處理軟體存成的 .docx 或 .odt，或純文字檔"),
            M("hint", "{why}", "無法讀取這份文件：{why}", "{hint}", "{hint}")]),
        new("ML0411", Error, "Document nested too deep", "文件層次過深", [
            M("", "{why}", "文件層次過深：{why}", "no word processor nests a document this deep: it was refused unread", "沒有文書處理軟體會產生這麼深的層次：未讀取即拒收")]),
        new("ML0412", Error, "Number out of range in a document", "文件中的數值超出範圍", [
            M("", "{why}", "文件中的數值超出範圍：{why}", "save the document again from its word processor", "請以原文書處理軟體重新存檔")]),
        new("ML0413", Error, "Document too large unpacked", "文件解壓後過大", [
            M("", "{why}", "文件解壓後過大：{why}", "a record's document is a few hundred kilobytes: this one was refused unread", "一份會議紀錄的文件通常只有數百 KB：本文件未讀取即拒收")]),
        new("ML0414", Error, "Document produces too much text", "文件文字過多", [
            M("", "{why}", "文件文字過多：{why}", "split the document, or check that it is the one you meant", "請分割文件，或確認是否為要匯入的文件")]),
        new("ML0415", Warning, "Control character left out", "已略去控制字元", [
            M("", "left out {what}: check would reject it in the record (ML0030–ML0032)", "已略去{what}：留在紀錄中會被 check 拒收（ML0030–ML0032）",
                "nothing else of the line was changed; check the imported record where the original showed it", "該行其餘內容未更動；請對照原稿檢查匯入的紀錄")]),
        new("ML0030", Error, "Control character", "控制字元", [
            M("one", "control character {names} in the text: it does not print, and a terminal or editor may act on it", "內文有控制字元 {names}：它印不出來，終端機或編輯器卻可能執行它",
                "delete it, or write the character it stands for (a space, a line break)", "請刪除，或改寫成它所代表的字元（空格、換行）"),
            M("many", "{count} control characters ({names}) in the text: they do not print, and a terminal or editor may act on them", "內文有 {count} 個控制字元（{names}）：印不出來，終端機或編輯器卻可能執行它們",
                "delete it, or write the character it stands for (a space, a line break)", "請刪除，或改寫成它所代表的字元（空格、換行）")]),
        new("ML0031", Error, "Terminal escape sequence", "終端機控制序列", [
            M("", "terminal escape sequence '{shown}' in the text: shown in a terminal, it would recolour, move or rewrite what is displayed", "內文有終端機控制序列「{shown}」：在終端機顯示時會改變顏色、移動游標或改寫畫面",
                "delete the sequence; it is not part of the minutes' text", "請刪除；它不是會議紀錄的內容")]),
        new("ML0032", Error, "Bidirectional control character", "雙向控制字元", [
            M("", "bidirectional control character {name} in the text: it can make the text display other than it reads", "內文有雙向控制字元 {name}：會使文字顯示的順序與實際內容不同",
                "delete it; the minutes are written left to right", "請刪除；會議紀錄由左至右書寫")]),
        new("ML0310", Error, "Rendered output over the limit", "輸出超過上限", [
            M("", "the {format} output of this record would pass {limit} characters, the limit for a record of its size; nothing was written", "本紀錄的 {format} 輸出將超過 {limit} 字元，即這個篇幅的紀錄的上限；未寫出任何檔案",
                "a template that repeats its output without end: fix it; a record this large: split it into several records", "若是範本無止境地重複輸出，請修正範本；若紀錄確實這麼長，請分成數份紀錄")]),
        new("ML0311", Error, "Package part not well-formed XML", "文件部件不是格式正確的 XML", [
            M("", "the template wrote a {part} that is not well-formed XML ({reason}; line {line}, column {column} of the part); nothing was written", "範本寫出的 {part} 不是格式正確的 XML（{reason}；該部件第 {line} 行第 {column} 欄）；未寫出任何檔案",
                "escape record text with escape_xml and close every element the template opens", "請以 escape_xml 處理紀錄文字，並結束範本開啟的每個元素")]),
        new("ML0120", Error, "Required part missing", "缺必備部分", [
            M("time", "the record has no part '時間' (the date of the meeting); the series requires '{required}'", "紀錄缺「時間」（會議日期）；本系列必備「{required}」",
                "add '* 時間：○○○ 年 ○ 月 ○ 日（星期○）上午 ○ 時' {where} this line, with this meeting's date and time in place of each ○ (or change '必備' of @series in series.minutes)",
                "請在本行{where}加上「* 時間：○○○ 年 ○ 月 ○ 日（星期○）上午 ○ 時」，各 ○ 填入本次會議的日期與時間（或修改 series.minutes 中 @series 的「必備」）"),
            M("", "the record has no part '{name}'; the series requires '{required}'", "紀錄缺「{name}」；本系列必備「{required}」",
                "add '* {name}：…' {where} this line, with this meeting's own text in place of '…' (or change '必備' of @series in series.minutes)",
                "請在本行{where}加上「* {name}：…」，以本次會議的內容取代「…」（或修改 series.minutes 中 @series 的「必備」）")]),
        new("ML0254", Error, "Linked case given no event", "連結的案件未記載處理情形", [
            M("", "case '{id}' is linked here but given no event: it was open after {previous}, so {current} must say what became of it (missing: @列管, @常態, @提請解列, @解列 or @移轉)",
                "此處連結案件「{id}」，卻未記載處理情形：該案在 {previous} 會議後仍在列管，{current} 會議須載明後續（缺 @列管、@常態、@提請解列、@解列 或 @移轉）",
                "add '@列管 {id}' on the line below if it stays tracked (or '@解列 {id}' if it was delisted, '@提請解列 {id} 層級：…' if delisting is proposed)",
                "繼續列管者請在下一行加上「@列管 {id}」（已解列者寫「@解列 {id}」，提請解列者寫「@提請解列 {id} 層級：…」）")]),
        new("ML0015", Warning, "Marker without its space", "標記後缺空格", [
            M("", "'{marker}' is read as the {what} marker, but it has no space after it", "「{marker}」視為{what}標記，但後面沒有空格",
                @"write '{marker} ' (minutes fmt adds the space); to start a text line with '{marker}', write '\{marker}'", @"請寫成「{marker} 」（minutes fmt 會補上空格）；文字行要以「{marker}」開頭時，請寫「\{marker}」"),
            // issue h §4: '*2020年…' at the margin, the part marker glued to a figure (read as text, not as the marker)
            M("figure", "'{written}' at the left margin is read as text: the {what} marker '{marker}' is glued to the figure after it, with no space",
                "頂格的「{written}」視為文字：{what}標記「{marker}」與其後的數字相連，中間沒有空格",
                @"write '{marker} ' with a space to start a {what}; to start a text line with '{marker}', write '\{marker}'",
                @"要作為{what}，請寫成「{marker} 」（加一個空格）；文字行要以「{marker}」開頭時，請寫「\{marker}」")]),
        new("ML0016", Warning, "Full-width marker", "全形標記", [
            M("repaired", "the full-width '{written}' is read as the {what} marker '{marker}'", "全形的「{written}」視為{what}標記「{marker}」", "write '{marker}' (minutes fmt does)", "請改為「{marker}」（minutes fmt 會自動修正）"),
            M("", "the full-width '{written}' is read as the {what} marker '{marker}'", "全形的「{written}」視為{what}標記「{marker}」",
                @"write '{marker}' at the left margin, or '\{written}' to keep the character as text", @"請在行首頂格寫「{marker}」，或寫「\{written}」保留為文字")]),
        new("ML0017", Warning, "Full-width space after a marker", "標記後為全形空格", [
            M("", "a full-width space after '{marker}' is read as the space after the marker", "「{marker}」後的全形空格視為標記後的空格",
                "write '{marker} ' with an ASCII space (minutes fmt does)", "請改用半形空格寫成「{marker} 」（minutes fmt 會自動修正）")]),
        new("ML0018", Warning, "Full-width punctuation of the notation", "格式符號誤用全形", [
            M("", "'{written}' is not the notation's {what} and is printed as text", "「{written}」不是本格式的{what}，會照文字印出", "write '{meant}'", "請改為「{meant}」")]),
        new("ML0019", Warning, "Hand-typed ordinal", "手打序號", [
            M("part", "hand-typed ordinal '{ordinal}': the part marker '*' numbers this part {printed}", "手打序號「{ordinal}」：分項標記「*」已將本分項編為 {printed}", "delete '{ordinal}'", "請刪除「{ordinal}」"),
            M("part.text", "hand-typed ordinal '{ordinal}': write the part as '* …': it is numbered {printed}", "手打序號「{ordinal}」：請將分項寫成「* …」，系統會編為 {printed}", "write '* ' in place of '{ordinal}'", "請以「* 」取代「{ordinal}」"),
            M("item", "hand-typed ordinal '{ordinal}': the '-' marker already numbers this item {printed} (list level {depth})", "手打序號「{ordinal}」：「-」標記已將本項編為 {printed}（第 {depth} 層清單）",
                "delete '{ordinal}'", "請刪除「{ordinal}」"),
            M("item.style", "hand-typed ordinal '{ordinal}': the '-' marker already numbers this item {printed} (list level {depth})", "手打序號「{ordinal}」：「-」標記已將本項編為 {printed}（第 {depth} 層清單）",
                "delete '{ordinal}'; to number this list {style} instead, write '@list {style}' on the line before its first item", "請刪除「{ordinal}」；本清單若要改以 {style} 編號，請在第一項的上一行寫「@list {style}」"),
            M("text", "hand-typed ordinal '{ordinal}': write it as a list item '- …': the compiler numbers it {printed} (list level {depth})", "手打序號「{ordinal}」：請寫成清單項目「- …」，系統會編為 {printed}（第 {depth} 層清單）",
                "write '- ' in place of '{typed}'", "請以「- 」取代「{typed}」"),
            M("field", "hand-typed ordinal '{ordinal}': the value of '{label}：' is one paragraph, not a list; as a list item '- …' below the field, this line is numbered {printed} (list level {depth})",
                "手打序號「{ordinal}」：「{label}：」的內容是一段文字，不是清單；寫成欄位下方的清單項目「- …」，本行會編為 {printed}（第 {depth} 層清單）",
                "write '{label}：' alone on its line and '- ' in place of '{ordinal}' on the line below, indented under '{label}'", "請將「{label}：」單獨寫一行，在下一行以「- 」取代「{ordinal}」，並縮排於「{label}」之下")]),
        new("ML0117", Warning, "Misspelt field label", "欄位名稱誤植", [
            M("", "the label '{written}' is read as '{meant}', which it misspells", "欄位名稱「{written}」視為「{meant}」之誤", "write '{meant}'", "請改為「{meant}」")]),
        new("ML0118", Warning, "Misspelt directive name", "指令名稱誤植", [
            M("", "unknown directive '@{written}' is read as '@{meant}', which it misspells", "未知的指令「@{written}」視為「@{meant}」之誤", "write '@{meant}'", "請改為「@{meant}」")]),
        new("ML0130", Error, "Meeting number out of range", "會議次別超出範圍", [
            M("", "the meeting number in '{id}' is out of range: a meeting is numbered from 1 to {max}", "「{id}」的會議次別超出範圍：次別應為 1 至 {max}", "check the number of the meeting (第 N 次)", "請檢查會議次別（第 N 次）")]),
        new("ML0420", Warning, "No meeting number in the original", "原稿無會議次別", [
            M("", "no meeting number in the original: {what}", "原稿沒有會議次別：{what}",
                "write the meeting's number (第 N 次) in the title, or the @meeting id of the imported record by hand", "請在標題寫明會議次別（第 N 次），或自行填寫匯入紀錄的 @meeting 代號")]),
        new("ML0010", Warning, "Mixed indentation", "縮排混用", [
            M("", "this line is indented with {indent}, the other lines of this part with {others} (a tab counts 4 columns, a full-width space 2, a space 1: this line starts at column {column})",
                "本行以 {indent}縮排，本部分其他行則用{others}（定位字元算 4 欄、全形空格 2 欄、空格 1 欄：本行從第 {column} 欄開始）",
                "indent with spaces only, two per level; 'minutes fmt' rewrites the indentation", "請只用空格縮排，每層兩格；「minutes fmt」會重寫縮排")]),
        new("ML0011", Warning, "Nesting depends on the kind of space", "層次因空白種類而異", [
            M("", "this line is indented with {indent}, the other lines of this part with {others}; counting a tab as 4 columns and a full-width space as 2 (column {column}), {read}, but {otherwise}",
                "本行以 {indent}縮排，本部分其他行則用{others}；定位字元算 4 欄、全形空格算 2 欄時（第 {column} 欄），{read}，但{otherwise}",
                "indent it with the same spaces as the lines it stands beside; 'minutes fmt' leaves the file until the nesting is clear", "請與同層的行使用相同的空白縮排；層次不明確前，「minutes fmt」不會改動檔案"),
            M("stray", "this line is indented with {indent} only, unlike the other indented lines of the record: counting a tab as 4 columns and a full-width space as 2 (column {column}), this line belongs to line {parentLine}, but with the {space} counted as nothing (typed before a line at the left margin), it is {atMargin} at the top level",
                "本行只以 {indent}縮排，與紀錄中其他縮排的行不同：定位字元算 4 欄、全形空格算 2 欄時（第 {column} 欄），本行屬於第 {parentLine} 行；但若{space}不計（誤打在頂格的行前），本行是最上層的{atMargin}",
                "delete the {space} if the line stands at the left margin, or indent it with spaces, two per level, if it belongs to line {parentLine}; 'minutes fmt' leaves the file until the nesting is clear",
                "本行若應頂格，請刪除{space}；若屬於第 {parentLine} 行，請改用空格縮排，每層兩格；層次不明確前，「minutes fmt」不會改動檔案")]),
        new("ML0012", Warning, "Indentation jumps a level", "縮排跳層", [
            M("", "this line is indented {more} columns more than the line it belongs to, where one level is {step}; it is read as one level below that line", "本行比所屬的行多縮排 {more} 欄，而一層是 {step} 欄；視為該行的下一層",
                "indent it one level (two spaces) below the line it belongs to; 'minutes fmt' rewrites the indentation", "請縮排為所屬行的下一層（兩個空格）；「minutes fmt」會重寫縮排")]),
        new("ML0013", Warning, "Indentation between two levels", "縮排介於兩層之間", [
            M("", "this line is indented {width} columns: more than line {parentLine} ({parentWidth}) and less than line {siblingLine} ({siblingWidth}), between two levels; it is read as beside line {siblingLine}",
                "本行縮排 {width} 欄：多於第 {parentLine} 行（{parentWidth} 欄）而少於第 {siblingLine} 行（{siblingWidth} 欄），介於兩層之間；視為與第 {siblingLine} 行同層",
                "indent it like line {siblingLine} to stand beside it ('minutes fmt' does it), or like line {parentLine} to stand beside that", "請與第 {siblingLine} 行縮排相同以與其同層（「minutes fmt」會自動修正），或與第 {parentLine} 行相同以與該行同層")]),
        new("ML0014", Warning, "List at the field's own indentation", "清單與欄位縮排相同", [
            M("", "list items at the indentation of '{label}：', whose value is empty: they are read as the list of '{label}'", "清單項目與內容空白的「{label}：」縮排相同：視為「{label}」的清單",
                "indent the items below '{label}：'; 'minutes fmt' does it", "請將各項縮排於「{label}：」之下；「minutes fmt」會自動修正")]),
        new("ML0115", Warning, "Continuation line at the marker's column", "接續行與標記同欄", [
            M("", "this line is at the column of the {what} above and continues its text (no blank line between): it is joined to it", "本行與上方的{what}同欄且緊接其後（中間沒有空行）：視為其文字的延續而接在一起",
                "indent it under the text it continues ('minutes fmt' does it), or leave a blank line before it to start a paragraph", "請縮排於所延續的文字之下（「minutes fmt」會自動修正），或在前面空一行另起一段")]),
        new("ML0116", Warning, "Line break that breaks nothing", "行尾換行符號無作用", [
            M("", @"'\' at the end of a line breaks the line only inside a paragraph, before another of its lines; here ({where}) it breaks nothing and is printed as written", @"行尾的「\」只在段落之中、同段下一行之前才是換行；此處（{where}）不換行，照原樣印出",
                @"remove the '\', or write '\\' for a backslash at the end of a line", @"請刪除「\」；行尾要印出反斜線時請寫「\\」")]),
        new("ML0119", Warning, "Field label near two known labels", "欄位名稱近似兩個以上的名稱", [
            M("", "the label '{written}' is one character from {names}, so it is read as none of them: the field keeps the label '{written}'", "欄位名稱「{written}」與{names}都只差一個字，因此不視為其中任何一個：保留原欄位名稱「{written}」",
                "write the one you mean: {choices}", "請寫出所指的名稱：{choices}")]),
        new("ML0131", Error, "Unreadable numbering declaration", "無法判讀的編號宣告", [
            M("numbering", "'{field}：{value}' is not a numbering", "「{field}：{value}」不是編號方式", "{hint}", "{hint}"),
            M("extra", "'{field}：{value}' does not say how 臨時會 are numbered", "「{field}：{value}」未說明臨時會如何編號", "{hint}", "{hint}"),
            M("placeholder", "'{{{name}}}' in {field} is not a number of the meeting", "{field}中的「{{{name}}}」不是會議的編號", "write {{年}}, {{屆}}, {{會期}} or {{次}} where the number stands", "請在編號處寫 {{年}}、{{屆}}、{{會期}} 或 {{次}}"),
            M("placeholder.numbering", "'{{{name}}}' in {field} is not a number of meetings numbered {numbering}", "{field}中的「{{{name}}}」不是{numbering}會議的編號", "write {choices} where the number stands", "請在編號處寫 {choices}"),
            M("no-number", "{field} '{form}' does not show the meeting's number", "{field}「{form}」未標出會議次別", "write {{次}} where the number stands: …第{{次}}次會議紀錄", "請在次別處寫 {{次}}：…第{{次}}次會議紀錄")]),
        new("ML0132", Error, "Meeting id outside the numbering of the series", "會議代號不符系列的編號方式", [
            M("extra", "'@meeting {id}' is a 臨時會 id, but {wrong} (series.minutes:{line})", "「@meeting {id}」是臨時會代號，但{wrong}（series.minutes:{line}）", "{example}", "{example}"),
            M("", "the series numbers its meetings {numbering} (series.minutes:{line}); '{id}' is numbered {idNumbering}", "本系列的會議採{numbering}（series.minutes:{line}）；「{id}」卻是{idNumbering}", "{example}", "{example}")]),
        new("ML0133", Warning, "Meeting without a number", "會議未編次別", [
            M("", "'@meeting 無': the record holds no meeting number and no date; it is valid, but left out of the order of the series (gaps, carry-over, the register)", "「@meeting 無」：本紀錄沒有會議次別也沒有日期；可以通過檢查，但不列入系列的順序（缺漏、跨次列管、列管表）",
                "write the meeting's id when it is known: '@meeting 114-1', '@meeting 560', '@meeting 11-2-5' or its date '@meeting 2025-03-07'", "知道會議代號時請寫上：「@meeting 114-1」、「@meeting 560」、「@meeting 11-2-5」或日期「@meeting 2025-03-07」")]),
        new("ML0234", Warning, "Title not in the form of the series", "標題不符系列的題名格式", [
            M("", "the title is not in the form the series declares (題名：{form})", "標題不符本系列宣告的格式（題名：{form}）", "write the title in the declared form, or correct 題名 in series.minutes", "請依宣告的格式書寫標題，或更正 series.minutes 的題名"),
            M("composed", "the title is not in the form the series declares (題名：{form})", "標題不符本系列宣告的格式（題名：{form}）", "write '# {composed}', or correct 題名 in series.minutes", "請寫成「# {composed}」，或更正 series.minutes 的題名")]),
        new("ML0321", Error, "Page-number form without the page's number", "頁碼格式缺頁次", [
            M("empty", "the page-number form is empty: no page would carry its number", "頁碼格式是空的：各頁都不會印出頁次",
                "write N where the page's number goes and M for the number of pages, as 第 N 頁，共 M 頁 (the default) or - N -", "請在頁次處寫 N、總頁數處寫 M，例如「第 N 頁，共 M 頁」（預設）或「- N -」"),
            M("", "the page-number form '{form}' has no N: no page would carry its own number", "頁碼格式「{form}」沒有 N：各頁都不會印出自己的頁次",
                "write N where the page's number goes and M for the number of pages, as 第 N 頁，共 M 頁 (the default) or - N -", "請在頁次處寫 N、總頁數處寫 M，例如「第 N 頁，共 M 頁」（預設）或「- N -」")]),
        new("ML0322", Error, "Page number written twice in the form", "頁碼格式重複", [
            M("N", "the page-number form '{form}' has N {count} times: the page's number is printed once", "頁碼格式「{form}」有 {count} 個 N：頁次只印一次",
                "keep one N and at most one M; a capital N or M that is part of a word (No., Page) is text, not a number", "請保留一個 N，M 至多一個；屬於單字一部分的大寫 N 或 M（如 No.、Page）是文字，不是數字"),
            M("M", "the page-number form '{form}' has M {count} times: the number of pages is printed once", "頁碼格式「{form}」有 {count} 個 M：總頁數只印一次",
                "keep one N and at most one M; a capital N or M that is part of a word (No., Page) is text, not a number", "請保留一個 N，M 至多一個；屬於單字一部分的大寫 N 或 M（如 No.、Page）是文字，不是數字")]),
        new("ML0323", Error, "Page-number form longer than a footer line", "頁碼格式超過頁尾一行", [
            M("", "the page-number form '{form}' is {ems} characters wide, more than the {limit} of a footer line: it would wrap under the page", "頁碼格式「{form}」寬 {ems} 字，超過頁尾一行的 {limit} 字：會在頁面下方折行",
                "shorten it, as 第 N 頁，共 M 頁 or - N -", "請縮短，例如「第 N 頁，共 M 頁」或「- N -」")]),
        new("ML0033", Warning, "Invisible character", "隱形字元", [
            M("one", "invisible character {names} in the text: it does not show, so two words that look alike can differ by it (a label, a case id, a title)", "內文有隱形字元 {names}：看不見，卻會使看似相同的兩個詞（欄位名稱、案件代號、標題）其實不同",
                "delete it (fmt leaves it, since it is not white space)", "請刪除（它不是空白，fmt 不會處理）"),
            M("many", "{count} invisible characters ({names}) in the text: they do not show, so two words that look alike can differ by them (a label, a case id, a title)", "內文有 {count} 個隱形字元（{names}）：看不見，卻會使看似相同的兩個詞（欄位名稱、案件代號、標題）其實不同",
                "delete it (fmt leaves it, since it is not white space)", "請刪除（它不是空白，fmt 不會處理）")]),
        new("ML0421", Warning, "Page number or running header left out", "已略去頁碼或頁首", [
            M("header", "left out '{text}': a running header, repeated at the top of a page, not a part of the minutes", "已略去「{text}」：這是每頁頂端重複的頁首，不屬於會議紀錄",
                "the imported record keeps it as a // comment; nothing else of the page was changed", "匯入的紀錄以 // 註解保留；該頁其餘內容未更動"),
            M("", "left out '{text}': a page number or footer, not a part of the minutes", "已略去「{text}」：這是頁碼或頁尾，不屬於會議紀錄",
                "the imported record keeps it as a // comment; nothing else of the page was changed", "匯入的紀錄以 // 註解保留；該頁其餘內容未更動")]),
        new("ML0422", Warning, "Label without a colon in the original", "原稿欄位名稱缺冒號", [
            M("", "the label {label} has no colon in the original: it is read as the field {label}, printed without a colon as the original prints it ('@無冒號 {label}')",
                "原稿的「{label}」後面沒有冒號：視為欄位「{label}」，並照原稿不加冒號印出（「@無冒號 {label}」）",
                "if the line is text, not the field {label}, write it in the record as text without the colon and take {label} out of '@無冒號'",
                "該行若是內文而非欄位「{label}」，請在紀錄中寫成不加冒號的內文，並將「{label}」自「@無冒號」中刪除")]),
        // ML0121–ML0123: writer's mistakes still silent after issue 11 (issue i11b)
        new("ML0121", Warning, "Meridiem contradicts the hour", "上下午與鐘點矛盾", [
            M("", "'{written}': {meridiem} does not go with the hour {hour}, so the time reads as either {twelve} or {twentyFour}; neither is assumed (the closing time is not compared with it)",
                "「{written}」：{meridiem}與 {hour} 時不合，可讀作 {twelve} 或 {twentyFour}；兩者都不採用（也不與散會時間比較）",
                "write the one you mean: '{twelve}' or '{twentyFour}'", "請寫出所指的時間：「{twelve}」或「{twentyFour}」")]),
        new("ML0122", Warning, "Part written twice", "部分重複", [
            M("", "the part '{name}' is written a second time; a record has one {name}, and the first one above reads '{first}'", "「{name}」寫了第二次；一份紀錄只有一個{name}，上方第一個寫的是「{first}」",
                "keep one of them: merge this line into the first '{name}' above, or delete the one that is wrong", "請只保留一個：將本行併入上方第一個「{name}」，或刪除錯誤的那一個")]),
        new("ML0123", Warning, "List item at the margin after a part's list", "部分清單後的項目頂格書寫", [
            M("", "this item is at the margin, outside the part '{part}' above; it is printed as a list of its own, numbered from 一、 again", "本項目頂格書寫，不屬於上方的「{part}」；會印成另一份清單，從「一、」重新編號",
                "indent it to continue that part's list (minutes fmt does not move it)", "請縮排以接續該部分的清單（minutes fmt 不會移動它）")]),
        // ML0124: values of dates and times (issue 12 §2, issue i12v)
        new("ML0124", Warning, "Text of a date or time value not read", "日期時間有未判讀的文字", [
            M("", "'{unread}' is not read as part of the date and time: the value reads as {read}, and the rest is printed as written but not understood",
                "「{unread}」未判讀為日期時間的一部分：此值讀作 {read}，其餘文字照原樣印出，但不予解讀",
                "write the time in a form the value grammar reads (上午 10 時, 14:30, 下午2時至4時, 19:00-21:00), or move the other words to a line of their own",
                "請以可判讀的格式書寫時間（上午 10 時、14:30、下午2時至4時、19:00-21:00），或將其他文字移到另一行")]),
        // ML0423–ML0429: how an imported record keeps its original's layout (issue 12 §4, §5; Semantics/RecordLayout)
        new("ML0423", Warning, "Layout directive that changes nothing", "版面指令未改變任何內容", [
            M("label", "'@{name}' names {label}, but no field of the record has that label", "「@{name}」列了「{label}」，但紀錄沒有這個欄位",
                "remove {label} from the directive, or write the field '{label}：…' it is meant for", "請將「{label}」自指令中刪除，或寫出它所指的欄位「{label}：…」"),
            M("no-part", "'@{name}' prints the recorder beside the chair, but the record has no part {label}", "「@{name}」將紀錄與主席印在同一行，但紀錄沒有「{label}」",
                "remove the directive, or write the chair (* 主席：…) and the recorder (紀錄：…) at the left margin", "請刪除此指令，或在行首頂格寫出主席（* 主席：…）與紀錄（紀錄：…）"),
            M("between", "'@{name}' prints the recorder beside the chair, but the record has other parts between them", "「@{name}」將紀錄與主席印在同一行，但兩者之間還有其他部分",
                "write 紀錄：… right after (or right before) the part 主席, or remove the directive", "請將「紀錄：…」緊接寫在「主席」之後（或之前），或刪除此指令"),
            M("lines-below", "'@{name}' prints the recorder beside the chair, but the second of them has lines below it, which would not be printed", "「@{name}」將紀錄與主席印在同一行，但後者下方還有內容，將無法印出",
                "remove the directive, or move the lines below the part to another part", "請刪除此指令，或將該部分下方的內容移到其他部分")]),
        // ML0235: two records of a series with one meeting id (issue 12 §1, §3 point 7; Validation/Rules/DuplicateMeetingRule)
        new("ML0235", Error, "Meeting id used by two records", "兩份紀錄使用同一會議代號", [
            M("", "'@meeting {id}' is also the id of {other}: two records of the series cannot be one meeting", "「@meeting {id}」也是 {other} 的代號：同一系列的兩份紀錄不能是同一次會議",
                "correct the id of one of them (the next number of the series, or a 臨時會), or remove the copy", "請更正其中一份的代號（系列的下一個次別，或臨時會），或刪除重複的那一份")]),
        // ML0020–ML0029: lines a writer's editor (or an Enter mid-sentence) broke (issue «No writer's mistake passes silently»)
        new("ML0020", Warning, "Line wrapped back to the margin", "折行回到行首", [
            M("", "this line at the left margin comes right after the {what} '{above}' with no blank line between, but a line at the margin never continues it: it is printed as a paragraph of its own, apart from the {what} (and a list going on after it is numbered again)",
                "本行頂格書寫，緊接在{what}「{above}」之後（中間沒有空行），但頂格的行不會接續前文：它會另印成一段，與該{what}分開（其後繼續的清單也會重新編號）",
                "indent it under the text above to continue the {what}, or leave a blank line before it to start a paragraph",
                "要接續上方的{what}，請縮排於其文字之下；要另起一段，請在前面空一行")]),
        // ML0255: a case established twice (issue g §2; Validation/Rules/CaseRules.cs)
        new("ML0255", Error, "Case established while open", "案件列管中又成案", [
            M("", "case '{id}' is established again, but it is {state} since {enteredAt}: its register would show two 成案",
                "案件「{id}」再次成案，但該案自 {enteredAt} 會議起{state}：案件紀錄將出現兩次成案",
                "write '@列管 {id}' if the meeting only reported on it, or remove this '@成案 {id}'; a case is established again only after '@解列 {id}'",
                "若本次會議只是報告該案，請改寫「@列管 {id}」，或刪除此「@成案 {id}」；案件須先「@解列 {id}」才能重新成案")]),
        // ML0424: Markdown minutes refused by import (issue g §3; Import/MarkdownInput.cs)
        new("ML0424", Error, "Markdown input not read", "不讀取 Markdown 格式", [
            M("", "line {line}, column {column}: '{mark}' marks {what} in Markdown; import reads printed minutes (plain text, .docx, .odt), and would keep the marks and lose the structure: nothing was written",
                "第 {line} 行第 {column} 欄：「{mark}」是 Markdown 的{what}標記；import 讀取的是印出的會議紀錄（純文字、.docx、.odt），讀入 Markdown 會保留標記並弄亂層次：未寫出任何檔案",
                "export the minutes as a .docx (or as plain text without the marks #, ** and indented lists) and import that",
                "請將紀錄轉存為 .docx（或不含 #、** 與縮排清單的純文字）後再匯入")]),
        // ML0425–ML0429: what import reads of another body's layout, and what it cannot decide (issue h; Import/)
        new("ML0425", Warning, "Decision not attributed to a case", "決議未能歸屬案件", [
            M("", "'{verb}' in {where} is not given to a case: {why}; no event was written",
                "{where}中的「{verb}」未能歸屬任何案件：{why}；未寫入案件事件",
                "if the decision is about a case, write its event directive under it (a '// ' line in the record marks the place), e.g. '@解列 ID'",
                "若決議涉及某一案件，請在其下寫入案件事件指令（紀錄中以「// 」註解標出位置），例如「@解列 ID」")]),
        // ML0435: a .minutes file under a folder that cannot be read (issue 16 point 5; MinutesLang.Cli/Inputs.cs)
        new("ML0435", Error, "File in the folder cannot be read", "資料夾中的檔案無法讀取", [
            M("", "{path} cannot be read ({why}): it was skipped, and the other files of the folder were read",
                "{path} 無法讀取（{why}）：已略過，資料夾中其餘的檔案照常讀取",
                "repair or remove the link, or give the file read permission", "請修復或刪除該連結，或開放檔案的讀取權限")]),
    ];

    private static readonly Dictionary<string, Entry> ByCode = All.ToDictionary(e => e.Code);

    public static Entry Get(string code) => ByCode[code];

    public static bool TryGet(string code, out Entry? entry) => ByCode.TryGetValue(code, out entry);
}
