using MinutesLang.Diagnostics;
using MinutesLang.Parsing;
using MinutesLang.Semantics;

namespace MinutesLang.Tests;

/// <summary>
/// A hand-typed ordinal on a part (<c>* 壹、時間：…</c>, <c>* 一、地點：…</c>, <c>(一)主席：…</c> at the margin) no longer hides
/// the part (Semantics/OrdinalField, read by RecordBinder): its date, weekday, closing time, place, chair and recorder are
/// read, it counts as the part a series requires (no ML0120), a wrong weekday behind it is still ML0103, and the ordinal
/// is still reported (ML0019), for every label and every kind of ordinal.
/// </summary>
public sealed class OrdinalFieldTests
{
    // a series of another body that requires 時間, 地點 and 主席
    private const string Series = "@series 校務會議\n  名稱：北屯國中校務會議\n  必備：標題、時間、地點、主席\n";

    private const string Head = "@meeting 114-2\n# 臺中市立北屯國民中學 114 學年度第 2 次校務會議紀錄\n";

    private static Compilation Compile(string record) =>
        Compilation.Create(Parser.Parse(Series, "series.minutes"), [Parser.Parse(record, "114-2.minutes")]);

    public static readonly string[] OrdinalKinds = ["壹、", "貳、", "一、", "三、", "(一)", "（二）", "1.", "１．", "2、", "(1)"];

    public static TheoryData<string> Kinds() => [.. OrdinalKinds];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void EveryFieldBehindAnOrdinalOnAPartIsRead(string ordinal)
    {
        string record = Head
            + $"* {ordinal}時間：114 年 6 月 18 日（星期三）下午 2 時\n"
            + $"* {ordinal}地點：本校第一會議室\n"
            + $"* {ordinal}主席：王大明校長\n"
            + "* 校長報告\n  - 圖書館整修完成。\n"
            + $"* {ordinal}紀錄：林怡君\n"
            + $"* {ordinal}散會：下午 4 時 10 分\n";
        var c = Compile(record);
        var r = c.Records[0];
        Assert.Equal(new DateOnly(2025, 6, 18), r.Date?.ToDate());
        Assert.NotNull(r.Start);
        Assert.Equal(10, r.End?.Minute);
        Assert.Equal("本校第一會議室", r.Place);
        Assert.Equal("王大明校長", r.Chair);
        Assert.Equal("林怡君", r.Recorder);
        Assert.DoesNotContain(c.Diagnostics, d => d.Code is "ML0120" or "ML0109" or "ML0103" or "ML0102" or "ML0110");
        Assert.Equal(5, c.Diagnostics.Count(d => d.Code == "ML0019")); // the writer still learns to drop the ordinal
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void AFieldBehindAnOrdinalAtTheMarginIsRead(string ordinal)
    {
        string record = Head
            + "* 時間：114 年 6 月 18 日（星期三）下午 2 時\n"
            + $"{ordinal}地點：本校第一會議室\n"
            + $"{ordinal}主席：王大明校長\n"
            + $"{ordinal}紀　錄：林怡君\n";
        var c = Compile(record);
        var r = c.Records[0];
        Assert.Equal("本校第一會議室", r.Place);
        Assert.Equal("王大明校長", r.Chair);
        Assert.Equal("林怡君", r.Recorder);
        Assert.DoesNotContain(c.Diagnostics, d => d.Code is "ML0120");
        Assert.Equal(3, c.Diagnostics.Count(d => d.Code == "ML0019"));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void AWrongWeekdayBehindAnOrdinalIsStillML0103AtTheWeekday(string ordinal)
    {
        string line = $"* {ordinal}時間：114 年 6 月 18 日（星期五）下午 2 時\n";
        var c = Compile(Head + line + "* 地點：本校\n* 主席：王大明\n");
        var d = Assert.Single(c.Diagnostics, d => d.Code == "ML0103");
        Assert.Equal("星期五", c.Records[0].Tree.Source.ToString(d.Span)); // the weekday without its brackets, as without the ordinal
        Assert.Contains("星期三", d.Message);
        Assert.Equal(3, d.Start.Line);
    }

    [Fact]
    public void WithoutTheOrdinalTheRecordIsTheSame()
    {
        // the reading behind the ordinal is the reading of the part written right
        string right = Head + "* 時間：114 年 6 月 18 日（星期三）下午 2 時\n* 地點：本校\n* 主席：王大明\n散會：下午 4 時\n";
        string typed = Head + "* 壹、時間：114 年 6 月 18 日（星期三）下午 2 時\n* 貳、地點：本校\n* 參、主席：王大明\n肆、散會：下午 4 時\n";
        var (a, b) = (Compile(right).Records[0], Compile(typed).Records[0]);
        Assert.Equal((a.Date, a.Start, a.End, a.Place, a.Chair), (b.Date, b.Start, b.End, b.Place, b.Chair));
    }

    [Theory]
    [InlineData("* 壹、報告事項")]
    [InlineData("* 一、主席致詞（略）")]
    [InlineData("* 1. 依據：教育部函")]
    public void AnOrdinalBeforeOtherTextOrAnotherLabelIsNoFieldThatMatters(string part)
    {
        var c = Compile(Head + "* 時間：114 年 6 月 18 日（星期三）下午 2 時\n* 地點：本校\n* 主席：王大明\n" + part + "\n");
        Assert.Equal("本校", c.Records[0].Place);
        Assert.Equal("王大明", c.Records[0].Chair);
        Assert.Contains(c.Diagnostics, d => d.Code == "ML0019");
        Assert.DoesNotContain(c.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
    }
}
