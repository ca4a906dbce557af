using MinutesLang.Diagnostics;
using MinutesLang.Import;
using MinutesLang.Parsing;
using MinutesLang.Rendering;
using MinutesLang.Semantics;
using MinutesLang.Text;

namespace MinutesLang.Tests;

/// <summary>
/// Nothing is lost, whatever the input: damaged originals (lines deleted, swapped, joined, blank
/// lines gone, stray lines that look like notation) still import, parse, and render back to the
/// same text after the seed-compare normalization; broken input never throws.
/// </summary>
public sealed class ImportRobustnessTests
{
    public static TheoryData<string> Seeds => Repo.SeedData();

    private static string RenderAll(ImportResult result)
    {
        var c = Compilation.Create(null, result.Records.Select(r => Parser.Parse(r.Text, r.FileName)));
        Assert.DoesNotContain(c.Diagnostics, d => d.Code.StartsWith("ML00", StringComparison.Ordinal));
        return string.Concat(c.Records.Select(r => new TemplateRenderer(Repo.Templates, "txt").Render(new RenderModelBuilder(c.Series).Build(r))));
    }

    private static IEnumerable<(string What, string Text)> Damaged(string original)
    {
        var lines = original.Replace("\r\n", "\n").Split('\n').ToList();
        var meaningful = Enumerable.Range(0, lines.Count).Where(i => lines[i].Trim().Length > 0).ToList();
        foreach (int k in new[] { 1, 2, meaningful.Count / 2, meaningful.Count - 2 })
        {
            int i = meaningful[Math.Clamp(k, 0, meaningful.Count - 1)];
            yield return ($"line {i + 1} deleted", string.Join("\n", lines.Where((_, j) => j != i)));
        }

        int a = meaningful[meaningful.Count / 3], b = meaningful[2 * meaningful.Count / 3];
        var swapped = lines.ToList();
        (swapped[a], swapped[b]) = (swapped[b], swapped[a]);
        yield return ($"lines {a + 1} and {b + 1} swapped", string.Join("\n", swapped));
        yield return ("blank lines removed", string.Join("\n", lines.Where(l => l.Trim().Length > 0)));
        yield return ("every line indented", string.Join("\n", lines.Select(l => "    " + l)));
        yield return ("CRLF and a BOM", "\uFEFF" + string.Join("\r\n", lines));
        var stray = lines.ToList();
        stray.Insert(meaningful[meaningful.Count / 2], "@meeting 999-9 # * 不是標記 // 也不是註解");
        stray.Insert(meaningful[3], "// 這一行看似註解");
        stray.Insert(meaningful[4], "* 看似一個部分");
        stray.Insert(meaningful[5], "\\反斜線開頭");
        yield return ("stray lines that look like notation", string.Join("\n", stray));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void DamagedOriginalsImportWithoutLoss(string name)
    {
        string original = File.ReadAllText(Path.Combine(Repo.Seeds, "original", name + ".txt"));
        foreach (var (what, text) in Damaged(original))
        {
            var result = Importer.Import(SourceText.From(text, name + ".txt"));
            Assert.NotEmpty(result.Records);
            string rendered = RenderAll(result);
            string? difference = SeedNormalizer.Compare(text, rendered);
            Assert.True(difference is null, $"{name}, {what}: {difference}");
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n\n")]
    [InlineData("\f")]
    [InlineData("壹、")]
    [InlineData("一、\n(一)\n1.\n(1)\n甲、")]
    [InlineData("：\n:\n說明：\n|\n||\n\t\t\n")]
    [InlineData("標題紀錄\n\n壹、時間：999 年 13 月 40 日（星期八）上午 99 時\n")]
    [InlineData("- - - -\n• • •\n- 3 -\n第 2 頁，共 5 頁\n")]
    public void StrangeInputNeverThrows(string text)
    {
        var result = Importer.Import(SourceText.From(text, "strange.txt"));
        foreach (var r in result.Records)
        {
            // issue 12: a text with no meeting number and no date gets '@meeting 無' (none is invented), and the import says so
            if (r.Id is null) Assert.Contains(result.Diagnostics, d => d.Code == "ML0420");
            Assert.StartsWith($"@meeting {r.Id ?? "無"}\n", r.Text);
            Assert.DoesNotContain(Parser.Parse(r.Text).Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        }
    }

    /// <summary>
    /// Bytes that are not text: the reader refuses them as not a text document (ML0410, issue 13: a text check would
    /// reject as binary or not UTF-8 is not imported, by design since the merge); imported anyway, as a source, they
    /// still throw nothing and make no id up.
    /// </summary>
    [Fact]
    public void BinaryBytesAndInvalidUtf8AreRefusedAndDoNotThrow()
    {
        var bytes = Enumerable.Range(0, 512).Select(i => (byte)(i * 37 % 256)).ToArray();
        Assert.Equal("ML0410", Assert.Throws<DocumentRefusedException>(() => ImportReader.Read("noise.bin", bytes)).Diagnostic.Code);
        var result = Importer.Import(SourceText.FromBytes(bytes, "noise.bin"));
        Assert.All(result.Records, r => Assert.True(r.Text.StartsWith($"@meeting {r.Id ?? "無"}\n", StringComparison.Ordinal) && (r.Id is not null || result.Diagnostics.Any(d => d.Code == "ML0420"))));
    }

    [Fact]
    public void TextThatLooksLikeACaseLinkIsReported()
    {
        var result = Importer.Import(SourceText.From("某會議紀錄\n\n壹、時間：113年3月5日\n\n貳、報告事項\n\n見 [[附件]] 說明。\n", "x.txt"));
        // the title has no 第 N 次: the record is named by its date, said at line 1 (ML0420, issue 12)
        Assert.Equal(("ML0420", 1), (result.Diagnostics[0].Code, result.Diagnostics[0].Start.Line));
        var d = Assert.Single(result.Diagnostics, d => d.Code != "ML0420");
        // at the '[[' it names (issue 13, stop 12: it was the start of the line)
        Assert.Equal(("ML0404", 7, 3, 2), (d.Code, d.Start.Line, d.Start.Column, d.Span.Length));
    }

    [Fact]
    public void TextThatLooksLikeAPlaceholderIsReported()
    {
        var result = Importer.Import(SourceText.From("某會議紀錄\n\n壹、時間：113年3月5日\n\n貳、報告事項\n\n依 {{附件}} 辦理。\n", "x.txt"));
        // the title has no 第 N 次: the record is named by its date, said at line 1 (ML0420, issue 12)
        Assert.Equal(("ML0420", 1), (result.Diagnostics[0].Code, result.Diagnostics[0].Start.Line));
        var d = Assert.Single(result.Diagnostics, d => d.Code != "ML0420");
        // at the '{{' it names (issue 13, stop 12: it was the start of the line)
        Assert.Equal(("ML0404", 7, 3, 2), (d.Code, d.Start.Line, d.Start.Column, d.Span.Length));
        Assert.Contains("placeholder", d.Message);
    }
}
