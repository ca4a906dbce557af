using System.Text;
using MinutesLang.Localization;

namespace MinutesLang.Cli.Commands;

/// <summary><c>minutes hook install</c>: a plain git pre-commit hook that runs <c>minutes check --staged</c>.</summary>
public sealed partial class HookCommand : ICommand
{
    /// <summary>
    /// The start of the second line of every hook this command writes, in either language (the names of the program and
    /// of git's hook, no sentence): how it knows its own hooks, those written in English by earlier versions included.
    /// </summary>
    public const string Marker = "# minutes pre-commit hook";

    public string Name => "hook";

    public string Help => """
        Usage: minutes hook install [--force] [--command CMD]

        Writes a git pre-commit hook into the repository of the current folder (where git keeps
        its hooks: .git/hooks, or core.hooksPath). On every 'git commit' the hook runs
        'minutes check --staged --quiet': it checks the records being committed as they are in
        git's index, not in the working tree, so a fix that is not staged does not count. Errors
        refuse the commit; warnings and infos do not. Skip it once with 'git commit --no-verify'.

        For projects that use the pre-commit framework (pre-commit.com), add this repository with
        the hook ids minutes-check and minutes-fmt instead (see .pre-commit-hooks.yaml).

        Options:
          --command CMD   how the hook starts minutes (default: the program running now, by its
                          full path, e.g. /home/me/.dotnet/tools/minutes; give 'minutes' to use
                          whatever is on the PATH at commit time)
          --force         replace a pre-commit hook that was not written by minutes; the old one
                          is kept beside it as pre-commit.before-minutes

        Exit codes: 0 written, 2 not in a git repository, a foreign hook without --force, or an
        I/O problem.
        """;

    public int Run(string[] args, CommandContext context)
    {
        var options = Options.Parse(args, flags: ["--force"], valued: ["--command"]);
        if (options.Positional is not ["install"])
            throw new UsageException("hook takes one action: 'minutes hook install' (try 'minutes hook --help')", "hook 只有一個動作：「minutes hook install」（請見「minutes hook --help」）");

        string command = options.Value("--command") ?? Self();
        if (string.IsNullOrWhiteSpace(command)) throw new UsageException("--command: give the command that starts minutes", "--command：請寫出啟動 minutes 的指令");

        // the path git will run, whatever core.hooksPath says; relative paths are from the current folder
        string hook = Path.GetFullPath(Encoding.UTF8.GetString(Git.Run(null, null, "rev-parse", "--git-path", "hooks/pre-commit")).TrimEnd('\n', '\r'));
        if (File.Exists(hook))
        {
            bool ours = File.ReadLines(hook).Take(3).Any(l => l.StartsWith(Marker, StringComparison.Ordinal));
            if (!ours)
            {
                if (!options.Has("--force"))
                    throw new UsageException($"{hook}: a pre-commit hook is there already; nothing was written (add the line 'minutes check --staged --quiet' to it, or use --force: it is kept as pre-commit.before-minutes)",
                        $"{hook}：已有 pre-commit hook，未寫入任何檔案（請在其中加一行「minutes check --staged --quiet」，或加 --force：原檔保留為 pre-commit.before-minutes）");
                File.Copy(hook, hook + ".before-minutes", overwrite: true);
            }
        }

        Directory.CreateDirectory(Path.GetDirectoryName(hook)!);
        AtomicFile.WriteAllText(hook, Script(command, context.Language));
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(hook, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        if (!context.Quiet) context.Out.WriteLine(CliText.Say(context.Language, $"wrote {hook}", $"已寫入 {hook}"));
        return Cli.Clean;
    }

    /// <summary>
    /// The hook: a POSIX shell script (git runs hooks with sh, on Windows too) that runs <paramref name="command"/>
    /// <c>check --staged --quiet</c>. Its comments and the line it prints when the command cannot be started are in
    /// <paramref name="language"/>, the language of the run that installs it (issue 15); its second line starts with
    /// <see cref="Marker"/> in both.
    /// </summary>
    public static string Script(string command, Language language = Language.En)
    {
        string shown = command.Replace("'", "", StringComparison.Ordinal);
        var (about, what, skip, cannotStart) = language == Language.ZhTw
            ? ($"{Marker}（由「minutes hook install」寫入；再次執行「minutes hook install」即改寫此檔）",
               "# 檢查即將提交的紀錄（以 git 索引中暫存的內容為準）；有錯誤即拒絕提交，有警告仍可提交。",
               "# 單次略過檢查：git commit --no-verify",
               $"minutes pre-commit hook：無法啟動「{shown}」；請以「minutes hook install」重新安裝")
            : ($"{Marker} (written by 'minutes hook install'; 'minutes hook install' again rewrites it)",
               "# Checks the records being committed, as staged in git's index; errors refuse the commit,",
               "# warnings do not. Skip it once with: git commit --no-verify",
               $"minutes pre-commit hook: cannot start '{shown}'; reinstall it with 'minutes hook install'");
        return $$"""
            #!/bin/sh
            {{about}}
            {{what}}
            {{skip}}
            {{command}} check --staged --quiet
            status=$?
            if [ "$status" -eq 127 ]; then
              echo "{{cannotStart}}" >&2
            fi
            exit $status

            """.Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    /// <summary>How to start the program running now: its apphost or native binary, or 'dotnet minutes.dll'.</summary>
    private static string Self()
    {
        string process = Environment.ProcessPath ?? "minutes";
        string name = Path.GetFileNameWithoutExtension(process);
        string dll = Path.Combine(AppContext.BaseDirectory, "minutes.dll");
        if (name == "dotnet" && File.Exists(dll)) return $"{Quote(process)} {Quote(dll)}";
        return name == "minutes" ? Quote(process) : "minutes"; // in-process (tests): the PATH decides
    }

    private static string Quote(string path) => "'" + path.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
