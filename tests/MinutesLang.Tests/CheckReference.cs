using MinutesLang.Cli;
using MinutesLang.Diagnostics;
using MinutesLang.Diagnostics.Formats;
using MinutesLang.Diagnostics.Policy;
using MinutesLang.Localization;
using MinutesLang.Semantics;
using MinutesLang.Syntax;

namespace MinutesLang.Tests;

/// <summary>
/// The reference of issue 14 §3 for <c>minutes check</c> of files and folders (<see cref="OrderedStreamTests"/>,
/// <see cref="SeriesBySeriesTests"/>): the check the way it was before series were checked one by one and written as
/// they are done — every series parsed and compiled, one policy over all the findings, one write.
/// </summary>
internal static class CheckReference
{
    /// <summary>
    /// What <c>minutes check --format <paramref name="format"/> PATHS</c> writes to standard output (human, msbuild, json,
    /// sarif, github), computed in one piece: <paramref name="quiet"/> keeps the errors only (json and sarif report all, as
    /// the command does), <paramref name="language"/> is the language of the messages; paths are shown from the current folder.
    /// </summary>
    public static string AllAtOnce(IEnumerable<string> paths, string format, bool quiet = false, Language language = Language.En)
    {
        var diagnostics = new List<Diagnostic>();
        var trees = new List<SyntaxTree>();
        foreach (var group in Inputs.Collect(paths))
        {
            var series = group.SeriesFile is null ? null : Compilation.ParseFile(group.SeriesFile);
            var records = group.Records.Select(Compilation.ParseFile).ToList();
            var neighbours = Inputs.Neighbours(group).Select(Compilation.ParseFile).ToList();
            if (series is not null) trees.Add(series);
            trees.AddRange(records);
            var reported = trees.Select(t => t.Source.Path).ToHashSet();
            diagnostics.AddRange(Compilation.Create(series, [.. records, .. neighbours]).Diagnostics.Where(d => reported.Contains(d.Source.Path)));
        }

        var result = new DiagnosticPolicy().Apply(diagnostics, trees);
        var shown = quiet ? [.. result.Reported.Where(d => d.Severity == DiagnosticSeverity.Error)] : result.Reported;
        string here = Directory.GetCurrentDirectory();
        var o = new StringWriter();
        switch (format)
        {
            case "msbuild":
                foreach (var d in shown) o.Write(DiagnosticFormatter.MsBuild(d.In(language)) + "\n");
                break;
            case "json":
                o.Write(JsonFindingsWriter.Write([.. result.Reported.Select(d => d.In(language))], here));
                break;
            case "sarif":
                o.Write(SarifWriter.Write(result, here, typeof(MinutesLang.Cli.Cli).Assembly.GetName().Version?.ToString(3) ?? "0.0.0", language: language));
                break;
            case "github":
                o.Write(GitHubWriter.Write([.. shown.Select(d => d.In(language))], here));
                break;
            default:
                DiagnosticFormatter.WriteHuman(o, shown, colour: false, language: language);
                break;
        }

        return o.ToString();
    }
}
