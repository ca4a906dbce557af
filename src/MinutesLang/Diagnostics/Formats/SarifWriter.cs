using System.Text.Json;
using MinutesLang.Diagnostics.Policy;

namespace MinutesLang.Diagnostics.Formats;

/// <summary>
/// <c>--format sarif</c>: SARIF 2.1.0 for code-scanning tools. One run; the driver lists every
/// code of the catalog as a rule (id, name, descriptions and help from its documentation page,
/// default level), so <c>ruleIndex</c> is the code's place in the catalog. Findings suppressed in
/// the source are kept with <c>suppressions: [{ kind: "inSource", justification }]</c>.
/// Paths are relative to the base folder (the current folder), with forward slashes.
/// </summary>
public static class SarifWriter
{
    public const string Schema = "https://json.schemastore.org/sarif-2.1.0.json";

    public static string Level(DiagnosticSeverity s) => s switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "note",
    };

    /// <summary>The whole log for one result, ending with a line break.</summary>
    /// <param name="helpBaseUri">when known, where the pages are published (…/docs/diagnostics/): gives each rule a helpUri</param>
    /// <param name="language">the language of the results' messages (the rules carry both titles)</param>
    public static string Write(PolicyResult result, string baseDirectory, string toolVersion, string? helpBaseUri = null, Localization.Language language = Localization.Language.En)
    {
        var text = new StringWriter();
        using (var stream = new SarifStream(text, baseDirectory, toolVersion, helpBaseUri, language))
        {
            stream.Add(result);
            stream.Finish();
        }

        return text.ToString();
    }

    /// <summary>
    /// The order of the results: by path relative to <paramref name="baseDirectory"/>, position, code; reported and
    /// suppressed findings together, the suppressed ones with their justification, their messages in <paramref name="language"/>.
    /// </summary>
    internal static IEnumerable<(Diagnostic Diagnostic, string? Justification)> Results(PolicyResult result, string baseDirectory, Localization.Language language) =>
        result.Reported.Select(d => (Diagnostic: d.In(language), Justification: (string?)null))
            .Concat(result.Suppressed.Select(s => (Diagnostic: s.Diagnostic.In(language), Justification: (string?)s.Justification)))
            .OrderBy(f => Location.RelativePath(f.Diagnostic.Source.Path, baseDirectory), StringComparer.Ordinal)
            .ThenBy(f => f.Diagnostic.Span.Start)
            .ThenBy(f => f.Diagnostic.Code, StringComparer.Ordinal);

    /// <summary>The head of the log: the schema, the run and its driver with every rule, up to the open <c>results</c> array.</summary>
    internal static void WriteHead(Utf8JsonWriter w, string toolVersion, string? helpBaseUri)
    {
        w.WriteStartObject();
        w.WriteString("$schema", Schema);
        w.WriteString("version", "2.1.0");
        w.WriteStartArray("runs");
        w.WriteStartObject();

        w.WriteStartObject("tool");
        w.WriteStartObject("driver");
        w.WriteString("name", "minutes");
        w.WriteString("fullName", "MinutesLang compiler for formal meeting minutes");
        w.WriteString("version", toolVersion);
        w.WriteString("semanticVersion", toolVersion);
        w.WriteStartArray("rules");
        foreach (var e in DiagnosticCatalog.All) WriteRule(w, e, helpBaseUri);
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndObject();

        w.WriteString("columnKind", "utf16CodeUnits");
        w.WriteStartArray("results");
    }

    /// <summary>One result: rule, level, message (with the hint, in the words of <paramref name="language"/>), the region, and the in-source suppression if any.</summary>
    internal static void WriteResult(Utf8JsonWriter w, Diagnostic d, string? justification, int ruleIndex, string baseDirectory, Localization.Language language)
    {
        var at = Location.Of(d, baseDirectory);
        w.WriteStartObject();
        w.WriteString("ruleId", d.Code);
        w.WriteNumber("ruleIndex", ruleIndex);
        w.WriteString("level", Level(d.Severity));
        w.WriteStartObject("message");
        w.WriteString("text", d.Hint is null ? d.Message : language == Localization.Language.ZhTw ? $"{d.Message}（提示：{d.Hint}）" : $"{d.Message} (hint: {d.Hint})");
        w.WriteEndObject();
        w.WriteStartArray("locations");
        w.WriteStartObject();
        w.WriteStartObject("physicalLocation");
        w.WriteStartObject("artifactLocation");
        w.WriteString("uri", Uri(at.File));
        w.WriteEndObject();
        w.WriteStartObject("region");
        w.WriteNumber("startLine", at.Line);
        w.WriteNumber("startColumn", at.Column);
        w.WriteNumber("endLine", at.EndLine);
        w.WriteNumber("endColumn", at.EndColumn);
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndArray();
        if (justification is not null)
        {
            w.WriteStartArray("suppressions");
            w.WriteStartObject();
            w.WriteString("kind", "inSource");
            w.WriteString("justification", justification);
            w.WriteEndObject();
            w.WriteEndArray();
        }

        w.WriteEndObject();
    }

    /// <summary>The end of the log: the results array, the run, the runs, the document.</summary>
    internal static void WriteTail(Utf8JsonWriter w)
    {
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteRule(Utf8JsonWriter w, DiagnosticCatalog.Entry e, string? helpBaseUri)
    {
        string page = DiagnosticDocs.Page(e.Code) ?? $"# {e.Code}: {e.Title}\n";
        string summary = DiagnosticDocs.Summary(e.Code) ?? e.Title;
        w.WriteStartObject();
        w.WriteString("id", e.Code);
        w.WriteString("name", DiagnosticDocs.Name(e));
        w.WriteStartObject("shortDescription");
        w.WriteString("text", e.Title);
        w.WriteEndObject();
        w.WriteStartObject("fullDescription");
        w.WriteString("text", summary);
        w.WriteEndObject();
        w.WriteStartObject("help");
        w.WriteString("text", $"{summary}\n\nRun 'minutes explain {e.Code}' for the examples.");
        w.WriteString("markdown", page);
        w.WriteEndObject();
        if (helpBaseUri is not null) w.WriteString("helpUri", helpBaseUri.TrimEnd('/') + "/" + e.Code + ".md");
        w.WriteStartObject("defaultConfiguration");
        w.WriteString("level", Level(e.Severity));
        w.WriteEndObject();

        // both texts of the catalog (issue 15): the title in English and zh-TW, and each form of the message
        w.WriteStartObject("properties");
        w.WriteStartObject("title");
        w.WriteString("en", e.Title);
        w.WriteString("zh-TW", e.TitleIn(Localization.Language.ZhTw));
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndObject();
    }

    /// <summary>A relative path as a URI reference: each segment escaped, slashes kept.</summary>
    private static string Uri(string relativePath) =>
        string.Join('/', relativePath.Split('/').Select(s => s == ".." ? s : System.Uri.EscapeDataString(s)));
}

/// <summary>
/// The <c>--format sarif</c> log written in parts (issue 14): the head (driver and rules) at once, then the results of
/// each <see cref="Add"/> (one series after another) as they come, then the end at <see cref="Finish"/>. The text is the
/// one <see cref="SarifWriter.Write"/> gives for the parts merged into one result when each part's results come after
/// the previous part's in the log's order (path relative to the base folder, position, code): the caller sees to it.
/// </summary>
public sealed class SarifStream : IDisposable
{
    private readonly JsonTextStream stream;
    private readonly string baseDirectory;
    private readonly Dictionary<string, int> ruleIndex;
    private readonly Localization.Language language;
    private bool finished;

    /// <param name="output">where the log goes; its head, with every rule of the catalog, is written at once</param>
    /// <param name="baseDirectory">the folder the paths are made relative to</param>
    /// <param name="toolVersion">the version of minutes, as the driver's version</param>
    /// <param name="helpBaseUri">when known, where the pages are published (…/docs/diagnostics/): gives each rule a helpUri</param>
    /// <param name="language">the language of the results' messages (the rules carry both titles)</param>
    public SarifStream(TextWriter output, string baseDirectory, string toolVersion, string? helpBaseUri = null, Localization.Language language = Localization.Language.En)
    {
        stream = new JsonTextStream(output);
        this.baseDirectory = baseDirectory;
        this.language = language;
        ruleIndex = DiagnosticCatalog.All.Select((e, i) => (e.Code, i)).ToDictionary(p => p.Code, p => p.i);
        SarifWriter.WriteHead(stream.Json, toolVersion, helpBaseUri);
        stream.Flush();
    }

    /// <summary>Writes the results of one part (reported and suppressed, sorted) and passes them on to the output.</summary>
    public void Add(PolicyResult result)
    {
        foreach (var (d, justification) in SarifWriter.Results(result, baseDirectory, language))
        {
            SarifWriter.WriteResult(stream.Json, d, justification, ruleIndex[d.Code], baseDirectory, language);
            stream.FlushIfLarge();
        }

        stream.Flush();
    }

    /// <summary>Closes the results, the run and the log, and ends with a line break.</summary>
    public void Finish()
    {
        if (finished) throw new InvalidOperationException("the log is already finished");
        finished = true;
        SarifWriter.WriteTail(stream.Json);
        stream.End();
    }

    public void Dispose() => stream.Dispose();
}
