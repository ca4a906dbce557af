using System.Text.RegularExpressions;
using MinutesLang.Diagnostics;
using MinutesLang.Semantics;

namespace MinutesLang.Cli.Commands;

/// <summary><c>minutes explain [CODE]</c>: the documentation page of a code, or the list of codes.</summary>
public sealed partial class ExplainCommand : ICommand
{
    public string Name => "explain";

    public string Help => """
        Usage: minutes explain [CODE]

        Prints the documentation of a diagnostic code (what it means, an example that raises it
        and the example corrected), the page docs/diagnostics/CODE.md of the repository; in
        zh-TW (--lang) the page of docs/diagnostics/zh-TW/, or, for a code without one yet, its
        Chinese title above the English page. Without a code, lists every code with its default
        severity and title.

        Exit codes: 0 printed, 2 unknown code or usage problem.
        """;

    /// <summary>The help in zh-TW (issue 15).</summary>
    public string HelpIn(Localization.Language language) => language == Localization.Language.ZhTw ? HelpZh : Help;

    private const string HelpZh = """
        用法：minutes explain [代碼]

        列印診斷代碼的說明（代碼的意義、會引發它的範例與修正後的範例），即儲存庫中的
        docs/diagnostics/zh-TW/代碼.md（--lang zh-TW；英文為 docs/diagnostics/代碼.md）；尚無
        中文說明頁的代碼，列出中文名稱與英文說明頁。
        未指定代碼時，列出所有代碼及其預設層級與名稱。

        結束代碼：0 已列印，2 代碼不存在或用法問題。
        """;

    public int Run(string[] args, CommandContext context)
    {
        var (stdout, stderr) = (context.Out, context.Err);
        var options = Options.Parse(args, flags: [], valued: []);
        if (options.Positional.Count > 1) throw new UsageException("explain takes one code (try 'minutes explain --help')");
        if (options.Positional.Count == 0)
        {
            foreach (var e in DiagnosticCatalog.All)
            {
                stdout.WriteLine(context.Language == Localization.Language.ZhTw
                    ? $"{e.Code}  {DiagnosticFormatter.Severity(e.Severity, context.Language)}  {e.TitleIn(context.Language)}"
                    : $"{e.Code}  {DiagnosticFormatter.Severity(e.Severity),-7}  {e.Title}");
            }

            return Cli.Clean;
        }

        string code = options.Positional[0].Trim().ToUpperInvariant();
        if (DiagnosticCatalog.TryGet(code, out _) && DiagnosticDocs.Page(code, context.Language) is { } page)
        {
            stdout.Write(page.EndsWith('\n') ? page : page + "\n");
            return Cli.Clean;
        }

        throw new UsageException($"unknown code '{options.Positional[0]}'; near: {string.Join(", ", Near(code))} (list them all with 'minutes explain')");
    }

    /// <summary>The three codes nearest to what was typed: by number when it looks like a code, else by spelling.</summary>
    public static IEnumerable<string> Near(string typed)
    {
        var codes = DiagnosticCatalog.All.Select(e => e.Code);
        var m = CodeShape().Match(typed);
        return m.Success
            ? codes.OrderBy(c => Math.Abs(int.Parse(c[2..]) - int.Parse(m.Groups[1].Value))).ThenBy(c => c, StringComparer.Ordinal).Take(3)
            : codes.OrderBy(c => Nearest.Distance(typed, c)).ThenBy(c => c, StringComparer.Ordinal).Take(3);
    }

    [GeneratedRegex("^(?:ML)?([0-9]{1,4})$")]
    private static partial Regex CodeShape();
}
