using MinutesLang.Authoring;
using MinutesLang.Diagnostics;
using MinutesLang.Semantics;
using MinutesLang.Validation;

namespace MinutesLang.Cli.Commands;

/// <summary><c>minutes cases FOLDER [--format table|json|csv]</c>: the register (列管表) of a series.</summary>
public sealed class CasesCommand : ICommand
{
    public string Name => "cases";

    public string Help => """
        Usage: minutes cases FOLDER [--format table|json|csv] [-o OUT] [--force]

        Prints the register (列管表) of the series in FOLDER: every case declared in its
        series.minutes or named by an event, with its id, title, origin, state (列管中, 提請解列,
        已解列, 已移轉, 未再報告, 未見於紀錄; in English: tracked, delisting proposed, delisted,
        referred, not reported again, not in the records), the meeting that established or
        introduced it, the last meeting that reported it, and its history (108-2 成案 · 108-3 列管 · …).
        Headers and states are in the language of --lang (zh-TW or en).
        A case's title is its current one: the new title of its last @更名.
        Records with errors still count: errors are printed on standard error. Drafts (records
        that still hold {{…}} placeholders, as 'minutes new' writes them) are left out, and
        named on standard error.

        Options:
          --format table   aligned columns for the terminal (default)
          --format json    an array of objects, for scripts
          --format csv     RFC 4180 with a UTF-8 byte-order mark (Excel), for spreadsheets;
                           English keys (id, state: open, unknown…) or, in zh-TW, 案號, 狀態: 列管中…
          -o, --output     the file to write (replaced atomically); never a record, series.minutes
                           or minutesconfig.json (or a symlink to one) unless --force is given
          --force          replace such a file all the same

        Exit codes: 0 printed (even when records have errors), 2 usage or I/O problem.
        """;

    /// <summary>The help in zh-TW (issue 15).</summary>
    public string HelpIn(Localization.Language language) => language == Localization.Language.ZhTw ? HelpZh : Help;

    private const string HelpZh = """
        用法：minutes cases 資料夾 [--format table|json|csv] [-o 輸出檔] [--force]

        列出資料夾中系列的列管表：series.minutes 宣告或紀錄中提到的每一個案件，及其案號、
        案名、來源、狀態（列管中、提請解列、已解列、已移轉、未再報告、未見於紀錄）、成案或
        納入的會議、最近報告的會議與歷程（108-2 成案 · 108-3 列管 · …）。案名為目前的案名，
        即最後一次 @更名 的新案名。
        有錯誤的紀錄仍列入計算：錯誤列印在標準錯誤輸出。草稿（仍含 {{…}} 待填處的紀錄，
        如「minutes new」所寫者）不列入，並在標準錯誤輸出列出。

        選項：
          --format table   終端機用的對齊表格（預設）
          --format json    物件陣列，供程式使用（欄位與狀態為英文代碼）
          --format csv     RFC 4180，含 UTF-8 位元組順序標記（BOM），Excel 可直接開啟；
                           表頭與狀態依 --lang 的語言（中文：案號、標題…、列管中…）
          -o, --output     寫入的檔案（以不中斷的方式整檔取代）；不得為紀錄、series.minutes 或
                           minutesconfig.json（或連結至這些檔案的符號連結），除非加上 --force
          --force          仍取代上述檔案

        結束代碼：0 已列出（即使紀錄有錯誤），2 用法或讀寫問題。
        """;

    public int Run(string[] args, CommandContext context)
    {
        var (stdout, stderr) = (context.Out, context.Err);
        var options = Options.Parse(args, flags: ["--force"], valued: ["--format", "-o", "--output"]);
        if (options.Positional.Count != 1) throw new UsageException("cases needs exactly one series folder (try 'minutes cases --help')", "cases 須指定一個系列資料夾（請見「minutes cases --help」）");
        string format = options.Value("--format") ?? "table";
        if (format is not ("table" or "json" or "csv")) throw new UsageException($"unknown format '{format}' (table, json, csv)", $"沒有「{format}」這種格式（可用 table、json、csv）");
        string folder = options.Positional[0];
        if (!Directory.Exists(folder)) throw new UsageException($"{folder}: not a folder (cases reads the series of a folder)", $"{folder}：不是資料夾（cases 讀取資料夾中的系列）");

        // the register never replaces a record, series.minutes or minutesconfig.json, without --force
        string? output = options.Value("-o") ?? options.Value("--output");
        if (output is not null) SourceGuard.Refuse(output, options.Has("--force"), "cases");

        var unreadable = new List<Inputs.Unreadable>();
        var groups = Inputs.Collect([folder], unreadable);
        Inputs.Report(unreadable, context); // ML0435: said, and the register made of the other records
        if (groups.Count != 1 || groups[0].SeriesFile is null) throw new UsageException($"{folder}: no series.minutes for these records", $"{folder}：這些紀錄沒有 series.minutes");
        // drafts (records that still hold {{…}} placeholders, as 'minutes new' writes them) are not meetings yet:
        // left out of the register, as 'new' leaves them out, and named on standard error
        var trees = groups[0].Records.Select(Compilation.ParseFile).ToList();
        foreach (var draft in trees.Where(NextRecord.IsDraft))
            stderr.WriteLine($"minutes: {draft.Source.Path}: " + CliText.Say(context.Language, "a draft (it holds {{…}} placeholders, ML0114): left out of the register", "為草稿（仍有 {{…}} 待填處，ML0114），不列入列管表"));
        var compilation = Compilation.Create(Compilation.ParseFile(groups[0].SeriesFile!), trees.Where(t => !NextRecord.IsDraft(t)));
        // the format of check: a window around the span, a finding repeated on a line once, a cap per file
        context.WriteHuman(compilation.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error), toErr: true);

        var entries = CaseRegister.Build(compilation);
        string text = format switch
        {
            "json" => CaseRegister.Json(entries),
            "csv" => CaseRegister.Csv(entries, context.Language),
            _ => CaseRegister.Table(entries, context.Language),
        };

        if (output is null) stdout.Write(text);
        else AtomicFile.WriteAllText(output, text);
        return Cli.Clean;
    }
}
