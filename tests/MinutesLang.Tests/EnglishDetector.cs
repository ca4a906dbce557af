using System.Text.RegularExpressions;

namespace MinutesLang.Tests;

/// <summary>
/// The one detector of English left in a zh-TW text (issue 15), used on what the commands say
/// (<see cref="ChineseCliTests"/>) and on the explain pages (<see cref="ChinesePagesATests"/>, <see cref="ChinesePagesBTests"/>,
/// <see cref="ChinesePagesCTests"/>). What may stay ASCII in a Chinese text is taken out — quotations (「…」, <c>`…`</c>: the
/// writer's value, a record's text, a command), link targets, codes (ML0101), code points (U+001B), file names and paths,
/// options, directives and placeholders of the notation, abbreviations (DOCX, UTF, ESC), and the names of tools, formats,
/// fonts, encodings and units (<see cref="Names"/>) — and the Latin words left are English
/// (<see cref="LocalizationTests.EnglishWords"/>). A page is read as markdown first (<see cref="Prose"/>).
/// </summary>
internal static partial class EnglishDetector
{
    /// <summary>The English words of <paramref name="text"/>, a text a command prints or writes, separated by spaces; empty when there are none.</summary>
    public static string Words(string text) => LocalizationTests.EnglishWords(Strip(text));

    /// <summary>The English words of a markdown page's prose (<see cref="Prose"/>), separated by spaces; empty when there are none.</summary>
    public static string InPage(string page) => Words(Prose(page));

    /// <summary>
    /// The prose of a markdown page: without its fenced code blocks (the examples, the record's own text), its inline code
    /// and the targets of its links; line ends LF.
    /// </summary>
    public static string Prose(string page)
    {
        string text = Fences().Replace(page.Replace("\r\n", "\n"), "\n");
        text = InlineCode().Replace(text, " ");
        return LinkTarget().Replace(text, "] ");
    }

    /// <summary>
    /// <paramref name="text"/> without what may stay ASCII in a Chinese text (see the class): what is left is judged a word at
    /// a time by <see cref="LocalizationTests.EnglishWords"/>.
    /// </summary>
    public static string Strip(string text)
    {
        // what is quoted is the writer's: a value given on the command line or a record's text (「…」, `…`); quoted first,
        // so that a file name or path inside `…` does not take its backtick with it
        text = Quotation().Replace(text, " ");
        // a link's target (an anchor of another document: ../../IMPORT.md#limits-…) is an address, not prose
        text = LinkTarget().Replace(text, "] ");
        // options with their values (--color=auto|always|never), the syntax of output formats (path(line,col), ::error file=…::), file names, short options (-o, -q), environment variables and acronyms (MINUTES_CHROMIUM, SARIF, CI), code
        // points (U+001B), hex bytes, codes and ranges of codes (ML0101, ML01xx), C0/C1
        text = Abbreviation().Replace(text, " ");
        // paths: anything with a slash
        text = PathLike().Replace(text, " ");
        return Names().Replace(text, " ");
    }

    [GeneratedRegex("^```[a-z]*\n.*?^```[ \t]*$", RegexOptions.Singleline | RegexOptions.Multiline)]
    private static partial Regex Fences();

    [GeneratedRegex("`[^`\n]*`")]
    private static partial Regex InlineCode();

    [GeneratedRegex(@"\]\([^)\s]*\)")]
    private static partial Regex LinkTarget();

    [GeneratedRegex("「[^」\n]*」|`[^`\n]*`")]
    private static partial Regex Quotation();

    [GeneratedRegex(@"--[\w-]+=[\w|-]+|::\w+ [^:\n]*::|\bpath\(line,col\)|[\w.-]+\.(?:minutes|json|md|docx|odt|txt|yaml|xml|scriban)\b|(?<![\w-])-[a-zA-Z]\b|\b[A-Z][A-Z0-9_]+\b|\bU\+[0-9A-F]{4,6}\b|\b[0-9A-F]{6,}\b|ML\d{4}|ML\d\dxx|\bC[01]\b")]
    private static partial Regex Abbreviation();

    [GeneratedRegex(@"[\x21-\x7E]*[/\\][\x21-\x7E]*")]
    private static partial Regex PathLike();

    /// <summary>
    /// Names that are English in any Chinese text: tools, formats, fonts (Noto Serif, DFKai-SB), encodings (Big5), standards,
    /// units (4 Mi 字元, 12 pt), git and its commands, the words of a command's syntax a help shows (its commands, the
    /// values of its options and of minutesconfig.json, the placeholders of a usage line). None of them makes a sentence; a sentence has other words.
    /// </summary>
    [GeneratedRegex(@"\b(?:txt|md|html|pdf|docx|odt|csv|json|sarif|msbuild|human|github|table|Excel|Markdown|GitHub|Word|Office|LibreOffice|OpenDocument|WordprocessingML|Scriban|scriban|Chromium|chromium|Debian|Ubuntu|apt-get|fontconfig|pdftotext|layout|Unicode|emoji|MinutesLang|Big5|Big|DFKai-SB|DFKai|TW-Kai|UKai|Kai|AR|PL|Noto|Serif|CJK|TC|Mi|MB|KB|GB|pt|cm|zip|unified|diff|pre-commit\.com|pre-commit-hooks\.yaml|git|commit|pre-commit|hook|hooks|install|core\.hooksPath|hooksPath|rev-parse|minutes-check|minutes-fmt|before-minutes|stage|staged|tmp|dotnet|Actions|auto|none|info|warning|error|language|check|render|cases|explain|import|fmt|new|help|lsp|stdio|zh-TW|en|T-S|S|T|a|b|A|C|U|Q)\b")]
    private static partial Regex Names();
}
