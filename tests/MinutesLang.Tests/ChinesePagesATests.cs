using System.Text.RegularExpressions;
using MinutesLang.Diagnostics;

namespace MinutesLang.Tests;

/// <summary>
/// Issue 15 §3, first range: the zh-TW explain pages of the byte and layout codes (ML0001–ML0033), the rendering codes
/// (ML0300–ML0323) and the configuration and suppression codes (ML0500–ML0503). Every code of these ranges with an
/// English page has a Chinese one; its prose is Chinese (outside code blocks, inline code and the notation's terms,
/// only names such as UTF-8, Big5, Word or Chromium); its links lead to files that exist. That the page is embedded,
/// printed by <c>explain --lang zh-TW</c> and carries the English page's examples is
/// <see cref="ChineseExplainTests.EveryChinesePageIsEmbeddedAndRunsTheExamplesOfTheEnglishPage"/>.
/// </summary>
public sealed partial class ChinesePagesATests
{
    private static readonly string Docs = Path.Combine(Repo.Root, "docs", "diagnostics");

    /// <summary>The codes of the range that have an English page (so each must have a Chinese one).</summary>
    private static List<string> RangeCodes() =>
        DiagnosticCatalog.All.Select(e => e.Code)
            .Where(code => int.Parse(code[2..]) is >= 1 and <= 33 or >= 300 and <= 323 or >= 500 and <= 503)
            .Where(code => File.Exists(Path.Combine(Docs, code + ".md")))
            .ToList();

    /// <summary><see cref="RangeCodes"/> as theory data.</summary>
    public static TheoryData<string> Codes()
    {
        var data = new TheoryData<string>();
        foreach (string code in RangeCodes()) data.Add(code);
        return data;
    }

    [Fact]
    public void TheRangeHasItsCodes()
    {
        // the ranges are not empty: a change of the catalog that lost them would make the theories below vacuous
        var codes = RangeCodes();
        Assert.Contains("ML0001", codes);
        Assert.Contains("ML0033", codes);
        Assert.Contains("ML0320", codes);
        Assert.Contains("ML0503", codes);
        Assert.True(codes.Count >= 30, $"only {codes.Count} codes");
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void TheCodeHasAChinesePageThatExplainPrints(string code)
    {
        string file = Path.Combine(Docs, "zh-TW", code + ".md");
        Assert.True(File.Exists(file), $"{code} has no zh-TW page");
        Assert.Contains(code, DiagnosticDocs.ChinesePages());
        var o = new StringWriter();
        Assert.Equal(0, MinutesLang.Cli.Cli.Run(["--lang", "zh-TW", "explain", code], o, new StringWriter()));
        Assert.Equal(File.ReadAllText(file).Replace("\r\n", "\n").TrimEnd('\n') + "\n", o.ToString());
        Assert.DoesNotContain("英文說明", o.ToString());
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void TheChinesePageHoldsNoEnglishSentence(string code)
    {
        string file = Path.Combine(Docs, "zh-TW", code + ".md");
        if (!File.Exists(file)) return; // reported by TheCodeHasAChinesePageThatExplainPrints
        string page = File.ReadAllText(file);
        string english = EnglishDetector.InPage(page);
        Assert.True(english.Length == 0, $"{code}: English outside code in the zh-TW page: {english}");
        string prose = Regex.Replace(EnglishDetector.Prose(page), @"ML\d{4}|U\+[0-9A-F]{4}", " ");
        // and the prose is Chinese: its CJK characters outnumber the letters of the names (fonts, formats) twice over
        int cjk = prose.Count(c => c is >= '\u4e00' and <= '\u9fff');
        int latin = prose.Count(char.IsAsciiLetter);
        Assert.True(cjk > 2 * latin, $"{code}: {cjk} Chinese characters against {latin} Latin letters");
    }

    [Fact]
    public void TheEnglishCheckFindsASentenceLeftIn()
    {
        // the check of the theory above can fail: an English sentence, even with a code and inline code around it
        string page = "# ML0001：非 UTF-8 編碼\n\n嚴重程度：錯誤\n\n檔案必須是 UTF-8。Convert the file with `iconv`.\n\n```text\nnot checked\n```\n";
        Assert.Equal("Convert the file with", EnglishDetector.InPage(page));
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void TheLinksOfTheChinesePageLeadToFilesThatExist(string code)
    {
        string file = Path.Combine(Docs, "zh-TW", code + ".md");
        if (!File.Exists(file)) return; // reported by TheCodeHasAChinesePageThatExplainPrints
        string zh = File.ReadAllText(file);
        string en = File.ReadAllText(Path.Combine(Docs, code + ".md"));
        var targets = Links().Matches(zh).Select(m => m.Groups[1].Value).ToList();
        foreach (string target in targets)
        {
            string path = Path.GetFullPath(Path.Combine(Docs, "zh-TW", target.Split('#')[0]));
            Assert.True(File.Exists(path), $"{code}: the link {target} leads to no file ({path})");
        }
        // as many links as the English page (the same references, adjusted for the folder)
        Assert.Equal(Links().Matches(en).Count, targets.Count);
    }

    [GeneratedRegex(@"\]\(([^)\s]+)\)")]
    private static partial Regex Links();
}
