using MinutesLang.Diagnostics;
using MinutesLang.Formatting;
using MinutesLang.Import;
using MinutesLang.Parsing;
using MinutesLang.Semantics;

namespace MinutesLang.Tests;

/// <summary>
/// Issue 11 points 3 and 4: a line that looks like a construct but is not one (ML0015–ML0018,
/// ML0117, ML0118) and an ordinal typed by hand (ML0019) is reported at its line with a fix, is
/// read as what the writer meant (no other check vanishes), and <c>fmt</c> repairs what is
/// unambiguous; legitimate text is not reported.
/// </summary>
public sealed class NearMissTests
{
    private const string Series = "@case 學校交流\n  標題：跨縣市學校交流\n@case 綠碳匯\n  標題：綠碳匯總動員\n";

    private const string Head = "@meeting 114-2\n# 114 年度測試小組第 2 次會議紀錄\n";

    private static Compilation Compile(string text) =>
        Compilation.Create(Parser.Parse(Series, "series.minutes"), [Parser.Parse(text, "114-2.minutes")]);

    /// <summary>The diagnostics of <paramref name="codes"/> as (code, line, column).</summary>
    private static List<(string Code, int Line, int Column)> Found(string text, params string[] codes) =>
        [.. Compile(text).Diagnostics.Where(d => codes.Contains(d.Code)).Select(d => (d.Code, d.Start.Line, d.Start.Column))];

    private static readonly string[] NearMissCodes = ["ML0015", "ML0016", "ML0017", "ML0018", "ML0019", "ML0117", "ML0118"];

    private static Diagnostic One(string text, string code) => Assert.Single(Compile(text).Diagnostics, d => d.Code == code);

    // ── a record of the writer (a 114-2 of a small series, in the cases' kinds) ─────────

    private const string Clean =
        "@meeting 114-2\n" +
        "# 114 年度測試小組第 2 次會議紀錄\n" +
        "* 時間：114 年 6 月 5 日（星期四）下午 2 時\n" +
        "* 地點：新北市政府教育局簡報室\n" +
        "* 主席：張主任秘書明文\n" +
        "紀錄：林怡君\n" +
        "* 業務報告\n" +
        "  - 本季由新北市主責，下一季由臺北市接棒。\n" +
        "  - 有關校園碳盤查經驗交流一案，新北市已辦理線上工作坊。\n" +
        "* 提案討論\n" +
        "  案由：「[[綠碳匯]]」辦理進度，提請討論。\n" +
        "  決議：\n" +
        "    - 各縣市已完成校園樹木碳匯盤查計 87 校。\n" +
        "    - 本案持續列管。\n" +
        "    @列管 綠碳匯\n" +
        "散會：下午 3 時 50 分\n";

    [Fact]
    public void TheCleanRecordHasNoNearMiss() => Assert.Empty(Found(Clean, NearMissCodes));

    public static TheoryData<string, string, string, int, int> WriterMistakes() => new()
    {
        // the cases: a marker without its space, a full-width star, hand-typed ordinals
        { "* 時間：114", "*時間：114", "ML0015", 3, 1 },
        { "  - 有關", "  -有關", "ML0015", 9, 3 },
        { "    - 本案", "    -本案", "ML0015", 14, 5 },
        { "* 業務報告", "*業務報告", "ML0015", 7, 1 },
        { "# 114", "#114", "ML0015", 2, 1 },
        { "* 提案討論", "＊ 提案討論", "ML0016", 10, 1 },
        { "* 地點", "＊地點", "ML0016", 4, 1 },
        { "  - 本季", "  － 本季", "ML0016", 8, 3 },
        { "# 114", "＃ 114", "ML0016", 2, 1 },
        { "    @列管", "    ＠列管", "ML0016", 15, 5 },
        { "  - 有關", "  -\u3000有關", "ML0017", 9, 4 },
        { "* 主席", "*\u3000主席", "ML0017", 5, 2 },
        { "「[[綠碳匯]]」", "「［［綠碳匯］］」", "ML0018", 11, 7 },
        { "  - 本季", "  一、本季", "ML0019", 8, 3 },
        { "    - 本案", "    - (二)本案", "ML0019", 14, 7 },
        { "    - 各縣市", "    - （一）各縣市", "ML0019", 13, 7 },
        { "  - 有關", "  - 2.有關", "ML0019", 9, 5 },
        { "  - 有關", "  - ２．有關", "ML0019", 9, 5 },
        { "* 業務報告", "* 貳、業務報告", "ML0019", 7, 3 },
        { "* 主席：", "* 主蓆：", "ML0117", 5, 3 },
        { "* 地點：", "* 地典：", "ML0117", 4, 3 },
        { "紀錄：", "紀綠：", "ML0117", 6, 1 },
        { "散會：", "散曾：", "ML0117", 16, 1 },
        { "    @列管", "    @列官", "ML0118", 15, 6 },
        { "@meeting", "@meting", "ML0118", 1, 2 },
    };

    /// <summary>Every mistake is reported once at its line and column, with a hint, and nothing else is (but what it causes on purpose).</summary>
    [Theory]
    [MemberData(nameof(WriterMistakes))]
    public void EachMistakeIsReportedAtItsLineWithAHint(string right, string wrong, string code, int line, int column)
    {
        Assert.Contains(right, Clean);
        string text = ReplaceFirst(Clean, right, wrong);
        var found = Compile(text).Diagnostics.Where(d => NearMissCodes.Contains(d.Code)).ToList();
        var d = Assert.Single(found);
        Assert.Equal((code, line, column), (d.Code, d.Start.Line, d.Start.Column));
        Assert.False(string.IsNullOrWhiteSpace(d.Hint));
        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);

        // the clean record's own findings stay: the near miss is read as what was meant
        var cleanCodes = Compile(Clean).Diagnostics.Select(x => x.Code).Order();
        var otherCodes = Compile(text).Diagnostics.Where(x => !NearMissCodes.Contains(x.Code)).Select(x => x.Code).Order();
        if (code != "ML0018") Assert.Equal(cleanCodes, otherCodes);
    }

    private static string ReplaceFirst(string text, string what, string with)
    {
        int at = text.IndexOf(what, StringComparison.Ordinal);
        return text[..at] + with + text[(at + what.Length)..];
    }

    /// <summary>A typo never makes a check vanish: the wrong weekday of a near-miss 時間 is reported too (ML0103).</summary>
    [Theory]
    [InlineData("*時間：114 年 6 月 5 日（星期五）下午 2 時", "ML0015")]
    [InlineData("＊ 時間：114 年 6 月 5 日（星期五）下午 2 時", "ML0016")]
    [InlineData("＊時間：114 年 6 月 5 日（星期五）下午 2 時", "ML0016")]
    [InlineData("*\u3000時間：114 年 6 月 5 日（星期五）下午 2 時", "ML0017")]
    [InlineData("* 時問：114 年 6 月 5 日（星期五）下午 2 時", "ML0117")]
    [InlineData("時問：114 年 6 月 5 日（星期五）下午 2 時", "ML0117")]
    public void TheNearMissTimeIsStillCheckedForItsWeekday(string line, string code)
    {
        string text = Clean.Replace("* 時間：114 年 6 月 5 日（星期四）下午 2 時", line);
        var codes = Compile(text).Diagnostics.Where(d => d.Start.Line == 3).Select(d => d.Code).ToList();
        Assert.Contains(code, codes);
        Assert.Contains("ML0103", codes);
        Assert.Equal((DateOnly?)new DateOnly(2025, 6, 5), Compile(text).Records[0].Date!.Value.ToDate());
    }

    [Fact]
    public void NearMissDirectivesAndLabelsAreReadAsMeant()
    {
        var c = Compile((Head + "* 業務報告\n  - 「[[學校交流]]」解除列管。\n    ＠解例 學校交流\n散曾：下午 3 時\n").Replace("@meeting", "@meting"));
        var r = c.Records[0];
        Assert.Equal(114, r.Year);
        Assert.Equal(2, r.Sequence);
        Assert.Contains(r.Events, e => e.Kind == CaseEventKind.Delisted && e.CaseId == "學校交流");
        Assert.NotNull(r.End);
        Assert.DoesNotContain(c.Diagnostics, d => d.Code is "ML0100" or "ML0104" or "ML0110");
        Assert.Equal(["ML0016", "ML0117", "ML0118", "ML0118"], c.Diagnostics.Where(d => NearMissCodes.Contains(d.Code)).Select(d => d.Code).Order());
    }

    /// <summary>A label one character off two labels with a meaning (決義: 決議 or 決定?) is not guessed.</summary>
    [Theory]
    [InlineData("決義")]
    [InlineData("說議")]
    public void AnAmbiguousLabelIsNotGuessed(string label)
    {
        Assert.Null(NearMiss.Label(label));
        Assert.Empty(Found(Head + "* 提案討論\n  案由：本案。\n  " + label + "：同意。\n", NearMissCodes));
    }

    [Theory]
    [InlineData("@unknown x")]    // near no directive
    [InlineData("@列 學校交流")]   // one character: too short to guess
    public void AnUnknownDirectiveFarFromAnyIsStillML0104(string directive)
    {
        var codes = Compile(Head + "* 業務報告\n  - 甲。\n    " + directive + "\n").Diagnostics.Select(d => d.Code).ToList();
        Assert.Contains("ML0104", codes);
        Assert.DoesNotContain("ML0118", codes);
    }

    // ── the kinds, with more instances: other markers, levels, characters ────────────

    [Theory]
    [InlineData("* 業務報告\n  -【附件】詳如列管表。\n", "ML0015", 4, 3)]            // B04: 【 right after the marker
    [InlineData("* 業務報告\n  -「學校交流」持續辦理。\n", "ML0015", 4, 3)]
    [InlineData("* 業務報告\n  - 甲\n    -（略）\n", "ML0015", 5, 5)]
    [InlineData("* 業務報告\n  - 甲\n    - 乙\n      -丙\n", "ML0015", 6, 7)]
    [InlineData("*主席致詞（略）\n", "ML0015", 3, 1)]
    [InlineData("* 業務報告\n  -\u3000經費已撥付完畢。\n", "ML0017", 4, 4)]        // B04: a full-width space after the marker
    [InlineData("#\u3000標題二\n", "ML0017", 3, 2)]
    [InlineData("* 業務報告\n\u3000\u3000－\u3000經費\n", "ML0016", 4, 3)]
    [InlineData("* 業務報告\n  ＊ 註：本表\n", "ML0016", 4, 3)]                      // indented: text, reported, not repaired
    [InlineData("* 業務報告\n  ｜ 年度 ｜ 主政 ｜\n", "ML0018", 4, 3)]
    [InlineData("* 業務報告\n  ／／ 附件待補\n", "ML0018", 4, 3)]
    [InlineData("* 出席人員：｛｛出席人員｝｝\n", "ML0018", 3, 8)]
    [InlineData("* 業務報告\n  - [[學校交流]]與［［綠碳匯］］\n", "ML0018", 4, 14)]
    public void MoreInstancesOfEachKind(string body, string code, int line, int column)
    {
        var found = Found(Head + body, NearMissCodes);
        Assert.Equal([(code, line, column)], found);
    }

    [Fact]
    public void TheB04CaseAcceptsTheFullWidthSpaceAndReportsTheMissingOne()
    {
        string text = Head + "* 報告事項\n  -\u3000經費已撥付完畢。\n  -【附件】詳如列管表。\n  - 【附件二】詳如簽到表。\n";
        Assert.Equal([("ML0017", 4, 4), ("ML0015", 5, 3)], Found(text, NearMissCodes).OrderBy(d => d.Line));
        var list = Assert.IsType<ListBlock>(Assert.Single(Compile(text).Records[0].Parts[0].Content));
        Assert.Equal(["經費已撥付完畢。", "【附件】詳如列管表。", "【附件二】詳如簽到表。"], list.Items.Select(i => i.Text.ToText()));
    }

    /// <summary>Lines the records write legitimately are not near misses (decided on the seeds' evidence: GUIDE §10).</summary>
    [Theory]
    [InlineData("  -5 度低溫特報。")]                     // a sign before a number
    [InlineData("  -based 學習")]                         // a Latin word
    [InlineData("  -５ 度低溫特報。")]                    // the same in full-width digits
    [InlineData("  ---")]
    [InlineData("  本季 * 甲 - 乙")]                      // '*' and '-' inside prose
    [InlineData("  *註：本表為暫定。")]                   // an indented star is text
    [InlineData("  \\-有關本案，另案辦理。")]             // escaped on purpose
    [InlineData("  \\一、本案另案辦理。")]
    [InlineData("  - 109年3月26日市長層級會議裁示事項。")] // a date at the start of an item
    [InlineData("  1.5 億元預算已撥付。")]
    [InlineData("  3、4 月辦理研習。")]
    [InlineData("  一、二年級學生參加。")]
    [InlineData("  甲、乙雙方同意。")]
    [InlineData("  - 112 年度計 5 案。")]
    [InlineData("  日期：114 年 6 月 5 日")]               // words of their own, not misspelt labels
    [InlineData("  期間：6 月至 8 月")]
    [InlineData("  地址：板橋區中山路")]
    [InlineData("  案由一：本案。")]
    [InlineData("  主持：王科長")]
    [InlineData("  - 「[[學校交流]]」持續辦理，網址 http://example.org/a-b。")]
    public void LegitimateTextIsNotReported(string line)
    {
        Assert.Empty(Found(Head + "* 業務報告\n" + line + "\n", NearMissCodes));
    }

    // ── hand-typed ordinals: the marker to use and the level it would get ──────────────

    [Theory]
    [InlineData("* 業務報告\n  一、本季由新北市主責。\n  二、下一季由臺北市接棒。\n", 4, "一、", "numbers it 一、 (list level 1)", "write '- ' in place of '一、'")]
    [InlineData("* 業務報告\n  一、本季由新北市主責。\n  二、下一季由臺北市接棒。\n", 5, "二、", "numbers it 二、 (list level 1)", "write '- ' in place of '二、'")]
    [InlineData("* 提案討論\n  決議：\n    - (一)請持續辦理。\n", 5, "(一)", "numbers this item 一、 (list level 1)", "write '@list (一)'")]
    [InlineData("* 提案討論\n  決議：\n    - 甲\n      - 1.乙\n", 6, "1.", "numbers this item (一) (list level 2)", "write '@list 1.'")]
    [InlineData("* 提案討論\n  決議：\n    - 甲\n      - 乙\n        - (1)丙\n", 7, "(1)", "numbers this item 1. (list level 3)", "write '@list (1)'")]
    [InlineData("* 提案討論\n  @list (一)\n  - (一)甲\n  - (二)乙\n", 6, "(二)", "numbers this item (二) (list level 1)", "delete '(二)'")]
    [InlineData("* 業務報告\n  - 甲\n    （二）乙\n", 5, "（二）", "numbers it (一) (list level 2)", "write '- ' in place of '（二）'")]
    [InlineData("* 業務報告\n  - １．本季\n", 4, "１．", "numbers this item 一、 (list level 1)", "delete '１．'")]
    [InlineData("* 業務報告\n  - 甲、本季\n", 4, "甲、", "numbers this item 一、 (list level 1)", "write '@list 甲、'")]
    [InlineData("* 業務報告\n  (1) 本季\n", 4, "(1)", "numbers it 一、 (list level 1)", "write '- ' in place of '(1)'")]
    [InlineData("* 業務報告\n  1、本季\n", 4, "1、", "numbers it 一、 (list level 1)", "write '- ' in place of '1、'")]
    [InlineData("* 壹、業務報告\n", 3, "壹、", "numbers this part 壹、", "delete '壹、'")]
    [InlineData("* 時間：114 年 6 月 5 日（星期四）下午 2 時\n* 參、臨時動議\n", 4, "參、", "numbers this part 貳、", "delete '參、'")]
    [InlineData("* 時間：114 年 6 月 5 日（星期四）下午 2 時\n貳、臨時動議\n", 4, "貳、", "it is numbered 貳、", "write '* ' in place of '貳、'")]
    public void AHandTypedOrdinalNamesTheMarkerAndTheOrdinalItWouldGet(string body, int line, string ordinal, string message, string hint)
    {
        var d = Assert.Single(Compile(Head + body).Diagnostics, d => d.Code == "ML0019" && d.Start.Line == line);
        Assert.Contains($"'{ordinal}'", d.Message);
        Assert.Contains(message, d.Message);
        Assert.Contains(hint, d.Hint);
        Assert.Equal(ordinal, d.Source.Text.Substring(d.Span.Start, d.Span.Length));
    }

    /// <summary>The importer and the checker share one recognition of the ordinal styles (Semantics/Ordinals).</summary>
    [Theory]
    [InlineData("壹、業務報告", true, "壹", 1)]
    [InlineData("拾貳、臨時動議", true, "拾貳", 12)]
    [InlineData("三、本案", false, "三、", 3)]
    [InlineData("(四)本案", false, "(四)", 4)]
    [InlineData("（五）本案", false, "（五）", 5)]
    [InlineData("6. 本案", false, "6.", 6)]
    [InlineData("１２．本案", false, "１２．", 12)]
    [InlineData("（７）本案", false, "（７）", 7)]
    [InlineData("(8) 本案", false, "(8)", 8)]
    [InlineData("９、本案", false, "９、", 9)]
    [InlineData("丙、本案", false, "丙、", 3)]
    public void OneRecognitionOfOrdinalsServesTheImporterAndTheChecker(string text, bool isPart, string ordinal, int number)
    {
        var o = Ordinals.Match(text);
        Assert.NotNull(o);
        Assert.Equal((isPart, ordinal, number), (o.Value.IsPart, o.Value.Ordinal, o.Value.Number));

        // the importer reads the same line as a part or an item of that number
        var line = Assert.Single(ImportLines.Read(MinutesLang.Text.SourceText.From(text + "\n", "x.txt")));
        Assert.Equal(isPart ? LineKind.Part : LineKind.Item, line.Kind);
        Assert.Equal(number, line.Number);

        // and the checker reports it typed in a record (a part's ordinal in a part, an item's in an item)
        string record = Head + (isPart ? "* " + text + "\n" : "* 業務報告\n  - " + text + "\n");
        Assert.Single(Compile(record).Diagnostics, d => d.Code == "ML0019");
    }

    [Theory]
    [InlineData("1.5 億")]
    [InlineData("109年")]
    [InlineData("一、")]
    public void NoOrdinalWhereTheTextIsANumberOrNothingFollows(string text) => Assert.Null(Ordinals.Match(text));

    // ── fmt repairs the unambiguous ones, keeps every word, and is idempotent ─────────

    [Theory]
    [InlineData("*時間：甲\n", "* 時間：甲\n")]
    [InlineData("* 甲\n  -有關\n", "* 甲\n  - 有關\n")]
    [InlineData("* 甲\n  -【附件】詳如列管表。\n", "* 甲\n  - 【附件】詳如列管表。\n")]
    [InlineData("* 甲\n  -\u3000經費\n", "* 甲\n  - 經費\n")]
    [InlineData("＊ 提案討論\n", "* 提案討論\n")]
    [InlineData("＊提案討論\n", "* 提案討論\n")]
    [InlineData("* 甲\n  －\u3000乙\n    － 丙\n", "* 甲\n  - 乙\n    - 丙\n")]
    [InlineData("＃標題\n", "# 標題\n")]
    [InlineData("* 甲\n  - 乙\n    ＠列管 綠碳匯\n", "* 甲\n  - 乙\n    @列管 綠碳匯\n")]
    [InlineData("* 甲\n  ＊ 註\n", "* 甲\n  ＊ 註\n")]                         // not certain: left
    [InlineData("* 甲\n  ｜ a ｜ b ｜\n", "* 甲\n  ｜ a ｜ b ｜\n")]
    [InlineData("* 甲\n  - (一)乙\n", "* 甲\n  - (一)乙\n")]                 // a word: never deleted
    [InlineData("* 時問：乙\n", "* 時問：乙\n")]
    [InlineData("* 甲\n  -5 度\n", "* 甲\n  -5 度\n")]
    public void FmtRepairsWhatIsUnambiguous(string input, string expected)
    {
        var result = Formatter.Format(Parser.Parse(input));
        Assert.False(result.Refused);
        Assert.Equal(expected, result.Text);
        Assert.Equal(expected, Formatter.Format(Parser.Parse(expected)).Text);
        Assert.DoesNotContain(Parser.Parse(expected).Diagnostics, d => d.Code is "ML0015" or "ML0016" or "ML0017" && !expected.Contains("＊ 註"));
    }

    [Fact]
    public void TheWriterRecordWithEveryRepairableMistakeFormatsToTheCleanOne()
    {
        string messy = Clean
            .Replace("* 時間：", "*時間：").Replace("* 提案討論", "＊ 提案討論").Replace("  - 有關", "  -有關")
            .Replace("    - 本案", "    －\u3000本案").Replace("    @列管", "    ＠列管").Replace("# 114", "＃114");
        Assert.Equal(6, Found(messy, NearMissCodes).Count);
        var result = Formatter.Format(Parser.Parse(messy));
        Assert.Equal(Clean, result.Text);
    }
}
