using System.Text.RegularExpressions;
using MinutesLang.Cli;

namespace MinutesLang.Tests;

/// <summary>
/// Terminal manners: colour only on a terminal and never with NO_COLOR, a progress line only on a
/// terminal and only for long work, --quiet and --verbose, and the exit codes written in the help.
/// The terminal is described to <see cref="Cli.Cli.Run(string[], TextWriter, TextWriter, Terminal)"/>,
/// as <see cref="Terminal.Detect"/> would find it.
/// </summary>
public sealed partial class TerminalTests : CliHarness
{
    private static readonly Terminal Tty = new(OutIsTerminal: true, ErrIsTerminal: true, NoColor: false, ProgressDelay: TimeSpan.FromSeconds(1));

    private static (int Code, string Out, string Err) RunOn(Terminal terminal, params string[] args)
    {
        var o = new StringWriter();
        var e = new StringWriter();
        int code = MinutesLang.Cli.Cli.Run(args, o, e, terminal);
        return (code, o.ToString(), e.ToString());
    }

    [GeneratedRegex("\u001b\\[[0-9;]*[mK]")]
    private static partial Regex Sgr();

    /// <summary>114-1 of a copy of the seeds with one error (ML0101), one warning (ML0252 記錄) and an info (ML0204, the gap before it).</summary>
    private string Mixed()
    {
        foreach (var f in Directory.GetFiles(Repo.Seeds, "*.minutes"))
            File.Copy(f, Path.Combine(dir, Path.GetFileName(f)));
        string record = Path.Combine(dir, "114-1.minutes");
        File.WriteAllText(record, File.ReadAllText(record).Replace("@meeting 114-1\n", "@meeting 114-1\n\n[[nosuchcase]] 不存在\n\n本次會議記錄如附。\n", StringComparison.Ordinal));
        return record;
    }

    [Fact]
    public void ColourOnATerminalOnlyAndNeverWithNoColor()
    {
        string record = Mixed();
        var plain = RunOn(Terminal.Plain, "check", record);
        var tty = RunOn(Tty, "check", record);
        var noColor = RunOn(Tty with { NoColor = true }, "check", record);
        var forced = RunOn(Terminal.Plain, "check", "--color=always", record);
        var refused = RunOn(Tty, "check", "--no-color", record);

        Assert.Equal(1, plain.Code);
        Assert.DoesNotContain('\u001b', plain.Out);
        Assert.Contains("\u001b[1;31merror ML0101:\u001b[0m", tty.Out);
        Assert.Contains("\u001b[1;33mwarning ML0252:\u001b[0m", tty.Out);
        Assert.Contains("\u001b[1;36minfo ML0204:\u001b[0m", tty.Out);
        Assert.Equal(plain.Out, noColor.Out);
        Assert.Equal(plain.Out, refused.Out);
        Assert.Equal(tty.Out, forced.Out);

        // colour changes nothing but the colour
        Assert.Equal(plain.Out, Sgr().Replace(tty.Out, ""));

        // standard error is judged on its own: render's errors go there
        var piped = RunOn(Tty with { OutIsTerminal = false }, "render", record, "--to", "txt");
        Assert.Contains("\u001b[1;31merror ML0101:", piped.Err);
        Assert.Equal(2, RunOn(Tty, "check", "--color=sometimes", record).Code);
    }

    [Fact]
    public void ProgressOnlyOnATerminalOnlyForLongWorkAndErasedAtTheEnd()
    {
        // a delay of zero stands for a folder that takes longer than the delay
        var slow = Tty with { ProgressDelay = TimeSpan.Zero };
        var shown = RunOn(slow, "check", Repo.Seeds);
        Assert.Equal(0, shown.Code);
        Assert.Contains("checking 21/21 ", shown.Err);
        Assert.EndsWith("\r\u001b[2K", shown.Err); // the line is erased: the terminal is left clean
        Assert.DoesNotContain("checking", shown.Out);

        Assert.Equal("", RunOn(Tty, "check", Repo.Seeds).Err);                                  // quick: nothing
        Assert.Equal("", RunOn(slow with { ErrIsTerminal = false }, "check", Repo.Seeds).Err);   // piped: nothing
        Assert.Equal("", RunOn(slow, "check", "--quiet", Repo.Seeds).Err);                       // quiet: nothing

        string output = Path.Combine(dir, "out");
        var render = RunOn(slow, "render", Repo.Seeds, "--to", "txt", "-o", output);
        Assert.Equal(0, render.Code);
        Assert.Contains("rendering 20/20 ", render.Err);
    }

    [Fact]
    public void ProgressRedrawsOneLineAtMostTenTimesASecond()
    {
        var err = new StringWriter();
        var progress = new Progress(err, enabled: true, TimeSpan.Zero);
        progress.Start("checking", 1000);
        for (int i = 0; i < 1000; i++) progress.Step($"f{i}.minutes");
        progress.Clear();
        string text = err.ToString();
        int draws = text.Split("\r\u001b[2Kchecking").Length - 1;
        Assert.InRange(draws, 2, 200); // the first and the last step, and no more than one per 100 ms in between
        Assert.Contains("checking 1000/1000 f999.minutes", text);
        Assert.DoesNotContain('\n', text);
    }

    [Fact]
    public void QuietSaysOnlyWhatFailsAndVerboseSaysWhatWasDone()
    {
        string record = Mixed();
        var normal = Run("check", record);
        var quiet = Run("check", "--quiet", record);
        var verbose = Run("check", "-v", record);

        Assert.Contains("warning ML0252", normal.Out);
        Assert.Contains("info ML0204", normal.Out);
        Assert.Equal(1, quiet.Code);
        Assert.Contains("error ML0101", quiet.Out);
        Assert.DoesNotContain("warning", quiet.Out);
        Assert.DoesNotContain("info ML", quiet.Out);
        Assert.Equal("", quiet.Err);

        Assert.Equal(normal.Out, verbose.Out); // what verbose adds goes to standard error
        Assert.Matches(@"minutes: checked 21 file\(s\) in 1 series in \d+ ms: 1 error\(s\), 1 warning\(s\), \d+ info\(s\), 0 suppressed", verbose.Err);

        // the seeds have warnings and infos but no errors: --quiet is silent, as a hook should be
        Assert.Equal((0, "", ""), Run("check", "-q", Repo.Seeds));
        Assert.NotEqual("", Run("check", Repo.Seeds).Out);

        // the options go anywhere among the arguments, for every command
        Assert.Equal(0, Run("explain", "ML0101", "--quiet").Code);
        string imported = Directory.CreateDirectory(Path.Combine(dir, "imported")).FullName;
        var import = Run("import", "-q", Path.Combine(Repo.Seeds, "original", "114-1.txt"), "-o", imported);
        Assert.Equal(0, import.Code);
        Assert.Equal("", import.Out);
        Assert.True(File.Exists(Path.Combine(imported, "114-1.minutes")));
    }

    [Fact]
    public void ExitCodesAreDocumentedInEveryHelp()
    {
        var top = Run("--help");
        Assert.Contains("Exit codes: 0 clean", top.Out);
        Assert.Contains("1 errors found", top.Out);
        Assert.Contains("2 usage or I/O problem", top.Out);
        foreach (var command in new[] { "check", "render", "cases", "explain", "import", "fmt", "new", "hook", "fix" })
        {
            var help = Run(command, "--help");
            Assert.Equal(0, help.Code);
            Assert.Contains("Exit codes: 0", help.Out);
            Assert.Contains($"minutes {command}", help.Out);
        }

        string readme = File.ReadAllText(Path.Combine(Repo.Root, "README.md"));
        Assert.Contains("| 0 | clean", readme);
        Assert.Contains("| 1 | errors found", readme);
        Assert.Contains("| 2 | usage or I/O problem", readme);
    }
}
