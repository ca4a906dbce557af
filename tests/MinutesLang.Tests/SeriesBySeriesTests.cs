using MinutesLang.Cli;
using MinutesLang.Diagnostics;
using MinutesLang.Diagnostics.Policy;
using MinutesLang.Semantics;
using MinutesLang.Syntax;

namespace MinutesLang.Tests;

/// <summary>
/// Issue 14 §3: <c>minutes check</c> of a folder checks its series one after another (several at a time) and
/// writes the findings of each as soon as it is done, keeping nothing of it. The output must be the one of
/// the way before, every file parsed first and the policy applied once to all the findings (computed here
/// as the reference), in every format, with the findings past the cap of a file and a configuration that
/// is itself wrong.
/// </summary>
public sealed class SeriesBySeriesTests : CliHarness
{
    /// <summary>The check as it was (<see cref="CheckReference.AllAtOnce"/>) of one folder.</summary>
    private static string AllAtOnce(string folder, string format) => CheckReference.AllAtOnce([folder], format);

    /// <summary>Copies of the seeds in <paramref name="count"/> series folders, each mutated its own way.</summary>
    private string Folders(string under, int count)
    {
        string root = Path.Combine(dir, under);
        for (int s = 0; s < count; s++)
        {
            string folder = Path.Combine(root, $"series-{s:00}");
            Directory.CreateDirectory(folder);
            foreach (var f in Directory.GetFiles(Repo.Seeds, "*.minutes")) File.Copy(f, Path.Combine(folder, Path.GetFileName(f)));
            var record = Path.Combine(folder, $"11{s % 5}-1.minutes");
            if (!File.Exists(record)) record = Path.Combine(folder, "114-1.minutes");
            var text = File.ReadAllText(record);
            int eol = text.IndexOf('\n') + 1;
            string added = (s % 3) switch
            {
                0 => string.Concat(Enumerable.Range(0, 120).Select(i => $"[[沒有這案{i}]] 不存在\n")), // past the cap of 100 findings a file
                1 => "// minutes-disable-next-line ML0101: 測試\n[[沒有這案]] 不存在\n// minutes-disable-next-line ML0103: 無此行\n",
                _ => "[[沒有這案]] 不存在\n",
            };
            File.WriteAllText(record, text[..eol] + added + text[eol..]);
            if (s % 4 == 3) File.Delete(Path.Combine(folder, "108-2.minutes"));
        }

        return root;
    }

    [Theory]
    [InlineData("human")]
    [InlineData("msbuild")]
    [InlineData("json")]
    public void ASeriesAtATimeWritesWhatAllAtOnceWrote(string format)
    {
        string root = Folders("many", 7);
        var (code, o, e) = Run("check", "--format", format, root);
        Assert.Equal("", e);
        Assert.Equal(1, code);
        string expected = AllAtOnce(root, format);
        Assert.Equal(expected, o);
        Assert.Contains("ML0101", o);
        if (format == "human")
        {
            // the counts of what is not shown come after all the findings, for the three files past the cap
            var tail = o.TrimEnd('\n').Split('\n')[^3..];
            Assert.All(tail, l => Assert.Contains("more findings not shown", l));
            Assert.Contains("series-00/110-1.minutes: ", tail[0]);
            Assert.Contains("series-03/113-1.minutes: ", tail[1]);
            Assert.Contains("series-06/111-1.minutes: ", tail[2]);
        }
    }

    [Fact]
    public void AConfigurationThatIsWrongIsReportedOnceForAllTheSeriesUnderIt()
    {
        string root = Folders("configured", 3);
        Write("configured/minutesconfig.json", "{\n  \"diagnostics\": { \"ML0101\": error }\n}\n");
        var (_, o, _) = Run("check", "--format", "msbuild", root);
        Assert.Equal(AllAtOnce(root, "msbuild"), o);
        Assert.Single(o.Split('\n'), l => l.Contains("minutesconfig.json(2,30): error ML0500", StringComparison.Ordinal));
    }

    [Fact]
    public void SeriesInsideTheFolderOfAnotherAreWrittenInTheOrderOfTheFiles()
    {
        // a series folder inside another's: their files interleave in path order, so the findings are written at the end, sorted
        string root = Folders("nested", 2);
        foreach (var f in Directory.GetFiles(Path.Combine(Repo.Seeds), "11*.minutes")) File.Copy(f, Path.Combine(root, "series-00", "series-01-inner-" + Path.GetFileName(f)));
        string inner = Path.Combine(root, "series-00", "a");
        Directory.CreateDirectory(inner);
        foreach (var f in Directory.GetFiles(Path.Combine(root, "series-01"))) File.Copy(f, Path.Combine(inner, Path.GetFileName(f)));
        foreach (var format in new[] { "human", "msbuild" })
        {
            var (_, o, _) = Run("check", "--format", format, root);
            Assert.Equal(AllAtOnce(root, format), o);
        }
    }
}
