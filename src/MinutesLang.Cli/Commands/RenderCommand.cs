using MinutesLang.Diagnostics;
using MinutesLang.Rendering;

namespace MinutesLang.Cli.Commands;

/// <summary><c>minutes render FILE --to txt [-o OUT]</c>.</summary>
public sealed class RenderCommand : ICommand
{
    public static readonly string[] Formats = ["txt"];

    public string Name => "render";

    public string Help => """
        Usage: minutes render FILE --to txt [-o OUT]

        Renders one record in the official layout (壹、貳、… 一、(一)、1.) through the Scriban
        templates in templates/<format>/. Writes to standard output, or to OUT (replaced
        atomically). A record with errors is not rendered: the errors are printed, exit 1.

        Options:
          --to FORMAT     the output format: txt
          -o, --output    the file to write
        """;

    public int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var options = Options.Parse(args, flags: [], valued: ["--to", "-o", "--output"]);
        if (options.Positional.Count != 1) throw new UsageException("render needs exactly one record file (try 'minutes render --help')");
        string format = options.Value("--to") ?? throw new UsageException("render needs --to FORMAT (txt)");
        if (!Formats.Contains(format)) throw new UsageException($"unknown format '{format}' (txt)");
        string file = options.Positional[0];
        if (Directory.Exists(file)) throw new UsageException($"{file}: render takes one record file, not a folder");

        var groups = Inputs.Collect([file]);
        var compilation = CheckCommand.Compile(groups[0]);
        foreach (var d in compilation.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error))
            stderr.Write(DiagnosticFormatter.Human(d));
        if (compilation.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error)) return Cli.Findings;
        if (compilation.Records.Count == 0) throw new UsageException($"{file}: is a series declaration, not a record");

        string text;
        try
        {
            var renderer = new TemplateRenderer(TemplatesRoot(), format);
            text = renderer.Render(new RenderModelBuilder(compilation.Series).Build(compilation.Records[0]));
        }
        catch (TemplateException e)
        {
            stderr.WriteLine(e.Message);
            return Cli.Findings;
        }

        string? output = options.Value("-o") ?? options.Value("--output");
        if (output is null) stdout.Write(text);
        else AtomicFile.WriteAllText(output, text);
        return Cli.Clean;
    }

    public static string TemplatesRoot() => Path.Combine(AppContext.BaseDirectory, "templates");
}
