using MinutesLang.Diagnostics;
using MinutesLang.Semantics;

namespace MinutesLang.Cli.Commands;

/// <summary><c>minutes check PATH…</c>: parse and check records; silent when clean.</summary>
public sealed class CheckCommand : ICommand
{
    public string Name => "check";

    public string Help => """
        Usage: minutes check PATH… [--format human|msbuild] [--warnaserror]

        Checks records (.minutes files, or every .minutes file under a folder) with the series
        declaration (series.minutes) of their folder or the nearest parent folder.
        Prints nothing and exits 0 when there is nothing to say.

        Options:
          --format human     source line and a caret under each finding (default)
          --format msbuild   path(line,col): error ML0001: message — for editors and CI
          --warnaserror      warnings fail the check too

        Exit codes: 0 clean (or only warnings/infos), 1 errors, 2 usage or I/O problem.
        """;

    public int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var options = Options.Parse(args, flags: ["--warnaserror"], valued: ["--format"]);
        string format = options.Value("--format") ?? "human";
        if (format is not ("human" or "msbuild")) throw new UsageException($"unknown format '{format}' (human, msbuild)");
        if (options.Positional.Count == 0) throw new UsageException("check needs at least one file or folder (try 'minutes check --help')");

        var diagnostics = new List<Diagnostic>();
        foreach (var group in Inputs.Collect(options.Positional))
        {
            var compilation = Compile(group);
            diagnostics.AddRange(compilation.Diagnostics);
        }

        foreach (var d in diagnostics)
            stdout.Write(format == "msbuild" ? DiagnosticFormatter.MsBuild(d) + "\n" : DiagnosticFormatter.Human(d));

        bool fail = diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error
            || (options.Has("--warnaserror") && d.Severity == DiagnosticSeverity.Warning));
        return fail ? Cli.Findings : Cli.Clean;
    }

    public static Compilation Compile(Inputs.Group group) =>
        Compilation.Create(
            group.SeriesFile is null ? null : Compilation.ParseFile(group.SeriesFile),
            group.Records.Select(Compilation.ParseFile));
}
