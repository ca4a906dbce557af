using System.Text;
using System.Text.RegularExpressions;
using MinutesLang.Parsing;
using MinutesLang.Rendering;
using MinutesLang.Semantics;

namespace MinutesLang.Tests;

/// <summary>
/// Issue 11, point 1 (grammar/GUIDE.md, "Wrapped lines"): a paragraph, a list item, a field value
/// wrapped over several lines is printed as one in every format, exactly as if it had been written
/// on one line; the one explicit hard break is a line ending in a backslash.
/// </summary>
public sealed class WrappedLineTests
{
    private const string Series = "@series 測試組\n  名稱：測試組\n\n@case 綠碳匯\n  標題：Just Do It 保護地球自己來\n  來源：新北市提案\n";

    private const string Head = "@meeting 114-2\n# 114 年度測試組第 2 次工作小組會議紀錄\n* 時間：114 年 6 月 5 日（星期四）下午 2 時\n";

    private static Compilation Compile(string record) =>
        Compilation.Create(Parser.Parse(Series, "series.minutes"), [Parser.Parse(record, "114-2.minutes")]);

    private static string Render(string format, Compilation c)
    {
        var bytes = new DocumentRenderer(Repo.Templates, format).Render(c.Series, c.Records[0]);
        if (format is "txt" or "md" or "html") return Encoding.UTF8.GetString(bytes);
        string part = format == "docx" ? "word/document.xml" : "content.xml";
        return Encoding.UTF8.GetString(Package.Unzip(bytes).Single(p => p.Path == part).Bytes);
    }

    /// <summary>The formats rendered from templates; pdf is the html printed by Chromium (BrowserTests).</summary>
    public static readonly string[] Formats = ["txt", "md", "html", "docx", "odt"];

    /// <summary>(name, the record written on long lines, the same record wrapped, the codes the wrapped one adds).</summary>
    public static readonly (string Name, string OneLine, string Wrapped, string[] Codes)[] Variants =
    [
        ("paragraph of CJK and Latin at one indentation",
            Head + "* 主席致詞\n  感謝各縣市夥伴出席，本次會議以實體與線上方式併行，線上採用 Google Meet 平臺，並請各縣市持續推動 Just Do It 計畫，經費 120萬元。\n",
            Head + "* 主席致詞\n  感謝各縣市夥伴出席，本次會議以實體與\n  線上方式併行，線上採用 Google\n  Meet 平臺，並請各縣市持續推動 Just Do\n  It 計畫，經費 120\n  萬元。\n",
            []),
        ("paragraph with trailing and leading spaces where it wraps",
            Head + "* 報告事項\n  請各市回報 Google Workspace 帳號使用情形及 ISO 27001 稽核結果。\n",
            Head + "* 報告事項\n  請各市回報 Google   \n  Workspace 帳號使用情形及 ISO\u3000\n  27001 稽核結果。\n",
            []),
        ("list item wrapped under its text",
            Head + "* 業務報告\n  - 甲案已完成。\n  - 新北市已於 5 月 20 日辦理線上工作坊，計有 4 縣市 132 位教師參加。\n  - 丙案持續辦理。\n",
            Head + "* 業務報告\n  - 甲案已完成。\n  - 新北市已於 5 月 20 日\n    辦理線上工作坊，計有 4 縣市 132 位教師參加。\n  - 丙案持續辦理。\n",
            []),
        ("list item wrapped at its marker's column",
            Head + "* 提案討論\n  案由：學生手機使用管理，提請討論。\n  說明：\n    - 近年學生手機成癮議題備受關注，為整合各縣市經驗，擬建立交流機制。\n    - 規劃每學期召開 1 次線上經驗分享會。\n",
            Head + "* 提案討論\n  案由：學生手機使用管理，提請討論。\n  說明：\n    - 近年學生手機成癮議題備受關注，為整合各縣市經驗，\n    擬建立交流機制。\n    - 規劃每學期召開 1 次線上經驗分享會。\n",
            ["ML0115"]),
        ("nested item, Latin words meeting, three lines",
            Head + "* 業務報告\n  - 資訊安全：\n    - 各校導入 ISO 27001 標準，預計 2025 年完成 Google Workspace 帳號盤點。\n    - 其餘照案辦理。\n",
            Head + "* 業務報告\n  - 資訊安全：\n    - 各校導入 ISO\n      27001 標準，預計 2025 年完\n      成 Google Workspace 帳號盤點。\n    - 其餘照案辦理。\n",
            []),
        ("field value wrapped under it",
            Head + "* 提案討論\n  案由：合作案辦理進度，提請討論。\n  說明：各縣市辦理情形詳合作方案辦理進度列管表。\n  決議：照案通過。\n",
            Head + "* 提案討論\n  案由：合作案辦理進度，提請討論。\n  說明：各縣市辦理情形詳合作方案\n    辦理進度列管表。\n  決議：照案通過。\n",
            []),
        ("field value wrapped at the field's column",
            Head + "* 提案討論\n  案由：合作案辦理進度，提請討論。\n  決議：經基隆市、臺北市同意，本案成案，由臺北市主政。\n",
            Head + "* 提案討論\n  案由：合作案辦理進度，\n  提請討論。\n  決議：經基隆市、臺北市同意，\n    本案成案，由臺北市主政。\n",
            ["ML0115"]),
        ("value of a part and of an unnumbered part",
            Head + "* 地點：新北市政府教育局 1 樓簡報室，並以 Google Meet 線上同步進行\n散會：下午 3 時 50 分\n",
            Head + "* 地點：新北市政府教育局 1 樓簡報室，並以 Google\n  Meet 線上同步進行\n散會：下\n  午 3 時 50 分\n",
            []),
        ("cell of the case progress table",
            Head + "* 提案討論\n  @列管表\n  - [[綠碳匯]]\n    最新辦理情形：各縣市已完成校園樹木碳匯盤查計 87 校，並結合 SDGs 課程推動。\n    會議決議：本案持續列管。\n    @列管 綠碳匯\n",
            Head + "* 提案討論\n  @列管表\n  - [[綠碳匯]]\n    最新辦理情形：各縣市已完成校園樹木碳匯盤查計 87 校，並結\n      合 SDGs 課程推動。\n    會議決議：本案持續列管。\n    @列管 綠碳匯\n",
            []),
        ("case mention where the lines meet",
            Head + "* 業務報告\n  - 「[[綠碳匯]]」一案，請持續辦理。\n",
            Head + "* 業務報告\n  - 「[[綠碳匯]]\n    」一案，請持續辦理。\n",
            []),
        ("list at the field's own indentation",
            Head + "* 提案討論\n  案由：合作案辦理進度，提請討論。\n  決議：\n    - 各縣市已完成盤查 87 校。\n    - 本案持續列管。\n      @列管 綠碳匯\n  案由：臨時動議，提請討論。\n  決議：照案通過。\n",
            Head + "* 提案討論\n  案由：合作案辦理進度，提請討論。\n  決議：\n  - 各縣市已完成盤查 87 校。\n  - 本案持續列管。\n    @列管 綠碳匯\n  案由：臨時動議，提請討論。\n  決議：照案通過。\n",
            ["ML0014"]),
        ("record indented with tabs throughout",
            Head + "* 業務報告\n\t- 新北市已於 5 月 20 日辦理線上工作坊。\n\t\t- 計有 4 縣市 132 位教師參加。\n",
            Head + "* 業務報告\n\t- 新北市已於 5 月 20 日\n\t\t辦理線上工作坊。\n\t\t- 計有 4 縣\n\t\t\t市 132 位教師參加。\n",
            []),
    ];

    public static TheoryData<string, string> VariantsByFormat()
    {
        var data = new TheoryData<string, string>();
        foreach (var v in Variants)
        {
            foreach (var f in Formats) data.Add(v.Name, f);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(VariantsByFormat))]
    public void AWrappedRecordRendersLikeTheOneWrittenOnLongLines(string name, string format)
    {
        var v = Variants.Single(x => x.Name == name);
        Assert.Equal(Render(format, Compile(v.OneLine)), Render(format, Compile(v.Wrapped)));
    }

    [Theory]
    [MemberData(nameof(VariantsByFormat))]
    public void TheWrappedRecordSaysWhatItReadsAndNothingElse(string name, string format)
    {
        _ = format;
        var v = Variants.Single(x => x.Name == name);
        var before = Compile(v.OneLine).Diagnostics.Select(d => d.Code).ToList();
        var after = Compile(v.Wrapped).Diagnostics.Select(d => d.Code).ToList();
        Assert.Equal([.. before.Concat(v.Codes).Order(StringComparer.Ordinal)], after.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void TheWrappedParagraphIsOneParagraphInEveryFormat()
    {
        var c = Compile(Variants[0].Wrapped);
        const string joined = "感謝各縣市夥伴出席，本次會議以實體與線上方式併行，線上採用 Google Meet 平臺，並請各縣市持續推動 Just Do It 計畫，經費 120萬元。";
        Assert.Contains("  " + joined + "\n", Render("txt", c));
        Assert.Contains(joined + "\n\n", Render("md", c));
        string html = Render("html", c);
        Assert.Contains("<p>" + joined + "</p>", html);
        Assert.DoesNotContain("<br>", html);
        string docx = Render("docx", c);
        Assert.Contains(">" + joined + "</w:t>", docx);
        Assert.DoesNotContain("<w:br/>", docx);
        string odt = Render("odt", c);
        Assert.Contains(">" + joined + "</text:p>", odt);
        Assert.DoesNotContain("text:line-break", odt);
    }

    [Fact]
    public void AWrappedItemAtItsMarkersColumnNeitherEndsTheListNorRestartsItsNumbering()
    {
        string txt = Render("txt", Compile(Variants[3].Wrapped));
        Assert.Contains("一、近年學生手機成癮議題備受關注，為整合各縣市經驗，擬建立交流機制。\n", txt);
        Assert.Contains("二、規劃每學期召開 1 次線上經驗分享會。\n", txt);
        Assert.Single(Regex.Matches(txt, "一、近年"));
        Assert.DoesNotContain("\n    擬建立", txt);
    }

    [Fact]
    public void TheWarningForALineAtTheMarkersColumnIsAtThatLine()
    {
        var d = Assert.Single(Compile(Variants[3].Wrapped).Diagnostics, d => d.Code == "ML0115");
        Assert.Equal((8, 5), d.Start);
        Assert.Contains("list item", d.Message);
        Assert.NotNull(d.Hint);
        var f = Compile(Variants[6].Wrapped).Diagnostics.Where(d => d.Code == "ML0115").Select(d => d.Start).ToList();
        Assert.Equal([(6, 3)], f); // the 決議 value's second line is under the value: no warning
    }

    [Fact]
    public void ABlankLineEndsTheItemsTextAndStartsItsContent()
    {
        var c = Compile(Head + "* 業務報告\n  - 甲案已完成。\n\n    另請各市回報。\n  - 乙案。\n");
        var list = (ListBlock)c.Records[0].Parts[1].Content[0];
        Assert.Equal("甲案已完成。", list.Items[0].Text.ToText());
        Assert.Equal("另請各市回報。", ((ParagraphBlock)list.Items[0].Content[0]).Lines.Single().ToText());
        Assert.Equal(2, list.Items.Length);
    }

    [Fact]
    public void AParagraphAfterAListNeedsItsBlankLine()
    {
        var joined = Compile(Head + "* 業務報告\n  - 甲案已完成。\n  另請各市回報。\n");
        Assert.Equal("甲案已完成。另請各市回報。", ((ListBlock)joined.Records[0].Parts[1].Content[0]).Items[0].Text.ToText());
        var apart = Compile(Head + "* 業務報告\n  - 甲案已完成。\n\n  另請各市回報。\n");
        Assert.IsType<ParagraphBlock>(apart.Records[0].Parts[1].Content[1]);
        Assert.DoesNotContain(apart.Diagnostics, d => d.Code == "ML0115");
    }

    [Theory]
    [InlineData("實體與", "線上", "實體與線上")]
    [InlineData("採用 Google", "Meet 平臺", "採用 Google Meet 平臺")]
    [InlineData("ISO", "27001", "ISO 27001")]
    [InlineData("經費 120", "萬元", "經費 120萬元")]
    [InlineData("會議，", "Google", "會議，Google")]
    [InlineData("Google", "。", "Google。")]
    [InlineData("Just Do", "It", "Just Do It")]
    [InlineData("Meet,", "and more", "Meet, and more")]
    [InlineData("Café", "Olé", "Café Olé")]
    [InlineData("版本 v2.", "0", "版本 v2. 0")]
    [InlineData("「Just", "Do」", "「Just Do」")]
    [InlineData("尾端空白   ", "\u3000 開頭空白", "尾端空白開頭空白")]
    [InlineData("ＡＢＣ", "ＤＥＦ", "ＡＢＣＤＥＦ")] // full-width letters are CJK forms: no space
    public void LinesAreJoinedWithASpaceOnlyBetweenLatinWords(string left, string right, string expected)
    {
        var joined = Wrapping.Join(new Inline([new TextPart(left)]), new Inline([new TextPart(right)]), null);
        Assert.Equal(expected, joined.ToText());
    }

    [Fact]
    public void ACaseMentionCountsAsTheTextItPrints()
    {
        var mention = new Inline([new CaseMention("綠碳匯", null, default)]);
        Assert.Equal("Just Do It Now", Wrapping.Join(mention, new Inline([new TextPart("Now")]), _ => "Just Do It").ToText(_ => "Just Do It"));
        Assert.Equal("保護地球自己來，持續辦理", Wrapping.Join(mention, new Inline([new TextPart("，持續辦理")]), _ => "保護地球自己來").ToText(_ => "保護地球自己來"));
        Assert.Equal("推動Just Do It", Wrapping.Join(new Inline([new TextPart("推動")]), mention, _ => "Just Do It").ToText(_ => "Just Do It"));
        Assert.Equal("Visit Just Do It", Wrapping.Join(new Inline([new TextPart("Visit")]), mention, _ => "Just Do It").ToText(_ => "Just Do It"));
    }

    // ── the hard line break ───────────────────────────────────────────────────────

    private const string Address = Head + "* 地點\n  新北市政府教育局 1 樓簡報室\\\n  新北市板橋區\n  中山路一段 161 號\n";

    [Fact]
    public void ABackslashAtTheEndOfAParagraphLineIsAHardBreakInEveryFormat()
    {
        var c = Compile(Address);
        Assert.Empty(c.Diagnostics);
        var p = (ParagraphBlock)c.Records[0].Parts[1].Content[0];
        Assert.Equal(["新北市政府教育局 1 樓簡報室", "新北市板橋區中山路一段 161 號"], p.Lines.Select(l => l.ToText()));
        Assert.Contains("  新北市政府教育局 1 樓簡報室\n  新北市板橋區中山路一段 161 號\n", Render("txt", c));
        Assert.Contains("新北市政府教育局 1 樓簡報室\\\n&ensp;&ensp;&ensp;&ensp;新北市板橋區中山路一段 161 號\n\n", Render("md", c));
        Assert.Contains("<p>新北市政府教育局 1 樓簡報室<br>新北市板橋區中山路一段 161 號</p>", Render("html", c));
        Assert.Single(Regex.Matches(Render("docx", c), "<w:br/>"));
        Assert.Single(Regex.Matches(Render("odt", c), "<text:line-break/>"));
        Assert.DoesNotContain("\\", Render("html", c));
    }

    [Theory]
    [InlineData("* 業務報告\n  - 本案持續列管。\\\n", 5, "list item")]
    [InlineData("* 業務報告\n  - 本案持續\\\n    列管。\n", 5, "list item")]
    [InlineData("* 業務報告\n  本段最後一行。\\\n", 5, "last line of a paragraph")]
    [InlineData("* 提案討論\n  案由：提請討論。\\\n", 5, "field '案由'")]
    [InlineData("散會：下午 3 時\\\n", 4, "field '散會'")]
    public void ABackslashThatBreaksNothingIsReportedAndPrinted(string body, int line, string where)
    {
        var c = Compile(Head + body);
        var d = Assert.Single(c.Diagnostics, d => d.Code == "ML0116");
        Assert.Equal(line, d.Start.Line);
        Assert.Contains(where, d.Message);
        Assert.Contains("\\", Render("txt", c));
    }

    [Fact]
    public void TwoBackslashesAreOneBackslashAndNoBreak()
    {
        var c = Compile(Head + "* 業務報告\n  資料夾為 share\\\\\n  下一行。\n  - 項目 docs\\\\\n");
        Assert.Empty(c.Diagnostics);
        string txt = Render("txt", c);
        Assert.Contains("  資料夾為 share\\下一行。\n", txt);
        Assert.Contains("一、項目 docs\\\n", txt);
    }

    // ── the seeds and the writer's record ─────────────────────────────────────────

    [Fact]
    public void NoSeedHasAWrappedLineOrAHardBreak()
    {
        // the originals' mid-sentence breaks are encoded as joined lines already: joining changes no seed
        foreach (var name in Repo.SeedNames)
        {
            var c = Repo.CompileSeed(name);
            Assert.DoesNotContain(c.Diagnostics, d => d.Code is "ML0115" or "ML0116" or "ML0014" or "ML0010" or "ML0011" or "ML0012" or "ML0013");
        }
    }
}
