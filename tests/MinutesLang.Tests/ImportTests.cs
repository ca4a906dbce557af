using MinutesLang.Diagnostics;
using MinutesLang.Import;
using MinutesLang.Parsing;
using MinutesLang.Semantics;
using MinutesLang.Text;
using System.Text.RegularExpressions;

namespace MinutesLang.Tests;

/// <summary>minutes import on the 20 originals: round trip through render --to txt, and check compared with the hand-written seeds.</summary>
public sealed class ImportTests
{
    public static TheoryData<string> Seeds => Repo.SeedData();

    internal static ImportResult ImportOriginal(string name, bool withSeries)
    {
        string path = Path.Combine(Repo.Seeds, "original", name + ".txt");
        var source = ImportReader.Read(path, File.ReadAllBytes(path));
        return Importer.Import(source, withSeries ? SeedSeries() : null);
    }

    internal static Series SeedSeries() => Compilation.Create(Compilation.ParseFile(Path.Combine(Repo.Seeds, "series.minutes")), []).Series;

    internal static Compilation CompileImported(ImportedRecord r, bool withSeries) =>
        Compilation.Create(withSeries ? Compilation.ParseFile(Path.Combine(Repo.Seeds, "series.minutes")) : null, [Parser.Parse(r.Text, r.FileName)]);

    [Theory]
    [MemberData(nameof(Seeds))]
    public void ImportedOriginalRendersToTheOriginal(string name)
    {
        foreach (bool withSeries in new[] { false, true })
        {
            var result = ImportOriginal(name, withSeries);
            var record = Assert.Single(result.Records);
            Assert.Equal(name, record.Id);
            Assert.Equal(name + ".minutes", record.FileName);
            var c = CompileImported(record, withSeries);

            // without the series nothing is linked, so only the notation itself must be sound
            Assert.DoesNotContain(c.Diagnostics, d => d.Severity == DiagnosticSeverity.Error && (withSeries || string.CompareOrdinal(d.Code, "ML0200") < 0));
            string original = File.ReadAllText(Path.Combine(Repo.Seeds, "original", name + ".txt"));
            string? difference = SeedNormalizer.Compare(original, Repo.RenderTxt(c));
            Assert.True(difference is null, $"{name} (series: {withSeries}): {difference}\n{record.Text}");
        }
    }

    [Fact]
    public void NumberingDefectsOfTheOriginalsAreReportedWithTheirLines()
    {
        var found = Repo.SeedNames
            .SelectMany(n => ImportOriginal(n, withSeries: false).Diagnostics)
            .Where(d => d.Code.StartsWith("ML04", StringComparison.Ordinal))
            .Select(d => $"{Path.GetFileName(d.Source.Path)}:{d.Start.Line}:{d.Start.Column}: {d.Code} {d.Message}")
            .ToList();
        Assert.Equal(
            [
                "109-4.txt:32:1: ML0400 the original uses the ordinal 陸 a second time (first on line 15)",
                "110-3.txt:22:1: ML0401 the original skips 陸、柒 before 捌",
                "112-1.txt:65:1: ML0400 the original uses the ordinal 柒 a second time (first on line 22)",
            ],
            found);
        Assert.Equal("陸、討論事項", File.ReadAllLines(Path.Combine(Repo.Seeds, "original", "109-4.txt"))[31]);
        Assert.Equal("捌、臨時動議：無", File.ReadAllLines(Path.Combine(Repo.Seeds, "original", "110-3.txt"))[21]);
        Assert.Equal("柒、臨時動議：無。", File.ReadAllLines(Path.Combine(Repo.Seeds, "original", "112-1.txt"))[64]);
    }

    /// <summary>
    /// Series rules that read the case events (@成案 @列管 @提請解列 @解列 …): the importer does not
    /// infer events (they record judgements the writer adds), so these are not compared.
    /// </summary>
    [Fact]
    public void ImportedSeriesChecksLikeTheHandWrittenSeeds()
    {
        static string Summary(IEnumerable<Diagnostic> ds) =>
            string.Join(", ", ds.GroupBy(d => d.Code).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key}×{g.Count()}"));

        var series = Compilation.ParseFile(Path.Combine(Repo.Seeds, "series.minutes"));
        var handWritten = Compilation.Create(series, Repo.SeedNames.Select(n => Compilation.ParseFile(Path.Combine(Repo.Seeds, n + ".minutes"))));
        var records = Repo.SeedNames.Select(n => Assert.Single(ImportOriginal(n, withSeries: true).Records)).ToList();
        var texts = EventInference.ApplyInOrder([.. records.Select(r => r.Text)], handWritten.Series);
        var imported = Compilation.Create(series, records.Select((r, i) => Parser.Parse(texts[i], Path.Combine(Repo.Seeds, r.FileName))));
        Assert.Equal(20, imported.Records.Count);
        Assert.Equal(Summary(handWritten.Diagnostics), Summary(imported.Diagnostics));
    }

    [Fact]
    public void PageExamplesOfImportCodesRaiseTheirCodeAndTheFixDoesNot()
    {
        // ML0410–ML0414 refuse documents, not texts: HostileDocumentTests runs their examples as packages; ML0415 is written with <U+XXXX> for its control characters;
        // ML0423 is about a record's directives, not an original: ImportRoundTripTests runs its examples as records;
        // ML0425 is found with a series only (the cases a decision names): ImportHeadingAndMarginTests runs its examples with one;
        // ML0435 is about a file of a folder that cannot be read, not an original: FolderFaultTests makes its cases on disk
        var codes = DiagnosticCatalog.All.Where(e => e.Code.StartsWith("ML04", StringComparison.Ordinal) && e.Code is not ("ML0410" or "ML0411" or "ML0412" or "ML0413" or "ML0414" or "ML0423" or "ML0425" or "ML0435")).ToList();
        Assert.NotEmpty(codes);
        foreach (var e in codes)
        {
            string text = File.ReadAllText(Path.Combine(Repo.Root, "docs", "diagnostics", e.Code + ".md"));
            var blocks = Regex.Matches(text, "```text\n(.*?)```", RegexOptions.Singleline).Select(m => CatalogTests.Decode(m.Groups[1].Value)).ToList();
            Assert.True(blocks.Count >= 2, e.Code);
            Assert.Contains(e.Code, Importer.Import(SourceText.From(blocks[0], "example.txt")).Diagnostics.Select(d => d.Code));
            Assert.DoesNotContain(e.Code, Importer.Import(SourceText.From(blocks[1], "example.txt")).Diagnostics.Select(d => d.Code));
        }
    }

    /// <summary>
    /// How close the importer comes to the hand-written seeds: the same lines, once the hand-written
    /// comments and case-event directives are set aside (the importer infers no events but
    /// @更名, which the record states verbatim: 業已更改為「…」). The
    /// few remaining differences, each explained, are listed here.
    /// </summary>
    [Theory]
    [MemberData(nameof(Seeds))]
    public void ImportedNotationIsTheHandWrittenOneWithoutEvents(string name)
    {
        var known = new Dictionary<string, string>
        {
            // the recorder stays where the original prints it (after 出席人員), the seed moved it up
            ["112-1"] = "紀錄：張漢堯",
            // of the wordings that match a case, the importer links the exact alias (…淨零行動), the seed the longer phrase
            ["113-2"] = "[[綠碳匯|Just Do It 保護地球自己來-淨零行動]]：綠碳匯總動員。",
        };
        static List<string> Lines(string text) =>
        [
            .. text.Replace("\r\n", "\n").Split('\n')
                .Where(l => l.Trim().Length > 0 && !l.TrimStart().StartsWith("//", StringComparison.Ordinal))
                .Where(l => !l.TrimStart().StartsWith('@') || new[] { "@meeting", "@list", "@列管表", "@更名" }.Any(d => l.TrimStart().StartsWith(d, StringComparison.Ordinal)))
                .Select(l => l.TrimEnd()),
        ];
        var handWritten = Lines(File.ReadAllText(Path.Combine(Repo.Seeds, name + ".minutes")));
        var imported = Lines(Assert.Single(ImportOriginal(name, withSeries: true).Records).Text);
        var missing = handWritten.Except(imported).ToList();
        var extra = imported.Except(handWritten).ToList();
        if (known.TryGetValue(name, out var why))
        {
            Assert.Equal(missing.Count, extra.Count);
            Assert.All(extra, l => Assert.Contains(why, l));
            Assert.Contains(imported, l => l.Contains(why, StringComparison.Ordinal));
            Assert.Equal(
                handWritten.Where(l => !missing.Contains(l) && !l.Contains(why, StringComparison.Ordinal)),
                imported.Where(l => !extra.Contains(l) && !l.Contains(why, StringComparison.Ordinal)));
        }
        else
        {
            Assert.Empty(missing);
            Assert.Empty(extra);
            Assert.Equal(handWritten, imported);
        }
    }
}
