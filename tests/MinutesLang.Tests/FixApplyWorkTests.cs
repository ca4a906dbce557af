using System.Collections.Immutable;
using MinutesLang.Diagnostics;
using MinutesLang.Fixes;
using MinutesLang.Localization;
using MinutesLang.Text;

namespace MinutesLang.Tests;

/// <summary>
/// <see cref="CodeFixes.Apply"/> does work linear in the fixes (issue 16 point 4: 150,000 ML0015 fixes took 326 s,
/// each edit checked against every edit taken and made with a copy of the rest of the text). The overlap checks are
/// counted, not timed: at most two an edit, at 2,000 fixes as at 40,000; the fixes that collide are still left out.
/// tests/bench/fix-scale.sh times the whole process against check.
/// </summary>
public sealed class FixApplyWorkTests
{
    private static CodeFix Insert(SourceText source, int at, string text) =>
        new(new Diagnostic("ML0015", DiagnosticSeverity.Warning, "no space", source, new TextSpan(at - 1, 1)), new Phrase("add", "加"), [new FixEdit(new TextSpan(at, 0), text)], true);

    private static CodeFix Replace(SourceText source, int start, int length, string text) =>
        new(new Diagnostic("ML0016", DiagnosticSeverity.Warning, "full width", source, new TextSpan(start, length)), new Phrase("replace", "改"), [new FixEdit(new TextSpan(start, length), text)], true);

    [Theory]
    [InlineData(2_000, false)]
    [InlineData(40_000, false)]
    [InlineData(40_000, true)] // the fixes given from the end of the text to its start
    public void ApplyChecksEachEditAgainstItsNeighboursOnly(int items, bool backwards)
    {
        string text = string.Concat(Enumerable.Range(0, items).Select(i => $"  -項目{i}\n"));
        var source = SourceText.From(text, "big.minutes");
        var fixes = new List<CodeFix>();
        for (int i = text.IndexOf('-', StringComparison.Ordinal); i >= 0; i = text.IndexOf('-', i + 1)) fixes.Add(Insert(source, i + 1, " "));
        if (backwards) fixes.Reverse();

        CodeFixes.OverlapChecks = 0;
        var (fixedText, applied) = CodeFixes.Apply(text, fixes);
        Assert.Equal(items, applied.Count);
        Assert.Equal(string.Concat(Enumerable.Range(0, items).Select(i => $"  - 項目{i}\n")), fixedText);
        Assert.InRange(CodeFixes.OverlapChecks, items - 1, 2L * items);
    }

    [Fact]
    public void FixesThatCollideWithOneMadeBeforeAreLeftOut()
    {
        const string text = "＊甲＊乙＊丙";
        var source = SourceText.From(text, "x.minutes");
        var first = Replace(source, 0, 1, "* ");
        var sameStart = Insert(source, 1, "!") with { Edits = [new FixEdit(new TextSpan(0, 0), "\\")] }; // inserts at the start of the first
        var inside = Replace(source, 2, 3, "X"); // 乙 and ＊ and 丙's neighbour
        var overlapping = Replace(source, 3, 2, "Y"); // shares characters with the one before
        var last = Replace(source, 4, 1, "* ");
        var (fixedText, applied) = CodeFixes.Apply(text, [first, sameStart, inside, overlapping, last]);
        Assert.Equal([first, inside], applied);
        Assert.Equal("* 甲X丙", fixedText);

        (fixedText, applied) = CodeFixes.Apply(text, [last, overlapping, first]);
        Assert.Equal([last, first], applied);
        Assert.Equal("* 甲＊乙* 丙", fixedText);
    }
}
