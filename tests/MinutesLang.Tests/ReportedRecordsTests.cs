using MinutesLang.Diagnostics;
using MinutesLang.Parsing;
using MinutesLang.Semantics;
using MinutesLang.Text;
using MinutesLang.Validation;

namespace MinutesLang.Tests;

/// <summary>
/// Issue 14 point 1: the series rules look for findings only in the records reported (<see cref="SeriesContext.IsReported"/>,
/// <c>Compilation.Create(…, reported)</c>: <c>check --staged</c> and <c>check FILE</c> report the files named), and the
/// findings in those records are the full check's — every record of the seeds reported in turn, on the seeds and on
/// series mutated so that a finding in one record arises from a neighbour (the order and a gap, the case history, the
/// host of a two-member platform, a renaming, the dates, the record reviewed), with the neighbours parsed (a cold hook)
/// and from their summaries (a warm one).
/// </summary>
public sealed class ReportedRecordsTests
{
    private static string Describe(Diagnostic d) => $"{d.Source.Path} {d.Span} {d.Code} {d.Severity} {d.Message} | {d.Hint}";

    [Theory]
    [MemberData(nameof(RecordSummaryTests.Mutations), MemberType = typeof(RecordSummaryTests))]
    public void EveryRecordReportedAloneFindsWhatTheFullCheckFinds(string mutation, string expected)
    {
        var (series, trees, summaries, full) = RecordSummaryTests.Prepare(mutation, expected);

        foreach (var (name, tree) in trees)
        {
            var expectedHere = full.Where(d => d.Source.Path == name).Select(Describe).ToList();
            var reported = new HashSet<string>([name], StringComparer.Ordinal);

            // cold: every neighbour parsed and bound; warm: the neighbours from their summaries
            var cold = Compilation.Create(series, trees.Values, [], reported).Diagnostics;
            Assert.Equal(expectedHere, cold.Where(d => d.Source.Path == name).Select(Describe).ToList());
            var neighbours = trees.Keys.Where(k => k != name).Select(k => RecordSummary.Read(summaries[k], k)).OfType<MinutesLang.Semantics.Record>();
            var warm = Compilation.Create(series, [tree], neighbours, reported).Diagnostics;
            Assert.Equal(expectedHere, warm.Where(d => d.Source.Path == name).Select(Describe).ToList());
        }
    }

    [Fact]
    public void TheRulesSkipTheRecordsNotReported()
    {
        // the full check finds series-rule findings (ML02xx) in many records of the seeds; reporting one, the rules that
        // look in one record at a time find none in the others (the case history is one pass over the series: kept whole)
        var files = RecordSummaryTests.Mutate("none");
        var series = Parser.Parse(SourceText.FromBytes(files["seeds/series.minutes"], "seeds/series.minutes"));
        var trees = files.Keys.Where(k => !Compilation.IsSeriesFile(k)).Select(k => Parser.Parse(SourceText.FromBytes(files[k], k))).ToList();
        var perRecord = SeriesValidator.Rules.Select(r => r.Code).Except(["ML0200", "ML0201", "ML0202", "ML0203", "ML0254", "ML0255", "ML0235"]).ToHashSet();
        var full = Compilation.Create(series, trees).Diagnostics.Where(d => perRecord.Contains(d.Code)).ToList();
        Assert.True(full.Select(d => d.Source.Path).Distinct().Count() > 3);

        var one = Compilation.Create(series, trees, [], new HashSet<string>(["seeds/113-2.minutes"])).Diagnostics.Where(d => perRecord.Contains(d.Code)).ToList();
        Assert.All(one, d => Assert.Equal("seeds/113-2.minutes", d.Source.Path));
        Assert.Equal(full.Where(d => d.Source.Path == "seeds/113-2.minutes").Select(Describe), one.Select(Describe));
    }
}
