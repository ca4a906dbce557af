using MinutesLang.Authoring;
using MinutesLang.Diagnostics;
using MinutesLang.Import;
using MinutesLang.Parsing;
using MinutesLang.Semantics;
using MinutesLang.Syntax;
using MinutesLang.Text;
using MinutesLang.Validation;

namespace MinutesLang.Tests;

/// <summary>
/// Issue 12 §1, §3 point 6: <c>編號：日期</c> end to end, on the series of Fixtures/Bodies/dated (a community
/// development association's board that names its meetings by their dates, with a 臨時會 counted on its own):
/// check, the gap rule, the title rules, the register, <c>minutes new</c> and the importer.
/// </summary>
public sealed class DatedSeriesTests : CliHarness
{
    private static readonly string Folder = Path.Combine(Repo.Root, "tests", "MinutesLang.Tests", "Fixtures", "Bodies", "dated");

    private static SyntaxTree SeriesTree() => Compilation.ParseFile(Path.Combine(Folder, "series.minutes"));

    private static Dictionary<string, string> Records() =>
        Directory.GetFiles(Folder, "*.minutes").Where(f => !Compilation.IsSeriesFile(f))
            .ToDictionary(f => Path.GetFileName(f), File.ReadAllText);

    private static Compilation With(Dictionary<string, string> records) =>
        Compilation.Create(SeriesTree(), records.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => Parser.Parse(r.Value, r.Key)));

    private static string Text(Diagnostic d) => d.Source.Text.Substring(d.Span.Start, d.Span.Length);

    [Fact]
    public void TheSeriesChecksCleanInTheOrderOfItsDates()
    {
        var c = With(Records());
        Assert.Empty(c.Diagnostics);
        Assert.Equal(MeetingNumbering.Dated, c.Series.Scheme.Numbering);
        Assert.Equal(["2025-01-18", "2025-04-19", "臨1", "2025-07-19"], c.Context.Records.Select(r => r.Id));

        // the register: the case in the order of the series, 臨1 not needing to report it
        var entry = CaseRegister.Build(c).Single(e => e.Id == "活動中心");
        Assert.Equal(["2025-01-18", "2025-04-19", "2025-07-19"], entry.History.Select(h => h.Meeting));
        Assert.Equal(CaseStatus.Delisted, entry.Status);
    }

    [Fact]
    public void AMeetingNamedByItsDateLeavesNoGapButA臨時會CountedOnItsOwnDoes()
    {
        var records = Records();
        records.Remove("2025-04-19.minutes");
        var c = With(records);
        Assert.DoesNotContain(c.Diagnostics, d => d.Code == "ML0204");

        records = Records();
        records["臨3.minutes"] = records["臨1.minutes"].Replace("臨1", "臨3").Replace("第1次", "第3次").Replace("5 月 10 日", "6 月 14 日");
        var gap = Assert.Single(With(records).Diagnostics);
        Assert.Equal(("臨3.minutes", "ML0204"), (Path.GetFileName(gap.Source.Path), gap.Code));
        Assert.Contains("臨2", gap.Message);
    }

    [Fact]
    public void AnOpenCaseIsCarriedOverFromDateToDate()
    {
        var records = Records();
        records["2025-04-19.minutes"] = records["2025-04-19.minutes"].Replace("    - 「[[活動中心|社區活動中心修繕計畫]]」：區公所已核定補助，持續列管。\n      @列管 活動中心\n", "    - 無。\n");
        var d = Assert.Single(With(records).Diagnostics);
        Assert.Equal(("2025-04-19.minutes", "ML0200"), (Path.GetFileName(d.Source.Path), d.Code));
    }

    [Theory]
    [InlineData("* 時間：114 年 4 月 19 日（星期六）", "* 時間：114 年 4 月 26 日（星期六）", "ML0233", "114 年 4 月 26 日（星期六）上午 10 時")]
    [InlineData("# 測試市測試社區發展協會114年", "# 測試市測試社區發展協會115年", "ML0230", "115")]
    [InlineData("# 測試市測試社區發展協會114年理監事聯席會議紀錄", "# 測試市測試社區發展協會理監事會議紀錄", "ML0234", "測試市測試社區發展協會理監事會議紀錄")]
    [InlineData("# 測試市測試社區發展協會114年理監事聯席會議紀錄", "# 測試市測試社區發展協會114年臨時理監事聯席會議紀錄", "ML0233", "臨時")]
    public void TheTitleAndDateRulesHoldEachRecordToItsDate(string from, string to, string code, string at)
    {
        var records = Records();
        records["2025-04-19.minutes"] = records["2025-04-19.minutes"].Replace(from, to);
        var d = Assert.Single(With(records).Diagnostics, d => d.Code is not "ML0234" || code == "ML0234");
        Assert.Equal((code, at), (d.Code, Text(d)));
    }

    [Theory]
    [InlineData(false, "2025-10-18", "測試市測試社區發展協會114年理監事聯席會議紀錄")]
    [InlineData(true, "臨2", "測試市測試社區發展協會第2次臨時理監事聯席會議紀錄")]
    public void NewNamesTheNextMeetingByItsDateOrNumbersThe臨時會(bool extra, string id, string title)
    {
        var c = With(Records());
        var draft = NextRecord.Create(c, new DateOnly(2025, 10, 18), extra);
        Assert.Equal(id, draft.Id);
        Assert.StartsWith($"@meeting {id}\n# {title}\n", draft.Text);
        var records = Records();
        records[draft.FileName] = draft.Text;
        Assert.Equal(["ML0114"], With(records).Diagnostics.Where(d => Path.GetFileName(d.Source.Path) == draft.FileName).Select(d => d.Code).Distinct());
    }

    [Theory]
    [InlineData("測試市測試社區發展協會114年理監事聯席會議紀錄", "2025-10-18")]
    [InlineData("測試市測試社區發展協會第2次臨時理監事聯席會議紀錄", "臨2")]
    public void TheImporterNamesTheRecordAsTheSeriesDoes(string title, string id)
    {
        string text = $"{title}\n壹、時間：114年10月18日(星期六)上午10時\n貳、地點：本社區活動中心\n參、主席：張理事長\n紀錄：王總幹事\n肆、討論事項：無。\n伍、散會：上午11時\n";
        var series = With(new Dictionary<string, string>()).Series;
        var result = Importer.Import(SourceText.From(text, "board.txt"), series);
        var record = Assert.Single(result.Records);
        Assert.Equal(id, record.Id);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "ML0420" || d.Severity == DiagnosticSeverity.Error);

        var records = Records();
        records[record.FileName] = record.Text;
        Assert.DoesNotContain(With(records).Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
    }

    [Fact]
    public void TheCommandLineChecksTheSeriesAndListsItsCases()
    {
        var (code, o, e) = Run("check", Folder);
        Assert.True(code == 0, o + e);
        var (casesCode, csv, err) = Run("cases", Folder, "--format", "csv");
        Assert.True(casesCode == 0, err);
        // the history is the last column: the meetings in the order of the series
        string history = Assert.Single(csv.Split("\r\n"), l => l.StartsWith("活動中心,", StringComparison.Ordinal)).Split(',', 7)[6];
        int[] at = [.. new[] { "2025-01-18", "2025-04-19", "2025-07-19" }.Select(m => history.IndexOf(m, StringComparison.Ordinal))];
        Assert.True(at[0] >= 0 && at[0] < at[1] && at[1] < at[2], history);
    }
}
