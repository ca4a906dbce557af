namespace MinutesLang.Tests;

/// <summary>Runs only where the pre-commit framework is installed (<c>.ci/run</c> installs it: apt-get install pre-commit).</summary>
public sealed class PreCommitFactAttribute : FactAttribute
{
    public PreCommitFactAttribute()
    {
        if (BrowserTests.Tool("pre-commit") is null) Skip = "the pre-commit framework is not installed (apt-get install pre-commit, or pip install pre-commit)";
    }
}

/// <summary>
/// This repository's <c>.pre-commit-hooks.yaml</c> used as another project would use it: a
/// temporary git repository holding a copy of the seeds names this repository (as it is now,
/// uncommitted changes included) in its <c>.pre-commit-config.yaml</c>; pre-commit builds the tool
/// with <c>dotnet pack</c> and <c>dotnet tool install</c> (language: dotnet) and runs the hooks on
/// real <c>git commit</c>s. Slow (one pack of the solution), so it is one test.
/// </summary>
public sealed class PreCommitFrameworkTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("minutes-precommit-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    /// <summary>A commit of this repository's current state, uncommitted changes included (as 'pre-commit try-repo' makes one).</summary>
    private string Shadow(out string rev)
    {
        string shadow = Path.Combine(root, "hooks-repo");
        Must(Sh.Run(root, "git", "clone", "-q", "--no-checkout", Repo.Root, shadow));
        string head = Must(Sh.Run(Repo.Root, "git", "rev-parse", "HEAD")).Trim();
        Must(Sh.Run(shadow, "git", "checkout", "-q", head));
        foreach (var f in Must(Sh.Run(Repo.Root, "git", "ls-files", "-z", "-m", "-o", "--exclude-standard")).Split('\0', StringSplitOptions.RemoveEmptyEntries))
        {
            string from = Path.Combine(Repo.Root, f), to = Path.Combine(shadow, f);
            if (File.Exists(from))
            {
                Directory.CreateDirectory(Path.GetDirectoryName(to)!);
                File.Copy(from, to, overwrite: true);
            }
            else if (File.Exists(to)) File.Delete(to);
        }

        foreach (var (k, v) in Identity) Must(Sh.Run(shadow, "git", "config", k, v));
        Must(Sh.Run(shadow, "git", "add", "-A"));
        Sh.Run(shadow, "git", "commit", "-q", "--no-verify", "-m", "the working tree under test"); // nothing to commit is fine
        rev = Must(Sh.Run(shadow, "git", "rev-parse", "HEAD")).Trim();
        return shadow;
    }

    private static readonly (string, string)[] Identity = [("user.name", "Test"), ("user.email", "test@example.org"), ("commit.gpgsign", "false")];

    private static string Must((int Code, string Out, string Err) r) =>
        r.Code == 0 ? r.Out : throw new InvalidOperationException($"exit {r.Code}: {r.Err}{r.Out}");

    [PreCommitFact]
    public void TheHooksOfThisRepositoryRefuseABrokenCommitAndLetAGoodOneThrough()
    {
        string hooksRepo = Shadow(out string rev);
        string work = Path.Combine(root, "minutes");
        Directory.CreateDirectory(Path.Combine(work, "seeds"));
        Must(Sh.Run(work, "git", "init", "-q", "-b", "main"));
        foreach (var (k, v) in Identity) Must(Sh.Run(work, "git", "config", k, v));
        foreach (var f in Directory.GetFiles(Repo.Seeds, "*.minutes"))
            File.Copy(f, Path.Combine(work, "seeds", Path.GetFileName(f)));
        File.WriteAllText(Path.Combine(work, ".pre-commit-config.yaml"), $"""
            repos:
              - repo: {hooksRepo}
                rev: {rev}
                hooks:
                  - id: minutes-check
                  - id: minutes-fmt

            """);

        var env = new Dictionary<string, string> { ["PRE_COMMIT_HOME"] = Path.Combine(root, "cache"), ["PRE_COMMIT_COLOR"] = "never" };
        Must(Sh.Run(work, env, "pre-commit", "install"));

        // the seeds: warnings and infos, no error, canonical layout: the commit goes through
        // (the first commit builds the tool: dotnet pack, dotnet tool install)
        Must(Sh.Run(work, "git", "add", "-A"));
        var good = Sh.Run(work, env, "git", "commit", "-q", "-m", "seeds");
        Assert.True(good.Code == 0, good.Out + good.Err);
        Assert.Contains("minutes check", good.Out + good.Err);
        Assert.Contains("Passed", good.Out + good.Err);

        // a broken record staged: refused, with the finding
        string record = Path.Combine(work, "seeds", "114-1.minutes");
        string original = File.ReadAllText(record);
        File.WriteAllText(record, original.Replace("@meeting 114-1\n", "@meeting 114-1\n\n[[nosuchcase]] 不存在\n", StringComparison.Ordinal));
        Must(Sh.Run(work, "git", "add", "seeds/114-1.minutes"));
        var broken = Sh.Run(work, env, "git", "commit", "-q", "-m", "broken");
        Assert.NotEqual(0, broken.Code);
        Assert.Contains("error ML0101", broken.Out + broken.Err);

        // fixed in the working tree but not staged: pre-commit sets the change aside, still refused
        File.WriteAllText(record, original);
        var unstaged = Sh.Run(work, env, "git", "commit", "-q", "-m", "still broken");
        Assert.NotEqual(0, unstaged.Code);
        Assert.Contains("error ML0101", unstaged.Out + unstaged.Err);
        Assert.Equal(original, File.ReadAllText(record)); // and gives the working tree back

        // the fix staged, with a comment so that there is something to commit: through
        File.AppendAllText(record, "\n// reviewed\n");
        Must(Sh.Run(work, "git", "add", "seeds/114-1.minutes"));
        var fixedCommit = Sh.Run(work, env, "git", "commit", "-q", "-m", "reviewed");
        Assert.True(fixedCommit.Code == 0, fixedCommit.Out + fixedCommit.Err);
        Assert.Equal("2", Must(Sh.Run(work, "git", "rev-list", "--count", "HEAD")).Trim());
    }
}
