using MinutesLang.Diagnostics;
using MinutesLang.Fixes;
using MinutesLang.Localization;
using MinutesLang.Parsing;
using MinutesLang.Semantics;

namespace MinutesLang.Tests;

/// <summary>
/// Issue g2 point 3, small faults a fresh user found: 記錄 spaced with a tab (<c>記&lt;TAB&gt;錄</c>, as a text exported
/// from Word has it) is ML0252 as 記　錄 and 記 錄 are; a directive glued to its argument (<c>@列管路燈</c>) is ML0104 with
/// the hint to add the space, for every directive, and is never taken for a misspelt one (ML0118) that would drop the
/// argument; ML0120 quotes the series' <c>必備</c> list cut at <see cref="MessageTemplate.QuotationLimit"/> characters,
/// as every other quoted input.
/// </summary>
public sealed class SmallCheckTests
{
    private const string Head = "@meeting 114-2\n# 114 年度測試小組第 2 次會議紀錄\n* 時間：114 年 6 月 6 日（星期五）下午 2 時\n";

    private static Compilation Compile(string record, string? series = null) =>
        Compilation.Create(series is null ? null : Parser.Parse(series, "series.minutes"), [Parser.Parse(record, "114-2.minutes")]);

    private static string Text(Diagnostic d) => d.Source.Text.Substring(d.Span.Start, d.Span.Length);

    // ---- ML0252: 記 and 錄 with a tab between ----

    [Theory]
    [InlineData("紀錄：李專員\n", null)]
    [InlineData("記\t錄：李專員\n", "記\t錄")]
    [InlineData("記 \t錄：李專員\n", "記 \t錄")]
    [InlineData("記\t\t錄:李專員\n", "記\t\t錄")]
    [InlineData("記　錄：李專員\n", "記　錄")]
    [InlineData("記 錄：李專員\n", "記 錄")]
    [InlineData("* 報告事項\n  - 會議記\t錄表已送各單位。\n", "記\t錄")]
    [InlineData("* 報告事項\n  說明：記\t錄如附件。\n", "記\t錄")]
    [InlineData("* 確認上次會議紀錄：記\t錄確認。\n", "記\t錄")]
    [InlineData("* 報告事項\n  - 請各單位詳實記\t載。\n", null)]
    public void TheVerb記錄SpacedByATabIsML0252(string line, string? at)
    {
        var c = Compile(Head + "* 地點：本所會議室\n* 主席：王主任\n" + line);
        var found = c.Diagnostics.Where(d => d.Code == "ML0252").ToList();
        if (at is null)
        {
            Assert.Empty(found);
            return;
        }

        var d = Assert.Single(found);
        Assert.Equal(at, Text(d));

        // the fix writes 紀 for 記 and keeps the tab, as it keeps a full-width space
        var fix = Assert.Single(CodeFixes.For(d));
        var edit = Assert.Single(fix.Edits);
        Assert.Equal(("紀", d.Span.Start, 1), (edit.NewText, edit.Span.Start, edit.Span.Length));
    }

    // ---- ML0104: a directive glued to its argument ----

    public static TheoryData<string> EveryDirective()
    {
        var data = new TheoryData<string>();
        foreach (string name in Directives.Structural.Concat(CaseEventKinds.Names).Distinct()) data.Add(name);
        return data;
    }

    [Theory]
    [MemberData(nameof(EveryDirective))]
    public void EveryDirectiveGluedToItsArgumentGetsTheHintToAddTheSpace(string name)
    {
        foreach (string argument in new[] { "路燈", "學校交流", "114-1", "１" })
        {
            var c = Compile(Head + "* 業務報告\n  - 甲。\n    @" + name + argument + "\n");
            var d = Assert.Single(c.Diagnostics, d => d.Code == "ML0104");
            Assert.Equal(name + argument, Text(d));
            Assert.Equal($"a space is missing after the directive: write '@{name} {argument}'", d.Hint);
            Assert.Equal($"指令名稱後缺空格：請寫成「@{name} {argument}」", d.In(Language.ZhTw).Hint);
            Assert.DoesNotContain(c.Diagnostics, d => d.Code == "ML0118");
        }
    }

    [Theory]
    [InlineData("列管甲", "列管", "甲")]             // one character glued: no near miss of 列管 that would drop 甲
    [InlineData("解列學校交流", "解列", "學校交流")]
    [InlineData("提請解列路燈", "提請解列", "路燈")] // the longest name: not 解列 (which is no prefix) nor 提請
    [InlineData("列管表路燈", "列管表", "路燈")]      // 列管表 before 列管
    [InlineData("meeting114-2", "meeting", "114-2")]
    [InlineData("track路燈", "track", "路燈")]
    public void TheLongestKnownNameIsTheDirective(string written, string known, string argument)
    {
        Assert.Equal((known, argument), GluedDirective.Split(written));
        Assert.Null(NearMiss.Directive(written));
    }

    [Theory]
    [InlineData("listing")]   // a Latin word that begins with 'list' is no glued 'list'
    [InlineData("tracked")]
    [InlineData("foo路燈")]
    [InlineData("列")]
    [InlineData("列管")]      // a known name itself
    public void NoHintWhereNoKnownNameIsGlued(string written) => Assert.Null(GluedDirective.Split(written));

    [Fact]
    public void AnUnknownDirectiveWithoutAKnownPrefixHasNoHint()
    {
        var c = Compile(Head + "* 業務報告\n  - 甲。\n    @公告 路燈\n");
        var d = Assert.Single(c.Diagnostics, d => d.Code == "ML0104");
        Assert.Null(d.Hint);
    }

    [Theory]
    [InlineData("@platform雙北\n  名稱：雙北合作\n", "platform", "雙北")]
    [InlineData("@case學校交流\n  標題：跨縣市學校交流\n", "case", "學校交流")]
    [InlineData("@rotation基北北桃\n", "rotation", "基北北桃")]
    public void InASeriesFileToo(string block, string known, string argument)
    {
        var c = Compilation.Create(Parser.Parse("@series 測試\n  名稱：測試小組\n\n" + block, "series.minutes"), []);
        var d = Assert.Single(c.Diagnostics, d => d.Code == "ML0104");
        Assert.Equal($"a space is missing after the directive: write '@{known} {argument}'", d.Hint);
    }

    // ---- ML0120: the 必備 list quoted, and cut as every quoted input ----

    [Fact]
    public void TheRequiredListIsCutAtTheQuotationLimit()
    {
        const string required = "標題、時間、地點、主席、紀錄、出席人員、列席人員、請假人員、報告事項、討論事項、臨時動議、散會";
        Assert.True(required.Length > MessageTemplate.QuotationLimit);
        var c = Compile(Head + "* 地點：本所會議室\n", $"@series 測試\n  名稱：測試小組\n  必備：{required}\n");
        var found = c.Diagnostics.Where(d => d.Code == "ML0120").ToList();
        Assert.NotEmpty(found);
        string cut = MessageTemplate.Quotation(required);
        Assert.EndsWith("…", cut);
        foreach (var d in found)
        {
            Assert.Contains($"the series requires '{cut}'", d.Message);
            Assert.DoesNotContain(required, d.Message);
            Assert.Contains($"本系列必備「{cut}」", d.In(Language.ZhTw).Message);
        }
    }

    [Fact]
    public void AShortRequiredListIsQuotedWhole()
    {
        var c = Compile("@meeting 114-2\n# 114 年度測試小組第 2 次會議紀錄\n* 地點：本所會議室\n", "@series 測試\n  名稱：測試小組\n  必備：標題、時間、地點\n");
        var d = Assert.Single(c.Diagnostics, d => d.Code == "ML0120");
        Assert.Contains("the series requires '標題、時間、地點'", d.Message);
        Assert.Contains("本系列必備「標題、時間、地點」", d.In(Language.ZhTw).Message);
    }
}
