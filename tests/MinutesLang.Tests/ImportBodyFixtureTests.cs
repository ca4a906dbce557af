using MinutesLang.Diagnostics;
using MinutesLang.Import;
using MinutesLang.Parsing;
using MinutesLang.Semantics;

namespace MinutesLang.Tests;

/// <summary>
/// Issue 12 §4: minutes of other public bodies in the layouts of real public records
/// (Fixtures/Bodies/*.txt; the records they follow, with body, date and address, are in
/// Fixtures/Bodies/SOURCE.md). Each imports to a record with the id and title its text holds, no
/// numbering defect (ML0400–ML0402) where its lists are sound, and renders back to the text.
/// </summary>
public sealed class ImportBodyFixtureTests
{
    private static readonly string[] NumberingDefects = ["ML0400", "ML0401", "ML0402"];

    private static string Fixture(string name) => Path.Combine(Repo.Root, "tests", "MinutesLang.Tests", "Fixtures", "Bodies", name + ".txt");

    public static TheoryData<string, string, string, string[]> Fixtures => new()
    {
        // name, meeting id, title, errors check finds in the imported record
        { "moi-urban-planning-974", "974", "內政部都市計畫委員會第974次會議紀錄", [] },
        { "school-parents-standing-committee", "18", "測試實驗國民中小學第十三屆家長會第十八次常務委員會會議紀錄", [] },
        // a web page's text: the recorder on the chair's line after one space, kept there (@紀錄同行), spaced labels with ASCII colons
        { "school-alumni-board", "2", "測試高中校友會第12屆第2次理監事暨顧問聯席會議紀錄", [] },

        // a school year (99 學年度) title, met in 民國 100: numbered per school year, 99-3 (issue 12 §3 point 3), and no
        // ML0230 (YearRule reads 學年度: August 99 to July 100); '時間:晚上19:00-21:00' beside the 日期 line is a range on
        // the 24-hour clock after 晚上 (ChineseValueGrammar.TimeRange, issue 12 §2): ImportedRangeIsTheMeetingTimeAndItsPlannedEnd
        // checks what it is read as
        { "school-parents-representatives", "99-3", "99學年度第三次會員代表大會會議紀錄", [] },
    };

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void ImportsWithItsIdAndTitleAndNoFalseNumberingDefect(string name, string id, string title, string[] checkErrors)
    {
        string path = Fixture(name);
        var result = Importer.Import(ImportReader.Read(path, File.ReadAllBytes(path)));
        var record = Assert.Single(result.Records);
        Assert.Equal(id, record.Id);
        Assert.DoesNotContain(result.Diagnostics, d => NumberingDefects.Contains(d.Code) || d.Severity == DiagnosticSeverity.Error);

        var c = Compilation.Create(null, [Parser.Parse(record.Text, record.FileName)]);
        Assert.Equal(title, c.Records[0].Title);
        Assert.Equal(checkErrors, c.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.Code));
        if (checkErrors.Length > 0) return; // a record with errors is not rendered

        string rendered = new MinutesLang.Rendering.TemplateRenderer(Repo.Templates, "txt").Render(new MinutesLang.Rendering.RenderModelBuilder(c.Series).Build(c.Records[0]));
        // what differs, named: the notation prints a label's ASCII colon (日期:2020-08-11) full width (日期：2020-08-11), so colons are compared as one
        Assert.Null(SeedNormalizer.Compare(File.ReadAllText(path).Replace(':', '：'), rendered.Replace(':', '：')));
    }

    /// <summary>
    /// The parents' association's 時間 line, <c>晚上19:00-21:00</c> beside <c>日期:100年5月10日(星期二)</c>: imported with no
    /// finding about it, and read by check as the meeting time 19:00 and the planned closing time 21:00.
    /// </summary>
    [Fact]
    public void ImportedRangeIsTheMeetingTimeAndItsPlannedEnd()
    {
        string path = Fixture("school-parents-representatives");
        var result = Importer.Import(ImportReader.Read(path, File.ReadAllBytes(path)));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code is "ML0405" or "ML0121" or "ML0124");
        var record = Assert.Single(result.Records);
        var c = Compilation.Create(null, [Parser.Parse(record.Text, record.FileName)]);
        Assert.DoesNotContain(c.Diagnostics, d => d.Code is "ML0102" or "ML0121" or "ML0124" or "ML0231");
        var r = c.Records[0];
        Assert.Equal(new DateOnly(2011, 5, 10), r.Date?.ToDate());
        Assert.Equal(19 * 60, r.Start?.TotalMinutes);
        Assert.Equal(21 * 60, r.PlannedEnd?.TotalMinutes);
        Assert.Null(r.End); // no 散會 time: 六、散會 holds none, and the planned end is not taken for one
    }

    [Fact]
    public void TheAlumniBoardKeepsItsRecorderOnTheChairsLine()
    {
        string path = Fixture("school-alumni-board");
        var record = Importer.Import(ImportReader.Read(path, File.ReadAllBytes(path))).Records.Single();
        Assert.Contains("\n@紀錄同行\n", record.Text);
        var c = Compilation.Create(null, [Parser.Parse(record.Text, record.FileName)]);
        Assert.Equal("陳○○ 理事長", c.Records[0].Chair);
        Assert.Equal("鄭○○ 小姐", c.Records[0].Recorder);
        string rendered = Repo.RenderTxt(c);
        Assert.Contains("\n主 席：陳○○ 理事長　　記 錄：鄭○○ 小姐\n", rendered);
        Assert.True(rendered.IndexOf("記 錄", StringComparison.Ordinal) < rendered.IndexOf("一、主席致詞", StringComparison.Ordinal));
    }

    /// <summary>ML0230 and a school year: 99 學年度 runs from August 民國 99 to July 民國 100, so a running count titled by it is dated in either year, not in another.</summary>
    [Theory]
    [InlineData("99 學年度", "100 年 5 月 10 日（星期二）", false)]
    [InlineData("99學年度", "99 年 9 月 7 日（星期二）", false)]
    [InlineData("98 學年度", "100 年 5 月 10 日（星期二）", true)]
    [InlineData("99 學年度", "101 年 5 月 10 日（星期四）", true)]
    [InlineData("99 年度", "100 年 5 月 10 日（星期二）", true)]
    public void ASchoolYearTitleHoldsMeetingsOfItsTwoCalendarYears(string year, string date, bool disagree)
    {
        string text = $"@meeting 3\n# {year}測試國中家長會第 3 次會議紀錄\n時間：{date}上午 10 時\n";
        var c = Compilation.Create(null, [Parser.Parse(text, "3.minutes")]);
        Assert.Equal(disagree, c.Diagnostics.Any(d => d.Code == "ML0230"));
        Assert.DoesNotContain(c.Diagnostics, d => d.Severity == DiagnosticSeverity.Error && d.Code != "ML0230");
    }
}
