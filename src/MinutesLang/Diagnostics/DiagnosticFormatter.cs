using System.Text;
using MinutesLang.Localization;
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

    /// <summary>The severity as a person reads it in <paramref name="language"/> (錯誤, 警告, 資訊); tools' formats keep <see cref="Severity(DiagnosticSeverity)"/>.</summary>
    public static string Severity(DiagnosticSeverity s, Language language) => language == Language.ZhTw
        ? s switch { DiagnosticSeverity.Error => "錯誤", DiagnosticSeverity.Warning => "警告", _ => "資訊" }
        : Severity(s);

    /// <summary><c>path(line,col): error ML0001: message</c>, as MSBuild, Roslyn and editors read it.</summary>
    public static string MsBuild(Diagnostic d)
    {
        var (line, col) = d.Start;
        return $"{Printable(d.Source.Path)}({line},{col}): {Severity(d.Severity)} {d.Code}: {Printable(d.Message)}";
    }

    /// <summary>A source line longer than this (in UTF-16 units) is shown as a window around the span.</summary>
    public const int WholeLineLimit = 240;

    /// <summary>Characters of context shown on either side of the span in a window.</summary>
    public const int WindowContext = 40;

    /// <summary>Characters of the span shown in a window (a longer span is cut after them, with "...").</summary>
    public const int WindowSpan = 80;

    /// <summary>Findings printed per file by <see cref="WriteHuman"/>; a line then says how many more there were.</summary>
    public const int MaxPerFile = 100;

    /// <summary><c>path:line:col: error ML0001: message</c>, the source line, a caret under the span, and a hint.</summary>
    public static string Human(Diagnostic d) => Human(d, colour: false);

    /// <summary>As <see cref="Human(Diagnostic)"/>, with ANSI colours when <paramref name="colour"/> is set.</summary>
    /// <param name="d">the finding</param>
    /// <param name="colour">ANSI colours for a terminal: the severity and caret in red, yellow or cyan, the location in bold</param>
    /// <param name="moreOnLine">repeats of this finding (same code and message) on the same line, printed as one note instead of one excerpt each</param>
    /// <remarks>
    /// The excerpt is proportional to the finding, not to the line (issue 13, point 3): a line of
    /// up to <see cref="WholeLineLimit"/> characters is shown whole, a longer one as a window of
    /// <see cref="WindowContext"/> characters either side of the span, with "..." where it is cut.
    /// Characters that do not print (controls, escapes, bidi overrides, invalid bytes) are shown
    /// as '?', in the excerpt and in the message, so a finding never writes them to the terminal.
    /// </remarks>
    public static string Human(Diagnostic d, bool colour, int moreOnLine = 0) => Human(d, colour, moreOnLine, Language.En);

    /// <summary>
    /// <see cref="Human(Diagnostic, bool, int)"/> in <paramref name="language"/>: the message, hint, severity and notes
    /// (<see cref="Diagnostic.In"/>); path, position and code as they are.
    /// </summary>
    public static string Human(Diagnostic d, bool colour, int moreOnLine, Language language)
    {
        d = d.In(language);
        bool zh = language == Language.ZhTw;
        var (line, col) = d.Start;
        var sb = new StringBuilder();
        string tint = d.Severity switch
        {
            DiagnosticSeverity.Error => "\u001b[1;31m",
            DiagnosticSeverity.Warning => "\u001b[1;33m",
            _ => "\u001b[1;36m",
        };
        string Paint(string s, string sgr) => colour ? $"{sgr}{s}\u001b[0m" : s;
        sb.Append($"{Paint($"{Printable(d.Source.Path)}:{line}:{col}:", "\u001b[1m")} {Paint($"{Severity(d.Severity, language)} {d.Code}{(zh ? "：" : ":")}", tint)}{(zh ? "" : " ")}{Printable(d.Message)}\n");
        string text = d.Source.LineStarts.Length >= line ? d.Source.GetLineText(line) : "";
        int startCol = Math.Min(col - 1, text.Length);
        int spanLen = Math.Max(1, Math.Min(d.Span.Length, text.Length - startCol));
        int from = 0, to = text.Length, spanTo = Math.Min(text.Length, startCol + spanLen);
        if (text.Length > WholeLineLimit)
        {
            spanTo = Math.Min(spanTo, startCol + WindowSpan);
            from = Unsplit(text, Math.Max(0, startCol - WindowContext));
            to = Unsplit(text, Math.Min(text.Length, spanTo + WindowContext));
            spanTo = Unsplit(text, spanTo);
        }

        string before = (from > 0 ? "..." : "") + Printable(text[from..startCol]);
        string shown = before + Printable(text[startCol..to]) + (to < text.Length ? "..." : "");
        string gutter = line.ToString();
        sb.Append($" {gutter} | {shown}\n");
        int padWidth = TextWidth.Columns(before);
        int caretWidth = Math.Max(1, TextWidth.Columns(Printable(text[startCol..Math.Max(startCol, spanTo)])));
        sb.Append($" {new string(' ', gutter.Length)} | {new string(' ', padWidth)}{Paint(new string('^', caretWidth), tint)}\n");
        if (d.Hint is not null) sb.Append($" {new string(' ', gutter.Length)} {Paint(zh ? "= 提示：" : "= hint:", "\u001b[1;32m")}{(zh ? "" : " ")}{Printable(d.Hint)}\n");
        if (moreOnLine > 0)
        {
            sb.Append(zh
                ? $" {new string(' ', gutter.Length)} {Paint("= 附註：", "\u001b[1;36m")}本行另有 {moreOnLine} 個 {d.Code}，不逐一列出\n"
                : $" {new string(' ', gutter.Length)} {Paint("= note:", "\u001b[1;36m")} {moreOnLine} more {d.Code} on this line, not shown one by one\n");
        }
        return sb.ToString();
    }

    /// <summary>
    /// Writes findings in the human format, proportionally (issue 13, point 3): repeated findings
    /// (the same code and message on the same line of a file) are printed once, with a note of how many more there
    /// were; after <paramref name="maxPerFile"/> printed findings of a file, one line says how many
    /// more that file has (<c>--format json</c> lists every one).
    /// </summary>
    /// <param name="writer">where the text goes</param>
    /// <param name="diagnostics">the findings, in the order to print them</param>
    /// <param name="colour">ANSI colours, as for <see cref="Human(Diagnostic, bool, int)"/></param>
    /// <param name="maxPerFile">findings (after grouping) printed per file</param>
    /// <param name="language">the language of messages, hints and notes</param>
    public static void WriteHuman(TextWriter writer, IEnumerable<Diagnostic> diagnostics, bool colour, int maxPerFile = MaxPerFile, Language language = Language.En)
    {
        var stream = new HumanStream(writer, colour, maxPerFile, language);
        stream.Write(diagnostics);
        stream.Finish();
    }

    /// <summary>
    /// <see cref="WriteHuman"/> in parts: the findings of one set of files at a time (<c>check</c> writes a series as soon
    /// as it is checked), the counts of findings not shown at the end, after every part. Written in parts whose files
    /// follow one another in order, the output is that of one <see cref="WriteHuman"/> call over all of them.
    /// </summary>
    /// <param name="writer">where the text goes</param>
    /// <param name="colour">ANSI colours</param>
    /// <param name="maxPerFile">findings (after grouping) printed per file</param>
    /// <param name="language">the language of messages, hints and notes</param>
    public sealed class HumanStream(TextWriter writer, bool colour, int maxPerFile = MaxPerFile, Language language = Language.En)
    {
        private readonly Dictionary<string, int> printed = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> hidden = new(StringComparer.Ordinal);

        /// <summary>Writes findings sorted by file; a finding repeated on one line (same code and message) once, with a count. Files must not come back in a later part.</summary>
        public void Write(IEnumerable<Diagnostic> diagnostics)
        {
            var groups = new List<(Diagnostic First, int More)>();
            var index = new Dictionary<(string Path, int Line, string Code, string Message), int>();
            foreach (var d in diagnostics)
            {
                var key = (d.Source.Path, d.Start.Line, d.Code, d.Message);
                if (index.TryGetValue(key, out int i)) groups[i] = (groups[i].First, groups[i].More + 1);
                else
                {
                    index[key] = groups.Count;
                    groups.Add((d, 0));
                }
            }

            foreach (var (d, more) in groups)
            {
                string path = d.Source.Path;
                int n = printed.GetValueOrDefault(path);
                if (n >= maxPerFile)
                {
                    hidden[path] = hidden.GetValueOrDefault(path) + 1 + more;
                    continue;
                }

                printed[path] = n + 1;
                writer.Write(Human(d, colour, more, language));
            }
        }

        /// <summary>The count of findings not shown, per file, after all the parts.</summary>
        public void Finish()
        {
            foreach (var (path, count) in hidden)
            {
                writer.Write(language == Language.ZhTw
                    ? $"{Printable(path)}：另有 {count} 項診斷未列出（上方為前 {maxPerFile} 項；「minutes check --format json」會全部列出）\n"
                    : $"{Printable(path)}: {count} more finding{(count == 1 ? "" : "s")} not shown (the first {maxPerFile} are above; 'minutes check --format json' lists them all)\n");
            }
            hidden.Clear();
        }
    }

    /// <summary>The offset moved back off the low half of a surrogate pair, so that a window never splits one.</summary>
    private static int Unsplit(string text, int offset) =>
        offset > 0 && offset < text.Length && char.IsLowSurrogate(text[offset]) && char.IsHighSurrogate(text[offset - 1]) ? offset - 1 : offset;

    /// <summary>Text as it can be printed: a tab as four spaces, and '?' for what does not print or would act on a terminal (C0 and C1 controls, DEL, bidi controls, invalid bytes, lone surrogates).</summary>
    private static string Printable(string s)
    {
        var sb = new StringBuilder(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (c == '\t') sb.Append("    ");
            else if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) sb.Append(c).Append(s[++i]);
            else if (c < ' ' || c is >= '\u007F' and <= '\u009F' or >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' || char.IsSurrogate(c)) sb.Append('?');
            else sb.Append(c);
        }

        return sb.ToString();
    }
}
