using MinutesLang.Cli.Commands;
using MinutesLang.Localization;

namespace MinutesLang.Cli;

/// <summary>The `minutes` command line: picks the verb, turns every failure into a message and an exit code.</summary>
public static class Cli
{
    public const int Clean = 0;
    public const int Findings = 1;
    public const int UsageOrIo = 2;

    private static readonly ICommand[] Commands = [new CheckCommand(), new RenderCommand(), new CasesCommand(), new ExplainCommand(), new ImportCommand(), new FmtCommand(), new NewCommand(), new HookCommand(), new LspCommand(), new FixCommand()];

    public const string Usage = """
        minutes — a compiler for the formal minutes of the 基北北桃 working groups

        Usage: minutes <command> [options]

        Commands:
          check PATH…             check records (files or folders); silent and exit 0 when clean
          render PATH --to FMT    render records: txt, md, html, pdf, docx or odt
          cases FOLDER            the register (列管表) of a series: state and history of each case
          explain [CODE]          print the documentation of a diagnostic code, or list the codes
          import FILE… [-o DIR]   turn minutes in the official layout (txt, docx, odt) into records
          fmt PATH… [--check]     rewrite records into the canonical layout (--check: diff, exit 1)
          fix PATH… [--dry-run]   make the quick fixes that have one right answer (--code, --diff)
          new SERIES_DIR          write the next record of a series, with {{…}} for the writer to fill in
          hook install            a git pre-commit hook that checks the staged records
          lsp [--stdio]           the language server for editors (findings as you type, fmt)
          help [command]          show help for a command

        Options (every command):
          -q, --quiet             say only what fails: errors, no warnings, infos or progress
          -v, --verbose           also say what is read and written, and how long it took
          --color=auto|always|never
                                  colours on a terminal (auto, the default), none when the output
                                  is piped or NO_COLOR is set; --no-color is --color=never
          --lang=zh-TW|en         the language of messages, help and tables (default: "language" of
                                  minutesconfig.json, else the system's, LANG/LC_ALL…; else en)
          -h, --help              show help
          --version               show the version

        Exit codes: 0 clean (warnings and infos do not fail), 1 errors found (or, for fmt --check,
        files to reformat), 2 usage or I/O problem (a missing file, a bad option, an internal error).
        """;

    /// <summary>The usage in zh-TW (issue 15): the same commands and options, as a secretary reads them.</summary>
    public const string UsageZh = """
        minutes — 基北北桃各工作小組會議紀錄的編譯器

        用法：minutes <指令> [選項]

        指令：
          check 路徑…             檢查紀錄（檔案或資料夾）；沒有問題時不輸出，結束代碼 0
          render 路徑 --to 格式   產出紀錄：txt、md、html、pdf、docx 或 odt
          cases 資料夾            系列的列管表：各案件的狀態與歷程
          explain [代碼]          列印診斷代碼的說明，或列出所有代碼
          import 檔案… [-o 資料夾] 將公文格式的會議紀錄（txt、docx、odt）轉為紀錄檔
          fmt 路徑… [--check]     將紀錄改寫為標準版面（--check：列出差異，結束代碼 1）
          fix 路徑… [--dry-run]   套用答案唯一的快速修正（--code、--diff）
          new 系列資料夾          撰寫系列的下一份紀錄，待填處以 {{…}} 標示
          hook install            安裝 git pre-commit hook，於提交前檢查紀錄
          lsp [--stdio]           供編輯器使用的語言伺服器（輸入時即標示診斷、重排）
          help [指令]             顯示指令說明

        選項（所有指令適用）：
          -q, --quiet             只列出錯誤：不列警告、資訊與進度
          -v, --verbose           另列出讀寫的檔案與所花時間
          --color=auto|always|never
                                  在終端機上使用顏色（auto，預設）；輸出導向檔案或設定
                                  NO_COLOR 時不用顏色；--no-color 即 --color=never
          --lang=zh-TW|en         訊息、說明與表格的語言（預設：minutesconfig.json 的
                                  "language"，否則依系統語言 LANG/LC_ALL…；否則 en）
          -h, --help              顯示說明
          --version               顯示版本

        結束代碼：0 無誤（警告與資訊不算失敗），1 有錯誤（fmt --check 時為有檔案需重排），
        2 用法或讀寫問題（檔案不存在、選項錯誤、內部錯誤）。
        """;

    /// <summary>The usage in <paramref name="language"/>.</summary>
    public static string UsageIn(Language language) => language == Language.ZhTw ? UsageZh : Usage;

    /// <summary>Runs as if not on a terminal: no colour, no progress (tests, pipes).</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr) => Run(args, stdout, stderr, Terminal.Plain);

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, Terminal terminal)
    {
        // the language of a failure: the run's, or before the options are read the system's
        CommandContext? run = null;
        string[] given = args;
        Language Speaking() => run?.Language ?? LangOption(given) ?? terminal.Language ?? Language.En;
        try
        {
            var (rest0, context) = Global(args, stdout, stderr, terminal);
            run = context;
            args = rest0;
            if (args.Length == 0 || args[0] is "-h" or "--help")
            {
                context.UseConfigFrom(".");
                stdout.WriteLine(UsageIn(context.Language));
                return args.Length == 0 ? UsageOrIo : Clean;
            }

            if (args[0] == "--version")
            {
                stdout.WriteLine(typeof(Cli).Assembly.GetName().Version?.ToString(3) ?? "0.0.0");
                return Clean;
            }

            if (args[0] == "help")
            {
                var target = args.Length > 1 ? Commands.FirstOrDefault(c => c.Name == args[1]) : null;
                context.UseConfigFrom(".");
                stdout.WriteLine(target?.HelpIn(context.Language) ?? UsageIn(context.Language));
                return Clean;
            }

            var command = Commands.FirstOrDefault(c => c.Name == args[0]);
            if (command is null)
            {
                context.UseConfigFrom(".");
                stderr.WriteLine("minutes: " + CliText.Say(context.Language, $"unknown command '{args[0]}' (try 'minutes --help')", $"沒有「{args[0]}」這個指令（請見「minutes --help」）"));
                return UsageOrIo;
            }

            var rest = args[1..];
            context.UseConfigFrom(ConfigFolder(rest));
            if (rest.Any(a => a is "-h" or "--help"))
            {
                stdout.WriteLine(command.HelpIn(context.Language));
                return Clean;
            }

            try
            {
                return command.Run(rest, context);
            }
            finally
            {
                context.Progress.Clear();
            }
        }
        catch (UsageException e)
        {
            stderr.WriteLine($"minutes: {e.Text.In(Speaking())}");
            return UsageOrIo;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"minutes: {CliText.Io(e, Speaking())}");
            return UsageOrIo;
        }
        catch (Exception e)
        {
            // a bug of ours: still one line, no stack trace (set MINUTES_DEBUG=1 to see it)
            stderr.WriteLine("minutes: " + CliText.Say(Speaking(), $"internal error: {e.GetType().Name}: {e.Message} (please report it with the input)",
                $"程式內部錯誤：{e.GetType().Name}：{e.Message}（請連同輸入檔回報）"));
            if (Environment.GetEnvironmentVariable("MINUTES_DEBUG") == "1") stderr.WriteLine(e);
            return UsageOrIo;
        }
    }

    /// <summary>
    /// Where the nearest minutesconfig.json is looked for to read <c>language</c>: the folder of the first argument that
    /// is a file or folder (the records a command works on), else the current folder.
    /// </summary>
    private static string ConfigFolder(string[] arguments)
    {
        foreach (string a in arguments)
        {
            if (a.StartsWith('-') || a.Length == 0) continue;
            if (Directory.Exists(a)) return a;
            if (File.Exists(a)) return Path.GetDirectoryName(Path.GetFullPath(a)) ?? ".";
        }

        return ".";
    }

    /// <summary>The language <c>--lang</c> names among <paramref name="args"/> (for a bad option met before the context is made), or null.</summary>
    private static Language? LangOption(string[] args)
    {
        for (int i = 0; i < args.Length && args[i] != "--"; i++)
        {
            if (args[i] == "--lang" && i + 1 < args.Length) return Languages.Parse(args[i + 1]);
            if (args[i].StartsWith("--lang=", StringComparison.Ordinal)) return Languages.Parse(args[i]["--lang=".Length..]);
        }

        return null;
    }

    /// <summary>Takes the options every command has out of the arguments (up to a <c>--</c>).</summary>
    private static (string[] Arguments, CommandContext Context) Global(string[] args, TextWriter stdout, TextWriter stderr, Terminal terminal)
    {
        var verbosity = Verbosity.Normal;
        bool? colour = null;
        Language? language = null;
        var rest = new List<string>();
        for (int i = 0; i < args.Length; i++)
        {
            string a = args[i];
            if (a == "--")
            {
                rest.AddRange(args[i..]);
                break;
            }

            switch (a)
            {
                case "-q" or "--quiet":
                    verbosity = Verbosity.Quiet;
                    break;
                case "-v" or "--verbose":
                    verbosity = Verbosity.Verbose;
                    break;
                case "--no-color" or "--color=never":
                    colour = false;
                    break;
                case "--color=always":
                    colour = true;
                    break;
                case "--color=auto":
                    colour = null;
                    break;
                case "--lang" when i + 1 < args.Length:
                    language = Languages.Parse(args[++i]) ?? throw new UsageException($"'--lang {args[i]}': use --lang zh-TW or --lang en", $"「--lang {args[i]}」：請用 --lang zh-TW 或 --lang en");
                    break;
                case "--lang":
                    throw new UsageException("'--lang' needs a language: --lang zh-TW or --lang en", "「--lang」須指定語言：--lang zh-TW 或 --lang en");
                case var l when l.StartsWith("--lang=", StringComparison.Ordinal):
                    language = Languages.Parse(l["--lang=".Length..]) ?? throw new UsageException($"'{l}': use --lang=zh-TW or --lang=en", $"「{l}」：請用 --lang=zh-TW 或 --lang=en");
                    break;
                default:
                    if (a.StartsWith("--color", StringComparison.Ordinal)) throw new UsageException($"'{a}': use --color=auto, --color=always or --color=never", $"「{a}」：請用 --color=auto、--color=always 或 --color=never");
                    rest.Add(a);
                    break;
            }
        }

        return ([.. rest], new CommandContext(stdout, stderr, terminal, verbosity, colour, language));
    }
}

/// <summary>
/// A problem with the command line itself: printed in one line, exit 2, in the language of the run (issue 15).
/// <see cref="Exception.Message"/> is the English text; <see cref="Text"/> holds both.
/// </summary>
public sealed class UsageException : Exception
{
    /// <summary>A problem said in English only (a text of git or of the system passed on as it is).</summary>
    public UsageException(string message) : this(Phrase.Same(message)) { }

    /// <summary>A problem said in English (<paramref name="en"/>) and zh-TW (<paramref name="zhTw"/>).</summary>
    public UsageException(string en, string zhTw) : this(new Phrase(en, zhTw)) { }

    /// <summary>A problem said in both languages.</summary>
    public UsageException(Phrase text) : base(text.En) => Text = text;

    /// <summary>The problem in both languages.</summary>
    public Phrase Text { get; }
}
