using System.Text.RegularExpressions;
using MinutesLang.Diagnostics;
using MinutesLang.Semantics;

namespace MinutesLang.Cli.Commands;

/// <summary><c>minutes explain [CODE]</c>: the documentation page of a code, or the list of codes.</summary>
public sealed partial class ExplainCommand : ICommand
{
    public string Name => "explain";

    public string Help => """
        Usage: minutes explain [CODE]

        Prints the documentation of a diagnostic code (what it means, an example that raises it
        and the example corrected), the page docs/diagnostics/CODE.md of the repository.
        Without a code, lists every code with its default severity and title.

        Exit codes: 0 printed, 2 unknown code or usage problem.
        """;

    public int Run(string[] args, CommandContext context)
    {
        var (stdout, stderr) = (context.Out, context.Err);
        var options = Options.Parse(args, flags: [], valued: []);
        if (options.Positional.Count > 1) throw new UsageException("explain takes one code (try 'minutes explain --help')");
        if (options.Positional.Count == 0)
        {
            foreach (var e in DiagnosticCatalog.All)
                stdout.WriteLine($"{e.Code}  {DiagnosticFormatter.Severity(e.Severity),-7}  {e.Title}");
            return Cli.Clean;
        }

        string code = options.Positional[0].Trim().ToUpperInvariant();
        if (DiagnosticCatalog.TryGet(code, out _) && DiagnosticDocs.Page(code) is { } page)
        {
            stdout.Write(page.EndsWith('\n') ? page : page + "\n");
            return Cli.Clean;
        }

        throw new UsageException($"unknown code '{options.Positional[0]}'; near: {string.Join(", ", Near(code))} (list them all with 'minutes explain')");
    }

    /// <summary>The three codes nearest to what was typed: by number when it looks like a code, else by spelling.</summary>
    public static IEnumerable<string> Near(string typed)
    {
        var codes = DiagnosticCatalog.All.Select(e => e.Code);
        var m = CodeShape().Match(typed);
        return m.Success
            ? codes.OrderBy(c => Math.Abs(int.Parse(c[2..]) - int.Parse(m.Groups[1].Value))).ThenBy(c => c, StringComparer.Ordinal).Take(3)
            : codes.OrderBy(c => Nearest.Distance(typed, c)).ThenBy(c => c, StringComparer.Ordinal).Take(3);
    }

    [GeneratedRegex("^(?:ML)?([0-9]{1,4})$")]
    private static partial Regex CodeShape();
}
