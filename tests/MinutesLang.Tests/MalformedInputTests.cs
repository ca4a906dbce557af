using System.Text;
using MinutesLang.Parsing;
using MinutesLang.Semantics;
using MinutesLang.Text;

namespace MinutesLang.Tests;

/// <summary>Bad input gets a diagnostic with a code and a place, never an exception.</summary>
public sealed class MalformedInputTests
{
    private const string Series = "@case 學校交流\n  標題：跨縣市學校交流\n";

    private static List<(string Code, int Line, int Column)> Check(byte[] bytes)
    {
        var tree = Parser.Parse(SourceText.FromBytes(bytes, "bad.minutes"));
        Assert.Equal(bytes, SourceText.ToBytes(tree.ToFullString()));
        var c = Compilation.Create(Parser.Parse(Series, "series.minutes"), [tree]);
        return [.. c.Diagnostics.Select(d => (d.Code, d.Start.Line, d.Start.Column))];
    }

    private static List<(string Code, int Line, int Column)> Check(string text) => Check(Encoding.UTF8.GetBytes(text));

    /// <summary>The one diagnostic a record gives, with or without the test series.</summary>
    private static MinutesLang.Diagnostics.Diagnostic Single(string text, bool withSeries = true) =>
        Assert.Single(Compilation.Create(withSeries ? Parser.Parse(Series, "series.minutes") : null, [Parser.Parse(text, "bad.minutes")]).Diagnostics);

    private const string Head = "@meeting 114-1\n# 標題\n";

    [Fact]
    public void BytesThatAreNotUtf8()
    {
        var bytes = Encoding.UTF8.GetBytes(Head + "* 地點：").Concat(new byte[] { 0xFF, 0xFE }).Concat(Encoding.UTF8.GetBytes("室\n")).ToArray();
        Assert.Equal([("ML0001", 3, 6)], Check(bytes));
    }

    [Fact]
    public void MultibyteCharacterCutAtTheEnd()
    {
        var bytes = Encoding.UTF8.GetBytes(Head + "* 地點：會議室");
        Assert.Equal([("ML0001", 3, 8)], Check(bytes[..^2]));
    }

    [Fact]
    public void NulCharacter()
    {
        Assert.Equal([("ML0002", 3, 9)], Check(Head + "* 主席：蔡主任\0秘書\n"));
    }

    [Fact]
    public void BinaryFile()
    {
        var random = new Random(7);
        var bytes = new byte[512];
        random.NextBytes(bytes);
        bytes[0] = 0x00;
        var found = Check(bytes);
        Assert.Contains(found, d => d.Code == "ML0007" && d.Line == 1 && d.Column == 1);
        Assert.DoesNotContain(found, d => d.Code is "ML0001" or "ML0002");
    }

    [Fact]
    public void AtSignWithoutDirectiveName() => Assert.Equal([("ML0003", 3, 1)], Check(Head + "@ 成案\n"));

    [Fact]
    public void PartNotAtTheLeftMargin() => Assert.Equal([("ML0004", 4, 3)], Check(Head + "* 業務報告\n  * 時間：x\n"));

    [Fact]
    public void UnterminatedCaseLink() => Assert.Equal([("ML0005", 3, 4)], Check(Head + "- 「[[學校交流|跨縣市學校交流」案\n"));

    [Fact]
    public void EmptyCaseId() => Assert.Equal([("ML0006", 3, 3)], Check(Head + "- [[|跨縣市學校交流]]\n"));

    [Fact]
    public void IndentedFirstLine() => Assert.Contains(("ML0008", 1, 1), Check("  @meeting 114-1\n# 標題\n"));

    [Fact]
    public void NestingTooDeep()
    {
        var sb = new StringBuilder(Head + "* 業務報告\n");
        for (int i = 1; i < 40; i++) sb.Append(new string(' ', i)).Append("- 項目\n");
        Assert.Equal([("ML0009", 3 + Parser.MaxDepth, 1)], Check(sb.ToString()));
    }

    [Fact]
    public void MissingMeetingDirective() => Assert.Equal([("ML0100", 1, 1)], Check("# 標題\n* 主席：蔡主任秘書聖賢\n"));

    [Fact]
    public void UnknownCaseIdWithSuggestion()
    {
        var d = Single(Head + "- [[學校交留|跨縣市學校交流]]\n");
        Assert.Equal(("ML0101", 3, 5), (d.Code, d.Start.Line, d.Start.Column));
        Assert.Equal("did you mean '學校交流'?", d.Hint);
    }

    [Fact]
    public void UnparsableDate() => Assert.Equal([("ML0102", 3, 6)], Check(Head + "* 時間：明天上午\n"));

    [Fact]
    public void ImpossibleDate() => Assert.Equal([("ML0102", 3, 6)], Check(Head + "* 時間：114 年 2 月 30 日（星期五）上午 10 時\n"));

    [Fact]
    public void WeekdayThatDoesNotMatchTheDate()
    {
        var d = Single(Head + "* 時間：114 年 3 月 7 日（星期四）上午 10 時\n", withSeries: false);
        Assert.Equal(("ML0103", 3, 20), (d.Code, d.Start.Line, d.Start.Column));
        Assert.Contains("星期五", d.Message);
    }

    [Fact]
    public void UnknownDirective() => Assert.Equal([("ML0104", 4, 4)], Check(Head + "* 業務報告\n  @foo 學校交流\n"));

    [Fact]
    public void UnknownListStyle() => Assert.Equal([("ML0107", 4, 9)], Check(Head + "* 決議\n  @list A)\n  - 項目\n"));

    [Fact]
    public void ProgressRowWithoutCase() => Assert.Equal([("ML0108", 5, 5)], Check(Head + "* 提案討論\n  @列管表\n  - 跨縣市學校交流\n"));

    [Fact]
    public void UnreadableClosingTime() => Assert.Equal([("ML0110", 3, 4)], Check(Head + "散會：不久\n"));

    [Fact]
    public void EventWithoutCaseId() => Assert.Equal([("ML0106", 4, 3)], Check(Head + "* 業務報告\n  @解列\n"));

    [Fact]
    public void EveryBadLineIsReportedAndTheRestStillParses()
    {
        var found = Check(Head + "* 時間：明天\n* 地點：視訊會議\n- [[\n@\n* 主席：蔡主任秘書聖賢\n散會：不久\n");
        Assert.Equal(["ML0102", "ML0005", "ML0003", "ML0110"], found.Select(d => d.Code));
        Assert.Equal([3, 5, 6, 8], found.Select(d => d.Line));
        var c = Compilation.Create(null, [Parser.Parse(Head + "* 時間：明天\n* 地點：視訊會議\n- [[\n@\n* 主席：蔡主任秘書聖賢\n", "x")]);
        Assert.Equal("視訊會議", c.Records[0].Place);
        Assert.Equal("蔡主任秘書聖賢", c.Records[0].Chair);
    }

    [Fact]
    public void SecondMeetingIdAndSecondTitle() =>
        Assert.Equal([("ML0113", 3, 1), ("ML0113", 4, 1)], Check(Head + "@meeting 113-4\n# 另一個標題\n"));

    [Fact]
    public void LinesIndentedUnderATitleOrDirectiveAreReportedNotDropped() =>
        Assert.Equal([("ML0008", 2, 3), ("ML0008", 4, 3)], Check("@meeting 114-1\n  @列管 學校交流\n# 標題\n  一段話\n"));

    [Fact]
    public void SeriesLinesThatAreNotFieldsAreReported()
    {
        var c = Compilation.Create(Parser.Parse("@case 甲\n  標題：甲案\n  @case 乙\n@rotation\n| 2023 | 議題小組 |\n@platform 雙北\n  起：明年\n", "series.minutes"), []);
        Assert.Equal([("ML0008", 3, 3), ("ML0106", 4, 1), ("ML0106", 5, 1), ("ML0102", 6, 1)], c.Diagnostics.Select(d => (d.Code, d.Start.Line, d.Start.Column)));
    }

    [Fact]
    public void ListStyleWithNoListAfterIt() =>
        Assert.Equal([("ML0111", 4, 3)], Check(Head + "* 決議\n  @list (一)\n  本案持續列管。\n  - 項目\n"));
}
