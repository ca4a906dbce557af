using System.Text.RegularExpressions;
using MinutesLang.Import;
using MinutesLang.Parsing;
using MinutesLang.Semantics;
using Xunit.Abstractions;

namespace MinutesLang.Tests;

/// <summary>
/// The events an importer infers from prose, measured against the hand-written seeds: take each
/// seed, remove its event directives (and comments), infer them again and compare.
/// </summary>
public sealed partial class EventInferenceTests(ITestOutputHelper output)
{
    [GeneratedRegex("^[ \\t\\u3000]*(@(成案|列管|常態|提請解列|解列|更名|移轉|交辦|併入)\\b.*|//.*)\\n", RegexOptions.Multiline)]
    private static partial Regex EventOrComment();

    internal static string Strip(string notation) => EventOrComment().Replace(notation.Replace("\r\n", "\n"), "");

    /// <summary>Each record's events case by case, in the order the record gives them (the order between cases does not matter).</summary>
    internal static List<string> Events(Compilation c) =>
        [.. c.Records.SelectMany(r => r.Events.Select(e => $"{r.Id} {e.Kind} {e.CaseId}{(e.Level is null ? "" : " " + e.Level)}{(e.Kind == CaseEventKind.Renamed ? " " + e.Argument : "")}")
            .Select((text, i) => (text, r.Events[i].CaseId, i)).OrderBy(x => x.CaseId, StringComparer.Ordinal).ThenBy(x => x.i).Select(x => x.text))];

    /// <summary>Infers the events of records in series order, each knowing the records before it.</summary>
    internal static List<MinutesLang.Syntax.SyntaxTree> InferAll(Series series, IEnumerable<(string Name, string Text)> records)
    {
        var list = records.ToList();
        var texts = EventInference.ApplyInOrder([.. list.Select(r => r.Text)], series);
        return [.. list.Select((r, i) => Parser.Parse(texts[i], r.Name))];
    }

    private static (Compilation Hand, Compilation Inferred) Both()
    {
        var seriesTree = Compilation.ParseFile(Path.Combine(Repo.Seeds, "series.minutes"));
        var hand = Compilation.Create(seriesTree, Repo.SeedNames.Select(n => Compilation.ParseFile(Path.Combine(Repo.Seeds, n + ".minutes"))));
        var inferred = Compilation.Create(seriesTree, InferAll(hand.Series, Repo.SeedNames.Select(n => (n + ".minutes", Strip(File.ReadAllText(Path.Combine(Repo.Seeds, n + ".minutes")))))));
        return (hand, inferred);
    }

    [Fact]
    public void EventsInferredFromTheProseOfTheSeedsAreTheHandWrittenOnes()
    {
        var (hand, inferred) = Both();
        var a = Events(hand);
        var b = Events(inferred);
        foreach (var x in a.Except(b)) output.WriteLine("missing  " + x);
        foreach (var x in b.Except(a)) output.WriteLine("extra    " + x);
        Assert.True(a.Count > 80, "the seeds have their events");
        Assert.Equal(a, b);
    }

    [Fact]
    public void CheckFindsTheSameInTheInferredSeriesAsInTheHandWrittenOne()
    {
        var (hand, inferred) = Both();
        static List<string> Codes(Compilation c) => [.. c.Diagnostics.Select(d => $"{Path.GetFileName(d.Source.Path)} {d.Code}").Order()];
        Assert.NotEmpty(Codes(hand));
        Assert.Equal(Codes(hand), Codes(inferred));
    }

    private static List<string> InferOne(string body, string series = "")
    {
        string seriesText = "@case A\n  標題：甲案\n@case B\n  標題：乙案\n" + series;
        var s = Compilation.Create(Parser.Parse(seriesText, "series.minutes"), []).Series;
        string record = "@meeting 113-2\n# 標題\n* 時間：113 年 5 月 17 日（星期五）下午 2 時\n" + body;
        var tree = Parser.Parse(record, "r.minutes");
        return [.. EventInference.Infer(tree, s).Select(e => e.Directive.Trim())];
    }

    [Theory]
    [InlineData("  - [[A]]案，本案持續列管。\n", "@列管 A")]
    [InlineData("  - [[A]]案，請各縣市繼續辦理。\n", "@列管 A")]
    [InlineData("  - [[A]]案，本案提請副市長層級會議解除列管。\n", "@提請解列 A 層級：副市長層級")]
    [InlineData("  - [[A]]案，請於本次市長層級會議提請予以解列。\n", "@提請解列 A 層級：市長層級")]
    [InlineData("  - [[A]]案，嗣後請提副首長層級會議解列。\n", "@提請解列 A 層級：副市長層級")]
    [InlineData("  - [[A]]案，同意解除列管。\n", "@解列 A")]
    [InlineData("  - [[A]]案，後續列為例行合作案件。\n", "@常態 A")]
    [InlineData("  - [[A]]案，本案同意成案。\n", "@成案 A 同意：全體")]
    [InlineData("  - [[A]]案，業已更改為「[[A|甲案（新）]]」。\n", "@更名 A 甲案（新）")]
    [InlineData("  - [[A]]案，建議改於基北北桃「交通組」工作會議提案。\n", "@移轉 A 交通組")]
    [InlineData("  - [[A]]、[[B]]等2案解列，[[B]]一案持續列管。\n", "@解列 A|@解列 B|@列管 B")]
    public void APhraseBecomesItsEvent(string body, string expected)
    {
        Assert.Equal(expected.Split('|'), InferOne("* 報告事項\n" + body));
    }

    [Theory]
    [InlineData("  - [[A]]案，依上次會議決議解除列管。\n")] // a decision said again: nothing new, and not "still tracked"
    [InlineData("  - [[A]]案，本案俟建立常態性合作機制後再提請解除列管。\n")] // a plan
    [InlineData("  - [[A]]案，請於下次會議改為常態性合作。\n")] // a plan
    [InlineData("  本次會議依前次會議決議，有 2 個議案持續列管，分別是[[A]]、[[B]]。\n")] // a summary of the last meeting
    public void RestatementsPlansAndSummariesAreNotEvents(string body)
    {
        Assert.Empty(InferOne("* 業務報告\n" + body));
    }

    [Fact]
    public void AnItemOfAProgressReportThatSaysNothingMoreIsStillTracked()
    {
        Assert.Equal(["@列管 A"], InferOne("* 提案討論\n  案由：合作案辦理進度，提請討論。\n  決議：\n    - [[A]]：請各縣市提供辦理情形。\n"));

        // outside a report on cases, a mention is only a mention
        Assert.DoesNotContain("@列管 A", InferOne("* 臨時動議\n  - 與[[A]]相關的活動照片請會後提供。\n"));
    }

    [Fact]
    public void ARecordThatAlreadyHasEventsIsLeftAlone()
    {
        Assert.Empty(InferOne("* 報告事項\n  - [[A]]案，本案持續列管。\n    @解列 A\n"));
    }

    [Fact]
    public void TheDirectiveGoesAtTheEndOfItsItemOneLevelDeeper()
    {
        string text = "@meeting 113-2\n# 標題\n* 報告事項\n  - [[A]]案，本案持續列管。\n    補充說明。\n  - 其他。\n";
        var s = Compilation.Create(Parser.Parse("@case A\n  標題：甲案\n", "series.minutes"), []).Series;
        Assert.Equal("@meeting 113-2\n# 標題\n* 報告事項\n  - [[A]]案，本案持續列管。\n    補充說明。\n    @列管 A\n  - 其他。\n", EventInference.Apply(text, s));
    }
}
