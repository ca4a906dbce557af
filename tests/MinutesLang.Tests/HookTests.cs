using System.Diagnostics;

namespace MinutesLang.Tests;

/// <summary>
/// The pre-commit loop in a real temporary git repository holding a copy of the seeds:
/// <c>minutes hook install</c> and real <c>git commit</c>s, and <c>minutes check --staged</c>,
/// which reads git's index, not the working tree. The built <c>minutes</c> program is run as a
/// process, as git runs it.
/// </summary>
public sealed class HookTests : IDisposable
{
    private readonly string repo = Directory.CreateTempSubdirectory("minutes-hook-").FullName;

    public HookTests()
    {
        Sh.Run(repo, "git", "init", "-q", "-b", "main");
        foreach (var (k, v) in new[] { ("user.name", "Test"), ("user.email", "test@example.org"), ("commit.gpgsign", "false") })
            Sh.Run(repo, "git", "config", k, v);
        Directory.CreateDirectory(Path.Combine(repo, "seeds"));
        foreach (var f in Directory.GetFiles(Repo.Seeds, "*.minutes"))
            File.Copy(f, Path.Combine(repo, "seeds", Path.GetFileName(f)));
    }

    public void Dispose() => Directory.Delete(repo, recursive: true);

    /// <summary>The minutes program built beside the tests (the CLI project's apphost).</summary>
    public static string Minutes => Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "minutes.exe" : "minutes");

    private string Record => Path.Combine(repo, "seeds", "114-1.minutes");

    /// <summary>114-1 with a link to a case that does not exist: error ML0101.</summary>
    private void Break() =>
        File.WriteAllText(Record, File.ReadAllText(Record).Replace("@meeting 114-1\n", "@meeting 114-1\n\n[[nosuchcase]] 不存在\n", StringComparison.Ordinal));

    private void Restore() => File.Copy(Path.Combine(Repo.Seeds, "114-1.minutes"), Record, overwrite: true);

    [Fact]
    public void TheGitHookRefusesBrokenStagedRecordsAndLetsGoodOnesThrough()
    {
        var install = Sh.Run(repo, Minutes, "hook", "install");
        Assert.Equal(0, install.Code);
        string hook = Path.Combine(repo, ".git", "hooks", "pre-commit");
        Assert.Contains(hook, install.Out);
        Assert.Contains($"'{Minutes}' check --staged --quiet", File.ReadAllText(hook));

        // the seeds have warnings and infos but no errors: the commit goes through
        Sh.Run(repo, "git", "add", "-A");
        var good = Sh.Run(repo, "git", "commit", "-q", "-m", "seeds");
        Assert.True(good.Code == 0, good.Err);

        // a broken record, staged: refused, and the hook says why, with the file and line
        Break();
        Sh.Run(repo, "git", "add", "seeds/114-1.minutes");
        var broken = Sh.Run(repo, "git", "commit", "-q", "-m", "broken");
        Assert.NotEqual(0, broken.Code);
        Assert.Contains("seeds/114-1.minutes:3:3: error ML0101", broken.Out + broken.Err);
        Assert.DoesNotContain("warning", broken.Out + broken.Err); // --quiet: errors only
        Assert.Equal("1", Sh.Run(repo, "git", "rev-list", "--count", "HEAD").Out.Trim());

        // fixed in the working tree but not staged: what would be committed is still broken
        Restore();
        var unstaged = Sh.Run(repo, "git", "commit", "-q", "-m", "still broken");
        Assert.NotEqual(0, unstaged.Code);
        Assert.Contains("error ML0101", unstaged.Out + unstaged.Err);

        // the fix staged (with a comment, so that there is something to commit): it goes through
        File.AppendAllText(Record, "\n// a comment\n");
        Sh.Run(repo, "git", "add", "seeds/114-1.minutes");
        var fixedCommit = Sh.Run(repo, "git", "commit", "-q", "-m", "comment");
        Assert.True(fixedCommit.Code == 0, fixedCommit.Out + fixedCommit.Err);
        Assert.Equal("2", Sh.Run(repo, "git", "rev-list", "--count", "HEAD").Out.Trim());
    }

    [Fact]
    public void StagedCheckReadsTheIndexNotTheWorkingTree()
    {
        Sh.Run(repo, "git", "add", "-A");
        Sh.Run(repo, "git", "commit", "-q", "--no-verify", "-m", "seeds");

        // nothing staged: nothing to say
        var none = Sh.Run(repo, Minutes, "check", "--staged");
        Assert.Equal((0, "", ""), (none.Code, none.Out, none.Err));

        // broken in the working tree only: --staged passes, a plain check of the file fails
        Break();
        Assert.Equal(0, Sh.Run(repo, Minutes, "check", "--staged").Code);
        Assert.Equal(1, Sh.Run(repo, Minutes, "check", "seeds/114-1.minutes").Code);

        // staged, then fixed in the working tree: --staged still fails, and names the staged line
        Sh.Run(repo, "git", "add", "seeds/114-1.minutes");
        Restore();
        var staged = Sh.Run(repo, Minutes, "check", "--staged");
        Assert.Equal(1, staged.Code);
        Assert.Contains("seeds/114-1.minutes:3:3: error ML0101: unknown case id 'nosuchcase'", staged.Out);
        Assert.Contains(" 3 | [[nosuchcase]] 不存在", staged.Out);
        Assert.Equal(0, Sh.Run(repo, Minutes, "check", "seeds/114-1.minutes").Code);

        // only the staged record is reported, but it is checked against its series (ML0204 comes
        // from the gap before 114-1, which needs the other records); the rest of the series is quiet
        var verbose = Sh.Run(repo, Minutes, "check", "--staged", "--verbose");
        Assert.Contains("info ML0204", verbose.Out);
        Assert.DoesNotContain("seeds/113-3.minutes", verbose.Out);
        Assert.Contains("1 staged record(s), 19 more read from the index", verbose.Err);
    }

    [Fact]
    public void AStagedSeriesDeclarationBringsItsRecordsAndItsConfiguration()
    {
        Sh.Run(repo, "git", "add", "-A");
        Sh.Run(repo, "git", "commit", "-q", "--no-verify", "-m", "seeds");

        // a staged minutesconfig.json alone: every record below it is checked again under it
        File.WriteAllText(Path.Combine(repo, "minutesconfig.json"), """{ "diagnostics": { "ML0204": "error" } }""");
        Sh.Run(repo, "git", "add", "minutesconfig.json");
        var configOnly = Sh.Run(repo, Minutes, "check", "--staged", "--quiet");
        Assert.Equal(1, configOnly.Code);
        Assert.Contains("seeds/114-1.minutes:1:1: error ML0204", configOnly.Out);
        Assert.Contains("seeds/112-1.minutes:1:1: error ML0204", configOnly.Out); // the two gaps of the seeds

        // with a staged record, the staged configuration turns a warning into an error for it
        File.AppendAllText(Record, "\n");
        Sh.Run(repo, "git", "add", "-A");
        var promoted = Sh.Run(repo, Minutes, "check", "--staged");
        Assert.Equal(1, promoted.Code);
        Assert.Contains("error ML0204", promoted.Out);

        // the same file in the working tree only does not count
        Sh.Run(repo, "git", "rm", "-q", "--cached", "minutesconfig.json");
        Assert.Equal(0, Sh.Run(repo, Minutes, "check", "--staged").Code);
    }

    [Fact]
    public void HookInstallKeepsAForeignHookUnlessForcedAndThenBacksItUp()
    {
        string hooks = Path.Combine(repo, ".git", "hooks");
        Directory.CreateDirectory(hooks);
        File.WriteAllText(Path.Combine(hooks, "pre-commit"), "#!/bin/sh\necho mine\n");
        var refused = Sh.Run(repo, Minutes, "hook", "install");
        Assert.Equal(2, refused.Code);
        Assert.Contains("a pre-commit hook is there already; nothing was written", refused.Err);
        Assert.Equal("#!/bin/sh\necho mine\n", File.ReadAllText(Path.Combine(hooks, "pre-commit")));

        Assert.Equal(0, Sh.Run(repo, Minutes, "hook", "install", "--force", "--command", "minutes").Code);
        Assert.Equal("#!/bin/sh\necho mine\n", File.ReadAllText(Path.Combine(hooks, "pre-commit.before-minutes")));
        Assert.Contains("\nminutes check --staged --quiet\n", File.ReadAllText(Path.Combine(hooks, "pre-commit")));

        // its own hook is rewritten without --force
        Assert.Equal(0, Sh.Run(repo, Minutes, "hook", "install").Code);
        Assert.False(File.Exists(Path.Combine(hooks, "pre-commit.tmp")));
    }

    [Fact]
    public void OutsideARepositoryStagedAndHookAreOneLineUsageErrors()
    {
        string plain = Directory.CreateTempSubdirectory("minutes-nogit-").FullName;
        try
        {
            foreach (var args in new[] { new[] { "check", "--staged" }, ["hook", "install"] })
            {
                var r = Sh.Run(plain, Minutes, args);
                Assert.Equal(2, r.Code);
                Assert.StartsWith("minutes: git ", r.Err);
                Assert.Single(r.Err.TrimEnd('\n').Split('\n'));
            }

            Assert.Equal(2, Sh.Run(plain, Minutes, "check", "--staged", "seeds").Code);
            Assert.Equal(2, Sh.Run(plain, Minutes, "hook").Code);
        }
        finally
        {
            Directory.Delete(plain, recursive: true);
        }
    }
}

/// <summary>Runs a program in a folder and returns its exit code and output; git's environment variables and global configuration are left out.</summary>
public static class Sh
{
    public static (int Code, string Out, string Err) Run(string dir, string program, params string[] args) => Run(dir, null, program, args);

    public static (int Code, string Out, string Err) Run(string dir, IDictionary<string, string>? env, string program, params string[] args)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = dir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in args) start.ArgumentList.Add(a);

        // a test run from inside a git hook must not write to the outer repository
        foreach (var v in new[] { "GIT_DIR", "GIT_INDEX_FILE", "GIT_WORK_TREE", "GIT_OBJECT_DIRECTORY" }) start.Environment.Remove(v);
        start.Environment["NO_COLOR"] = "1";
        ChildLocale.Pin(start); // the messages compared are English, on a Chinese machine too (a test that wants Chinese passes LANG in env)

        // nor depend on the developer's git configuration (hooksPath, signing, templates): only the repository's own
        start.Environment["GIT_CONFIG_GLOBAL"] = "/dev/null";
        start.Environment["GIT_CONFIG_NOSYSTEM"] = "1";
        if (env is not null)
            foreach (var (k, v) in env) start.Environment[k] = v;

        using var p = Process.Start(start)!;
        var err = p.StandardError.ReadToEndAsync();
        var stdout = p.StandardOutput.ReadToEndAsync();
        if (!p.WaitForExit(TimeSpan.FromMinutes(10)))
        {
            p.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', args)}: still running after 10 minutes");
        }

        return (p.ExitCode, stdout.Result, err.Result);
    }
}
