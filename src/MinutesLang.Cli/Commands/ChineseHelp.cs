using MinutesLang.Localization;

namespace MinutesLang.Cli.Commands;

// The help of render, import, fmt, new and hook in zh-TW (issue 15): the same usage line, options and exit codes as the
// English help of each command (ChineseHelpTests holds them to it), written as a secretary reads them. The English help
// stays in the command's own file; check, cases and explain keep both there.

/// <summary><c>minutes render</c>: its help in zh-TW.</summary>
public sealed partial class RenderCommand
{
    /// <summary>The help in <paramref name="language"/> (issue 15).</summary>
    public string HelpIn(Language language) => language == Language.ZhTw ? HelpZh : Help;

    private const string HelpZh = """
        用法：minutes render 檔案|資料夾 --to 格式[,格式…] [-o 輸出] [--force] [--template-dir 資料夾]

        依公文格式（壹、貳、… 案由一、… 一、(一)、1.、(1)）產出紀錄，使用 minutes 內建的
        Scriban 範本 templates/<格式>/。有錯誤的紀錄不產出：列出其錯誤，結束代碼為 1
        （其他紀錄照常產出）。

        檔案      一份紀錄：寫到標準輸出，或寫入「輸出」
        資料夾    其下每一份紀錄：每份紀錄一個檔案，輸出/<紀錄>.<格式>
                  （子資料夾中的紀錄寫入「輸出」中同名的子資料夾）
                  （資料夾中只有一份紀錄時，才可寫到標準輸出）

        格式（txt|md|html|pdf|docx|odt；以逗號分隔可一次產出多種，各寫成 輸出/<紀錄>.<格式>）：
          txt     公文純文字版面
          md      Markdown（GitHub）
          html    單一、可直接列印的 A4 網頁（僅用 CSS，不含程式碼）
          pdf     以無介面的 Chromium 列印上述 html（$MINUTES_CHROMIUM、PATH 中的 chromium
                  或 /usr/bin/chromium；Debian：apt-get install chromium）
          docx    Word 文件（WordprocessingML）
          odt     OpenDocument 文字文件（ODF 1.2）

        選項：
          --to 格式            輸出格式，可列多種：--to md,html,docx（必填）
          -o, --output 輸出    寫入的檔案（檔案）或資料夾（資料夾）；檔案以不中斷的方式整檔取代
          --force              取代 -o 所指的會議紀錄原始檔（*.minutes、minutesconfig.json）
          --template-dir 資料夾
                               依檔名取代預設範本：資料夾/<格式>/檔名 或 資料夾/檔名
                               （record.scriban；docx 與 odt 每個封裝部分各一個；pdf 使用
                               html 的範本）。範本中的錯誤為 ML0300。

        pdf、docx 與 odt 為二進位檔：請加 -o，或將標準輸出導向檔案。
        在終端機上，處理資料夾超過一秒時，於標準錯誤輸出顯示進度；--verbose 列出寫入的每個檔案。

        輸出不得為輸入：-o 指向所讀的紀錄或 series.minutes（即使路徑寫法不同、經由符號連結或
        硬連結）時拒絕執行，不寫入任何檔案。未讀取的會議紀錄原始檔（其他紀錄、series.minutes、
        minutesconfig.json，或連結至這些檔案的符號連結）亦不取代，除非加上 --force。

        結束代碼：0 已產出，1 有紀錄（或範本）有錯誤而未產出，
        2 用法或讀寫問題（pdf 找不到 Chromium、輸出無法寫入、輸出即輸入）。
        """;
}

/// <summary><c>minutes import</c>: its help in zh-TW.</summary>
public sealed partial class ImportCommand
{
    /// <summary>The help in <paramref name="language"/> (issue 15).</summary>
    public string HelpIn(Language language) => language == Language.ZhTw ? HelpZh : Help;

    private static string HelpZh => $"""
        用法：minutes import 檔案… [-o 資料夾] [--series 資料夾] [--force] [--format human|msbuild]

        讀取公文格式的既有會議紀錄（直接打字的純文字、以「pdftotext -layout」自 PDF 轉出的文字、
        .docx、.odt），每次會議寫成一份 .minutes 紀錄，存入資料夾（預設：目前資料夾），
        以會議編號命名：114-1.minutes。一份文字含多次會議時，分別寫成各自的檔案。
        原文一字不漏：無法判讀的部分照原文保留，並以警告指出位置。

        原文的瑕疵以輸入檔的行與欄指出：序號重複、跳號或次序錯亂（ML0400–ML0402）、
        星期與日期不符（ML0403）、照原文保留的文字（ML0404）、無法判讀的日期（ML0405）。
        DOCX 與 ODT 的「行」為段落（表格的一列算一段）。

        不會在未告知下覆寫檔案：要寫入的檔案已存在時，不寫入任何檔案並以失敗結束（結束代碼 2），
        除非加上 --force。檔案以不中斷的方式寫入（先寫暫存檔，再更名取代）。

        選項：
          -o, --output 資料夾  寫入的資料夾（不存在時自動建立）
          --series 資料夾      將「…」中提到的案件對應到 資料夾/series.minutes 宣告的案件（模糊比對）；
                               未宣告的案件寫成 @case 宣告的建議，存於輸出資料夾的 {ProposalsFile}，
                               請審閱後移入 series.minutes；內文所述各案件的處理（持續列管、
                               提請…解除列管、同意解列、同意成案 …）寫成事件指令（@列管、@提請解列 …），
                               依系列次序接在該資料夾既有紀錄之後
          --force              取代已存在的檔案
          --format human       列出原文該行，並在每項發現下以 ^ 標出位置（預設）
          --format msbuild     路徑(行,欄): warning ML0400: 訊息

        .docx 或 .odt 必須確為該類文件，且在限度內讀取（巢狀深度、數量與重複次數、解壓後大小、
        產生的字元數；見 docs/IMPORT.md）：空檔、亂碼、損壞的 zip 或超過限度的文件，以
        ML0410–ML0414 及其部分與位置拒絕，不寫入任何檔案（結束代碼 2）。

        結束代碼：0 已匯入（警告列印在標準錯誤輸出），1 --series 指定的系列宣告有錯誤，
        2 用法或讀寫問題，或文件遭拒（未寫入任何檔案）。
        """;
}

/// <summary><c>minutes fmt</c>: its help in zh-TW.</summary>
public sealed partial class FmtCommand
{
    /// <summary>The help in <paramref name="language"/> (issue 15).</summary>
    public string HelpIn(Language language) => language == Language.ZhTw ? HelpZh : Help;

    private const string HelpZh = """
        用法：minutes fmt 路徑… [--check]

        將紀錄（.minutes 檔，或資料夾下所有 .minutes 檔，含 series.minutes；其他檔案不處理）
        改寫為 grammar/GUIDE.md §8 的標準版面：每層縮排兩個空格；「*」「-」「#」與指令名稱後
        一個空格；「欄位：內容」用全形冒號，前後不留空格；表格列寫作「| a | b |」；行尾不留空格；
        空行至多連續一行；換行用 LF，檔尾有換行（保留位元組順序標記）。一字不改：重排後的檔案
        意義與原檔相同，再重排一次不會再變。

        檔案以不中斷的方式整檔取代（先寫暫存檔，沿用原檔的權限與擁有者，再更名取代）；已是標準
        版面的檔案不動，唯讀檔案拒絕處理。符號連結照連結寫入（重排其目標，連結保留）；有多個
        硬連結的檔案拒絕處理（更名會使其分離），結束代碼 2。中斷的執行在檔案旁留下的暫存檔
        （已結束之程序的 .檔名.PID.tmp）會刪除並列出。每改寫一個檔案列出一行「已重排 路徑」；
        所有檔案都已是標準版面時不輸出。

        改為標準版面會產生原檔沒有的語法錯誤時，不重排該檔案：刪去空格會提高控制字元的比例，
        使檔案被視為二進位檔（ML0007）。列出該檔案，結束代碼為 1。

        有語法錯誤的檔案（ML0001–ML0009：版面只能用猜的；含繫結時才發現的 ML0008：縮排在標題、
        @meeting 或其他指令之下的行，該行無法容納它，重排也只會留在原處），或縮排無法判讀層次者（ML0011：層次
        取決於定位字元或全形空格的寬度），完全不動；其診斷列印在標準錯誤輸出，結束代碼為 1。
        可判讀的縮排依所讀層次調整：空格種類混用（ML0010）、跳層（ML0012）、介於兩層之間的行
        （ML0013）、與欄位同一縮排的清單（ML0014）、與項目符號同欄的續行（ML0115）。
        語意錯誤（ML01xx 以後）不影響 fmt：由「minutes check」列出。

        選項：
          --check    不改動檔案：未重排的檔案各列出「路徑 須重排」與 unified diff 差異，
                     有任何一個時結束代碼為 1

        結束代碼：0 已重排（或無須重排），1 --check 發現須重排的檔案，或檔案有語法錯誤，
        2 用法或讀寫問題。
        """;
}

/// <summary><c>minutes new</c>: its help in zh-TW.</summary>
public sealed partial class NewCommand
{
    /// <summary>The help in <paramref name="language"/> (issue 15).</summary>
    public string HelpIn(Language language) => language == Language.ZhTw ? HelpZh : Help;

    private const string HelpZh = """
        用法：minutes new 系列資料夾 [--date 日期] [--extra] [--session 屆-會期] [-o 檔案] [--force]

        撰寫系列資料夾（series.minutes 所在的資料夾）中系列的下一份紀錄：依系列宣告的編號方式
        （@series 的「編號」：依民國年度，新年度的會議為第 1 次；連續編號；屆/會期/次）定出下一個
        @meeting 編號，未宣告時依最後一份紀錄的編號；標題依 @series 的「題名」，未宣告時仿最後
        一份紀錄，換上新年度與「第 N 次」；日期及其星期；@rotation 所定本季與下一季的輪值主辦；
        以及最後一份紀錄後仍列管的每一案（列管中、提請…解列），列於歷次會議決議事項辦理情形之下，
        附上延續其狀態的事件（@列管、@提請解列）與上次會議時的狀態。

        只有撰寫人才能填寫的部分（時間、主席、出席人員、各案的報告與決議、散會時間 …）以
        待填處 {{…}} 標示：「minutes check」將每一處列為錯誤 ML0114「待填：出席人員」，直到填妥為止。
        仍含待填處的紀錄（草稿）不算作最後一份紀錄。

        列出寫入的路徑；待填的部分列在標準錯誤輸出。

        選項：
          --date 日期      會議日期：2025-06-06、114-06-06 或 114 年 6 月 6 日（預設：今天）；
                           星期自動算出
          --extra          臨時會：系列臨時會的下一個編號（臨1、114-臨1、11-2-臨1），
                           臨時會不編號者（臨時會：不編號）以日期命名
          --session T-S    屆/會期/次：本次會議為第 T 屆第 S 會期的開始（第 1 次）；只寫 S 時
                           沿用最後一份紀錄的屆；不加此選項時延續最後的會期
          -o, --output     寫入的檔案（預設：系列資料夾/<編號>.minutes，與系列的紀錄同樣命名）；
                           指定資料夾時以預設檔名寫入其中
          --force          檔案已存在時取代之

        結束代碼：0 已寫入，2 用法或讀寫問題（未寫入任何檔案）。
        """;
}

/// <summary><c>minutes hook</c>: its help in zh-TW.</summary>
public sealed partial class HookCommand
{
    /// <summary>The help in <paramref name="language"/> (issue 15).</summary>
    public string HelpIn(Language language) => language == Language.ZhTw ? HelpZh : Help;

    private const string HelpZh = """
        用法：minutes hook install [--force] [--command 指令]

        在目前資料夾所屬的 git 儲存庫寫入 pre-commit hook（寫在 git 存放 hook 之處：.git/hooks
        或 core.hooksPath）。每次「git commit」時，hook 執行「minutes check --staged --quiet」：
        檢查的是 git 索引中即將提交的紀錄，而非工作目錄中的檔案，故未暫存（stage）的修正不算數。
        有錯誤時拒絕提交；警告與資訊不影響提交。要略過一次，請用「git commit --no-verify」。

        使用 pre-commit 框架（pre-commit.com）的專案，請改為加入本儲存庫，使用 hook 代號
        minutes-check 與 minutes-fmt（見 .pre-commit-hooks.yaml）。

        選項：
          --command 指令  hook 啟動 minutes 的方式（預設：目前執行的程式，寫出完整路徑，例如
                          /home/me/.dotnet/tools/minutes；寫「minutes」則用提交當時 PATH 中的 minutes）
          --force         取代不是由 minutes 寫入的 pre-commit hook；原檔保留在旁，
                          名為 pre-commit.before-minutes

        結束代碼：0 已寫入，2 不在 git 儲存庫中、已有他人的 hook 而未加 --force，或讀寫問題。
        """;
}
