using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace MinutesLang.Diagnostics.Formats;

/// <summary>
/// <c>--format json</c>: <c>{ "findings": [ { code, severity, message, file, line, column,
/// endLine, endColumn, hint } ], "errors": n, "warnings": n, "infos": n }</c>. Paths are relative
/// to the base folder (the current folder), with forward slashes.
/// </summary>
public static class JsonFindingsWriter
{
    public static string Write(IReadOnlyList<Diagnostic> diagnostics, string baseDirectory)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteStartArray("findings");
            foreach (var d in diagnostics)
            {
                var at = Location.Of(d, baseDirectory);
                w.WriteStartObject();
                w.WriteString("code", d.Code);
                w.WriteString("severity", DiagnosticFormatter.Severity(d.Severity));
                w.WriteString("message", d.Message);
                w.WriteString("file", at.File);
                w.WriteNumber("line", at.Line);
                w.WriteNumber("column", at.Column);
                w.WriteNumber("endLine", at.EndLine);
                w.WriteNumber("endColumn", at.EndColumn);
                if (d.Hint is null) w.WriteNull("hint");
                else w.WriteString("hint", d.Hint);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteNumber("errors", diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error));
            w.WriteNumber("warnings", diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning));
            w.WriteNumber("infos", diagnostics.Count(d => d.Severity == DiagnosticSeverity.Info));
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }
}
