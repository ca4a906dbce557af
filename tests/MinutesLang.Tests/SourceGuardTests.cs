namespace MinutesLang.Tests;

/// <summary>
/// Issue f, point 1: no command's output replaces a file of the minutes — a record read in that run or not (of the
/// series read, a sibling, another folder's), a series.minutes, a minutesconfig.json, a symbolic link to a record —
/// unless --force is given; the refusal names the file, in English and zh-TW, exits 2 and writes nothing.
/// </summary>
public sealed class SourceGuardTests : CliHarness
{
    private const string Series = "@series 里鄰業務聯繫會報\n  名稱：里鄰業務聯繫會報\n";

    private static string Record(int n) =>
        $"@meeting 114-{n}\n# 114 年度里鄰業務聯繫會報第 {n} 次會議紀錄\n* 時間：114 年 3 月 7 日（星期五）上午 10 時\n* 地點：區公所 3 樓會議室\n* 主席：陳區長\n";

    /// <summary>lk2/ (a series of two records and a configuration), other/ (a record of another series), and a link to a record.</summary>
    private void Layout()
    {
        Write("lk2/series.minutes", Series);
        Write("lk2/114-1.minutes", Record(1));
        Write("lk2/114-2.minutes", Record(2));
        Write("lk2/minutesconfig.json", "{ }\n");
        Write("other/series.minutes", "@series 社區發展協會\n  名稱：社區發展協會\n");
        Write("other/114-3.minutes", Record(3).Replace("里鄰業務聯繫會報", "社區發展協會"));
        if (!OperatingSystem.IsWindows()) File.CreateSymbolicLink(Path.Combine(dir, "link.txt"), Path.Combine(dir, "lk2", "114-2.minutes"));
        Directory.CreateDirectory(Path.Combine(dir, "out"));
        if (!OperatingSystem.IsWindows()) File.CreateSymbolicLink(Path.Combine(dir, "out", "114-1.txt"), Path.Combine(dir, "other", "114-3.minutes"));
    }

    private string P(string relative) => Path.Combine(dir, relative);

    private Dictionary<string, byte[]> Snapshot() => Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories)
        .Where(f => new FileInfo(f).LinkTarget is null)
        .ToDictionary(f => f, File.ReadAllBytes);

    private void AssertRefused((int Code, string Out, string Err) run, Dictionary<string, byte[]> before, string named)
    {
        Assert.Equal(2, run.Code);
        Assert.Contains(named, run.Err);
        Assert.True(run.Err.Contains("does not replace it: nothing was written") || run.Err.Contains("exists already; nothing was written"), run.Err);
        var after = Snapshot();
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        foreach (var (file, bytes) in before) Assert.Equal(bytes, after[file]);
    }

    [Theory]
    [InlineData("lk2/114-1.minutes")]     // a record of the series read
    [InlineData("lk2/series.minutes")]    // the series declaration
    [InlineData("lk2/minutesconfig.json")] // the configuration
    [InlineData("other/114-3.minutes")]   // a record of another folder
    [InlineData("other/series.minutes")]  // another series' declaration
    [InlineData("link.txt")]              // a symbolic link to a record
    public void CasesDoesNotReplaceAFileOfTheMinutes(string target)
    {
        if (OperatingSystem.IsWindows()) return;
        Layout();
        var before = Snapshot();
        AssertRefused(Run("cases", P("lk2"), "-o", P(target)), before, P(target));
    }

    [Theory]
    [InlineData("lk2/114-2.minutes")]     // a sibling record, not read by this run
    [InlineData("lk2/minutesconfig.json")]
    [InlineData("other/114-3.minutes")]
    [InlineData("other/series.minutes")]
    [InlineData("link.txt")]
    public void RenderDoesNotReplaceAFileOfTheMinutesItDidNotRead(string target)
    {
        if (OperatingSystem.IsWindows()) return;
        Layout();
        var before = Snapshot();
        AssertRefused(Run("render", P("lk2/114-1.minutes"), "--to", "txt", "-o", P(target)), before, P(target));
    }

    [Fact]
    public void RenderOfAFolderDoesNotWriteThroughALinkToARecordOfAnotherSeries()
    {
        if (OperatingSystem.IsWindows()) return;
        Layout();
        var before = Snapshot();
        var run = Run("render", P("lk2"), "--to", "txt", "-o", P("out"));
        AssertRefused(run, before, P("out/114-1.txt"));
        Assert.Contains(P("other/114-3.minutes"), run.Err); // the record the link leads to is named
        Assert.False(File.Exists(P("out/114-2.txt")));     // refused before anything was written
    }

    [Theory]
    [InlineData("lk2/114-1.minutes")]
    [InlineData("lk2/114-2.minutes")]
    [InlineData("lk2/minutesconfig.json")]
    [InlineData("other/114-3.minutes")]
    [InlineData("link.txt")]
    public void NewDoesNotReplaceAnExistingFile(string target)
    {
        if (OperatingSystem.IsWindows()) return;
        Layout();
        var before = Snapshot();
        AssertRefused(Run("new", P("lk2"), "--date", "2025-04-01", "-o", P(target)), before, P(target));
    }

    [Theory]
    [InlineData("lk2")]   // the record 114-1.minutes of the series given with --series
    [InlineData("link")]  // out/114-1.minutes is a link to another folder's record
    public void ImportDoesNotReplaceARecord(string kind)
    {
        if (OperatingSystem.IsWindows()) return;
        Layout();
        string outDir = kind == "lk2" ? P("lk2") : P("links");
        if (kind == "link")
        {
            Directory.CreateDirectory(outDir);
            File.CreateSymbolicLink(Path.Combine(outDir, "114-1.minutes"), P("other/114-3.minutes"));
        }

        string original = Path.Combine(Repo.Seeds, "original", "114-1.txt");
        var before = Snapshot();
        AssertRefused(Run("import", original, "-o", outDir), before, Path.Combine(outDir, "114-1.minutes"));
    }

    [Fact]
    public void TheRefusalIsInChineseWithLangZhTw()
    {
        if (OperatingSystem.IsWindows()) return;
        Layout();
        var (code, o, e) = Run("--lang", "zh-TW", "cases", P("lk2"), "-o", P("lk2/114-2.minutes"));
        Assert.Equal(2, code);
        Assert.Equal("", o);
        Assert.Contains(P("lk2/114-2.minutes") + "：是會議紀錄的原始檔", e);
        Assert.Contains("未寫入任何檔案", e);

        var link = Run("--lang", "zh-TW", "render", P("lk2/114-1.minutes"), "--to", "txt", "-o", P("link.txt"));
        Assert.Equal(2, link.Code);
        Assert.Contains("（連結至 " + P("lk2/114-2.minutes") + "）", link.Err);
    }

    [Fact]
    public void ForceReplacesAndOtherOutputsAreWritten()
    {
        if (OperatingSystem.IsWindows()) return;
        Layout();
        // an ordinary output file is written, and written again
        Assert.Equal(0, Run("cases", P("lk2"), "-o", P("register.txt")).Code);
        Assert.Equal(0, Run("cases", P("lk2"), "-o", P("register.txt")).Code);
        Assert.Equal(0, Run("render", P("lk2/114-1.minutes"), "--to", "txt", "-o", P("114-1.txt")).Code);
        Assert.Equal(0, Run("render", P("lk2/114-1.minutes"), "--to", "txt", "-o", P("114-1.txt")).Code);
        // a new .minutes file is no replacement
        Assert.Equal(0, Run("render", P("lk2/114-1.minutes"), "--to", "md", "-o", P("copy.minutes")).Code);

        // --force: the user said so
        Assert.Equal(0, Run("cases", P("lk2"), "-o", P("other/114-3.minutes"), "--force").Code);
        Assert.DoesNotContain("@meeting", File.ReadAllText(P("other/114-3.minutes")));
        Assert.Equal(0, Run("render", P("lk2/114-1.minutes"), "--to", "txt", "-o", P("lk2/114-2.minutes"), "--force").Code);
        Assert.Contains("區公所 3 樓會議室", File.ReadAllText(P("lk2/114-2.minutes")));
        // but never over what the run reads, --force or not
        var input = Run("render", P("lk2/114-1.minutes"), "--to", "txt", "-o", P("lk2/114-1.minutes"), "--force");
        Assert.Equal(2, input.Code);
        Assert.Contains("render does not write over what it reads", input.Err);
    }
}
