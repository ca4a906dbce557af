using MinutesLang.Localization;
using MinutesLang.Parsing;
using MinutesLang.Semantics;

namespace MinutesLang.Tests;

/// <summary>
/// Issue f, point 4: ML0240 compares a count with the cases linked in its scope; a count whose scope links no case
/// counts something else (自強活動共計 3 案核銷完成) and is not compared, as the ML0240 page says — in a lone record
/// and in a series; a count beside links that disagree is still ML0240, its phrase in 「」 in zh-TW.
/// </summary>
public sealed class CountNoLinkTests
{
    private const string Series = "@series 民政業務會報\n  名稱：民政業務會報\n\n@case 甲案\n  標題：甲案標題\n@case 乙案\n  標題：乙案標題\n@case 丙案\n  標題：丙案標題\n";

    private static string Record(string line) =>
        $"@meeting 114-2\n# 114 年度民政業務會報第 2 次會議紀錄\n* 時間：114 年 3 月 7 日（星期五）上午 10 時\n* 地點：區公所會議室\n* 主席：陳區長\n* 業務報告\n  - {line}\n* 散會：上午 11 時\n";

    private static List<Diagnostics.Diagnostic> Counts(string line, bool inSeries)
    {
        var record = Parser.Parse(Record(line), "114-2.minutes");
        var c = inSeries ? Compilation.Create(Parser.Parse(Series, "series.minutes"), [record]) : Compilation.Create(null, [record]);
        return c.Diagnostics.Where(d => d.Code == "ML0240").ToList();
    }

    [Theory]
    [InlineData("自強活動共計 3 案核銷完成。")]
    [InlineData("其中 A、B 及 C 等 3 案已修復。")]
    [InlineData("路燈報修計 12 案，均已完成。")]
    [InlineData("本年度低收入戶申請計有 4 案。")]
    [InlineData("合計 7 項工程已驗收。")]
    [InlineData("道路、側溝等兩項工程共計五案。")]
    [InlineData("本次有 2 個議案持續列管，分別是路燈及側溝。")]
    [InlineData("新增 3 個提案，由各里提出。")]
    [InlineData("共計 6 個里參加；其中 9 件陳情案共計 9 件。")]
    public void ACountThatLinksNoCaseIsNotCompared(string line)
    {
        Assert.Empty(Counts(line, inSeries: false));
        Assert.Empty(Counts(line, inSeries: true));
    }

    [Theory]
    [InlineData("[[甲案]]、[[乙案]]共計 3 案持續列管。", "共計 3 案")]
    [InlineData("[[甲案]]、[[乙案]]及[[丙案]]等 2 案已辦理完竣。", "等 2 案")]
    [InlineData("有 3 個議案持續列管，分別是[[甲案]]、[[乙案]]。", "有 3 個議案持續列管")]
    [InlineData("[[甲案]]計 2 項。", "計 2 項")]
    // 件 as the unit: read like 案 (it was not read at all before)
    [InlineData("[[甲案]]、[[乙案]]共計 3 件持續列管。", "共計 3 件")]
    [InlineData("[[甲案]]、[[乙案]]及[[丙案]]等 2 件已辦理完竣。", "等 2 件")]
    [InlineData("有 3 件持續列管，分別是[[甲案]]、[[乙案]]。", "有 3 件持續列管")]
    [InlineData("新增 1 件，為[[甲案]]及[[乙案]]。", "新增 1 件")]
    [InlineData("[[甲案]]計有 3 件。", "計有 3 件")]
    public void ACountBesideLinksThatDisagreesIsStillML0240(string line, string phrase)
    {
        var d = Assert.Single(Counts(line, inSeries: true));
        Assert.Equal(Diagnostics.DiagnosticSeverity.Error, d.Severity);
        Assert.Contains($"'{phrase}'", d.Message);
        Assert.Contains($"「{phrase}」", d.In(Language.ZhTw).Message);
        Assert.DoesNotContain("'", d.In(Language.ZhTw).Message);
    }

    [Theory]
    [InlineData("[[甲案]]、[[乙案]]共計 2 案持續列管。")]
    [InlineData("[[甲案]]、[[乙案]]及[[丙案]]等 3 案已辦理完竣。")]
    [InlineData("有 2 個議案持續列管，分別是[[甲案]]、[[乙案]]。")]
    [InlineData("[[甲案]]、[[乙案]]共計 2 件持續列管。")]
    [InlineData("有兩件持續列管，分別是[[甲案]]、[[乙案]]。")]
    [InlineData("[[甲案]]、[[乙案]]及[[丙案]]等三件已辦理完竣。")]
    public void ACountThatAgreesWithItsLinksIsClean(string line) => Assert.Empty(Counts(line, inSeries: true));
}
