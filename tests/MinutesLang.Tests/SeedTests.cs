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
        Snapshot.Verify($"{name}.diagnostics", string.Concat(c.Diagnostics.Select(MinutesLang.Diagnostics.DiagnosticFormatter.Human)).Replace(Repo.Root + Path.DirectorySeparatorChar, ""));
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

    [Theory]
    [MemberData(nameof(Seeds))]
    public void CrLfBomAsciiColonsAndFullWidthIndentRenderTheSame(string name)
    {
        string text = File.ReadAllText(Path.Combine(Repo.Seeds, name + ".minutes"));
        string variant = "\uFEFF" + string.Join("\r\n", text.Split('\n').Select(l =>
        {
            int indent = l.Length - l.TrimStart(' ').Length;
            string body = l[indent..];
            if (!body.StartsWith("//") && !body.StartsWith('|') && !body.StartsWith('-') && !body.Contains("://")) body = System.Text.RegularExpressions.Regex.Replace(body, "^([^：]{1,12})：", "$1:");
            return new string('\u3000', indent / 2) + body;
        }));
        var series = Compilation.ParseFile(Path.Combine(Repo.Seeds, "series.minutes"));
        var original = Compilation.Create(series, [Compilation.ParseFile(Path.Combine(Repo.Seeds, name + ".minutes"))]);
        var changed = Compilation.Create(series, [MinutesLang.Parsing.Parser.Parse(variant, name)]);
        Assert.DoesNotContain(changed.Diagnostics, d => d.Severity == MinutesLang.Diagnostics.DiagnosticSeverity.Error);
        Assert.Equal(original.Diagnostics.Select(d => (d.Code, d.Start.Line)), changed.Diagnostics.Select(d => (d.Code, d.Start.Line)));
        Assert.Equal(Repo.RenderTxt(original), Repo.RenderTxt(changed));
    }
}
