using MinutesLang.Diagnostics;
using MinutesLang.Localization;
using MinutesLang.Parsing;
using MinutesLang.Semantics;

namespace MinutesLang.Tests;

/// <summary>
/// ML0020 (Parsing/MarginLineChecker; issue «No writer's mistake passes silently»): a line wrapped back to the left
/// margin right after a list item, a field or a part with a value is printed as a paragraph of its own; it is reported
/// at its line, with the line it breaks away from, whatever the level, the field, the body, the line ends or the
/// kind of space of the indentation; a margin line meant to stand on its own is not.
/// </summary>
public sealed class WrappedToMarginTests
{
    private const string Series = "@series 校務會議\n  名稱：北屯國中校務會議\n";

    private const string Head = "@meeting 114-2\n# 臺中市立北屯國民中學 114 學年度第 2 次校務會議紀錄\n";

    private const string Time = "* 時間：114 年 6 月 18 日（星期三）下午 2 時\n";

    private static List<Diagnostic> Compile(string record, out Compilation compilation)
    {
        compilation = Compilation.Create(Parser.Parse(Series, "series.minutes"), [Parser.Parse(record, "114-2.minutes")]);
        return [.. compilation.Diagnostics];
    }

    private static List<Diagnostic> Wrapped(string record) => [.. Compile(record, out _).Where(d => d.Code == "ML0020")];

    /// <summary>(what, the record, the line of the finding, the line it breaks away from, how the message names that line).</summary>
    public static TheoryData<string, string, int, int, string> WrappedLines() => new()
    {
        { "an item under a part (一、)", Head + Time + "* 校長報告\n  - 本校第二期校舍耐震補強工程已完成細部設計，\n預計明年 3 月開工。\n  - 圖書館整修完成。\n", 6, 5, "list item" },
        { "a nested item ((一))", Head + Time + "* 業務報告\n  - 教務處：\n    - 本學期段考訂於 6 月 24 日至\n26 日舉行。\n", 7, 6, "list item" },
        { "an item two levels down (1.)", Head + Time + "* 業務報告\n  - 學務處\n    - 衛生組\n      - 請各班於期末前完成教室\n環境整理。\n", 8, 7, "list item" },
        { "the second line of an item already wrapped", Head + Time + "* 業務報告\n  - 總務處：本校廁所整修案\n    已完成招標，\n將於暑假施工。\n", 7, 5, "list item" },
        { "after 時間", Head + "* 時間：114 年 6 月 18 日（星期三）\n下午 2 時\n* 地點：本校會議室\n", 4, 3, "part '時間'" },
        { "after 地點", Head + Time + "* 地點：本校行政大樓\n3 樓會議室\n", 5, 4, "part '地點'" },
        { "after 說明", Head + Time + "* 提案討論\n  案由：修正本校學生獎懲規定，提請討論。\n  說明：依教育部 114 年 3 月函\n修正第 5 條。\n  決議：照案通過。\n", 7, 6, "field '說明'" },
        { "after 決議", Head + Time + "* 提案討論\n  案由：修正本校學生獎懲規定，提請討論。\n  決議：修正通過，並自下學期\n起實施。\n", 7, 6, "field '決議'" },
        { "CRLF line ends", (Head + Time + "* 校長報告\n  - 本校第二期校舍耐震補強工程已完成細部設計，\n預計明年 3 月開工。\n  - 圖書館整修完成。\n").Replace("\n", "\r\n"), 6, 5, "list item" },
        { "items indented with full-width spaces", Head + Time + "* 業務報告\n\u3000- 輔導室：親職講座\n訂於 7 月 5 日辦理。\n\u3000- 圖書館整修完成。\n", 6, 5, "list item" },
        { "an item indented with a tab", Head + Time + "* 業務報告\n\t- 輔導室：親職講座\n訂於 7 月 5 日辦理。\n", 6, 5, "list item" },
        { "the last line of the file, without a line break", Head + Time + "* 臨時動議\n  - 家長會建議增設\n午餐時段志工", 6, 5, "list item" },
        { "a comment between the two lines", Head + Time + "* 業務報告\n  - 教務處：暑期輔導\n// 待確認日期\n於 7 月 7 日開始。\n", 7, 5, "list item" },
        { "Latin text wrapped", Head + Time + "* 業務報告\n  - 資訊組：校務系統改用\nGoogle Workspace 帳號登入。\n", 6, 5, "list item" },
    };

    [Theory]
    [MemberData(nameof(WrappedLines))]
    public void EachLineWrappedToTheMarginIsReportedAtItsLine(string what, string record, int line, int above, string named)
    {
        var d = Assert.Single(Wrapped(record));
        Assert.Equal((line, 1), d.Start);
        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
        string aboveLine = record.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n')[above - 1].Trim();
        aboveLine = aboveLine.StartsWith('-') ? aboveLine[1..].Trim() : aboveLine[(aboveLine.IndexOf('：') + 1)..].Trim(); // its text, without the marker or label
        Assert.Contains($"the {named} '{aboveLine[..Math.Min(aboveLine.Length, 12)]}", d.Message);
        Assert.Contains("indent it under the text above", d.Hint);
        Assert.Contains("leave a blank line", d.Hint);
        var zh = d.In(Language.ZhTw);
        Assert.Contains($"「{aboveLine[..Math.Min(aboveLine.Length, 12)]}", zh.Message);
        Assert.Contains("空一行", zh.Hint);
        Assert.True(d.Span.Length > 0, what);
    }

    /// <summary>Margin lines written to stand on their own: each stays silent.</summary>
    public static TheoryData<string, string> Standalone() => new()
    {
        { "a paragraph after a blank line", Head + Time + "* 校長報告\n  - 圖書館整修完成。\n\n以上報告，敬請指教。\n" },
        { "a part after an item", Head + Time + "* 校長報告\n  - 圖書館整修完成。\n* 業務報告\n  - 無。\n" },
        { "an unnumbered part after a field", Head + Time + "主席：王校長大明\n紀錄：林怡君\n散會：下午 4 時\n" },
        // issue h §4: a line at the margin after a field at the margin is an unnumbered part, printed as written below it
        { "a margin line after a field at the margin", Head + Time + "主席：王校長大明\n（教務主任代理）\n紀錄：林怡君\n" },
        { "a directive after an item", Head + Time + "* 校長報告\n  - 圖書館整修完成。\n@list 1.\n" },
        { "a table row after a field", Head + Time + "* 出席人員\n  說明：詳簽到表。\n| 職稱 | 姓名 |\n| 校長 | 王大明 |\n" },
        { "an escaped line after an item", Head + Time + "* 校長報告\n  - 圖書館整修完成。\n\\- 本行照原樣印出。\n" },
        { "a paragraph after a part written as one phrase", Head + Time + "* 主席致詞（略）\n本次會議出席踴躍。\n" },
        { "a paragraph after a part with its content below", Head + Time + "* 校長報告\n本學期各處室工作順利。\n" },
        { "a line indented under an item", Head + Time + "* 校長報告\n  - 本校第二期校舍耐震補強工程已完成細部設計，\n    預計明年 3 月開工。\n" },
        { "a paragraph continued at the margin", Head + Time + "* 校長報告\n\n本學期各處室工作順利，\n感謝全體教職員。\n" },
        { "a hand-typed heading after an item (ML0019)", Head + Time + "* 校長報告\n  - 圖書館整修完成。\n貳、業務報告\n" },
    };

    [Theory]
    [MemberData(nameof(Standalone))]
    public void AMarginLineMeantToStandAloneIsSilent(string what, string record) =>
        Assert.True(Wrapped(record).Count == 0, what);

    [Fact]
    public void TheLineIsPrintedAsAParagraphOfItsOwnAndTheListNumberedAgain()
    {
        // what the warning says happens does happen: the item is cut and the list after it starts again
        string record = Head + Time + "* 校長報告\n  - 本校第二期校舍耐震補強工程已完成細部設計，\n預計明年 3 月開工。\n  - 圖書館整修完成。\n";
        Compile(record, out var c);
        string txt = new MinutesLang.Rendering.TemplateRenderer(Repo.Templates, "txt").Render(new MinutesLang.Rendering.RenderModelBuilder(c.Series).Build(c.Records[0]));
        Assert.Equal(2, txt.Split("一、").Length - 1);
        var fixedRecord = record.Replace("\n預計", "\n    預計", StringComparison.Ordinal);
        Assert.Empty(Wrapped(fixedRecord));
        Compile(fixedRecord, out var f);
        string joined = new MinutesLang.Rendering.TemplateRenderer(Repo.Templates, "txt").Render(new MinutesLang.Rendering.RenderModelBuilder(f.Series).Build(f.Records[0]));
        Assert.Contains("細部設計，預計明年 3 月開工。", joined);
        Assert.Contains("二、圖書館整修完成。", joined);
    }

    [Fact]
    public void EachOfTwoWrappedLinesIsReportedButNotTheParagraphTheyStart()
    {
        string record = Head + Time + "* 業務報告\n  - 教務處：暑期輔導\n於 7 月 7 日開始，\n為期四週。\n  - 學務處：畢業典禮\n訂於 6 月 20 日。\n";
        Assert.Equal([6, 9], Wrapped(record).Select(d => d.Start.Line));
    }
}
