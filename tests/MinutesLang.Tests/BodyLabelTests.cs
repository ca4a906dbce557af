using MinutesLang.Parsing;
using MinutesLang.Semantics;

namespace MinutesLang.Tests;

/// <summary>
/// Issue 12 §1, §3 point 4: the labels of other Taiwanese bodies' minutes (<see cref="BodyLabels"/>) are words of their
/// own, never read as a misspelling of a label of the seeds (ML0117, ML0119): 出席委員 is not 出席人員 mistyped. The
/// labels come from published minutes and the rules that say what minutes hold (Legislative Yuan 議事錄, the National
/// Health Insurance Committee's 會議實錄, procurement evaluation committees, university and school committees,
/// parents' associations, the national urban-planning committee; Fixtures/Bodies).
/// </summary>
public sealed class BodyLabelTests
{
    /// <summary>Labels as real minutes write them, at least 30, each a label at the margin of a record.</summary>
    public static TheoryData<string> RealLabels() =>
    [
        "出席委員", "列席委員", "列席人員", "出席人員", "請假委員", "請假人員", "請假", "缺席委員", "缺席人員", "出席人數",
        "列席人數", "出席召集委員", "出席代表", "主持人", "會議主持人", "召集人", "司儀", "主席", "會議主席", "會議時間",
        "會議地點", "開會時間", "開會地點", "會議日期", "會議名稱", "會議主題", "討論事項", "臨時動議", "報告事項", "主席致詞",
        "主席報告", "確認上次會議紀錄", "上次會議決議事項執行情形", "前次會議決議事項辦理情形", "審議事項", "審查事項", "選舉事項",
        "審議結論", "審查結論", "審查意見", "結論", "附帶決議", "共識暨指示事項", "主席裁示", "紀錄彙整", "建議", "辦法", "擬辦",
        "執行情形", "辦理情形", "主辦單位", "承辦單位", "散會時間", "紀錄人員", "決定", "決議", "說明", "案由",
    ];

    [Theory]
    [MemberData(nameof(RealLabels))]
    public void ALabelOfAnotherBodyIsNoNearMiss(string label)
    {
        Assert.Empty(NearMiss.LabelCandidates(label));
        Assert.Null(NearMiss.Label(label));

        // a field and a part so labelled check without ML0117 or ML0119
        string record = $"@meeting 560\n# 測試市都市計畫委員會第 560 次會議紀錄\n* 時間：114 年 3 月 7 日（星期五）下午 2 時\n{label}：本府代表。\n* {label}：如附件。\n";
        var c = Compilation.Create(null, [Parser.Parse(record, "560.minutes")]);
        Assert.DoesNotContain(c.Diagnostics, d => d.Code is "ML0117" or "ML0119");
    }

    [Fact]
    public void EveryLabelOfAnotherBodyHasAMeaningAndStandsOnlyForALabelOfTheSeries()
    {
        Assert.True(BodyLabels.All.Count >= 30);
        string[] seedLabels = [.. NearMiss.MeaningfulLabels, "業務報告", "提案討論", "臨時動議"];
        foreach (var (label, entry) in BodyLabels.All)
        {
            Assert.False(string.IsNullOrWhiteSpace(entry.Meaning), label);
            Assert.DoesNotContain(label, NearMiss.MeaningfulLabels);
            if (entry.StandsFor is { } meant) Assert.Contains(meant, seedLabels);
        }
    }

    /// <summary>The labels that were false near-misses: one character off a label of the seeds, now known.</summary>
    [Theory]
    [InlineData("出席委員", "出席人員")]
    [InlineData("列席委員", "列席人員")]
    [InlineData("出席人數", "出席人員")]
    [InlineData("列席人數", "列席人員")]
    [InlineData("會議主題", "會議主席")]
    [InlineData("建議", "決議")]
    [InlineData("結論", null)]
    public void TheLabelsOneCharacterOffASeedLabelAreKnown(string label, string? near)
    {
        if (near is not null) Assert.Equal(1, label.Zip(near).Count(p => p.First != p.Second));
        Assert.True(BodyLabels.Contains(label));
        Assert.Empty(NearMiss.LabelCandidates(label));
    }

    /// <summary>A real misspelling of a label of the seeds is still read as meant and reported (the table is no blanket pass).</summary>
    [Theory]
    [InlineData("時問", "時間")]
    [InlineData("地典", "地點")]
    [InlineData("出席人貝", "出席人員")]
    [InlineData("會議主蓆", "會議主席")]
    [InlineData("說朋", "說明")]
    public void AMisspellingOfASeedLabelIsStillML0117(string label, string meant)
    {
        Assert.Equal(meant, NearMiss.Label(label));
        string record = $"@meeting 560\n# 測試市都市計畫委員會第 560 次會議紀錄\n* 時間：114 年 3 月 7 日（星期五）下午 2 時\n{label}：本府代表。\n";
        var c = Compilation.Create(null, [Parser.Parse(record, "560.minutes")]);
        Assert.Contains(c.Diagnostics, d => d.Code == "ML0117");
    }
}
