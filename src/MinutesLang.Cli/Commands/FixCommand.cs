using MinutesLang.Diagnostics;
using MinutesLang.Diagnostics.Policy;
using MinutesLang.Fixes;
using MinutesLang.Formatting;
using MinutesLang.Localization;
using MinutesLang.Semantics;
using MinutesLang.Syntax;
using MinutesLang.Text;

namespace MinutesLang.Cli.Commands;

/// <summary>
/// <c>minutes fix PATH… [--code MLxxxx…] [--dry-run|--diff]</c> (issue 16 point 2): makes the quick fixes of
/// <see cref="CodeFixes"/> that are the one answer (<see cref="CodeFix.Unique"/>) to the findings <c>check</c> reports
/// (after suppressions and minutesconfig.json), the same fixes the language server offers as code actions. Each file is
/// checked with its whole series, its fixes made on its text (encoding, byte-order mark and line ends kept: only the
/// fixed characters change), its series checked again, and it is written only when no finding appeared that was not
/// there (else it is left and named); the file is replaced atomically (<see cref="AtomicFile"/>), as <c>fmt</c> does.
/// A file with syntax errors (ML0001–ML0009) is refused: a fix computed on a tree read as a guess is a guess. A unique
/// fix whose finding may come from another finding is held back and named with it (<see cref="FixHold"/>); findings
/// before and after are compared by code and line, and a fix that would raise one is held and named with the finding.
/// </summary>
public sealed class FixCommand : ICommand
{
    public string Name => "fix";

    public string Help => """
        Usage: minutes fix PATH… [--code MLxxxx…] [--dry-run | --diff]

        Makes the quick fixes of the findings 'minutes check' reports in records (.minutes files,
        or every .minutes file under a folder, series.minutes included): the fixes an editor offers
        through 'minutes lsp', applied where there is one right answer. A finding with several
        possible answers (a case wording near a title and a 別名, a hand-typed ordinal of another
        style, a full-width ＊ inside a line) is not changed; it is named, to be fixed by hand or in
        the editor. Suppressed findings and codes set to "none" in minutesconfig.json are not fixed.

        Fixed: the weekday of a date (ML0103), 記錄 for the noun 紀錄 (ML0252), a case's wording to
        its only name (ML0250), a count to the cases named (ML0240), a host to the one of @rotation
        (ML0220), a misspelt platform (ML0251), label (ML0117) or directive (ML0118), markers
        without their space, full-width markers, spaces and punctuation (ML0015–ML0018), ordinals
        typed by hand (ML0019). 'minutes explain CODE' says what each finding means.

        Each file is checked with its whole series, fixed, and checked again: it is written only
        when the fixes raise no finding it did not have (a finding with the same code on the same
        line is the one it had, even when it quotes the changed text); a fix that would raise one
        is left and named with that finding, the others are made. Only the fixed characters change: the
        encoding, a byte-order mark and the line ends (LF or CRLF) stay. Files are replaced
        atomically, as fmt replaces them (read-only files and files with several hard links are
        refused: nothing is changed, and no fix is printed as made). One line
        'file:line:column: CODE what was done' is printed per fix.

        A fix is made only when the finding it mends does not rest on another finding; else it is
        held back and named with the finding it rests on: a case's name (ML0250) and a host
        (ML0220) while series.minutes has an error or a warning of its own (a title wrapped to the
        margin, ML0020); a count (ML0240), a name or a host while the record has a syntax-level
        error or warning (ML0001–ML0099); a count while the record has a finding on its cases
        (ML0101, ML0200, ML0201…). Mend those, then run fix again.

        A file with syntax errors (ML0001–ML0009) is not fixed: its diagnostics are printed on
        standard error and the exit code is 2.

        Options:
          --code MLxxxx    fix only the findings of this code (repeat it, or list codes
                           separated by commas)
          --dry-run        change nothing: print the fixes that would be made
          --diff           change nothing: print the fixes and a unified diff of each file

        Exit codes: 0 fixed (or nothing to fix), 1 with --dry-run or --diff when something would
        change, or a file whose fixes would raise a finding (left as it is), 2 usage or I/O
        problem, or a file with syntax errors.
        """;

    private const string HelpZh = """
        用法：minutes fix 路徑… [--code 代碼…] [--dry-run | --diff]

        對「minutes check」列出的診斷套用快速修正，處理紀錄（.minutes 檔，或資料夾下所有 .minutes
        檔，含 series.minutes）：與編輯器經由「minutes lsp」提供的修正相同，只在答案唯一時套用。
        有多種可能答案的診斷（案件名稱接近案名也接近別名、手打序號的樣式與清單不同、行中的全形
        「＊」）不修改，只列出，請自行或在編輯器中修正。已停用的診斷，以及 minutesconfig.json
        設為 "none" 的代碼，不修正。

        可修正：日期的星期（ML0103）、名詞「紀錄」誤作「記錄」（ML0252）、案件名稱改為唯一的案名
        （ML0250）、件數改為所列案件數（ML0240）、主政城市改為 @rotation 所定（ML0220）、誤植的
        平臺名稱（ML0251）、欄位名稱（ML0117）與指令名稱（ML0118）、標記後缺空格、全形標記、全形
        空格與全形格式符號（ML0015–ML0018）、手打序號（ML0019）。各診斷的意義請見
        「minutes explain 代碼」。

        每個檔案連同整個系列檢查、修正後再檢查一次：修正不產生原本沒有的診斷時才寫入（同一行、同
        一代碼的診斷視為原有的診斷，即使其引文因修正而改變）；會產生新診斷的修正不套用，並列出
        該修正及其產生的診斷，其餘修正照常套用。只改動
        修正的字元：編碼、位元組順序標記與換行（LF 或 CRLF）不變。檔案以不中斷的方式整檔取代，
        與 fmt 相同（唯讀檔案及有多個硬連結的檔案拒絕處理：不做任何修改，也不列出修正）。每項
        修正列出一行「檔案:行:欄: 代碼 所做的修正」。

        修正所對應的診斷若可能源自另一項診斷，則暫不修正，並列出其所依據的診斷：series.minutes
        本身有錯誤或警告時（例如標題折行到左邊界，ML0020），不修正案件名稱（ML0250）與主政城市
        （ML0220）；紀錄有語法層級的錯誤或警告（ML0001–ML0099）時，不修正件數（ML0240）、案件名稱
        與主政城市；紀錄的案件有診斷（ML0101、ML0200、ML0201 等）時，不修正件數。請先修正這些
        診斷，再執行一次 fix。

        有語法錯誤（ML0001–ML0009）的檔案不修正：其診斷列印在標準錯誤輸出，結束代碼為 2。

        選項：
          --code 代碼      只修正此代碼的診斷（可重複，或以逗號分隔多個代碼）
          --dry-run        不改動檔案：列出將做的修正
          --diff           不改動檔案：列出將做的修正與各檔案的 unified diff 差異

        結束代碼：0 已修正（或無須修正），1 --dry-run 或 --diff 發現須修正之處，或有檔案的修正
        會產生新的診斷（該檔案不動），2 用法或讀寫問題，或檔案有語法錯誤。
        """;

    /// <summary>The help in <paramref name="language"/> (issue 15).</summary>
    public string HelpIn(Language language) => language == Language.ZhTw ? HelpZh : Help;

    public int Run(string[] args, CommandContext context)
    {
        var (stdout, stderr) = (context.Out, context.Err);
        var codes = new HashSet<string>(StringComparer.Ordinal);
        var rest = new List<string>();
        for (int i = 0; i < args.Length; i++)
        {
            string? value = args[i] == "--code" ? (i + 1 < args.Length ? args[++i] : throw new UsageException("option --code needs a value", "選項 --code 須有值"))
                : args[i].StartsWith("--code=", StringComparison.Ordinal) ? args[i]["--code=".Length..] : null;
            if (value is null)
            {
                rest.Add(args[i]);
                continue;
            }

            foreach (string code in value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                string c = code.ToUpperInvariant();
                if (!DiagnosticCatalog.TryGet(c, out _)) throw new UsageException($"'{code}' is not a diagnostic code (try 'minutes explain')", $"「{code}」不是診斷代碼（請見「minutes explain」）");
                if (!CodeFixes.Codes.Contains(c)) throw new UsageException($"{c} has no quick fix (see 'minutes fix --help')", $"{c} 沒有快速修正（請見「minutes fix --help」）");
                codes.Add(c);
            }
        }

        var options = Options.Parse([.. rest], flags: ["--dry-run", "--diff"], valued: []);
        if (options.Positional.Count == 0) throw new UsageException("fix needs at least one file or folder (try 'minutes fix --help')", "fix 須指定至少一個檔案或資料夾（請見「minutes fix --help」）");
        bool diff = options.Has("--diff"), dry = diff || options.Has("--dry-run");
        var targets = Targets(options.Positional);

        int exit = Cli.Clean;
        var language = context.Language;
        var unreadable = new List<Inputs.Unreadable>(); // files of the folders that cannot be read: ML0435, the rest fixed
        foreach (var group in Inputs.Collect(options.Positional, unreadable))
        {
            // the whole series is read: a fix of a count or a host rests on the other meetings
            var files = new List<string>();
            if (group.SeriesFile is not null) files.Add(group.SeriesFile);
            files.AddRange(group.Records);
            files.AddRange(Inputs.Neighbours(group, unreadable));
            var trees = new Dictionary<string, SyntaxTree>(StringComparer.Ordinal);
            foreach (string f in files) trees[f] = Compilation.ParseFile(f);
            var policy = new DiagnosticPolicy(new NearestConfigs().Of);

            // compiled once, and again only after a file of the series was written (issue 16: once per file made a
            // folder of N records N compilations of the whole series)
            Compilation? compilation = null;
            foreach (string file in files.Where(f => targets.Contains(Path.GetFullPath(f))))
            {
                compilation ??= Compile(group.SeriesFile, trees);
                var tree = trees[file];
                var own = compilation.Diagnostics.Where(d => d.Source.Path == file).ToList();
                var syntax = own.Where(d => d.Severity == DiagnosticSeverity.Error && string.CompareOrdinal(d.Code, "ML0001") >= 0 && string.CompareOrdinal(d.Code, "ML0009") <= 0).ToList();
                if (syntax.Count > 0)
                {
                    context.WriteHuman(syntax, toErr: true);
                    stderr.WriteLine($"{file}: " + CliText.Say(language, "not fixed: it has syntax errors, and a fix on a text read as a guess would be a guess", "未修正：有語法錯誤，依猜測讀出的內容所做的修正也只是猜測"));
                    exit = Cli.UsageOrIo;
                    continue;
                }

                var reportedAll = policy.Apply(own, [tree]).Reported.ToList();
                var seriesReported = group.SeriesFile is { } sf && sf != file && trees.TryGetValue(sf, out var seriesTree)
                    ? policy.Apply([.. compilation.Diagnostics.Where(d => d.Source.Path == sf)], [seriesTree]).Reported.ToList()
                    : [];
                var reported = reportedAll.Where(d => codes.Count == 0 || codes.Contains(d.Code)).ToList();
                var all = reported.Select(d => (Diagnostic: d, Fixes: CodeFixes.For(d))).Where(x => x.Fixes.Count > 0).ToList();
                foreach (var (d, fixes) in all.Where(x => !x.Fixes.Any(f => f.Unique)))
                {
                    stdout.WriteLine($"{At(file, d)} {d.Code} " + CliText.Say(language, $"not fixed: {fixes.Count} possible fixes, choose one by hand or in the editor ({string.Join("; ", fixes.Select(f => f.Title.En))})",
                        $"未修正：有 {fixes.Count} 種可能的修正，請自行或在編輯器中選擇（{string.Join("；", fixes.Select(f => f.Title.ZhTw))}）"));
                }

                // a fix whose finding may come from another finding is held back and named (FixHold)
                var (kept, held) = FixHold.Sort(all.SelectMany(x => x.Fixes.Where(f => f.Unique)), reportedAll, seriesReported);
                foreach (var h in held) stdout.WriteLine($"{At(file, h.Fix.Diagnostic)} {h.Fix.Code} " + CliText.Say(language, "not fixed, ", "未修正，") + h.Reason.In(language));

                string original = tree.Source.Text;
                var (fixedText, applied) = CodeFixes.Apply(original, kept);
                foreach (var left in kept.Except(applied))
                {
                    stdout.WriteLine($"{At(file, left.Diagnostic)} {left.Code} " + CliText.Say(language, "not fixed in this run: its text is changed by another fix; run 'minutes fix' again",
                        "本次未修正：其文字另有修正，請再執行一次「minutes fix」"));
                }

                if (applied.Count == 0) continue;

                // checked again with the fixed text: a fix that raised a finding is a fix that guessed; it is held back,
                // named with the finding it would raise, and the others are made when they raise none
                var fixedTree = Parsing.Parser.Parse(SourceText.From(fixedText, file));
                var raised = Raised(group.SeriesFile, trees, fixedTree, own, applied);
                if (raised.Count > 0)
                {
                    var lines = raised.Select(r => r.Start.Line).ToHashSet();
                    var blamed = applied.Where(f => lines.Contains(f.Diagnostic.Start.Line)).ToList();
                    var others = applied.Except(blamed).ToList();
                    List<Diagnostic>? restRaised = null;
                    if (blamed.Count > 0 && others.Count > 0)
                    {
                        var (restText, restApplied) = CodeFixes.Apply(original, others);
                        var restTree = Parsing.Parser.Parse(SourceText.From(restText, file));
                        restRaised = Raised(group.SeriesFile, trees, restTree, own, restApplied);
                        if (restRaised.Count == 0) (fixedText, applied, fixedTree) = (restText, restApplied, restTree);
                    }

                    if (restRaised is not { Count: 0 })
                    {
                        // no part of the fixes can be told apart: the file is left, and each finding they would raise named
                        stderr.WriteLine($"{file}: " + CliText.Say(language, $"not fixed: the {applied.Count} fixes would raise {Findings(raised, Language.En)}; nothing was changed",
                            $"未修正：這 {applied.Count} 項修正會產生 {Findings(raised, Language.ZhTw)}，檔案未改動"));
                        exit = Math.Max(exit, Cli.Findings);
                        continue;
                    }

                    foreach (var fix in blamed)
                    {
                        var on = raised.Where(r => r.Start.Line == fix.Diagnostic.Start.Line).ToList();
                        stdout.WriteLine($"{At(file, fix.Diagnostic)} {fix.Code} " + CliText.Say(language, $"not fixed: '{fix.Title.En}' would raise {Findings(on, Language.En)}",
                            $"未修正：「{fix.Title.ZhTw}」會產生 {Findings(on, Language.ZhTw)}"));
                    }

                    exit = Math.Max(exit, Cli.Findings);
                }

                // a file that cannot be written is said to be left before any fix is named (issue 16: the fixes were
                // printed as made, then the file was refused)
                if (!dry && Unwritable(file) is { } why)
                {
                    stderr.WriteLine(why.In(language) + CliText.Say(language, $" ({applied.Count} fixes not made)", $"（{applied.Count} 項修正未套用）"));
                    exit = Cli.UsageOrIo;
                    continue;
                }

                foreach (var fix in applied)
                    stdout.WriteLine($"{At(file, fix.Diagnostic)} {fix.Code} " + (dry ? CliText.Say(language, "would fix: ", "將修正：") : "") + fix.Title.In(language));

                if (dry)
                {
                    if (diff) stdout.Write(LineDiff.Unified(original, fixedText, file));
                    exit = Math.Max(exit, Cli.Findings);
                    continue;
                }

                Write(file, fixedText, context);
                trees[file] = fixedTree;
                compilation = null;
            }
        }

        if (Inputs.Report(unreadable, context)) exit = Math.Max(exit, Cli.Findings);
        return exit;
    }

    private static string At(string file, Diagnostic d)
    {
        var (line, col) = d.Start;
        return $"{file}:{line}:{col}:";
    }

    /// <summary>Findings named with their places: <c>ML0020 at 5:1 (…), ML0103 at 3:21 (…)</c>, the message in <paramref name="language"/>.</summary>
    private static string Findings(IEnumerable<Diagnostic> findings, Language language) =>
        string.Join(language == Language.ZhTw ? "、" : ", ", findings.Select(d =>
        {
            var (l, c) = d.Start;
            return language == Language.ZhTw ? $"{d.Code}（{l}:{c}，{d.In(language).Message}）" : $"{d.Code} at {l}:{c} ({d.In(language).Message})";
        }));

    /// <summary>The series of <paramref name="seriesFile"/> with the records of <paramref name="trees"/>.</summary>
    private static Compilation Compile(string? seriesFile, Dictionary<string, SyntaxTree> trees) =>
        Compilation.Create(seriesFile is null ? null : trees[seriesFile], trees.Where(t => t.Key != seriesFile).Select(t => t.Value));

    /// <summary>
    /// The findings of <paramref name="fixedTree"/>'s file that it did not have before (<paramref name="before"/>), the
    /// fixed ones aside. Findings are the same when their code and line are (issue 16: a finding that quotes the text
    /// a fix changed, ML0020 quoting a line whose 一、 was deleted, is the finding it was; comparing whole messages made
    /// it "raised"). Fixes change no line ends (CodeFixes), so a finding keeps its line. Counted as multisets, linear.
    /// </summary>
    private static List<Diagnostic> Raised(string? seriesFile, Dictionary<string, SyntaxTree> trees, SyntaxTree fixedTree, List<Diagnostic> before, IReadOnlyList<CodeFix> applied)
    {
        string file = fixedTree.Source.Path;
        var changed = new Dictionary<string, SyntaxTree>(trees, StringComparer.Ordinal) { [file] = fixedTree };
        var compilation = Compile(seriesFile, changed);
        var had = new Dictionary<(string, int), int>();
        foreach (var d in before) had[Key(d)] = had.GetValueOrDefault(Key(d)) + 1;
        foreach (var fix in applied)
        {
            if (had.TryGetValue(Key(fix.Diagnostic), out int n)) had[Key(fix.Diagnostic)] = n - 1;
        }

        var raised = new List<Diagnostic>();
        foreach (var d in compilation.Diagnostics.Where(d => d.Source.Path == file))
        {
            if (had.TryGetValue(Key(d), out int n) && n > 0) had[Key(d)] = n - 1;
            else raised.Add(d);
        }

        return raised;

        static (string, int) Key(Diagnostic d) => (d.Code, d.Start.Line);
    }

    /// <summary>Why <paramref name="file"/> cannot be replaced (read-only, several hard links), or null when it can.</summary>
    private static Phrase? Unwritable(string file)
    {
        string target = FileIdentity.RealPath(file);
        var mode = OperatingSystem.IsWindows() ? (UnixFileMode?)null : File.GetUnixFileMode(target);
        if (mode is { } ro && (ro & UnixFileMode.UserWrite) == 0 || new FileInfo(target).IsReadOnly)
            return new Phrase($"{file}: the file is read-only; nothing was changed", $"{file}：檔案為唯讀，未做任何修改");
        if (FileIdentity.Of(target) is { Links: > 1 } linked)
            return new Phrase($"{file}: the file has {linked.Links} hard links, which a rewrite by rename would split; nothing was changed", $"{file}：檔案有 {linked.Links} 個硬連結，以更名方式改寫會使其分離，故未做任何修改");
        return null;
    }

    /// <summary>Replaces <paramref name="file"/> atomically with <paramref name="text"/> (its bytes as read: BOM, invalid bytes none, line ends as they are), through a symbolic link, as fmt does.</summary>
    private static void Write(string file, string text, CommandContext context)
    {
        string target = FileIdentity.RealPath(file);
        var mode = OperatingSystem.IsWindows() ? (UnixFileMode?)null : File.GetUnixFileMode(target);
        if (mode is { } ro && (ro & UnixFileMode.UserWrite) == 0 || new FileInfo(target).IsReadOnly) throw new CliIOException($"{file}: the file is read-only; it was not fixed", $"{file}：檔案為唯讀，未修正");
        if (FileIdentity.Of(target) is { Links: > 1 } linked)
            throw new CliIOException($"{file}: the file has {linked.Links} hard links, which a rewrite by rename would split; it was not fixed", $"{file}：檔案有 {linked.Links} 個硬連結，以更名方式改寫會使其分離，故未修正");
        foreach (string stale in AtomicFile.Replace(target, SourceText.ToBytes(text)))
            context.Err.WriteLine("minutes: " + CliText.Say(context.Language, $"removed {stale}, a temporary file an interrupted run left behind", $"已刪除 {stale}（前次中斷時留下的暫存檔）"));
    }

    /// <summary>The full paths of the files named and of every .minutes file under the folders named.</summary>
    private static HashSet<string> Targets(IEnumerable<string> paths)
    {
        var targets = new HashSet<string>(StringComparer.Ordinal);
        foreach (string path in paths)
        {
            if (Directory.Exists(path))
            {
                foreach (string f in Inputs.Enumerate(path, null)) targets.Add(Path.GetFullPath(f));
            }
            else if (File.Exists(path))
            {
                if (!path.EndsWith(".minutes", StringComparison.OrdinalIgnoreCase)) throw new UsageException($"{path}: not a .minutes file", $"{path}：不是 .minutes 檔");
                targets.Add(Path.GetFullPath(path));
            }
        }

        return targets;
    }
}
