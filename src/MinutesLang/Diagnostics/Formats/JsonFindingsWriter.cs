namespace MinutesLang.Diagnostics.Formats;

/// <summary>
/// <c>--format json</c>: <c>{ "findings": [ { code, severity, message, file, line, column,
/// endLine, endColumn, hint } ], "errors": n, "warnings": n, "infos": n }</c>. Paths are relative
/// to the base folder (the current folder), with forward slashes.
/// </summary>
public static class JsonFindingsWriter
{
    /// <summary>The whole document for <paramref name="diagnostics"/>, in their order, ending with a line break.</summary>
    public static string Write(IReadOnlyList<Diagnostic> diagnostics, string baseDirectory)
    {
        var text = new StringWriter();
        using (var stream = new JsonFindingsStream(text, baseDirectory))
        {
            stream.Add(diagnostics);
            stream.Finish();
        }

        return text.ToString();
    }
}

/// <summary>
/// The <c>--format json</c> document written in parts (issue 14): <see cref="Add"/> writes findings into the
/// <c>findings</c> array as they come (one series after another), <see cref="Finish"/> the counts of all of them and
/// the end. The text is the one <see cref="JsonFindingsWriter.Write"/> gives for all the parts at once, in the order
/// added: the caller keeps the order of one sort over all (by file, position, code).
/// </summary>
public sealed class JsonFindingsStream : IDisposable
{
    private readonly JsonTextStream stream;
    private readonly string baseDirectory;
    private readonly int[] counts = new int[3];
    private bool finished;

    /// <param name="output">where the document goes; its beginning is written at once</param>
    /// <param name="baseDirectory">the folder the paths are made relative to</param>
    public JsonFindingsStream(TextWriter output, string baseDirectory)
    {
        stream = new JsonTextStream(output);
        this.baseDirectory = baseDirectory;
        stream.Json.WriteStartObject();
        stream.Json.WriteStartArray("findings");
        stream.Flush();
    }

    /// <summary>Writes findings (the next in the document's order) and passes them on to the output.</summary>
    public void Add(IEnumerable<Diagnostic> diagnostics)
    {
        var w = stream.Json;
        foreach (var d in diagnostics)
        {
            counts[(int)d.Severity]++;
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
            stream.FlushIfLarge();
        }

        stream.Flush();
    }

    /// <summary>Closes the array, writes the counts of every finding added (errors, warnings, infos) and a final line break.</summary>
    public void Finish()
    {
        if (finished) throw new InvalidOperationException("the document is already finished");
        finished = true;
        var w = stream.Json;
        w.WriteEndArray();
        w.WriteNumber("errors", counts[(int)DiagnosticSeverity.Error]);
        w.WriteNumber("warnings", counts[(int)DiagnosticSeverity.Warning]);
        w.WriteNumber("infos", counts[(int)DiagnosticSeverity.Info]);
        w.WriteEndObject();
        stream.End();
    }

    public void Dispose() => stream.Dispose();
}
