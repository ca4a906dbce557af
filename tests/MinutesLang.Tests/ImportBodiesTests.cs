using MinutesLang.Diagnostics;
using MinutesLang.Import;
using MinutesLang.Parsing;
using MinutesLang.Semantics;
using MinutesLang.Text;

namespace MinutesLang.Tests;

/// <summary>
/// Issue 12: minutes of other public bodies, in made-up texts of the kinds that failed (a meeting
/// numbered 100 or more by a running count, dates and times in ISO, dotted and Chinese forms, a title
/// without a number): each imports to a record with the id and title the text holds, which checks
/// without an error and renders back to the text (seed-compare's normalisation).
/// </summary>
public sealed class ImportBodiesTests : CliHarness
{
    private static (ImportedRecord Record, ImportResult Result, Compilation Compiled) ImportOne(string text)
    {
        var result = Importer.Import(SourceText.From(text, "body.txt"));
        var record = Assert.Single(result.Records);
        var compiled = Compilation.Create(null, [Parser.Parse(record.Text, record.FileName)]);
        Assert.DoesNotContain(compiled.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Null(SeedNormalizer.Compare(text, Repo.RenderTxt(compiled)));
        return (record, result, compiled);
    }

    [Theory]
    [InlineData("測試市都市計畫委員會第 144 次會議紀錄", "144")]
    [InlineData("內政部都市計畫委員會第 974 次會議紀錄", "974")]
    [InlineData("測試縣環境影響評估審查委員會第１２０次會議紀錄", "120")]
    [InlineData("測試市都市計畫委員會第一百四十五次會議紀錄", "145")]
    [InlineData("測試市都市計畫委員會第 1000 次會議紀錄", "1000")]
    [InlineData("114 年度測試小組第 120 次會議紀錄", "114-120")]
    [InlineData("2025 年測試市交通會報第 3 次會議紀錄", "114-3")]
    public void AMeetingNumberOfAnySizeIsTheIdTheTitleHolds(string title, string id)
    {
        string text = $"{title}\n壹、時間：114 年 3 月 7 日（星期五）上午 10 時\n貳、地點：本府會議室\n參、主席：王主任委員小明\n紀錄：李小華\n肆、報告事項：無。\n伍、散會：上午 11 時\n";
        var (record, result, compiled) = ImportOne(text);
        Assert.Equal(id, record.Id);
        Assert.Equal(id + ".minutes", record.FileName);
        Assert.Equal(title, compiled.Records[0].Title);
        Assert.Empty(result.Diagnostics);
        Assert.Empty(compiled.Diagnostics);
    }

    [Theory]
    [InlineData("日期：2025-03-07\n時間：09:30:00\n", "2025-03-07", 9 * 60 + 30)]
    [InlineData("時間：09:30\n日期：2025/3/7（星期五）\n", "2025-03-07", 9 * 60 + 30)]
    [InlineData("時間：中華民國九十一年八月二十九日上午九時(十一時三十分)\n", "2002-08-29", 9 * 60)]
    [InlineData("時間：101.2.16（星期四）下午二時三十分\n", "2012-02-16", 14 * 60 + 30)]
    [InlineData("時間：114年3月7日(星期五)14時30分\n", "2025-03-07", 14 * 60 + 30)]
    [InlineData("時間：2020-08-11 13:30（十五時五分）\n", "2020-08-11", 13 * 60 + 30)]
    public void DatesAndTimesInEveryFormAreRead(string when, string day, int start)
    {
        string text = $"測試市交通會報第 3 次會議紀錄\n{when}地點：本府會議室\n主席：王主任小明\n紀錄：李小華\n報告事項：無。\n";
        var (record, result, compiled) = ImportOne(text);
        Assert.Equal("3", record.Id);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "ML0405");
        var r = compiled.Records[0];
        Assert.Equal(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture), r.Date!.Value.ToDate());
        Assert.Equal(start, r.Start!.Value.TotalMinutes);
        Assert.Empty(compiled.Diagnostics);
    }

    [Theory]
    [InlineData("測試國小家長會會議紀錄", "時間：114 年 3 月 7 日（星期五）上午 10 時", "2025-03-07")]
    [InlineData("114 年度測試國中課程發展委員會會議紀錄", "時間：2025-03-07 10:00", "2025-03-07")]
    [InlineData("測試市都市計畫委員會第 99999999999 次會議紀錄", "時間：101.2.16 上午 10 時", "2012-02-16")]
    public void WithoutANumberTheRecordIsNamedByItsDateWithAWarningAtTheTitle(string title, string when, string id)
    {
        string text = $"{title}\n{when}\n地點：本府會議室\n主席：王主任小明\n紀錄：李小華\n報告事項：無。\n";
        var (record, result, compiled) = ImportOne(text);
        Assert.Equal(id, record.Id);
        var w = Assert.Single(result.Diagnostics, d => d.Code == "ML0420");
        Assert.Equal(DiagnosticSeverity.Warning, w.Severity);
        Assert.Equal(1, w.Source.GetLineColumn(w.Span.Start).Line);
        Assert.Equal(title, compiled.Records[0].Title);
        Assert.DoesNotContain("年度第", Repo.RenderTxt(compiled).Replace(title, ""));
    }

    [Fact]
    public void WithNeitherNumberNorDateNothingIsInvented()
    {
        var result = Importer.Import(SourceText.From("測試國小家長會會議紀錄\n地點：本校會議室\n主席：王會長\n", "pta.txt"));
        var record = Assert.Single(result.Records);
        Assert.Null(record.Id);
        Assert.Equal("pta.minutes", record.FileName);
        Assert.StartsWith("@meeting 無\n# 測試國小家長會會議紀錄\n", record.Text);
        Assert.DoesNotContain("000-", record.Text);
        Assert.Contains(result.Diagnostics, d => d.Code == "ML0420" && d.Severity == DiagnosticSeverity.Warning);

        // issue 12 §3: the record is still valid: check says so with a warning at the @meeting line (ML0133), no ML0100
        var compiled = Compilation.Create(null, [Parser.Parse(record.Text, record.FileName)]);
        var d = Assert.Single(compiled.Diagnostics);
        Assert.Equal(("ML0133", DiagnosticSeverity.Warning, 1), (d.Code, d.Severity, d.Start.Line));
        Assert.Empty(compiled.Context.Records);
        Assert.Null(SeedNormalizer.Compare("測試國小家長會會議紀錄\n地點：本校會議室\n主席：王會長\n", Repo.RenderTxt(compiled)));
    }

    /// <summary>A draft of <c>minutes new</c> filled in: each placeholder replaced by words (a time where the time goes).</summary>
    internal static string Filled(string draft) =>
        System.Text.RegularExpressions.Regex.Replace(draft, @"\{\{([^}]*)\}\}", m => m.Groups[1].Value switch
        {
            "開會時間" => "下午 2 時",
            "散會時間" => "下午 4 時",
            var name => "已" + name.Replace("（", "").Replace("）", ""),
        });

    /// <summary>
    /// The example of grammar/GUIDE.md §4 (a city urban-planning commission's 第 144 次, a running
    /// count), run as the guide says: import → check → new → check, through the command line.
    /// </summary>
    [Fact]
    public void TheGuidesRunningCountRunsEndToEnd()
    {
        string guide = File.ReadAllText(Path.Combine(Repo.Root, "grammar", "GUIDE.md")).Replace("\r\n", "\n");
        var original = System.Text.RegularExpressions.Regex.Match(guide, @"\(plain text, shown indented\):\n\n((?:    .*\n)+)");
        Assert.True(original.Success);
        string text = string.Concat(original.Groups[1].Value.Split('\n').Where(l => l.Length > 0).Select(l => l[4..] + "\n"));
        string shown = System.Text.RegularExpressions.Regex.Match(guide, "```\n(@meeting 144\n.*?)```", System.Text.RegularExpressions.RegexOptions.Singleline).Groups[1].Value;

        string input = Write("144.txt", text);
        string body = Directory.CreateDirectory(Path.Combine(dir, "body")).FullName;
        var imported = Run("import", input, "-o", body);
        Assert.True(imported.Code == 0, imported.Err);
        string record = File.ReadAllText(Path.Combine(body, "144.minutes"));
        Assert.Equal(shown, record);
        Assert.Equal((0, ""), (Run("check", body).Code, Run("check", body).Out));

        // the series of the guide: a running count, 臨時會 counted on their own, the title forms
        string series = System.Text.RegularExpressions.Regex.Match(guide, "```\n(@series 都市計畫委員會\n.*?)```", System.Text.RegularExpressions.RegexOptions.Singleline).Groups[1].Value;
        Assert.Contains("編號：流水", series);
        Write(Path.Combine("body", "series.minutes"), series);
        Assert.Equal((0, ""), (Run("check", body).Code, Run("check", body).Out));
        Assert.Equal(0, Run("new", body, "--extra", "--date", "2025-03-21").Code);
        string extra = File.ReadAllText(Path.Combine(body, "臨1.minutes"));
        Assert.StartsWith("@meeting 臨1\n# 測試市都市計畫委員會第 1 次臨時會會議紀錄\n", extra);
        Assert.Equal(0, Run("new", body, "--date", "2025-04-11").Code);
        string next = File.ReadAllText(Path.Combine(body, "145.minutes"));
        Assert.StartsWith("@meeting 145\n# 測試市都市計畫委員會第 145 次會議紀錄\n", next);
        var (code, report, _) = Run("check", "--format", "msbuild", body);
        Assert.Equal(1, code);
        var lines = report.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.All(lines, l => Assert.Contains(" ML0114: ", l));
        Assert.Contains(lines, l => l.Contains("145.minutes", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("臨1.minutes", StringComparison.Ordinal));

        // filled in (the placeholders replaced), the 臨時會 stands between 144 and 145 and is no gap; 147 after 145 is one
        File.WriteAllText(Path.Combine(body, "臨1.minutes"), Filled(extra));
        File.WriteAllText(Path.Combine(body, "145.minutes"), Filled(next));
        File.WriteAllText(Path.Combine(body, "147.minutes"), Filled(next).Replace("145", "147").Replace("4 月 11 日", "5 月 9 日"));
        (code, report, _) = Run("check", "--format", "msbuild", body);
        Assert.True(code == 0, report);
        var finding = Assert.Single(report.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("147.minutes(1,1): info ML0204: no record of meeting 146 between 145 and 147", finding);
        var order = Compilation.Create(Compilation.ParseFile(Path.Combine(body, "series.minutes")),
            Directory.GetFiles(body, "*.minutes").Where(f => !Compilation.IsSeriesFile(f)).Order(StringComparer.Ordinal).Select(Compilation.ParseFile));
        Assert.Equal(["144", "臨1", "145", "147"], order.Context.Records.Select(r => r.Id));

        // rendered, the imported record is its original again
        var (_, txt, _) = Run("render", Path.Combine(body, "144.minutes"), "--to", "txt");
        Assert.Null(SeedNormalizer.Compare(text, txt));
    }
}
