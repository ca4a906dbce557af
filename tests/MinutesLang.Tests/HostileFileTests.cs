using System.Diagnostics;
using MinutesLang.Semantics;

namespace MinutesLang.Tests;

/// <summary>
/// Issue 13, point 4: files. Templates are confined to the real template folder (a symlink out of it is refused, its
/// target never read); <c>render</c> refuses an output that is one of its inputs however the path is spelt (another
/// spelling, a symlink, a hard link); <c>fmt</c> writes through a symlink, refuses hard links, keeps the record's mode,
/// removes the temporary files a killed run left, and never writes a file that <c>check</c> rejects (ML0007) where the
/// input had no such error; a folder whose only record is binary is told so, not "is a series declaration".
/// </summary>
public sealed class HostileFileTests : CliHarness
{
    private const string Messy = "@meeting 114-1\n# 114 年度教育文化組第 1 次工作小組會議紀錄\n* 時間：114 年 3 月 7 日（星期五）上午 10 時\n*   地點:  會議室   \n";

    private static void HardLink(string existing, string link)
    {
        using var p = Process.Start(new ProcessStartInfo("ln", [existing, link]) { RedirectStandardError = true })!;
        p.WaitForExit();
        Assert.Equal(0, p.ExitCode);
    }

    // ---- render -o

    [Theory]
    [InlineData("same")]
    [InlineData("dot")]
    [InlineData("dotdot")]
    [InlineData("absolute")]
    [InlineData("symlink")]
    [InlineData("symlinked-folder")]
    [InlineData("hardlink")]
    [InlineData("series")]
    public void RenderRefusesAnOutputThatIsOneOfItsInputsHoweverItIsSpelt(string spelling)
    {
        if (OperatingSystem.IsWindows()) return;
        string record = Write("group/114-1.minutes", Messy);
        string series = Write("group/series.minutes", "@series 教育文化組\n  名稱：教育文化組\n");
        Directory.CreateDirectory(Path.Combine(dir, "group", "sub"));
        string output = spelling switch
        {
            "same" => record,
            "dot" => Path.Combine(dir, "group", ".", "114-1.minutes"),
            "dotdot" => Path.Combine(dir, "group", "sub", "..", "114-1.minutes"),
            "absolute" => Path.GetFullPath(record),
            "symlink" => File.CreateSymbolicLink(Path.Combine(dir, "out.txt"), record).FullName,
            "symlinked-folder" => Path.Combine(Directory.CreateSymbolicLink(Path.Combine(dir, "alias"), Path.Combine(dir, "group")).FullName, "114-1.minutes"),
            "hardlink" => Path.Combine(dir, "hard.txt"),
            _ => series,
        };
        if (spelling == "hardlink") HardLink(record, output);
        byte[] before = File.ReadAllBytes(record), seriesBefore = File.ReadAllBytes(series);

        var (code, o, e) = Run("render", record, "--to", "txt", "-o", output);
        Assert.Equal(2, code);
        Assert.Equal("", o);
        Assert.Contains("render does not write over what it reads", e);
        Assert.Equal(before, File.ReadAllBytes(record));
        Assert.Equal(seriesBefore, File.ReadAllBytes(series));
    }

    [Fact]
    public void RenderWritesAnOutputThatIsNotAnInput()
    {
        string record = Write("114-1.minutes", Messy);
        string output = Path.Combine(dir, "114-1.txt");
        Assert.Equal(0, Run("render", record, "--to", "txt", "-o", output).Code);
        Assert.Contains("會議室", File.ReadAllText(output));
        Assert.Equal(0, Run("render", record, "--to", "txt", "-o", output).Code); // an output written before is replaced
    }

    [Fact]
    public void RenderOfAFolderRefusesAnOutputFileThatLinksBackToARecord()
    {
        if (OperatingSystem.IsWindows()) return;
        string record = Write("group/114-1.minutes", Messy);
        Directory.CreateDirectory(Path.Combine(dir, "out"));
        File.CreateSymbolicLink(Path.Combine(dir, "out", "114-1.md"), record);
        byte[] before = File.ReadAllBytes(record);
        var (code, _, e) = Run("render", Path.Combine(dir, "group"), "--to", "txt,md", "-o", Path.Combine(dir, "out"));
        Assert.Equal(2, code);
        Assert.Contains("render does not write over what it reads", e);
        Assert.Equal(before, File.ReadAllBytes(record));
        Assert.False(File.Exists(Path.Combine(dir, "out", "114-1.txt"))); // refused before anything was written
    }

    // ---- a binary record is said to be one

    private static string Binary => "@meeting 114-1\n# 標題" + new string('\u0001', 40) + "\n* 地點：會議室\n";

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void AFolderOrFileWhoseOnlyRecordIsBinaryIsToldSoNotThatItIsASeriesDeclaration(bool folder)
    {
        Write("group/series.minutes", "@series 教育文化組\n  名稱：教育文化組\n");
        string record = Write("group/114-1.minutes", Binary);
        var (code, o, e) = Run("render", folder ? Path.Combine(dir, "group") : record, "--to", "txt");
        Assert.Equal(1, code);
        Assert.Equal("", o);
        Assert.Contains("error ML0007", e);
        Assert.Contains("no record to render: its only record is not text (ML0007)", e);
        Assert.DoesNotContain("series declaration", e);
    }

    [Fact]
    public void TheSeriesFileAloneIsStillASeriesDeclaration()
    {
        string series = Write("series.minutes", "@series 教育文化組\n  名稱：教育文化組\n");
        var (code, _, e) = Run("render", series, "--to", "txt");
        Assert.Equal(2, code);
        Assert.Contains("is a series declaration, not a record", e);
    }

    // ---- templates confined to the real folder

    private const string Secret = "root:x:0:0:SECRET-OUTSIDE-THE-TEMPLATES";

    [Theory]
    [InlineData("include-of-a-link")]
    [InlineData("the-template-is-a-link")]
    [InlineData("include-through-a-linked-folder")]
    [InlineData("include-of-a-relative-link")]
    public void ATemplateLinkedOutOfItsFolderIsRefusedAndItsTargetNeverShown(string kind)
    {
        if (OperatingSystem.IsWindows()) return;
        string record = Write("114-1.minutes", Messy);
        string secret = Write("outside/passwd.scriban", Secret + "\n");
        string templates = Directory.CreateDirectory(Path.Combine(dir, "templates")).FullName;
        switch (kind)
        {
            case "include-of-a-link":
                Write("templates/record.scriban", "{{ include 'leak.scriban' }}\n");
                File.CreateSymbolicLink(Path.Combine(templates, "leak.scriban"), secret);
                break;
            case "the-template-is-a-link":
                File.CreateSymbolicLink(Path.Combine(templates, "record.scriban"), secret);
                break;
            case "include-through-a-linked-folder":
                Write("templates/record.scriban", "{{ include 'parts/passwd.scriban' }}\n");
                Directory.CreateSymbolicLink(Path.Combine(templates, "parts"), Path.Combine(dir, "outside"));
                break;
            default:
                Write("templates/record.scriban", "{{ include 'leak.scriban' }}\n");
                File.CreateSymbolicLink(Path.Combine(templates, "leak.scriban"), "../outside/passwd.scriban");
                break;
        }

        var (code, o, e) = Run("render", record, "--to", "txt", "--template-dir", templates);
        Assert.Equal(1, code);
        Assert.Contains("ML0300", e);
        Assert.Contains("outside the template folder", e);
        Assert.DoesNotContain("SECRET", o + e);
    }

    [Fact]
    public void ATemplateFolderReachedThroughALinkAndLinksWithinItAreUsed()
    {
        if (OperatingSystem.IsWindows()) return;
        string record = Write("114-1.minutes", Messy);
        Write("real/record.scriban", "{{ include 'alias.scriban' }}\n");
        Write("real/inner.scriban", "INSIDE {{ title | escape_html }}\n");
        File.CreateSymbolicLink(Path.Combine(dir, "real", "alias.scriban"), "inner.scriban");
        var link = Directory.CreateSymbolicLink(Path.Combine(dir, "templates"), Path.Combine(dir, "real"));
        var (code, o, e) = Run("render", record, "--to", "txt", "--template-dir", link.FullName);
        Assert.Equal((0, ""), (code, e));
        Assert.StartsWith("INSIDE 114 年度教育文化組第 1 次工作小組會議紀錄", o);
    }

    // ---- fmt and links

    [Fact]
    public void FmtWritesThroughASymlinkToItsTargetAndTheLinkStays()
    {
        if (OperatingSystem.IsWindows()) return;
        string real = Write("real/114-1.minutes", Messy);
        string expected = Write("copy/114-1.minutes", Messy);
        Assert.Equal(0, Run("fmt", expected).Code);
        Directory.CreateDirectory(Path.Combine(dir, "links"));
        string link = File.CreateSymbolicLink(Path.Combine(dir, "links", "114-1.minutes"), "../real/114-1.minutes").FullName;

        var (code, o, _) = Run("fmt", link);
        Assert.Equal(0, code);
        Assert.Equal($"formatted {link}\n", o);
        Assert.Equal("../real/114-1.minutes", new FileInfo(link).LinkTarget);
        Assert.Equal(File.ReadAllText(expected), File.ReadAllText(real));
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(dir, "links"), "*.tmp"));
        Assert.Equal(0, Run("fmt", "--check", link).Code);
    }

    [Fact]
    public void FmtRefusesAFileWithSeveralHardLinksAndLeavesEveryNameAsItWas()
    {
        if (OperatingSystem.IsWindows()) return;
        string a = Write("a/114-1.minutes", Messy);
        string b = Path.Combine(dir, "b.minutes");
        HardLink(a, b);
        var (code, o, e) = Run("fmt", a);
        Assert.Equal(2, code);
        Assert.Equal("", o);
        Assert.Contains($"minutes: {a}: the file has 2 hard links", e);
        Assert.Equal(Messy, File.ReadAllText(a));
        Assert.Equal(Messy, File.ReadAllText(b));
        File.AppendAllText(b, "// still one file\n");
        Assert.EndsWith("// still one file\n", File.ReadAllText(a));
    }

    [Theory]
    [InlineData(UnixFileMode.UserRead | UnixFileMode.UserWrite)]
    [InlineData(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead)]
    [InlineData(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.OtherRead)]
    public void FmtKeepsTheModeOfTheRecord(UnixFileMode mode)
    {
        if (OperatingSystem.IsWindows()) return;
        string record = Write("114-1.minutes", Messy);
        File.SetUnixFileMode(record, mode);
        Assert.Equal(0, Run("fmt", record).Code);
        Assert.Equal(mode, File.GetUnixFileMode(record));
        Assert.NotEqual(Messy, File.ReadAllText(record));
    }

    [Fact]
    public void FmtRemovesTheTemporaryFilesOfAKilledRunAndNamesThem()
    {
        if (OperatingSystem.IsWindows()) return;
        string record = Write("114-1.minutes", Messy);
        int gone = 4_194_303; // above any pid_max in use: no such process
        Assert.False(Directory.Exists($"/proc/{gone}"));
        string stale = Write($".114-1.minutes.{gone}.tmp", "half a record");
        string running = Write(".114-1.minutes.1.tmp", "pid 1 still runs: not ours to remove");
        string other = Write($".other.minutes.{gone}.tmp", "another file's: left to its own fmt");
        string unrelated = Write(".114-1.minutes.backup.tmp", "not a pid");

        var (code, o, e) = Run("fmt", record);
        Assert.Equal(0, code);
        Assert.Equal($"formatted {record}\n", o);
        Assert.Equal($"minutes: removed {stale}, a temporary file an interrupted run left behind\n", e);
        Assert.False(File.Exists(stale));
        Assert.True(File.Exists(running) && File.Exists(other) && File.Exists(unrelated));
    }

    // ---- fmt never makes a record check rejects

    public static TheoryData<string> TurnedBinary => new()
    {
        // the case: control characters in the title, and trailing spaces that kept their share under the ML0007 line
        File.ReadAllText(Path.Combine(Repo.Root, "tests", "MinutesLang.Tests", "Fixtures", "Hostile", "fmt-binary.minutes")),
        // control characters in a field value, spaces around its colon
        "@meeting 114-1\n# 題目\n* 地點" + new string(' ', 400) + ":" + new string(' ', 400) + "會議室" + new string('\u0002', 30) + "\n",
        // a list item's control characters and trailing spaces, deeper in the record
        "@meeting 114-1\n# 題目\n* 決議\n  - 項目" + new string('\u0002', 20) + new string(' ', 500) + "\n  - 另一項" + new string(' ', 300) + "\n",
        // indentation the formatter narrows
        "@meeting 114-1\n# 題目" + new string('\u001b', 12) + "\n* 決議\n" + new string(' ', 300) + "- 項目\n",
    };

    [Theory]
    [MemberData(nameof(TurnedBinary))]
    public void FmtLeavesARecordWhoseLayoutWouldBeRejectedAsBinaryAsItIs(string text)
    {
        string record = Write("114-1.minutes", text);
        Assert.DoesNotContain(Compilation.ParseFile(record).Diagnostics, d => d.Code == "ML0007");
        byte[] before = File.ReadAllBytes(record);

        // the control characters are themselves errors (ML0030, ML0031: issue 13 §5), so fmt leaves the record as
        // it is and says why; what it never does is write a layout that check would reject as binary (ML0007)
        var (code, o, e) = Run("fmt", record);
        Assert.Equal(1, code);
        Assert.Equal("", o);
        Assert.Matches("error ML003[01]", e);
        Assert.EndsWith($"{record}: not formatted: it has syntax errors\n", e);
        Assert.Equal(before, File.ReadAllBytes(record));

        var (checkCode, checkOut, _) = Run("fmt", "--check", record);
        Assert.Equal(1, checkCode);
        Assert.DoesNotContain("would reformat", checkOut);
        Assert.DoesNotContain("error ML0007", Run("check", record).Err);
    }

    [Fact]
    public void FmtLeavesARecordWithAFewControlCharactersAndSaysWhy()
    {
        // a control character is an error of the text (ML0030), not a layout fmt may guess around: the record stays byte for byte
        string text = "@meeting 114-1\n# 題目" + new string('\u0001', 8) + new string(' ', 300) + "\n*   地點:  會議室   \n";
        string record = Write("114-1.minutes", text);
        var (code, _, e) = Run("fmt", record);
        Assert.Equal(1, code);
        Assert.Contains("error ML0030", e);
        Assert.Equal(text, File.ReadAllText(record));
    }
}
