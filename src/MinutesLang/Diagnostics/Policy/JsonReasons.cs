namespace MinutesLang.Diagnostics.Policy;

/// <summary>
/// The zh-TW reading of System.Text.Json's refusals of a <c>minutesconfig.json</c> (ML0500, issue 15): .NET says them
/// in English only (<c>Utf8JsonReader</c>'s resource strings, the same on the JIT build and the native binary), and a
/// writer who reads Chinese must learn what is wrong with the file. In: the reader's sentence without its position
/// (<c>'x' is an invalid start of a value</c>); out: the same fault in zh-TW, the character the reader names kept in
/// 「」. A sentence not in the table (a refusal a hand-written file does not meet) is said as a JSON syntax error with
/// the reader's words in brackets, as <c>CliText.Io</c> says the system's I/O failures.
/// </summary>
public static class JsonReasons
{
    // (what follows "'x' " in the reader's sentence, or its start when it names no character; the zh-TW text, {0} the character)
    private static readonly (string En, string ZhTw)[] WithCharacter =
    [
        ("is an invalid start of a value", "「{0}」不能作為值的開頭"),
        ("is invalid after a value", "值之後不能接「{0}」，應為「,」「}}」或「]」"),
        ("is invalid after a single JSON value", "整份設定已在前面結束，其後不能再有「{0}」"),
        ("is invalid after a property name", "設定名稱之後應為「:」，不能是「{0}」"),
        ("is an invalid start of a property name", "設定名稱應以「\"」開頭，不能是「{0}」"),
        ("is an invalid JSON literal", "「{0}」開頭的字不是 JSON 的 true、false 或 null"),
        ("is invalid within a JSON string", "字串中不能直接寫「{0}」，須以「\\」跳脫"),
        ("is an invalid escapable character within a JSON string", "「\\{0}」不是有效的跳脫寫法"),
        ("is not a hex digit following", "「\\u」之後的「{0}」不是十六進位數字"),
        ("is an invalid end of a number", "數字不能接「{0}」"),
        ("is invalid within a number", "數字中不能有「{0}」"),
        ("is invalid without a matching open", "「{0}」沒有對應的開頭括號"),
        ("is an invalid token type for the end of the JSON payload", "設定在「{0}」處未完整結束"),
    ];

    private static readonly (string En, string ZhTw)[] WithoutCharacter =
    [
        ("Expected depth to be zero", "有物件或陣列沒有關閉（缺少「}」或「]」）"),
        ("Expected end of string", "字串沒有結束（缺少結尾的「\"」）"),
        ("Expected end of comment", "註解沒有結束（缺少「*/」）"),
        ("Expected a value", "檔案在應有值之處就結束了"),
        ("Expected start of a property name or value", "檔案在應有設定名稱或值之處就結束了"),
        ("Expected a digit", "數字沒有寫完"),
        ("The JSON array contains a trailing comma", "陣列最後一項之後多了逗號"),
        ("The JSON object contains a trailing comma", "物件最後一項之後多了逗號"),
        ("The input does not contain any JSON tokens", "檔案中沒有 JSON 內容"),
        ("The maximum configured depth", "物件或陣列的層數過多"),
    ];

    /// <summary>
    /// <paramref name="en"/>, a refusal of <c>Utf8JsonReader</c> without its position, in zh-TW: from the table of this
    /// class when it is one of its forms, else 「JSON 語法錯誤（<paramref name="en"/>）」.
    /// </summary>
    public static string ZhTw(string en)
    {
        // "'x' is …": the character may itself be a quote ("''' is …") or several characters for a literal ("'tru' is …")
        if (en.Length > 2 && en[0] == '\'')
        {
            int close = en.IndexOf("' ", 2, StringComparison.Ordinal);
            if (close > 0)
            {
                string character = en[1..close];
                string rest = en[(close + 2)..];
                // a byte the reader cannot show as a character ('0xEF': the first byte of a full-width or Chinese
                // character, as an IME types ［ or ：) is named as what it most likely is
                bool isByte = character.StartsWith("0x", StringComparison.Ordinal);
                foreach (var (form, zh) in WithCharacter)
                {
                    if (!rest.StartsWith(form, StringComparison.Ordinal)) continue;
                    return isByte
                        ? string.Format(System.Globalization.CultureInfo.InvariantCulture, zh.Replace("「{0}」", "全形或中文字元（位元組 {0}）", StringComparison.Ordinal), character)
                        : string.Format(System.Globalization.CultureInfo.InvariantCulture, zh, character);
                }
            }
        }

        foreach (var (form, zh) in WithoutCharacter)
        {
            if (en.StartsWith(form, StringComparison.Ordinal)) return zh;
        }

        return $"JSON 語法錯誤（{en}）";
    }
}
