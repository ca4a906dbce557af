using Scriban.Runtime;

namespace MinutesLang.Rendering;

/// <summary>
/// The printed page number of pdf, docx and odt: a form such as <c>第 {page} 頁，共 {pages} 頁</c>
/// (the official one, the default) or <c>- {page} -</c>, cut into text and the two numbers, so that
/// each format puts its own field where a number goes (a CSS counter in the html printed to pdf,
/// PAGE and NUMPAGES fields in docx, <c>text:page-number</c> and <c>text:page-count</c> in odt):
/// the numbers are never typed.
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
