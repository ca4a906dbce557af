using System.Globalization;
using MinutesLang.Diagnostics;
using MinutesLang.Import;
using MinutesLang.Parsing;
using MinutesLang.Semantics;

namespace MinutesLang.Tests;

/// <summary>
/// Issue 12 §2, what stop 11 left: ranges of times (<c>晚上19:00-21:00</c>, <c>下午2時至4時</c>), a 24-hour clock after a
/// meridiem that agrees with it, every meridiem word of Taiwanese bodies' minutes (中午 1 時 is 13:00, 凌晨, 傍晚, 晚間, 夜間,
/// 清晨), 整/許/起, ROC and Western years mixed; ML0121 from the importer; ML0124 for text of a value not read.
/// </summary>
public sealed class TimeValueTests
{
    /// <summary>
    /// Real forms of 時間 values, each with what it must read: the day (yyyy-MM-dd, or null for a time alone beside a 日期
    /// line), the opening time, the planned closing time (the end of a range) and the closing time in brackets, as HH:mm.
    /// </summary>
    public static TheoryData<string, string?, string?, string?, string?> Forms => new()
    {
        // dates, ROC and Western years mixed, in words and in figures
        { "2025年3月7日", "2025-03-07", null, null, null },
        { "民國114年3月7日", "2025-03-07", null, null, null },
        { "中華民國一百一十四年三月七日", "2025-03-07", null, null, null },
        { "中華民國一一四年三月七日（星期五）", "2025-03-07", null, null, null },
        { "114.3.7", "2025-03-07", null, null, null },
        { "114/3/7", "2025-03-07", null, null, null },
        { "2025/03/07", "2025-03-07", null, null, null },
        { "2025-03-07", "2025-03-07", null, null, null },
        { "114-03-07", "2025-03-07", null, null, null },
        { "２０２５／０３／０７", "2025-03-07", null, null, null },
        { "114年3月7號", "2025-03-07", null, null, null },
        { "一〇一年二月十六日", "2012-02-16", null, null, null },
        { "二〇二五年三月七日", "2025-03-07", null, null, null },
        { "中華民國114年3月7日（週五）", "2025-03-07", null, null, null },

        // times in words: 時/分/點/半, 整, 許, 起, Chinese, full-width and ASCII numerals
        { "中華民國九十一年八月二十九日上午九時", "2002-08-29", "09:00", null, null },
        { "114年3月7日下午二時半", "2025-03-07", "14:30", null, null },
        { "114年3月7日十四時三十分", "2025-03-07", "14:30", null, null },
        { "114年3月7日9點半", "2025-03-07", "09:30", null, null },
        { "114年3月7日上午九時整", "2025-03-07", "09:00", null, null },
        { "114年3月7日下午1時30分起", "2025-03-07", "13:30", null, null },
        { "114年3月7日上午十時許", "2025-03-07", "10:00", null, null },
        { "2025年3月7日下午3點", "2025-03-07", "15:00", null, null },
        { "114 年 3 月 7 日（星期五）上午 10 時", "2025-03-07", "10:00", null, null },
        { "114年3月7日（星期五）下午２時３０分", "2025-03-07", "14:30", null, null },
        { "101.2.16（星期四）下午二時三十分", "2012-02-16", "14:30", null, null },
        { "民國 113/10/27（星期日）晚上七點半", "2024-10-27", "19:30", null, null },

        // every meridiem word the records use, and the hour each gives
        { "114年3月7日中午1時", "2025-03-07", "13:00", null, null },
        { "114年3月7日中午 1 時 30 分", "2025-03-07", "13:30", null, null },
        { "114年3月7日中午12時", "2025-03-07", "12:00", null, null },
        { "114年3月7日中午十二時三十分", "2025-03-07", "12:30", null, null },
        { "114年3月7日中午11時30分", "2025-03-07", "11:30", null, null },
        { "114年3月7日晚上8時", "2025-03-07", "20:00", null, null },
        { "114年3月7日凌晨2時", "2025-03-07", "02:00", null, null },
        { "114年3月7日凌晨12時", "2025-03-07", "00:00", null, null },
        { "114年3月7日傍晚6時", "2025-03-07", "18:00", null, null },
        { "114年3月7日早上8時", "2025-03-07", "08:00", null, null },
        { "114年3月7日清晨6時", "2025-03-07", "06:00", null, null },
        { "114年3月7日晚間7時30分", "2025-03-07", "19:30", null, null },
        { "114年3月7日夜間9時", "2025-03-07", "21:00", null, null },
        { "114年3月7日下午12時30分", "2025-03-07", "12:30", null, null },

        // clock readings, and a meridiem before a 24-hour clock that agrees with it
        { "2025-03-07 09:30:00", "2025-03-07", "09:30", null, null },
        { "114年3月7日13:30", "2025-03-07", "13:30", null, null },
        { "114年3月7日１３：３０", "2025-03-07", "13:30", null, null },
        { "114年3月7日（星期五）下午14:30", "2025-03-07", "14:30", null, null },
        { "114年3月7日晚上19:00", "2025-03-07", "19:00", null, null },
        { "114年3月7日中午13:00", "2025-03-07", "13:00", null, null },
        { "114年3月7日中午1:00", "2025-03-07", "13:00", null, null },
        { "114.03.07 下午 2:30", "2025-03-07", "14:30", null, null },

        // ranges: the end is the planned closing time
        { "114年3月7日晚上19:00-21:00", "2025-03-07", "19:00", "21:00", null },
        { "114年3月7日19:00-21:00", "2025-03-07", "19:00", "21:00", null },
        { "114年3月7日19:00～21:00", "2025-03-07", "19:00", "21:00", null },
        { "114年3月7日19:00~21:00", "2025-03-07", "19:00", "21:00", null },
        { "114年3月7日19:00至21:00", "2025-03-07", "19:00", "21:00", null },
        { "114年3月7日 19:00 - 21:00", "2025-03-07", "19:00", "21:00", null },
        { "114年3月7日14:00–16:30", "2025-03-07", "14:00", "16:30", null },
        { "114年3月7日１９：００～２１：００", "2025-03-07", "19:00", "21:00", null },
        { "114年3月7日下午2時至4時", "2025-03-07", "14:00", "16:00", null },
        { "114年3月7日上午9時30分至12時", "2025-03-07", "09:30", "12:00", null },
        { "114年3月7日上午10時至下午1時", "2025-03-07", "10:00", "13:00", null },
        { "114年3月7日下午2時起至4時30分止", "2025-03-07", "14:00", "16:30", null },
        { "114年3月7日下午2:00-4:00", "2025-03-07", "14:00", "16:00", null },
        { "114年3月7日 晚上 7 點 至 9 點", "2025-03-07", "19:00", "21:00", null },
        { "中華民國114年3月7日（週五）下午2時30分至5時", "2025-03-07", "14:30", "17:00", null },
        { "114年3月7日（五）上午9時—12時", "2025-03-07", "09:00", "12:00", null },
        { "114年3月7日下午二時三十分至四時三十分", "2025-03-07", "14:30", "16:30", null },
        { "114年3月7日中午12時至下午1時30分", "2025-03-07", "12:00", "13:30", null },
        { "114年3月7日下午2時到4時", "2025-03-07", "14:00", "16:00", null },
        { "2025/3/7 9:00～12:00", "2025-03-07", "09:00", "12:00", null },

        // a closing time in brackets
        { "中華民國九十一年八月二十九日上午九時(十一時三十分)", "2002-08-29", "09:00", null, "11:30" },
        { "114年3月7日下午2時(下午4時散會)", "2025-03-07", "14:00", null, "16:00" },
        { "114 年 3 月 7 日（星期五）上午 10 時（十二時五分）", "2025-03-07", "10:00", null, "12:05" },

        // a time alone, beside a 日期 line
        { "晚上19:00-21:00", null, "19:00", "21:00", null },
        { "下午１時３０分起", null, "13:30", null, null },
        { "09:30:00", null, "09:30", null, null },
        { "下午 2 時 30 分（十六時止）", null, "14:30", null, "16:00" },
        { "上午九時整至十一時", null, "09:00", "11:00", null },
    };

    [Theory]
    [MemberData(nameof(Forms))]
    public void EveryRealFormReadsWholeToItsValue(string text, string? day, string? opens, string? planned, string? closes)
    {
        var read = day is null ? ChineseValueGrammar.ReadTime(text) : ChineseValueGrammar.ReadDateTime(text);
        Assert.NotNull(read);
        var v = read.Value;
        Assert.Equal("", v.Unread(text));
        Assert.Equal(day, v.Date?.ToDate()?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        if (day is null) Assert.Null(ChineseValueGrammar.ReadDateTime(text));
        Assert.Equal(opens, Hm(v.Time));
        Assert.Equal(planned, Hm(v.Until));
        Assert.Equal(closes, Hm(v.Closing));
        Assert.False(v.Time?.MeridiemContradicts ?? false, text);
        Assert.Empty(ChineseValueGrammar.FindContradictingTimes(text)); // none of them is ML0121
    }

    [Fact]
    public void TheTableHoldsAtLeastSixtyForms() => Assert.True(Forms.Count >= 60, $"{Forms.Count} forms");

    private static string? Hm(ClockTime? t) => t is { } c ? $"{c.TotalMinutes / 60:00}:{c.TotalMinutes % 60:00}" : null;

    // ── meridiem words ────────────────────────────────────────────────────────────────────────────────

    [Theory]
    [InlineData("上午", 9, 9)]
    [InlineData("上午", 12, 12)]
    [InlineData("早上", 7, 7)]
    [InlineData("清晨", 5, 5)]
    [InlineData("凌晨", 2, 2)]
    [InlineData("凌晨", 12, 0)]
    [InlineData("中午", 11, 11)]
    [InlineData("中午", 12, 12)]
    [InlineData("中午", 1, 13)]
    [InlineData("中午", 2, 14)]
    [InlineData("下午", 12, 12)]
    [InlineData("下午", 5, 17)]
    [InlineData("傍晚", 6, 18)]
    [InlineData("傍晚", 5, 17)]
    [InlineData("晚上", 8, 20)]
    [InlineData("晚間", 10, 22)]
    [InlineData("夜間", 11, 23)]
    [InlineData("晚上", 12, 24)]
    [InlineData(null, 15, 15)]
    public void EachMeridiemWordGivesItsHour(string? word, int hour, int twentyFour)
    {
        Assert.Equal(twentyFour, Meridiems.TwentyFourHour(word, hour));
        Assert.Equal(twentyFour * 60 + 5, new ClockTime(word, hour, 5).TotalMinutes);
        // and the grammar reads the word, in 時 and 點 alike
        Assert.Equal(twentyFour * 60 + 5, ChineseValueGrammar.ParseTimeOnly($"{word}{hour}時5分")!.Value.Time.TotalMinutes);
        Assert.Equal(twentyFour * 60 + 5, ChineseValueGrammar.ParseTimeOnly($"{word} {hour} 點 5 分")!.Value.Time.TotalMinutes);
    }

    [Fact]
    public void EveryMeridiemWordIsOneTheGrammarReads()
    {
        foreach (var word in Meridiems.Words)
        {
            Assert.NotNull(Meridiems.PartOf(word));
            Assert.NotNull(ChineseValueGrammar.ParseTimeOnly(word + "十時"));
        }
    }

    [Theory]
    [InlineData("散會：傍晚6時10分", 18 * 60 + 10)]
    [InlineData("散會：凌晨1時", 60)]
    [InlineData("散會：夜間十時", 22 * 60)]
    [InlineData("散會（清晨5時30分）", 5 * 60 + 30)]
    [InlineData("散會：中午1時", 13 * 60)]
    [InlineData("散會：晚間 9 點半", 21 * 60 + 30)]
    public void AClosingTimeKeepsItsMeridiemWord(string text, int minutes) =>
        Assert.Equal(minutes, ValueGrammar.FindTime(text)!.Value.TotalMinutes);

    [Theory]
    [InlineData("散會：凌晨 14 時", "凌晨 14 時")]
    [InlineData("散會：傍晚十九時", "傍晚十九時")]
    [InlineData("時間：夜間 0 時", "夜間 0 時")]
    public void EveryMeridiemWordCanContradictItsHour(string text, string written)
    {
        var (offset, length, _) = Assert.Single(ChineseValueGrammar.FindContradictingTimes(text));
        Assert.Equal(written, text.Substring(offset, length));
    }

    [Theory]
    [InlineData("晚上19:00", 19 * 60, false)]
    [InlineData("下午14:30", 14 * 60 + 30, false)]
    [InlineData("傍晚 18:10", 18 * 60 + 10, false)]
    [InlineData("中午13:00", 13 * 60, false)]
    [InlineData("夜間２１：００", 21 * 60, false)]
    [InlineData("上午14:00", 14 * 60, true)]
    [InlineData("凌晨13:00", 13 * 60, true)]
    [InlineData("早上15:30", 15 * 60 + 30, true)]
    [InlineData("中午15:00", 15 * 60, true)]
    public void AClockAfterAMeridiemIsOnTheTwentyFourHourClockWhenTheyAgree(string text, int minutes, bool contradicts)
    {
        var t = ChineseValueGrammar.ParseTimeOnly(text)!.Value.Time;
        Assert.Equal(contradicts, t.MeridiemContradicts);
        Assert.Equal(contradicts ? 1 : 0, ChineseValueGrammar.FindContradictingTimes(text).Count());
        if (!contradicts) Assert.Equal(minutes, t.TotalMinutes);
    }

    // ── ranges in the model: the start is the meeting time, the end the planned closing time ───────────

    private static MinutesLang.Semantics.Record Bind(string body, out IReadOnlyList<Diagnostic> diagnostics)
    {
        string text = "@meeting 114-1\n# 114 年度測試小組第 1 次會議紀錄\n" + body;
        var c = Compilation.Create(null, [Parser.Parse(text, "114-1.minutes")]);
        diagnostics = c.Diagnostics;
        return c.Records[0];
    }

    [Theory]
    [InlineData("* 時間：114 年 3 月 7 日（星期五）晚上19:00-21:00\n", 19 * 60, 21 * 60, null)]
    [InlineData("* 日期：114年3月7日(星期五)\n* 時間：晚上19:00-21:00\n", 19 * 60, 21 * 60, null)]
    [InlineData("* 時間：114年3月7日（星期五）下午2時至4時\n散會：下午3時50分\n", 14 * 60, 16 * 60, 15 * 60 + 50)]
    [InlineData("* 時間：114年3月7日（星期五）上午9時30分至12時\n散會：中午12時20分\n", 9 * 60 + 30, 12 * 60, 12 * 60 + 20)]
    [InlineData("* 時間：2025/3/7（五）14:00–16:30\n散會：16:45\n", 14 * 60, 16 * 60 + 30, 16 * 60 + 45)]
    public void ARangeKeepsItsEndAsThePlannedClosingTimeBeside散會(string body, int start, int planned, int? closed)
    {
        var r = Bind(body, out var diagnostics);
        Assert.Equal(start, r.Start!.Value.TotalMinutes);
        Assert.Equal(planned, r.PlannedEnd!.Value.TotalMinutes);
        Assert.Equal(closed, r.End?.TotalMinutes); // the 散會, not the planned end: a meeting may close earlier or later
        Assert.DoesNotContain(diagnostics, d => d.Severity == DiagnosticSeverity.Error || d.Code is "ML0121" or "ML0124");
    }

    [Theory]
    [InlineData("* 時間：114年3月7日（星期五）21:00-19:00\n", "19 時", "21 時")]
    [InlineData("* 時間：114年3月7日（星期五）下午4時至2時\n", "下午2 時", "下午4 時")]
    [InlineData("* 日期：114年3月7日（星期五）\n* 時間：上午11時至10時30分\n", "上午10 時 30 分", "上午11 時")]
    public void ARangeThatEndsBeforeItStartsIsML0231AtTheTime(string body, string end, string start)
    {
        var r = Bind(body, out var diagnostics);
        var d = Assert.Single(diagnostics, d => d.Code == "ML0231");
        Assert.Contains($"planned to close at {end}", d.Message);
        Assert.Contains($"({start})", d.Message);
        string timeLine = body.Split('\n').Single(l => l.StartsWith("* 時間：", StringComparison.Ordinal));
        Assert.Equal(timeLine["* 時間：".Length..], r.Tree.Source.Text.Substring(d.Span.Start, d.Span.Length));
        Assert.Equal(body.Contains("日期") ? 4 : 3, d.Start.Line);
    }

    // ── ML0124: text of a value not read, at that text ──────────────────────────────────────────────────

    [Theory]
    [InlineData("* 時間：114 年 3 月 7 日（星期五）下午 2 時 30\n", "30", "2025-03-07 14:00")]
    [InlineData("* 時間：114年3月7日（星期五）19:00-21:\n", "-21:", "2025-03-07 19:00")]
    [InlineData("* 時間：114年3月7日（星期五）25:00\n", "25:00", "2025-03-07")]
    [InlineData("* 時間：114年3月7日（星期五）下午2時（視訊會議）\n", "（視訊會議）", "2025-03-07 14:00")]
    [InlineData("* 日期：114年3月7日（星期五）\n* 時間：晚上19:00-\n", "-", "19:00")]
    [InlineData("* 日期：114年3月7日（星期五）\n* 時間：上午10時，另有會議\n", "，另有會議", "10:00")]
    [InlineData("* 時間：2025-03-07 下午2時至4時半許許\n", "許", "2025-03-07 14:00–16:30")]
    public void TextOfAValueNotReadIsML0124AtThatText(string body, string unread, string readAs)
    {
        var r = Bind(body, out var diagnostics);
        var d = Assert.Single(diagnostics, d => d.Code == "ML0124");
        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
        Assert.Equal(unread, r.Tree.Source.Text.Substring(d.Span.Start, d.Span.Length));
        Assert.Contains($"reads as {readAs},", d.Message);
        Assert.DoesNotContain(diagnostics, d => d.Code == "ML0102");
    }

    [Theory]
    [InlineData("* 時間：114年3月7日（星期五）上午九時整\n")]
    [InlineData("* 時間：114年3月7日（星期五）下午1時30分起。\n")]
    [InlineData("* 時間：114年3月7日（星期五）19:00至21:00止\n")]
    public void WordsTheGrammarReadsAreNotML0124(string body)
    {
        Bind(body, out var diagnostics);
        Assert.DoesNotContain(diagnostics, d => d.Code is "ML0124" or "ML0102");
    }

    // ── the importer: ML0121 and ML0124 at the line of the original ─────────────────────────────────────

    [Theory]
    [InlineData("時間：114年3月7日（星期五）上午14:00\n", "上午14:00", 2)]
    [InlineData("時間：114年3月7日（星期五）下午2時\n\n散會：下午15時50分\n", "下午15時50分", 4)]
    [InlineData("時間：114年3月7日（星期五）下午2時\n\n伍、散會：晚上 20 時\n", "晚上 20 時", 4)]
    [InlineData("日期：114年3月7日（星期五）\n\n時間：上午13時至15時\n", "上午13時", 4)]
    [InlineData("壹、時間：中華民國一一四年三月七日上午十四時\n", "上午十四時", 2)]
    [InlineData("時間：114年3月7日（星期五）中午 0 時\n", "中午 0 時", 2)]
    public void TheImporterReportsML0121AtTheLine(string body, string written, int line)
    {
        string text = "114年度測試小組第1次會議紀錄\n" + body;
        var result = Importer.Import(MinutesLang.Text.SourceText.From(text, "x.txt"));
        var d = Assert.Single(result.Diagnostics, d => d.Code == "ML0121");
        Assert.Equal(line, d.Start.Line);
        Assert.Equal(written, text.Substring(d.Span.Start, d.Span.Length));

        // and check reports it on the record written, as the importer announced
        var record = Assert.Single(result.Records);
        var c = Compilation.Create(null, [Parser.Parse(record.Text, record.FileName)]);
        Assert.Single(c.Diagnostics, d => d.Code == "ML0121");
    }

    [Theory]
    [InlineData("時間：114年3月7日（星期五）晚上19:00-21:00\n")]
    [InlineData("時間：114年3月7日（星期五）下午2時至4時\n\n散會：下午3時50分\n")]
    [InlineData("時間：114年3月7日（星期五）中午12時\n\n散會：下午1時\n")]
    public void TheImporterReportsNoContradictionWhereThereIsNone(string body)
    {
        var result = Importer.Import(MinutesLang.Text.SourceText.From("114年度測試小組第1次會議紀錄\n" + body, "x.txt"));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code is "ML0121" or "ML0124" or "ML0405");
    }

    [Fact]
    public void TheImporterReportsML0124AtTheLine()
    {
        string text = "114年度測試小組第1次會議紀錄\n時間：114年3月7日（星期五）下午2時30\n";
        var result = Importer.Import(MinutesLang.Text.SourceText.From(text, "x.txt"));
        var d = Assert.Single(result.Diagnostics, d => d.Code == "ML0124");
        Assert.Equal(2, d.Start.Line);
        Assert.Equal("30", text.Substring(d.Span.Start, d.Span.Length));
    }
}
