using MinutesLang.Import;
using MinutesLang.Text;

namespace MinutesLang.Tests;

/// <summary>
/// Issue g §3, ML0424: minutes written in Markdown (headings, bold labels, nested lists) are refused by import at their first
/// mark, with its line and column, and no record is written, instead of being imported silently into a broken record.
/// A printed text that merely contains a '#' or an asterisk is imported as before.
/// </summary>
public sealed class MarkdownImportTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("minutes-markdown-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    [Theory]
    // headings and bold labels, as a Markdown editor writes them
    [InlineData("example.txt", "# 測試里辦公處 114 年度第 2 次里民大會會議紀錄\n\n**一、時間：** 114 年 4 月 9 日（星期三）晚上 7 時\n\n**二、地點：** 里民活動中心\n", 1, 1, "#")]
    // bold labels only, three of them, the heading as a plain line
    [InlineData("example.txt", "測試區公所區務會報會議紀錄\n**時間：** 114 年 4 月 9 日（星期三）上午 9 時\n**地點：** 本所會議室\n**主席：** 林區長\n", 2, 1, "**")]
    // a second-level heading under a plain title, and a list nested by indentation
    [InlineData("example.txt", "測試區公所區務會報會議紀錄\n時間：114 年 4 月 9 日（星期三）上午 9 時\n## 壹、業務報告\n1. 民政課：\n   - 兵役講習於 5 月舉行。\n", 3, 1, "##")]
    // a .md file: one kind of mark is enough (here a nested item, its mark at column 3)
    [InlineData("note.md", "測試區公所區務會報會議紀錄\n時間：114 年 4 月 9 日（星期三）上午 9 時\n一、業務報告\n  * 清潔隊：垃圾車路線調整。\n", 4, 3, "*")]
    // __bold__ and ### headings too, the first mark after some lines
    [InlineData("example.txt", "測試區公所區務會報會議紀錄\n\n__時間：__ 114 年 4 月 9 日（星期三）上午 9 時\n\n### 壹、報告事項\n", 3, 1, "__")]
    public void MarkdownMinutesAreRefusedAtTheirFirstMark(string name, string text, int line, int column, string mark)
    {
        var result = Importer.Import(SourceText.From(text, name));
        Assert.Empty(result.Records);
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal("ML0424", d.Code);
        Assert.Equal((line, column), d.Start);
        Assert.Equal(mark, text.Substring(d.Span.Start, d.Span.Length));
        Assert.Contains($"line {line}, column {column}: '{mark}'", d.Message);
    }

    [Theory]
    // one heading-like line in a printed text, or asterisks that mark nothing: not Markdown
    [InlineData("# 附件一\n測試區公所區務會報會議紀錄\n時間：114 年 4 月 9 日（星期三）上午 9 時\n")]
    [InlineData("測試區公所區務會報會議紀錄\n時間：114 年 4 月 9 日（星期三）上午 9 時\n一、預算 3*4 萬元，詳附表*。\n")]
    [InlineData("測試區公所區務會報會議紀錄\n時間：114 年 4 月 9 日（星期三）上午 9 時\n一、業務報告\n  1. 民政課：兵役講習。\n")]
    public void APrintedTextWithAHashOrAnAsteriskIsImported(string text)
    {
        var result = Importer.Import(SourceText.From(text, "plain.txt"));
        Assert.NotEmpty(result.Records);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "ML0424");
    }

    [Fact]
    public void TheCommandWritesNothingForAMarkdownFileAndSaysWhere()
    {
        string md = Path.Combine(dir, "note.md"), txt = Path.Combine(dir, "plain.txt"), o = Path.Combine(dir, "out");
        File.WriteAllText(md, "# 測試區公所 114 年度第 3 次區務會報會議紀錄\n\n**壹、時間：** 114 年 8 月 6 日（星期三）上午 10 時\n\n## 貳、業務報告\n\n1. 民政課：\n   - 中元普渡於 8 月 20 日舉行。\n");
        File.WriteAllText(txt, "測試區公所 114 年度第 4 次區務會報會議紀錄\n壹、時間：114 年 9 月 3 日（星期三）上午 10 時\n貳、地點：本所 2 樓會議室\n參、散會：上午 11 時\n");
        var (code, _, err) = CliRun.Run("import", md, txt, "-o", o);
        Assert.Equal(2, code);
        Assert.Contains("ML0424", err);
        Assert.Contains("note.md", err);
        // the plain text beside it is imported; the Markdown file gave no record
        Assert.Equal(["114-4.minutes"], Directory.GetFiles(o).Select(Path.GetFileName));
    }
}
