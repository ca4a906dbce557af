using System.Diagnostics;
using MinutesLang.Diagnostics;
using MinutesLang.Diagnostics.Formats;
using MinutesLang.Diagnostics.Policy;
using MinutesLang.Parsing;
using MinutesLang.Semantics;
using MinutesLang.Syntax;
using MinutesLang.Text;

namespace MinutesLang.Cli.Commands;

/// <summary><c>minutes check PATH…</c>: parse and check records; silent when clean.</summary>
public sealed class CheckCommand : ICommand
{
    public string Name => "check";

    public string Help => """
        Usage: minutes check PATH… [--format human|msbuild|json|sarif|github] [--warnaserror[:CODE,…]] [--jobs N]
               minutes check --staged [options]

        Checks records (.minutes files, or every .minutes file under a folder) with the series
        declaration (series.minutes) of their folder or the nearest parent folder. The records of
        a folder are one series, ordered by their @meeting ids: a single file is checked against
        the other records of its series too (carried-over cases, dates, counts), but only the
        files named are reported.
        Prints nothing and exits 0 when there is nothing to say.

        Options:
          --staged                check what git is about to commit: the staged records (with the
                                  rest of their series) as they are in the index, not the working
                                  tree; what the pre-commit hook runs (see 'minutes hook --help')
          -q, --quiet             print errors only (warnings and infos pass silently)
          -v, --verbose           also print the series read and a summary with the time taken
          --format human          source line and a caret under each finding (default)
          --format msbuild        path(line,col): error ML0001: message — for editors and CI
          --format json           {"findings": [{code, severity, message, file, line, column,
                                  endLine, endColumn, hint}], "errors", "warnings", "infos"}
          --format sarif          SARIF 2.1.0 with rule metadata, for code scanning; findings
                                  suppressed in the source are kept, marked as suppressed
          --format github         GitHub Actions annotations (::error file=…,line=…::message)
          --warnaserror           every warning fails the check too (it is reported as an error)
          --warnaserror:CODE,…    only these codes' warnings, e.g. --warnaserror:ML0109
          --jobs N                check N series at a time (default: the number of processors);
                                  the output is the same for every N, each series' findings
                                  written as soon as those of the series before it are;
                                  --staged checks one series at a time

        Configuration: minutesconfig.json in the record's folder or the nearest parent folder sets
        the severity of codes: { "diagnostics": { "ML0109": "error", "ML0103": "none" } }
        (error, warning, info, none; none drops the finding).
        Suppression: a comment line '// minutes-disable-next-line ML0103: reason' silences that
        code on the next line; the reason is required.

        The json, sarif and github formats give paths relative to the current folder; json and
        sarif always print a document, even when there are no findings.

        Exit codes: 0 clean (or only warnings/infos), 1 errors, 2 usage or I/O problem.
        """;

    /// <summary>The help in zh-TW (issue 15).</summary>
    public string HelpIn(Localization.Language language) => language == Localization.Language.ZhTw ? HelpZh : Help;

    private const string HelpZh = """
        用法：minutes check 路徑… [--format human|msbuild|json|sarif|github] [--warnaserror[:代碼,…]] [--jobs N]
              minutes check --staged [選項]

        依紀錄所在資料夾（或最近的上層資料夾）的系列宣告（series.minutes）檢查紀錄（.minutes
        檔，或資料夾下所有 .minutes 檔）。同一資料夾的紀錄為一個系列，依 @meeting 代號排序：
        只檢查一個檔案時，也會對照系列中的其他紀錄（跨次列管、日期、件數），但只報告所列的檔案。
        沒有問題時不輸出，結束代碼 0。

        選項：
          --staged                檢查 git 即將提交的內容：暫存區中的紀錄（連同系列的其他
                                  紀錄），而非工作目錄；即 pre-commit hook 所執行者
                                  （見「minutes hook --help」）
          -q, --quiet             只列出錯誤（警告與資訊不列出）
          -v, --verbose           另列出讀取的系列，以及含所花時間的摘要
          --format human          列出原文行並在每項診斷下標示位置（預設）
          --format msbuild        path(line,col): error ML0001: 訊息——供編輯器與 CI 使用
          --format json           {"findings": [{code, severity, message, file, line, column,
                                  endLine, endColumn, hint}], "errors", "warnings", "infos"}
                                  （欄位名稱為英文，訊息依 --lang 的語言）
          --format sarif          SARIF 2.1.0，含規則資訊，供程式碼掃描使用；於原文中停用的
                                  診斷仍會列出，並標示為已停用
          --format github         GitHub Actions 註記（::error file=…,line=…::訊息）
          --warnaserror           警告也視為錯誤（以錯誤報告）
          --warnaserror:代碼,…    只將這些代碼的警告視為錯誤，如 --warnaserror:ML0109
          --jobs N                同時檢查 N 個系列（預設為處理器數）；不論 N 為何，輸出都
                                  相同，每個系列的診斷在其前面的系列輸出後即輸出；
                                  --staged 一次檢查一個系列

        設定：紀錄所在資料夾或最近上層資料夾的 minutesconfig.json 可設定各代碼的層級：
        { "diagnostics": { "ML0109": "error", "ML0103": "none" } }
        （error、warning、info、none；none 表示不報告），以及語言："language": "zh-TW"。
        停用：註解行「// minutes-disable-next-line ML0103: 理由」可停用下一行的該代碼診斷，
        理由必須填寫。

        json、sarif 與 github 格式的路徑為相對於目前資料夾的路徑；json 與 sarif 即使沒有
        診斷也一定輸出文件。

        結束代碼：0 無誤（或只有警告、資訊），1 有錯誤，2 用法或讀寫問題。
        """;

    public int Run(string[] args, CommandContext context)
    {
        // --warnaserror:ML0109,ML0203 (or =) names codes; the bare flag means every warning
        var warnAsError = new HashSet<string>(StringComparer.Ordinal);
        var rest = new List<string>();
        foreach (var a in args)
        {
            if (a.StartsWith("--warnaserror:", StringComparison.Ordinal) || a.StartsWith("--warnaserror=", StringComparison.Ordinal))
            {
                foreach (var code in a["--warnaserror:".Length..].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    if (!DiagnosticCatalog.TryGet(code, out _)) throw new UsageException($"--warnaserror: '{code}' is not a diagnostic code (see 'minutes explain')", $"--warnaserror：「{code}」不是診斷代碼（請見「minutes explain」）");
                    warnAsError.Add(code);
                }

                if (warnAsError.Count == 0) throw new UsageException("--warnaserror: needs codes, as in --warnaserror:ML0109,ML0203", "--warnaserror：須列出代碼，如 --warnaserror:ML0109,ML0203");
            }
            else rest.Add(a);
        }

        var options = Options.Parse([.. rest], flags: ["--warnaserror", "--staged"], valued: ["--format", "--jobs"]);
        string format = options.Value("--format") ?? "human";
        if (format is not ("human" or "msbuild" or "json" or "sarif" or "github")) throw new UsageException($"unknown format '{format}' (human, msbuild, json, sarif, github)", $"沒有「{format}」這種格式（可用 human、msbuild、json、sarif、github）");
        bool staged = options.Has("--staged");
        if (staged && options.Positional.Count > 0) throw new UsageException("--staged checks what git is about to commit: give no paths with it", "--staged 檢查 git 即將提交的內容：不必再列路徑");
        if (!staged && options.Positional.Count == 0) throw new UsageException("check needs at least one file or folder (try 'minutes check --help')", "check 須指定至少一個檔案或資料夾（請見「minutes check --help」）");

        int jobs = Jobs(options.Value("--jobs"));

        var clock = Stopwatch.StartNew();
        Func<string, DiagnosticConfig>? configFor = null;
        IReadOnlyList<Unit> units;
        var unreadable = new List<Inputs.Unreadable>(); // files of the folders that cannot be read: ML0435, the rest checked
        SummaryCache? cache = null;
        using var index = staged ? GitIndex.Open() : null;
        if (index is not null)
        {
            units = StagedUnits(index, context, out cache);
            configFor = IndexConfig(index);
            context.Trace("minutes: " + CliText.Say(context.Language, $"{index.Staged.Count} staged path(s) in {index.Top}", $"{index.Top} 中已暫存（staged）的路徑計 {index.Staged.Count} 個"));
        }
        else
        {
            units = FileUnits(options.Positional, context, unreadable);
            configFor = new NearestConfigs().Of; // the policy's and WriteOrder's, the same instances
        }

        var policy = new DiagnosticPolicy(configFor) { AllWarningsAsErrors = options.Has("--warnaserror"), WarningsAsErrors = warnAsError };
        string here = Directory.GetCurrentDirectory();

        // the series are checked --jobs at a time and released; each one's findings are written as soon as those of the
        // series before are, when writing them series by series is writing them in the order of one sort over all
        // (WriteOrder); else (and for --staged) they are kept and written merged at the end: the same output either way
        Func<string, string> sortKey = format == "sarif" ? p => Location.RelativePath(p, here) : p => p;
        bool streamed = index is null && WriteOrder.SeriesBySeries(units.Select(Reported), configFor!, sortKey);
        var output = streamed ? FindingsOutput.For(format, context, here) : null;
        var held = new List<PolicyResult>();
        var counts = new int[3];
        int files = 0, suppressed = 0;
        bool errors = false;
        context.Progress.Start(CliText.Say(context.Language, "checking", "檢查中"), units.Sum(u => u.Files.Count));
        foreach (var (unit, (trees, diagnostics)) in CheckInOrder(units, index is null ? jobs : 1))
        {
            var result = policy.Apply(diagnostics, trees);
            foreach (var f in unit.Files) context.Progress.Step(f);
            files += unit.Files.Count;
            errors |= result.HasErrors;
            foreach (var d in result.Reported) counts[(int)d.Severity]++;
            suppressed += result.Suppressed.Count;
            if (output is not null)
            {
                context.Progress.Clear();
                output.Add(result);
            }
            else held.Add(result);
        }

        if (unreadable.Count > 0)
        {
            var result = policy.Apply(Inputs.Findings(unreadable), []);
            errors |= result.HasErrors;
            foreach (var d in result.Reported) counts[(int)d.Severity]++;
            if (output is not null) output.Add(result);
            else held.Add(result);
        }

        context.Progress.Clear();
        cache?.Save(); // the summaries of the neighbours parsed, for the next commit
        if (output is null)
        {
            output = FindingsOutput.For(format, context, here);
            output.Add(DiagnosticPolicy.Merge(held));
        }

        output.Finish();

        int Count(DiagnosticSeverity s) => counts[(int)s];
        context.Trace("minutes: " + CliText.Say(context.Language,
            $"checked {files} file(s) in {units.Count} series in {clock.ElapsedMilliseconds} ms: " +
            $"{Count(DiagnosticSeverity.Error)} error(s), {Count(DiagnosticSeverity.Warning)} warning(s), {Count(DiagnosticSeverity.Info)} info(s), {suppressed} suppressed",
            $"已檢查 {units.Count} 個系列的 {files} 個檔案，費時 {clock.ElapsedMilliseconds} 毫秒：" +
            $"錯誤 {Count(DiagnosticSeverity.Error)} 則、警告 {Count(DiagnosticSeverity.Warning)} 則、資訊 {Count(DiagnosticSeverity.Info)} 則，略過 {suppressed} 則"));
        return errors ? Cli.Findings : Cli.Clean;
    }

    /// <summary>The value of <c>--jobs</c>: how many series are checked at a time, 1 or more; by default one per core (<see cref="Environment.ProcessorCount"/>).</summary>
    /// <exception cref="UsageException">not a whole number of 1 or more</exception>
    private static int Jobs(string? value)
    {
        if (value is null) return Math.Max(1, Environment.ProcessorCount);
        if (int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int jobs) && jobs >= 1) return jobs;
        throw new UsageException($"--jobs needs the number of series to check at a time, a whole number of 1 or more, not '{value}'",
            $"--jobs 須為同時檢查的系列數，1 以上的整數，不是「{value}」");
    }

    /// <summary>
    /// One series to compile: its declaration (reported or only read), the records to report, and the rest of the
    /// series, read but not reported; <see cref="Parse"/> reads and parses one of them (a path of the file system
    /// or of git's index).
    /// </summary>
    private sealed record Unit(string? Series, bool SeriesReported, IReadOnlyList<string> Records, IReadOnlyList<string> Neighbours, Func<string, SyntaxTree> Parse)
    {
        /// <summary>Neighbours already bound, from their summaries (<c>check --staged</c>: <see cref="SummaryCache"/>; null: a binary file), not parsed.</summary>
        public IReadOnlyDictionary<string, Record?> Summarized { get; init; } = new Dictionary<string, Record?>();

        /// <summary>Told of each neighbour parsed and bound (its record, null when binary), so that its summary is kept.</summary>
        public Action<string, Record?>? Bound { get; init; }

        /// <summary>Every file read (series first), for the progress line and the summary.</summary>
        public IReadOnlyList<string> Files => Series is null ? [.. Records, .. Neighbours] : [Series, .. Records, .. Neighbours];
    }

    /// <summary>
    /// Parses and compiles each series, <paramref name="width"/> at a time (<c>--jobs</c>; 1: one after another on this
    /// thread), and yields them in the order given, each with its reported trees and findings. The series after the
    /// one awaited are started only while fewer than <paramref name="width"/> are started and not yet taken, and
    /// nothing of a series is kept once the caller has taken it: the memory needed is that of the
    /// <paramref name="width"/> largest series, not of the folder (no series is read before it is its turn).
    /// </summary>
    private static IEnumerable<(Unit Unit, (List<SyntaxTree> Trees, IReadOnlyList<Diagnostic> Diagnostics) Checked)> CheckInOrder(IReadOnlyList<Unit> units, int width)
    {
        var pending = new Queue<(Unit, Task<(List<SyntaxTree>, IReadOnlyList<Diagnostic>)>)>();
        int next = 0;
        while (next < units.Count || pending.Count > 0)
        {
            while (next < units.Count && pending.Count < width)
            {
                var unit = units[next++];
                pending.Enqueue((unit, width == 1 ? Task.FromResult(Check(unit)) : Task.Run(() => Check(unit))));
            }

            var (done, task) = pending.Dequeue();
            yield return (done, task.GetAwaiter().GetResult()); // an I/O error of the series comes out as itself
        }
    }

    /// <summary>Parses a series (its declaration, the records named, the rest) and compiles it; the findings of the files named only.</summary>
    private static (List<SyntaxTree> Trees, IReadOnlyList<Diagnostic> Diagnostics) Check(Unit unit)
    {
        var series = unit.Series is null ? null : unit.Parse(unit.Series);
        var records = unit.Records.Select(unit.Parse).ToList();
        var parsed = unit.Neighbours.Where(n => !unit.Summarized.ContainsKey(n)).ToList();
        var neighbours = parsed.Select(unit.Parse).ToList();
        var summarized = unit.Neighbours.Select(n => unit.Summarized.GetValueOrDefault(n)).OfType<Record>().ToList();

        // the rest of the series is read too, so that one file is checked against the meetings
        // before and after it; only the files asked for (and their series.minutes) are reported
        var trees = new List<SyntaxTree>(records.Count + 1);
        if (series is not null && unit.SeriesReported) trees.Add(series);
        trees.AddRange(records);
        var reported = trees.Select(t => t.Source.Path).ToHashSet(StringComparer.Ordinal);
        var compilation = Compilation.Create(series, [.. records, .. neighbours], summarized, reported);
        if (unit.Bound is { } keep)
        {
            var recordOf = compilation.Records.ToDictionary(r => r.Tree, r => r, (IEqualityComparer<SyntaxTree>)ReferenceEqualityComparer.Instance);
            foreach (var (path, tree) in parsed.Zip(neighbours)) keep(path, recordOf.GetValueOrDefault(tree));
        }

        var diagnostics = compilation.Diagnostics.Where(d => reported.Contains(d.Source.Path)).ToList();
        return (trees, diagnostics);
    }

    /// <summary>The files a series reports: the records named, and its series.minutes when that is named too.</summary>
    private static IEnumerable<string> Reported(Unit unit) =>
        unit.Series is not null && unit.SeriesReported ? [.. unit.Records, unit.Series] : unit.Records;

    private static List<Unit> FileUnits(IEnumerable<string> paths, CommandContext context, List<Inputs.Unreadable> unreadable)
    {
        var units = new List<Unit>();
        foreach (var group in Inputs.Collect(paths, unreadable))
        {
            var neighbours = Inputs.Neighbours(group, unreadable);
            context.Trace("minutes: " + CliText.Say(context.Language, $"series {group.SeriesFile ?? "(none)"}: {group.Records.Count} record(s) named, {neighbours.Count} more read",
                $"系列 {group.SeriesFile ?? "（無）"}：指定紀錄 {group.Records.Count} 份，另讀 {neighbours.Count} 份"));
            units.Add(new Unit(group.SeriesFile, true, group.Records, neighbours, Compilation.ParseFile));
        }

        return units;
    }

    /// <summary>
    /// The series touched by the commit, from git's index: each staged record with the rest of its
    /// series; a staged series.minutes brings all of its records, a staged minutesconfig.json all the
    /// records below it. Nothing comes from the working tree. Only the folders of the staged files, their
    /// parents and the folders of their series are read from the index.
    /// </summary>
    private static List<Unit> StagedUnits(GitIndex index, CommandContext context, out SummaryCache? cache)
    {
        static bool IsMinutes(string p) => p.EndsWith(".minutes", StringComparison.OrdinalIgnoreCase);
        var seriesIn = new Dictionary<string, string?>(StringComparer.Ordinal);
        string? SeriesIn(string dir)
        {
            // the first series file of a folder in ordinal order (series.minutes, Series.minutes …)
            if (!seriesIn.TryGetValue(dir, out var s)) seriesIn[dir] = s = index.FilesIn(dir).FirstOrDefault(f => IsMinutes(f) && Compilation.IsSeriesFile(f));
            return s;
        }

        string? SeriesOf(string rel)
        {
            for (string dir = GitIndex.FolderOf(rel); ; dir = GitIndex.FolderOf(dir))
            {
                if (SeriesIn(dir) is { } s) return s;
                if (dir.Length == 0) return null;
            }
        }

        // the records a series file governs: below its folder, with no nearer series file
        IEnumerable<string> Governed(string series) =>
            index.FilesUnder(GitIndex.FolderOf(series)).Where(r => IsMinutes(r) && !Compilation.IsSeriesFile(r) && SeriesOf(r) == series);

        var stagedMinutes = index.Staged.Where(IsMinutes).ToHashSet(StringComparer.Ordinal);
        var byKey = new Dictionary<string, (HashSet<string> Reported, bool SeriesStaged)>(StringComparer.Ordinal);
        foreach (var p in stagedMinutes)
        {
            bool isSeries = Compilation.IsSeriesFile(p);
            string key = (isSeries ? p : SeriesOf(p)) ?? "";
            if (!byKey.TryGetValue(key, out var entry)) byKey[key] = entry = ([], false);
            if (isSeries)
            {
                byKey[key] = (entry.Reported, true);
                entry.Reported.UnionWith(Governed(p));
            }
            else entry.Reported.Add(p);
        }

        // a staged minutesconfig.json changes the severities of every record below its folder
        foreach (var config in index.Staged.Where(p => p == DiagnosticConfig.FileName || p.EndsWith("/" + DiagnosticConfig.FileName, StringComparison.Ordinal)))
        {
            foreach (var r in index.FilesUnder(GitIndex.FolderOf(config)).Where(r => IsMinutes(r) && !Compilation.IsSeriesFile(r)))
            {
                string key = SeriesOf(r) ?? "";
                if (!byKey.TryGetValue(key, out var entry)) byKey[key] = entry = ([], false);
                entry.Reported.Add(r);
            }
        }

        var governed = byKey.Keys.Where(k => k.Length > 0).ToDictionary(k => k, k => Governed(k).ToList(), StringComparer.Ordinal);
        var all = byKey.SelectMany(k => k.Key.Length == 0 ? k.Value.Reported : governed[k.Key].Append(k.Key)).Distinct().ToList();
        string here = Directory.GetCurrentDirectory();
        string Shown(string rel) => Path.GetRelativePath(here, index.FullPath(rel));
        SyntaxTree Parse(string rel) => Parser.Parse(SourceText.FromBytes(index.Read(rel), Shown(rel)));

        // the rest of each series: from the summaries of an earlier run where the cache has them (issue 14 point 1)
        cache = SummaryCache.Open(index);
        var opened = cache;
        var summarized = new Dictionary<string, Dictionary<string, Record?>>(StringComparer.Ordinal);
        foreach (var (key, (reported, _)) in byKey)
        {
            summarized[key] = [];
            if (cache is null || key.Length == 0) continue;
            string seriesId = index.ObjectId(key);
            foreach (var r in governed[key].Where(r => !reported.Contains(r)))
            {
                if (cache.TryRead(key, seriesId, r, index.ObjectId(r), Shown(r), out var record)) summarized[key][r] = record;
            }
        }

        index.Preload(all.Where(r => !summarized.Values.Any(s => s.ContainsKey(r))));
        if (cache is not null) context.Trace($"minutes: summary cache {cache.Folder}: {cache.Hits} record(s) found");

        var units = new List<Unit>();
        foreach (var (key, (reported, seriesStaged)) in byKey.OrderBy(k => k.Key, StringComparer.Ordinal))
        {
            var named = reported.Order(StringComparer.Ordinal).ToList();
            var neighbours = key.Length == 0 ? [] : governed[key].Where(r => !reported.Contains(r)).ToList();
            context.Trace("minutes: " + CliText.Say(context.Language,
                $"series {(key.Length == 0 ? "(none)" : key)}: {named.Count} staged record(s), {neighbours.Count} more read from the index ({summarized[key].Count} of them from their summaries)",
                $"系列 {(key.Length == 0 ? "（無）" : key)}：已暫存紀錄 {named.Count} 份，另自 git 索引讀 {neighbours.Count} 份（其中 {summarized[key].Count} 份讀自摘要）"));
            string? seriesId = key.Length == 0 ? null : index.ObjectId(key);
            units.Add(new Unit(key.Length == 0 ? null : key, seriesStaged, named, neighbours, Parse)
            {
                Summarized = summarized[key],
                Bound = opened is null || seriesId is null ? null : (rel, record) => opened.Add(key, seriesId, rel, index.ObjectId(rel), record),
            });
        }

        return units;
    }

    /// <summary>The nearest minutesconfig.json of a folder as staged, up to the repository's top.</summary>
    private static Func<string, DiagnosticConfig> IndexConfig(GitIndex index)
    {
        var loaded = new Dictionary<string, DiagnosticConfig>(StringComparer.Ordinal);
        string here = Directory.GetCurrentDirectory();
        return folder =>
        {
            if (index.Relative(folder) is not { } dir) return DiagnosticConfig.Default;
            while (true)
            {
                string candidate = dir.Length == 0 ? DiagnosticConfig.FileName : dir + "/" + DiagnosticConfig.FileName;
                if (index.Contains(candidate))
                {
                    if (!loaded.TryGetValue(candidate, out var config))
                        loaded[candidate] = config = DiagnosticConfig.Parse(index.Read(candidate), Path.GetRelativePath(here, index.FullPath(candidate)));
                    return config;
                }

                if (dir.Length == 0) return DiagnosticConfig.Default;
                dir = dir.LastIndexOf('/') is var i and >= 0 ? dir[..i] : "";
            }
        };
    }

    public static Compilation Compile(Inputs.Group group) =>
        Compilation.Create(
            group.SeriesFile is null ? null : Compilation.ParseFile(group.SeriesFile),
            group.Records.Select(Compilation.ParseFile));
}
