namespace MinutesLang.Tests;

/// <summary>
/// The founders' design card: the top level of the repository holds src/, grammar/, tests/, seeds/, templates/,
/// MinutesLang.sln and README.md, and beside them only what an ecosystem convention puts at a repository's root
/// (.ci/, Directory.Build.props, Directory.Packages.props, .editorconfig, .pre-commit-hooks.yaml, docs/, .gitignore…).
/// </summary>
public sealed class RepositoryLayoutTests
{
    private static readonly HashSet<string> Allowed = new(StringComparer.Ordinal)
    {
        "src", "grammar", "tests", "seeds", "templates", "MinutesLang.sln", "README.md",
        "docs", "Directory.Build.props", "Directory.Packages.props", "global.json", "nuget.config", "NuGet.Config",
    };

    /// <summary>Names built or written by a run (build output, test results) are not the repository's.</summary>
    private static readonly HashSet<string> Made = new(StringComparer.Ordinal) { "TestResults", "bin", "obj", "artifacts" };

    [Fact]
    public void TheTopLevelHoldsOnlyWhatTheDesignCardAllows()
    {
        var names = Directory.EnumerateFileSystemEntries(Repo.Root)
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(n => !n.StartsWith('.') && !Made.Contains(n))
            .ToList();
        Assert.Contains("src", names); // the root was found
        Assert.DoesNotContain(names, n => !Allowed.Contains(n));
    }
}
