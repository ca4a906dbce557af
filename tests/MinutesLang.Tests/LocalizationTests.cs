using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using MinutesLang.Cli;
using MinutesLang.Diagnostics;
using MinutesLang.Localization;
using MinutesLang.Parsing;
using MinutesLang.Semantics;
using MinutesLang.Validation;

namespace MinutesLang.Tests;

/// <summary>
/// Issue 15 «In the writer's language»: every code has its texts in English and zh-TW with the same placeholders
/// (§1); the language comes from --lang, minutesconfig.json, then the system (§2); findings of the seeds and of a
/// writer's typical mistakes are Chinese under a Chinese locale and English with --lang en; the register's table and
/// CSV in the chosen language, the CSV with a byte-order mark (§4).
/// </summary>
public sealed partial class LocalizationTests : CliHarness
{
    // ── 1. The catalog: both texts, the same placeholders, no English sentence in Chinese ─────────────

    [Fact]
    public void EveryCodeHasItsTitleMessageAndHintInBothLanguages()
    {
        var missing = DiagnosticCatalog.All.Where(e => e.TitleZh is null || e.Forms is not { Count: > 0 }).Select(e => e.Code).ToList();
        var halfDone = DiagnosticCatalog.All.SelectMany(e => (e.Forms ?? []).Where(f => f.MessageZh.Length == 0 || (f.Hint is null) != (f.HintZh is null))
            .Select(f => $"{e.Code} form '{f.Key}'")).ToList();
        Assert.True(missing.Count == 0 && halfDone.Count == 0,
            "codes without their zh-TW texts (give the catalog entry its Chinese title and forms, and have the factory call Say): "
            + string.Join(", ", missing) + (halfDone.Count > 0 ? "; forms with a text in one language only: " + string.Join(", ", halfDone) : ""));
    }

    [Fact]
    public void ThePlaceholdersOfBothTextsAgree()
    {
        var disagree = new List<string>();
        foreach (var e in DiagnosticCatalog.All)
        {
            foreach (var f in e.Forms ?? [])
            {
                var en = MessageTemplate.Placeholders(f.Message).Concat(MessageTemplate.Placeholders(f.Hint ?? "")).ToHashSet();
                var zh = MessageTemplate.Placeholders(f.MessageZh).Concat(MessageTemplate.Placeholders(f.HintZh ?? "")).ToHashSet();
                if (!en.SetEquals(zh)) disagree.Add($"{e.Code} '{f.Key}': en {{{string.Join(",", en.Order())}}} zh-TW {{{string.Join(",", zh.Order())}}}");
            }
        }

        Assert.True(disagree.Count == 0, string.Join("\n", disagree));
    }

    [Fact]
    public void EveryPlaceholderIsANameAndEveryFormFillsInBothLanguages()
    {
        // a brace meant as text is written {{ or }}: a JSON example in a hint must not read as a placeholder
        foreach (var e in DiagnosticCatalog.All)
        {
            foreach (var f in e.Forms ?? [])
            {
                var texts = new[] { f.Message, f.MessageZh, f.Hint, f.HintZh }.OfType<string>().ToList();
                var names = texts.SelectMany(MessageTemplate.Placeholders).Distinct().ToList();
                Assert.All(names, n => Assert.Matches("^[A-Za-z][A-Za-z0-9]*$", n));
                var values = names.Select(n => KeyValuePair.Create(n, (object?)"甲")).ToList();
                Assert.All(texts, t => Assert.DoesNotContain("{", MessageTemplate.Format(t.Replace("{{", "").Replace("}}", ""), Language.En, values)));
            }
        }
    }

    [Fact]
    public void TheFormsOfACodeHaveDistinctKeys()
    {
        Assert.All(DiagnosticCatalog.All, e => Assert.Equal((e.Forms ?? []).Count, (e.Forms ?? []).Select(f => f.Key).Distinct().Count()));
    }

    [Fact]
    public void NoChineseTextOfTheCatalogHoldsAnEnglishSentence()
    {
        var english = new List<string>();
        foreach (var e in DiagnosticCatalog.All)
        {
            if (EnglishWords(e.TitleIn(Language.ZhTw)) is { Length: > 0 } t) english.Add($"{e.Code} title: {t}");
            foreach (var f in e.Forms ?? [])
            {
                // each placeholder filled with a Chinese value: what is left in ASCII is the catalog's own text
                var values = MessageTemplate.Placeholders(f.MessageZh + (f.HintZh ?? "")).Select(n => KeyValuePair.Create(n, (object?)"甲")).ToList();
                foreach (string text in new[] { f.MessageZh, f.HintZh }.OfType<string>())
                {
                    string zh = MessageTemplate.Format(text, Language.ZhTw, values);
                    if (EnglishWords(zh) is { Length: > 0 } w) english.Add($"{e.Code} '{f.Key}': {w} in «{zh}»");
                    Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", zh);
                }
            }
        }

        Assert.True(english.Count == 0, "English in zh-TW texts:\n" + string.Join("\n", english));
    }

    [Fact]
    public void EnglishSaysOneCaseAndTwoCases()
    {
        var series = "@series 教育文化組\n  名稱：教育文化組\n\n@case 甲案\n  標題：甲案標題\n@case 乙案\n  標題：乙案標題\n";
        var one = Compilation.Create(Parser.Parse(series, "series.minutes"),
            [Parser.Parse("@meeting 114-1\n# 第 1 次會議紀錄\n* 時間：114 年 3 月 7 日（星期五）上午 10 時\n* 業務報告\n  - 本次會議 [[甲案]] 等計 3 案持續列管。\n    @成案 甲案 同意：全體\n", "114-1.minutes")]);
        var d = one.Diagnostics.FirstOrDefault(x => x.Code == "ML0240");
        if (d is not null) Assert.DoesNotContain("1 cases", d.Message);
        var text = new DiagnosticText(DiagnosticCatalog.Get("ML0240").Form("line.one"), [KeyValuePair.Create("written", (object?)"計 3 案"), KeyValuePair.Create("counted", (object?)1)]);
        Assert.Contains("1 case is linked", text.Message(Language.En));
        var many = new DiagnosticText(DiagnosticCatalog.Get("ML0240").Form("line"), [KeyValuePair.Create("written", (object?)"計 3 案"), KeyValuePair.Create("counted", (object?)2)]);
        Assert.Contains("2 cases are linked", many.Message(Language.En));
        Assert.Contains("2 件", many.Message(Language.ZhTw));
    }

    // ── 2. Which language ────────────────────────────────────────────────────────────────────────────

    [Theory]
    [InlineData("LANG=zh_TW.UTF-8", Language.ZhTw)]
    [InlineData("LANG=zh_TW.Big5", Language.ZhTw)]
    [InlineData("LANG=zh_HK.UTF-8", Language.ZhTw)]
    [InlineData("LANG=zh_MO", Language.ZhTw)]
    [InlineData("LANG=zh_CN.UTF-8", Language.En)]
    [InlineData("LANG=zh_SG.UTF-8", Language.En)]
    [InlineData("LANG=de_DE.UTF-8", Language.En)]
    [InlineData("LANG=en_US.UTF-8", Language.En)]
    [InlineData("LANG=C.UTF-8", null)]
    [InlineData("LANG=POSIX", null)]
    [InlineData("", null)]
    [InlineData("LANGUAGE=zh_TW:en LANG=en_US.UTF-8", Language.ZhTw)]
    [InlineData("LANGUAGE=zh-Hant LANG=de_DE.UTF-8", Language.ZhTw)]
    [InlineData("LANGUAGE=zh_CN:zh_TW LANG=en_US.UTF-8", Language.En)]
    [InlineData("LANGUAGE=zh_TW LANG=C", null)]
    [InlineData("LANGUAGE=zh_TW", Language.ZhTw)]
    [InlineData("LC_ALL=zh_TW.UTF-8 LANG=en_US.UTF-8", Language.ZhTw)]
    [InlineData("LC_ALL=en_US.UTF-8 LC_MESSAGES=zh_TW.UTF-8", Language.En)]
    [InlineData("LC_MESSAGES=zh_TW.UTF-8 LANG=en_US.UTF-8", Language.ZhTw)]
    [InlineData("LC_ALL=C LANG=zh_TW.UTF-8", null)]
    public void TheSystemLanguageIsReadAsGettextReadsIt(string environment, Language? expected)
    {
        var variables = environment.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(v => v.Split('=', 2)).ToDictionary(v => v[0], v => v[1]);
        Assert.Equal(expected, Languages.FromEnvironment(n => variables.GetValueOrDefault(n)));
    }

    [Theory]
    [InlineData(0x0404, Language.ZhTw)] // zh-TW
    [InlineData(0x0C04, Language.ZhTw)] // zh-HK
    [InlineData(0x1404, Language.ZhTw)] // zh-MO
    [InlineData(0x0804, Language.En)] // zh-CN
    [InlineData(0x1004, Language.En)] // zh-SG
    [InlineData(0x0409, Language.En)] // en-US
    [InlineData(0x0407, Language.En)] // de-DE
    public void AWindowsUiLanguageIsReadFromItsLanguageId(int id, Language expected) =>
        Assert.Equal(expected, Languages.FromWindowsLanguageId(id));

    [Theory]
    [InlineData("zh-TW", Language.ZhTw)]
    [InlineData("zh_TW", Language.ZhTw)]
    [InlineData("ZH-tw", Language.ZhTw)]
    [InlineData("zh-Hant", Language.ZhTw)]
    [InlineData("en", Language.En)]
    [InlineData("fr", null)]
    [InlineData("zh-CN", null)]
    [InlineData("", null)]
    public void TheLangOptionTakesZhTwOrEn(string name, Language? expected) => Assert.Equal(expected, Languages.Parse(name));

    private const string Weekday = "@meeting 114-1\n# 標題\n* 時間：114 年 3 月 7 日（星期四）上午 10 時\n";

    private (int Code, string Out, string Err) RunIn(Language? system, params string[] args)
    {
        var o = new StringWriter();
        var e = new StringWriter();
        int code = MinutesLang.Cli.Cli.Run(args, o, e, Terminal.Plain with { Language = system });
        return (code, o.ToString(), e.ToString());
    }

    [Fact]
    public void LangBeatsTheConfigurationWhichBeatsTheSystem()
    {
        string record = Write("a/114-1.minutes", Weekday);
        // the system alone
        Assert.Contains("錯誤 ML0103：", RunIn(Language.ZhTw, "check", record).Out);
        Assert.Contains("error ML0103: ", RunIn(null, "check", record).Out);
        // the configuration beats the system
        Write("a/minutesconfig.json", "{ \"language\": \"en\" }");
        Assert.Contains("error ML0103: ", RunIn(Language.ZhTw, "check", record).Out);
        Write("a/minutesconfig.json", "{ \"language\": \"zh-TW\" }");
        Assert.Contains("錯誤 ML0103：", RunIn(Language.En, "check", record).Out);
        // --lang beats both, before or after the command, in either spelling
        Assert.Contains("error ML0103: ", RunIn(Language.ZhTw, "--lang", "en", "check", record).Out);
        Assert.Contains("error ML0103: ", RunIn(Language.ZhTw, "check", record, "--lang=en").Out);
        Assert.Contains("錯誤 ML0103：", RunIn(Language.En, "--lang=zh-TW", "check", record).Out);
    }

    [Fact]
    public void ALanguageThatIsNotOneIsAUsageErrorOrAConfigurationFinding()
    {
        string record = Write("b/114-1.minutes", Weekday);
        var (code, _, err) = RunIn(null, "--lang", "fr", "check", record);
        Assert.Equal(2, code);
        Assert.Contains("--lang zh-TW or --lang en", err);
        Assert.Equal(2, RunIn(null, "check", record, "--lang").Code);

        Write("b/minutesconfig.json", "{ \"language\": \"klingon\" }");
        var (_, o, _) = RunIn(null, "check", record);
        Assert.Contains("ML0500: unknown language 'klingon'", o);
        Assert.Contains("ML0500：沒有「klingon」這種語言", RunIn(Language.ZhTw, "--lang", "zh-TW", "check", record).Out);
    }

    // ── Findings of the seeds and of a writer's typical mistakes, in each language ─────────────────────

    [Fact]
    public void UnderAChineseLocaleEveryFindingOfTheSeedsIsChinese()
    {
        var (code, o, e) = RunIn(Language.ZhTw, "check", Repo.Seeds);
        Assert.Equal((0, ""), (code, e));
        string shown = o.Replace(Repo.Seeds + Path.DirectorySeparatorChar, "seeds/");
        AssertChinese(shown);
        Snapshot.Verify("seeds.check.zh-TW", shown);

        // the same findings, each in Chinese, line for line with the English baseline
        var (_, english, _) = RunIn(Language.ZhTw, "--lang", "en", "check", Repo.Seeds);
        string en = english.Replace(Repo.Seeds + Path.DirectorySeparatorChar, "seeds/");
        Assert.Equal(File.ReadAllText(Path.Combine(Repo.Root, "tests/MinutesLang.Tests/Baselines/seeds.check.verified.txt")), en);
        Assert.Equal(Heads(en).Select(h => h.Code), Heads(shown).Select(h => h.Code));
        Assert.Equal(Heads(en).Select(h => h.At), Heads(shown).Select(h => h.At));
    }

    [Fact]
    public void EveryDiagnosticOfTheSeedsComesFromTheCatalogInBothLanguages()
    {
        var c = Compilation.Create(Compilation.ParseFile(Path.Combine(Repo.Seeds, "series.minutes")),
            Directory.EnumerateFiles(Repo.Seeds, "*.minutes").Where(f => !f.EndsWith("series.minutes", StringComparison.Ordinal)).Select(Compilation.ParseFile));
        Assert.NotEmpty(c.Diagnostics);
        Assert.All(c.Diagnostics, AssertTranslated);
    }

    /// <summary>The next record of a series (114-2), clean, and each kind of mistake a secretary makes in it (after the writer cases).</summary>
    private const string SeriesText = """
        @series 社會教育組
          名稱：社會教育組

        @case 閱讀推廣
          標題：跨市公共圖書館閱讀推廣
        @case 長青學苑
          標題：樂齡長青學苑課程交流

        """;

    private const string Previous = """
        @meeting 114-1
        # 114 年度社會教育組第 1 次工作會議紀錄
        * 時間：114 年 3 月 7 日（星期五）上午 10 時
        * 業務報告
          - 本次會議「[[閱讀推廣]]」一案成案。
            @成案 閱讀推廣 同意：全體
        散會：上午 11 時

        """;

    private const string Clean = """
        @meeting 114-2
        # 114 年度社會教育組第 2 次工作會議紀錄
        * 時間：114 年 6 月 12 日（星期四）下午 2 時
        * 地點：臺北市立圖書館總館 10 樓會議室
        * 主席：王科長
        紀錄：李專員
        * 業務報告
          - 「[[閱讀推廣]]」一案各館已完成聯合書展，本案持續列管。
            @列管 閱讀推廣
          - 各市社區大學課程資訊已彙整完成。
        * 提案討論
          案由：「樂齡長青學苑課程交流」一案，提請討論。
          說明：
            - 擬每學期辦理一次課程觀摩。
            - 由各市輪流主辦。
          決議：
            - 同意辦理。
            @成案 長青學苑 同意：全體
        散會：下午 3 時 30 分

        """;

    public static TheoryData<string, string, string> Mistakes() => new()
    {
        { "dash without its space", "  - 各市社區大學", "  -各市社區大學" },
        { "star without its space", "* 地點：", "*地點：" },
        { "full-width star", "* 提案討論", "＊ 提案討論" },
        { "full-width dash", "  - 各市社區大學", "  － 各市社區大學" },
        { "hand-typed ordinal on an item", "    - 擬每學期", "    - (一)擬每學期" },
        { "hand-typed ordinal on a deeper item", "    - 同意辦理。", "    - 1. 同意辦理。" },
        { "hand-typed part", "* 業務報告", "壹、業務報告" },
        { "hand-typed item as text", "  - 各市社區大學", "  二、各市社區大學" },
        { "tab indentation", "  - 各市社區大學", "\t- 各市社區大學" },
        { "full-width space indentation", "  - 各市社區大學", "　　- 各市社區大學" },
        { "list at the field's indentation", "    - 擬每學期辦理一次課程觀摩。\n    - 由各市輪流主辦。", "  - 擬每學期辦理一次課程觀摩。\n  - 由各市輪流主辦。" },
        { "no 時間", "* 時間：114 年 6 月 12 日（星期四）下午 2 時\n", "" },
        { "short weekday, wrong", "（星期四）", "（五）" },
        { "long weekday, wrong", "（星期四）", "（星期三）" },
        { "tracked case linked without its event", "    @列管 閱讀推廣\n", "" },
        { "wrapped item at its marker's column", "  - 各市社區大學課程資訊已彙整完成。", "  - 各市社區大學課程\n  資訊已彙整完成。" },
        { "part written twice", "* 主席：王科長", "* 主席：王科長\n* 主席：陳科長" },
        { "meridiem against the hour", "散會：下午 3 時 30 分", "散會：上午 15 時 30 分" },
        { "misspelt label", "* 地點：", "* 地典：" },
        { "verb 記錄", "紀錄：李專員", "記錄：李專員" },
        { "unknown case", "@列管 閱讀推廣", "@列管 閱讀推光" },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public void EveryFindingOfAWritersMistakeIsChineseUnderAChineseLocaleAndEnglishWithLangEn(string kind, string from, string to)
    {
        Assert.Contains(from, Clean);
        string record = Clean.Replace(from, to);
        var c = Compilation.Create(Parser.Parse(SeriesText, "series.minutes"), [Parser.Parse(Previous, "114-1.minutes"), Parser.Parse(record, "114-2.minutes")]);
        var found = c.Diagnostics.Where(d => d.Source.Path == "114-2.minutes").ToList();
        Assert.True(found.Count > 0, $"{kind}: no finding");
        Assert.All(found, AssertTranslated);

        // the command line, as the writer runs it
        Write("s/series.minutes", SeriesText);
        Write("s/114-1.minutes", Previous);
        Write("s/114-2.minutes", record);
        var zh = RunIn(Language.ZhTw, "check", Path.Combine(dir, "s"));
        AssertChinese(zh.Out);
        var en = RunIn(Language.ZhTw, "--lang", "en", "check", Path.Combine(dir, "s"));
        Assert.DoesNotMatch(@"(錯誤|警告|資訊) ML\d{4}", en.Out);
        Assert.DoesNotContain("= 提示：", en.Out);
        Assert.Equal(Heads(en.Out).Select(h => h.Code), Heads(zh.Out).Select(h => h.Code));
    }

    [Fact]
    public void AWritersMistakeHasAChineseBaseline()
    {
        Write("s/series.minutes", SeriesText);
        Write("s/114-1.minutes", Previous);
        Write("s/114-2.minutes", Clean.Replace("（星期四）", "（五）").Replace("  - 各市社區大學", "\t- 各市社區大學").Replace("    @列管 閱讀推廣\n", ""));
        var (_, o, _) = RunIn(Language.ZhTw, "check", Path.Combine(dir, "s"));
        Snapshot.Verify("writer.check.zh-TW", o.Replace(Path.Combine(dir, "s") + Path.DirectorySeparatorChar, ""));
    }

    [Fact]
    public void JsonAndSarifKeepEnglishKeysWithChineseMessagesAndTheRulesCarryBothTitles()
    {
        string record = Write("j/114-1.minutes", Weekday);
        var json = JsonDocument.Parse(RunIn(null, "--lang", "zh-TW", "check", record, "--format", "json").Out).RootElement;
        var finding = json.GetProperty("findings")[0];
        Assert.Equal("ML0103", finding.GetProperty("code").GetString());
        Assert.Equal("error", finding.GetProperty("severity").GetString());
        Assert.Contains("不是星期四", finding.GetProperty("message").GetString());
        Assert.StartsWith("請改為", finding.GetProperty("hint").GetString());

        var sarif = JsonDocument.Parse(RunIn(null, "--lang", "zh-TW", "check", record, "--format", "sarif").Out).RootElement.GetProperty("runs")[0];
        Assert.Contains("不是星期四", sarif.GetProperty("results")[0].GetProperty("message").GetProperty("text").GetString());
        var rule = sarif.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "ML0103");
        Assert.Equal("Weekday does not match the date", rule.GetProperty("properties").GetProperty("title").GetProperty("en").GetString());
        Assert.Equal("星期與日期不符", rule.GetProperty("properties").GetProperty("title").GetProperty("zh-TW").GetString());

        var msbuild = RunIn(null, "--lang", "zh-TW", "check", record, "--format", "msbuild").Out;
        Assert.Contains(": error ML0103: ", msbuild); // the MSBuild line keeps the keyword tools parse
        Assert.Contains("不是星期四", msbuild);
    }

    // ── 4. The register ──────────────────────────────────────────────────────────────────────────────

    [Fact]
    public void TheCsvStartsWithAByteOrderMarkAndSpeaksTheChosenLanguage()
    {
        string file = Path.Combine(dir, "cases.csv");
        Assert.Equal(0, RunIn(null, "cases", Repo.Seeds, "--format", "csv", "-o", file).Code);
        byte[] bytes = File.ReadAllBytes(file);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        string en = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        Assert.StartsWith("id,title,origin,state,established,last_reported,history\r\n", en);
        Assert.Contains(",open,", en);

        Assert.Equal(0, RunIn(Language.ZhTw, "cases", Repo.Seeds, "--format", "csv", "-o", file).Code);
        bytes = File.ReadAllBytes(file);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        string zh = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        Assert.StartsWith("案號,標題,來源,狀態,成案,最近報告,歷程\r\n", zh);
        Assert.Contains(",列管中,", zh);
        Assert.DoesNotContain(",open,", zh);
        Assert.DoesNotContain(",unknown,", zh);
        // the same rows and columns in both languages
        Assert.Equal(en.Split("\r\n").Select(l => l.Split(',')[0]), zh.Split("\r\n").Select(l => l.Split(',')[0]).Select((id, i) => i == 0 ? "id" : id));
        Snapshot.Verify("seeds.cases.zh-TW", zh, "csv");
    }

    [Fact]
    public void TheTableSpeaksTheChosenLanguage()
    {
        var zh = RunIn(Language.ZhTw, "cases", Repo.Seeds).Out;
        Assert.StartsWith("案號", zh);
        Assert.Contains("列管中", zh);
        var en = RunIn(Language.ZhTw, "--lang", "en", "cases", Repo.Seeds).Out;
        Assert.StartsWith("id ", en);
        Assert.Contains("tracked", en);
        Assert.DoesNotContain("列管中", en);
        Assert.Equal(zh.Split('\n').Length, en.Split('\n').Length);
    }

    // ── The real process: the locale of the environment, and formatting that does not depend on it ─────

    [Fact]
    public void TheProcessReadsLangAndFormatsTheSameUnderEveryCulture()
    {
        // a record whose findings hold numbers with separators (ML0130: 1 to 9,999) and dates
        string record = Write("p/114-1.minutes", "@meeting 114-99999\n# 標題\n* 時間：114 年 3 月 7 日（星期四）上午 10 時\n");
        string c = Process(record, "C.UTF-8", "--lang", "en");
        Assert.Contains("ML0103", c);
        Assert.Equal(c, Process(record, "de_DE.UTF-8", "--lang", "en"));
        Assert.Equal(c, Process(record, "zh_TW.UTF-8", "--lang", "en"));

        string zh = Process(record, "zh_TW.UTF-8");
        Assert.Contains("錯誤 ML0103：", zh);
        AssertChinese(zh);
        Assert.Equal(zh, Process(record, "de_DE.UTF-8", "--lang", "zh-TW"));

        // every number and date of the English text is in the Chinese one, written the same
        foreach (Match n in Regex.Matches(c, @"\d[\d,.-]*\d"))
            Assert.Contains(n.Value, zh);
    }

    private static string Process(string record, string locale, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, StandardOutputEncoding = Encoding.UTF8 };
        start.ArgumentList.Add(typeof(MinutesLang.Cli.Cli).Assembly.Location);
        foreach (string a in args) start.ArgumentList.Add(a);
        start.ArgumentList.Add("check");
        start.ArgumentList.Add(record);
        foreach (string v in new[] { "LANGUAGE", "LC_ALL", "LC_MESSAGES" }) start.Environment.Remove(v);
        start.Environment["LANG"] = locale;
        start.Environment["NO_COLOR"] = "1";
        using var p = System.Diagnostics.Process.Start(start)!;
        string o = p.StandardOutput.ReadToEnd();
        p.StandardError.ReadToEnd();
        p.WaitForExit();
        return o;
    }

    // ── helpers ──────────────────────────────────────────────────────────────────────────────────────

    /// <summary>The heads of the human format (<c>path:line:col: severity CODE</c>), in order.</summary>
    private static List<(string At, string Code)> Heads(string output) =>
        [.. Regex.Matches(output, @"^(\S+:\d+:\d+): \S+ (ML\d{4})", RegexOptions.Multiline).Select(m => (m.Groups[1].Value, m.Groups[2].Value))];

    /// <summary>Every finding's line and hint of the human format is Chinese: a Chinese severity, and no English sentence beyond the values quoted.</summary>
    private static void AssertChinese(string output)
    {
        Assert.NotEmpty(Heads(output));
        foreach (string line in output.Split('\n'))
        {
            var head = Regex.Match(line, @"^\S+:\d+:\d+: (\S+) ML\d{4}(.)(.*)$");
            var hint = Regex.Match(line, @"^\s+= (\S+?)[:：]\s*(.*)$");
            if (head.Success)
            {
                Assert.Contains(head.Groups[1].Value, new[] { "錯誤", "警告", "資訊" });
                Assert.Equal("：", head.Groups[2].Value);
                Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", head.Groups[3].Value);
            }
            else if (hint.Success)
            {
                Assert.Contains(hint.Groups[1].Value, new[] { "提示", "附註" });
            }
        }
    }

    /// <summary>A diagnostic made from the catalog: its zh-TW message and hint hold no English but the values of its placeholders.</summary>
    private static void AssertTranslated(Diagnostic d)
    {
        Assert.True(d.Text is not null, $"{d.Code} is not in the catalog's forms: {d.Message}");
        var zh = d.In(Language.ZhTw);
        Assert.NotEqual(d.Message, zh.Message);
        foreach (string text in new[] { zh.Message, zh.Hint }.OfType<string>())
        {
            string rest = text;
            foreach (var value in d.Text!.Arguments.Select(a => MessageTemplate.Text(a.Value, Language.ZhTw)).Where(v => v.Length > 0).OrderByDescending(v => v.Length))
                rest = rest.Replace(value, "甲");
            Assert.True(EnglishWords(rest).Length == 0, $"{d.Code}: English in «{text}»: {EnglishWords(rest)}");
        }
    }

    /// <summary>
    /// The ASCII words of a zh-TW text that are not terms: codes, directives, file names, links, placeholders, JSON,
    /// options and commands, units and the notation's letters (N, M) are allowed; anything else is English left in.
    /// </summary>
    internal static string EnglishWords(string text)
    {
        string rest = Terms().Replace(text, " ");
        var words = Regex.Matches(rest, "[A-Za-z]+").Select(m => m.Value).Where(w => !AllowedWords.Contains(w)).ToList();
        return string.Join(" ", words);
    }

    private static readonly HashSet<string> AllowedWords = new(StringComparer.Ordinal)
    {
        "NUL", "UTF", "PDF", "XML", "JSON", "KB", "N", "M", "No", "Page", "YYYY", "MM", "DD", "ID", "id", "Debian", "Ubuntu", "fontconfig",
        "apt", "get", "install", "fonts", "noto", "cjk", "fc", "list", "lang", "zh", "tw", "check", "fmt", "fix", "escape", "xml", "docx", "odt", "Q",
        "Markdown", "import", // a format and a command named in ML0424
    };

    [GeneratedRegex(@"ML\d{4}|@[^\s」：，、（）'""]+|[\w.-]+\.(?:minutes|json|md|docx|odt|txt)|\[\[[^\]]*\]\]|\{\{[^}]*\}\}|\{[^}]*\}|""[^""]*""|--[\w-]+|//|minutes(?: [a-z]+)?(?:-[a-z-]+)?|https?://\S+")]
    private static partial Regex Terms();
}

/// <summary>Issue 15 §3: <c>explain</c> in zh-TW — the pages of docs/diagnostics/zh-TW/, kept in step with the English ones.</summary>
public sealed class ChineseExplainTests
{
    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var o = new StringWriter();
        var e = new StringWriter();
        int code = MinutesLang.Cli.Cli.Run(args, o, e);
        return (code, o.ToString(), e.ToString());
    }

    private static IEnumerable<string> Blocks(string page) =>
        Regex.Matches(page, "```[a-z]*\n(.*?)```", RegexOptions.Singleline).Select(m => m.Groups[1].Value);

    [Fact]
    public void EveryChinesePageIsEmbeddedAndRunsTheExamplesOfTheEnglishPage()
    {
        var files = Directory.EnumerateFiles(Path.Combine(Repo.Root, "docs", "diagnostics", "zh-TW"), "ML*.md").ToList();
        Assert.NotEmpty(files);
        Assert.Equal(files.Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal), DiagnosticDocs.ChinesePages());
        foreach (var file in files)
        {
            string code = Path.GetFileNameWithoutExtension(file);
            var entry = DiagnosticCatalog.Get(code);
            string zh = File.ReadAllText(file).Replace("\r\n", "\n");
            Assert.StartsWith($"# {code}：{entry.TitleZh}\n\n嚴重程度：{DiagnosticFormatter.Severity(entry.Severity, Language.ZhTw)}\n", zh);
            Assert.Contains("## 範例", zh);
            Assert.Contains("## 修正", zh);
            // the same examples as the English page, which CatalogTests runs (the bad one raises the code, the fixed one not)
            Assert.Equal(Blocks(DiagnosticDocs.Page(code)!), Blocks(zh));
            Assert.Equal((0, zh.EndsWith('\n') ? zh : zh + "\n", ""), Run("--lang", "zh-TW", "explain", code));
        }
    }

    [Fact]
    public void ACodeWithoutAChinesePageGivesItsChineseTitleAboveTheEnglishPage()
    {
        // ML0110 has a Chinese page now: the fallback is composed for it directly, and explain prints it for any code still without one
        string fallback = DiagnosticDocs.EnglishPageUnderChineseTitle("ML0110")!;
        Assert.StartsWith("# ML0110：時間無法判讀\n\n嚴重程度：錯誤\n", fallback);
        Assert.Contains("英文說明", fallback);
        Assert.EndsWith(DiagnosticDocs.Page("ML0110")!.TrimEnd('\n') + "\n", fallback.TrimEnd('\n') + "\n");
        Assert.Null(DiagnosticDocs.EnglishPageUnderChineseTitle("ML9999"));
        var chinese = DiagnosticDocs.ChinesePages().ToHashSet();
        foreach (var e in DiagnosticCatalog.All.Where(e => !chinese.Contains(e.Code) && DiagnosticDocs.Page(e.Code) is not null))
        {
            var (exit, o, _) = Run("--lang", "zh-TW", "explain", e.Code);
            Assert.Equal(0, exit);
            Assert.Equal(DiagnosticDocs.EnglishPageUnderChineseTitle(e.Code)!.TrimEnd('\n') + "\n", o);
        }
    }

    [Fact]
    public void TheListOfCodesIsInTheChosenLanguage()
    {
        var zh = Run("--lang", "zh-TW", "explain").Out.TrimEnd('\n').Split('\n');
        Assert.Equal(DiagnosticCatalog.All.Count, zh.Length);
        Assert.Contains("ML0103  錯誤  星期與日期不符", zh);
        Assert.Contains("ML0252  警告  名詞「紀錄」誤作「記錄」", zh);
        Assert.Contains("ML0103  error    Weekday does not match the date", Run("--lang", "en", "explain").Out.Split('\n'));
    }
}

/// <summary>Issue 15 §3: <c>--help</c> in zh-TW for the usage and the commands a secretary runs (check, cases, explain).</summary>
public sealed class ChineseHelpTests
{
    private static string Help(params string[] args)
    {
        var o = new StringWriter();
        Assert.Equal(0, MinutesLang.Cli.Cli.Run(args, o, new StringWriter()));
        return o.ToString();
    }

    [Theory]
    [InlineData("check")]
    [InlineData("cases")]
    [InlineData("explain")]
    [InlineData("render")]
    [InlineData("import")]
    [InlineData("fmt")]
    [InlineData("new")]
    [InlineData("hook")]
    [InlineData("lsp")]
    public void TheHelpOfACommandIsChineseWithLangZhTwAndEnglishWithLangEn(string command)
    {
        string zh = Help("--lang", "zh-TW", command, "--help");
        Assert.StartsWith("用法：minutes " + command, zh);
        Assert.Equal(zh, Help("--lang", "zh-TW", "help", command));
        string en = Help("--lang", "en", command, "--help");
        Assert.StartsWith("Usage: minutes " + command, en);
        // every option of the English help is in the Chinese one
        foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(en, @"--[a-z][a-z-]+"))
            Assert.Contains(m.Value, zh);
    }

    [Fact]
    public void TheUsageIsChineseWithLangZhTw()
    {
        string zh = Help("--lang", "zh-TW", "--help");
        Assert.Contains("用法：minutes <指令> [選項]", zh);
        foreach (string command in new[] { "check", "render", "cases", "explain", "import", "fmt", "new", "hook", "lsp", "help", "fix" })
            Assert.Contains("  " + command + " ", zh);
        Assert.Contains("--lang=zh-TW|en", zh);
        Assert.Contains("--lang=zh-TW|en", Help("--help"));
    }
}
