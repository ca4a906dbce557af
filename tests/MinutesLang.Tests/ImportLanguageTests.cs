using System.Text.RegularExpressions;
using MinutesLang.Import;

namespace MinutesLang.Tests;

/// <summary>
/// Issue 15: what <c>import</c> writes into the records for their reader — the reason of the ML0103 suppression above a
/// wrong weekday kept as published (ML0403), where the original printed the recorder, a page break, the head of the
/// proposed cases — is in the run's language; in zh-TW the record still checks (the suppression is accepted and used)
/// and <c>fmt --check</c> leaves it alone; in English it reads as before.
/// </summary>
public sealed partial class ImportLanguageTests : CliHarness
{
    private const string Suppression = "// minutes-disable-next-line ML0103: ";

    /// <summary>The reason of each ML0103 suppression of a record.</summary>
    private static List<string> Reasons(string record) =>
        [.. record.Split('\n').Where(l => l.StartsWith(Suppression, StringComparison.Ordinal)).Select(l => l[Suppression.Length..])];

    /// <summary>Imports <paramref name="text"/> with <c>--lang</c> <paramref name="language"/>; returns the folder written and its one record.</summary>
    private (string Folder, string Record) Import(string name, string text, string language)
    {
        string input = Write($"{name}-{language}.txt", text);
        string folder = Path.Combine(dir, $"{name}-{language}");
        var (code, _, e) = Run("--lang", language, "import", input, "-o", folder);
        Assert.True(code == 0, e);
        return (folder, File.ReadAllText(Assert.Single(Directory.GetFiles(folder, "*.minutes"))));
    }

    /// <summary>The codes <c>check</c> reports for a folder, one per finding.</summary>
    private static List<string> CheckCodes(string folder)
    {
        var (_, o, _) = Run("--lang", "en", "check", "--format", "msbuild", "--verbose", folder);
        return [.. Regex.Matches(o, " (ML[0-9]{4}): ").Select(m => m.Groups[1].Value)];
    }

    // the weekday in several forms, dates in 民國 and AD years, figures and Chinese numerals, in other months and years
    [Theory]
    [InlineData("測試市交通委員會第 58 次會議紀錄\n時間：113 年 5 月 2 日（星期五）下午 2 時\n", "星期五", "113-05-02", '四')]
    [InlineData("測試市交通委員會第 59 次會議紀錄\n時間：114 年 6 月 6 日（週四）下午 2 時\n", "週四", "114-06-06", '五')]
    [InlineData("測試市交通委員會第 60 次會議紀錄\n時間：2024年12月31日(一)上午10時\n", "(一)", "113-12-31", '二')]
    [InlineData("教育文化組第 3 次工作小組會議紀錄\n時間：中華民國一一二年十月二十七日（星期一）上午九時\n", "星期一", "112-10-27", '五')]
    [InlineData("教育文化組第 4 次工作小組會議紀錄\n時間：109年2月29日（星期日）上午10時\n", "星期日", "109-02-29", '六')]
    public void TheReasonOfAKeptWeekdayIsInTheRunsLanguageAndTheRecordStillChecksAndFormats(string head, string printed, string roc, char expected)
    {
        string text = head + "地點：本府會議室\n主席：王主任委員\n紀錄：李小華\n報告事項：無。\n散會：下午 3 時\n";
        var (zhFolder, zh) = Import("weekday", text, "zh-TW");
        var (enFolder, en) = Import("weekday", text, "en");

        string reason = Assert.Single(Reasons(zh));
        Assert.Equal($"原稿印「{printed}」，但 {roc} 為星期{expected}；依原稿保留（import ML0403）", reason);
        Assert.Equal("", EnglishDetector.Words(reason));
        var date = new DateOnly(int.Parse(roc[..3]) + 1911, int.Parse(roc[4..6]), int.Parse(roc[7..]));
        Assert.Equal($"the original prints {printed} for {date:yyyy-MM-dd}, a 星期{expected}; kept as published (import ML0403)", Assert.Single(Reasons(en)));

        // the only difference of the two records is that reason
        Assert.Equal(en.Replace(Assert.Single(Reasons(en)), reason), zh);

        // check accepts the reason (no ML0501–ML0503) and uses it (no ML0103; without the line, ML0103); fmt keeps it
        foreach (string folder in new[] { zhFolder, enFolder })
        {
            Assert.DoesNotContain("ML0103", CheckCodes(folder));
            Assert.DoesNotContain(CheckCodes(folder), c => c.StartsWith("ML050", StringComparison.Ordinal));
            Assert.Equal((0, "", ""), Run("fmt", "--check", folder));
        }

        string path = Assert.Single(Directory.GetFiles(zhFolder, "*.minutes"));
        File.WriteAllText(path, string.Join('\n', zh.Split('\n').Where(l => !l.StartsWith(Suppression, StringComparison.Ordinal))));
        Assert.Contains("ML0103", CheckCodes(zhFolder));
    }

    [Fact]
    public void TheReasonIsAValidSuppressionReasonInBothLanguages()
    {
        foreach (var (printed, date, expected) in new[] { ("星期四", new DateOnly(2024, 5, 3), '五'), ("(日)", new DateOnly(2020, 1, 1), '三'), ("週二", new DateOnly(2025, 12, 31), '三') })
        {
            var reason = Importer.WeekdayKept(printed, date, expected);
            foreach (string text in new[] { reason.En, reason.ZhTw })
            {
                Assert.DoesNotContain(':', text); // the first ':' of a suppression ends its code: the reason has none of its own
                Assert.DoesNotContain('\n', text);
                Assert.Contains("ML0403", text);
                Assert.Contains(printed, text);
            }

            Assert.Contains($"{date.Year - 1911}-{date:MM-dd}", reason.ZhTw);
            Assert.Contains($"{date:yyyy-MM-dd}", reason.En);
        }
    }

    [Fact]
    public void TheOtherCommentsImportWritesAreInTheRunsLanguage()
    {
        // the recorder printed under a heading of the original; a page break (form feed) of the original
        string text = "測試市交通委員會第 61 次會議紀錄\n時間：114 年 3 月 7 日（星期五）上午 10 時\n地點：本府會議室\n主席：王主任委員\n"
            + "壹、報告事項\n紀錄：李小華\n貳、討論事項\n一、宣讀上次會議紀錄。\n\f\n參、臨時動議：無。\n散會：上午 11 時\n";
        var (_, zh) = Import("notes", text, "zh-TW");
        var (_, en) = Import("notes", text, "en");
        var zhComments = zh.Split('\n').Where(l => l.TrimStart().StartsWith("//", StringComparison.Ordinal)).ToList();
        var enComments = en.Split('\n').Where(l => l.TrimStart().StartsWith("//", StringComparison.Ordinal)).ToList();
        Assert.Equal(enComments.Count, zhComments.Count);
        Assert.Contains("// page break", enComments.Select(l => l.Trim()));
        Assert.Contains("// 分頁", zhComments.Select(l => l.Trim()));
        Assert.Contains("// The original prints the recorder under the heading 壹、報告事項.", enComments);
        Assert.Contains("// 原稿將紀錄人員印在標題「壹、報告事項」之下。", zhComments);
        foreach (string comment in zhComments)
            Assert.True(EnglishDetector.Words(comment).Length == 0, comment);
        Assert.Equal(Regex.Replace(en, "(?m)^ *//.*$", "//"), Regex.Replace(zh, "(?m)^ *//.*$", "//"));
    }

    [Fact]
    public void TheProposedCasesSpeakTheRunsLanguage()
    {
        string input = Write("cases.txt", "114 年度教育文化組第 2 次工作小組會議紀錄\n\n壹、時間：114 年 6 月 6 日（星期五）上午 10 時\n\n貳、業務報告\n\n"
            + "一、「跨縣市學校交流」一案，持續辦理。\n\n二、「海洋教育擂台賽」一案，同意成案。\n\n三、「城市綠色運輸」一案，同意成案。\n");
        string Proposals(string language)
        {
            string output = Path.Combine(dir, "cases-" + language);
            var (code, _, e) = Run("--lang", language, "import", input, "-o", output, "--series", Repo.Seeds);
            Assert.True(code == 0, e);
            return File.ReadAllText(Path.Combine(output, MinutesLang.Cli.Commands.ImportCommand.ProposalsFile));
        }

        string zh = Proposals("zh-TW");
        string en = Proposals("en");
        Assert.Contains($"// 首次提及於 {input}:9\n@case 海洋教育擂台賽\n  標題：海洋教育擂台賽\n", zh);
        Assert.Contains($"// 首次提及於 {input}:11\n@case 城市綠色運輸\n", zh);
        Assert.Contains($"// first mentioned at {input}:9\n@case 海洋教育擂台賽\n", en);
        Assert.StartsWith("// Cases mentioned in the imported records that series.minutes does not declare.\n", en);
        foreach (string comment in zh.Split('\n').Where(l => l.StartsWith("//", StringComparison.Ordinal)))
            Assert.True(EnglishDetector.Words(comment).Length == 0, comment);
        // the declarations themselves are the same
        Assert.Equal(Regex.Replace(en, "(?m)^//.*\n", ""), Regex.Replace(zh, "(?m)^//.*\n", ""));
    }

    [Theory]
    [InlineData("report.pdf", "%PDF-1.7\n", "a PDF is read through its text", "PDF 須取其文字匯入")]
    [InlineData("scan.pdf", "%PDF-1.4 %âãÏÓ\n1 0 obj\n", "then import the .txt", "再匯入該 .txt 檔")]
    [InlineData("old.doc", "\u00D0\u00CF\u0011\u00E0\u00A1\u00B1", "an old binary Word or Office file: save it as .docx or .odt first", "舊式二進位 Word 或 Office 檔：請先另存為 .docx 或 .odt")]
    [InlineData("minutes.xls", "\u00D0\u00CF\u0011\u00E0", "an old binary Word or Office file", "請先另存為 .docx 或 .odt")]
    public void AFileOfAKindImportDoesNotReadIsSaidInTheRunsLanguage(string name, string start, string en, string zh)
    {
        string path = Path.Combine(dir, name);
        File.WriteAllBytes(path, [.. start.Select(c => (byte)c)]);
        var zhRun = Run("--lang", "zh-TW", "import", path, "-o", Path.Combine(dir, "out"));
        Assert.Equal((2, ""), (zhRun.Code, zhRun.Out));
        Assert.Contains(zh, zhRun.Err);
        Assert.StartsWith($"minutes: {path}: 無法讀取這份文件（{path}：", zhRun.Err);
        Assert.True(EnglishDetector.Words(zhRun.Err).Length == 0, zhRun.Err);
        var enRun = Run("--lang", "en", "import", path, "-o", Path.Combine(dir, "out"));
        Assert.Equal((2, ""), (enRun.Code, enRun.Out));
        Assert.StartsWith($"minutes: {path}: cannot read this document ({path}: ", enRun.Err);
        Assert.Contains(en, enRun.Err);
        Assert.False(Directory.Exists(Path.Combine(dir, "out")) && Directory.EnumerateFiles(Path.Combine(dir, "out")).Any());
    }
}
