using static MinutesLang.Tests.CliRun;
using MinutesLang.Diagnostics;

namespace MinutesLang.Tests;

/// <summary>`minutes explain`: the pages of docs/diagnostics, embedded in the tool.</summary>
public sealed class ExplainTests
{
    public static TheoryData<string> Codes()
    {
        var data = new TheoryData<string>();
        foreach (var e in DiagnosticCatalog.All) data.Add(e.Code);
        return data;
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void ExplainPrintsThePageOfTheRepository(string code)
    {
        string page = File.ReadAllText(Path.Combine(Repo.Root, "docs", "diagnostics", code + ".md")).Replace("\r\n", "\n");
        var (exit, o, e) = Run("explain", code);
        Assert.Equal((0, page.EndsWith('\n') ? page : page + "\n", ""), (exit, o, e));
        Assert.Equal(o, Run("explain", code.ToLowerInvariant()).Out);
    }

    [Fact]
    public void EveryPageInTheRepositoryIsEmbedded()
    {
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Repo.Root, "docs", "diagnostics"), "ML*.md"))
            Assert.Equal(File.ReadAllText(file).Replace("\r\n", "\n"), DiagnosticDocs.Page(Path.GetFileNameWithoutExtension(file)));
    }

    [Fact]
    public void ExplainWithoutACodeListsEveryCode()
    {
        var (exit, o, _) = Run("explain");
        Assert.Equal(0, exit);
        var lines = o.TrimEnd('\n').Split('\n');
        Assert.Equal(DiagnosticCatalog.All.Count, lines.Length);
        Assert.Contains("ML0103  error    Weekday does not match the date", lines);
        Assert.Contains("ML0109  warning  Missing title", lines);
        Assert.Contains("ML0503  info     Unused suppression", lines);
    }

    [Theory]
    [InlineData("ML0199", "minutes: unknown code 'ML0199'; near: ML0200, ML0201, ML0202 (list them all with 'minutes explain')\n")]
    [InlineData("103", "minutes: unknown code '103'; near: ML0103, ML0102, ML0104 (list them all with 'minutes explain')\n")]
    [InlineData("ML01O3", "minutes: unknown code 'ML01O3'; near: ML0103, ML0113, ML0123 (list them all with 'minutes explain')\n")]
    public void AnUnknownCodeIsOneLineWithTheNearCodesAndExit2(string typed, string message)
    {
        Assert.Equal((2, "", message), Run("explain", typed));
    }

    [Fact]
    public void ExplainHasHelpAndIsInTheUsage()
    {
        var (exit, o, _) = Run("explain", "--help");
        Assert.Equal(0, exit);
        Assert.StartsWith("Usage: minutes explain [CODE]", o);
        Assert.Equal(o, Run("help", "explain").Out);
        Assert.Contains("explain [CODE]", Run("--help").Out);
        Assert.Equal(2, Run("explain", "ML0103", "ML0109").Code);
    }

    [Fact]
    public void SummaryIsTheFirstParagraphOfProse()
    {
        Assert.StartsWith("A record has a title line", DiagnosticDocs.Summary("ML0109"));
        Assert.All(DiagnosticCatalog.All, e => Assert.False(string.IsNullOrWhiteSpace(DiagnosticDocs.Summary(e.Code)), e.Code));
        Assert.Equal("WeekdayDoesNotMatchTheDate", DiagnosticDocs.Name(DiagnosticCatalog.Get("ML0103")));
        Assert.Equal("MissingMeeting", DiagnosticDocs.Name(DiagnosticCatalog.Get("ML0100")));
    }
}
