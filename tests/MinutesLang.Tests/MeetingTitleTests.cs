using MinutesLang.Authoring;
using MinutesLang.Diagnostics;
using MinutesLang.Import;
using MinutesLang.Parsing;
using MinutesLang.Semantics;
using MinutesLang.Text;

namespace MinutesLang.Tests;

/// <summary>
/// Issue 12 §1 and §3, what stop 11 left undone: the numbers of a title are read once (<see cref="MeetingTitle"/>) by the
/// importer, <c>minutes new</c> and the title rules. A 臨時會 gets the number of the 臨時會 in its title, never the
/// regular meeting's (point 1); every numeral the value grammar reads is checked by ML0233 (point 2); a year in a title —
/// 學年度, 年度 in Chinese numerals, 會計年度 — gives the per-year id (point 3).
/// </summary>
public sealed class MeetingTitleTests
{
    private static string Record(string id, string title, string date, string body = "* 報告事項：無。\n") =>
        $"@meeting {id}\n# {title}\n* 時間：{date}\n* 地點：本府會議室\n* 主席：王主任委員\n紀錄：李專員\n{body}* 散會：下午 4 時\n";

    private static Compilation Compile(string? series, params (string Name, string Text)[] records) =>
        Compilation.Create(series is null ? null : Parser.Parse(series, "series.minutes"), records.Select(r => Parser.Parse(r.Text, r.Name)));

    private static string Text(Diagnostic d) => d.Source.Text.Substring(d.Span.Start, d.Span.Length);

    private static string Original(string title, string when = "114 年 3 月 7 日（星期五）上午 10 時") =>
        $"{title}\n壹、時間：{when}\n貳、地點：本府會議室\n參、主席：王主任委員小明\n紀錄：李小華\n肆、報告事項：無。\n伍、散會：上午 11 時\n";

    // ---- point 1: a 臨時會 is numbered as a 臨時會 ----

    [Theory]
    [InlineData("立法院第11屆第2會期內政委員會第1次臨時會會議紀錄", true, 1)]
    [InlineData("114年第3次臨時會會議紀錄", true, 3)]
    [InlineData("測試縣環境影響評估審查委員會第5次臨時會議紀錄", true, 5)]
    [InlineData("測試市都市計畫委員會第560次會議暨第2次臨時會會議紀錄", true, 2)]
    [InlineData("測試委員會臨時會第 2 次會議紀錄", true, 2)]
    [InlineData("99學年度第1次臨時會員代表大會會議紀錄", true, 1)]
    [InlineData("測試國小家長會第三次臨時委員會議紀錄", true, 3)]
    [InlineData("測試社區發展協會第 4 次臨時理監事聯席會議紀錄", true, 4)]
    [InlineData("測試委員會第 7 次會議紀錄（臨時動議）", false, 7)]
    [InlineData("測試委員會第 8 次會議臨時提案紀錄", false, 8)]
    public void TheNumberOfA臨時會IsTheOneBeforeTheWord臨時(string title, bool extra, int number)
    {
        var read = MeetingTitle.Read(title);
        Assert.Equal((extra, number), (read.Extra, read.Number?.Value));
        Assert.Equal(extra, MeetingTitle.NamesExtra(title));
    }

    [Theory]
    [InlineData("立法院第11屆第2會期內政委員會第1次臨時會會議紀錄", "11-2-臨1")]
    [InlineData("立法院第十一屆第二會期內政委員會第一次臨時會會議紀錄", "11-2-臨1")]
    [InlineData("114年第3次臨時會會議紀錄", "114-臨3")]
    [InlineData("測試縣環境影響評估審查委員會第5次臨時會議紀錄", "臨5")]
    [InlineData("測試市都市計畫委員會第560次會議暨第2次臨時會會議紀錄", "臨2")]
    [InlineData("測試委員會臨時會第 2 次會議紀錄", "臨2")]
    [InlineData("測試國小家長會第三次臨時委員會議紀錄", "臨3")]
    [InlineData("一一四年度測試小組第二次臨時會議紀錄", "114-臨2")]
    public void TheImporterGivesA臨時會TheIdOfA臨時會(string title, string id)
    {
        var result = Importer.Import(SourceText.From(Original(title), "body.txt"));
        var record = Assert.Single(result.Records);
        Assert.Equal(id, record.Id);
        var c = Compilation.Create(null, [Parser.Parse(record.Text, record.FileName)]);
        Assert.DoesNotContain(c.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.True(c.Records[0].Extra);
    }

    [Theory]
    [InlineData("編號：流水\n  臨時會：另計", "114年第3次臨時會會議紀錄", "臨3")]
    [InlineData("編號：流水\n  臨時會：另計", "測試市都市計畫委員會第560次會議暨第2次臨時會會議紀錄", "臨2")]
    [InlineData("編號：年度\n  臨時會：另計", "114年度測試委員會第3次臨時委員會議紀錄", "114-臨3")]
    [InlineData("編號：流水\n  臨時會：不編號", "測試委員會第5次臨時會議紀錄", "臨2025-03-07")]
    [InlineData("編號：日期\n  臨時會：另計", "測試委員會第2次臨時會議紀錄", "臨2")]
    public void WithASeriesTheImporterWritesThe臨時會InTheDeclaredScheme(string fields, string title, string id)
    {
        var series = Compile($"@series 測試\n  名稱：測試委員會\n  {fields}\n").Series;
        var result = Importer.Import(SourceText.From(Original(title), "body.txt"), series);
        var record = Assert.Single(result.Records);
        Assert.Equal(id, record.Id);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "ML0420");
        var c = Compilation.Create(series.Tree, [Parser.Parse(record.Text, record.FileName)]);
        Assert.DoesNotContain(c.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
    }

    [Theory]
    [InlineData("臨2", "測試委員會第560次會議暨第2次臨時會會議紀錄", null)]
    [InlineData("臨3", "測試委員會第560次會議暨第2次臨時會會議紀錄", "2")]
    [InlineData("臨5", "測試委員會第5次臨時委員會議紀錄", null)]
    [InlineData("臨4", "測試委員會第5次臨時委員會議紀錄", "5")]
    [InlineData("114-臨1", "114年度測試國中家長會第1次臨時會員代表大會紀錄", null)]
    [InlineData("5", "測試委員會第5次臨時委員會議紀錄", "臨時")]
    [InlineData("臨5", "測試委員會第5次委員會議紀錄", "測試委員會第5次委員會議紀錄")]
    [InlineData("7", "測試委員會第 7 次會議紀錄（臨時動議）", null)]
    public void TheTitleRuleHoldsThe臨時會sOwnNumberToItsId(string id, string title, string? at)
    {
        var c = Compile(null, ("x.minutes", Record(id, title, "114 年 3 月 7 日（星期五）下午 2 時")));
        if (at is null)
        {
            Assert.DoesNotContain(c.Diagnostics, d => d.Code == "ML0233");
            return;
        }

        var d = Assert.Single(c.Diagnostics, d => d.Code == "ML0233");
        Assert.Equal(at, Text(d));
    }

    [Theory]
    [InlineData("檢視114年第1次臨時會會議紀錄，確認。", false)]
    [InlineData("檢視114年第2次臨時會會議紀錄，確認。", true)]
    [InlineData("檢視114年第1次會議紀錄，確認。", false)]
    public void TheReviewRuleReadsA臨時會AsA臨時會NeverAsTheRegularMeeting(string review, bool reported)
    {
        string series = "@series 測試\n  名稱：測試委員會\n  臨時會：另計\n";
        var c = Compile(series,
            ("114-1.minutes", Record("114-1", "114年測試委員會第1次會議紀錄", "114 年 3 月 7 日（星期五）下午 2 時")),
            ("114-臨1.minutes", Record("114-臨1", "114年測試委員會第1次臨時會會議紀錄", "114 年 4 月 11 日（星期五）下午 2 時")),
            ("114-2.minutes", Record("114-2", "114年測試委員會第2次會議紀錄", "114 年 6 月 6 日（星期五）下午 2 時", $"* 確認上次會議紀錄：{review}\n")));
        Assert.Equal(reported, c.Diagnostics.Any(d => d.Code == "ML0241"));
        if (reported) Assert.Contains("114-臨2", Assert.Single(c.Diagnostics, d => d.Code == "ML0241").Message);
    }

    [Theory]
    [InlineData("114年度測試委員會第1次臨時委員會議紀錄", "114年度測試委員會第2次臨時委員會議紀錄")]
    [InlineData("一一四年度測試委員會第一次臨時會會議紀錄", "一一四年度測試委員會第二次臨時會會議紀錄")]
    [InlineData("114年度測試委員會第3次會議暨第1次臨時會會議紀錄", "114年度測試委員會第3次會議暨第2次臨時會會議紀錄")]
    public void NewNumbersThe臨時會InTheTitleOfTheLast臨時會(string lastExtra, string next)
    {
        string series = "@series 測試\n  名稱：測試委員會\n  編號：年度\n  臨時會：另計\n";
        var c = Compile(series,
            ("114-1.minutes", Record("114-1", "114年度測試委員會第1次會議紀錄", "114 年 3 月 7 日（星期五）下午 2 時")),
            ("114-臨1.minutes", Record("114-臨1", lastExtra, "114 年 4 月 11 日（星期五）下午 2 時")));
        Assert.DoesNotContain(c.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        var draft = NextRecord.Create(c, new DateOnly(2025, 6, 6), extra: true);
        Assert.StartsWith($"@meeting 114-臨2\n# {next}\n", draft.Text);
    }

    // ---- point 2: every numeral the value grammar reads ----

    [Theory]
    [InlineData("561", "第五百六十一次", null)]
    [InlineData("561", "第五百六十二次", "五百六十二")]
    [InlineData("10", "第十次", null)]
    [InlineData("11", "第十次", "十")]
    [InlineData("100", "第一百次", null)]
    [InlineData("100", "第一百零一次", "一百零一")]
    [InlineData("101", "第一〇一次", null)]
    [InlineData("101", "第一〇二次", "一〇二")]
    [InlineData("12", "第１２次", null)]
    [InlineData("12", "第１３次", "１３")]
    [InlineData("1001", "第一千零一次", null)]
    [InlineData("1001", "第一千零二次", "一千零二")]
    [InlineData("25", "第 二十五 次", null)]
    [InlineData("25", "第 二十四 次", "二十四")]
    [InlineData("974", "第974次", null)]
    [InlineData("974", "第975次", "975")]
    public void TheTitleRuleReadsEveryNumeralOfTheValueGrammar(string id, string ordinal, string? at)
    {
        var c = Compile(null, ("x.minutes", Record(id, $"測試市都市計畫委員會{ordinal}會議紀錄", "114 年 3 月 7 日（星期五）下午 2 時")));
        if (at is null)
        {
            Assert.Empty(c.Diagnostics);
            return;
        }

        var d = Assert.Single(c.Diagnostics);
        Assert.Equal(("ML0233", at), (d.Code, Text(d)));
        Assert.Contains($"meeting {id}", d.Message);
    }

    [Theory]
    [InlineData("114-2", "一一四年度測試小組第二次會議紀錄", null)]
    [InlineData("114-2", "一一四年度測試小組第三次會議紀錄", "三")]
    [InlineData("11-2-5", "立法院第十一屆第二會期測試委員會第五次全體委員會議紀錄", null)]
    [InlineData("11-2-5", "立法院第十二屆第二會期測試委員會第五次全體委員會議紀錄", "十二")]
    [InlineData("11-2-5", "立法院第十一屆第３會期測試委員會第五次全體委員會議紀錄", "３")]
    [InlineData("臨12", "測試委員會第十二次臨時會會議紀錄", null)]
    [InlineData("臨12", "測試委員會第十一次臨時會會議紀錄", "十一")]
    public void ChineseAndFullWidthNumeralsOfEveryScheme(string id, string title, string? at)
    {
        var c = Compile(null, ("x.minutes", Record(id, title, "114 年 3 月 7 日（星期五）下午 2 時")));
        var found = c.Diagnostics.Where(d => d.Code == "ML0233").Select(Text).ToList();
        Assert.Equal(at is null ? [] : [at], found);
    }

    [Theory]
    [InlineData("五百六十一", 561)]
    [InlineData("十", 10)]
    [InlineData("一百", 100)]
    [InlineData("一〇一", 101)]
    [InlineData("１２", 12)]
    [InlineData("兩百", 200)]
    [InlineData("一千零一", 1001)]
    [InlineData("1234567", 1234567)]
    [InlineData("十萬", null)]
    [InlineData("一萬", null)]
    public void ATitleNumeralIsReadByTheValueGrammar(string numeral, int? value)
    {
        Assert.Equal(value, MeetingTitle.ReadNumeral(numeral));
        if (value is < 1_000_000) Assert.Equal(value, Pidgin.ParserExtensions.Parse(ChineseValueGrammar.Number, numeral).Value);
    }

    // ---- point 3: the year of a title gives the per-year id ----

    [Theory]
    [InlineData("99學年度第三次會員代表大會會議紀錄", "100 年 5 月 10 日（星期二）上午 10 時", "99-3")]
    [InlineData("九十九學年度第三次會員代表大會會議紀錄", "100 年 5 月 10 日（星期二）上午 10 時", "99-3")]
    [InlineData("113學年度測試國中課程發展委員會第2次會議紀錄", "113 年 10 月 8 日（星期二）上午 9 時", "113-2")]
    [InlineData("一一四年度測試小組第二次會議紀錄", "114 年 3 月 7 日（星期五）上午 10 時", "114-2")]
    [InlineData("114會計年度測試基金管理委員會第1次會議紀錄", "114 年 3 月 7 日（星期五）上午 10 時", "114-1")]
    [InlineData("中華民國113年度測試小組第4次會議紀錄", "113 年 12 月 6 日（星期五）上午 10 時", "113-4")]
    [InlineData("2024 年測試市交通會報第 5 次會議紀錄", "113 年 12 月 6 日（星期五）上午 10 時", "113-5")]
    [InlineData("測試國中課程發展委員會第 1978 次會議紀錄", "109 年 3 月 9 日（星期一）上午 10 時", "1978")]
    [InlineData("測試市都市計畫委員會第2001次會議紀錄", "109 年 3 月 9 日（星期一）上午 10 時", "2001")]
    public void TheYearOfTheTitleNumbersTheMeeting(string title, string when, string id)
    {
        var result = Importer.Import(SourceText.From(Original(title, when), "body.txt"));
        var record = Assert.Single(result.Records);
        Assert.Equal(id, record.Id);

        // check accepts what it proposes: a school year's meeting dated in the next calendar year is no ML0230
        var c = Compilation.Create(null, [Parser.Parse(record.Text, record.FileName)]);
        Assert.DoesNotContain(c.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);

        // and so does a series declared per year
        var series = Compile("@series 測試\n  名稱：測試小組\n  編號：年度\n").Series;
        var declared = Assert.Single(Importer.Import(SourceText.From(Original(title, when), "body.txt"), series).Records);
        Assert.Equal(id, declared.Id);
    }

    [Theory]
    [InlineData("99-3", "99學年度測試國中家長會第3次會議紀錄", "99 年 9 月 7 日（星期二）", false)]
    [InlineData("99-3", "99學年度測試國中家長會第3次會議紀錄", "100 年 5 月 10 日（星期二）", false)]
    [InlineData("99-3", "99學年度測試國中家長會第3次會議紀錄", "101 年 5 月 10 日（星期四）", true)]
    [InlineData("99-3", "99學年度測試國中家長會第3次會議紀錄", "98 年 5 月 12 日（星期二）", true)]
    [InlineData("99-3", "99年度測試國中家長會第3次會議紀錄", "100 年 5 月 10 日（星期二）", true)]
    [InlineData("114-2", "一一四年度測試小組第二次會議紀錄", "114 年 3 月 7 日（星期五）", false)]
    [InlineData("113-2", "一一四年度測試小組第二次會議紀錄", "113 年 3 月 8 日（星期五）", true)]
    [InlineData("114-1", "114會計年度測試基金管理委員會第1次會議紀錄", "114 年 3 月 7 日（星期五）", false)]
    [InlineData("114-1", "115會計年度測試基金管理委員會第1次會議紀錄", "114 年 3 月 7 日（星期五）", true)]
    public void TheYearRuleReadsSchoolYearsChineseYearsAndFiscalYears(string id, string title, string date, bool disagree)
    {
        var c = Compile(null, ("x.minutes", Record(id, title, date + "上午 10 時")));
        Assert.Equal(disagree, c.Diagnostics.Any(d => d.Code == "ML0230"));
        Assert.DoesNotContain(c.Diagnostics, d => d.Severity == DiagnosticSeverity.Error && d.Code != "ML0230");
    }

    [Theory]
    [InlineData(2011, 6, 1, "99-4", "99學年度測試國中家長會第4次會議紀錄")]
    [InlineData(2011, 9, 6, "100-1", "100學年度測試國中家長會第1次會議紀錄")]
    public void NewNumbersASchoolYearFromAugustToJuly(int y, int m, int d, string id, string title)
    {
        var c = Compile("@series 家長會\n  名稱：測試國中家長會\n",
            ("99-3.minutes", Record("99-3", "99學年度測試國中家長會第3次會議紀錄", "100 年 5 月 10 日（星期二）上午 10 時")));
        Assert.Empty(c.Diagnostics);
        var draft = NextRecord.Create(c, new DateOnly(y, m, d));
        Assert.StartsWith($"@meeting {id}\n# {title}\n", draft.Text);
    }
}
