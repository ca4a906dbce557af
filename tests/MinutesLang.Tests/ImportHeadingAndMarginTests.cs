using MinutesLang.Fixes;
using MinutesLang.Import;
using MinutesLang.Parsing;
using MinutesLang.Semantics;
using MinutesLang.Syntax;
using MinutesLang.Text;

namespace MinutesLang.Tests;

/// <summary>
/// Issue h: what a fresh user found in <c>import</c> and in the margin-line checks, each a kind of fault. §1 a heading line
/// (提案二, 臨時動議一…) starts its item instead of being glued onto the 決議 before it; §2 header fields numbered as parts
/// (一、時間：…, (一)時間：…) are printed as written and read by import as check reads them, so that a wrong weekday there
/// gets the suppression check uses, and no suppression is written that check would call useless (ML0503); §3 a
/// decision's verb that names no case gets a comment and a finding (ML0425), never an invented event; §4 a margin
/// line after a margin field is silent (ML0020), and a part marker glued to a figure (<c>*2020年…</c>) is ML0015. The
/// records are made up for these tests, of several bodies.
/// </summary>
public sealed class ImportHeadingAndMarginTests : CliHarness
{
    // ── §1 a heading line starts its item ─────────────────────────────────────────────────────

    /// <summary>Headings of an item on a line of their own: kinds, with and without a colon, numerals and figures, spaced.</summary>
    public static TheoryData<string, string, string> Headings() => new()
    {
        { "臺東縣卑南鄉公所", "提案一", "提案二" },
        { "臺東縣卑南鄉公所", "提案一：", "提案二：" },
        { "新竹市東區區公所", "討論事項一", "討論事項二" },
        { "苗栗縣頭份市民代表會", "臨時動議一", "臨時動議二" },
        { "屏東縣議會", "第一案", "第二案" },
        { "澎湖縣馬公市公所", "提案 1", "提案 2：" },
        { "花蓮縣吉安鄉民代表會", "臨 時 動 議 一", "臨 時 動 議 二" },
        { "宜蘭縣礁溪鄉公所", "討論案第1案", "討論案第2案" },
    };

    private static string Original(string body, string first, string second, bool blankLines) =>
        string.Join(blankLines ? "\n\n" : "\n",
            $"{body}114年度第2次會議紀錄", "壹、時間：中華民國114年5月6日（星期二）上午9時", "貳、地點：本所第一會議室", "參、主席：陳主席",
            "肆、討論事項", first, "案由：延長圖書館開放時間，提請討論。", "說明：週末到館人數增加。", "決議：同意延長開放至晚間8時",
            second, "案由：更新公園路燈，提請討論。", "決議：照案通過", "伍、散會：上午11時") + "\n";

    /// <summary>The values of the 決議 fields of a record, and the text lines at the indentation of the part's content.</summary>
    private static (List<string> Decisions, List<string> Texts) Read(string notation)
    {
        var tree = Parser.Parse(notation, "x.minutes");
        var decisions = new List<string>();
        var texts = new List<string>();
        foreach (var line in Validation.ScanLine.Lines(tree.Root.Blocks))
        {
            if (line is FieldLineSyntax { Field.Name: "決議" } f) decisions.Add(f.Field.Value.PlainText.Trim());
            if (line is TextLineSyntax t && line.IndentWidth == 2) texts.Add(t.Content.ToFullString().Trim());
        }

        return (decisions, texts);
    }

    private static void AssertHeadingsStartTheirItems(string notation, string first, string second)
    {
        var (decisions, texts) = Read(notation);
        Assert.Equal(["同意延長開放至晚間8時", "照案通過"], decisions);
        Assert.Equal([first.Trim(), second.Trim()], texts);
        var check = Compilation.Create(null, [Parser.Parse(notation, "x.minutes")]);
        Assert.DoesNotContain(check.Diagnostics, d => d.Code is "ML0020" or "ML0115" or "ML0404");
    }

    [Theory]
    [MemberData(nameof(Headings))]
    public void AHeadingLineOfPlainTextStartsItsItem(string body, string first, string second)
    {
        foreach (bool blank in new[] { false, true })
        {
            var result = Importer.Import(SourceText.From(Original(body, first, second, blank), "x.txt"));
            AssertHeadingsStartTheirItems(Assert.Single(result.Records).Text, first, second);
        }
    }

    [Theory]
    [MemberData(nameof(Headings))]
    public void AHeadingLineOfADocxOrOdtStartsItsItem(string body, string first, string second)
    {
        string original = Original(body, first, second, false);
        foreach (var input in new[] { ImportReader.Read("x.docx", ImportDocumentTests.Docx(original, false)), ImportReader.Read("x.odt", ImportDocumentTests.Odt(original)) })
            AssertHeadingsStartTheirItems(Assert.Single(Importer.Import(input).Records).Text, first, second);
    }

    [Theory]
    [InlineData("提案二說明如下")]          // a sentence that starts with a kind of item
    [InlineData("提案二案由：路燈")]        // more after the number
    [InlineData("本案提案二")]
    public void AWrappedSentenceStartingWithAKindOfItemIsNoHeading(string line)
    {
        Assert.False(ImportLayout.IsItemHeading(line));
        Assert.True(ImportLayout.IsItemHeading("提案二"));
    }

    // ── §2 header fields numbered as parts ────────────────────────────────────────────────────

    /// <summary>Records of other bodies whose header fields are numbered 一、二、…: (body, the labels of time, place, chair, the recorder's).</summary>
    public static TheoryData<string, string, string, string> NumberedHeaders() => new()
    {
        { "臺中市北屯區公所", "時間", "地點", "主席" },
        { "高雄市旗山區農會", "時間", "地點", "主席" },
        { "嘉義縣民雄鄉公所", "時  間", "地  點", "主  席" },
        { "金門縣金湖鎮公所", "時　間", "地　點", "主　席" },
    };

    private static string Numbered(string body, string time, string place, string chair, char weekday) => $"""
        {body}114年第2次業務會報紀錄
        一、{time}：114年4月9日（星期{weekday}）上午9時30分
        二、{place}：本所3樓禮堂
        三、{chair}：陳區長
        四、出席人員：各課室主管
        五、業務報告：
        (一)民政課：清明連假祭掃人潮順利疏導。
        (二)社會課：重陽禮金發放作業預計於9月開始。
        六、散會：上午11時

        """;

    [Theory]
    [MemberData(nameof(NumberedHeaders))]
    public void HeaderFieldsNumberedAsPartsArePrintedAsWrittenAndReadAsTheirFields(string body, string time, string place, string chair)
    {
        var result = Importer.Import(SourceText.From(Numbered(body, time, place, chair, '三'), "x.txt"));
        string text = Assert.Single(result.Records).Text;
        Assert.Contains($"\n\\一、{time}：114年4月9日（星期三）上午9時30分\n", text);
        var check = Compilation.Create(null, [Parser.Parse(text, "x.minutes")]);
        var record = check.Records.Single();
        Assert.Equal(new DateOnly(2025, 4, 9), record.Date?.ToDate());
        Assert.Equal("本所3樓禮堂", record.Place);
        Assert.Equal("陳區長", record.Chair);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code is "ML0403" or "ML0405");
        Assert.DoesNotContain(check.Diagnostics, d => d.Code is "ML0103" or "ML0102");
    }

    [Theory]
    [MemberData(nameof(NumberedHeaders))]
    public void AWrongWeekdayOfANumberedHeaderIsCheckedAndItsSuppressionUsed(string body, string time, string place, string chair)
    {
        Write("in/x.txt", Numbered(body, time, place, chair, '五'));
        var (code, _, err) = Run("import", Path.Combine(dir, "in", "x.txt"), "-o", Path.Combine(dir, "out"));
        Assert.Equal(0, code);
        Assert.Contains("ML0403", err);
        AssertTheSuppressionIsUsed();
    }

    /// <summary>
    /// The records imported into out/: check finds no useless suppression (ML0503) and no weekday unsuppressed (ML0103); and
    /// each suppression is needed: without it, check finds the ML0103 it suppresses (the field is read, its check runs).
    /// </summary>
    private void AssertTheSuppressionIsUsed()
    {
        var (_, o, e) = Run("check", Path.Combine(dir, "out"), "--format", "msbuild");
        Assert.DoesNotContain("ML0503", o + e);
        Assert.DoesNotContain("ML0103", o + e);
        string file = Directory.GetFiles(Path.Combine(dir, "out"), "*.minutes").Single();
        string written = File.ReadAllText(file);
        Assert.Contains("minutes-disable-next-line ML0103", written);
        Write("bare/" + Path.GetFileName(file), string.Join('\n', written.Split('\n').Where(l => !l.Contains("minutes-disable-next-line", StringComparison.Ordinal))));
        var (_, bo, be) = Run("check", Path.Combine(dir, "bare"), "--format", "msbuild");
        Assert.Contains("ML0103", bo + be);
    }

    /// <summary>A suppression of ML0103 is written only above a line check reads as a part with a date: never one ML0503 calls useless.</summary>
    [Theory]
    [InlineData("一、時間：114年4月9日（星期五）上午9時30分\n二、會議內容：略。\n")]
    [InlineData("壹、時間：114年4月9日（星期五）上午9時30分\n貳、會議內容：略。\n")]
    [InlineData("時  間 114年4月9日（星期五）上午9時30分\n壹、會議內容：略。\n")]
    [InlineData("一、日期：114年4月9日（星期五）\n二、時間：上午9時30分\n三、會議內容：略。\n")]
    [InlineData("(一)時間：114年4月9日（星期五）上午9時30分\n(二)地點：本會會議室\n")]
    [InlineData("1.時間：114年4月9日（星期五）上午9時30分\n2.地點：本會會議室\n")]
    public void ImportThenCheckNeverFindsAUselessSuppression(string header)
    {
        Write("in/x.txt", "測試社區發展協會114年度第2次理事會會議紀錄\n" + header);
        var (code, _, err) = Run("import", Path.Combine(dir, "in", "x.txt"), "-o", Path.Combine(dir, "out"));
        Assert.Equal(0, code);
        Assert.Contains("ML0403", err);
        AssertTheSuppressionIsUsed();
    }

    // ── §3 a decision's verb that names no case ───────────────────────────────────────────────

    private static string Plain(string subject, string decision) => DecisionClauseTests.Plain(subject, decision); // the same original as the clauses'

    [Theory]
    [InlineData("「市區人行道無障礙改善」及「社區登革熱孳生源清除」辦理進度，提請討論。", "同意解列。", "同意解列", "several")]
    [InlineData("「老人共餐據點擴充」及「孳生源清除」，提請討論。", "持續列管。", "持續列管", "several")]
    [InlineData("各案辦理情形，提請討論。", "同意解除列管。", "同意解除列管", "no case")]
    [InlineData("本區公所業務檢討，提請討論。", "列為常態性合作。", "列為常態性合作", "no case")]
    [InlineData("「公有市場攤位更新」案，提請討論。", "同意成案。", "同意成案", "not one of the series")]
    [InlineData("「里民活動中心修繕」一案，提請討論。", "同意解列。", "同意解列", "not one of the series")]
    public void AVerbNamingNoCaseGetsACommentAndNoEvent(string subject, string decision, string verb, string why)
    {
        var notes = new List<(int, int, EventInference.Unattributed)>();
        var (check, imported, _, text) = ImportWithNotes(Plain(subject, decision), notes);
        Assert.Empty(imported.Events);
        var (_, line, note) = Assert.Single(notes);
        Assert.Equal(verb, note.Verb);
        Assert.Equal("決議", note.Label);
        Assert.Contains(why, note.Why.En);
        string[] lines = text.Split('\n');
        Assert.StartsWith("決議：", lines[line - 2].Trim());
        Assert.Equal($"    // minutes import: '{verb}' is given to no case ({note.Why.En}); no event written (ML0425)", lines[line - 1]);
        // no event is invented: the cases open before are not reported (ML0200, ML0254), which the writer settles; nothing else
        Assert.DoesNotContain(check.Diagnostics, d => d.Severity == Diagnostics.DiagnosticSeverity.Error && d.Code is not ("ML0200" or "ML0254"));
    }

    [Theory]
    [InlineData("「市區人行道無障礙改善」辦理進度，提請討論。", "同意解列。")]                       // one case: its event
    [InlineData("各案辦理情形，提請討論。", "請各課持續辦理。")]                                     // no verb of tracking
    [InlineData("各案辦理情形，提請討論。", "依上次會議決議解除列管，洽悉。")]                        // restated
    [InlineData("各案辦理情形，提請討論。", "「市區人行道無障礙改善」同意解列，「孳生源清除」持續列管。")] // each clause names its case
    public void AVerbWhoseCaseIsToldGetsNoComment(string subject, string decision)
    {
        var notes = new List<(int, int, EventInference.Unattributed)>();
        var (_, _, _, text) = ImportWithNotes(Plain(subject, decision), notes);
        Assert.Empty(notes);
        Assert.DoesNotContain("ML0425", text);
    }

    private static (Compilation Check, Semantics.Record Imported, string? Proposals, string Text) ImportWithNotes(string plain, List<(int, int, EventInference.Unattributed)> notes)
    {
        var seriesTree = Parser.Parse(DecisionClauseTests.SeriesText, "series.minutes");
        var earlierTree = Parser.Parse(DecisionClauseTests.Earlier, "114-1.minutes");
        var before = Compilation.Create(seriesTree, [earlierTree]);
        var result = Importer.Import(SourceText.From(plain, "li.txt"), before.Series);
        var record = Assert.Single(result.Records);
        string text = EventInference.ApplyInOrder([record.Text], before.Series, before.Records, Localization.Language.En, notes)[0];
        var check = Compilation.Create(seriesTree, [earlierTree, Parser.Parse(text, "114-2.minutes")]);
        return (check, check.Records.Single(r => r.Id == "114-2"), result.ProposedCases, text);
    }

    [Fact]
    public void ImportReportsTheVerbAtTheCommentOfTheRecordWritten()
    {
        Write("series/series.minutes", DecisionClauseTests.SeriesText);
        Write("series/114-1.minutes", DecisionClauseTests.Earlier);
        Write("in/x.txt", Plain("「市區人行道無障礙改善」及「社區登革熱孳生源清除」，提請討論。", "同意解列。"));
        var (code, _, err) = Run("import", Path.Combine(dir, "in", "x.txt"), "-o", Path.Combine(dir, "out"), "--series", Path.Combine(dir, "series"), "--format", "msbuild");
        Assert.Equal(0, code);
        string written = File.ReadAllText(Path.Combine(dir, "out", "114-2.minutes"));
        int line = Array.FindIndex(written.Split('\n'), l => l.Contains("(ML0425)")) + 1;
        Assert.True(line > 0, written);
        Assert.Contains($"114-2.minutes({line},5", err);
        Assert.Contains("warning ML0425", err);

        var (_, _, zh) = Run("--lang", "zh-TW", "import", Path.Combine(dir, "in", "x.txt"), "-o", Path.Combine(dir, "zh"), "--series", Path.Combine(dir, "series"));
        Assert.Contains("「同意解列」未能歸屬案件", File.ReadAllText(Path.Combine(dir, "zh", "114-2.minutes")));
        Assert.Contains("ML0425", zh);
    }

    /// <summary>The examples of ML0425's page (and its zh-TW page), imported with a series: the bad one raises it, the fixed one does not.</summary>
    [Theory]
    [InlineData("")]
    [InlineData("zh-TW")]
    public void ThePageExamplesOfML0425RaiseItWithASeries(string language)
    {
        string page = File.ReadAllText(Path.Combine(Repo.Root, "docs", "diagnostics", language, "ML0425.md"));
        var blocks = System.Text.RegularExpressions.Regex.Matches(page, "```text\n(.*?)```", System.Text.RegularExpressions.RegexOptions.Singleline).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(2, blocks.Count);
        Write("series/series.minutes", DecisionClauseTests.SeriesText);
        Write("series/114-1.minutes", DecisionClauseTests.Earlier);
        for (int i = 0; i < 2; i++)
        {
            Write($"in{i}/x.txt", blocks[i]);
            var (code, _, err) = Run("import", Path.Combine(dir, $"in{i}", "x.txt"), "-o", Path.Combine(dir, $"out{i}"), "--series", Path.Combine(dir, "series"), "--format", "msbuild");
            Assert.Equal(0, code);
            if (i == 0) Assert.Contains("ML0425", err);
            else Assert.DoesNotContain("ML0425", err);
        }
    }

    // ── §4 margin lines ───────────────────────────────────────────────────────────────────────

    private static List<Diagnostics.Diagnostic> Check(string body) =>
        [.. Compilation.Create(null, [Parser.Parse("@meeting 114-1\n# 114 年度測試協會第 1 次理事會會議紀錄\n* 時間：114 年 3 月 7 日（星期五）上午 10 時\n" + body, "114-1.minutes")]).Diagnostics];

    [Theory]
    [InlineData("紀錄：李小華\n王大明\n")]
    [InlineData("出席人員：王大明\n李小華\n陳志明\n")]
    [InlineData("列席：社會課林課長\n民政課張課員\n")]
    [InlineData("主席：王理事長\n（副理事長代理）\n* 報告事項\n  - 略。\n")]
    public void AMarginLineAfterAMarginFieldIsSilent(string body) =>
        Assert.DoesNotContain(Check(body), d => d.Code == "ML0020");

    [Theory]
    [InlineData("* 主席：王理事長\n李小華\n", 5)]
    [InlineData("* 報告事項\n  - 本會會員大會已完成\n籌備。\n", 6)]
    [InlineData("* 報告事項\n  說明：詳如附件\n一覽表。\n", 6)]
    public void AMarginLineAfterAPartOrAnItemIsStillReported(string body, int line)
    {
        var d = Assert.Single(Check(body), d => d.Code == "ML0020");
        Assert.Equal(line, d.Start.Line);
        Assert.Contains("indent it under the text above", d.Hint);
    }

    [Theory]
    [InlineData("*2020雙北合作辦理進度。", "*2020")]
    [InlineData("*114年度工作計畫。", "*114")]
    [InlineData("*１１４年度預算。", "*１１４")]
    [InlineData("*10 月份活動。", "*10")]
    public void APartMarkerGluedToAFigureIsML0015(string line, string written)
    {
        foreach (string before in new[] { "* 業務報告\n  裁示：洽悉。\n", "* 業務報告\n  - 略。\n", "\n" })
        {
            var found = Check(before + line + "\n");
            var d = Assert.Single(found, d => d.Code == "ML0015");
            Assert.Equal(3 + before.Count(c => c == '\n') + 1, d.Start.Line);
            Assert.Equal(1, d.Start.Column);
            Assert.Equal("figure", d.Text!.Form.Key);
            Assert.Contains($"'{written}'", d.Message);
            Assert.DoesNotContain(found, d => d.Code == "ML0020");
            var fixes = CodeFixes.For(d);
            Assert.Equal(2, fixes.Count);
            Assert.DoesNotContain(fixes, f => f.Unique);
        }
    }

    [Theory]
    [InlineData("  *註：本表單位為新臺幣千元。")]   // indented
    [InlineData("**重要**：請各課配合辦理。")]     // bold
    [InlineData("本年度*2020 年基準調整。")]      // inside the text
    [InlineData("*1 資料來源：主計處。")]           // a footnote's mark
    [InlineData("\\*2020 年資料。")]               // escaped
    public void OtherStarsStaySilent(string line) =>
        Assert.DoesNotContain(Check("* 業務報告\n  - 略。\n\n" + line + "\n"), d => d.Code is "ML0015" or "ML0020" or "ML0016");
}
