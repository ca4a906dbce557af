using MinutesLang.Authoring;
using MinutesLang.Diagnostics;
using MinutesLang.Import;
using MinutesLang.Parsing;
using MinutesLang.Semantics;
using MinutesLang.Text;
using MinutesLang.Validation;

namespace MinutesLang.Tests;

/// <summary>
/// Issue 12 §1 and §3: a series declares how it numbers and names its meetings (<c>編號</c>, <c>臨時會</c>,
/// <c>題名</c>, <c>臨時會題名</c> of <c>@series</c>: <see cref="MeetingScheme"/>); the meeting id (ML0132), the title
/// rules (ML0233, ML0234), the gap rule (ML0204), the order of the series and its register, <c>minutes new</c> and
/// the importer follow it; a declaration that cannot be read is ML0131 at its value; a record whose text holds no id
/// is <c>@meeting 無</c>, valid with a warning (ML0133). The series of other bodies are in Fixtures/Bodies.
/// </summary>
public sealed class SeriesSchemeTests : CliHarness
{
    private static readonly string Bodies = Path.Combine(Repo.Root, "tests", "MinutesLang.Tests", "Fixtures", "Bodies");

    private static Compilation Body(string name, Func<string, bool>? take = null)
    {
        string folder = Path.Combine(Bodies, name);
        var records = Directory.GetFiles(folder, "*.minutes").Where(f => !Compilation.IsSeriesFile(f) && (take?.Invoke(Path.GetFileNameWithoutExtension(f)) ?? true))
            .Order(StringComparer.Ordinal).Select(Compilation.ParseFile);
        return Compilation.Create(Compilation.ParseFile(Path.Combine(folder, "series.minutes")), records);
    }

    private static Compilation Series(string series, params (string Name, string Text)[] records) =>
        Compilation.Create(Parser.Parse(series, "series.minutes"), records.Select(r => Parser.Parse(r.Text, r.Name)));

    private static string Record(string id, string title, string date) =>
        $"@meeting {id}\n# {title}\n* 時間：{date}\n* 地點：本府會議室\n* 主席：王主任委員\n紀錄：李專員\n* 報告事項：無。\n* 散會：下午 4 時\n";

    private static string Text(Diagnostic d) => d.Source.Text.Substring(d.Span.Start, d.Span.Length);

    private static List<(string File, int Line, string Code)> Findings(Compilation c) =>
        [.. c.Diagnostics.Select(d => (Path.GetFileName(d.Source.Path), d.Start.Line, d.Code))];

    [Theory]
    [InlineData("11-2-5", MeetingNumbering.Session, 11, 2, 5, false)]
    [InlineData("3-12-140", MeetingNumbering.Session, 3, 12, 140, false)]
    [InlineData("11-2-臨1", MeetingNumbering.Session, 11, 2, 1, true)]
    [InlineData("臨1", MeetingNumbering.Running, 0, 0, 1, true)]
    [InlineData("臨27", MeetingNumbering.Running, 0, 0, 27, true)]
    [InlineData("114-臨2", MeetingNumbering.PerYear, 114, 0, 2, true)]
    [InlineData("臨2025-03-20", MeetingNumbering.Dated, 114, 0, 320, true)]
    [InlineData("無", MeetingNumbering.Unnumbered, 0, 0, 0, false)]
    public void TheIdsOfEveryScheme(string text, MeetingNumbering numbering, int year, int session, int number, bool extra)
    {
        Assert.Equal(MeetingId.ParseOutcome.Ok, MeetingId.TryParse(text, out var id));
        Assert.Equal(new MeetingId(numbering, year, number) { Session = session, Extra = extra }, id);
        Assert.Equal(text, id.ToString());
    }

    [Theory]
    [InlineData("11-0-1", MeetingId.ParseOutcome.OutOfRange)]
    [InlineData("0-2-1", MeetingId.ParseOutcome.OutOfRange)]
    [InlineData("11-2-0", MeetingId.ParseOutcome.OutOfRange)]
    [InlineData("11-2-99999999999", MeetingId.ParseOutcome.OutOfRange)]
    [InlineData("1-2-3-4", MeetingId.ParseOutcome.NotAnId)]
    [InlineData("臨", MeetingId.ParseOutcome.NotAnId)]
    [InlineData("臨時會", MeetingId.ParseOutcome.NotAnId)]
    [InlineData("無1", MeetingId.ParseOutcome.NotAnId)]
    [InlineData("1臨", MeetingId.ParseOutcome.NotAnId)]
    public void WhatIsNotAnIdOfAnyScheme(string text, MeetingId.ParseOutcome outcome) =>
        Assert.Equal(outcome, MeetingId.TryParse(text, out _));

    [Theory]
    [InlineData("年度", MeetingNumbering.PerYear)]
    [InlineData("流水", MeetingNumbering.Running)]
    [InlineData("流水號", MeetingNumbering.Running)]
    [InlineData("屆會期", MeetingNumbering.Session)]
    [InlineData("屆/會期/次", MeetingNumbering.Session)]
    [InlineData("日期", MeetingNumbering.Dated)]
    public void TheNumberingIsDeclaredInSeries(string value, MeetingNumbering numbering)
    {
        var c = Series($"@series 測試\n  名稱：測試委員會\n  編號：{value}\n");
        Assert.Empty(c.Diagnostics);
        Assert.Equal((numbering, true, 3), (c.Series.Scheme.Numbering, c.Series.Scheme.Declared, c.Series.Scheme.Line));
    }

    [Fact]
    public void WithoutADeclarationTheSchemeIsTheRecordsOwn()
    {
        // the seeds declare none and keep their per-year ids; a series without 編號 takes each id as written
        var seeds = Compilation.Create(Compilation.ParseFile(Path.Combine(Repo.Seeds, "series.minutes")), []);
        var scheme = seeds.Series.Scheme;
        Assert.Equal((false, MeetingNumbering.PerYear, ExtraMeetings.Any, null, null), (scheme.Declared, scheme.Numbering, scheme.Extras, scheme.TitleForm, scheme.ExtraTitleForm));
        var c = Series("@series 測試\n  名稱：測試委員會\n",
            ("560.minutes", Record("560", "測試委員會第 560 次會議紀錄", "114 年 3 月 7 日（星期五）下午 2 時")),
            ("561.minutes", Record("561", "測試委員會第 561 次會議紀錄", "114 年 4 月 11 日（星期五）下午 2 時")));
        Assert.Empty(c.Diagnostics);
    }

    [Theory]
    [InlineData("編號：連續", "連續")]
    [InlineData("編號：每季", "每季")]
    [InlineData("臨時會：有", "有")]
    [InlineData("臨時會：另案", "另案")]
    [InlineData("編號：流水\n  題名：測試委員會第{期}期第{次}次會議紀錄", "{期}")]
    [InlineData("編號：流水\n  題名：第{屆}屆測試委員會第{次}次會議紀錄", "{屆}")]
    [InlineData("編號：年度\n  臨時會題名：{年}年度測試委員會第{會期}會期第{次}次臨時會", "{會期}")]
    [InlineData("編號：流水\n  題名：測試委員會會議紀錄", "測試委員會會議紀錄")]
    [InlineData("編號：日期\n  題名：測試委員會第{次}次會議紀錄", "{次}")]
    public void AnUnreadableDeclarationIsML0131AtItsValue(string fields, string at)
    {
        var c = Series($"@series 測試\n  名稱：測試委員會\n  {fields}\n");
        var d = Assert.Single(c.Diagnostics);
        Assert.Equal(("ML0131", DiagnosticSeverity.Error), (d.Code, d.Severity));
        Assert.Equal(at, Text(d));
        Assert.NotNull(d.Hint);
    }

    [Theory]
    [InlineData("編號：流水", "114-3", "by a running count")]
    [InlineData("編號：流水", "11-2-3", "by a running count")]
    [InlineData("編號：年度", "560", "per 民國 year")]
    [InlineData("編號：屆會期", "114-3", "by 屆, 會期 and 次")]
    [InlineData("編號：日期", "3", "by their dates")]
    [InlineData("編號：流水\n  臨時會：無", "臨1", "declares no 臨時會")]
    [InlineData("編號：流水\n  臨時會：不編號", "臨1", "by their date")]
    [InlineData("編號：流水\n  臨時會：另計", "臨2025-03-07", "on their own")]
    [InlineData("編號：年度", "臨3", "per 民國 year")]
    public void AnIdOutsideTheDeclaredSchemeIsML0132AtTheId(string fields, string id, string says)
    {
        var c = Series($"@series 測試\n  名稱：測試委員會\n  {fields}\n", ("x.minutes", $"@meeting {id}\n# 測試委員會會議紀錄\n* 時間：114 年 3 月 7 日（星期五）下午 2 時\n"));
        var d = Assert.Single(c.Diagnostics, d => d.Code == "ML0132");
        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
        Assert.Equal(id, Text(d));
        Assert.Contains(says, d.Message);
        Assert.Contains("series.minutes:3", d.Message);
    }

    [Theory]
    [InlineData("編號：流水", "560")]
    [InlineData("編號：流水\n  臨時會：另計", "臨1")]
    [InlineData("編號：屆會期\n  臨時會：另計", "11-2-臨1")]
    [InlineData("編號：年度\n  臨時會：不編號", "臨2025-03-07")]
    [InlineData("編號：日期\n  臨時會：另計", "臨1")]
    [InlineData("編號：屆會期", "無")]
    public void AnIdOfTheDeclaredSchemeIsNoML0132(string fields, string id)
    {
        var c = Series($"@series 測試\n  名稱：測試委員會\n  {fields}\n", ("x.minutes", $"@meeting {id}\n# 測試委員會會議紀錄\n* 時間：114 年 3 月 7 日（星期五）下午 2 時\n"));
        Assert.DoesNotContain(c.Diagnostics, d => d.Code is "ML0132" or "ML0131" or "ML0106");
    }

    /// <summary>The running count of another body, end to end: 第 559, 560, 562 次 with a 臨時會 between 560 and 562.</summary>
    [Fact]
    public void ARunningCountWithAGapAndA臨時會()
    {
        var c = Body("running");
        Assert.Equal(["559", "560", "臨1", "562"], c.Context.Records.Select(r => r.Id));

        // 561 is missing (ML0204, once, at 562); the 臨時會 is no gap, and need not report the open case 焚化廠
        var gap = Assert.Single(c.Diagnostics);
        Assert.Equal(("562.minutes", 1, "ML0204"), (Path.GetFileName(gap.Source.Path), gap.Start.Line, gap.Code));
        Assert.Contains("no record of meeting 561 between 560 and 562", gap.Message);

        // the register follows the order of the series
        var register = CaseRegister.Build(c);
        var incinerator = register.Single(e => e.Id == "焚化廠");
        Assert.Equal(["559", "560", "562"], incinerator.History.Select(h => h.Meeting));
        Assert.Equal(("559", "562", CaseStatus.Delisted), (incinerator.EnteredAt, incinerator.LastReportedAt, incinerator.Status));
        var park = register.Single(e => e.Id == "工業區");
        Assert.Equal(["臨1", "562"], park.History.Select(h => h.Meeting));

        // without 560 the gap is 560–561, and the 臨時會 still no gap
        var without = Body("running", n => n != "560");
        Assert.Equal(["559", "臨1", "562"], without.Context.Records.Select(r => r.Id));
        Assert.Contains("no record of meetings 560 … 561 between 559 and 562", Assert.Single(without.Diagnostics, d => d.Code == "ML0204").Message);
    }

    [Fact]
    public void TheCasesCommandListsTheMeetingsInTheSeriesOrder()
    {
        var (code, csv, err) = Run("cases", Path.Combine(Bodies, "running"), "--format", "csv");
        Assert.True(code == 0, err);
        // the history is the last column: the meetings in the order of the series, the 臨時會 in its place
        string History(string id) => Assert.Single(csv.Split("\r\n"), l => l.StartsWith(id + ",", StringComparison.Ordinal)).Split(',', 7)[6];
        var park = History("工業區");
        Assert.True(park.IndexOf("臨1", StringComparison.Ordinal) is >= 0 and var a && park.IndexOf("562", StringComparison.Ordinal) > a, park);
        var incinerator = History("焚化廠");
        int[] at = [.. new[] { "559", "560", "562" }.Select(m => incinerator.IndexOf(m, StringComparison.Ordinal))];
        Assert.True(at[0] >= 0 && at[0] < at[1] && at[1] < at[2], incinerator);
    }

    /// <summary>屆/會期/次 of the Legislative Yuan across two 會期, with a 臨時會 of the second.</summary>
    [Fact]
    public void 屆會期次AcrossTwo會期()
    {
        var c = Body("legislative");
        Assert.Equal(["11-1-1", "11-1-2", "11-2-1", "11-2-臨1", "11-2-3"], c.Context.Records.Select(r => r.Id));
        var gap = Assert.Single(c.Diagnostics);
        Assert.Equal(("11-2-3.minutes", "ML0204"), (Path.GetFileName(gap.Source.Path), gap.Code));
        Assert.Contains("no record of meeting 11-2-2 between 11-2-1 and 11-2-3", gap.Message);

        // a new 會期 starts at 次 1: without 11-2-1, 11-2-3 says 次 1 and 2 of the 會期 are missing; the 臨時會 is none of them
        var late = Body("legislative", n => n != "11-2-1");
        Assert.Contains("no record of meetings 11-2-1 … 11-2-2 before 11-2-3", Assert.Single(late.Diagnostics, d => d.Code == "ML0204").Message);
    }

    [Theory]
    [InlineData("11-1-2", "11-2-1", null)]
    [InlineData("11-1-2", "11-1-4", "no record of meeting 11-1-3 between 11-1-2 and 11-1-4")]
    [InlineData("11-1-2", "11-3-1", "no record of 第 11 屆 會期 2 between 11-1-2 and 11-3-1")]
    [InlineData("11-8-20", "12-1-1", null)]
    [InlineData("11-8-20", "12-2-1", "no record of 第 12 屆 會期 1 before 12-2-1")]
    [InlineData("10-8-20", "12-1-1", "no record of 屆 11 between 10-8-20 and 12-1-1")]
    public void Gaps屆會期次(string first, string second, string? gap)
    {
        string series = "@series 內政委員會\n  名稱：立法院內政委員會\n  編號：屆會期\n";
        var c = Series(series,
            (first + ".minutes", Record(first, $"立法院第{first.Split('-')[0]}屆第{first.Split('-')[1]}會期內政委員會第{first.Split('-')[2]}次全體委員會議紀錄", "113 年 3 月 4 日（星期一）上午 9 時")),
            (second + ".minutes", Record(second, $"立法院第{second.Split('-')[0]}屆第{second.Split('-')[1]}會期內政委員會第{second.Split('-')[2]}次全體委員會議紀錄", "113 年 9 月 23 日（星期一）上午 9 時")));
        if (gap is null) Assert.Empty(c.Diagnostics);
        else Assert.Contains(gap, Assert.Single(c.Diagnostics, d => d.Code == "ML0204").Message);
    }

    [Fact]
    public void A臨時會BetweenTwoRegularMeetingsPerYearIsPlacedByItsDateAndIsNoGap()
    {
        string series = "@series 測試\n  名稱：測試委員會\n  編號：年度\n  臨時會：另計\n";
        var c = Series(series,
            ("114-2.minutes", Record("114-2", "114 年度測試委員會第 2 次會議紀錄", "114 年 6 月 6 日（星期五）下午 2 時")),
            ("114-臨1.minutes", Record("114-臨1", "114 年度測試委員會第 1 次臨時會會議紀錄", "114 年 4 月 18 日（星期五）下午 2 時")),
            ("114-1.minutes", Record("114-1", "114 年度測試委員會第 1 次會議紀錄", "114 年 3 月 7 日（星期五）下午 2 時")),
            ("114-臨3.minutes", Record("114-臨3", "114 年度測試委員會第 3 次臨時會會議紀錄", "114 年 7 月 4 日（星期五）下午 2 時")));
        Assert.Equal(["114-1", "114-臨1", "114-2", "114-臨3"], c.Context.Records.Select(r => r.Id));

        // 臨時會 numbered on their own are counted among themselves: 臨2 is missing, said once at 臨3
        var gap = Assert.Single(c.Diagnostics);
        Assert.Equal(("114-臨3.minutes", "ML0204"), (Path.GetFileName(gap.Source.Path), gap.Code));
        Assert.Contains("no record of 臨時會 114-臨2 between 114-臨1 and 114-臨3", gap.Message);
    }

    [Fact]
    public void A臨時會ThatDoesNotReportAnOpenCaseIsNoCarryOverFindingButTheNextRegularMeetingIs()
    {
        // the 臨時會 of the running body does not mention 焚化廠 (open after 560): no ML0200; a regular 561 that does not, is
        var c = Body("running");
        Assert.DoesNotContain(c.Diagnostics, d => d.Code == "ML0200");
        string folder = Path.Combine(Bodies, "running");
        string r561 = File.ReadAllText(Path.Combine(folder, "562.minutes")).Replace("562", "561").Replace("4 月 16 日", "4 月 9 日")
            .Replace("    - 「[[焚化廠|測試縣焚化廠升級整建計畫環境影響說明書]]」：審查通過，解除列管。\n      @解列 焚化廠\n", "");
        var with561 = Compilation.Create(Compilation.ParseFile(Path.Combine(folder, "series.minutes")),
            [.. Directory.GetFiles(folder, "*.minutes").Where(f => !Compilation.IsSeriesFile(f) && !f.EndsWith("562.minutes", StringComparison.Ordinal)).Select(Compilation.ParseFile), Parser.Parse(r561, "561.minutes")]);
        var carry = Assert.Single(with561.Diagnostics);
        Assert.Equal(("561.minutes", "ML0200"), (Path.GetFileName(carry.Source.Path), carry.Code));
        Assert.Contains("焚化廠", carry.Message);
    }

    [Theory]
    [InlineData("11-2-5", "立法院第11屆第3會期內政委員會第5次全體委員會議紀錄", "3")]
    [InlineData("11-2-5", "立法院第12屆第2會期內政委員會第5次全體委員會議紀錄", "12")]
    [InlineData("11-2-5", "立法院第11屆第2會期內政委員會第6次全體委員會議紀錄", "6")]
    [InlineData("11-2-臨1", "立法院第11屆第2會期內政委員會第1次全體委員會議紀錄", "立法院第11屆第2會期內政委員會第1次全體委員會議紀錄")]
    [InlineData("11-2-1", "立法院第11屆第2會期內政委員會第1次臨時會會議紀錄", "臨時會")]
    public void TheTitleRuleHolds屆會期AndTheWord臨時會ToTheId(string id, string title, string at)
    {
        var c = Series("@series 內政委員會\n  名稱：立法院內政委員會\n  編號：屆會期\n", (id + ".minutes", Record(id, title, "113 年 9 月 23 日（星期一）上午 9 時")));
        var d = Assert.Single(c.Diagnostics);
        Assert.Equal(("ML0233", DiagnosticSeverity.Error), (d.Code, d.Severity));
        Assert.Equal(at, Text(d));
    }

    [Theory]
    [InlineData("560", "測試委員會第 560 次委員會議紀錄", "write '# 測試委員會第560次會議紀錄'")]
    [InlineData("臨2", "測試委員會臨時會第 2 次會議紀錄", "write '# 測試委員會第2次臨時會會議紀錄'")]
    public void ATitleNotInTheDeclaredFormIsML0234WithTheComposedTitle(string id, string title, string hint)
    {
        string series = "@series 測試\n  名稱：測試委員會\n  編號：流水\n  題名：測試委員會第{次}次會議紀錄\n  臨時會題名：測試委員會第{次}次臨時會會議紀錄\n";
        var c = Series(series, (id + ".minutes", Record(id, title, "114 年 3 月 7 日（星期五）下午 2 時")));
        var d = Assert.Single(c.Diagnostics);
        Assert.Equal(("ML0234", DiagnosticSeverity.Warning, title), (d.Code, d.Severity, Text(d)));
        Assert.StartsWith(hint, d.Hint);

        // spaces and the numbers' figures are not the form's: 第 五百六十 次, 第５６０次 fit
        var fits = Series(series, ("560.minutes", Record("560", "測試委員會 第 五百六十 次 會議紀錄", "114 年 3 月 7 日（星期五）下午 2 時")));
        Assert.Empty(fits.Diagnostics);
    }

    public static TheoryData<string, string, string[], string, string> NextIds() => new()
    {
        // series fields, records (id:date), options, the next id, its title
        { "編號：年度\n  題名：{年}年度測試委員會第{次}次會議紀錄", "114-1:114 年 3 月 7 日（星期五）", [], "114-2", "114年度測試委員會第2次會議紀錄" },
        { "編號：年度\n  題名：{年}年度測試委員會第{次}次會議紀錄", "113-4:113 年 12 月 6 日（星期五）", [], "114-1", "114年度測試委員會第1次會議紀錄" },
        { "編號：流水\n  題名：測試委員會第{次}次會議紀錄", "999:114 年 3 月 7 日（星期五）", [], "1000", "測試委員會第1000次會議紀錄" },
        { "編號：流水", "", [], "1", "測試委員會第 1 次會議紀錄" },
        { "編號：屆會期\n  題名：立法院第{屆}屆第{會期}會期測試委員會第{次}次全體委員會議紀錄", "11-2-5:114 年 3 月 7 日（星期五）", [], "11-2-6", "立法院第11屆第2會期測試委員會第6次全體委員會議紀錄" },
        { "編號：屆會期", "11-2-5:114 年 3 月 7 日（星期五）", ["session:11-3"], "11-3-1", "立法院第11屆第3會期測試委員會第1次全體委員會議紀錄" },
        { "編號：屆會期", "11-8-5:114 年 3 月 7 日（星期五）", ["session:12-1"], "12-1-1", "立法院第12屆第1會期測試委員會第1次全體委員會議紀錄" },
        { "編號：日期", "2025-03-07:114 年 3 月 7 日（星期五）", [], "2025-06-06", "測試委員會會議紀錄" },
        { "編號：流水\n  臨時會：另計\n  臨時會題名：測試委員會第{次}次臨時會會議紀錄", "560:114 年 3 月 7 日（星期五）", ["extra"], "臨1", "測試委員會第1次臨時會會議紀錄" },
        { "編號：流水\n  臨時會：另計", "560:114 年 3 月 7 日（星期五）|臨1:114 年 3 月 21 日（星期五）", ["extra"], "臨2", "測試委員會第 2 次臨時會會議紀錄" },
        { "編號：年度\n  臨時會：另計", "113-臨4:113 年 12 月 6 日（星期五）|114-1:114 年 3 月 7 日（星期五）", ["extra"], "114-臨1", "114年度測試委員會第1次臨時會會議紀錄" },
        { "編號：屆會期\n  臨時會：另計\n  臨時會題名：立法院第{屆}屆第{會期}會期測試委員會第{次}次臨時會會議紀錄", "11-2-5:114 年 3 月 7 日（星期五）", ["extra"], "11-2-臨1", "立法院第11屆第2會期測試委員會第1次臨時會會議紀錄" },
        { "編號：流水\n  臨時會：不編號", "560:114 年 3 月 7 日（星期五）", ["extra"], "臨2025-06-06", "{{題名}}" },
    };

    [Theory]
    [MemberData(nameof(NextIds))]
    public void NewGivesTheNextIdOfEachScheme(string fields, string records, string[] options, string nextId, string nextTitle)
    {
        var recs = records.Split('|', StringSplitOptions.RemoveEmptyEntries).Select(r => r.Split(':')).Select(r =>
        {
            var id = r[0];
            MeetingId.TryParse(id, out var m);
            string title = m.Numbering switch
            {
                MeetingNumbering.Session => $"立法院第{m.Year}屆第{m.Session}會期測試委員會第{m.Number}次{(m.Extra ? "臨時會會議紀錄" : "全體委員會議紀錄")}",
                MeetingNumbering.Dated => "測試委員會會議紀錄",
                MeetingNumbering.PerYear => $"{m.Year}年度測試委員會第{m.Number}次{(m.Extra ? "臨時會" : "")}會議紀錄",
                _ => $"測試委員會第 {m.Number} 次{(m.Extra ? "臨時會" : "")}會議紀錄",
            };
            if (fields.Contains("題名：{年}", StringComparison.Ordinal) || fields.Contains("題名：測試", StringComparison.Ordinal) || fields.Contains("題名：立法院", StringComparison.Ordinal))
                title = title.Replace(" ", "", StringComparison.Ordinal);
            return (id + ".minutes", Record(id, title, r[1] + "下午 2 時"));
        }).ToArray();
        var c = Series($"@series 測試\n  名稱：測試委員會\n  {fields}\n", recs);
        Assert.DoesNotContain(c.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        var session = options.FirstOrDefault(o => o.StartsWith("session:", StringComparison.Ordinal)) is { } s
            ? ((int, int)?)(int.Parse(s[8..].Split('-')[0]), int.Parse(s[8..].Split('-')[1])) : null;
        var draft = NextRecord.Create(c, new DateOnly(2025, 6, 6), options.Contains("extra"), session);
        Assert.Equal(nextId, draft.Id);
        Assert.StartsWith($"@meeting {nextId}\n# {nextTitle}\n", draft.Text);

        // the draft is a record of the series: nothing but its placeholders is reported
        var both = Series($"@series 測試\n  名稱：測試委員會\n  {fields}\n", [.. recs, (draft.FileName, draft.Text)]);
        Assert.Equal(["ML0114"], both.Diagnostics.Where(d => d.Source.Path == draft.FileName).Select(d => d.Code).Distinct());
    }

    [Theory]
    [InlineData("編號：流水\n  臨時會：無", true, null, "declares no 臨時會")]
    [InlineData("編號：屆會期", false, null, "--session")]
    [InlineData("編號：流水", false, "11-3", "not by 屆 and 會期")]
    public void NewSaysWhyItCannotWriteTheNextRecord(string fields, bool extra, string? session, string says)
    {
        var c = Series($"@series 測試\n  名稱：測試委員會\n  {fields}\n");
        var e = Assert.Throws<NextRecordException>(() => NextRecord.Create(c, new DateOnly(2025, 6, 6), extra,
            session is null ? null : (int.Parse(session.Split('-')[0]), int.Parse(session.Split('-')[1]))));
        Assert.Contains(says, e.Message);
    }

    [Fact]
    public void NewOnTheCommandLineOpensA會期AndWritesA臨時會()
    {
        string body = Path.Combine(dir, "legislative");
        Directory.CreateDirectory(body);
        foreach (var f in Directory.GetFiles(Path.Combine(Bodies, "legislative"), "*.minutes")) File.Copy(f, Path.Combine(body, Path.GetFileName(f)));
        var (code, o, e) = Run("new", body, "--date", "2025-02-24", "--session", "3");
        Assert.True(code == 0, e);
        Assert.EndsWith("11-3-1.minutes\n", o);
        Assert.StartsWith("@meeting 11-3-1\n# 立法院第11屆第3會期內政委員會第1次全體委員會議紀錄\n", File.ReadAllText(Path.Combine(body, "11-3-1.minutes")));
        File.Delete(Path.Combine(body, "11-3-1.minutes"));
        (code, o, e) = Run("new", body, "--date", "2024-10-09", "--extra");
        Assert.True(code == 0, e);
        Assert.StartsWith("@meeting 11-2-臨2\n# 立法院第11屆第2會期內政委員會第2次臨時會會議紀錄\n", File.ReadAllText(Path.Combine(body, "11-2-臨2.minutes")));
        Assert.Equal(2, Run("new", body, "--session", "x").Code);
    }

    [Theory]
    [InlineData("立法院第11屆第2會期內政委員會第5次全體委員會議紀錄", "11-2-5")]
    [InlineData("立法院第 11 屆第 2 會期內政委員會第 1 次臨時會會議紀錄", "11-2-臨1")]
    [InlineData("測試縣環境影響評估審查委員會第 1 次臨時會會議紀錄", "臨1")]
    [InlineData("114 年度測試小組第 2 次臨時會議紀錄", "114-臨2")]
    [InlineData("測試國小家長會臨時會會議紀錄", "臨2025-03-07")]
    public void TheImporterReadsTheSchemeTheTitleShows(string title, string id)
    {
        string text = $"{title}\n壹、時間：114 年 3 月 7 日（星期五）上午 10 時\n貳、地點：本府會議室\n參、主席：王主任委員小明\n紀錄：李小華\n肆、報告事項：無。\n";
        var result = Importer.Import(SourceText.From(text, "body.txt"));
        var record = Assert.Single(result.Records);
        Assert.Equal(id, record.Id);
        Assert.StartsWith($"@meeting {id}\n# {title}\n", record.Text);
        var c = Compilation.Create(null, [Parser.Parse(record.Text, record.FileName)]);
        Assert.DoesNotContain(c.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
    }

    [Fact]
    public void WithASeriesTheImporterWritesTheIdInTheDeclaredScheme()
    {
        var series = Series("@series 測試\n  名稱：測試小組\n  編號：流水\n").Series;
        string text = "114 年度測試小組第 5 次會議紀錄\n壹、時間：114 年 3 月 7 日（星期五）上午 10 時\n貳、地點：本府會議室\n";
        Assert.Equal("5", Assert.Single(Importer.Import(SourceText.From(text, "x.txt"), series).Records).Id);
        var dated = Series("@series 測試\n  名稱：測試小組\n  編號：日期\n").Series;
        var result = Importer.Import(SourceText.From(text, "x.txt"), dated);
        Assert.Equal("2025-03-07", Assert.Single(result.Records).Id);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "ML0420");
    }

    [Fact]
    public void AMeetingWithoutANumberIsValidOutsideTheOrderWithAWarningAtItsLine()
    {
        var c = Body("running", n => n != "560");
        var none = Parser.Parse(Record("無", "測試縣環境影響評估審查委員會會議紀錄", "114 年 2 月 19 日（星期三）上午 9 時 30 分"), "無.minutes");
        var with = Compilation.Create(c.Series.Tree, [.. c.Records.Select(r => r.Tree), none]);
        var d = Assert.Single(with.Diagnostics, d => d.Code == "ML0133");
        Assert.Equal((DiagnosticSeverity.Warning, 1, "無"), (d.Severity, d.Start.Line, Text(d)));
        Assert.DoesNotContain(with.Diagnostics, d => d.Severity == DiagnosticSeverity.Error || d.Code == "ML0100");
        Assert.DoesNotContain(with.Context.Records, r => r.Numbering == MeetingNumbering.Unnumbered);

        // a forgotten @meeting is still an error
        var forgotten = Compilation.Create(null, [Parser.Parse("# 測試會議紀錄\n* 時間：114 年 3 月 7 日（星期五）下午 2 時\n", "x.minutes")]);
        Assert.Equal(("ML0100", DiagnosticSeverity.Error), (forgotten.Diagnostics[0].Code, forgotten.Diagnostics[0].Severity));
    }

    /// <summary>The Legislative Yuan committee of grammar/GUIDE.md §5: its series and the record the guide names check clean, and <c>new --session</c> opens the next 會期.</summary>
    [Fact]
    public void TheGuides屆會期ExampleRuns()
    {
        string guide = File.ReadAllText(Path.Combine(Repo.Root, "grammar", "GUIDE.md")).Replace("\r\n", "\n");
        string series = System.Text.RegularExpressions.Regex.Match(guide, "```\n(@series 內政委員會\n.*?)```", System.Text.RegularExpressions.RegexOptions.Singleline).Groups[1].Value;
        Assert.Contains("編號：屆會期", series);
        var title = System.Text.RegularExpressions.Regex.Match(guide, "`@meeting 11-2-5` \\(`# (?<t>[^`]+)`\\)").Groups["t"].Value;
        Assert.Equal("立法院第11屆第2會期內政委員會第5次全體委員會議紀錄", title);
        var c = Series(series, ("11-2-5.minutes", Record("11-2-5", title, "113 年 10 月 21 日（星期一）上午 9 時")));
        Assert.Empty(c.Diagnostics);
        var draft = NextRecord.Create(c, new DateOnly(2025, 2, 24), session: (11, 3));
        Assert.StartsWith("@meeting 11-3-1\n# 立法院第11屆第3會期內政委員會第1次全體委員會議紀錄\n", draft.Text);
    }

    [Fact]
    public void TheRecordReviewedIsTheLastRegularMeetingNotA臨時會Between()
    {
        // 檢視 114 年度第 2 次會議紀錄 at 114-3 names 114-2, though 114-臨1 stands between (ML0241 only when it names another)
        string series = "@series 測試\n  名稱：測試委員會\n  編號：年度\n  臨時會：另計\n";
        string Third(string reviewed) => Record("114-3", "114 年度測試委員會第 3 次會議紀錄", "114 年 9 月 5 日（星期五）下午 2 時")
            .Replace("* 報告事項：無。", $"* 報告事項：檢視 114 年度第 {reviewed} 次會議紀錄。");
        (string, string)[] before = [
            ("114-1.minutes", Record("114-1", "114 年度測試委員會第 1 次會議紀錄", "114 年 3 月 7 日（星期五）下午 2 時")),
            ("114-2.minutes", Record("114-2", "114 年度測試委員會第 2 次會議紀錄", "114 年 6 月 6 日（星期五）下午 2 時")),
            ("114-臨1.minutes", Record("114-臨1", "114 年度測試委員會第 1 次臨時會會議紀錄", "114 年 6 月 20 日（星期五）下午 2 時"))];
        var right = Series(series, [.. before, ("114-3.minutes", Third("2"))]);
        Assert.Equal(["114-1", "114-2", "114-臨1", "114-3"], right.Context.Records.Select(r => r.Id));
        Assert.Empty(right.Diagnostics);
        var wrong = Series(series, [.. before, ("114-3.minutes", Third("1"))]);
        var d = Assert.Single(wrong.Diagnostics);
        Assert.Equal(("ML0241", "114-3.minutes"), (d.Code, d.Source.Path));
    }
}
