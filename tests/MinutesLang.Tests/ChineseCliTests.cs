using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using MinutesLang.Cli;
using MinutesLang.Diagnostics;
using MinutesLang.Localization;
using Xunit.Abstractions;

namespace MinutesLang.Tests;

/// <summary>
/// Issue 15, "Done when": under a Chinese locale (LANG=zh_TW.UTF-8 in the environment of a real process) every command
/// speaks Chinese — findings, hints, usage errors, the lines of files written, help and explain pages — on the seeds and
/// on a writer's and an importer's faults (Fixtures/Chinese); with <c>--lang en</c> or LANG=C the same runs speak English.
/// "No English" is <see cref="EnglishDetector"/> on the output less what may stay ASCII: codes, paths, file names,
/// options, ids, and the names of tools and formats.
/// </summary>
public sealed partial class ChineseCliTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("minutes-zh-").FullName;
    private readonly ITestOutputHelper output;

    public ChineseCliTests(ITestOutputHelper output) => this.output = output;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private static string Fixture(string name) => Path.Combine(Repo.Root, "tests", "MinutesLang.Tests", "Fixtures", name);

    /// <summary>The commands of the proof: a name, the folder to run in (null: the test's folder), the arguments.</summary>
    private List<(string Name, string[] Args)> Runs()
    {
        // a copy of the seeds for the commands that write (new) and one record out of the canonical layout (fmt --check)
        string seeds = Path.Combine(dir, "seeds");
        Directory.CreateDirectory(seeds);
        foreach (string f in Directory.EnumerateFiles(Repo.Seeds, "*.minutes")) File.Copy(f, Path.Combine(seeds, Path.GetFileName(f)), overwrite: true);
        string messy = Path.Combine(dir, "messy");
        Directory.CreateDirectory(messy);
        File.WriteAllText(Path.Combine(messy, "114-1.minutes"), File.ReadAllText(Path.Combine(Repo.Seeds, "114-1.minutes")).Replace("\n  ", "\n   ").Replace("\n", "  \r\n"));
        string notes = Path.Combine(dir, "notes");
        Directory.CreateDirectory(notes);
        foreach (string f in new[] { "no-title.minutes", "fullwidth-marker.minutes" }) File.Copy(Fixture("Chinese/" + f), Path.Combine(notes, f), overwrite: true);

        return
        [
            ("check the seeds", ["check", Repo.Seeds]),
            ("check the seeds, verbose", ["check", "-v", Path.Combine(Repo.Seeds, "114-1.minutes")]),
            ("check a record without a title", ["check", Path.Combine(notes, "no-title.minutes")]),
            ("check a full-width marker", ["check", Path.Combine(notes, "fullwidth-marker.minutes")]),
            ("check nothing", ["check"]),
            ("check a missing file", ["check", Path.Combine(dir, "missing.minutes")]),
            ("check with a bad format", ["check", "--format", "yaml", Repo.Seeds]),
            ("fmt --check the seeds", ["fmt", "--check", Repo.Seeds]),
            ("fmt --check a messy record", ["fmt", "--check", messy]),
            ("fmt a record with a wrong marker", ["fmt", Path.Combine(notes, "fullwidth-marker.minutes")]),
            ("fmt a missing file", ["fmt", Path.Combine(dir, "missing.minutes")]),
            ("fix the seeds, dry run", ["fix", "--dry-run", seeds]),
            ("fix with an unknown code", ["fix", "--code", "ML9999", seeds]),
            ("import an ordinal and a digit", ["import", Fixture("Chinese/import-ordinal-digit.txt"), "-o", Path.Combine(dir, "imported")]),
            ("import labels without colon", ["import", Fixture("Chinese/import-label-no-colon.txt"), "-o", Path.Combine(dir, "imported2")]),
            ("import again, refused", ["import", Fixture("Chinese/import-ordinal-digit.txt"), "-o", Path.Combine(dir, "imported")]),
            ("import random bytes", ["import", Fixture("Hostile/notzip.docx"), "-o", Path.Combine(dir, "imported3")]),
            ("import an empty docx", ["import", Fixture("Hostile/empty.docx"), "-o", Path.Combine(dir, "imported3")]),
            ("render a seed", ["render", Path.Combine(Repo.Seeds, "114-1.minutes"), "--to", "txt", "-o", Path.Combine(dir, "114-1.txt")]),
            ("render without --to", ["render", Path.Combine(Repo.Seeds, "114-1.minutes")]),
            ("render a folder to stdout", ["render", Repo.Seeds, "--to", "md"]),
            ("render pdf without Chromium", ["render", Path.Combine(Repo.Seeds, "114-1.minutes"), "--to", "pdf", "-o", Path.Combine(dir, "114-1.pdf")]),
            ("render onto its input", ["render", Path.Combine(seeds, "114-1.minutes"), "--to", "txt", "-o", Path.Combine(seeds, "114-1.minutes")]),
            ("cases", ["cases", Repo.Seeds]),
            ("cases as csv", ["cases", Repo.Seeds, "--format", "csv"]),
            ("cases of no folder", ["cases", Path.Combine(dir, "missing")]),
            ("new", ["new", seeds, "--date", "2025-09-05"]),
            ("new again, refused", ["new", seeds, "--date", "2025-09-05"]),
            ("new before the last record", ["new", seeds, "--date", "2020-01-03"]),
            ("new with a date not of the calendar", ["new", seeds, "--date", "114-02-30"]),
            ("new of a 臨時會 where there is none", ["new", NoExtraMeetings(), "--extra", "--date", "2025-09-05"]),
            ("import a wrong weekday", ["import", Fixture("Chinese/import-wrong-weekday.txt"), "-o", Path.Combine(dir, "weekday")]),
            ("hook outside git", ["hook", "install"]),
            ("hook without an action", ["hook"]),
            ("lsp with a path", ["lsp", "seeds"]),
            ("an unknown command", ["publish"]),
            ("an unknown option", ["check", "--fast", Repo.Seeds]),
            ("explain an unknown code", ["explain", "ML9999"]),
            ("the list of codes", ["explain"]),
            ("the usage", ["--help"]),
            .. new[] { "check", "render", "cases", "explain", "import", "fmt", "new", "hook", "lsp", "fix" }.Select(c => ("help of " + c, new[] { c, "--help" })),
        ];
    }

    /// <summary>The runs of <see cref="Runs"/> made in this process: every command has at least one run in a process of its own.</summary>
    private static readonly HashSet<string> InProcess =
    [
        "check the seeds, verbose", "check a record without a title", "check a full-width marker", "check a missing file", "render a seed",
        "the list of codes", "check nothing", "check with a bad format", "fmt --check the seeds", "fmt a record with a wrong marker",
        "fmt a missing file", "import labels without colon", "import again, refused", "import an empty docx", "render without --to",
        "render a folder to stdout", "render onto its input", "cases as csv", "cases of no folder", "new again, refused",
        "an unknown option", "explain an unknown code", "new with a date not of the calendar", "new of a 臨時會 where there is none", "help of check", "help of render", "help of cases", "help of explain",
        "help of fmt", "help of new", "help of hook", "help of lsp", "lsp with a path", "fix with an unknown code", "help of fix",
    ];

    [Fact]
    public void UnderAChineseLocaleNoCommandSaysAnEnglishSentenceAndWithLangEnItSaysEnglish()
    {
        var english = new List<string>();
        var notEnglish = new List<string>();
        foreach (var (name, args) in Runs())
        {
            // a process of its own under LANG=zh_TW.UTF-8 for one run of each command (and the hook, which works in the
            // current folder); the others in this process with the language that locale gives (Terminal.Language), to keep
            // the test's time down: the reading of LANG itself is the same code (LangCPinsEnglishInAProcess, LocalizationTests)
            var (_, o, e) = InProcess.Contains(name) ? Cli(Language.ZhTw, args) : Child("zh_TW.UTF-8", args);
            // what a run writes for a person to read inside a file: the comments import writes into a record (an ML0403 reason)
            if (name == "import a wrong weekday") o += "\n" + WrittenComments(Path.Combine(dir, "weekday"));
            string said = Shown(o + "\n" + e);
            if ((o + e).Trim().Length == 0) continue; // silence (a clean fmt --check, a file written without --verbose) is no language
            if (!Regex.IsMatch(o + e, @"\p{IsCJKUnifiedIdeographs}")) english.Add($"{name}: nothing Chinese in «{Trim(o + e)}»");
            if (LocalizationTests.EnglishWords(said) is { Length: > 0 } words) english.Add($"{name}: {words}\n    in «{Trim(o + e)}»");
        }

        // the same runs with --lang en speak English (in-process: the option beats the system, as the process shows above)
        foreach (var (name, args) in Runs().Where(r => r.Name is not ("hook outside git" or "render pdf without Chromium")))
        {
            if (name == "import a wrong weekday") Directory.Delete(Path.Combine(dir, "weekday"), recursive: true);
            var (_, o, e) = Cli(Language.ZhTw, ["--lang", "en", .. args]);
            if (name == "import a wrong weekday")
            {
                string comments = WrittenComments(Path.Combine(dir, "weekday"));
                if (!comments.Contains("kept as published (import ML0403)", StringComparison.Ordinal)) notEnglish.Add($"{name}: the record's comments «{comments}»");
            }

            if ((o + e).Trim().Length == 0) continue;
            if (!Regex.IsMatch(o + e, @"\b(the|a|no|not|is|of|to|in|and|or|wrote|formatted|would|error|warning|Usage|title|state|unknown|with|needs)\b|\b[a-z]+ [a-z]+ [a-z]+\b")) notEnglish.Add($"{name}: «{Trim(o + e)}»");
        }

        // the hook, installed in a repository, and the hook's own run by git at a commit
        string repo = Path.Combine(dir, "repo");
        Directory.CreateDirectory(repo);
        Sh.Run(repo, "git", "init", "-q");
        var (hookCode, hookOut, hookErr) = ChildIn(repo, "zh_TW.UTF-8", "hook", "install", "--command", "minutes");
        Assert.Equal(0, hookCode);
        Assert.StartsWith("已寫入 ", hookOut);
        if (LocalizationTests.EnglishWords(Shown(hookOut + hookErr)) is { Length: > 0 } hw) english.Add($"hook install: {hw}");
        var (againCode, _, again) = ChildIn(repo, "zh_TW.UTF-8", "hook", "install");
        Assert.Equal(0, againCode);
        File.WriteAllText(Path.Combine(repo, ".git", "hooks", "pre-commit"), "#!/bin/sh\nexit 0\n");
        var (foreignCode, _, foreign) = ChildIn(repo, "zh_TW.UTF-8", "hook", "install");
        Assert.Equal(2, foreignCode);
        Assert.Contains("已有 pre-commit hook，未寫入任何檔案", foreign);
        if (LocalizationTests.EnglishWords(Shown(again + foreign)) is { Length: > 0 } fw) english.Add($"hook install again: {fw}");

        // the hook script as written under the Chinese locale: its comments and its echo (HookLanguageTests runs it)
        File.Delete(Path.Combine(repo, ".git", "hooks", "pre-commit"));
        Assert.Equal(0, ChildIn(repo, "zh_TW.UTF-8", "hook", "install", "--command", "minutes").Code);
        string script = File.ReadAllText(Path.Combine(repo, ".git", "hooks", "pre-commit"));
        foreach (string line in HookLanguageTests.Said(script))
            if (LocalizationTests.EnglishWords(Shown(line)) is { Length: > 0 } sw) english.Add($"the hook script: {sw}\n    in «{line}»");
        if (!Regex.IsMatch(string.Join("\n", HookLanguageTests.Said(script)), @"\p{IsCJKUnifiedIdeographs}")) english.Add($"the hook script: nothing Chinese in «{script}»");

        Assert.True(english.Count == 0, "English under LANG=zh_TW.UTF-8:\n" + string.Join("\n", english));
        Assert.True(notEnglish.Count == 0, "no English with --lang en:\n" + string.Join("\n", notEnglish));
    }

    [Fact]
    public void LangCPinsEnglishInAProcess()
    {
        var (code, _, e) = Child("C.UTF-8", "check", Path.Combine(dir, "missing.minutes"));
        Assert.Equal(2, code);
        Assert.Contains("missing.minutes: no such file or folder", e);
        var (zhCode, _, zh) = Child("zh_TW.UTF-8", "check", Path.Combine(dir, "missing.minutes"));
        Assert.Equal(2, zhCode);
        Assert.Contains("missing.minutes：找不到這個檔案或資料夾", zh);
    }

    // ── the messages outside the catalog, one by one, in both languages (in-process, the system's language given) ──

    public static TheoryData<string, string, string[]> Messages() => new()
    {
        { "unknown command '出版'", "沒有「出版」這個指令", ["出版"] },
        { "unknown option '--快'", "沒有「--快」這個選項", ["check", "--快", "x"] },
        { "option --to needs a value", "選項 --to 須有值", ["render", "x.minutes", "--to"] },
        { "check needs at least one file or folder", "check 須指定至少一個檔案或資料夾", ["check"] },
        { "fmt needs at least one file or folder", "fmt 須指定至少一個檔案或資料夾", ["fmt"] },
        { "import needs at least one file", "import 須指定至少一個檔案", ["import"] },
        { "render needs exactly one record file or folder", "render 須指定一個紀錄檔或資料夾", ["render"] },
        { "cases needs exactly one series folder", "cases 須指定一個系列資料夾", ["cases"] },
        { "new needs exactly one series folder", "new 須指定一個系列資料夾", ["new"] },
        { "hook takes one action", "hook 只有一個動作", ["hook", "remove"] },
        { "explain takes one code", "explain 只接受一個代碼", ["explain", "ML0103", "ML0104"] },
        { "unknown code 'ML0999'", "沒有「ML0999」這個代碼", ["explain", "ML0999"] },
        { "unknown format 'yaml'", "沒有「yaml」這種格式", ["cases", "--format", "yaml", "."] },
        { "unknown format 'rtf'", "沒有「rtf」這種格式", ["render", "x.minutes", "--to", "rtf"] },
        { "--warnaserror: 'ML9' is not a diagnostic code", "--warnaserror：「ML9」不是診斷代碼", ["check", "--warnaserror:ML9", "x"] },
        { "--staged checks what git is about to commit", "--staged 檢查 git 即將提交的內容", ["check", "--staged", "x"] },
        { "--jobs needs the number of series to check at a time", "--jobs 須為同時檢查的系列數，1 以上的整數，不是「0」", ["check", "--jobs", "0", "x"] },
        { "not 'many'", "不是「many」", ["check", "--jobs", "many", "x"] },
        { "'--lang fr': use --lang zh-TW or --lang en", "「--lang fr」：請用 --lang zh-TW 或 --lang en", ["--lang", "fr", "check", "x"] },
        { "'--color=red': use --color=auto", "「--color=red」：請用 --color=auto", ["--color=red", "check", "x"] },
        { "no such file or folder", "找不到這個檔案或資料夾", ["check", "無此檔.minutes"] },
        { "無此檔.minutes: no such file or folder", "無此檔.minutes：找不到這個檔案或資料夾", ["fmt", "無此檔.minutes"] },
        { "無此檔.txt: no such file", "無此檔.txt：找不到這個檔案", ["import", "無此檔.txt"] },
    };

    [Theory]
    [MemberData(nameof(Messages))]
    public void AUsageErrorIsSaidInTheSystemsLanguageOrInTheLanguageOfLang(string en, string zh, string[] args)
    {
        var (code, o, e) = Cli(Language.ZhTw, args);
        Assert.Equal((2, ""), (code, o));
        Assert.StartsWith("minutes: ", e);
        Assert.Contains(zh, e);
        Assert.Equal("", LocalizationTests.EnglishWords(Shown(e)));
        // --lang en where the system is Chinese, and English where the system says nothing
        if (!args.Contains("--lang")) Assert.Contains(en, Cli(Language.ZhTw, ["--lang", "en", .. args]).Err);
        Assert.Contains(en, Cli(null, args).Err);
    }

    [Fact]
    public void TheLinesOfFilesWrittenAreSaidInTheChosenLanguage()
    {
        // import: created, wrote; fmt: formatted, would reformat (with its notes); render --verbose: wrote … bytes
        string text = File.ReadAllText(Fixture("Chinese/import-ordinal-digit.txt"));
        string input = Path.Combine(dir, "in.txt");
        File.WriteAllText(input, text);
        var zh = Cli(Language.ZhTw, "import", input, "-o", Path.Combine(dir, "zh"));
        Assert.Contains("已建立 " + Path.Combine(dir, "zh"), zh.Out);
        Assert.Contains("已寫入 " + Path.Combine(dir, "zh", "113-4.minutes"), zh.Out);
        var en = Cli(null, "import", input, "-o", Path.Combine(dir, "en"));
        Assert.Contains("created " + Path.Combine(dir, "en"), en.Out);
        Assert.Contains("wrote " + Path.Combine(dir, "en", "113-4.minutes"), en.Out);

        string record = Path.Combine(dir, "zh", "113-4.minutes");
        File.WriteAllText(record, File.ReadAllText(record).Replace("\n", "\r\n").TrimEnd('\n', '\r'));
        var check = Cli(Language.ZhTw, "fmt", "--check", record);
        Assert.Equal(1, check.Code);
        Assert.Contains($"{record} 須重排（行尾：CRLF → LF；檔尾補上換行）", check.Out);
        Assert.Contains($"would reformat {record} (line ends: CRLF → LF; final newline added)", Cli(Language.ZhTw, "--lang", "en", "fmt", "--check", record).Out);
        Assert.Contains("已重排 " + record, Cli(Language.ZhTw, "fmt", record).Out);

        string txt = Path.Combine(dir, "114-1.txt");
        var render = Cli(Language.ZhTw, "render", "-v", Path.Combine(Repo.Seeds, "114-1.minutes"), "--to", "txt", "-o", txt);
        Assert.Matches($@"minutes: 已寫入 {Regex.Escape(txt)}（\d+ 位元組）", render.Err);
        Assert.Matches($@"minutes: wrote {Regex.Escape(txt)} \(\d+ bytes\)", Cli(null, "render", "-v", Path.Combine(Repo.Seeds, "114-1.minutes"), "--to", "txt", "-o", txt).Err);
    }

    [Fact]
    public void TheSummaryOfVerboseIsSaidInTheChosenLanguage()
    {
        string record = Path.Combine(Repo.Seeds, "114-1.minutes");
        var zh = Cli(Language.ZhTw, "check", "-v", record).Err;
        Assert.Matches(@"minutes: 系列 \S+series\.minutes：指定紀錄 1 份，另讀 \d+ 份", zh);
        Assert.Matches(@"minutes: 已檢查 1 個系列的 \d+ 個檔案，費時 \d+ 毫秒：錯誤 \d+ 則、警告 \d+ 則、資訊 \d+ 則，略過 \d+ 則", zh);
        Assert.Equal("", LocalizationTests.EnglishWords(Shown(zh)));
        var en = Cli(null, "check", "-v", record).Err;
        Assert.Matches(@"minutes: checked \d+ file\(s\) in 1 series in \d+ ms: \d+ error\(s\)", en);
    }

    // ── explain: every code with a Chinese page says no English; those without are listed ─────────────

    public static TheoryData<string> Codes() => [.. DiagnosticCatalog.All.Select(e => e.Code)];

    [Theory]
    [MemberData(nameof(Codes))]
    public void ExplainSpeaksChineseForEveryCodeWithAChinesePage(string code)
    {
        var (exit, o, e) = Cli(Language.ZhTw, "explain", code);
        Assert.Equal((0, ""), (exit, e));
        string title = DiagnosticCatalog.Get(code).TitleZh!;
        Assert.StartsWith($"# {code}：{title}\n", o);
        if (!DiagnosticDocs.ChinesePages().Contains(code))
        {
            // not written yet (the pages are on their way): its Chinese title above the English page, said to be English
            Assert.Contains("英文說明", o);
            output.WriteLine($"{code}: no Chinese page yet");
            return;
        }

        // the examples are the record's own text (fenced blocks): what is left is the page's prose
        string prose = Regex.Replace(o, "```.*?```", " ", RegexOptions.Singleline);
        Assert.Equal("", LocalizationTests.EnglishWords(Shown(prose)));
    }

    [Fact]
    public void TheCodesWithoutAChinesePageAreListed()
    {
        var missing = DiagnosticCatalog.All.Select(e => e.Code).Except(DiagnosticDocs.ChinesePages()).ToList();
        output.WriteLine($"{missing.Count} of {DiagnosticCatalog.All.Count} codes have no Chinese page yet: {string.Join(", ", missing)}");
        Assert.NotEmpty(DiagnosticDocs.ChinesePages());
        Assert.All(DiagnosticDocs.ChinesePages(), c => Assert.True(DiagnosticCatalog.TryGet(c, out _), $"{c}: a Chinese page of no code"));
    }

    // ── helpers ──────────────────────────────────────────────────────────────────────────────────────

    /// <summary>
    /// What may stay ASCII in a Chinese output is taken out: the test's folders, the rows of the register (the records'
    /// case titles), the records' own lines (a diff of fmt, the source window of a finding), then what
    /// <see cref="EnglishDetector.Strip"/> takes out of any Chinese text; the rest is what
    /// <see cref="LocalizationTests.EnglishWords"/> judges.
    /// </summary>
    private string Shown(string text)
    {
        text = text.Replace(dir, "/tmp").Replace(Repo.Root, "/repo");
        // the register's rows are the records' (case titles as written): its header is the tool's
        if (text.TrimStart('\uFEFF').StartsWith("案號", StringComparison.Ordinal)) text = text.TrimStart('\uFEFF').Split('\n')[0];
        // the records' own lines: a diff of fmt --check (+, -, one space) and the source window of a finding
        text = Regex.Replace(text, @"(?m)^(?:[+-]|@@| (?! )).*$", " ");
        return EnglishDetector.Strip(text);
    }

    private static string Trim(string s) => s.Length > 600 ? s[..600] + "…" : s;

    /// <summary>The comment lines of the records a run wrote into <paramref name="folder"/> (what import writes for a reader), one per line.</summary>
    private static string WrittenComments(string folder) =>
        !Directory.Exists(folder) ? "" : string.Join("\n", Directory.EnumerateFiles(folder, "*.minutes").SelectMany(File.ReadLines)
            .Select(l => l.Trim()).Where(l => l.StartsWith("//", StringComparison.Ordinal)).Select(l => l[2..]));

    /// <summary>A series that declares no 臨時會 (臨時會：無) and has one record: <c>new --extra</c> refuses it.</summary>
    private string NoExtraMeetings()
    {
        string folder = Path.Combine(dir, "no-extra");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "series.minutes"), "@series 環保\n  名稱：環境保護組\n  編號：流水\n  臨時會：無\n");
        File.WriteAllText(Path.Combine(folder, "12.minutes"), "@meeting 12\n# 環境保護組第 12 次會議紀錄\n* 時間：114 年 3 月 7 日（星期五）上午 10 時\n* 地點：會議室\n* 散會：上午 11 時\n");
        return folder;
    }

    private static (int Code, string Out, string Err) Cli(Language? system, params string[] args)
    {
        var o = new StringWriter();
        var e = new StringWriter();
        int code = MinutesLang.Cli.Cli.Run(args, o, e, Terminal.Plain with { Language = system });
        return (code, o.ToString(), e.ToString());
    }

    /// <summary>
    /// <c>minutes ARGS</c> in a process of its own, in the test's folder, under <paramref name="locale"/> as LANG (the
    /// other locale variables removed), as a secretary's machine runs it.
    /// </summary>
    private (int Code, string Out, string Err) Child(string locale, params string[] args) => ChildIn(dir, locale, args);

    /// <summary>As <see cref="Child"/>, in <paramref name="workdir"/>.</summary>
    private (int Code, string Out, string Err) ChildIn(string workdir, string locale, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = workdir,
            StandardOutputEncoding = Encoding.UTF8, StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(typeof(MinutesLang.Cli.Cli).Assembly.Location);
        foreach (string a in args) start.ArgumentList.Add(a);
        ChildLocale.Pin(start, locale);
        start.Environment["GIT_CEILING_DIRECTORIES"] = Path.GetDirectoryName(dir)!;
        start.Environment["MINUTES_CHROMIUM"] = "/nonexistent/chromium"; // pdf: the message of a machine without Chromium
        foreach (var v in new[] { "GIT_DIR", "GIT_INDEX_FILE", "GIT_WORK_TREE", "GIT_OBJECT_DIRECTORY" }) start.Environment.Remove(v);
        start.Environment["GIT_CONFIG_GLOBAL"] = "/dev/null";
        start.Environment["GIT_CONFIG_NOSYSTEM"] = "1";
        using var p = Process.Start(start)!;
        var err = p.StandardError.ReadToEndAsync();
        string o = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        return (p.ExitCode, o, err.Result);
    }
}
