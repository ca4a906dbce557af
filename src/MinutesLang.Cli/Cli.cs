using MinutesLang.Cli.Commands;

namespace MinutesLang.Cli;

/// <summary>The `minutes` command line: picks the verb, turns every failure into a message and an exit code.</summary>
public static class Cli
{
    public const int Clean = 0;
    public const int Findings = 1;
    public const int UsageOrIo = 2;

    private static readonly ICommand[] Commands = [new CheckCommand(), new RenderCommand(), new CasesCommand(), new ExplainCommand(), new ImportCommand(), new FmtCommand(), new NewCommand(), new HookCommand()];

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
          new SERIES_DIR          write the next record of a series, with {{…}} for the writer to fill in
          hook install            a git pre-commit hook that checks the staged records
          help [command]          show help for a command

        Options (every command):
          -q, --quiet             say only what fails: errors, no warnings, infos or progress
          -v, --verbose           also say what is read and written, and how long it took
          --color=auto|always|never
                                  colours on a terminal (auto, the default), none when the output
                                  is piped or NO_COLOR is set; --no-color is --color=never
          -h, --help              show help
          --version               show the version

        Exit codes: 0 clean (warnings and infos do not fail), 1 errors found (or, for fmt --check,
        files to reformat), 2 usage or I/O problem (a missing file, a bad option, an internal error).
        """;

    /// <summary>Runs as if not on a terminal: no colour, no progress (tests, pipes).</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr) => Run(args, stdout, stderr, Terminal.Plain);

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, Terminal terminal)
    {
        try
        {
            var (rest0, context) = Global(args, stdout, stderr, terminal);
            args = rest0;
            if (args.Length == 0 || args[0] is "-h" or "--help")
            {
                stdout.WriteLine(Usage);
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
                stdout.WriteLine(target?.Help ?? Usage);
                return Clean;
            }

            var command = Commands.FirstOrDefault(c => c.Name == args[0]);
            if (command is null)
            {
                stderr.WriteLine($"minutes: unknown command '{args[0]}' (try 'minutes --help')");
                return UsageOrIo;
            }

            var rest = args[1..];
            if (rest.Any(a => a is "-h" or "--help"))
            {
                stdout.WriteLine(command.Help);
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
            stderr.WriteLine($"minutes: {e.Message}");
            return UsageOrIo;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"minutes: {e.Message}");
            return UsageOrIo;
        }
        catch (Exception e)
        {
            // a bug of ours: still one line, no stack trace (set MINUTES_DEBUG=1 to see it)
            stderr.WriteLine($"minutes: internal error: {e.GetType().Name}: {e.Message} (please report it with the input)");
            if (Environment.GetEnvironmentVariable("MINUTES_DEBUG") == "1") stderr.WriteLine(e);
            return UsageOrIo;
        }
    }

    /// <summary>Takes the options every command has out of the arguments (up to a <c>--</c>).</summary>
    private static (string[] Arguments, CommandContext Context) Global(string[] args, TextWriter stdout, TextWriter stderr, Terminal terminal)
    {
        var verbosity = Verbosity.Normal;
        bool? colour = null;
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
                default:
                    if (a.StartsWith("--color", StringComparison.Ordinal)) throw new UsageException($"'{a}': use --color=auto, --color=always or --color=never");
                    rest.Add(a);
                    break;
            }
        }

        return ([.. rest], new CommandContext(stdout, stderr, terminal, verbosity, colour));
    }
}

/// <summary>A problem with the command line itself: printed in one line, exit 2.</summary>
public sealed class UsageException(string message) : Exception(message);
