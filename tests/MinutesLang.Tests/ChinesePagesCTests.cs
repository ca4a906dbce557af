using System.Text.RegularExpressions;
using MinutesLang.Diagnostics;
using MinutesLang.Localization;

namespace MinutesLang.Tests;

/// <summary>
/// Issue 15 §3, the series and import codes (ML0200–ML0254, ML0400–ML0423): every code of the range with an English
/// page has a zh-TW page in docs/diagnostics/zh-TW/, written in Chinese (no English sentence outside code blocks,
/// inline code, link targets and the names of codes, files and formats), with the sections of the English page and
/// links that lead to a file of the repository. <see cref="ChineseExplainTests"/> checks the heading, the severity,
/// the examples and that <c>explain --lang zh-TW</c> prints the page.
/// </summary>
public sealed partial class ChinesePagesCTests
{
    /// <summary>The codes of this range that have an English page.</summary>
    public static TheoryData<string> Codes()
    {
        var data = new TheoryData<string>();
        foreach (string code in RangeCodes()) data.Add(code);
        return data;
    }

    private static List<string> RangeCodes() =>
        DiagnosticCatalog.All.Select(e => e.Code)
            .Where(c => int.Parse(c.AsSpan(2)) is >= 200 and <= 254 or >= 400 and <= 423 && DiagnosticDocs.Page(c) is not null)
            .ToList();

    private static string ZhPath(string code) => Path.Combine(Repo.Root, "docs", "diagnostics", "zh-TW", code + ".md");

    [Fact]
    public void TheRangeHasItsCodes()
    {
        // the range is not empty and holds both the series rules and the import findings
        var codes = RangeCodes();
        Assert.Contains("ML0200", codes);
        Assert.Contains("ML0254", codes);
        Assert.Contains("ML0400", codes);
        Assert.Contains("ML0423", codes);
        Assert.True(codes.Count >= 30, string.Join(" ", codes));
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void EveryCodeOfTheRangeHasAChinesePageThatExplainPrints(string code)
    {
        Assert.True(File.Exists(ZhPath(code)), $"no docs/diagnostics/zh-TW/{code}.md");
        string zh = File.ReadAllText(ZhPath(code)).Replace("\r\n", "\n");
        Assert.Equal(zh, DiagnosticDocs.Page(code, Language.ZhTw));
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void TheChinesePageHoldsNoEnglishSentence(string code)
    {
        string zh = File.ReadAllText(ZhPath(code)).Replace("\r\n", "\n");
        Assert.True(EnglishWords(zh).Length == 0, $"{code}: English in the zh-TW page: {EnglishWords(zh)}");
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void TheChinesePageHasTheSectionsAndParagraphsOfTheEnglishPage(string code)
    {
        string en = DiagnosticDocs.Page(code)!.Replace("\r\n", "\n");
        string zh = File.ReadAllText(ZhPath(code)).Replace("\r\n", "\n");
        int Headings(string page) => Regex.Matches(Prose(page), @"^## ", RegexOptions.Multiline).Count;
        Assert.Equal(Headings(en), Headings(zh));
        // every paragraph of prose is translated, none left out (a paragraph wrapped over lines counts once)
        int Paragraphs(string page) => Regex.Split(Prose(page).Trim(), @"\n\s*\n").Count(p => p.Trim().Length > 0);
        Assert.Equal(Paragraphs(en), Paragraphs(zh));
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void TheLinksOfTheChinesePageLeadToFilesOfTheRepository(string code)
    {
        string zh = File.ReadAllText(ZhPath(code));
        foreach (Match m in Regex.Matches(Prose(zh), @"\]\(([^)#\s]+)(#[^)]*)?\)"))
        {
            string target = m.Groups[1].Value;
            if (target.StartsWith("http", StringComparison.Ordinal)) continue;
            string path = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(ZhPath(code))!, target));
            Assert.True(File.Exists(path), $"{code}: the link {target} leads to no file ({path})");
        }
    }

    [Theory]
    [InlineData("`minutes import` never drops text.", "never drops text")]
    [InlineData("匯入時不會遺漏文字，the rest is kept。", "the rest is kept")]
    [InlineData("於 `@meeting` 行提出 ML0200（見 [說明](../ML0200.md)），DOCX 與 ODT 皆同。", "")]
    [InlineData("```minutes\n// the examples stay as written\n```\n散會時間。", "")]
    public void TheCheckFindsEnglishOutsideCodeAndNames(string text, string english)
    {
        Assert.Equal(english, EnglishWords(text));
    }

    /// <summary>A page without its code blocks (the examples, identical to the English page's).</summary>
    private static string Prose(string page) => Regex.Replace(page, "^```[a-z]*\n.*?^```\n?", "", RegexOptions.Singleline | RegexOptions.Multiline);

    /// <summary>The English words of a page's prose (<see cref="EnglishDetector.InPage"/>).</summary>
    private static string EnglishWords(string page) => EnglishDetector.InPage(page);
}
