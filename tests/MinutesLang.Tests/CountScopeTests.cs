using MinutesLang.Parsing;
using MinutesLang.Semantics;

namespace MinutesLang.Tests;

/// <summary>
/// ML0240, the counts of an agenda item (<c>計 N 項</c>, <c>計有 N 案</c>, and <c>共計</c> in the 案由): compared with the
/// cases the item links only where the count says cases — in the 案由, or in a clause that names cases (案件, 合作案,
/// 議案, 提案, 列管) or links one (the seeds' forms). A fresh user's try (stop 15) found an error on prose that counts
/// something else in an item that links cases (本年度共召開 3 次會議，計 2 項決議待辦), and no check of 共計 in the 案由.
/// </summary>
public sealed class CountScopeTests
{
    private const string Series = "@series 民政業務會報\n  名稱：民政業務會報\n\n@case 甲案\n  標題：甲案標題\n@case 乙案\n  標題：乙案標題\n@case 丙案\n  標題：丙案標題\n";

    private static string Record(string subject, string explanation) =>
        "@meeting 114-2\n# 114 年度民政業務會報第 2 次會議紀錄\n* 時間：114 年 3 月 7 日（星期五）上午 10 時\n* 地點：區公所會議室\n* 主席：陳區長\n"
        + $"* 提案討論\n  案由：{subject}\n  說明：{explanation}\n  決議：\n"
        + "    - [[甲案]]：持續列管。\n      @列管 甲案\n    - [[乙案]]：持續列管。\n      @列管 乙案\n    - [[丙案]]：持續列管。\n      @列管 丙案\n"
        + "* 散會：上午 11 時\n";

    private static List<Diagnostics.Diagnostic> Counts(string subject, string explanation)
    {
        var record = Parser.Parse(Record(subject, explanation), "114-2.minutes");
        var c = Compilation.Create(Parser.Parse(Series, "series.minutes"), [record]);
        return [.. c.Diagnostics.Where(d => d.Code == "ML0240")];
    }

    private const string PlainSubject = "本區各項業務辦理情形，提請討論。";

    [Theory]
    [InlineData("本年度共召開 3 次會議，計 2 項決議待辦。")]
    [InlineData("本案經費計有 4 案核銷。")]
    [InlineData("本年度里民活動計 2 項已辦理完成。")]
    [InlineData("各里反映事項計 12 件，均已回覆。")]
    [InlineData("本案相關工程計 5 項已完工；路燈報修計有 30 件。")]
    [InlineData("志工計有 8 個團隊參與。")]
    public void ACountOfSomethingElseInAnItemThatLinksCasesIsNotCompared(string explanation) =>
        Assert.Empty(Counts(PlainSubject, explanation));

    [Theory]
    [InlineData(PlainSubject, "尚未解除列管案件計有 2 案，辦理情形詳列管表。", "計有 2 案")]
    [InlineData(PlainSubject, "本議題組計有 2 個合作案：", "計有 2 個")]
    [InlineData(PlainSubject, "本年度計 2 項提案，均經討論。", "計 2 項")]
    [InlineData("114 年度計有 2 案辦理進度，提請討論。", "無。", "計有 2 案")]
    [InlineData("114 年度計 2 件辦理進度，提請討論。", "無。", "計 2 件")]
    [InlineData("本會報列管案共計 2 案，提請討論。", "無。", "共計 2 案")]
    [InlineData("本會報列管事項共計 4 項，提請討論。", "無。", "共計 4 項")]
    public void ACountOfTheItemsCasesThatDisagreesIsML0240(string subject, string explanation, string phrase)
    {
        var d = Assert.Single(Counts(subject, explanation));
        Assert.Contains($"'{phrase}'", d.Message);
    }

    [Theory]
    [InlineData(PlainSubject, "尚未解除列管案件計有 3 案，辦理情形詳列管表。")]
    [InlineData("114 年度計有三案辦理進度，提請討論。", "無。")]
    [InlineData("本會報列管案共計 3 案，提請討論。", "無。")]
    public void ACountOfTheItemsCasesThatAgreesIsClean(string subject, string explanation) =>
        Assert.Empty(Counts(subject, explanation));
}
