using System.Text.RegularExpressions;
using MinutesLang.Diagnostics;
using MinutesLang.Parsing;

namespace MinutesLang.Tests;

/// <summary>Codes are unique, well-formed, raised from the builder, and each has a documentation page.</summary>
public sealed class CatalogTests
{
    [Fact]
    public void CodesAreUniqueAndWellFormed()
    {
        var codes = DiagnosticCatalog.All.Select(e => e.Code).ToList();
        Assert.Equal(codes.Count, codes.Distinct().Count());
        Assert.All(codes, c => Assert.Matches("^ML[0-9]{4}$", c));
    }

    [Fact]
    public void EveryCodeRaisedByTheBuilderIsInTheCatalogAndTheOtherWayRound()
    {
        string builder = File.ReadAllText(Path.Combine(Repo.Root, "src/MinutesLang/Diagnostics/DiagnosticBuilder.cs"));
        var raised = Regex.Matches(builder, "Report\\(\"(ML[0-9]{4})\"").Select(m => m.Groups[1].Value).ToHashSet();
        Assert.Equal(DiagnosticCatalog.All.Select(e => e.Code).Order(), raised.Order());
    }

    [Fact]
    public void EveryCodeHasAPageWithABadAndAFixedExample()
    {
        foreach (var e in DiagnosticCatalog.All)
        {
            string page = Path.Combine(Repo.Root, "docs", "diagnostics", e.Code + ".md");
            Assert.True(File.Exists(page), $"missing {page}");
            string text = File.ReadAllText(page);
            Assert.StartsWith($"# {e.Code}: {e.Title}\n", text);
            Assert.Contains($"Severity: {DiagnosticFormatter.Severity(e.Severity)}", text);
            Assert.Contains("## Example", text);
            Assert.Contains("## Fix", text);
        }
    }

    [Fact]
    public void PageExamplesOfTextCodesRaiseTheirCodeAndTheFixDoesNot()
    {
        // import codes (ML04xx) are about originals, not notation: ImportTests runs their examples through the importer
        foreach (var e in DiagnosticCatalog.All.Where(e => e.Code is not ("ML0001" or "ML0002" or "ML0007") && !e.Code.StartsWith("ML04", StringComparison.Ordinal)))
        {
            string text = File.ReadAllText(Path.Combine(Repo.Root, "docs", "diagnostics", e.Code + ".md"));
            var blocks = Regex.Matches(text, "```minutes\n(.*?)```", RegexOptions.Singleline).Select(m => m.Groups[1].Value).ToList();
            Assert.True(blocks.Count >= 2, e.Code);
            Assert.Contains(e.Code, Codes(blocks[0]));
            Assert.DoesNotContain(e.Code, Codes(blocks[1]));
        }

        static List<string> Codes(string snippet)
        {
            const string series = "@case 學校交流\n  標題：跨縣市學校交流\n";
            bool isSeries = snippet.Contains("@case") || snippet.Contains("@platform");
            var c = isSeries
                ? MinutesLang.Semantics.Compilation.Create(Parser.Parse(snippet, "series.minutes"), [])
                : MinutesLang.Semantics.Compilation.Create(Parser.Parse(series, "series.minutes"), [Parser.Parse(snippet, "x.minutes")]);
            return [.. c.Diagnostics.Select(d => d.Code)];
        }
    }
}
