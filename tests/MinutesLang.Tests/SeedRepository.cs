namespace MinutesLang.Tests;

/// <summary>
/// A git repository in a temporary folder (deleted by <see cref="Dispose"/>) holding a copy of the seeds under
/// <c>seeds/</c>, not yet added: a committer of its own, no signing, no line-end conversion, and git's environment and
/// global configuration left out (<see cref="Sh"/>). The fixture of the tests of <c>check --staged</c> and the hook.
/// </summary>
public sealed class SeedRepository : IDisposable
{
    /// <summary>Creates the repository (branch main) in a new temporary folder whose name starts with <paramref name="prefix"/>.</summary>
    public SeedRepository(string prefix)
    {
        Root = Directory.CreateTempSubdirectory(prefix).FullName;
        Git("init", "-q", "-b", "main");
        foreach (var (k, v) in new[] { ("user.name", "Test"), ("user.email", "test@example.org"), ("commit.gpgsign", "false"), ("core.autocrlf", "false") })
            Git("config", k, v);
        Directory.CreateDirectory(Path.Combine(Root, "seeds"));
        foreach (var f in Directory.GetFiles(Repo.Seeds, "*.minutes"))
            File.Copy(f, Path.Combine(Root, "seeds", Path.GetFileName(f)));
    }

    /// <summary>The work tree (the folder of <c>.git</c>).</summary>
    public string Root { get; }

    /// <summary>Runs git in the repository; fails the test when git fails; returns what git wrote to standard output.</summary>
    public string Git(params string[] args)
    {
        var r = Sh.Run(Root, "git", args);
        Assert.True(r.Code == 0, $"git {string.Join(' ', args)}: {r.Err}");
        return r.Out;
    }

    /// <summary>Commits what is staged (only the paths <paramref name="only"/>, when given) without running any hook.</summary>
    public void Commit(params string[] only) =>
        Git(["-c", "core.hooksPath=/dev/null", "commit", "-q", "--no-verify", "-m", "step", .. only.Length > 0 ? ["--", .. only] : Array.Empty<string>()]);

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
