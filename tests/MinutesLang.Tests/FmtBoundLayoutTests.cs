using System.Text;
using MinutesLang.Formatting;
using MinutesLang.Parsing;
using MinutesLang.Semantics;

namespace MinutesLang.Tests;

/// <summary>
/// fmt and the errors of layout only the binder finds (ML0008: a line indented below a title, <c>@meeting</c>, an event
/// or layout directive, or a series directive that holds only fields and rows). The parse finds nothing, the canonical
/// layout would keep the line where it is and the error with it, and the writer's indentation is the one trace of where
/// the line belongs: fmt leaves the file byte for byte and reports what <c>check</c> reports (code, line, column).
/// </summary>
public sealed class FmtBoundLayoutTests
{
    /// <summary>Records and series files whose ML0008 comes from the binder, with the lines it is at.</summary>
    public static TheoryData<string, string, int[]> Orphans => new()
    {
        // the case a fresh user found: items under @meeting, a tab and two spaces
        { "x.minutes", "@meeting 1\n\t- a\n  - b\n", [2, 3] },
        // under the title
        { "114-2.minutes", "@meeting 114-2\n# 114 年度第 2 次工作會議紀錄\n  - 甲\n* 時間：114 年 6 月 6 日（星期五）\n", [3] },
        // under a top-level event directive, in full-width spaces
        { "114-3.minutes", "@meeting 114-3\n# 標題\n@列管 綠碳匯\n\u3000說明：續辦。\n", [4] },
        // under a directive inside a part, two levels down, CRLF line ends
        { "115-1.minutes", "@meeting 115-1\r\n* 提案討論\r\n  - 甲案\r\n    @列管 綠碳匯\r\n      - 乙\r\n", [5] },
        // under a layout directive, with a byte-order mark
        { "113-4.minutes", "\uFEFF@meeting 113-4\n@無冒號 主席\n    主席 王大明\n", [3] },
        // series.minutes: a line that is neither a field nor a row under @series and under @case
        { "series.minutes", "@series 校務會議\n  名稱：校務會議\n  - 每學期至少一次\n\n@case 午餐\n  標題：午餐供應\n  - 附件一\n", [3, 7] },
    };

    [Theory]
    [MemberData(nameof(Orphans))]
    public void FmtLeavesAFileWithABinderLayoutErrorByteForByteAndSaysWhere(string path, string text, int[] lines)
    {
        var tree = Parser.Parse(text, path);
        Assert.DoesNotContain(tree.Diagnostics, BoundLayout.IsLayoutError); // the parse finds nothing: the binder does

        var result = Formatter.Format(tree);
        Assert.True(result.Refused);
        Assert.True(result.Bound);
        Assert.False(result.Changed);
        Assert.Equal(text, result.Text);
        Assert.All(result.Errors, d => Assert.Equal("ML0008", d.Code));
        Assert.Equal(lines, result.Errors.Select(d => d.Start.Line).Distinct().Order());

        // the findings are check's own, at the same places
        Assert.Equal(Positions(Check(tree).Diagnostics.Where(d => d.Code == "ML0008")), Positions(result.Errors));

        // why fmt refuses: the layout it would write keeps every such line where it is, and check still finds it
        string layout = Formatter.Layout(tree.Root);
        var again = Parser.Parse(layout, path);
        Assert.Equal(lines.Length, Check(again).Diagnostics.Where(d => d.Code == "ML0008").Select(d => d.Start.Line).Distinct().Count());
    }

    /// <summary>Mended by the writer (each line moved where it belongs), the same files format and check without ML0008.</summary>
    [Theory]
    [InlineData("x.minutes", "@meeting 1\n- a\n\t- b\n", "@meeting 1\n- a\n  - b\n")]
    [InlineData("114-3.minutes", "@meeting 114-3\n# 標題\n* 業務報告\n\u3000- 甲\n\u3000\u3000@列管 綠碳匯\n", "@meeting 114-3\n# 標題\n* 業務報告\n  - 甲\n    @列管 綠碳匯\n")]
    [InlineData("series.minutes", "@series 校務會議\r\n    名稱：校務會議\r\n\r\n\r\n@case 午餐\r\n    標題：午餐供應\r\n", "@series 校務會議\n  名稱：校務會議\n\n@case 午餐\n  標題：午餐供應\n")]
    public void TheSameKindsOfLineWhereTheyCanBeHeldAreFormatted(string path, string text, string expected)
    {
        var result = Formatter.Format(Parser.Parse(text, path));
        Assert.False(result.Refused, string.Join("\n", result.Errors));
        Assert.Equal(expected, result.Text);
        Assert.DoesNotContain(Check(Parser.Parse(result.Text, path)).Diagnostics, d => d.Code == "ML0008");
    }

    /// <summary>series.minutes is bound as a series: its fields under @series and @case are held, a record's binder would not hold them.</summary>
    [Fact]
    public void TheSeriesFileIsBoundAsCheckBindsIt()
    {
        string text = "@series 定期會\n名稱：臺中市議會定期會\n";
        string indented = "@series 定期會\n\t名稱：臺中市議會定期會\n";
        Assert.False(Formatter.Format(Parser.Parse(indented, Path.Combine("會議", "series.minutes"))).Refused);
        Assert.Equal("@series 定期會\n  名稱：臺中市議會定期會\n", Formatter.Format(Parser.Parse(indented, "series.minutes")).Text);
        // as a record, a @series directive holds nothing: check reports the field, and so does fmt
        var asRecord = Formatter.Format(Parser.Parse(indented, "1.minutes"));
        Assert.True(asRecord.Bound);
        Assert.Equal([2], asRecord.Errors.Select(d => d.Start.Line));
        Assert.False(Formatter.Format(Parser.Parse(text, "1.minutes")).Refused);
    }

    private static Compilation Check(MinutesLang.Syntax.SyntaxTree tree) =>
        Compilation.IsSeriesFile(tree.Source.Path) ? Compilation.Create(tree, []) : Compilation.Create(null, [tree]);

    private static List<(int, int, int, int)> Positions(IEnumerable<MinutesLang.Diagnostics.Diagnostic> ds) =>
        [.. ds.Select(d => (d.Start.Line, d.Start.Column, d.Span.Start, d.Span.Length)).Order()];
}

/// <summary><c>minutes fmt</c> as a process on files with a binder's ML0008: exit 1, the file untouched, each finding with file:line:col.</summary>
public sealed class FmtBoundLayoutCliTests : CliHarness
{
    [Theory]
    [InlineData("@meeting 1\n\t- a\n  - b\n", new[] { 2, 3 })]
    [InlineData("\uFEFF@meeting 114-1\r\n# 標題\r\n    說明：x\r\n", new[] { 3 })]
    public void FmtRefusesExitsOneAndLeavesTheBytes(string text, int[] lines)
    {
        string path = Write("x.minutes", text);
        var bytes = File.ReadAllBytes(path);
        foreach (string[] args in new[] { new[] { "fmt", path }, ["fmt", "--check", path], ["fmt", dir] })
        {
            var (code, o, e) = Run(args);
            Assert.Equal(1, code);
            Assert.Equal("", o);
            // the column as the human format counts it (a tab to its stop): the line and the code are what this asserts
            foreach (int line in lines) Assert.Matches(System.Text.RegularExpressions.Regex.Escape($"{path}:{line}:") + "[0-9]+: error ML0008: ", e);
            Assert.Contains($"{path}: not formatted: it has lines indented below a line that cannot hold them (ML0008)", e);
            Assert.Equal(bytes, File.ReadAllBytes(path));
        }

        var zh = Run("--lang", "zh-TW", "fmt", path);
        Assert.Equal(1, zh.Code);
        Assert.Contains("未重排：有縮排在無法容納它的行之下的行（ML0008）", zh.Err);
        Assert.Equal(bytes, File.ReadAllBytes(path));
    }

    /// <summary>In a folder, the refused file is left and named; the others are formatted; the exit code is 1.</summary>
    [Fact]
    public void TheOtherFilesOfAFolderAreStillFormatted()
    {
        string bad = Write("1.minutes", "@meeting 1\n# 第 1 次校務會議紀錄\n  - 甲\n");
        string good = Write("2.minutes", "@meeting 2\n#   第 2 次校務會議紀錄\n");
        var (code, o, e) = Run("fmt", dir);
        Assert.Equal(1, code);
        Assert.Contains($"formatted {good}", o);
        Assert.Contains($"{bad}:3:3: error ML0008", e);
        Assert.Equal("@meeting 2\n# 第 2 次校務會議紀錄\n", File.ReadAllText(good));
        Assert.Equal(Encoding.UTF8.GetBytes("@meeting 1\n# 第 1 次校務會議紀錄\n  - 甲\n"), File.ReadAllBytes(bad));
    }
}
