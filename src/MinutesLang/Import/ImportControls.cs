using System.Text;
using MinutesLang.Diagnostics;
using MinutesLang.Parsing;
using MinutesLang.Text;

namespace MinutesLang.Import;

/// <summary>
/// The control characters of an original that check rejects in a record (ML0030–ML0032: C0 controls but tab,
/// CR, LF and form feed, DEL, C1, terminal escape sequences, bidi controls) are left out of what is imported,
/// and each run of them is reported (ML0415) at its line and column in the input: nothing is dropped silently.
/// A form feed (a page break of pdftotext) stays: <see cref="ImportLines"/> reads it as a page artifact. A text
/// check would call binary, or with NUL or invalid UTF-8, never gets here: <see cref="ImportReader"/> refuses it (ML0410).
/// </summary>
internal static class ImportControls
{
    /// <summary>
    /// <paramref name="source"/> without its control characters (itself when it has none), each run reported to
    /// <paramref name="bag"/>. Line ends are kept, so lines keep their numbers; a column after a removed run moves left
    /// in the text returned, so the diagnostics found in it are put back where the input has them with
    /// <see cref="InOriginal"/> and <paramref name="removed"/>: each run as (its offset in the text returned, its length).
    /// </summary>
    public static SourceText LeaveOut(SourceText source, DiagnosticBag bag, out List<(int At, int Length)> removed)
    {
        string text = source.Text;
        removed = [];
        if (!text.Any(Removed)) return source;
        var sb = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (!Removed(c))
            {
                sb.Append(c);
                continue;
            }

            // one run: controls, bidi controls and escape sequences next to each other
            int end = i;
            while (end < text.Length && Removed(text[end]))
                end = text[end] == '\u001B' ? Math.Max(ControlCharacters.SequenceEnd(text, end), end + 1) : end + 1;
            string run = text[i..end];
            string names = string.Join(", ", run.Distinct().Take(4).Select(ControlCharacters.Name)) + (run.Distinct().Count() > 4 ? ", …" : "");
            var what = run.Contains('\u001B')
                ? new Localization.Phrase($"the terminal escape sequence '{ControlCharacters.Show(run)}'", $"終端機控制序列「{ControlCharacters.Show(run)}」")
                : new Localization.Phrase(names + (run.Length > 1 ? $" ({run.Length} characters)" : ""), $"控制字元 {names}" + (run.Length > 1 ? $"（{run.Length} 個字元）" : ""));
            bag.At(source, new TextSpan(i, end - i)).ControlCharacterLeftOut(what);
            removed.Add((sb.Length, end - i));
            i = end - 1;
        }

        return SourceText.From(sb.ToString(), source.Path);
    }

    /// <summary>
    /// A diagnostic found in the text <see cref="LeaveOut"/> returned (<paramref name="cleaned"/>), put at its place in
    /// <paramref name="original"/> (line and column of the input, issue 13: the columns after a removed character were one
    /// off): a start at or after a removed run moves right by the run's length, an end after it too. Other diagnostics
    /// (ML0415, on the input already) are returned as they are.
    /// </summary>
    public static Diagnostic InOriginal(Diagnostic d, SourceText cleaned, SourceText original, List<(int At, int Length)> removed)
    {
        if (removed.Count == 0 || !ReferenceEquals(d.Source, cleaned)) return d;
        int start = d.Span.Start, end = d.Span.Start + d.Span.Length;
        int startShift = 0, endShift = 0;
        foreach (var (at, length) in removed)
        {
            if (at <= start) startShift += length;
            if (at < end) endShift += length;
        }

        int newStart = start + startShift;
        int newEnd = Math.Max(newStart, end + endShift);
        return d with { Source = original, Span = new TextSpan(newStart, newEnd - newStart) };
    }

    /// <summary>What check reports as ML0030–ML0032 (and NUL, ML0002), but the form feed the importer reads as a page break.</summary>
    private static bool Removed(char c) =>
        c != '\f' && (c == '\0' || c == '\u001B' || ControlCharacters.IsControl(c) || ControlCharacters.IsBidi(c));
}
