namespace MinutesLang.Tests;

/// <summary>
/// The detector of English left in zh-TW texts (<see cref="EnglishDetector"/>) can fail and does not cry wolf: it catches
/// an English sentence in what a command says and in a page's prose (the kinds each of its four former copies caught),
/// and lets pass code, paths, file names, codes, code points, options, quotations, link targets and names of fonts,
/// formats and tools in Chinese text.
/// </summary>
public sealed class EnglishDetectorTests
{
    [Theory]
    // what a command says (ChineseCliTests)
    [InlineData("minutes: 114-1.minutes：找不到這個檔案; use --force to replace", "use to replace")]
    [InlineData("minutes: 已寫入 /tmp/x.minutes (12 bytes)", "bytes")]
    [InlineData("the original prints 星期四 for 2024-05-02", "the original prints for")]
    [InlineData("# minutes pre-commit hook (written by 「minutes hook install」)", "written by")]
    [InlineData("--date：cannot read the date 「明天」", "cannot read the date")]
    [InlineData("文件文字至此超過 16,777,216 字元（自 word/document.xml 起），paragraph 12", "paragraph")]
    // a page's prose (ChinesePagesATests, B, C)
    [InlineData("檔案必須是 UTF-8。Convert the file with `iconv`.", "Convert the file with")]
    [InlineData("請在 series file 以 @case 宣告", "series file")]
    [InlineData("匯入時不會遺漏文字，the rest is kept。", "the rest is kept")]
    [InlineData("`minutes import` never drops text.", "never drops text")]
    [InlineData("提示會列出 nearest 代號", "nearest")]
    public void AnEnglishSentenceIsCaught(string text, string english) => Assert.Equal(english, EnglishDetector.InPage(text));

    [Theory]
    [InlineData("minutes: /home/秘書/記錄/114-1.minutes:3:3: 錯誤 ML0101：沒有「nosuchcase」這個案件代號")]
    [InlineData("已略去 U+001B (ESC)：留在紀錄中會被 check 拒收（ML0030–ML0032）")]
    [InlineData("字型請用 Noto Serif CJK TC、DFKai-SB 或 TW-Kai；Big5 檔請轉成 UTF-8")]
    [InlineData("請以 --date 指定日期；或用 --color=auto|always|never、-o 指定輸出")]
    [InlineData("見 [ML0133](../ML0133.md#limits-of-the-text)；MINUTES_CHROMIUM 設為 Chromium 的路徑")]
    [InlineData("原稿印「the original says so」；請用 `pdftotext -layout file.pdf`")]
    [InlineData("單次略過檢查：git commit --no-verify；再執行「minutes hook install」")]
    [InlineData("--format msbuild   path(line,col): error ML0001: 訊息；GitHub Actions 註記（::error file=…,line=…::訊息）；範本 record.scriban")]
    [InlineData("```minutes\n// the examples stay as written\n@meeting 114-1\n```\n散會時間。")]
    [InlineData("本系列會議的編號方式為流水編號（編號：流水，@meeting 560），{{出席人員}} 與 [[學校交流|跨縣市學校交流]] 照寫")]
    public void CodePathsNamesAndQuotationsAreNotEnglish(string text) => Assert.Equal("", EnglishDetector.InPage(text));

    [Fact]
    public void APageIsReadWithoutItsCodeBlocksInlineCodeAndLinkTargets()
    {
        string page = "# ML0001：非 UTF-8 編碼\n\n嚴重程度：錯誤\n\n檔案必須是 UTF-8（見 [說明](../../IMPORT.md#encoding-of-a-text)）。\n\n```text\nnot checked\n```\n\n用 `iconv -f big5` 轉換。\n";
        string prose = EnglishDetector.Prose(page);
        Assert.DoesNotContain("not checked", prose);
        Assert.DoesNotContain("iconv", prose);
        Assert.DoesNotContain("IMPORT.md", prose);
        Assert.Contains("檔案必須是 UTF-8（見 [說明] ）", prose);
        Assert.Equal("", EnglishDetector.InPage(page));
        Assert.Equal("Convert it", EnglishDetector.InPage(page + "Convert it.\n"));
    }
}
