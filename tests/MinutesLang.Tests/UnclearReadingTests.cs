using MinutesLang.Diagnostics;
using MinutesLang.Formatting;
using MinutesLang.Parsing;
using MinutesLang.Semantics;

namespace MinutesLang.Tests;

/// <summary>
/// Issue 11, what a fresh tester found after it was built: a label one character off two known labels
/// (ML0119), a full-width space or a tab before a line that belongs at the left margin (ML0011, and
/// <c>fmt</c> leaves the file), and messages that say what the writer wrote where they are reported
/// (ML0120's hint gives a form, not another record's date; ML0103 quotes the weekday's brackets as
/// written; ML0011 speaks of "this line"; ML0106 has a hint).
/// </summary>
public sealed class UnclearReadingTests
{
    private const string Series = "@series 測試組\n  名稱：測試組\n";

    private const string Head = "@meeting 114-2\n# 114 年度測試組第 2 次工作小組會議紀錄\n* 時間：114 年 6 月 5 日（星期四）下午 2 時\n";

    private static Compilation Compile(string record, string name = "114-2.minutes") =>
        Compilation.Create(Parser.Parse(Series, "series.minutes"), [Parser.Parse(record, name)]);

    private static List<string> Lines(Compilation c, string code) =>
        [.. c.Diagnostics.Where(d => d.Code == code).Select(d => $"{d.Start.Line}:{d.Start.Column}")];

    // ── 1. A label one character off two known labels (ML0119) ───────────────────────────────────

    /// <summary>
    /// Every label one character off two known labels at once: for each two labels of the same length
    /// that differ in one or two places, the labels that take each differing place from one or the other.
    /// </summary>
    public static IEnumerable<(string Label, string A, string B)> AmbiguousLabels()
    {
        var known = NearMiss.MeaningfulLabels;
        foreach (var a in known)
        {
            foreach (var b in known.Where(b => string.CompareOrdinal(a, b) < 0 && b.Length == a.Length))
            {
                var diff = Enumerable.Range(0, a.Length).Where(i => a[i] != b[i]).ToList();
                if (diff.Count == 1)
                {
                    // any third character in the differing place: 決議 and 決定 give 決義, 決儀, 決意 …
                    foreach (char c in "義儀意錠訂議定席列出")
                    {
                        if (c == a[diff[0]] || c == b[diff[0]]) continue;
                        yield return (a[..diff[0]] + c + a[(diff[0] + 1)..], a, b);
                    }
                }
                else if (diff.Count == 2)
                {
                    yield return (a[..diff[0]] + b[diff[0]] + a[(diff[0] + 1)..], a, b); // 時間, 地點 → 地間
                    yield return (b[..diff[0]] + a[diff[0]] + b[(diff[0] + 1)..], a, b); // → 時點
                }
            }
        }
    }

    [Fact]
    public void EveryLabelOneCharacterOffTwoKnownLabelsIsNearBoth()
    {
        var all = AmbiguousLabels().Where(x => !NearMiss.MeaningfulLabels.Contains(x.Label)).ToList();
        Assert.Contains(all, x => x.Label == "決義");
        Assert.Contains(all, x => x.Label == "義席人員"); // 出席人員 and 列席人員
        Assert.Contains(all, x => x.Label == "時點"); // 時間 and 地點
        Assert.True(all.Count > 50, $"{all.Count}");
        foreach (var (label, a, b) in all)
        {
            var near = NearMiss.LabelCandidates(label);
            if (near.Count == 0) continue; // a word of its own (裁定 is near 裁示 and 決定), never reported
            Assert.Contains(a, near);
            Assert.Contains(b, near);
            Assert.Null(NearMiss.Label(label)); // read as neither
        }

        Assert.Empty(NearMiss.LabelCandidates("裁定"));
        Assert.Equal(["時間"], NearMiss.LabelCandidates("時問")); // one candidate: ML0117, read as meant
    }

    /// <summary>(what, the record, the line and column of ML0119, the label as written, the candidates).</summary>
    public static TheoryData<string, string, int, int, string, string[]> NearTwo() => new()
    {
        { "決義 in an agenda item", Head + "* 提案討論\n  案由：合作案，提請討論。\n  決義：照案通過。\n", 6, 3, "決義", ["決議", "決定"] },
        { "決 義 spaced, ASCII colon", Head + "* 提案討論\n  案由：合作案，提請討論。\n  說明：詳如附件。\n  決 義:照案通過。\n", 7, 3, "決 義", ["決議", "決定"] },
        { "決意 in the second agenda item of another part", Head + "* 業務報告\n  - 甲案。\n* 臨時動議\n  案由：甲案。\n  決議：同意。\n  案由：乙案。\n  決意：\n    - 請各縣市配合。\n", 10, 3, "決意", ["決議", "決定"] },
        { "山席人員 at the top level", Head + "* 山席人員：詳如簽到表\n", 4, 3, "山席人員", ["出席人員", "列席人員"] },
        { "山席人員 as an unnumbered part", Head + "山席人員：詳如簽到表\n", 4, 1, "山席人員", ["出席人員", "列席人員"] },
        { "說議 under a list item", Head + "* 業務報告\n  - 甲案辦理情形。\n    說議：詳如附件。\n", 6, 5, "說議", ["說明", "決議"] },
        { "案明 in an agenda item", Head + "* 提案討論\n  案由：合作案，提請討論。\n  案明：詳如附件。\n  決議：照案通過。\n", 6, 3, "案明", ["案由", "說明"] },
        { "會議決席, four characters", Head + "* 提案討論\n  案由：合作案。\n  會議決席：照案通過。\n", 6, 3, "會議決席", ["會議主席", "會議決議"] },
        { "地間 as a part", Head + "* 地間：本局會議室\n", 4, 3, "地間", ["時間", "地點"] },
    };

    [Theory]
    [MemberData(nameof(NearTwo))]
    public void ALabelNearTwoKnownLabelsIsReportedWithBothAndReadAsNeither(string what, string record, int line, int column, string written, string[] candidates)
    {
        var c = Compile(record);
        var d = Assert.Single(c.Diagnostics, d => d.Code == "ML0119");
        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
        Assert.Equal((line, column), d.Start);
        Assert.Equal(written, c.Records[0].Tree.Source.ToString(d.Span));
        Assert.Contains($"'{written}'", d.Message);
        foreach (var label in candidates)
        {
            Assert.Contains($"'{label}'", d.Message);
            Assert.Contains($"'{label}'", d.Hint);
        }

        Assert.DoesNotContain(c.Diagnostics, x => x.Code == "ML0117"); // no guess
        Assert.Contains("write the one you mean", d.Hint);

        // fmt leaves the label as written (only the colon is made full width)
        var f = Formatter.Format(Parser.Parse(record, "114-2.minutes"));
        Assert.False(f.Refused, what);
        Assert.Contains(written + "：", f.Text);
        Assert.Single(Compile(f.Text).Diagnostics, x => x.Code == "ML0119");
    }

    [Fact]
    public void ADecisionUnderALabelNearTwoIsNotTheAgendaItemsDecision()
    {
        var c = Compile(Head + "* 提案討論\n  案由：合作案，提請討論。\n  決義：照案通過。\n");
        var agenda = Assert.IsType<AgendaItemBlock>(Assert.Single(c.Records[0].Parts[1].Content));
        Assert.Null(agenda.Decision);

        // a part labelled 時點 is no date: the series' required 時間 is missing, said so, and ML0119 says why
        var noDate = Compile("@meeting 114-2\n# 114 年度測試組第 2 次工作小組會議紀錄\n* 時點：114 年 6 月 5 日（星期五）下午 2 時\n");
        Assert.Equal(["3:3"], Lines(noDate, "ML0119"));
        Assert.Single(noDate.Diagnostics, d => d.Code == "ML0120");
    }

    [Theory]
    [InlineData("* 時問：114 年 6 月 5 日（星期四）下午 2 時\n", "時間")]
    [InlineData("* 提案討論\n  案由：合作案。\n  決儀：照案通過。\n  說朋：詳如附件。\n", "說明")]
    public void ALabelNearOneKnownLabelIsStillReadAsMeant(string body, string meant)
    {
        var c = Compile("@meeting 114-2\n# 114 年度測試組第 2 次工作小組會議紀錄\n" + (body.StartsWith("* 時問", StringComparison.Ordinal) ? "" : "* 時間：114 年 6 月 5 日（星期四）下午 2 時\n") + body);
        Assert.Contains(c.Diagnostics, d => d.Code == "ML0117" && d.Message.Contains($"'{meant}'"));
    }

    // ── 2. A full-width space or a tab before a line at the left margin (ML0011) ─────────────────────

    /// <summary>(what, the record, the line of ML0011, what the line would be at the margin).</summary>
    public static TheoryData<string, string, int, string> StraySpaces() => new()
    {
        { "紀錄 after 主席, one full-width space", Head + "* 地點：本局會議室\n* 主席：王主任\n\u3000紀錄：林小姐\n* 業務報告\n  - 甲案。\n", 6, "紀錄" },
        { "散會 after a list, one full-width space", Head + "* 業務報告\n  - 甲案。\n  - 乙案。\n\u3000散會：下午 3 時\n", 7, "散會" },
        { "散會 after a list, two full-width spaces", Head + "* 業務報告\n  - 甲案。\n    - 細項。\n\u3000\u3000散會：下午 3 時\n", 7, "散會" },
        { "散會 after a table, a tab", Head + "* 出席人員\n  | 市 | 人數 |\n  | 臺北市 | 2 |\n\t散會：下午 3 時\n", 7, "散會" },
        { "主席 after 地點, a tab", Head + "* 地點：本局會議室\n\t主席：王主任\n* 業務報告\n  - 甲案。\n", 5, "主席" },
        { "時間 after the title, one full-width space", "@meeting 114-2\n# 114 年度測試組第 2 次工作小組會議紀錄\n\u3000時間：114 年 6 月 5 日（星期四）下午 2 時\n* 業務報告\n  - 甲案。\n", 3, "時間" },
        { "a part heading after a list", Head + "* 業務報告\n  - 甲案。\n\u3000* 提案討論\n  案由：合作案。\n", 6, "a numbered part" },
        { "a part heading after an agenda item, two tabs", Head + "* 提案討論\n  案由：合作案。\n  決議：\n    - 照案通過。\n\t\t* 臨時動議\n  - 無。\n", 8, "a numbered part" },
        { "a paragraph after a list", Head + "* 業務報告\n  - 甲案。\n\u3000以上報告，敬請備查。\n", 6, "a paragraph" },
        { "a paragraph after 決議 with a value, a tab", Head + "* 提案討論\n  案由：合作案。\n  決議：照案通過。\n\t本次會議到此結束。\n", 7, "a paragraph" },
    };

    [Theory]
    [MemberData(nameof(StraySpaces))]
    public void AFullWidthSpaceOrTabBeforeALineAtTheMarginIsAmbiguousAndFmtLeavesIt(string what, string record, int line, string atMargin)
    {
        var c = Compile(record);
        var d = Assert.Single(c.Diagnostics, d => d.Code == "ML0011");
        Assert.Equal((line, 1), d.Start);
        Assert.StartsWith("this line is indented with", d.Message);
        Assert.Contains("this line belongs to line", d.Message);
        Assert.Contains("counted as nothing", d.Message);
        Assert.Contains(atMargin, d.Message);
        Assert.Contains("at the top level", d.Message);
        Assert.Contains("delete the", d.Hint);
        Assert.DoesNotContain(c.Diagnostics, x => x.Code is "ML0010" or "ML0012" or "ML0013" && x.Start.Line == line); // said once

        var f = Formatter.Format(Parser.Parse(record, "114-2.minutes"));
        Assert.True(f.Refused, what);
        Assert.Equal(record, f.Text);
        Assert.Contains(f.Errors, e => e.Code == "ML0011");

        // the two readings: the line deleted of its space is a part of its own and reported no more
        string atTheMargin = string.Join('\n', record.Split('\n').Select((l, i) => i == line - 1 ? l.TrimStart('\u3000', '\t') : l));
        var fixedOne = Compile(atTheMargin);
        Assert.DoesNotContain(fixedOne.Diagnostics, x => x.Code.StartsWith("ML001", StringComparison.Ordinal));
        Assert.NotEqual(c.Records[0].Parts.Length, fixedOne.Records[0].Parts.Length);
    }

    [Theory]
    [InlineData("* 主席致詞\n\u3000\u3000感謝各位夥伴出席。\n* 業務報告\n\u3000\u3000- 甲案。\n\u3000\u3000- 乙案。\n散會：下午 3 時\n")] // a record indented with full-width spaces
    [InlineData("* 主席致詞\n\t感謝各位夥伴出席。\n* 業務報告\n\t- 甲案。\n\t\t- 細項。\n散會：下午 3 時\n")]                          // with tabs
    [InlineData("* 業務報告\n  - 甲案。\n  - 乙案。\n散會：下午 3 時\n")]                                                               // with spaces
    public void ARecordIndentedOneWayThroughoutIsNotReported(string body)
    {
        Assert.DoesNotContain(Compile(Head + body).Diagnostics, d => d.Code.StartsWith("ML001", StringComparison.Ordinal));
    }

    [Fact]
    public void TheFieldsOfADirectiveHaveNoTopLevelReading()
    {
        // series.minutes: a tab before 標題 of a @case, spaces before 名稱 of @series: 標題 is the case's, whatever a tab counts
        var tree = Parser.Parse("@series 教育文化組\n    名稱 : 教育文化組\n\n@case 綠碳匯\n\t標題：綠碳匯\n", "series.minutes");
        Assert.DoesNotContain(tree.Diagnostics, d => d.Code == "ML0011");
        Assert.False(Formatter.Format(tree).Refused);
    }

    [Theory]
    [InlineData("* 業務報告\n  - 甲案。\n  - 乙案。\n\u3000- 丙案。\n", "ML0010")]             // one full-width space: 1 or 2 columns, the same sibling
    [InlineData("* 業務報告\n  - 甲案。\n  - 乙案。\n\u3000\u3000- 丙案。\n", "ML0011")]       // two: a sibling or a child
    [InlineData("* 業務報告\n  - 甲案。\n  - 乙案。\n\t- 丙案。\n", "ML0011")]                 // a tab: a sibling or a child
    public void AListItemIsNeverReadAtTheMarginOnItsOwn(string body, string code)
    {
        var c = Compile(Head + body);
        Assert.Equal(["7:1"], Lines(c, code));
        Assert.DoesNotContain("counted as nothing", Assert.Single(c.Diagnostics, d => d.Code == code).Message);
    }

    [Fact]
    public void TheAmbiguousNestingMessageSpeaksFromItsOwnLine()
    {
        var tab = Assert.Single(Compile(Head + "* 業務報告\n  - 甲案。\n  - 乙案。\n\t- 丙案。\n").Diagnostics, d => d.Code == "ML0011");
        Assert.Equal(7, tab.Start.Line);
        Assert.Contains("this line belongs to line 6, but with a tab counted as 2 columns, this line belongs to line 4", tab.Message);
        Assert.DoesNotContain("line 7", tab.Message);

        var field = Assert.Single(Compile(Head + "* 提案討論\n  說明：\n\u3000\u3000- 甲。\n  決議：\n    - 丙。\n    - 丁。\n").Diagnostics, d => d.Code == "ML0011");
        Assert.Equal(6, field.Start.Line);
        Assert.Contains("this line belongs to line 5, but with a full-width space counted as 1 column, this line belongs to line 4", field.Message);
    }

    // ── 3. Messages that say what the writer wrote ───────────────────────────────────────────────

    [Theory]
    [InlineData("@meeting 114-2\n# 114 年度測試組第 2 次工作小組會議紀錄\n* 地點：本局會議室\n")]
    [InlineData("@meeting 108-3\n# 108 年度測試組第 3 次會議紀錄\n* 主席：王局長\n散會：上午 11 時\n")]
    [InlineData("@meeting 144\n# 測試市都市計畫委員會第 144 次會議紀錄\n* 地點：市政大樓\n")]
    public void TheMissingDateHintGivesTheFormNotAnotherRecordsDate(string record)
    {
        var d = Assert.Single(Compile(record, record.Contains("144 次") ? "144.minutes" : "x.minutes").Diagnostics, d => d.Code == "ML0120");
        Assert.Contains("* 時間：○○○ 年 ○ 月 ○ 日（星期○）", d.Hint);
        Assert.DoesNotMatch("[0-9０-９]", d.Hint!.Replace("ML0120", "")); // no figure of any date
        Assert.Contains("this meeting's date and time", d.Hint);
    }

    [Theory]
    // 114-06-05 is a Thursday; the weekday quoted as written, the hint in the writer's brackets
    [InlineData("(三)", "(三)", "(四)")]
    [InlineData("( 三 )", "( 三 )", "(四)")]
    [InlineData("（三）", "（三）", "（四）")]
    [InlineData("（三)", "（三)", "（四）")]
    [InlineData("(星期三)", "星期三", "(星期四)")]
    [InlineData("(週三)", "週三", "(週四)")]
    [InlineData("（禮拜三）", "禮拜三", "（禮拜四）")]
    public void TheWrongWeekdayIsQuotedAsWritten(string written, string quoted, string fix)
    {
        var d = Assert.Single(Compile($"@meeting 114-2\n# 114 年度測試組第 2 次工作小組會議紀錄\n* 時間：114 年 6 月 5 日{written}下午 2 時\n").Diagnostics);
        Assert.Equal("ML0103", d.Code);
        Assert.Equal($"2025-06-05 is a 星期四, not {quoted}", d.Message);
        Assert.Equal($"write {fix}", d.Hint);

        // another date, another day: 109-09-06 is a Sunday
        var sunday = Assert.Single(Compile($"@meeting 109-3\n# 109 年度測試組第 3 次會議紀錄\n* 時間：109 年 9 月 6 日{written.Replace('三', '六')}上午 10 時\n").Diagnostics);
        Assert.Contains($"not {quoted.Replace('三', '六')}", sunday.Message);
        Assert.Equal($"write {fix.Replace('四', '日')}", sunday.Hint);
    }

    [Theory]
    [InlineData("@meeting 114-x\n# 標題\n* 時間：114 年 3 月 7 日（星期五）上午 10 時\n", "'@meeting'")]
    [InlineData("@meeting 114-2\n# 114 年度測試組第 2 次工作小組會議紀錄\n* 時間：114 年 6 月 5 日（星期四）下午 2 時\n* 業務報告\n  - 甲案解列。\n    @解列\n", "'@解列 ID'")]
    [InlineData("@meeting 114-2\n# 114 年度測試組第 2 次工作小組會議紀錄\n* 時間：114 年 6 月 5 日（星期四）下午 2 時\n* 業務報告\n  - 甲案更名。\n    @更名 學校交流\n", "'@更名 學校交流 新標題'")]
    public void AMissingDirectiveArgumentHasAHint(string record, string said)
    {
        var d = Assert.Single(Compile(record).Diagnostics, d => d.Code == "ML0106");
        Assert.Contains(said, d.Hint);
    }

    [Theory]
    [InlineData("* 地點：本局會議室\n散會：下午 3 時 75 分\n", "ML0110")]
    [InlineData("* 地點：本局會議室\n", "ML0102")]
    public void UnreadableDateAndTimeHintsGiveTheFormNotAValue(string body, string code)
    {
        string head = code == "ML0102"
            ? "@meeting 108-3\n# 108 年度測試組第 3 次會議紀錄\n* 時間：108 年 2 月 30 日下午 2 時\n"
            : Head;
        var d = Assert.Single(Compile(head + body).Diagnostics, d => d.Code == code);
        Assert.Contains("○", d.Hint);
        Assert.DoesNotMatch("[0-9]", d.Hint!.Replace("24-hour", ""));
    }

    // ── 4. Hand-typed ordinals in a field's value; a pinned list at its field's indentation; ML0106's hint ──

    /// <summary>(the record's body after the date, the line and column of ML0019, the ordinal, what the line would be numbered).</summary>
    public static TheoryData<string, int, int, string, string> OrdinalsInFieldValues() => new()
    {
        { "* 提案討論\n  案由：合作案。\n  說明：一、各縣市辦理情形詳列管表。\n", 6, 6, "一、", "一、 (list level 1)" },
        { "* 提案討論\n  案由：合作案。\n  決議：(一)經各縣市同意，本案成案。\n", 6, 6, "(一)", "一、 (list level 1)" },
        { "* 提案討論\n  案由：合作案。\n  決議：（１）照案通過。\n", 6, 6, "（１）", "一、 (list level 1)" },
        { "* 業務報告\n  - 甲案：\n    說明：1. 依計畫辦理。\n", 6, 8, "1.", "(一) (list level 2)" },
        { "* 說明：甲、本季由新北市主責。\n", 4, 6, "甲、", "一、 (list level 1)" },
        { "說明：壹、本季由新北市主責。\n", 4, 4, "壹、", "一、 (list level 1)" },
    };

    [Theory]
    [MemberData(nameof(OrdinalsInFieldValues))]
    public void AnOrdinalTypedAtTheStartOfAFieldsValueIsReported(string body, int line, int column, string ordinal, string numbered)
    {
        var c = Compile(Head + body);
        var d = Assert.Single(c.Diagnostics, d => d.Code == "ML0019");
        Assert.Equal((line, column), d.Start);
        Assert.Equal(ordinal, c.Records[0].Tree.Source.ToString(d.Span));
        Assert.Contains($"numbered {numbered}", d.Message);
        Assert.Contains("'- '", d.Hint);
    }

    [Theory]
    [InlineData("  說明：一、二年級學生均參加。\n")]  // a number of the text, as at the start of a line
    [InlineData("  說明：1.5 億元經費已到位。\n")]
    [InlineData("  決議：3、4 月辦理。\n")]
    [InlineData("  案由一：合作案辦理進度。\n")]      // a label that prints 案由一 for the only agenda item (seed 112-3)
    public void ANumberOfTheTextInAFieldsValueIsNoOrdinal(string field)
    {
        Assert.DoesNotContain(Compile(Head + "* 提案討論\n" + field).Diagnostics, d => d.Code == "ML0019");
    }

    [Theory]
    [InlineData("  決議：\n  @list (一)\n  - 甲。\n  - 乙。\n  說明：其他。\n", 8)]
    [InlineData("  決議：\n\n  @list 1.\n  - 甲。\n  - 乙。\n", 9)]
    public void AListPinnedAtItsFieldsIndentationIsTheFieldsList(string body, int firstItem)
    {
        string record = Head + "* 提案討論\n  案由：合作案。\n" + body;
        var c = Compile(record);
        Assert.Equal([$"{firstItem}:3"], Lines(c, "ML0014"));
        var agenda = Assert.IsType<AgendaItemBlock>(Assert.Single(c.Records[0].Parts[1].Content));
        Assert.IsType<ListBlock>(Assert.Single(agenda.Decision!.Content));

        // fmt indents the pin and the items below the field; the style is kept
        var f = Formatter.Format(Parser.Parse(record, "114-2.minutes"));
        Assert.False(f.Refused);
        Assert.Contains("  決議：\n", f.Text);
        Assert.Matches("\n    @list [^\n]+\n    - 甲。\n    - 乙。\n", f.Text);
        var again = Compile(f.Text);
        Assert.DoesNotContain(again.Diagnostics, d => d.Code.StartsWith("ML001", StringComparison.Ordinal));
        string txt(Compilation x) => new MinutesLang.Rendering.TemplateRenderer(Repo.Templates, "txt").Render(new MinutesLang.Rendering.RenderModelBuilder(x.Series).Build(x.Records[0]));
        Assert.Equal(txt(c), txt(again));
        Assert.Contains(body.Contains("(一)") ? "(一)甲。" : "1.甲。", txt(c));
    }
}
