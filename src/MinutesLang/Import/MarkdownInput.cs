using System.Text.RegularExpressions;
using MinutesLang.Diagnostics;
using MinutesLang.Localization;
using MinutesLang.Text;

namespace MinutesLang.Import;

/// <summary>
/// Recognises minutes written in Markdown (issue g §3): headings <c># …</c>/<c>## …</c>, bold labels <c>**壹、時間：**</c>,
/// nested lists <c>   - …</c>. The importer reads the layout of printed minutes (ordinals, labels, indentation by
/// ordinal): read as plain text, a Markdown file became a broken record (<c># # title</c>, the asterisks kept, a part
/// <c>## 伍、…</c> nested under an item, nested items run together). <see cref="Importer"/> refuses such an input with
/// ML0424 at its first Markdown mark, and no record is written for it, rather than importing it silently broken.
/// </summary>
public static partial class MarkdownInput
{
    [GeneratedRegex(@"^[ \t]{0,3}(?<mark>#{1,6})[ \t]+\S", RegexOptions.Multiline)]
    private static partial Regex Heading();

    [GeneratedRegex(@"(?<mark>\*\*|__)[^*_\r\n]{1,40}?\k<mark>", RegexOptions.Multiline)]
    private static partial Regex Bold();

    [GeneratedRegex(@"^(?: {2,}|\t+)(?<mark>[-*+]|[0-9]{1,2}\.)[ \t]+\S", RegexOptions.Multiline)]
    private static partial Regex NestedList();

    /// <summary>
    /// The refusal (ML0424) of a Markdown <paramref name="text"/>, or null when it is not Markdown. Markdown is: a file named .md or
    /// .markdown with any of the marks, or a text with marks of two kinds (a heading and a bold label, …), or three
    /// headings or bold labels. One kind alone in a .txt (a line starting '# ' in a plain text) is not taken for Markdown.
    /// </summary>
    /// <returns>ML0424 at the first mark, its line and column in the message too; null when the text is not Markdown.</returns>
    public static Diagnostic? Refusal(SourceText text, string path)
    {
        string t = text.Text;
        var heading = Heading().Matches(t);
        var bold = Bold().Matches(t);
        var nested = NestedList().Matches(t);
        int kinds = (heading.Count > 0 ? 1 : 0) + (bold.Count > 0 ? 1 : 0) + (nested.Count > 0 ? 1 : 0);
        string extension = Path.GetExtension(path).ToLowerInvariant();
        bool markdown = kinds > 0 && extension is ".md" or ".markdown" || kinds >= 2 || heading.Count + bold.Count >= 3;
        if (!markdown) return null;

        var first = new[] { heading, bold, nested }.SelectMany(m => m.Cast<Match>()).OrderBy(m => m.Groups["mark"].Index).First();
        var mark = first.Groups["mark"];
        var (line, column) = text.GetLineColumn(mark.Index);
        var what = heading.Contains(first) ? new Phrase("a heading", "標題")
            : bold.Contains(first) ? new Phrase("bold text", "粗體")
            : new Phrase("a nested list item", "巢狀清單項目");
        var bag = new DiagnosticBag();
        bag.At(text, new TextSpan(mark.Index, mark.Length)).MarkdownInput(mark.Value, what, line, column);
        return bag.Items[0];
    }
}
