using System.Text;

namespace MinutesLang.Diagnostics;

/// <summary>
/// The page of each code (<c>docs/diagnostics/CODE.md</c>), embedded in this assembly: for
/// <c>minutes explain</c> and for the rule metadata of SARIF.
/// </summary>
public static class DiagnosticDocs
{
    private const string Prefix = "MinutesLang.Docs.Diagnostics.";

    /// <summary>The page of a code, or null when the code has none.</summary>
    public static string? Page(string code)
    {
        using var stream = typeof(DiagnosticDocs).Assembly.GetManifestResourceStream(Prefix + code + ".md");
        if (stream is null) return null;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd().Replace("\r\n", "\n");
    }

    /// <summary>The first paragraph of prose of a page (after the title and the severity line): what the code means.</summary>
    public static string? Summary(string code)
    {
        if (Page(code) is not { } page) return null;
        foreach (var paragraph in page.Split("\n\n"))
        {
            string p = paragraph.Trim();
            if (p.Length == 0 || p.StartsWith('#') || p.StartsWith("Severity:", StringComparison.Ordinal) || p.StartsWith("```", StringComparison.Ordinal)) continue;
            return p;
        }

        return null;
    }

    /// <summary>A name for tools (SARIF <c>name</c>): the title in PascalCase, "Weekday does not match the date" → "WeekdayDoesNotMatchTheDate".</summary>
    public static string Name(DiagnosticCatalog.Entry entry)
    {
        var sb = new StringBuilder();
        foreach (var raw in entry.Title.Split([' ', '-', '@', '/', '(', ')', ',', '.', '\''], StringSplitOptions.RemoveEmptyEntries))
        {
            // SARIF names are identifiers: words in other scripts (記錄, 紀錄) are left out
            string word = new(raw.Where(char.IsAsciiLetterOrDigit).ToArray());
            if (word.Length > 0) sb.Append(char.ToUpperInvariant(word[0])).Append(word.AsSpan(1));
        }

        return sb.ToString();
    }
}
