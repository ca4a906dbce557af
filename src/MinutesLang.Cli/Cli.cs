using MinutesLang.Cli.Commands;

namespace MinutesLang.Cli;

/// <summary>The `minutes` command line: picks the verb, turns every failure into a message and an exit code.</summary>
public static class Cli
{
    public const int Clean = 0;
    public const int Findings = 1;
    public const int UsageOrIo = 2;

    private static readonly ICommand[] Commands = [new CheckCommand(), new RenderCommand(), new CasesCommand(), new ExplainCommand(), new ImportCommand(), new FmtCommand()];

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
          help [command]          show help for a command

        Options:
          -h, --help              show help
          --version               show the version

        Exit codes: 0 clean, 1 errors found, 2 usage or I/O problem.
        """;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        try
        {
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

            return command.Run(rest, stdout, stderr);
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
}

/// <summary>A problem with the command line itself: printed in one line, exit 2.</summary>
public sealed class UsageException(string message) : Exception(message);
