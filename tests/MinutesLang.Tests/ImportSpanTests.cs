using MinutesLang.Diagnostics;
using MinutesLang.Import;
using MinutesLang.Parsing;
using MinutesLang.Semantics;
using MinutesLang.Text;

namespace MinutesLang.Tests;

/// <summary>
/// Issue 13 (stop 12): every import finding that names a part of a line (a date, a weekday, '[[' or '{{', a label whose
/// colon is added, a page number, the title's 第 N 次, an ordinal, a control character) is reported at that part, whatever
/// stands before it on the line: a part ordinal (壹、), a list ordinal (一、), indentation, full-width spaces, a byte-order
/// mark at the start of the file. (ML0405 was reported at column 4 of <c>壹、時間：…</c>, the label, not the value.)
/// And the three kinds of import fault the long fuzz run found (law (c), docs/FUZZ.md), each on instances of its own.
/// </summary>
public sealed class ImportSpanTests
{
    private const string Title = "114 年度教育文化組第 1 次工作小組會議紀錄";

    public static TheoryData<string, string, string, string> Findings()
    {
        // code, the line (after its prefix), the part of it the finding names, the prefixes it is tried with
        var data = new TheoryData<string, string, string, string>
        {
            { "ML0405", "時間：114 年 13 月 7 日上午 10 時", "114 年 13 月 7 日上午 10 時", "part list indent full bom" },
            { "ML0405", "時間：　下次會議另定", "下次會議另定", "part list indent full bom" },
            { "ML0403", "時間：114 年 3 月 7 日（星期一）上午 10 時", "星期一", "part list indent full bom" },
            { "ML0403", "時間：114年3月7日(週二)下午2時", "週二", "part list indent full bom" },
            { "ML0404", "說明：請見[[附件一", "[[", "part list indent full bom" },
            { "ML0404", "說明：會後填入{{日期}}", "{{", "part list indent full bom" },
            { "ML0422", "時  間 114 年 3 月 7 日（星期五）上午 10 時", "時  間", "part indent full bom" },
            { "ML0421", "第 3 頁，共 5 頁", "第 3 頁，共 5 頁", "indent full bom" },
            { "ML0421", "- 2 -", "- 2 -", "indent full bom" },
            { "ML0415", "說明：甲\u0007乙", "\u0007", "part list indent full bom" },
        };
        return data;
    }

    private static string Prefix(string kind) => kind switch
    {
        "part" => "壹、",
        "list" => "一、",
        "indent" => "    ",
        "full" => "\u3000\u3000",
        _ => "",
    };

    private static Diagnostic Only(string text, string code, string named)
    {
        var source = SourceText.From(text, "body.txt");
        var found = Importer.Import(source).Diagnostics.Where(d => d.Code == code).ToList();
        Assert.True(found.Count > 0, $"no {code} in:\n{text}");
        return found.FirstOrDefault(d => d.Source.ToString(d.Span) == named)
            ?? throw new Xunit.Sdk.XunitException($"{code} names {string.Join(", ", found.Select(d => $"'{d.Source.ToString(d.Span)}' at {d.Span}"))}, not '{named}'");
    }

    [Theory]
    [MemberData(nameof(Findings))]
    public void AFindingThatNamesAPartOfALineCoversThatPartWhateverPrecedesIt(string code, string line, string named, string prefixes)
    {
        foreach (string kind in prefixes.Split(' '))
        {
            string written = Prefix(kind) + line;
            string text = (kind == "bom" ? "\uFEFF" : "") + Title + "\n\n" + written + "\n\n貳、報告事項\n\n本次無報告。\n";
            var d = Only(text, code, named);
            int expected = text.IndexOf(written, StringComparison.Ordinal) + Prefix(kind).Length + line.IndexOf(named, StringComparison.Ordinal);
            Assert.True(expected == d.Span.Start && named.Length == d.Span.Length, $"{kind}: {code} at {d.Span}, expected {expected}+{named.Length}");

            // the column an editor shows: after the prefix and what precedes the named part (a BOM is no column)
            var (lineNo, column) = d.Source.GetLineColumn(d.Span.Start);
            Assert.Equal(3, lineNo);
            Assert.Equal((kind == "bom" ? 0 : Prefix(kind).Length) + line.IndexOf(named, StringComparison.Ordinal) + 1, column);
        }
    }

    [Fact]
    public void TheUnreadableDateOfAPartNumberedWithItsOrdinalIsAtItsValueNotAtColumn4()
    {
        var d = Only(Title + "\n壹、時間：114 年 2 月 30 日上午 10 時\n貳、報告事項\n", "ML0405", "114 年 2 月 30 日上午 10 時");
        Assert.Equal((2, 6), d.Source.GetLineColumn(d.Span.Start));
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("\u3000")]
    [InlineData("\uFEFF")]
    public void TheTitleAndItsMeetingNumberAreNamedWhereTheyStand(string prefix)
    {
        string title = "114 年度教育文化組工作小組會議紀錄";
        var d = Only(prefix + title + "\n壹、時間：114 年 3 月 7 日（星期五）上午 10 時\n", "ML0420", title);
        Assert.Equal(prefix.Length, d.Span.Start);
        string numbered = "教育文化組第 99999999999 次工作小組會議紀錄";
        var n = Only(prefix + numbered + "\n壹、時間：114 年 3 月 7 日（星期五）上午 10 時\n", "ML0420", "第 99999999999 次");
        Assert.Equal(prefix.Length + numbered.IndexOf('第'), n.Span.Start);
    }

    [Theory]
    [InlineData("壹、時間：114 年 3 月 7 日（星期五）上午 10 時\n參、地點：本府\n", "ML0401", "參、")]
    [InlineData("壹、時間：114 年 3 月 7 日（星期五）上午 10 時\n壹、地點：本府\n", "ML0400", "壹、", 2)]
    [InlineData("壹、時間：114 年 3 月 7 日（星期五）上午 10 時\n貳、報告事項\n  一、甲案\n  三、乙案\n", "ML0401", "三、")]
    [InlineData("壹、時間：114 年 3 月 7 日（星期五）上午 10 時\n貳、報告事項\n\u3000\u3000(二)甲案\n\u3000\u3000(一)乙案\n", "ML0402", "(一)")]
    [InlineData("壹、時間：114 年 3 月 7 日（星期五）上午 10 時\n貳、提案討論\n  案由一：甲\n  決議：同意\n  案由三：乙\n", "ML0401", "案由三")]
    public void AnOrdinalOfTheOriginalIsNamedWhereItStands(string body, string code, string named, int occurrence = 1)
    {
        string text = Title + "\n" + body;
        var d = Only(text, code, named);
        int at = -1;
        for (int k = 0; k < occurrence; k++) at = text.IndexOf(named, at + 1, StringComparison.Ordinal);
        Assert.Equal(at, d.Span.Start);
    }

    // ---- the kinds of fault of law (c) the long fuzz run found (tests/MinutesLang.Fuzz/Regressions hold the inputs)

    private static (ImportResult Result, Compilation Checked) ImportWithSeries(string text, string name = "body.txt")
    {
        var seriesTree = Compilation.ParseFile(Path.Combine(Repo.Seeds, "series.minutes"));
        var series = Compilation.Create(seriesTree, []).Series;
        var result = Importer.Import(SourceText.From(text, name), series, new CaseMatcher(series));
        var texts = EventInference.ApplyInOrder([.. result.Records.Select(r => r.Text)], series);
        return (result, Compilation.Create(seriesTree, texts.Select((t, k) => Parser.Parse(t, result.Records[k].FileName))));
    }

    private static string Errors(Compilation c) =>
        string.Join("\n", c.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => $"{d.Code} {d.Message}"));

    [Theory]
    [InlineData("\t附件一：簽到表\n")]
    [InlineData("\t\t附件一\t簽到表\n")]
    [InlineData("\u3000\t備註\t詳見附件\n")]
    [InlineData(" \t甲|乙\t丙\n")]
    [InlineData("\t會前說明\r\t\t甲案\r")]
    public void WhiteSpaceBeforeALineOfTheOriginalIsNeverWrittenAsIndentation(string before)
    {
        string text = Title + "\n" + before + "壹、時間：114 年 3 月 7 日（星期五）上午 10 時\n貳、報告事項\n  一、甲\n";
        var (result, c) = ImportWithSeries(text);
        string record = Assert.Single(result.Records).Text;
        Assert.DoesNotContain(record.Split('\n'), l => l.Length > 0 && l[0] is '\t' or '\u3000');
        Assert.DoesNotContain(c.Diagnostics, d => d.Code == "ML0008");
        Assert.Equal("", Errors(c));
    }

    [Theory]
    [InlineData("壹、時間：114 年 3 月 7 日（星期五）上午 10 時\n貳、時間：114 年 13 月 7 日上午 10 時\n", "ML0405")]
    [InlineData("壹、時間：114 年 3 月 7 日（星期五）上午 10 時\n壹、時間＞114 年 3 月 7 日（星期五）上午 10 時\n", "ML0405")]
    [InlineData("壹、時間：114 年 3 月 7 日（星期五）上午 10 時\n貳、時間：114 年 3 月 7 日（星期日）上午 10 時\n", "ML0403")]
    [InlineData("時間：114 年 3 月 7 日（星期五）上午 10 時\n時間：下次另定\n", "ML0405")]
    public void EveryTimePartCheckReadsIsReadByTheImporterToo(string parts, string announced)
    {
        var (result, c) = ImportWithSeries(Title + "\n" + parts + "參、報告事項\n");
        var second = result.Diagnostics.Single(d => d.Code == announced);
        Assert.Equal(3, second.Source.GetLineColumn(second.Span.Start).Line);
        Assert.Equal(new DateOnly(2025, 3, 7), c.Records[0].Date?.ToDate());
        Assert.All(c.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error), d => Assert.Contains(d.Code, new[] { "ML0102", "ML0103" }));
    }

    [Theory]
    [InlineData("案由一：各合作案辦理進度。[[")]
    [InlineData("案由一：[[]]各合作案辦理進度。")]
    [InlineData("案由一：各合作案辦理進度。[[ 甲 乙")]
    [InlineData("案由一：各合作案辦理進度。[[學校交流")]
    public void ALinkKeptVerbatimNamesNoCaseInAnInferredEvent(string agenda)
    {
        string text = "112 年度「基北北桃」教育文化組第三次小組會議紀錄\n壹、時間：112 年 12 月 11 日（星期一）上午 10 時\n貳、提案討論\n"
            + agenda + "\n說明：詳見列管表。\n決議：\n一、「跨縣市學校交流」一案，各縣市依規劃持續辦理。\n";
        var (result, c) = ImportWithSeries(text);
        Assert.Contains(result.Diagnostics, d => d.Code == "ML0404");
        Assert.DoesNotContain(c.Diagnostics, d => d.Code == "ML0106");
        // the case the decision names is still tracked
        Assert.Contains(c.Records[0].Events, e => e.CaseId == "學校交流");
    }
}
