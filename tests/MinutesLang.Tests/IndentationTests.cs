using MinutesLang.Diagnostics;
using MinutesLang.Formatting;
using MinutesLang.Parsing;
using MinutesLang.Semantics;

namespace MinutesLang.Tests;

/// <summary>
/// Issue 11, point 2 (grammar/GUIDE.md, "Indentation mistakes"): mixed kinds of space, a jump of
/// a level, a line between two levels and a list at its field's indentation are each reported at
/// their line, with a hint; <c>fmt</c> repairs those whose nesting is clear and leaves the others.
/// </summary>
public sealed class IndentationTests
{
    private const string Series = "@series 測試組\n  名稱：測試組\n";

    private const string Head = "@meeting 114-2\n# 114 年度測試組第 2 次工作小組會議紀錄\n* 時間：114 年 6 月 5 日（星期四）下午 2 時\n";

    private static Compilation Compile(string record) =>
        Compilation.Create(Parser.Parse(Series, "series.minutes"), [Parser.Parse(record, "114-2.minutes")]);

    private static string Txt(string record)
    {
        var c = Compile(record);
        return new MinutesLang.Rendering.TemplateRenderer(Repo.Templates, "txt").Render(new MinutesLang.Rendering.RenderModelBuilder(c.Series).Build(c.Records[0]));
    }

    /// <summary>(what, the record, the code, its line and column, the layout fmt writes or null when it leaves the file).</summary>
    public static TheoryData<string, string, string, int, int, string?> Mistakes() => new()
    {
        // ML0010: another kind of space, the nesting the same whatever it counts
        {
            "one full-width space for two spaces, part level",
            Head + "* 業務報告\n  - 甲案。\n  - 乙案。\n\u3000- 丙案。\n", "ML0010", 7, 1,
            Head + "* 業務報告\n  - 甲案。\n  - 乙案。\n  - 丙案。\n"
        },
        {
            "two tabs under a space-indented item",
            Head + "* 業務報告\n  - 甲案。\n\t\t- 細項。\n  - 乙案。\n", "ML0010", 6, 1,
            Head + "* 業務報告\n  - 甲案。\n    - 細項。\n  - 乙案。\n"
        },
        {
            "spaces in a part indented with tabs",
            Head + "* 業務報告\n\t- 甲案。\n\t- 乙案。\n\t\t- 細項。\n                    - 更細。\n", "ML0010", 8, 1,
            Head + "* 業務報告\n  - 甲案。\n  - 乙案。\n    - 細項。\n      - 更細。\n"
        },

        // ML0011: the kind of space decides the nesting
        {
            "a tab beside items indented with two spaces",
            Head + "* 業務報告\n  - 甲案。\n  - 乙案。\n\t- 丙案。\n", "ML0011", 7, 1, null
        },
        {
            "two full-width spaces beside items indented with two spaces",
            Head + "* 業務報告\n  - 甲案。\n  - 乙案。\n\u3000\u3000- 丙案。\n", "ML0011", 7, 1, null
        },
        {
            "a tab in the list of a field",
            Head + "* 提案討論\n  案由：合作案，提請討論。\n  決議：\n    - 甲。\n    - 乙。\n\t- 丙。\n", "ML0011", 9, 1, null
        },
        {
            "full-width spaces under a field, spaces elsewhere",
            Head + "* 提案討論\n  說明：\n\u3000\u3000- 甲。\n  決議：\n    - 丙。\n    - 丁。\n    - 戊。\n", "ML0011", 6, 1, null
        },

        // ML0012: two levels or more below the line it belongs to
        {
            "a list six columns below its field",
            Head + "* 提案討論\n  案由：合作案，提請討論。\n  說明：詳如附件。\n  決議：\n        - 本案持續列管。\n", "ML0012", 8, 1,
            Head + "* 提案討論\n  案由：合作案，提請討論。\n  說明：詳如附件。\n  決議：\n    - 本案持續列管。\n"
        },
        {
            "a nested list four columns below its item",
            Head + "* 業務報告\n  - 甲案。\n  - 乙案：\n        - 細項一。\n        - 細項二。\n* 臨時動議\n  - 無。\n", "ML0012", 7, 1,
            Head + "* 業務報告\n  - 甲案。\n  - 乙案：\n    - 細項一。\n    - 細項二。\n* 臨時動議\n  - 無。\n"
        },

        // ML0013: between two levels
        {
            "an item between its list's level and the level of the item above",
            Head + "* 業務報告\n  - 甲案。\n    - 細項一。\n   - 細項二。\n", "ML0013", 7, 1,
            Head + "* 業務報告\n  - 甲案。\n    - 細項一。\n    - 細項二。\n"
        },
        {
            "a field between the agenda item and its list",
            Head + "* 提案討論\n  案由：合作案，提請討論。\n  決議：\n    - 甲。\n   說明：詳如附件。\n", "ML0013", 8, 1,
            Head + "* 提案討論\n  案由：合作案，提請討論。\n  決議：\n    - 甲。\n    說明：詳如附件。\n"
        },

        // ML0014: list items at the indentation of a field with an empty value
        {
            "the list of 決議 at its own indentation",
            Head + "* 提案討論\n  案由：合作案，提請討論。\n  決議：\n  - 甲。\n  - 乙。\n", "ML0014", 7, 3,
            Head + "* 提案討論\n  案由：合作案，提請討論。\n  決議：\n    - 甲。\n    - 乙。\n"
        },
        {
            "the list of a part with an empty value at the margin",
            Head + "* 業務報告：\n- 甲。\n- 乙。\n", "ML0014", 5, 1,
            Head + "* 業務報告：\n  - 甲。\n  - 乙。\n"
        },
        {
            "the list of 說明 at its own indentation with a blank line",
            Head + "* 提案討論\n  案由：合作案，提請討論。\n  說明：\n\n  - 甲。\n  - 乙。\n  決議：照案通過。\n", "ML0014", 8, 3,
            Head + "* 提案討論\n  案由：合作案，提請討論。\n  說明：\n\n    - 甲。\n    - 乙。\n  決議：照案通過。\n"
        },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public void EachMistakeIsReportedAtItsLineWithAHint(string what, string record, string code, int line, int column, string? repaired)
    {
        _ = repaired;
        var found = Compile(record).Diagnostics.Where(d => d.Code == code).ToList();
        var d = Assert.Single(found);
        Assert.Equal((line, column), d.Start);
        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
        Assert.False(string.IsNullOrWhiteSpace(d.Hint), what);
    }

    [Theory]
    [MemberData(nameof(Mistakes))]
    public void FmtRepairsTheClearOnesAndLeavesTheOthers(string what, string record, string code, int line, int column, string? repaired)
    {
        _ = (line, column);
        var result = Formatter.Format(Parser.Parse(record, "114-2.minutes"));
        if (repaired is null)
        {
            Assert.True(result.Refused, what);
            Assert.Equal(record, result.Text);
            Assert.Contains(result.Errors, e => e.Code == code);
            return;
        }

        Assert.False(result.Refused, what);
        Assert.Equal(repaired, result.Text);
        Assert.DoesNotContain(Compile(result.Text).Diagnostics, d => d.Code.StartsWith("ML001", StringComparison.Ordinal));
        Assert.Equal(Txt(record), Txt(result.Text)); // the repair keeps the meaning
    }

    [Fact]
    public void TheMessageSaysWhatEachKindOfSpaceCountsAs()
    {
        var mixed = Assert.Single(Compile(Head + "* 業務報告\n  - 甲案。\n  - 乙案。\n\u3000- 丙案。\n").Diagnostics, d => d.Code == "ML0010");
        Assert.Contains("1 full-width space", mixed.Message);
        Assert.Contains("a tab counts 4 columns, a full-width space 2, a space 1", mixed.Message);

        var tab = Assert.Single(Compile(Head + "* 業務報告\n  - 甲案。\n  - 乙案。\n\t- 丙案。\n").Diagnostics, d => d.Code == "ML0011");
        Assert.Contains("1 tab", tab.Message);
        Assert.Contains("this line belongs to line 6", tab.Message); // ML0011 is reported at line 7 itself
        Assert.Contains("with a tab counted as 2 columns, this line belongs to line 4", tab.Message);

        var ideographic = Assert.Single(Compile(Head + "* 業務報告\n  - 甲案。\n  - 乙案。\n\u3000\u3000- 丙案。\n").Diagnostics, d => d.Code == "ML0011");
        Assert.Contains("with a full-width space counted as 1 column, this line belongs to line 4", ideographic.Message);
    }

    [Fact]
    public void ListItemsAtTheFieldsIndentationAreItsListNumberedAsIt()
    {
        string clean = Head + "* 提案討論\n  案由：合作案，提請討論。\n  決議：\n    - 甲。\n    - 乙。\n  案由：臨時動議。\n  決議：\n    - 丙。\n";
        string atField = Head + "* 提案討論\n  案由：合作案，提請討論。\n  決議：\n  - 甲。\n  - 乙。\n  案由：臨時動議。\n  決議：\n  - 丙。\n";
        Assert.Equal(Txt(clean), Txt(atField));
        Assert.Contains("一、丙。\n", Txt(atField));
        var agenda = (AgendaItemBlock)Compile(atField).Records[0].Parts[1].Content[1];
        Assert.IsType<ListBlock>(Assert.Single(agenda.Decision!.Content));
        Assert.Equal(2, Compile(atField).Diagnostics.Count(d => d.Code == "ML0014"));
    }

    [Fact]
    public void AFieldWithAValueDoesNotTakeTheItemsAfterIt()
    {
        var c = Compile(Head + "* 業務報告\n  說明：詳如附件。\n  - 甲。\n");
        Assert.DoesNotContain(c.Diagnostics, d => d.Code == "ML0014");
        Assert.IsType<ListBlock>(c.Records[0].Parts[1].Content[1]);
    }

    [Theory]
    [InlineData("* 業務報告\n\t- 甲案。\n\t\t- 細項。\n\t- 乙案。\n")]                       // tabs only
    [InlineData("* 業務報告\n\u3000- 甲案。\n\u3000\u3000- 細項。\n\u3000- 乙案。\n")]    // full-width spaces only
    [InlineData("* 業務報告\n\t  - 甲案。\n\t  \t  - 細項。\n")]                          // the same mix on every line
    [InlineData("* 業務報告\n  - 甲案。\n    - 細項。\n* 臨時動議\n\t- 無。\n")]            // each part consistent
    public void ConsistentIndentationIsNotReported(string body)
    {
        Assert.DoesNotContain(Compile(Head + body).Diagnostics, d => d.Code.StartsWith("ML001", StringComparison.Ordinal));
    }
}
