using System.Text;
using MinutesLang.Localization;

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

    /// <summary>
    /// The page of a code in <paramref name="language"/>: in zh-TW its page of <c>docs/diagnostics/zh-TW/</c> (issue 15), and
    /// for a code that has none yet, its Chinese title and severity above the English page, said to be English; null for no page.
    /// </summary>
    public static string? Page(string code, Language language)
    {
        if (language != Language.ZhTw) return Page(code);
        using (var stream = typeof(DiagnosticDocs).Assembly.GetManifestResourceStream(Prefix + "zh-TW." + code + ".md"))
        {
            if (stream is not null)
            {
                using var reader = new StreamReader(stream, Encoding.UTF8);
                return reader.ReadToEnd().Replace("\r\n", "\n");
            }
        }

        if (Page(code) is not { } english || !DiagnosticCatalog.TryGet(code, out var e)) return null;
        return $"# {code}：{e!.TitleIn(Language.ZhTw)}\n\n嚴重程度：{DiagnosticFormatter.Severity(e.Severity, Language.ZhTw)}\n\n（本代碼尚無中文說明頁，以下為英文說明。）\n\n{english}";
    }

    /// <summary>The codes that have a page in zh-TW (<c>docs/diagnostics/zh-TW/CODE.md</c>).</summary>
    public static IEnumerable<string> ChinesePages() =>
        typeof(DiagnosticDocs).Assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix + "zh-TW.", StringComparison.Ordinal))
            .Select(n => n[(Prefix.Length + "zh-TW.".Length)..^".md".Length]).Order(StringComparer.Ordinal);

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
