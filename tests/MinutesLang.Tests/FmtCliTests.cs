using System.Text;

namespace MinutesLang.Tests;

/// <summary><c>minutes fmt PATH… [--check]</c> on the command line: rewrite, check with a diff, files with syntax errors left alone.</summary>
public sealed class FmtCliTests : CliHarness
{
    private const string Messy = "@meeting 114-1\r\n# 114 年度第 1 次會議紀錄  \r\n*  時間: 114 年 3 月 7 日（星期五）上午 10 時\r\n* 業務報告\r\n\t-   本季由桃園市主責。\r\n\t    @列管 綠碳匯\r\n\r\n\r\n散會 ：上午 11 時\r\n";
    private const string Canonical = "@meeting 114-1\n# 114 年度第 1 次會議紀錄\n* 時間：114 年 3 月 7 日（星期五）上午 10 時\n* 業務報告\n  - 本季由桃園市主責。\n    @列管 綠碳匯\n\n散會：上午 11 時\n";
    private const string Broken = "@meeting 114-1\n  * 不在左邊的部分  \n";

    private static readonly DateTime Past = new(2020, 1, 2, 3, 4, 5, DateTimeKind.Utc);

    [Fact]
    public void RewritesAFileAtomicallyAndSaysWhichOne()
    {
        string path = Write("114-1.minutes", Messy);
        var (code, o, e) = Run("fmt", path);
        Assert.Equal(0, code);
        Assert.Equal("", e);
        Assert.Equal($"formatted {path}\n", o.Replace("\r\n", "\n"));
        Assert.Equal(Canonical, File.ReadAllText(path));
        Assert.Empty(Directory.GetFiles(dir, "*.tmp", SearchOption.AllDirectories));
        Assert.Equal(["114-1.minutes"], Directory.GetFiles(dir).Select(Path.GetFileName));
    }

    [Fact]
    public void FormattingTwiceChangesNothingAndTouchesNothing()
    {
        string path = Write("114-1.minutes", Messy);
        Assert.Equal(0, Run("fmt", path).Code);
        var bytes = File.ReadAllBytes(path);
        File.SetLastWriteTimeUtc(path, Past);

        var (code, o, e) = Run("fmt", path);
        Assert.Equal((0, "", ""), (code, o, e));
        Assert.Equal(bytes, File.ReadAllBytes(path));
        Assert.Equal(Past, File.GetLastWriteTimeUtc(path));
        Assert.Equal((0, "", ""), Run("fmt", path, "--check"));
    }

    [Fact]
    public void CheckPrintsThePathAndAUnifiedDiffExits1AndWritesNothing()
    {
        string path = Write("114-1.minutes", Messy);
        var (code, o, e) = Run("fmt", "--check", path);
        Assert.Equal(1, code);
        Assert.Equal("", e);
        Assert.Equal(
            $"would reformat {path} (line ends: CRLF → LF)\n" +
            $"--- {path}\n" +
            $"+++ {path} (formatted)\n" +
            "@@ -1,9 +1,8 @@\n" +
            " @meeting 114-1\n" +
            "-# 114 年度第 1 次會議紀錄  \n" +
            "-*  時間: 114 年 3 月 7 日（星期五）上午 10 時\n" +
            "+# 114 年度第 1 次會議紀錄\n" +
            "+* 時間：114 年 3 月 7 日（星期五）上午 10 時\n" +
            " * 業務報告\n" +
            "-\t-   本季由桃園市主責。\n" +
            "-\t    @列管 綠碳匯\n" +
            "+  - 本季由桃園市主責。\n" +
            "+    @列管 綠碳匯\n" +
            " \n" +
            "-\n" +
            "-散會 ：上午 11 時\n" +
            "+散會：上午 11 時\n",
            o.Replace("\r\n", "\n"));
        Assert.Equal(Messy, File.ReadAllText(path));
    }

    [Fact]
    public void CheckOnTheSeedsIsSilentAndExits0()
    {
        Assert.Equal((0, "", ""), Run("fmt", "--check", Repo.Seeds));
    }

    /// <summary>What 'minutes import' writes is in the canonical layout already.</summary>
    [Fact]
    public void ImportedRecordsAreInTheCanonicalLayout()
    {
        var originals = Repo.SeedNames.Select(n => Path.Combine(Repo.Seeds, "original", n + ".txt")).ToArray();
        Assert.Equal(0, Run(["import", .. originals, "-o", dir, "--series", Repo.Seeds]).Code);
        Assert.Equal(20, Directory.GetFiles(dir, "*.minutes").Length);
        Assert.Equal((0, "", ""), Run("fmt", "--check", dir));
    }

    [Fact]
    public void AFileWithSyntaxErrorsIsLeftByteForByteAndItsErrorsAreReported()
    {
        string path = Write("bad.minutes", Broken);
        File.SetLastWriteTimeUtc(path, Past);
        foreach (string[] args in new[] { new[] { "fmt", path }, ["fmt", "--check", path] })
        {
            var (code, o, e) = Run(args);
            Assert.Equal(1, code);
            Assert.Equal("", o);
            Assert.StartsWith($"{path}:2:3: error ML0004: a part '*' must start at the left margin\n", e.Replace("\r\n", "\n"));
            Assert.Contains($"{path}: not formatted: it has syntax errors", e);
            Assert.Equal(Encoding.UTF8.GetBytes(Broken), File.ReadAllBytes(path));
            Assert.Equal(Past, File.GetLastWriteTimeUtc(path));
        }
    }

    [Fact]
    public void InvalidUtf8IsASyntaxErrorAndItsBytesStay()
    {
        // 許 in Big5 is B3 5C: a file saved in the wrong encoding is not rewritten
        var bytes = Encoding.UTF8.GetBytes("@meeting 114-1\n* 業務報告   \n  - ").Concat(new byte[] { 0xB3, 0x5C, (byte)'\n' }).ToArray();
        string path = Path.Combine(dir, "big5.minutes");
        File.WriteAllBytes(path, bytes);
        var (code, o, e) = Run("fmt", path);
        Assert.Equal(1, code);
        Assert.Equal("", o);
        Assert.Contains($"{path}:3:5: error ML0001", e);
        Assert.Equal(bytes, File.ReadAllBytes(path));
    }

    [Fact]
    public void ABinaryFileIsNotRewrittenAndNothingThrows()
    {
        var bytes = Enumerable.Range(0, 600).Select(i => (byte)(i * 37 % 256)).ToArray();
        string path = Path.Combine(dir, "image.minutes");
        File.WriteAllBytes(path, bytes);
        var (code, o, e) = Run("fmt", path);
        Assert.Equal(1, code);
        Assert.Equal("", o);
        Assert.Contains("error ML0007", e);
        Assert.DoesNotContain("internal error", e);
        Assert.Equal(bytes, File.ReadAllBytes(path));
    }

    [Fact]
    public void AFolderIsEveryMinutesFileUnderItSeriesIncludedAndABrokenOneDoesNotStopTheOthers()
    {
        string a = Write("s/sub/a.minutes", Messy);
        string b = Write("s/b.minutes", Canonical);
        string bad = Write("s/c.minutes", Broken);
        string series = Write("s/series.minutes", "@series 教育文化組\n    名稱 : 教育文化組\n\n\n@case 綠碳匯\n\t標題：綠碳匯\n");
        string notes = Write("s/notes.txt", "  not   a record  \n");
        File.SetLastWriteTimeUtc(b, Past);

        var (code, o, e) = Run("fmt", Path.Combine(dir, "s"));
        Assert.Equal(1, code);
        Assert.Equal($"formatted {series}\nformatted {a}\n", o.Replace("\r\n", "\n"));
        Assert.Contains($"{bad}:2:3: error ML0004", e);
        Assert.Equal(Canonical, File.ReadAllText(a));
        Assert.Equal("@series 教育文化組\n  名稱：教育文化組\n\n@case 綠碳匯\n  標題：綠碳匯\n", File.ReadAllText(series));
        Assert.Equal(Past, File.GetLastWriteTimeUtc(b));
        Assert.Equal(Broken, File.ReadAllText(bad));
        Assert.Equal("  not   a record  \n", File.ReadAllText(notes));
        Assert.Empty(Directory.GetFiles(dir, "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public void TheByteOrderMarkIsKeptAndCrLfBecomesLf()
    {
        string path = Path.Combine(dir, "bom.minutes");
        File.WriteAllBytes(path, Encoding.UTF8.GetBytes("\uFEFF@meeting 114-1\r\n# 標題\r\n"));
        Assert.Equal(0, Run("fmt", path).Code);
        Assert.Equal(Encoding.UTF8.GetBytes("\uFEFF@meeting 114-1\n# 標題\n"), File.ReadAllBytes(path));
    }

    [Fact]
    public void TheFilesPermissionsAreKept()
    {
        if (OperatingSystem.IsWindows()) return;
        string path = Write("114-1.minutes", Messy);
        var mode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead;
        File.SetUnixFileMode(path, mode);
        Assert.Equal(0, Run("fmt", path).Code);
        Assert.Equal(mode, File.GetUnixFileMode(path));

        // a read-only file is not replaced behind its owner's back
        string locked = Write("114-2.minutes", Messy);
        File.SetUnixFileMode(locked, UnixFileMode.UserRead | UnixFileMode.GroupRead);
        var (code, o, e) = Run("fmt", locked);
        Assert.Equal(2, code);
        Assert.Equal("", o);
        Assert.Contains("read-only", e);
        Assert.Equal(Messy, File.ReadAllText(locked));
        File.SetUnixFileMode(locked, UnixFileMode.UserRead | UnixFileMode.UserWrite);
    }

    [Fact]
    public void HelpAndUsageErrors()
    {
        var help = Run("fmt", "--help");
        Assert.Equal(0, help.Code);
        Assert.StartsWith("Usage: minutes fmt PATH… [--check]", help.Out);
        Assert.Contains("--check", help.Out);
        Assert.Equal(help.Out, Run("help", "fmt").Out);
        Assert.Contains("fmt PATH… [--check]", Run("--help").Out);

        Assert.Equal(2, Run("fmt").Code);
        Assert.Equal(2, Run("fmt", Path.Combine(dir, "nothing-here.minutes")).Code);
        Assert.Equal(2, Run("fmt", "--fix", dir).Code);
        string markdown = Write("notes.md", "- a  \n\n\n    code\n");
        var md = Run("fmt", markdown);
        Assert.Equal(2, md.Code);
        Assert.Contains("not a .minutes file", md.Err);
        Assert.Equal("- a  \n\n\n    code\n", File.ReadAllText(markdown));
        Directory.CreateDirectory(Path.Combine(dir, "empty"));
        var (code, _, e) = Run("fmt", Path.Combine(dir, "empty"));
        Assert.Equal(2, code);
        Assert.Contains("no .minutes files in this folder", e);
    }
}
