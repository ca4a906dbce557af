using System.Runtime.Versioning;
using MinutesLang.Cli;

namespace MinutesLang.Tests;

/// <summary>
/// Issue 14 §2: <c>minutes check --staged</c> (the pre-commit hook) reads git's index with two git processes
/// (<see cref="StagedTree"/>: <c>git diff --cached</c> and one <c>git cat-file --batch-command</c> that reads only
/// the folders needed) instead of five, and finds what a full check of the same files finds. The index as the
/// listing of every path read it (<see cref="ListedIndex"/>, the way before) is the reference.
/// </summary>
[UnsupportedOSPlatform("windows")] // file modes, symbolic links and a fake git written as a shell script
public sealed class StagedCheckTests : IDisposable
{
    private readonly SeedRepository seeds;
    private readonly string repo;

    public StagedCheckTests()
    {
        // the index is also read in this process: never the one of a repository the tests may run inside (a hook)
        foreach (var v in new[] { "GIT_DIR", "GIT_INDEX_FILE", "GIT_WORK_TREE", "GIT_OBJECT_DIRECTORY" }) Environment.SetEnvironmentVariable(v, null);
        seeds = new SeedRepository("minutes-staged-");
        repo = seeds.Root;
    }

    public void Dispose() => seeds.Dispose();

    private string Git(params string[] args) => seeds.Git(args);

    private void Commit() => seeds.Commit();

    private void Write(string relative, string text)
    {
        string path = Path.Combine(repo, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    /// <summary>A line that gives the record an error of its own (an unknown case) and a warning, after its @meeting line.</summary>
    private void Break(string relative)
    {
        string path = Path.Combine(repo, relative);
        var text = File.ReadAllText(path);
        int eol = text.IndexOf('\n') + 1;
        File.WriteAllText(path, text[..eol] + "\n[[沒有這案]] 不存在\n" + text[eol..]);
    }

    /// <summary>The two readings of the index agree on everything check --staged asks of them.</summary>
    private void AssertSameIndex(string? workdir = null)
    {
        using var listed = ListedIndex.OpenListed(workdir ?? repo);
        using var tree = StagedTree.TryOpen(workdir ?? repo);
        Assert.NotNull(tree);
        Assert.Equal(listed.Top, tree.Top);
        Assert.Equal(listed.Staged, tree.Staged);
        var everything = listed.FilesUnder("");
        Assert.Equal(everything, tree.FilesUnder(""));
        foreach (var folder in everything.Select(GitIndex.FolderOf).Append("").Append("no/such/folder").Distinct())
        {
            Assert.Equal(listed.FilesIn(folder), tree.FilesIn(folder));
            Assert.Equal(listed.FilesUnder(folder), tree.FilesUnder(folder));
        }

        foreach (var f in everything)
        {
            Assert.True(tree.Contains(f), f);
            Assert.Equal(listed.Read(f), tree.Read(f));
        }

        Assert.False(tree.Contains("seeds/no-such.minutes"));
        Assert.Throws<FileNotFoundException>(() => tree.Read("seeds/no-such.minutes"));
    }

    [Fact]
    public void TheHookStartsTwoGitProcessesAndThreeBelowTheTop()
    {
        Git("add", "-A");
        Commit();
        Break("seeds/113-2.minutes");
        Git("add", "seeds/113-2.minutes");

        // a git on the PATH that writes down each run, then runs the real one
        string real = Sh.Run(repo, "sh", "-c", "command -v git").Out.Trim();
        string bin = Path.Combine(repo, ".git", "fake-bin");
        string log = Path.Combine(repo, ".git", "git-runs.log");
        Directory.CreateDirectory(bin);
        File.WriteAllText(Path.Combine(bin, "git"), $"#!/bin/sh\necho \"$*\" >> '{log}'\nexec '{real}' \"$@\"\n");
        File.SetUnixFileMode(Path.Combine(bin, "git"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var env = new Dictionary<string, string> { ["PATH"] = bin + ":" + Environment.GetEnvironmentVariable("PATH") };

        var plain = Sh.Run(repo, HookTests.Minutes, "check", "--staged");
        var counted = Sh.Run(repo, env, HookTests.Minutes, "check", "--staged");
        Assert.Equal(plain, counted);
        Assert.Contains("seeds/113-2.minutes:3:3: error ML0101", counted.Out);
        var runs = File.ReadAllLines(log);
        Assert.Equal(["diff --cached --raw -z --no-renames --no-abbrev --ignore-submodules=none", "cat-file --batch-command"], runs.Select(r => r[(r.IndexOf(' ', r.IndexOf(' ') + 1) + 1)..]));

        // from a folder below the top, git is asked where the top is
        File.Delete(log);
        var below = Sh.Run(Path.Combine(repo, "seeds"), env, HookTests.Minutes, "check", "--staged");
        Assert.Equal(plain.Out.Replace("seeds/", "", StringComparison.Ordinal), below.Out);
        Assert.Equal(3, File.ReadAllLines(log).Length);
    }

    [Fact]
    public void EverySeedStagedInTurnFindsWhatTheFullCheckOfItFinds()
    {
        Git("add", "-A");
        Commit();
        foreach (var seed in Directory.GetFiles(Path.Combine(repo, "seeds"), "*.minutes").Select(Path.GetFileName).Where(f => f != "series.minutes").Order(StringComparer.Ordinal))
        {
            string rel = "seeds/" + seed;
            Break(rel);
            Git("add", rel);
            var staged = Sh.Run(repo, HookTests.Minutes, "check", "--staged", "--format", "msbuild");
            var full = Sh.Run(repo, HookTests.Minutes, "check", "--format", "msbuild", rel);
            Assert.Equal(full, staged);
            Assert.Contains($"{rel}(3,3): error ML0101", staged.Out);
            Git("checkout", "HEAD", "--", rel);
        }

        AssertSameIndex();
    }

    [Fact]
    public void MutatedSeriesStagedFindWhatTheFullCheckFinds()
    {
        Git("add", "-A");
        Commit();

        // a second series in a folder of its own, under the first, with records moved into it
        Write("seeds/sub/series.minutes", File.ReadAllText(Path.Combine(repo, "seeds", "series.minutes")));
        foreach (var r in new[] { "112-1", "112-2", "112-3" }) Git("mv", $"seeds/{r}.minutes", $"seeds/sub/{r}.minutes");
        Git("add", "-A");
        var moved = Sh.Run(repo, HookTests.Minutes, "check", "--staged", "--format", "msbuild");
        Assert.Equal(Sh.Run(repo, HookTests.Minutes, "check", "--format", "msbuild", "seeds/sub").Out, moved.Out);
        Assert.Contains("seeds/sub/", moved.Out);
        AssertSameIndex();
        Commit();

        // the series declaration changed: every record it governs is reported, none of the other series
        File.AppendAllText(Path.Combine(repo, "seeds", "series.minutes"), "\n@case 新案\n  標題：新的合作案\n");
        Break("seeds/110-2.minutes");
        Git("rm", "-q", "seeds/109-3.minutes");
        Git("add", "-A");
        var series = Sh.Run(repo, HookTests.Minutes, "check", "--staged", "--format", "msbuild");
        string[] records = [.. Directory.GetFiles(Path.Combine(repo, "seeds"), "*.minutes").Where(f => !f.EndsWith("series.minutes", StringComparison.Ordinal)).Select(f => "seeds/" + Path.GetFileName(f)).Order(StringComparer.Ordinal)];
        Assert.Equal(Sh.Run(repo, HookTests.Minutes, ["check", "--format", "msbuild", "seeds/series.minutes", .. records]).Out, series.Out);
        Assert.Contains("seeds/110-2.minutes(3,3): error ML0101", series.Out);
        Assert.DoesNotContain("seeds/sub/", series.Out);
        AssertSameIndex();
        Commit();

        // a configuration at the top: both series, all their records
        Write("minutesconfig.json", """{ "diagnostics": { "ML0204": "error" } }""");
        Git("add", "minutesconfig.json");
        var config = Sh.Run(repo, HookTests.Minutes, "check", "--staged", "--format", "msbuild");
        string[] all = [.. Directory.GetFiles(Path.Combine(repo, "seeds"), "*.minutes", SearchOption.AllDirectories).Where(f => !f.EndsWith("series.minutes", StringComparison.Ordinal)).Select(f => Path.GetRelativePath(repo, f)).Order(StringComparer.Ordinal)];
        Assert.Equal(Sh.Run(repo, HookTests.Minutes, ["check", "--format", "msbuild", .. all]).Out.Split('\n').Where(l => !l.StartsWith("seeds/series.minutes", StringComparison.Ordinal) && !l.StartsWith("seeds/sub/series.minutes", StringComparison.Ordinal)), config.Out.Split('\n'));
        Assert.Contains("error ML0204", config.Out);
        AssertSameIndex();
    }

    [Fact]
    public void TheIndexReadFromTheTreesIsTheIndexListed()
    {
        // no commit yet: everything is staged
        Write("a b/記錄 一.minutes", "@meeting 114-1\n# 標題\n");
        Git("add", "-A");
        AssertSameIndex();
        Commit();
        AssertSameIndex(); // nothing staged

        Break("seeds/114-1.minutes");                                      // modified
        Write("new/deep/er/114-2.minutes", "@meeting 114-2\n# 新\n");       // added, in new folders
        Git("rm", "-q", "seeds/108-1.minutes");                             // deleted
        File.SetUnixFileMode(Path.Combine(repo, "seeds", "108-2.minutes"), (UnixFileMode)0b111_101_101); // the mode alone: modified
        File.Delete(Path.Combine(repo, "seeds", "108-3.minutes"));
        File.CreateSymbolicLink(Path.Combine(repo, "seeds", "108-3.minutes"), "108-4.minutes"); // a type change: not staged (T)
        Git("add", "-A");
        AssertSameIndex();
        Assert.Contains("seeds/108-2.minutes", StagedTree.TryOpen(repo)!.Staged);
        Assert.DoesNotContain("seeds/108-3.minutes", StagedTree.TryOpen(repo)!.Staged);
        Commit();

        // a file where a folder was, a folder where a file was
        Git("rm", "-q", "-r", "new/deep");
        Write("new/deep", "a file now\n");
        Git("rm", "-q", "seeds/109-1.minutes");
        Write("seeds/109-1.minutes/114-3.minutes", "@meeting 114-3\n");
        Git("add", "-A");
        AssertSameIndex();

        // from a folder below the top
        AssertSameIndex(Path.Combine(repo, "seeds"));
        using var below = StagedTree.TryOpen(Path.Combine(repo, "seeds"))!;
        using var top = StagedTree.TryOpen(repo)!;
        Assert.Equal((3, 2), (below.GitProcesses, top.GitProcesses));
    }

    [Fact]
    public void AFileOnlyIntendedToBeAddedIsNotPartOfTheCommitNorOfItsSeries()
    {
        Git("add", "-A");
        Commit();
        Write("seeds/115-1.minutes", "");
        Git("add", "--intent-to-add", "seeds/115-1.minutes");
        using var listed = ListedIndex.OpenListed(repo);
        using var tree = StagedTree.TryOpen(repo)!;
        Assert.Empty(tree.Staged);
        Assert.Empty(listed.Staged);
        Assert.Contains("seeds/115-1.minutes", listed.FilesIn("seeds")); // read as an empty record before
        Assert.DoesNotContain("seeds/115-1.minutes", tree.FilesIn("seeds")); // git commits nothing of it
        Assert.Equal(listed.FilesIn("seeds").Where(f => f != "seeds/115-1.minutes"), tree.FilesIn("seeds"));
    }
}
