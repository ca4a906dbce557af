using MinutesLang.Parsing;
using MinutesLang.Semantics;

namespace MinutesLang.Tests;

/// <summary>
/// Issue 12 §1 point 5: a 臨時會 takes no turn in the alternation of a bilateral platform (ML0221). The 雙北 hosts
/// alternated from regular meeting to regular meeting (DOMAIN.md §4), and the rotation is a rotation of the regular
/// meetings (quarters, halves of the year); a 臨時會 is called when a matter needs it, wherever it is convenient. So a
/// 臨時會 is not held to the alternation, and the regular meeting after it is held to the last regular meeting — in a
/// series whatever it declares of its 臨時會 (another count, 另計; by date, 不編號; undeclared).
/// </summary>
public sealed class ExtraMeetingRotationTests
{
    private static readonly string RuleSeries = File.ReadAllText(Path.Combine(Repo.Root, "tests", "MinutesLang.Tests", "Fixtures", "Rules", "series.minutes"));

    private static string Record(string id, string n, string date, string city, bool extra) =>
        $"@meeting {id}\n# 2019 雙北合作「測試組」第 {n} 次{(extra ? "臨時會" : "小組")}會議紀錄\n* 時間：{date}下午 2 時\n* 地點：{city}政府教育局會議室\n* 主席：王主任\n紀錄：李專員\n* 臨時動議：無。\n* 散會：下午 3 時\n";

    public static TheoryData<string, string, string, string, bool> Cases()
    {
        var data = new TheoryData<string, string, string, string, bool>();
        foreach (var (field, extraId) in new[] { ("", "108-臨1"), ("  臨時會：另計\n", "108-臨1"), ("  臨時會：不編號\n", "臨2019-03-20") })
        {
            // hosts of 108-1, the 臨時會, 108-2; whether 108-2 is ML0221
            data.Add(field, extraId, "臺北市", "新北市", true);   // 108-2 repeats 108-1's host: the 臨時會 between in the other city is no turn
            data.Add(field, extraId, "新北市", "臺北市", false);  // 108-2 alternates with 108-1: the 臨時會 in 108-1's city is no finding
            data.Add(field, extraId, "新北市", "新北市", true);   // all three in one city: said once, at 108-2, not at the 臨時會
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void A臨時會TakesNoTurnInTheAlternation(string field, string extraId, string extraHost, string secondHost, bool reported)
    {
        string series = RuleSeries.Replace("@series 測試組\n  名稱：測試組\n", "@series 測試組\n  名稱：測試組\n" + field, StringComparison.Ordinal);
        var c = Compilation.Create(Parser.Parse(series, "series.minutes"),
        [
            Parser.Parse(Record("108-1", "1", "108 年 1 月 25 日（星期五）", "新北市", false), "108-1.minutes"),
            Parser.Parse(Record(extraId, "1", "108 年 3 月 20 日（星期三）", extraHost, true), extraId + ".minutes"),
            Parser.Parse(Record("108-2", "2", "108 年 5 月 21 日（星期二）", secondHost, false), "108-2.minutes"),
        ]);
        Assert.Equal(["108-1", extraId, "108-2"], c.Context.Records.Select(r => r.Id));
        var alternation = c.Diagnostics.Where(d => d.Code == "ML0221").Select(d => Path.GetFileName(d.Source.Path)).ToList();
        Assert.Equal(reported ? ["108-2.minutes"] : [], alternation);
        Assert.DoesNotContain(c.Diagnostics, d => d.Severity == Diagnostics.DiagnosticSeverity.Error);
    }

    [Fact]
    public void TwoRegularMeetingsInOneCityAreStillReportedWithoutA臨時會()
    {
        var c = Compilation.Create(Parser.Parse(RuleSeries, "series.minutes"),
        [
            Parser.Parse(Record("108-1", "1", "108 年 1 月 25 日（星期五）", "新北市", false), "108-1.minutes"),
            Parser.Parse(Record("108-2", "2", "108 年 5 月 21 日（星期二）", "新北市", false), "108-2.minutes"),
        ]);
        Assert.Equal("108-2.minutes", Path.GetFileName(Assert.Single(c.Diagnostics, d => d.Code == "ML0221").Source.Path));
    }
}
