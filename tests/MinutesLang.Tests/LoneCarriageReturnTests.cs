using MinutesLang.Parsing;
using MinutesLang.Text;

namespace MinutesLang.Tests;

/// <summary>
/// Issue 13 (stop 12): lone CR line ends (old Mac files) cost what LF line ends cost, and both grow linearly with the
/// number of lines. Measured by the bytes the parse allocates on its thread (deterministic, not a wall-clock time);
/// the timing of whole processes is tests/bench/lone-cr.sh (docs/bench/lone-cr.md).
/// </summary>
public sealed class LoneCarriageReturnTests
{
    private static string Record(int items, string lineEnd) =>
        string.Join(lineEnd, new[] { "@meeting 114-1", "# 114 年度教育文化組第 1 次工作小組會議紀錄", "* 時間：114 年 3 月 7 日（星期五）上午 10 時", "* 報告事項" }
            .Concat(Enumerable.Range(1, items).Select(i => $"  - 第 {i} 項報告，本案持續辦理。"))) + lineEnd;

    private static long Allocated(string text)
    {
        Parser.Parse(SourceText.From(text, "warm.minutes")); // the first call compiles the grammar
        long before = GC.GetAllocatedBytesForCurrentThread();
        var tree = Parser.Parse(SourceText.From(text, "x.minutes"));
        long bytes = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(text, tree.ToFullString());
        return bytes;
    }

    [Theory]
    [InlineData("\r")]
    [InlineData("\n")]
    [InlineData("\r\n")]
    public void ParsingGrowsLinearlyWithTheLines(string lineEnd)
    {
        long small = Allocated(Record(1_000, lineEnd)), large = Allocated(Record(8_000, lineEnd));
        double ratio = (double)large / small;
        Assert.True(ratio < 9.5, $"8,000 lines allocate {ratio:F2} times what 1,000 lines do (linear: about 8)");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(4_000)]
    public void LoneCarriageReturnsCostWhatLineFeedsCost(int items)
    {
        string lf = Record(items, "\n"), cr = Record(items, "\r");
        var tree = Parser.Parse(SourceText.From(cr, "x.minutes"));
        Assert.Equal(items + 4, tree.Source.LineStarts.Length - 1);
        double ratio = (double)Allocated(cr) / Allocated(lf);
        Assert.InRange(ratio, 0.95, 1.05);
        // a run of lone CRs alone: one blank line each
        Assert.InRange((double)Allocated(new string('\r', 32_000)) / Allocated(new string('\n', 32_000)), 0.95, 1.05);
    }
}
