using System.Text;
using System.Text.Encodings.Web;
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

    /// <param name="helpBaseUri">when known, where the pages are published (…/docs/diagnostics/): gives each rule a helpUri</param>
    /// <param name="language">the language of the results' messages (the rules carry both titles)</param>
    public static string Write(PolicyResult result, string baseDirectory, string toolVersion, string? helpBaseUri = null, Localization.Language language = Localization.Language.En)
    {
        var index = DiagnosticCatalog.All.Select((e, i) => (e.Code, i)).ToDictionary(p => p.Code, p => p.i);
        var findings = result.Reported.Select(d => (Diagnostic: d.In(language), Justification: (string?)null))
            .Concat(result.Suppressed.Select(s => (Diagnostic: s.Diagnostic.In(language), Justification: (string?)s.Justification)))
            .OrderBy(f => Location.RelativePath(f.Diagnostic.Source.Path, baseDirectory), StringComparer.Ordinal)
            .ThenBy(f => f.Diagnostic.Span.Start)
            .ThenBy(f => f.Diagnostic.Code, StringComparer.Ordinal);

        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
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
            foreach (var (d, justification) in findings)
            {
                var at = Location.Of(d, baseDirectory);
                w.WriteStartObject();
                w.WriteString("ruleId", d.Code);
                w.WriteNumber("ruleIndex", index[d.Code]);
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

            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
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
