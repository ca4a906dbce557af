using System.Text.RegularExpressions;
using MinutesLang.Cli.Commands;
using MinutesLang.Localization;

namespace MinutesLang.Tests;

/// <summary>
/// Issue 15: the hook <c>minutes hook install</c> writes speaks the language of the run that installs it — its comments
/// and the line it prints when minutes cannot be started — and <c>hook install</c> knows its own hook in either language,
/// an English one written by an earlier version included, and rewrites it without <c>--force</c>. A hook installed in
/// zh-TW works as the English one does (git runs it at a commit).
/// </summary>
public sealed class HookLanguageTests : IDisposable
{
    private static readonly Dictionary<string, string> Chinese = new() { ["LANG"] = "zh_TW.UTF-8" };
    private readonly SeedRepository seeds = new("minutes-hook-zh-");
    private readonly string repo;

    public HookLanguageTests() => repo = seeds.Root;

    public void Dispose() => seeds.Dispose();

    private string Hook => Path.Combine(repo, ".git", "hooks", "pre-commit");

    /// <summary>
    /// What a hook says to a person: its comment lines (not the <c>#!</c> line) and the text of its <c>echo</c>; the shell
    /// code around them is code.
    /// </summary>
    public static List<string> Said(string script) =>
    [
        .. script.Split('\n').Where(l => l.StartsWith('#') && !l.StartsWith("#!", StringComparison.Ordinal)),
        .. Regex.Matches(script, "echo \"([^\"]*)\"").Select(m => m.Groups[1].Value),
    ];

    /// <summary>The English words of a line a zh-TW hook says (<see cref="EnglishDetector"/>: a command quoted, git and its commands are names).</summary>
    public static string EnglishOf(string line) => EnglishDetector.Words(line);

    [Theory]
    [InlineData("minutes")]
    [InlineData("'/home/秘書/.dotnet/tools/minutes'")]
    [InlineData("'/usr/bin/dotnet' '/opt/minutes/minutes.dll'")]
    public void AChineseHookSaysNoEnglishSentenceAndAnEnglishOneIsAsBefore(string command)
    {
        string zh = HookCommand.Script(command, Language.ZhTw);
        string en = HookCommand.Script(command, Language.En);
        var said = Said(zh);
        Assert.Equal(4, said.Count); // the marker line, two comments, the echo
        foreach (string line in said) Assert.True(EnglishOf(line).Length == 0, $"English in the hook: {line} ({EnglishOf(line)})");
        Assert.All(said, l => Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", l));
        Assert.StartsWith("#!/bin/sh\n" + HookCommand.Marker, zh);
        Assert.StartsWith("#!/bin/sh\n" + HookCommand.Marker + " (written by 'minutes hook install'", en);
        Assert.Contains($"\n{command} check --staged --quiet\n", zh);
        Assert.Equal(Code(en), Code(zh)); // the same shell code: only the words differ
        Assert.Equal(HookCommand.Script(command), en);
    }

    /// <summary>A hook without its comments and with its echo emptied: the shell code.</summary>
    private static string Code(string script) =>
        Regex.Replace(string.Join('\n', script.Split('\n').Where(l => !l.StartsWith('#') || l.StartsWith("#!", StringComparison.Ordinal))), "echo \"[^\"]*\"", "echo");

    [Fact]
    public void InstalledUnderAChineseLocaleTheHookSpeaksChineseAndStillGuardsTheCommit()
    {
        var install = Sh.Run(repo, Chinese, HookTests.Minutes, "hook", "install");
        Assert.Equal((0, $"已寫入 {Hook}\n", ""), install);
        string script = File.ReadAllText(Hook);
        Assert.Equal(HookCommand.Script($"'{HookTests.Minutes}'", Language.ZhTw), script);

        // a record with an error staged: refused; fixed: committed
        string record = Path.Combine(repo, "seeds", "114-1.minutes");
        File.WriteAllText(record, File.ReadAllText(record).Replace("@meeting 114-1\n", "@meeting 114-1\n\n[[nosuchcase]] 不存在\n", StringComparison.Ordinal));
        Sh.Run(repo, "git", "add", "-A");
        var refused = Sh.Run(repo, Chinese, "git", "commit", "-q", "-m", "broken");
        Assert.NotEqual(0, refused.Code);
        Assert.Contains("ML0101", refused.Out + refused.Err);
        File.Copy(Path.Combine(Repo.Seeds, "114-1.minutes"), record, overwrite: true);
        Sh.Run(repo, "git", "add", "-A");
        var committed = Sh.Run(repo, Chinese, "git", "commit", "-q", "-m", "seeds");
        Assert.True(committed.Code == 0, committed.Out + committed.Err);
    }

    [Fact]
    public void AChineseHookThatCannotStartMinutesSaysSoInChinese()
    {
        Assert.Equal(0, Sh.Run(repo, Chinese, HookTests.Minutes, "hook", "install", "--command", "/nonexistent/minutes").Code);
        File.WriteAllText(Path.Combine(repo, "a.txt"), "a\n");
        Sh.Run(repo, "git", "add", "-A");
        var r = Sh.Run(repo, "git", "commit", "-q", "-m", "a");
        Assert.NotEqual(0, r.Code);
        Assert.Contains("minutes pre-commit hook：無法啟動「/nonexistent/minutes」；請以「minutes hook install」重新安裝", r.Err);
    }

    [Fact]
    public void HookInstallKnowsItsOwnHookInEitherLanguageAndRewritesIt()
    {
        string hooks = Path.Combine(repo, ".git", "hooks");
        Directory.CreateDirectory(hooks);

        // a hook written in English by an earlier version (its text as it was), rewritten in zh-TW without --force
        string earlier = "#!/bin/sh\n# minutes pre-commit hook (written by 'minutes hook install'; 'minutes hook install' again rewrites it)\n"
            + "# Checks the records being committed, as staged in git's index; errors refuse the commit,\n# warnings do not. Skip it once with: git commit --no-verify\n"
            + "minutes check --staged --quiet\nstatus=$?\nif [ \"$status\" -eq 127 ]; then\n"
            + "  echo \"minutes pre-commit hook: cannot start 'minutes'; reinstall it with 'minutes hook install'\" >&2\nfi\nexit $status\n";
        Assert.Equal(earlier, HookCommand.Script("minutes"));
        File.WriteAllText(Hook, earlier);
        Assert.Equal(0, Sh.Run(repo, Chinese, HookTests.Minutes, "hook", "install", "--command", "minutes").Code);
        Assert.Equal(HookCommand.Script("minutes", Language.ZhTw), File.ReadAllText(Hook));
        Assert.False(File.Exists(Hook + ".before-minutes"));

        // the zh-TW hook, rewritten in English (--lang en) and again in zh-TW (the system's language), never backed up
        Assert.Equal(0, Sh.Run(repo, Chinese, HookTests.Minutes, "--lang", "en", "hook", "install", "--command", "minutes").Code);
        Assert.Equal(earlier, File.ReadAllText(Hook));
        Assert.Equal(0, Sh.Run(repo, Chinese, HookTests.Minutes, "hook", "install", "--command", "minutes").Code);
        Assert.Equal(HookCommand.Script("minutes", Language.ZhTw), File.ReadAllText(Hook));
        Assert.False(File.Exists(Hook + ".before-minutes"));

        // a foreign hook that merely mentions minutes is still refused, in either language
        File.WriteAllText(Hook, "#!/bin/sh\n# my own checks, then minutes\nminutes check --staged --quiet\n");
        var refused = Sh.Run(repo, Chinese, HookTests.Minutes, "hook", "install");
        Assert.Equal(2, refused.Code);
        Assert.Contains("已有 pre-commit hook，未寫入任何檔案", refused.Err);
    }
}
