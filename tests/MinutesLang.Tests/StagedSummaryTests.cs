using System.Runtime.Versioning;

namespace MinutesLang.Tests;

/// <summary>
/// Issue 14 point 1 through the hook: <c>check --staged</c> reads the rest of a series from the summaries it kept in
/// <c>.git/minutes-cache</c> (<see cref="MinutesLang.Cli.SummaryCache"/>), and finds what the full check of the same
/// files finds, with the cache empty (cold: the records parsed, the summaries written) and full (warm: the summaries
/// read), on every seed staged in turn and on series whose committed records were mutated; an entry of another record,
/// cut short or altered is not trusted; two hooks at once are safe. The trace (<c>--verbose</c>) says how many
/// records came from summaries, so that a warm run that parsed everything again cannot pass for one that did not.
/// </summary>
[UnsupportedOSPlatform("windows")]
public sealed class StagedSummaryTests : IDisposable
{
    private readonly SeedRepository seeds = new("minutes-summary-");
    private readonly string repo;

    public StagedSummaryTests()
    {
        repo = seeds.Root;
        Git("add", "-A");
        Commit();
    }

    public void Dispose() => seeds.Dispose();

    private string Cache => Path.Combine(repo, ".git", "minutes-cache");

    private string Git(params string[] args) => seeds.Git(args);

    private void Commit(params string[] only) => seeds.Commit(only);

    private string PathOf(string rel) => Path.Combine(repo, rel);

    private void Edit(string rel, string from, string to)
    {
        string text = File.ReadAllText(PathOf(rel));
        Assert.Contains(from, text);
        File.WriteAllText(PathOf(rel), text.Replace(from, to, StringComparison.Ordinal));
    }

    /// <summary>Stages a change of a record of its own: a link to a case that does not exist (ML0101) after its first line.</summary>
    private void Stage(string rel)
    {
        var text = File.ReadAllText(PathOf(rel));
        int eol = text.IndexOf('\n') + 1;
        File.WriteAllText(PathOf(rel), text[..eol] + "\n[[沒有這案]] 不存在\n" + text[eol..]);
        Git("add", rel);
    }

    /// <summary>How many records of the series the hook read from summaries, from its trace.</summary>
    private static int FromSummaries(string err)
    {
        var line = err.Split('\n').Single(l => l.Contains("more read from the index", StringComparison.Ordinal));
        int open = line.LastIndexOf('(');
        return int.Parse(line[(open + 1)..line.IndexOf(' ', open)]);
    }

    private (int Code, string Out, string Err) Hook() => Sh.Run(repo, HookTests.Minutes, "--verbose", "check", "--staged", "--format", "msbuild");

    /// <summary>
    /// The hook with the cache emptied, then again with the summaries it wrote: both find what the full check of the
    /// staged records finds, the first from no summary, the second from a summary of every other record of the series
    /// (binary files too: their summary says so).
    /// </summary>
    private string AssertColdAndWarmAsFull(params string[] staged)
    {
        var full = Sh.Run(repo, HookTests.Minutes, ["check", "--format", "msbuild", .. staged]);
        if (Directory.Exists(Cache)) Directory.Delete(Cache, recursive: true);
        var cold = Hook();
        var warm = Hook();
        Assert.Equal((full.Code, full.Out), (cold.Code, cold.Out));
        Assert.Equal((full.Code, full.Out), (warm.Code, warm.Out));
        int neighbours = Directory.GetFiles(Path.Combine(repo, "seeds"), "*.minutes").Length - 1 - staged.Length;
        Assert.Equal((0, neighbours), (FromSummaries(cold.Err), FromSummaries(warm.Err)));
        return full.Out;
    }

    [Fact]
    public void EverySeedStagedInTurnFindsWhatTheFullCheckFindsColdAndWarm()
    {
        foreach (var seed in Directory.GetFiles(Path.Combine(repo, "seeds"), "*.minutes").Select(Path.GetFileName).Where(f => f != "series.minutes").Order(StringComparer.Ordinal))
        {
            string rel = "seeds/" + seed;
            Stage(rel);
            Assert.Contains($"{rel}(3,3): error ML0101", AssertColdAndWarmAsFull(rel));
            Git("checkout", "HEAD", "--", rel);
        }
    }

    [Fact]
    public void MutatedSeriesFindWhatTheFullCheckFindsColdAndWarm()
    {
        // each mutation of the seeds is committed (the records become neighbours, read from summaries), then a record
        // after it is staged; the full check reports the mutation's finding in that record
        string seeds = Git("rev-parse", "HEAD").Trim();
        void Case(Action mutate, string staged, string expected)
        {
            Git("reset", "-q", "--hard", seeds);
            mutate();
            Git("add", "-A");
            Commit();
            Stage(staged);
            var lines = AssertColdAndWarmAsFull(staged).Split('\n');
            Assert.Contains(lines, l => l.StartsWith(staged + "(", StringComparison.Ordinal) && l.Contains(expected, StringComparison.Ordinal));
        }

        Case(() => Git("rm", "-q", "seeds/108-3.minutes"), "seeds/108-4.minutes", "ML0204");
        Case(() => File.Copy(PathOf("seeds/113-1.minutes"), PathOf("seeds/113-1 copy.minutes")), "seeds/113-1.minutes", "ML0235");
        Case(() =>
        {
            Edit("seeds/112-1.minutes", "@meeting 112-1", "@meeting 112-2");
            Edit("seeds/112-2.minutes", "@meeting 112-2", "@meeting 112-1");
        }, "seeds/112-1.minutes", "ML0232");
        Case(() => Edit("seeds/113-1.minutes", "@列管 學校交流", "@解列 學校交流"), "seeds/113-2.minutes", "ML0202");
        Case(() => Edit("seeds/112-2.minutes", "112年11月2日（星期四）", "112年12月20日（星期三）"), "seeds/112-3.minutes", "ML0232");
        Case(() => Edit("seeds/108-1.minutes", "地點：新北市政府", "地點：臺北市政府"), "seeds/108-2.minutes", "ML0221");
        Case(() => File.WriteAllBytes(PathOf("seeds/110-1.minutes"), [.. File.ReadAllBytes(PathOf("seeds/110-1.minutes")).Take(40), .. Enumerable.Repeat((byte)1, 40)]), "seeds/110-2.minutes", "ML0204");

        // the rules look for findings in the staged record only (issue 14 point 1): findings there that arise from a neighbour
        Case(() => Edit("seeds/110-4.minutes", "@meeting 110-4", "@meeting 110-5"), "seeds/111-1.minutes", "ML0241");
        Case(() => Edit("seeds/110-2.minutes", "110年8月25日（星期三）", "110年12月20日（星期一）"), "seeds/110-3.minutes", "ML0232");
        Case(() => Edit("seeds/113-1.minutes", "@更名 綠碳匯 Just Do It 保護地球自己來-淨零行動：綠碳匯總動員", "@更名 綠碳匯 淨零綠生活行動"), "seeds/113-2.minutes", "ML0250");
        Case(() => Edit("seeds/109-3.minutes", "地點：新北市政府30樓", "地點：臺北市政府30樓"), "seeds/109-4.minutes", "ML0221");
        Case(() => Git("rm", "-q", "seeds/111-1.minutes"), "seeds/112-1.minutes", "ML0204");
    }

    [Fact]
    public void AChangedRecordOrSeriesIsReadAgainNeverFromItsOldSummary()
    {
        Stage("seeds/113-2.minutes");
        AssertColdAndWarmAsFull("seeds/113-2.minutes");

        // 113-1 changes (its date after 113-2's): its old summary is another key; the new one is read and kept
        Edit("seeds/113-1.minutes", "113年3月5日（星期二）", "113年12月5日（星期四）");
        Commit("seeds/113-1.minutes"); // 113-2 stays staged
        var full = Sh.Run(repo, HookTests.Minutes, "check", "--format", "msbuild", "seeds/113-2.minutes");
        Assert.Contains("seeds/113-2.minutes(", full.Out.Split('\n').First(l => l.Contains("ML0232", StringComparison.Ordinal)));
        var changed = Hook();
        Assert.Equal((full.Code, full.Out), (changed.Code, changed.Out));
        Assert.Equal(18, FromSummaries(changed.Err));
        Assert.Equal(19, FromSummaries(Hook().Err));

        // the series declaration changes: every summary was bound against the old one
        File.AppendAllText(PathOf("seeds/series.minutes"), "\n@case 新案\n  標題：新的合作案\n");
        Commit("seeds/series.minutes");
        var series = Hook();
        Assert.Equal(0, FromSummaries(series.Err));
        Assert.Equal(Sh.Run(repo, HookTests.Minutes, "check", "--format", "msbuild", "seeds/113-2.minutes").Out, series.Out);
    }

    [Fact]
    public void AnEntryOfAnotherKeyCutShortOrAlteredIsNotTrusted()
    {
        Stage("seeds/113-2.minutes");
        string expected = AssertColdAndWarmAsFull("seeds/113-2.minutes");

        // one file for the series: the key of the series, then one line per record of it
        var files = Directory.GetFiles(Cache, "*", SearchOption.AllDirectories);
        Assert.Single(files);
        string file = files[0], original = File.ReadAllText(file);
        var lines = original.Split('\n');
        string header = lines[0];
        var entries = lines[1..^1];
        Assert.Equal(("", 19), (lines[^1], entries.Length));

        // each entry damaged in one way: garbage, empty, cut short, another record's object id, the summary altered under
        // its checksum, the checksum right but the key of another record; none is read, and each is written again (another
        // record's whole line in its place is no damage in one file: it is that record's entry, found under its own path)
        string Other(int i) => entries[(i + 1) % entries.Length];
        string Fields(string line, int from) => string.Join(' ', line.Split(' ')[from..]);
        var damages = new Func<int, string, string>[]
        {
            (_, _) => "garbage",
            (_, _) => "",
            (_, text) => text[..(text.Length / 2)],
            (i, text) => Other(i).Split(' ')[0] + " " + Fields(text, 1), // another record's object id under this path
            (_, text) => text.Replace("\"numbering\":0", "\"numbering\":1", StringComparison.Ordinal),
            (i, text) => string.Join(' ', Other(i).Split(' ')[..2]) + " " + Fields(text, 2),
        };
        void AssertNoneTrusted(string damaged)
        {
            File.WriteAllText(file, damaged);
            var run = Hook();
            Assert.Equal(expected, run.Out);
            Assert.Equal(0, FromSummaries(run.Err));
            Assert.Equal(original, File.ReadAllText(file)); // written again, whole
        }

        foreach (var damage in damages)
            AssertNoneTrusted(header + "\n" + string.Concat(entries.Select((e, i) => damage(i, e) + "\n")));

        // the whole file: garbage, empty, cut short in its key, the key of another series or compiler
        AssertNoneTrusted("garbage");
        AssertNoneTrusted("");
        AssertNoneTrusted(original[..(header.Length / 2)]);
        AssertNoneTrusted(original.Replace(" series=", " series=0", StringComparison.Ordinal));
        AssertNoneTrusted(original.Replace(" compiler=", " compiler=0", StringComparison.Ordinal));

        // one entry damaged: that record is parsed, the 18 others read; the file is whole again
        File.WriteAllText(file, original.Replace(entries[3], entries[3][..^2], StringComparison.Ordinal));
        Assert.Equal(18, FromSummaries(Hook().Err));
        Assert.Equal(original, File.ReadAllText(file));
        Assert.Equal(19, FromSummaries(Hook().Err));
    }

    [Fact]
    public async Task TwoHooksAtOnceWithAnEmptyCacheBothFindWhatTheFullCheckFind()
    {
        Stage("seeds/112-3.minutes");
        string expected = Sh.Run(repo, HookTests.Minutes, "check", "--format", "msbuild", "seeds/112-3.minutes").Out;
        for (int round = 0; round < 2; round++)
        {
            if (Directory.Exists(Cache)) Directory.Delete(Cache, recursive: true);
            var runs = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(Hook)));
            foreach (var r in runs) Assert.Equal(expected, r.Out);
            Assert.Empty(Directory.GetFiles(Cache, "*.tmp", SearchOption.AllDirectories));
            Assert.Equal(19, FromSummaries(Hook().Err));
        }
    }

    [Fact]
    public void WithoutAGitFolderToWriteIn_TheHookChecksAsBefore()
    {
        Stage("seeds/114-1.minutes");
        string expected = Sh.Run(repo, HookTests.Minutes, "check", "--format", "msbuild", "seeds/114-1.minutes").Out;

        // the cache's place is a file: nothing can be written there, and nothing is read
        File.WriteAllText(Cache, "not a folder");
        var first = Hook();
        var second = Hook();
        Assert.Equal((expected, expected), (first.Out, second.Out));
        Assert.Equal((0, 0), (FromSummaries(first.Err), FromSummaries(second.Err)));
        Assert.Equal("not a folder", File.ReadAllText(Cache));
    }
}
