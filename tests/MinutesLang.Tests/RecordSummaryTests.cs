using System.Text;
using MinutesLang.Diagnostics;
using MinutesLang.Parsing;
using MinutesLang.Semantics;
using MinutesLang.Text;
using MinutesLang.Validation;

namespace MinutesLang.Tests;

/// <summary>
/// Issue 14 point 1: a record read only as the rest of its series may be given to the series rules as its summary
/// (<see cref="RecordSummary"/>) instead of its parsed and bound tree, and every finding of the records checked is the
/// same: compared here in process, with every seed in turn as the record checked, on the seeds and on series mutated in
/// the ways the series rules read other records (a record dropped, duplicated, ids swapped, a case event, a date, a
/// host, a renaming changed, a binary file, an id removed). StagedSummaryTests do the same through <c>check --staged</c>.
/// </summary>
public sealed class RecordSummaryTests
{
    private static Dictionary<string, byte[]> Seeds() =>
        Directory.GetFiles(Repo.Seeds, "*.minutes").ToDictionary(f => "seeds/" + Path.GetFileName(f), File.ReadAllBytes, StringComparer.Ordinal);

    private static string Text(Dictionary<string, byte[]> files, string name) => Encoding.UTF8.GetString(files[name]);

    private static void Edit(Dictionary<string, byte[]> files, string name, string from, string to)
    {
        string text = Text(files, name);
        Assert.Contains(from, text);
        files[name] = Encoding.UTF8.GetBytes(text.Replace(from, to, StringComparison.Ordinal));
    }

    /// <summary>The mutations, each with the codes the full check then reports in some record (so that it reaches the rules).</summary>
    public static TheoryData<string, string> Mutations() => new()
    {
        { "none", "ML0252" },
        { "drop 108-3", "ML0204" },
        { "drop 113-1", "ML0204" },
        { "duplicate 113-1", "ML0235" },
        { "swap the ids of 112-1 and 112-2", "ML0232" },
        { "delist a case at 113-1", "ML0202" },
        { "no event at 112-3", "ML0254" },
        { "date of 113-1 after 113-2", "ML0232" },
        { "host of 108-1 the host of 108-2", "ML0221" },
        { "the renaming at 113-1 undone", "ML0250" },
        { "110-1 binary", "ML0007 ML0204" },
        { "111-1 without an id", "ML0204" },
        { "drop 112-2", "ML0204" },
        { "drop 111-1", "ML0204" },
        { "date of 110-2 after 110-3", "ML0232" },
        { "110-4 numbered 110-5", "ML0241 ML0204" },
        { "host of 109-3 the host of 109-4", "ML0221" },
        { "the renaming at 113-1 to another name", "ML0250" },
    };

    internal static Dictionary<string, byte[]> Mutate(string mutation)
    {
        var files = Seeds();
        switch (mutation)
        {
            case "none":
                break;
            case "drop 108-3":
                files.Remove("seeds/108-3.minutes");
                break;
            case "drop 113-1":
                files.Remove("seeds/113-1.minutes");
                break;
            case "duplicate 113-1":
                files["seeds/113-1 copy.minutes"] = files["seeds/113-1.minutes"];
                break;
            case "swap the ids of 112-1 and 112-2":
                Edit(files, "seeds/112-1.minutes", "@meeting 112-1", "@meeting 112-2");
                Edit(files, "seeds/112-2.minutes", "@meeting 112-2", "@meeting 112-1");
                break;
            case "delist a case at 113-1":
                Edit(files, "seeds/113-1.minutes", "@列管 學校交流", "@解列 學校交流");
                break;
            case "no event at 112-3":
                files["seeds/112-3.minutes"] = Encoding.UTF8.GetBytes(string.Join('\n', Text(files, "seeds/112-3.minutes").Split('\n').Where(l => !l.TrimStart().StartsWith("@列管", StringComparison.Ordinal))));
                break;
            case "date of 113-1 after 113-2":
                Edit(files, "seeds/113-1.minutes", "113年3月5日（星期二）", "113年12月5日（星期四）");
                break;
            case "host of 108-1 the host of 108-2":
                Edit(files, "seeds/108-1.minutes", "地點：新北市政府", "地點：臺北市政府");
                break;
            case "the renaming at 113-1 undone":
                files["seeds/113-1.minutes"] = Encoding.UTF8.GetBytes(string.Join('\n', Text(files, "seeds/113-1.minutes").Split('\n').Where(l => !l.TrimStart().StartsWith("@更名", StringComparison.Ordinal))));
                break;
            case "110-1 binary":
                files["seeds/110-1.minutes"] = [.. files["seeds/110-1.minutes"].Take(40), .. Enumerable.Repeat((byte)1, 40)];
                break;
            case "111-1 without an id":
                Edit(files, "seeds/111-1.minutes", "@meeting 111-1", "@meeting 無");
                break;
            case "drop 112-2":
                files.Remove("seeds/112-2.minutes");
                break;
            case "drop 111-1":
                files.Remove("seeds/111-1.minutes");
                break;
            case "date of 110-2 after 110-3":
                Edit(files, "seeds/110-2.minutes", "110年8月25日（星期三）", "110年12月20日（星期一）");
                break;
            case "110-4 numbered 110-5":
                Edit(files, "seeds/110-4.minutes", "@meeting 110-4", "@meeting 110-5");
                break;
            case "host of 109-3 the host of 109-4":
                Edit(files, "seeds/109-3.minutes", "地點：新北市政府30樓", "地點：臺北市政府30樓");
                break;
            case "the renaming at 113-1 to another name":
                Edit(files, "seeds/113-1.minutes", "@更名 綠碳匯 Just Do It 保護地球自己來-淨零行動：綠碳匯總動員", "@更名 綠碳匯 淨零綠生活行動");
                break;
            default:
                throw new ArgumentException(mutation);
        }

        return files;
    }

    /// <summary>
    /// The seeds' series after <paramref name="mutation"/>: series.minutes and every record parsed, each record's summary
    /// as <c>check --staged</c> keeps it (bound alone against the series, written; <see cref="RecordSummary.Binary"/> for a
    /// record that binds to nothing), and the findings of the full check, which must hold every code of
    /// <paramref name="expected"/> (space-separated) so that the mutation is known to reach the rules it aims at.
    /// </summary>
    internal static (MinutesLang.Syntax.SyntaxTree Series, Dictionary<string, MinutesLang.Syntax.SyntaxTree> Trees, Dictionary<string, string> Summaries, IReadOnlyList<Diagnostic> Full) Prepare(string mutation, string expected)
    {
        var files = Mutate(mutation);
        var series = Parser.Parse(SourceText.FromBytes(files["seeds/series.minutes"], "seeds/series.minutes"));
        var trees = files.Keys.Where(k => !Compilation.IsSeriesFile(k)).Order(StringComparer.Ordinal)
            .ToDictionary(k => k, k => Parser.Parse(SourceText.FromBytes(files[k], k)), StringComparer.Ordinal);
        var summaries = trees.ToDictionary(t => t.Key, t => Compilation.Create(series, [t.Value]).Records.SingleOrDefault() is { } r ? RecordSummary.Write(r) : RecordSummary.Binary);
        var full = Compilation.Create(series, trees.Values).Diagnostics;
        foreach (var code in expected.Split(' ')) Assert.Contains(full, d => d.Code == code);
        return (series, trees, summaries, full);
    }

    private static string Describe(Diagnostic d) => $"{d.Source.Path} {d.Span} {d.Code} {d.Severity} {d.Message} | {d.Hint}";

    [Theory]
    [MemberData(nameof(Mutations))]
    public void EveryRecordCheckedWithItsNeighboursSummarizedFindsWhatTheFullCheckFinds(string mutation, string expected)
    {
        var (series, trees, summaries, full) = Prepare(mutation, expected);

        foreach (var (name, tree) in trees)
        {
            var neighbours = trees.Keys.Where(k => k != name).Select(k => RecordSummary.Read(summaries[k], k)).OfType<MinutesLang.Semantics.Record>();
            var summarized = Compilation.Create(series, [tree], neighbours).Diagnostics.Where(d => d.Source.Path == name).Select(Describe).ToList();
            Assert.Equal(full.Where(d => d.Source.Path == name).Select(Describe).ToList(), summarized);
        }
    }

    [Fact]
    public void ASummaryReadBackIsTheRecordTheRulesRead()
    {
        foreach (var r in Compilation.Create(Parser.Parse(SourceText.FromBytes(File.ReadAllBytes(Path.Combine(Repo.Seeds, "series.minutes")), "series.minutes")),
                     Directory.GetFiles(Repo.Seeds, "*.minutes").Where(f => !Compilation.IsSeriesFile(f)).Select(Compilation.ParseFile)).Records)
        {
            string json = RecordSummary.Write(r);
            var back = RecordSummary.Read(json, r.Path)!;
            Assert.Equal(json, RecordSummary.Write(back));
            Assert.Equal(r.Path, back.Path);
            Assert.Equal((r.Meeting, r.Id, r.RocYear, r.Title, r.Date, r.Start, r.End, r.PlannedEnd, r.Place, r.Chair, r.Recorder),
                (back.Meeting, back.Id, back.RocYear, back.Title, back.Date, back.Start, back.End, back.PlannedEnd, back.Place, back.Chair, back.Recorder));
            Assert.Equal(r.Events.Select(e => (e.Kind, e.CaseId, e.Argument, string.Join("、", e.Consent), e.ConsentOfAll, e.Level, e.Span)),
                back.Events.Select(e => (e.Kind, e.CaseId, e.Argument, string.Join("、", e.Consent), e.ConsentOfAll, e.Level, e.Span)));
            Assert.Equal(r.Mentions.Select(m => $"{m.CaseId}|{m.Wording}|{m.Span}"), back.Mentions.Select(m => $"{m.CaseId}|{m.Wording}|{m.Span}"));
            Assert.NotEmpty(r.Events.Concat<object>(r.Mentions)); // every seed has cases: the summary carries them
        }

        Assert.Null(RecordSummary.Read(RecordSummary.Binary, "x.minutes"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("[1,2]")]
    [InlineData("{}")]
    [InlineData("""{"binary":false}""")]
    [InlineData("""{"numbering":0,"year":113,"session":0,"sequence":1,"extra":false,"events":[],"mentions":"no"}""")]
    [InlineData("""{"numbering":9,"year":113,"session":0,"sequence":1,"extra":false,"events":[],"mentions":[]}""")]
    [InlineData("""{"numbering":0,"year":"113","session":0,"sequence":1,"extra":false,"events":[],"mentions":[]}""")]
    [InlineData("""{"numbering":0,"year":113,"session":0,"sequence":1,"extra":false,"date":[113,3],"events":[],"mentions":[]}""")]
    [InlineData("""{"numbering":0,"year":113,"session":0,"sequence":1,"extra":false,"events":[{"kind":42,"case":"a","argument":"","consent":[],"all":false,"start":0,"length":1}],"mentions":[]}""")]
    [InlineData("""{"numbering":0,"year":113,"session":0,"sequence":1,"extra":false,"events":[],"mentions":[{"case":"a","start":-1,"length":1}]}""")]
    [InlineData("""{"numbering":0,"year":113,"session":0,"sequence":1,"extra":false,"start":["下午",2],"events":[],"mentions":[]}""")]
    public void WhatIsNoSummaryIsAFormatException(string json) =>
        Assert.Throws<FormatException>(() => RecordSummary.Read(json, "x.minutes"));
}
