namespace MinutesLang.Tests;

/// <summary>
/// A file of a folder that cannot be read (issue 16 point 5): a symbolic link to nothing, a file without read
/// permission. It is ML0435 at its path, in the run's language, and the rest of the folder is read: check reports
/// the other records' findings, fix fixes them, fmt formats them, cases and new go on. And new, when the next
/// record's name is a folder's, says so in the user's language with the path (not .NET's "Is a directory").
/// </summary>
public sealed class FolderFaultTests : CliHarness
{
    /// <summary>The 區務會報 series of FixHoldTests, 12 with a wrong weekday, and <paramref name="broken"/> links to nothing.</summary>
    private string Folder(params string[] broken)
    {
        Write("s/series.minutes", FixHoldTests.Series);
        Write("s/12.minutes", FixHoldTests.Record12.Replace("（星期三）", "（星期五）", StringComparison.Ordinal));
        Write("s/13.minutes", FixHoldTests.Record13);
        string folder = Path.Combine(dir, "s");
        foreach (string name in broken)
        {
            string link = Path.Combine(folder, name);
            Directory.CreateDirectory(Path.GetDirectoryName(link)!);
            File.CreateSymbolicLink(link, Path.Combine(dir, "gone", name));
        }

        return folder;
    }

    [Theory]
    [InlineData("14.minutes")]
    [InlineData("sub/15.minutes")] // in a folder below
    [InlineData("10.minutes", "14.minutes")] // two, before and after the others
    public void CheckReportsABrokenLinkAndChecksTheRest(params string[] broken)
    {
        string folder = Folder(broken);
        var (code, o, e) = Run("--lang", "en", "check", folder);
        Assert.Equal(1, code);
        Assert.DoesNotContain("no such file", e);
        Assert.Contains("12.minutes:3:21: error ML0103", o); // the rest is checked
        foreach (string name in broken)
        {
            string path = Path.Combine(folder, name);
            Assert.Contains($"{path}:1:1: error ML0435: {path} cannot be read (a symbolic link to {Path.Combine(dir, "gone", name)}, which does not exist)", o);
        }

        var zh = Run("--lang", "zh-TW", "check", folder);
        Assert.Contains("無法讀取（指向", zh.Out);
        Assert.Contains("已略過，資料夾中其餘的檔案照常讀取", zh.Out);

        var json = Run("--lang", "en", "check", "--format", "json", folder).Out;
        Assert.Contains("ML0435", json);
    }

    [Fact]
    public void FixFixesTheRestAndNamesTheBrokenLink()
    {
        string folder = Folder("14.minutes");
        var (code, o, e) = Run("--lang", "en", "fix", folder);
        Assert.Equal(1, code);
        Assert.Contains("ML0103 Write 星期三", o);
        Assert.Contains("ML0435", e);
        Assert.Equal(FixHoldTests.Record12, File.ReadAllText(Path.Combine(folder, "12.minutes")));
    }

    [Fact]
    public void FmtFormatsTheRestAndExits2()
    {
        string folder = Folder("14.minutes");
        string messy = FixHoldTests.Record13.Replace("* 提案討論", "*提案討論", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(folder, "13.minutes"), messy);
        var (code, _, e) = Run("--lang", "zh-TW", "fmt", folder);
        Assert.Equal(2, code);
        Assert.Contains("ML0435", e);
        Assert.Contains("無法讀取", e);
        Assert.Equal(FixHoldTests.Record13, File.ReadAllText(Path.Combine(folder, "13.minutes")));
    }

    [Fact]
    public void CasesAndNewGoOnWithTheOtherRecords()
    {
        string folder = Folder("old/9.minutes");
        File.WriteAllText(Path.Combine(folder, "12.minutes"), FixHoldTests.Record12);
        var (code, o, e) = Run("--lang", "en", "cases", folder);
        Assert.True(code == 0, e);
        Assert.Contains("ML0435", e);
        Assert.Contains("公園綠美化", o);

        (code, o, e) = Run("--lang", "en", "new", "--date", "2025-09-10", folder);
        Assert.True(code == 0, e);
        Assert.Contains("ML0435", e);
        Assert.EndsWith("14.minutes", o.Trim()); // the next after 13: the broken link is no meeting
        Assert.StartsWith("@meeting 14", File.ReadAllText(Path.Combine(folder, "14.minutes")));
    }

    [Fact]
    public void NewDoesNotWriteOverALinkToNothingWithTheNextRecordsName()
    {
        string folder = Folder("14.minutes");
        File.WriteAllText(Path.Combine(folder, "12.minutes"), FixHoldTests.Record12);
        var (code, _, e) = Run("--lang", "en", "new", "--date", "2025-09-10", folder);
        Assert.Equal(2, code);
        Assert.Contains("exists already", e);
        Assert.NotNull(new FileInfo(Path.Combine(folder, "14.minutes")).LinkTarget); // the link is left as it was
    }

    [Fact]
    public void NewSaysInTheUsersLanguageThatTheNextRecordsNameIsAFolder()
    {
        string folder = Folder();
        File.WriteAllText(Path.Combine(folder, "12.minutes"), FixHoldTests.Record12);
        Directory.CreateDirectory(Path.Combine(folder, "14.minutes"));
        var (code, o, e) = Run("--lang", "zh-TW", "new", "--date", "2025-09-10", folder);
        Assert.Equal(2, code);
        Assert.Equal("", o);
        Assert.Contains(Path.Combine(folder, "14.minutes") + "：已有同名的資料夾", e);
        Assert.DoesNotContain("Is a directory", e);
        Assert.Contains("a folder has the name of the next record", Run("--lang", "en", "new", "--date", "2025-09-10", folder).Err);
    }

    [Fact]
    public void AFileWithoutReadPermissionIsReportedLikeABrokenLink()
    {
        if (OperatingSystem.IsWindows()) return;
        string folder = Folder();
        string locked = Write("s/14.minutes", FixHoldTests.Record13.Replace("13", "14", StringComparison.Ordinal));
        File.SetUnixFileMode(locked, UnixFileMode.None);
        try
        {
            bool readable;
            try
            {
                using var _ = File.OpenRead(locked);
                readable = true; // root reads it anyway: nothing to report
            }
            catch (UnauthorizedAccessException)
            {
                readable = false;
            }

            Assert.Equal(readable ? null : "no permission to read it", MinutesLang.Cli.Inputs.WhyUnreadable(locked)?.En);
            var (code, o, _) = Run("--lang", "en", "check", folder);
            Assert.Equal(1, code);
            Assert.Contains("12.minutes:3:21: error ML0103", o);
            if (!readable) Assert.Contains($"{locked}:1:1: error ML0435: {locked} cannot be read (no permission to read it)", o);
        }
        finally
        {
            File.SetUnixFileMode(locked, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }
}
