using MinutesLang.Semantics;

namespace MinutesLang.Tests;

/// <summary>The 20 real records: encoded, checked, rendered and compared with their originals.</summary>
public sealed class SeedTests
{
    public static TheoryData<string> Seeds => Repo.SeedData();

    [Fact]
    public void EveryOriginalHasARecordAndTheSeriesDeclarationIsThere()
    {
        Assert.Equal(20, Repo.SeedNames.Count());
        foreach (var name in Repo.SeedNames) Assert.True(File.Exists(Path.Combine(Repo.Seeds, name + ".minutes")), name);
        Assert.True(File.Exists(Path.Combine(Repo.Seeds, "series.minutes")));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void RenderedTextEqualsTheOriginalAfterNormalization(string name)
    {
        var c = Repo.CompileSeed(name);
        Assert.DoesNotContain(c.Diagnostics, d => d.Severity == MinutesLang.Diagnostics.DiagnosticSeverity.Error);
        string rendered = Repo.RenderTxt(c);
        string original = File.ReadAllText(Path.Combine(Repo.Seeds, "original", name + ".txt"));
        Assert.Null(SeedNormalizer.Compare(original, rendered));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Baselines(string name)
    {
        var c = Repo.CompileSeed(name);
        var record = c.Records[0];
        Snapshot.Verify($"{name}.tree", record.Tree.Root.Dump());
        Snapshot.Verify($"{name}.diagnostics", string.Concat(c.Diagnostics.Select(MinutesLang.Diagnostics.DiagnosticFormatter.Human)));
        Snapshot.Verify($"{name}.render", Repo.RenderTxt(c));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void ParseThenPrintGivesBackTheBytes(string name)
    {
        string path = Path.Combine(Repo.Seeds, name + ".minutes");
        var bytes = File.ReadAllBytes(path);
        var tree = Compilation.ParseFile(path);
        Assert.Equal(bytes, MinutesLang.Text.SourceText.ToBytes(tree.ToFullString()));
    }
}
