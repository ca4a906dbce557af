using MinutesLang.Diagnostics;
using MinutesLang.Diagnostics.Formats;
using MinutesLang.Diagnostics.Policy;
using MinutesLang.Semantics;
using MinutesLang.Syntax;

namespace MinutesLang.Cli.Commands;

/// <summary><c>minutes check PATH…</c>: parse and check records; silent when clean.</summary>
public sealed class CheckCommand : ICommand
{
    public string Name => "check";

    public string Help => """
        Usage: minutes check PATH… [--format human|msbuild|json|sarif|github] [--warnaserror[:CODE,…]]

        Checks records (.minutes files, or every .minutes file under a folder) with the series
        declaration (series.minutes) of their folder or the nearest parent folder. The records of
        a folder are one series, ordered by their @meeting ids: a single file is checked against
        the other records of its series too (carried-over cases, dates, counts), but only the
        files named are reported.
        Prints nothing and exits 0 when there is nothing to say.

        Options:
          --format human          source line and a caret under each finding (default)
          --format msbuild        path(line,col): error ML0001: message — for editors and CI
          --format json           {"findings": [{code, severity, message, file, line, column,
                                  endLine, endColumn, hint}], "errors", "warnings", "infos"}
          --format sarif          SARIF 2.1.0 with rule metadata, for code scanning; findings
                                  suppressed in the source are kept, marked as suppressed
          --format github         GitHub Actions annotations (::error file=…,line=…::message)
          --warnaserror           every warning fails the check too (it is reported as an error)
          --warnaserror:CODE,…    only these codes' warnings, e.g. --warnaserror:ML0109

        Configuration: minutesconfig.json in the record's folder or the nearest parent folder sets
        the severity of codes: { "diagnostics": { "ML0109": "error", "ML0103": "none" } }
        (error, warning, info, none; none drops the finding).
        Suppression: a comment line '// minutes-disable-next-line ML0103: reason' silences that
        code on the next line; the reason is required.

        The json, sarif and github formats give paths relative to the current folder; json and
        sarif always print a document, even when there are no findings.

        Exit codes: 0 clean (or only warnings/infos), 1 errors, 2 usage or I/O problem.
        """;

    public int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        // --warnaserror:ML0109,ML0203 (or =) names codes; the bare flag means every warning
        var warnAsError = new HashSet<string>(StringComparer.Ordinal);
        var rest = new List<string>();
        foreach (var a in args)
        {
            if (a.StartsWith("--warnaserror:", StringComparison.Ordinal) || a.StartsWith("--warnaserror=", StringComparison.Ordinal))
            {
                foreach (var code in a["--warnaserror:".Length..].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    if (!DiagnosticCatalog.TryGet(code, out _)) throw new UsageException($"--warnaserror: '{code}' is not a diagnostic code (see 'minutes explain')");
                    warnAsError.Add(code);
                }

                if (warnAsError.Count == 0) throw new UsageException("--warnaserror: needs codes, as in --warnaserror:ML0109,ML0203");
            }
            else rest.Add(a);
        }

        var options = Options.Parse([.. rest], flags: ["--warnaserror"], valued: ["--format"]);
        string format = options.Value("--format") ?? "human";
        if (format is not ("human" or "msbuild" or "json" or "sarif" or "github")) throw new UsageException($"unknown format '{format}' (human, msbuild, json, sarif, github)");
        if (options.Positional.Count == 0) throw new UsageException("check needs at least one file or folder (try 'minutes check --help')");

        var diagnostics = new List<Diagnostic>();
        var trees = new List<SyntaxTree>();
        foreach (var group in Inputs.Collect(options.Positional))
        {
            var seriesTree = group.SeriesFile is null ? null : Compilation.ParseFile(group.SeriesFile);
            var recordTrees = group.Records.Select(Compilation.ParseFile).ToList();
            if (seriesTree is not null) trees.Add(seriesTree);
            trees.AddRange(recordTrees);

            // the rest of the series is read too, so that one file is checked against the meetings
            // before and after it; only the files asked for (and their series.minutes) are reported
            var neighbours = Inputs.Neighbours(group).Select(Compilation.ParseFile).ToList();
            var quiet = neighbours.Select(t => t.Source.Path).ToHashSet(StringComparer.Ordinal);
            diagnostics.AddRange(Compilation.Create(seriesTree, [.. recordTrees, .. neighbours]).Diagnostics.Where(d => !quiet.Contains(d.Source.Path)));
        }

        var policy = new DiagnosticPolicy { AllWarningsAsErrors = options.Has("--warnaserror"), WarningsAsErrors = warnAsError };
        var result = policy.Apply(diagnostics, trees);

        string here = Directory.GetCurrentDirectory();
        switch (format)
        {
            case "json":
                stdout.Write(JsonFindingsWriter.Write(result.Reported, here));
                break;
            case "sarif":
                stdout.Write(SarifWriter.Write(result, here, typeof(Cli).Assembly.GetName().Version?.ToString(3) ?? "0.0.0"));
                break;
            case "github":
                stdout.Write(GitHubWriter.Write(result.Reported, here));
                break;
            default:
                foreach (var d in result.Reported)
                    stdout.Write(format == "msbuild" ? DiagnosticFormatter.MsBuild(d) + "\n" : DiagnosticFormatter.Human(d));
                break;
        }

        return result.HasErrors ? Cli.Findings : Cli.Clean;
    }

    public static Compilation Compile(Inputs.Group group) =>
        Compilation.Create(
            group.SeriesFile is null ? null : Compilation.ParseFile(group.SeriesFile),
            group.Records.Select(Compilation.ParseFile));
}
