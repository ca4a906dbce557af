using MinutesLang.Diagnostics;
using MinutesLang.Formatting;
using MinutesLang.Parsing;
using MinutesLang.Semantics;

namespace MinutesLang.Tests;

/// <summary>
/// ML0033 (issue 13, last slice 3a): invisible characters that make two words that look alike differ — zero-width space,
/// non-joiner, joiner (not inside an emoji sequence), word joiner, the direction marks, a byte-order mark after the start —
/// are a warning at their line and column, one finding a run; fmt leaves them; they stop nothing.
/// </summary>
public sealed class InvisibleCharacterTests
{
    private const string Head = "@meeting 114-1\n# 114 年度教育文化組第 1 次工作小組會議紀錄\n* 時間：114 年 3 月 7 日（星期五）上午 10 時\n";

    private static List<(string Code, int Line, int Column, int Length)> Findings(string text, string path = "114-1.minutes") =>
        [.. Parser.Parse(text, path).Diagnostics.Select(d => (d.Code, d.Start.Line, d.Start.Column, d.Span.Length))];

    public static TheoryData<char, string> Invisible() => new()
    {
        { '\u200B', "ZWSP" }, { '\u200C', "ZWNJ" }, { '\u200D', "ZWJ" }, { '\u2060', "WJ" },
        { '\u200E', "LRM" }, { '\u200F', "RLM" }, { '\uFEFF', "BOM" },
    };

    [Theory]
    [MemberData(nameof(Invisible))]
    public void InARecordsValueItIsAWarningAtItsColumn(char c, string name)
    {
        var tree = Parser.Parse(Head + $"* 地點：臺北市{c}政府\n", "114-1.minutes");
        var d = Assert.Single(tree.Diagnostics);
        Assert.Equal(("ML0033", DiagnosticSeverity.Warning, 4, 9, 1), (d.Code, d.Severity, d.Start.Line, d.Start.Column, d.Span.Length));
        Assert.Contains($"({name})", d.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Invisible))]
    public void InALabelInAHeadingAndInACaseIdOfTheSeriesItIsFoundToo(char c, string _)
    {
        Assert.Equal([("ML0033", 4, 4, 1)], Findings(Head + $"* 地{c}點：臺北市政府\n").Where(f => f.Code == "ML0033"));
        Assert.Equal([("ML0033", 1, 9, 1)], Findings($"# 114 年度{c}教育文化組\n").Where(f => f.Code == "ML0033"));
        var series = Parser.Parse($"@case 學校{c}交流\n  標題：跨縣市學校交流\n", "series.minutes");
        Assert.Equal([("ML0033", 1, 9)], series.Diagnostics.Select(d => (d.Code, d.Start.Line, d.Start.Column)));
    }

    [Fact]
    public void ARunIsOneFindingThatCountsAndNamesItsCharacters()
    {
        var d = Assert.Single(Parser.Parse(Head + "* 地點：臺北市\u200B\u200B\u200E\u2060政府\n", "x.minutes").Diagnostics);
        Assert.Equal(("ML0033", 4), (d.Code, d.Span.Length));
        Assert.Contains("4 invisible characters (U+200B (ZWSP), U+200E (LRM), U+2060 (WJ))", d.Message, StringComparison.Ordinal);

        // two runs apart are two findings
        Assert.Equal([("ML0033", 4, 7, 1), ("ML0033", 4, 9, 2)], Findings(Head + "* 地點：臺\u200F北\u200C\u200D市政府\n"));
    }

    [Fact]
    public void AByteOrderMarkAtTheStartIsNoFindingElsewhereItIs()
    {
        Assert.Empty(Findings("\uFEFF" + Head));
        Assert.Equal([("ML0033", 3, 1, 1)], Findings(Head.Replace("* 時間", "\uFEFF* 時間", StringComparison.Ordinal)).Where(f => f.Code == "ML0033"));
        // a file that is two files put together: the second one's mark
        Assert.Equal([("ML0033", 4, 1, 1)], Findings("\uFEFF" + Head + "\uFEFF* 地點：臺北市政府\n").Where(f => f.Code == "ML0033"));
    }

    [Theory]
    [InlineData("👨\u200D👩\u200D👧")]           // a family: astral, ZWJ, astral
    [InlineData("🏳\uFE0F\u200D🌈")]             // after the emoji presentation selector
    public void AJoinerInsideAnEmojiSequenceIsNoFinding(string emoji) =>
        Assert.Empty(Findings(Head + $"* 地點：{emoji}會議室\n"));

    [Theory]
    [InlineData("會\u200D議室")]                 // between two CJK characters
    [InlineData("😀\u200D會議室")]               // after an emoji but before no emoji
    [InlineData("會\u200D😀")]                   // before an emoji but after none
    public void AJoinerOutsideAnEmojiSequenceIsAFinding(string text) =>
        Assert.Equal(["ML0033"], Findings(Head + $"* 地點：{text}\n").Select(f => f.Code));

    [Theory]
    [MemberData(nameof(Invisible))]
    public void FmtLeavesTheCharacterAndTheWarningAndCheckStillPasses(char c, string _)
    {
        string text = Head + $"*  地點：臺北市{c}政府   \n";
        var tree = Parser.Parse(text, "114-1.minutes");
        var result = Formatter.Format(tree);
        Assert.False(result.Refused);
        Assert.Equal(Head + $"* 地點：臺北市{c}政府\n", result.Text);
        Assert.Equal(["ML0033"], Parser.Parse(result.Text, "114-1.minutes").Diagnostics.Select(d => d.Code));
        var c1 = Compilation.Create(Parser.Parse("", "series.minutes"), [tree]);
        Assert.DoesNotContain(c1.Diagnostics, d => d.Severity == DiagnosticSeverity.Error && d.Code == "ML0033");
    }
}
