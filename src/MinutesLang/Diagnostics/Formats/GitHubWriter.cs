using System.Text;

namespace MinutesLang.Diagnostics.Formats;

/// <summary>
/// <c>--format github</c>: GitHub Actions workflow commands, one per finding:
/// <c>::error file=F,line=L,endLine=L,col=C,endColumn=C2,title=ML0103::message</c>; infos are notices.
/// Columns are given only for a span on one line, and endColumn is inclusive (GitHub's annotations).
/// </summary>
public static class GitHubWriter
{
    public static string Write(IReadOnlyList<Diagnostic> diagnostics, string baseDirectory)
    {
        var sb = new StringBuilder();
        foreach (var d in diagnostics)
        {
            var at = Location.Of(d, baseDirectory);
            string command = d.Severity switch
            {
                DiagnosticSeverity.Error => "error",
                DiagnosticSeverity.Warning => "warning",
                _ => "notice",
            };
            string message = d.Hint is null ? d.Message : $"{d.Message}\nhint: {d.Hint}";
            // columns only on one line (GitHub ignores them otherwise); endColumn is the last column of the span
            string columns = at.EndLine == at.Line ? $",col={at.Column},endColumn={Math.Max(at.Column, at.EndColumn - 1)}" : "";
            sb.Append($"::{command} file={Property(at.File)},line={at.Line},endLine={at.EndLine}{columns},title={Property(d.Code)}::{Data(message)}\n");
        }

        return sb.ToString();
    }

    /// <summary>The message of a command: %, CR and LF escaped (as the Actions toolkit does).</summary>
    public static string Data(string s) => s.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");

    /// <summary>A property value: also : and , escaped.</summary>
    public static string Property(string s) => Data(s).Replace(":", "%3A").Replace(",", "%2C");
}
