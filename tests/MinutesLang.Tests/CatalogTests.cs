using System.Text.RegularExpressions;
using MinutesLang.Diagnostics;
using MinutesLang.Diagnostics.Policy;
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
        var raised = Regex.Matches(builder, "(?:Report|Say)\\(\"(ML[0-9]{4})\"").Select(m => m.Groups[1].Value).ToHashSet();
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
        // template codes (ML03xx) are about templates; import codes (ML04xx) are about originals, not notation:
        // RenderFormatTests and ImportTests run their examples
        foreach (var e in DiagnosticCatalog.All.Where(e => e.Code is not ("ML0001" or "ML0002" or "ML0007") && !e.Code.StartsWith("ML03", StringComparison.Ordinal) && !e.Code.StartsWith("ML04", StringComparison.Ordinal)))
        {
            string text = File.ReadAllText(Path.Combine(Repo.Root, "docs", "diagnostics", e.Code + ".md"));
            var blocks = Regex.Matches(text, "```minutes\n(.*?)```", RegexOptions.Singleline).Select(m => Decode(m.Groups[1].Value)).ToList();

            // a configuration code shows a minutesconfig.json beside the record: the n-th json block goes with the n-th record
            var configs = Regex.Matches(text, "```json\n(.*?)```", RegexOptions.Singleline).Select(m => m.Groups[1].Value).ToList();
            Assert.True(blocks.Count >= 2, e.Code);
            Assert.Contains(e.Code, Codes(blocks[0], configs.ElementAtOrDefault(0)));
            Assert.DoesNotContain(e.Code, Codes(blocks[1], configs.ElementAtOrDefault(1)));
        }

        static List<string> Codes(string snippet, string? config)
        {
            if (snippet.Contains("// file: "))
            {
                // a series example: several records, with the rule fixtures' series unless it brings one
                var files = RuleFixtureTests.Split(snippet);
                string seriesText = files.FirstOrDefault(f => f.Name == "series.minutes").Body
                    ?? File.ReadAllText(Path.Combine(Repo.Root, "tests/MinutesLang.Tests/Fixtures/Rules/series.minutes"));
                var multi = MinutesLang.Semantics.Compilation.Create(
                    Parser.Parse(seriesText, "series.minutes"),
                    files.Where(f => f.Name != "series.minutes").Select(f => Parser.Parse(f.Body, f.Name)));
                return [.. multi.Diagnostics.Select(d => d.Code)];
            }

            const string series = "@case 學校交流\n  標題：跨縣市學校交流\n";
            bool isSeries = snippet.Contains("@case") || snippet.Contains("@platform");
            var trees = isSeries ? [Parser.Parse(snippet, "series.minutes")] : new[] { Parser.Parse(series, "series.minutes"), Parser.Parse(snippet, "x.minutes") };
            var c = isSeries
                ? MinutesLang.Semantics.Compilation.Create(trees[0], [])
                : MinutesLang.Semantics.Compilation.Create(trees[0], [trees[1]]);

            // the policy step of 'minutes check': suppression comments and the configuration (ML05xx)
            var policy = new DiagnosticPolicy(_ => config is null ? DiagnosticConfig.Default : DiagnosticConfig.Parse(config));
            return [.. policy.Apply(c.Diagnostics, trees).Reported.Select(d => d.Code)];
        }
    }

    /// <summary>A page example with the characters it cannot show written as <c>&lt;U+001B&gt;</c> (ML0030–ML0032): the text with the characters.</summary>
    public static string Decode(string example) =>
        Regex.Replace(example, "<U\\+([0-9A-F]{4,5})>", m => char.ConvertFromUtf32(Convert.ToInt32(m.Groups[1].Value, 16)));
}
