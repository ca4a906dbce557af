namespace MinutesLang.Diagnostics.Formats;

/// <summary>Where a finding is, for tools: a path relative to a base folder with forward slashes, and a 1-based region.</summary>
public readonly record struct Location(string File, int Line, int Column, int EndLine, int EndColumn)
{
    /// <summary>
    /// The region of a diagnostic: start and end (exclusive, as SARIF's endColumn) in UTF-16 code
    /// units; a span that ends with the line break ends before it.
    /// </summary>
    public static Location Of(Diagnostic d, string baseDirectory)
    {
        var text = d.Source.Text;
        int start = Math.Min(d.Span.Start, text.Length);
        int end = Math.Min(Math.Max(d.Span.End, start), text.Length);
        while (end > start && text[end - 1] is '\n' or '\r') end--;
        var (line, column) = d.Source.GetLineColumn(start);
        var (endLine, endColumn) = d.Source.GetLineColumn(end);
        return new Location(RelativePath(d.Source.Path, baseDirectory), line, column, endLine, endColumn);
    }

    public static string RelativePath(string path, string baseDirectory) =>
        Path.GetRelativePath(baseDirectory, Path.GetFullPath(path, baseDirectory)).Replace('\\', '/');
}
