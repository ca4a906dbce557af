using System.Text;
using MinutesLang.Cli;

namespace MinutesLang.Tests;

/// <summary>The command line, run in-process: exit codes, silence when clean, one-line errors.</summary>
public sealed class CliTests : CliHarness
{
    private const string Good = "@meeting 114-1\n# 標題\n* 時間：114 年 3 月 7 日（星期五）上午 10 時\n散會：上午 11 時 15 分\n";

    [Fact]
    public void CheckOnTheSeedsPassesWithTheKnownFindingsOfTheOriginals()
    {
        // the seeds keep the real defects of the originals: warnings and information, no error
        var (code, o, e) = Run("check", Repo.Seeds);
        Assert.Equal(0, code);
        Assert.Equal("", e);
        Assert.DoesNotContain(": error ", o);
        Snapshot.Verify("seeds.check", o.Replace(Repo.Seeds + Path.DirectorySeparatorChar, "seeds/"));
    }

    [Fact]
    public void CheckOnACleanFileIsSilent()
    {
        var (code, o, e) = Run("check", Write("a.minutes", Good));
        Assert.Equal((0, "", ""), (code, o, e));
    }

    [Fact]
    public void CheckReportsErrorsWithExit1InBothFormats()
    {
        string path = Write("a.minutes", Good.Replace("星期五", "星期四"));
        var (code, o, _) = Run("check", path);
        Assert.Equal(1, code);
        Assert.Contains($"{path}:3:20: error ML0103:", o);
        Assert.Contains(" 3 | * 時間：114 年 3 月 7 日（星期四）上午 10 時", o);
        Assert.Contains("^^^^", o);
        Assert.Contains("hint: write （星期五）", o);

        (code, o, _) = Run("check", "--format", "msbuild", path);
        Assert.Equal(1, code);
        Assert.Equal($"{path}(3,20): error ML0103: 2025-03-07 is a 星期五, not 星期四\n", o);
    }

    [Fact]
    public void WarningsPassUnlessWarnAsError()
    {
        string path = Write("a.minutes", "@meeting 114-1\n* 主席：蔡主任秘書聖賢\n");
        var (code, o, _) = Run("check", path);
        Assert.Equal(0, code);
        Assert.Contains("warning ML0109", o);
        Assert.Equal(1, Run("check", "--warnaserror", path).Code);
    }

    [Fact]
    public void BinaryFileIsADiagnosticNotACrash()
    {
        var bytes = new byte[300];
        new Random(3).NextBytes(bytes);
        string path = Path.Combine(dir, "b.minutes");
        File.WriteAllBytes(path, bytes);
        var (code, o, e) = Run("check", path);
        Assert.Equal(1, code);
        Assert.Contains("ML0007", o);
        Assert.Equal("", e);
    }

    [Theory]
    [InlineData("check", "/no/such/file.minutes")]
    [InlineData("render", "/no/such/file.minutes", "--to", "txt")]
    public void MissingFileIsOneLineAndExit2(params string[] args)
    {
        var (code, _, e) = Run(args);
        Assert.Equal(2, code);
        Assert.Equal("minutes: /no/such/file.minutes: no such file or folder\n", e);
    }

    [Fact]
    public void FolderWithoutRecordsIsExit2()
    {
        var (code, _, e) = Run("check", dir);
        Assert.Equal(2, code);
        Assert.Equal($"minutes: {dir}: no .minutes records in this folder\n", e);
    }

    [Fact]
    public void FolderWithOnlyASeriesDeclarationIsExit2()
    {
        Write("series.minutes", "@series 教育文化組\n");
        var (code, _, e) = Run("check", dir);
        Assert.Equal(2, code);
        Assert.Equal($"minutes: {dir}: no .minutes records in this folder\n", e);
    }

    [Fact]
    public void UnreadableFileIsExit2()
    {
        // a file that exists but cannot be read, even by root: reading /proc/self/mem from offset 0 fails
        Assert.True(OperatingSystem.IsLinux(), "this test uses /proc/self/mem");
        var (code, o, e) = Run("check", "/proc/self/mem");
        Assert.Equal(2, code);
        Assert.Equal("", o);
        Assert.StartsWith("minutes: ", e);
        Assert.Single(e.Trim().Split('\n'));
    }

    [Fact]
    public void AFolderOfSeveralRecordsWithoutOutputFolderIsExit2()
    {
        string sub = Directory.CreateDirectory(Path.Combine(dir, "x.minutes")).FullName;
        Write("x.minutes/a.minutes", Good);
        Write("x.minutes/b.minutes", Good.Replace("114-1", "114-2").Replace("標題", "標題二"));
        var (code, _, e) = Run("render", sub, "--to", "txt");
        Assert.Equal(2, code);
        Assert.StartsWith("minutes: ", e);
    }

    [Theory]
    [InlineData("check")]
    [InlineData("render")]
    public void EveryCommandHasHelp(string command)
    {
        var (code, o, _) = Run(command, "--help");
        Assert.Equal(0, code);
        Assert.StartsWith($"Usage: minutes {command}", o);
        Assert.Equal(o, Run("help", command).Out);
    }

    [Fact]
    public void UsageErrorsAreExit2()
    {
        Assert.Equal(2, Run().Code);
        Assert.Equal(2, Run("frobnicate").Code);
        Assert.Equal(2, Run("check").Code);
        Assert.Equal(2, Run("check", "--format", "xml", Repo.Seeds).Code);
        Assert.Equal(2, Run("render", Path.Combine(Repo.Seeds, "114-1.minutes")).Code);
        Assert.Equal(2, Run("render", Path.Combine(Repo.Seeds, "114-1.minutes"), "--to", "rtf").Code);
        Assert.Equal(0, Run("--help").Code);
    }

    [Fact]
    public void RenderWritesTheFileAtomically()
    {
        string src = Write("a.minutes", Good);
        string output = Path.Combine(dir, "out.txt");
        File.WriteAllText(output, "old");
        var (code, o, _) = Run("render", src, "--to", "txt", "-o", output);
        Assert.Equal((0, ""), (code, o));
        Assert.StartsWith("標題\n\n壹、時間：114 年 3 月 7 日（星期五）上午 10 時\n", File.ReadAllText(output, Encoding.UTF8));
        Assert.Equal(["a.minutes", "out.txt"], Directory.GetFileSystemEntries(dir).Select(Path.GetFileName).Order());
    }

    [Fact]
    public void RenderRefusesARecordWithErrors()
    {
        var (code, o, e) = Run("render", Write("a.minutes", Good.Replace("星期五", "星期四")), "--to", "txt");
        Assert.Equal(1, code);
        Assert.Equal("", o);
        Assert.Contains("ML0103", e);
    }

    [Fact]
    public void OneFileIsCheckedAgainstTheRestOfItsSeriesButOnlyItIsReported()
    {
        // ML0200.fail: 113-2 forgets a case 113-1 tracked; 113-1 itself is clean
        foreach (var (name, body) in RuleFixtureTests.Split(File.ReadAllText(Path.Combine(Repo.Root, "tests/MinutesLang.Tests/Fixtures/Rules/ML0200.fail.minutes"))))
            Write(name, body);
        File.Copy(Path.Combine(Repo.Root, "tests/MinutesLang.Tests/Fixtures/Rules/series.minutes"), Path.Combine(dir, "series.minutes"));
        string broken = Write("113-3.minutes", "@meeting 113-3\n# 113 年度「基北北桃」測試組第 3 次工作會議紀錄\n* 時間：113 年 8 月 29 日（星期四）下午 2 時\n* 散會：下午 1 時\n");

        var (code, o, _) = Run("check", "--format", "msbuild", Path.Combine(dir, "113-2.minutes"));
        Assert.Equal(1, code);
        Assert.Contains("113-2.minutes(2,1): error ML0200", o); // line 1 is the fixture's expect comment
        Assert.DoesNotContain("113-3.minutes", o); // a neighbour's own error is not this file's

        (code, o, _) = Run("check", "--format", "msbuild", Path.Combine(dir, "113-1.minutes"));
        Assert.Equal((0, ""), (code, o));
        Assert.True(File.Exists(broken));
    }
}
