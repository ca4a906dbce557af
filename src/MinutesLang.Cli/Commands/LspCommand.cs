using MinutesLang.Cli.LanguageServer;
using MinutesLang.Localization;

namespace MinutesLang.Cli.Commands;

/// <summary><c>minutes lsp [--stdio]</c>: the language server (<see cref="MinutesServer"/>) on standard input and output.</summary>
public sealed class LspCommand : ICommand
{
    public string Name => "lsp";

    public string Help => """
        Usage: minutes lsp [--stdio]

        Runs the language server of the notation for editors (the Language Server Protocol 3.17,
        JSON-RPC 2.0 on standard input and output; --stdio, which editors pass, is the default and
        only transport). The editor starts it and talks to it; nothing is meant for a person to
        read on standard output. Problems of the protocol are told on standard error.

        What it does: the findings of 'minutes check' under the text as it is typed (each record
        checked with its whole series: the other records read from disk, or from the editor where
        they are open; a change to series.minutes re-checks its records), and 'minutes fmt' as the
        editor's "format document". Messages are in the language of --lang, else "language" of
        minutesconfig.json, else the system's.

        Editors: Neovim  vim.lsp.start({ name = 'minutes', cmd = { 'minutes', 'lsp' } })
                 Helix   [language-server.minutes] command = "minutes", args = ["lsp"]
                 Emacs   (eglot) (add-to-list 'eglot-server-programs '(minutes-mode "minutes" "lsp"))
        (see README.md, "Editors").

        Exit codes: 0 after the editor's shutdown and exit, 1 when the input ends or exit comes
        without shutdown, 2 usage problem.
        """;

    /// <summary>The help in zh-TW (issue 15).</summary>
    public string HelpIn(Language language) => language == Language.ZhTw ? HelpZh : Help;

    private const string HelpZh = """
        用法：minutes lsp [--stdio]

        執行紀錄格式的語言伺服器，供編輯器使用（語言伺服器協定 LSP 3.17，以標準輸入與標準輸出
        傳送 JSON-RPC 2.0；編輯器所加的 --stdio 即預設且唯一的傳輸方式）。由編輯器啟動並與之
        溝通，標準輸出的內容不供人閱讀；通訊協定的問題列在標準錯誤。

        功能：輸入時即在文字下標示「minutes check」的診斷（每份紀錄連同整個系列檢查：其他紀錄
        自磁碟讀取，編輯器中已開啟者以編輯器的內容為準；修改 series.minutes 會重新檢查其紀錄），
        編輯器的「格式化文件」即「minutes fmt」。訊息的語言依 --lang，否則依 minutesconfig.json
        的 "language"，否則依系統語言。各編輯器的設定方式見 README.md。

        結束代碼：0 編輯器依序要求關閉與結束後結束，1 輸入中斷或未先要求關閉即結束，2 用法問題。
        """;

    public int Run(string[] args, CommandContext context)
    {
        var options = Options.Parse(args, flags: ["--stdio"], valued: []);
        if (options.Positional.Count > 0) throw new UsageException($"lsp takes no paths ('{options.Positional[0]}'): the editor opens the documents", $"lsp 不需指定路徑（「{options.Positional[0]}」）：文件由編輯器開啟");
        using var input = Console.OpenStandardInput();
        using var output = Console.OpenStandardOutput();
        var err = context.Err;
        var server = new MinutesServer(input, output, new ServerOptions
        {
            // MINUTES_LSP_DEBOUNCE_MS: the wait after a change, in milliseconds (150 by default; tests/bench/lsp.mjs sets 0 to time the check itself)
            Debounce = int.TryParse(Environment.GetEnvironmentVariable("MINUTES_LSP_DEBOUNCE_MS"), out int ms) && ms >= 0 ? TimeSpan.FromMilliseconds(ms) : new ServerOptions().Debounce,
            Language = context.LanguageOption,
            SystemLanguage = context.SystemLanguage,
            Log = m =>
            {
                lock (err) err.WriteLine("minutes lsp: " + m);
            },
        });
        return server.RunAsync().GetAwaiter().GetResult();
    }
}
