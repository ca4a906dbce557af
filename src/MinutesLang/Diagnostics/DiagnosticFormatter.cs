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
    public static string Human(Diagnostic d, bool colour, int moreOnLine = 0)
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
        sb.Append($"{Paint($"{Printable(d.Source.Path)}:{line}:{col}:", "\u001b[1m")} {Paint($"{Severity(d.Severity)} {d.Code}:", tint)} {Printable(d.Message)}\n");
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
        if (d.Hint is not null) sb.Append($" {new string(' ', gutter.Length)} {Paint("= hint:", "\u001b[1;32m")} {Printable(d.Hint)}\n");
        if (moreOnLine > 0) sb.Append($" {new string(' ', gutter.Length)} {Paint("= note:", "\u001b[1;36m")} {moreOnLine} more {d.Code} on this line, not shown one by one\n");
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
    public static void WriteHuman(TextWriter writer, IEnumerable<Diagnostic> diagnostics, bool colour, int maxPerFile = MaxPerFile)
    {
        var stream = new HumanStream(writer, colour, maxPerFile);
        stream.Write(diagnostics);
        stream.Finish();
    }

    /// <summary>
    /// <see cref="WriteHuman"/> in parts: the findings of one set of files at a time (<c>check</c> writes a series as soon
    /// as it is checked), the counts of findings not shown at the end, after every part. Written in parts whose files
    /// follow one another in order, the output is that of one <see cref="WriteHuman"/> call over all of them.
    /// </summary>
    public sealed class HumanStream(TextWriter writer, bool colour, int maxPerFile = MaxPerFile)
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
                writer.Write(Human(d, colour, more));
            }
        }

        /// <summary>The count of findings not shown, per file, after all the parts.</summary>
        public void Finish()
        {
            foreach (var (path, count) in hidden)
                writer.Write($"{Printable(path)}: {count} more finding{(count == 1 ? "" : "s")} not shown (the first {maxPerFile} are above; 'minutes check --format json' lists them all)\n");
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
