using MinutesLang.Diagnostics;
using MinutesLang.Diagnostics.Formats;
using MinutesLang.Diagnostics.Policy;
using MinutesLang.Localization;

namespace MinutesLang.Cli.Commands;

/// <summary>
/// Where <c>minutes check</c> writes its findings, in one of its formats, a part at a time: <see cref="Add"/> takes the
/// result of the policy for one series (or, when the series cannot be written one after another, the merged result of
/// all of them), <see cref="Finish"/> ends the output (the counts of findings not shown of the human format, the end
/// of the json and sarif documents). Written in parts in the order of <see cref="WriteOrder"/>, the output is the one
/// written from the merged result at once, byte for byte (issue 14: the findings streamed, nothing held).
/// </summary>
internal abstract class FindingsOutput
{
    /// <summary>The output for a format of <c>check --format</c> (human, msbuild, json, sarif, github).</summary>
    /// <param name="here">the current folder: the formats for tools give paths relative to it</param>
    /// <remarks>The messages are in the language of the run (<see cref="CommandContext.Language"/>: --lang, the configuration, the system).</remarks>
    public static FindingsOutput For(string format, CommandContext context, string here)
    {
        var language = context.Language;
        return format switch
        {
            "json" => new Json(context.Out, here, language),
            "sarif" => new Sarif(context.Out, here, language),
            "github" => new Lines(context, d => GitHubWriter.Write([d.In(language)], here)),
            "msbuild" => new Lines(context, d => DiagnosticFormatter.MsBuild(d.In(language)) + "\n"),
            _ => new Human(context),
        };
    }

    /// <summary>Writes the findings of a part, after those of the parts before.</summary>
    public abstract void Add(PolicyResult result);

    /// <summary>Ends the output, after the last part.</summary>
    public abstract void Finish();

    /// <summary>The human format: the findings shown (errors only with --quiet), capped per file, the counts of the rest at the end (in the language of the context's stream).</summary>
    private sealed class Human(CommandContext context) : FindingsOutput
    {
        private readonly DiagnosticFormatter.HumanStream stream = context.HumanStream(toErr: false);

        public override void Add(PolicyResult result) => stream.Write(context.Shown(result.Reported));

        public override void Finish() => stream.Finish();
    }

    /// <summary>A line (or lines) per finding shown: msbuild and github.</summary>
    private sealed class Lines(CommandContext context, Func<Diagnostic, string> line) : FindingsOutput
    {
        public override void Add(PolicyResult result)
        {
            foreach (var d in context.Shown(result.Reported)) context.Out.Write(line(d));
        }

        public override void Finish()
        {
        }
    }

    /// <summary>The json document: every finding reported (--quiet does not thin a document for tools).</summary>
    private sealed class Json(TextWriter output, string here, Language language) : FindingsOutput
    {
        private readonly JsonFindingsStream stream = new(output, here);

        public override void Add(PolicyResult result) => stream.Add(result.Reported.Select(d => d.In(language)));

        public override void Finish()
        {
            stream.Finish();
            stream.Dispose();
        }
    }

    /// <summary>The SARIF log: every finding reported and every one suppressed in the source.</summary>
    private sealed class Sarif(TextWriter output, string here, Language language) : FindingsOutput
    {
        private readonly SarifStream stream = new(output, here, typeof(Cli).Assembly.GetName().Version?.ToString(3) ?? "0.0.0", language: language);

        public override void Add(PolicyResult result) => stream.Add(result);

        public override void Finish()
        {
            stream.Finish();
            stream.Dispose();
        }
    }
}
