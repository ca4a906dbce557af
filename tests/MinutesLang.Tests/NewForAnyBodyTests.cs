using MinutesLang.Authoring;
using MinutesLang.Diagnostics;
using MinutesLang.Parsing;
using MinutesLang.Semantics;

namespace MinutesLang.Tests;

/// <summary>
/// <c>minutes new</c> for the minutes of any public body («Minutes of any public body»): the year that numbers a
/// meeting (學年度, August to July; 會計年度 and 年度, the calendar) names it and only it — the date (時間) is the
/// calendar's, and a 學年度 series numbers even its first record by 學年度 (its 題名 says so); and a series that is not
/// the four-city group's gets placeholders, never that group's wording (工作會議, 合作案, 縣市, 列管表).
/// </summary>
public sealed class NewForAnyBodyTests : CliHarness
{
    private const string School = "@series 校務會議\n  名稱：臺中市立北屯國民中學校務會議\n  題名：臺中市立北屯國民中學{年}學年度第{次}次校務會議紀錄\n";
    private const string Fiscal = "@series 基金會\n  名稱：測試市公共建設基金管理委員會\n  題名：測試市公共建設基金管理委員會{年}會計年度第{次}次會議紀錄\n";
    private const string Calendar = "@series 區務會議\n  名稱：北屯區區務會議\n  題名：北屯區{年}年度第{次}次區務會議紀錄\n";

    private static string Record(string id, string title, string date) =>
        $"@meeting {id}\n# {title}\n* 時間：{date}上午 10 時\n* 地點：會議室\n* 主席：王主任\n紀錄：李幹事\n* 報告事項：無。\n散會：上午 11 時\n";

    private static Compilation Series(string series, params (string Name, string Text)[] records) =>
        Compilation.Create(Parser.Parse(series, "series.minutes"), records.Select(r => Parser.Parse(r.Text, r.Name)));

    /// <summary>The draft with the series: nothing but its placeholders is an error (the title's year agrees with the date, ML0230).</summary>
    private static void OnlyPlaceholders(string series, (string Name, string Text)[] records, NextRecordDraft draft)
    {
        var c = Series(series, [.. records, (draft.FileName, draft.Text)]);
        Assert.All(c.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error), d => Assert.Equal("ML0114", d.Code));
        Assert.DoesNotContain(c.Diagnostics, d => d.Code == "ML0230");
    }

    private static readonly (string, string)[] SchoolRecords =
    [
        ("113-1.minutes", Record("113-1", "臺中市立北屯國民中學113學年度第1次校務會議紀錄", "中華民國113年8月28日（星期三）")),
        ("113-2.minutes", Record("113-2", "臺中市立北屯國民中學113學年度第2次校務會議紀錄", "中華民國114年1月15日（星期三）")),
    ];

    /// <summary>The next record of a 學年度 series: numbered by 學年度, dated by the calendar, either side of August 1.</summary>
    [Theory]
    [InlineData(2025, 6, 18, "113-3", "113學年度第3次", "114 年 6 月 18 日（星期三）")]
    [InlineData(2025, 7, 31, "113-3", "113學年度第3次", "114 年 7 月 31 日（星期四）")]
    [InlineData(2025, 8, 1, "114-1", "114學年度第1次", "114 年 8 月 1 日（星期五）")]
    [InlineData(2025, 12, 31, "114-1", "114學年度第1次", "114 年 12 月 31 日（星期三）")]
    [InlineData(2026, 1, 7, "114-1", "114學年度第1次", "115 年 1 月 7 日（星期三）")]
    public void ASchoolYearNamesTheMeetingAndTheDateIsTheCalendars(int y, int m, int d, string id, string numbers, string date)
    {
        var draft = NextRecord.Create(Series(School, SchoolRecords), new DateOnly(y, m, d));
        Assert.Equal(id, draft.Id);
        Assert.StartsWith($"@meeting {id}\n# 臺中市立北屯國民中學{numbers}校務會議紀錄\n", draft.Text);
        Assert.Contains($"\n* 時間：{date}{{{{開會時間}}}}\n", draft.Text);
        OnlyPlaceholders(School, SchoolRecords, draft);
    }

    /// <summary>The first record of a 學年度 series is numbered by its 學年度 (its 題名 says the kind), dated by the calendar.</summary>
    [Theory]
    [InlineData(2026, 3, 4, "114-1", "114學年度第1次", "115 年 3 月 4 日（星期三）")]
    [InlineData(2025, 7, 30, "113-1", "113學年度第1次", "114 年 7 月 30 日（星期三）")]
    [InlineData(2025, 9, 3, "114-1", "114學年度第1次", "114 年 9 月 3 日（星期三）")]
    public void TheFirstRecordOfASchoolYearSeriesIsNumberedByItsSchoolYear(int y, int m, int d, string id, string numbers, string date)
    {
        var draft = NextRecord.Create(Series(School), new DateOnly(y, m, d));
        Assert.Equal(id, draft.Id);
        Assert.Equal(id + ".minutes", draft.FileName);
        Assert.StartsWith($"@meeting {id}\n# 臺中市立北屯國民中學{numbers}校務會議紀錄\n", draft.Text);
        Assert.Contains($"\n* 時間：{date}{{{{開會時間}}}}\n", draft.Text);
        OnlyPlaceholders(School, [], draft);
    }

    /// <summary>A 學年度 series without 題名 knows its kind from its last title (in Chinese numerals too).</summary>
    [Fact]
    public void WithoutATitleFormTheLastTitleSaysTheKind()
    {
        const string series = "@series 家長會\n  名稱：北屯國中家長會\n";
        (string, string)[] records = [("113-2.minutes", Record("113-2", "北屯國中一一三學年度第二次家長委員會議紀錄", "114 年 1 月 15 日（星期三）"))];
        var draft = NextRecord.Create(Series(series, records), new DateOnly(2025, 6, 18));
        Assert.StartsWith("@meeting 113-3\n# 北屯國中一一三學年度第三次家長委員會議紀錄\n", draft.Text);
        Assert.Contains("\n* 時間：114 年 6 月 18 日（星期三）", draft.Text);
        OnlyPlaceholders(series, records, draft);
    }

    /// <summary>會計年度 and 年度 are the calendar year: January 1 starts a new one, August 1 does not.</summary>
    [Theory]
    [InlineData(Fiscal, "會計年度", 2025, 8, 6, "114-3", "114 年 8 月 6 日（星期三）")]
    [InlineData(Fiscal, "會計年度", 2026, 1, 7, "115-1", "115 年 1 月 7 日（星期三）")]
    [InlineData(Calendar, "年度", 2025, 7, 30, "114-3", "114 年 7 月 30 日（星期三）")]
    [InlineData(Calendar, "年度", 2025, 12, 31, "114-3", "114 年 12 月 31 日（星期三）")]
    [InlineData(Calendar, "年度", 2026, 1, 2, "115-1", "115 年 1 月 2 日（星期五）")]
    public void CalendarAndFiscalYearSeriesNumberByTheCalendar(string series, string unit, int y, int m, int d, string id, string date)
    {
        string name = series == Fiscal ? "測試市公共建設基金管理委員會{0}會計年度第{1}次會議紀錄" : "北屯區{0}年度第{1}次區務會議紀錄";
        (string, string)[] records =
        [
            ("114-1.minutes", Record("114-1", string.Format(name, 114, 1), "114 年 3 月 5 日（星期三）")),
            ("114-2.minutes", Record("114-2", string.Format(name, 114, 2), "114 年 6 月 18 日（星期三）")),
        ];
        var draft = NextRecord.Create(Series(series, records), new DateOnly(y, m, d));
        Assert.Equal(id, draft.Id);
        var (year, number) = (id.Split('-')[0], id.Split('-')[1]);
        Assert.StartsWith($"@meeting {id}\n# {string.Format(name, year, number)}\n", draft.Text);
        Assert.Contains(unit, draft.Text.Split('\n')[1]);
        Assert.Contains($"\n* 時間：{date}{{{{開會時間}}}}\n", draft.Text);
        OnlyPlaceholders(series, records, draft);

        // the first record of such a series too
        var first = NextRecord.Create(Series(series), new DateOnly(y, m, d));
        Assert.Equal($"{RocCalendar.ToRoc(y)}-1", first.Id);
    }

    /// <summary>The case a user found, as a process: <c>minutes new sch --date 114-06-18</c>.</summary>
    [Fact]
    public void NewOnTheCommandLineWritesTheCalendarDate()
    {
        string sch = Path.Combine(dir, "sch");
        Directory.CreateDirectory(sch);
        File.WriteAllText(Path.Combine(sch, "series.minutes"), School);
        foreach (var (name, body) in SchoolRecords) File.WriteAllText(Path.Combine(sch, name), body);
        var (code, o, _) = Run("new", sch, "--date", "114-06-18");
        Assert.Equal(0, code);
        string path = Path.Combine(sch, "113-3.minutes");
        Assert.Equal(path + "\n", o);
        string text = File.ReadAllText(path);
        Assert.Contains("* 時間：114 年 6 月 18 日（星期三）{{開會時間}}\n", text);
        Assert.DoesNotContain("113 年 6 月", text);
    }

    // ── point 3: no four-city wording in another body's draft ─────────────────────────────

    private static readonly string[] FourCityWords = ["工作會議", "合作案", "合作方案", "縣市", "列管表", "主責", "接棒"];

    public static TheoryData<string, string, string, string, int, int, int> Bodies => new()
    {
        // a 區公所's 里長會報: no 題名, a record before; a case it follows up
        {
            "@series 里長會報\n  名稱：臺中市北屯區公所里長會報\n\n@case 路燈\n  標題：北屯路路燈汰換\n  來源：114 年第 1 次里長會報\n",
            "114-1.minutes",
            "@meeting 114-1\n# 臺中市北屯區公所114年第1次里長會報紀錄\n* 時間：114 年 3 月 5 日（星期三）上午 10 時\n* 地點：本所禮堂\n* 主席：林區長\n紀錄：陳課員\n* 討論事項\n  - [[路燈|北屯路路燈汰換]]：請建設課持續追蹤。\n    @列管 路燈\n散會：上午 11 時\n",
            "# 臺中市北屯區公所114年第2次里長會報紀錄\n",
            2025, 6, 4
        },
        // a school's 校務會議, first record, no 題名, a case declared and reported at no meeting yet
        {
            "@series 校務會議\n  名稱：北屯國中校務會議\n",
            "",
            "",
            "# {{題名}}\n",
            2025, 9, 3
        },
        // a council's 定期會 (屆-會期-次), its titles declared: a case it tracks
        {
            "@series 定期會\n  名稱：臺中市議會定期會\n  編號：屆會期\n  題名：臺中市議會第{屆}屆第{會期}會期定期會第{次}次會議紀錄\n\n@case 捷運\n  標題：捷運藍線建設進度\n  來源：議員提案\n",
            "4-5-1.minutes",
            "@meeting 4-5-1\n# 臺中市議會第4屆第5會期定期會第1次會議紀錄\n* 時間：114 年 5 月 6 日（星期二）上午 9 時\n* 地點：議事廳\n* 主席：張議長\n紀錄：議事組\n* 討論事項\n  - [[捷運]]：請交通局於下次會議報告。\n    @列管 捷運\n散會：中午 12 時\n",
            "# 臺中市議會第4屆第5會期定期會第2次會議紀錄\n",
            2025, 5, 13
        },
    };

    [Theory]
    [MemberData(nameof(Bodies))]
    public void ABodysDraftHasPlaceholdersNotTheFourCityGroupsWording(string series, string recordName, string record, string titleLine, int y, int m, int d)
    {
        (string, string)[] records = record.Length > 0 ? [(recordName, record)] : [];
        var c = Series(series, records);
        Assert.DoesNotContain(c.Diagnostics, x => x.Severity == DiagnosticSeverity.Error);
        var draft = NextRecord.Create(c, new DateOnly(y, m, d));
        Assert.Contains("\n" + titleLine, draft.Text);
        foreach (string word in FourCityWords) Assert.DoesNotContain(word, draft.Text);
        if (draft.Cases.Count > 0)
        {
            Assert.Contains("  案由：{{案由}}\n  說明：{{說明}}\n  決議：\n", draft.Text);
            Assert.Contains("案由", draft.Placeholders);
            Assert.Contains($"@列管 {draft.Cases[0].Id}", draft.Text);
        }

        if (titleLine.Contains("{{題名}}", StringComparison.Ordinal)) Assert.Contains("題名", draft.Placeholders);
        OnlyPlaceholders(series, records, draft);
    }

    /// <summary>The four-city group's series keeps its draft: the seeds' next record, whole (a baseline).</summary>
    [Fact]
    public void TheSeedsDraftIsTheFourCityGroupsAsBefore()
    {
        var c = Compilation.Create(
            Compilation.ParseFile(Path.Combine(Repo.Seeds, "series.minutes")),
            Repo.SeedNames.Select(n => Compilation.ParseFile(Path.Combine(Repo.Seeds, n + ".minutes"))));
        var draft = NextRecord.Create(c, new DateOnly(2025, 6, 6));
        Assert.Contains("項合作案辦理進度，提請討論。\n  說明：各縣市辦理情形詳合作方案辦理進度列管表。\n", draft.Text);
        Snapshot.Verify("new.seeds.114-2", draft.Text);
    }
}

/// <summary><c>minutes new</c> on a folder without series.minutes says what to do, in both languages.</summary>
public sealed class NewWithoutASeriesTests : CliHarness
{
    [Fact]
    public void AFolderWithoutASeriesIsToldHowToStartOne()
    {
        string empty = Path.Combine(dir, "里長會報");
        Directory.CreateDirectory(empty);
        var (code, o, e) = Run("new", empty);
        Assert.Equal(2, code);
        Assert.Equal("", o);
        Assert.Contains($"{empty}: no series.minutes in this folder", e);
        Assert.Contains($"write {Path.Combine(empty, "series.minutes")}", e);
        Assert.Contains("@series ", e);
        Assert.Contains($"run 'minutes new {empty}' again", e);

        var zh = Run("--lang", "zh-TW", "new", empty);
        Assert.Equal(2, zh.Code);
        Assert.Contains("資料夾中沒有 series.minutes，沒有可接續的系列。請先建立系列", zh.Err);
        Assert.Contains($"寫一個 {Path.Combine(empty, "series.minutes")}", zh.Err);
        Assert.Empty(Directory.GetFileSystemEntries(empty));

        // the series the user wrote as told is one new continues
        File.WriteAllText(Path.Combine(empty, "series.minutes"), "@series 里長會報\n  名稱：臺中市北屯區公所里長會報\n  題名：臺中市北屯區公所{年}年第{次}次里長會報紀錄\n");
        Assert.Equal(0, Run("new", empty, "--date", "2025-03-05").Code);
        Assert.StartsWith("@meeting 114-1\n# 臺中市北屯區公所114年第1次里長會報紀錄\n", File.ReadAllText(Path.Combine(empty, "114-1.minutes")));
    }

    [Fact]
    public void AFolderOfRecordsInsideASeriesNamesTheSeriesFolder()
    {
        Directory.CreateDirectory(Path.Combine(dir, "114"));
        File.WriteAllText(Path.Combine(dir, "series.minutes"), "@series 校務會議\n  名稱：北屯國中校務會議\n");
        var (code, _, e) = Run("new", Path.Combine(dir, "114"));
        Assert.Equal(2, code);
        Assert.Contains($"the series of its records is {Path.Combine(dir, "series.minutes")}: run 'minutes new {dir}'", e);
    }

    [Fact]
    public void ASeriesFileThatIsAFolderIsNamed()
    {
        string folder = Path.Combine(dir, "定期會");
        Directory.CreateDirectory(Path.Combine(folder, "series.minutes"));
        var (code, _, e) = Run("new", folder);
        Assert.Equal(2, code);
        Assert.Contains($"{Path.Combine(folder, "series.minutes")}: this is a folder, not the series file", e);
        Assert.Contains("是資料夾，不是系列檔", Run("--lang", "zh-TW", "new", folder).Err);
    }
}
