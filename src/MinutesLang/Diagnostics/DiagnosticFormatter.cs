using System.Text;
using MinutesLang.Text;

namespace MinutesLang.Diagnostics;

/// <summary>Writes diagnostics for people (source line and caret) or for tools (MSBuild line).</summary>
public static class DiagnosticFormatter
{
    public static string Severity(DiagnosticSeverity s) => s switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "info",
    };

    /// <summary><c>path(line,col): error ML0001: message</c>, as MSBuild, Roslyn and editors read it.</summary>
    public static string MsBuild(Diagnostic d)
    {
        var (line, col) = d.Start;
        return $"{d.Source.Path}({line},{col}): {Severity(d.Severity)} {d.Code}: {d.Message}";
    }

    /// <summary><c>path:line:col: error ML0001: message</c>, the source line, a caret under the span, and a hint.</summary>
    public static string Human(Diagnostic d) => Human(d, colour: false);

    /// <summary>As <see cref="Human(Diagnostic)"/>, with ANSI colours when <paramref name="colour"/> is set.</summary>
    /// <param name="colour">ANSI colours for a terminal: the severity and caret in red, yellow or cyan, the location in bold</param>
    public static string Human(Diagnostic d, bool colour)
    {
        var (line, col) = d.Start;
        var sb = new StringBuilder();
        string tint = d.Severity switch
        {
            DiagnosticSeverity.Error => "\u001b[1;31m",
            DiagnosticSeverity.Warning => "\u001b[1;33m",
            _ => "\u001b[1;36m",
        };
        string Paint(string s, string sgr) => colour ? $"{sgr}{s}\u001b[0m" : s;
        sb.Append($"{Paint($"{d.Source.Path}:{line}:{col}:", "\u001b[1m")} {Paint($"{Severity(d.Severity)} {d.Code}:", tint)} {d.Message}\n");
        string text = d.Source.LineStarts.Length >= line ? d.Source.GetLineText(line) : "";
        string shown = Printable(text);
        string gutter = line.ToString();
        sb.Append($" {gutter} | {shown}\n");
        int startCol = Math.Min(col - 1, text.Length);
        int spanLen = Math.Max(1, Math.Min(d.Span.Length, text.Length - startCol));
        int padWidth = TextWidth.Columns(Printable(text[..startCol]));
        int caretWidth = Math.Max(1, TextWidth.Columns(Printable(text.Substring(startCol, Math.Max(0, Math.Min(spanLen, text.Length - startCol))))));
        sb.Append($" {new string(' ', gutter.Length)} | {new string(' ', padWidth)}{Paint(new string('^', caretWidth), tint)}\n");
        if (d.Hint is not null) sb.Append($" {new string(' ', gutter.Length)} {Paint("= hint:", "\u001b[1;32m")} {d.Hint}\n");
        return sb.ToString();
    }

    private static string Printable(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (char c in s)
        {
            if (c == '\t') sb.Append("    ");
            else if (c < ' ' || char.IsSurrogate(c) && c >= '\uDC80' && c <= '\uDCFF') sb.Append('?');
            else sb.Append(c);
        }

        return sb.ToString();
    }
}
