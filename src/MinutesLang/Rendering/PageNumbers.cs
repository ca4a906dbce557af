using MinutesLang.Text;
using Scriban.Runtime;

namespace MinutesLang.Rendering;

/// <summary>
/// The printed page number of pdf, docx and odt: a form such as <c>第 {page} 頁，共 {pages} 頁</c>
/// (the official one, the default) or <c>- {page} -</c>, cut into text and the two numbers, so that
/// each format puts its own field where a number goes (a CSS counter in the html printed to pdf,
/// PAGE and NUMPAGES fields in docx, <c>text:page-number</c> and <c>text:page-count</c> in odt):
/// the numbers are never typed. The form is the official one unless the series sets another in
/// series.minutes (<c>頁碼</c> of <c>@series</c>, read by <see cref="FromNotation"/>), and a template may
/// print what it likes instead of <c>page_numbers</c>.
/// </summary>
public static class PageNumbers
{
    /// <summary>第 N 頁，共 M 頁: the form of the official minutes.</summary>
    public const string Official = "第 {page} 頁，共 {pages} 頁";

    /// <summary>
    /// The pieces of <paramref name="form"/> in order, as the templates see them:
    /// <c>{ kind: "text", text }</c>, <c>{ kind: "page" }</c> (this page's number),
    /// <c>{ kind: "pages" }</c> (the number of pages). Anything else in braces is text.
    /// </summary>
    public static ScriptArray Parts(string form)
    {
        var parts = new ScriptArray();
        int i = 0, text = 0;
        while (i < form.Length)
        {
            string? kind = Matches(form, i, "{page}") ? "page" : Matches(form, i, "{pages}") ? "pages" : null;
            if (kind is null)
            {
                i++;
                continue;
            }

            if (i > text) parts.Add(new ScriptObject { ["kind"] = "text", ["text"] = form[text..i] });
            parts.Add(new ScriptObject { ["kind"] = kind, ["text"] = "" });
            i += kind.Length + 2;
            text = i;
        }

        if (text < form.Length) parts.Add(new ScriptObject { ["kind"] = "text", ["text"] = form[text..] });
        return parts;
    }

    /// <summary>The field of <c>@series</c> in series.minutes that sets the form for the records of the series: <c>頁碼：- N -</c>.</summary>
    public const string Field = "頁碼";

    /// <summary>The widest form a footer line holds, in em (one CJK character at 11 pt; the A4 text is 16 cm wide): 40.</summary>
    public const double WidestForm = 40;

    /// <summary>The problems <see cref="FromNotation"/> finds in a form: each is a diagnostic (ML0321–ML0323).</summary>
    public enum Problem
    {
        /// <summary>A usable form.</summary>
        None,

        /// <summary>No N: no page would carry its own number (ML0321).</summary>
        NoPage,

        /// <summary>N, or M, more than once (ML0322).</summary>
        Twice,

        /// <summary>Wider than a footer line, <see cref="WidestForm"/> (ML0323).</summary>
        TooLong,
    }

    /// <summary>
    /// Reads the form as a writer writes it in series.minutes (<c>頁碼：第 N 頁，共 M 頁</c>, <c>頁碼：- N -</c>):
    /// a capital N stands for the page's number and a capital M for the number of pages, where
    /// neither touches a Latin letter or a digit (the N of <c>No.</c> is text). Returns the form with
    /// <c>{page}</c> and <c>{pages}</c> for them (what <see cref="Parts"/> and the templates take), or
    /// null with the <paramref name="problem"/> and, for <see cref="Problem.Twice"/>, the letter
    /// repeated and how often it stands; <paramref name="ems"/> is the width in em with two-digit numbers.
    /// </summary>
    public static string? FromNotation(string notation, out Problem problem, out char letter, out int count, out double ems)
    {
        var form = new System.Text.StringBuilder();
        int pageCount = 0, pagesCount = 0;
        for (int i = 0; i < notation.Length; i++)
        {
            char c = notation[i];
            bool alone = c is 'N' or 'M' && (i == 0 || !char.IsAsciiLetterOrDigit(notation[i - 1])) && (i + 1 == notation.Length || !char.IsAsciiLetterOrDigit(notation[i + 1]));
            if (!alone)
            {
                form.Append(c);
                continue;
            }

            if (c == 'N') pageCount++;
            else pagesCount++;
            form.Append(c == 'N' ? "{page}" : "{pages}");
        }

        (letter, count) = pageCount > 1 ? ('N', pageCount) : ('M', pagesCount);
        ems = TextWidth.Ems(form.ToString().Replace("{pages}", "99", StringComparison.Ordinal).Replace("{page}", "99", StringComparison.Ordinal));
        problem = pageCount == 0 ? Problem.NoPage : pageCount > 1 || pagesCount > 1 ? Problem.Twice : ems > WidestForm ? Problem.TooLong : Problem.None;
        return problem == Problem.None ? form.ToString() : null;
    }

    private static bool Matches(string form, int at, string what) => string.CompareOrdinal(form, at, what, 0, what.Length) == 0;
}

/// <summary>
/// Outline levels of the rendered records (1 = top, as Word's 標題 1 and ODF's
/// <c>text:outline-level</c>): a part is 1, the 案由 of an agenda item one below its part, a list
/// item one below what holds it. The printed ordinals are unchanged: the level is structure only
/// (the navigation pane, pdf bookmarks, screen readers).
/// </summary>
public static class Outline
{
    /// <summary>The level of a part (壹、貳、…).</summary>
    public const int Part = 1;

    /// <summary>The deepest level Word and ODF name (9).</summary>
    public const int Deepest = 9;

    /// <summary>A level no deeper than <see cref="Deepest"/>.</summary>
    public static int Clamp(int level) => Math.Min(level, Deepest);
}
