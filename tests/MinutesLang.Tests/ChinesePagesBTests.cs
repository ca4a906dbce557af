using System.Text.RegularExpressions;
using MinutesLang.Diagnostics;
using MinutesLang.Localization;

namespace MinutesLang.Tests;

/// <summary>
/// Issue 15 §3, the codes ML0100–ML0133 (the record's structure, dates, directives): every code of the range that has an
/// English page has a zh-TW page, <c>explain CODE --lang zh-TW</c> prints it, and its prose holds no English sentence
/// (code blocks, inline code, codes and links aside). The format and the examples of every Chinese page are checked by
/// <see cref="ChineseExplainTests"/>.
/// </summary>
public sealed partial class ChinesePagesBTests
{
    private static IEnumerable<string> EnglishPagesOfTheRange() =>
        Directory.EnumerateFiles(Path.Combine(Repo.Root, "docs", "diagnostics"), "ML01*.md")
            .Select(Path.GetFileNameWithoutExtension).OfType<string>()
            .Where(c => string.CompareOrdinal(c, "ML0100") >= 0 && string.CompareOrdinal(c, "ML0133") <= 0)
            .Order(StringComparer.Ordinal);

    [Fact]
    public void EveryCodeOfTheRangeWithAnEnglishPageHasAChinesePageThatExplainPrints()
    {
        var codes = EnglishPagesOfTheRange().ToList();
        Assert.True(codes.Count >= 29, $"the range has {codes.Count} English pages");
        foreach (string code in codes)
        {
            string file = Path.Combine(Repo.Root, "docs", "diagnostics", "zh-TW", code + ".md");
            Assert.True(File.Exists(file), $"{code} has no zh-TW page");
            string zh = File.ReadAllText(file).Replace("\r\n", "\n");
            Assert.Equal(zh, DiagnosticDocs.Page(code, Language.ZhTw));
            Assert.DoesNotContain("英文說明", zh);
            var o = new StringWriter();
            var e = new StringWriter();
            Assert.Equal(0, MinutesLang.Cli.Cli.Run(["explain", code, "--lang", "zh-TW"], o, e));
            Assert.Equal(zh.TrimEnd('\n') + "\n", o.ToString());
        }
    }

    [Fact]
    public void NoChinesePageOfTheRangeHoldsAnEnglishSentence()
    {
        var english = new List<string>();
        foreach (string code in EnglishPagesOfTheRange())
        {
            string file = Path.Combine(Repo.Root, "docs", "diagnostics", "zh-TW", code + ".md");
            if (!File.Exists(file)) continue; // the test above names it
            foreach (string line in EnglishDetector.Prose(File.ReadAllText(file)).Split('\n'))
                if (EnglishDetector.Words(line) is { Length: > 0 } w) english.Add($"{code}: {w} in «{line}»");
        }

        Assert.True(english.Count == 0, "English in zh-TW pages:\n" + string.Join("\n", english));
    }

    [Theory]
    [InlineData("案件代號未宣告時提出 ML0101，見 [ML0133](ML0133.md)；指令 `@meeting 114-1` 寫在第一行。", "")]
    [InlineData("（`@meeting` 後面的編號無法判讀時，提出的是 [ML0106](ML0106.md)。）", "")]
    [InlineData("The hint suggests the nearest declared id.", "The hint suggests the nearest declared")] // id: a term of the notation
    [InlineData("提示會列出 nearest 代號", "nearest")]
    [InlineData("# ML0100：缺 @meeting", "")]
    [InlineData("「請寫「@解列 代號」，代號為 series.minutes 以「@case 代號」宣告的案件」", "")]
    [InlineData("請在 series file 以 @case 宣告", "series file")]
    public void TheCheckFindsEnglishWordsOutsideCodeAndLinks(string line, string expected) =>
        Assert.Equal(expected, EnglishDetector.InPage(line));
}
