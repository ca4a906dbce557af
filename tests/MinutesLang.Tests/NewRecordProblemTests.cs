using System.Text.RegularExpressions;
using MinutesLang.Authoring;
using MinutesLang.Localization;
using MinutesLang.Parsing;
using MinutesLang.Semantics;

namespace MinutesLang.Tests;

/// <summary>
/// Issue 15: why <c>minutes new</c> cannot write the next record (<see cref="NextRecordException"/>, each of its reasons)
/// or read its <c>--date</c> is said in the run's language — zh-TW worded as the records word it (民國, 屆, 會期, 次, 臨時會),
/// English as before — in process (<see cref="NextRecord.Create"/>, <c>minutes new --lang</c>) and in a process of its own
/// under LANG=zh_TW.UTF-8 and with <c>--lang en</c>.
/// </summary>
public sealed partial class NewRecordProblemTests : CliHarness
{
    private static string Record(string id, string title, string date) =>
        $"@meeting {id}\n# {title}\n* 時間：{date}\n* 地點：本府會議室\n* 主席：王主任委員\n紀錄：李專員\n* 報告事項：無。\n* 散會：下午 4 時\n";

    /// <summary>
    /// A series that <c>new</c> refuses, how it is asked (the date, a 臨時會, the 會期 given), and what it says: a piece of
    /// the English (as before) and a piece of the zh-TW. Each reason of <see cref="NextRecordException"/> at least once.
    /// </summary>
    private sealed record Refusal(string Scheme, (string Name, string Text)[] Records, DateOnly Date, bool Extra, (int, int)? Session, string En, string Zh);

    private static readonly Dictionary<string, Refusal> Refusals = new()
    {
        ["before the 民國 calendar"] = new("", [], new DateOnly(1911, 12, 31), false, null,
            "1911-12-31 is before the 民國 calendar", "1911-12-31 早於民國紀元（民國元年為 1912 年）"),
        ["before the last record"] = new("", [("114-1.minutes", Record("114-1", "114 年度測試委員會第 1 次會議紀錄", "114 年 3 月 7 日（星期五）上午 10 時"))],
            new DateOnly(2025, 3, 6), false, null,
            "2025-03-06 is before the last record, 114-1 (2025-03-07); give the date of the next meeting with --date",
            "2025-03-06 早於上次會議紀錄 114-1（2025-03-07）；請以 --date 指定下次會議日期"),
        ["--session of a running count"] = new("編號：流水", [], new DateOnly(2025, 6, 6), false, (11, 3),
            "--session: the series numbers its meetings by a running count (編號：流水, @meeting 560), not by 屆 and 會期",
            "--session：本系列會議的編號方式為流水編號（編號：流水，@meeting 560），不依屆及會期編號"),
        ["--session of a 臨時會 by 民國 year"] = new("編號：年度", [], new DateOnly(2025, 6, 6), true, (11, 3),
            "not by 屆 and 會期", "--session：本系列會議的編號方式為依民國年度編號（編號：年度，@meeting 114-1），不依屆及會期編號"),
        ["the highest running number"] = new("編號：流水", [("999999999.minutes", Record("999999999", "測試委員會第 999999999 次會議紀錄", "114 年 3 月 7 日（星期五）上午 10 時"))],
            new DateOnly(2025, 6, 6), false, null,
            "the last record, 999999999, has the highest meeting number", "上次會議紀錄 999999999 的次別已達編號上限（第 999999999 次），無法再編下一次"),
        ["the highest 次 of a 會期"] = new("編號：屆會期", [("11-2-999999999.minutes", Record("11-2-999999999", "第 11 屆第 2 會期測試委員會第 999999999 次會議紀錄", "114 年 3 月 7 日（星期五）上午 10 時"))],
            new DateOnly(2025, 6, 6), false, null,
            "the last record, 11-2-999999999, has the highest meeting number", "上次會議紀錄 11-2-999999999 的次別已達編號上限"),
        ["no 會期 and no record"] = new("編號：屆會期", [], new DateOnly(2025, 6, 6), false, null,
            "the series numbers its meetings by 屆, 會期 and 次 and has no record yet: give the 屆 and 會期 with --session (--session 11-1)",
            "本系列會議依屆、會期及次編號，尚無任何會議紀錄：請以 --session 指定屆及會期（如 --session 11-1）"),
        ["a 臨時會 without 會期 and record"] = new("編號：屆會期", [], new DateOnly(2025, 6, 6), true, null,
            "has no record yet: give the 屆 and 會期 with --session", "尚無任何會議紀錄：請以 --session 指定屆及會期"),
        ["a year before the last record's"] = new("", [("114-1.minutes", Record("114-1", "114 年度測試委員會第 1 次會議紀錄", "113 年 12 月 20 日（星期五）上午 10 時"))],
            new DateOnly(2024, 12, 27), false, null,
            "2024-12-27 is in 民國 113, before the last record, 114-1; give the date of the next meeting with --date",
            "2024-12-27 屬民國 113 年，早於上次會議紀錄 114-1；請以 --date 指定下次會議日期"),
        ["no 臨時會"] = new("編號：流水\n  臨時會：無", [], new DateOnly(2025, 6, 6), true, null,
            "the series declares no 臨時會 (臨時會：無 in series.minutes)", "本系列未設臨時會（series.minutes 中寫明「臨時會：無」）"),
        ["no 臨時會 of a running count with records"] = new("編號：流水\n  臨時會：無", [("145.minutes", Record("145", "測試委員會第 145 次會議紀錄", "114 年 3 月 7 日（星期五）上午 10 時"))],
            new DateOnly(2025, 6, 6), true, null, "declares no 臨時會", "本系列未設臨時會"),
    };

    public static TheoryData<string> RefusalNames() => [.. Refusals.Keys];

    private static string SeriesText(string scheme) => "@series 測試\n  名稱：測試委員會\n" + (scheme.Length > 0 ? "  " + scheme + "\n" : "");

    /// <summary>What of a zh-TW text is English (<see cref="EnglishDetector"/>).</summary>
    private static string EnglishIn(string zh) => EnglishDetector.Words(zh);

    [Theory]
    [MemberData(nameof(RefusalNames))]
    public void EachReasonNewCannotWriteTheNextRecordIsSaidInBothLanguages(string name)
    {
        var r = Refusals[name];
        var c = Compilation.Create(Parser.Parse(SeriesText(r.Scheme), "series.minutes"), r.Records.Select(x => Parser.Parse(x.Text, x.Name)));
        var e = Assert.Throws<NextRecordException>(() => NextRecord.Create(c, r.Date, r.Extra, r.Session));
        Assert.Contains(r.En, e.Text.En);
        Assert.Equal(e.Text.En, e.Message); // the exception's own message is the English, as before
        Assert.Contains(r.Zh, e.Text.ZhTw);
        Assert.Equal(e.Text.ZhTw, e.Text.In(Language.ZhTw));
        Assert.True(EnglishIn(e.Text.ZhTw).Length == 0, $"English in «{e.Text.ZhTw}»: {EnglishIn(e.Text.ZhTw)}");
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", e.Text.ZhTw);
        Assert.DoesNotContain("，", e.Text.En);
    }

    [Theory]
    [MemberData(nameof(RefusalNames))]
    public void NewPrintsTheReasonInTheLanguageOfTheRun(string name)
    {
        var r = Refusals[name];
        if (r.Date.Year <= RocCalendar.Offset) return; // a date before 1912 is not read from --date at all (a --date problem, below)
        string folder = Path.Combine(dir, "series");
        Write("series/series.minutes", SeriesText(r.Scheme));
        foreach (var (file, text) in r.Records) Write("series/" + file, text);
        var args = new List<string> { "new", folder, "--date", r.Date.ToString("yyyy-MM-dd") };
        if (r.Extra) args.Add("--extra");
        if (r.Session is var (term, session)) args.AddRange(["--session", $"{term}-{session}"]);

        var zh = Run(["--lang", "zh-TW", .. args]);
        Assert.Equal((2, ""), (zh.Code, zh.Out));
        Assert.StartsWith("minutes: ", zh.Err);
        // the reason is the last line (a series with errors has a note of them above it)
        string last = zh.Err.TrimEnd('\n').Split('\n')[^1];
        Assert.StartsWith("minutes: ", last);
        Assert.Contains(r.Zh, last);
        Assert.True(EnglishDetector.Words(zh.Err).Length == 0, zh.Err);

        var en = Run(["--lang", "en", .. args]);
        Assert.Equal((2, ""), (en.Code, en.Out));
        Assert.Contains(r.En, en.Err.TrimEnd('\n').Split('\n')[^1]);
        Assert.Equal(r.Records.Length + 1, Directory.EnumerateFiles(folder).Count()); // nothing written
    }

    [Theory]
    [InlineData("明天", "cannot read the date '明天' (write 2025-06-06, 114-06-06 or 114 年 6 月 6 日)", "無法判讀日期「明天」（請寫 2025-06-06、114-06-06 或 114 年 6 月 6 日）")]
    [InlineData("next friday", "cannot read the date 'next friday'", "無法判讀日期「next friday」")]
    [InlineData("2025-02-30", "'2025-02-30' is not a date of the calendar", "「2025-02-30」不是日曆上的日期")]
    [InlineData("1911-12-31", "'1911-12-31' is not a date of the calendar", "「1911-12-31」不是日曆上的日期")]
    [InlineData("114 年 6 月 6 日（星期四）", "2025-06-06 is a 星期五, not 星期四 (leave the weekday out: it is computed)", "2025-06-06 是星期五，不是星期四（星期由日期算出，不必填寫）")]
    [InlineData("民國113年2月29日（星期一）", "2024-02-29 is a 星期四, not 星期一", "2024-02-29 是星期四，不是星期一")]
    public void ADateNewCannotReadIsSaidInBothLanguages(string date, string en, string zh)
    {
        Assert.False(NextRecord.TryParseDate(date, out _, out var problem));
        Assert.Contains(en, problem!.En);
        Assert.Contains(zh, problem.ZhTw);
        string quoted = Regex.Replace(problem.ZhTw, "「[^」]*」", " "); // the date as given is the writer's
        Assert.True(EnglishIn(quoted).Length == 0, problem.ZhTw);

        Write("series/series.minutes", SeriesText(""));
        var zhRun = Run("--lang", "zh-TW", "new", Path.Combine(dir, "series"), "--date", date);
        Assert.Equal((2, "", $"minutes: --date：{problem.ZhTw}\n"), zhRun);
        var enRun = Run("--lang", "en", "new", Path.Combine(dir, "series"), "--date", date);
        Assert.Equal((2, "", $"minutes: --date: {problem.En}\n"), enRun);
    }

    [Fact]
    public void InAProcessOfItsOwnNewSaysWhyInTheSystemsLanguageAndInEnglishWithLangEn()
    {
        // a series without 臨時會 asked for one, and a date before the last record: LANG=zh_TW.UTF-8, then --lang en
        var none = Refusals["no 臨時會"];
        Write("none/series.minutes", SeriesText(none.Scheme));
        var before = Refusals["before the last record"];
        Write("before/series.minutes", SeriesText(before.Scheme));
        foreach (var (file, text) in before.Records) Write("before/" + file, text);
        var chinese = new Dictionary<string, string> { ["LANG"] = "zh_TW.UTF-8" };
        var runs = new (string[] Args, Refusal Refusal)[]
        {
            (["new", Path.Combine(dir, "none"), "--date", "2025-06-06", "--extra"], none),
            (["new", Path.Combine(dir, "before"), "--date", "2025-03-06"], before),
        };
        foreach (var (args, r) in runs)
        {
            var zh = Sh.Run(dir, chinese, HookTests.Minutes, args);
            Assert.Equal((2, "", $"minutes: {r.Zh}\n"), zh);
            var en = Sh.Run(dir, chinese, HookTests.Minutes, ["--lang", "en", .. args]);
            Assert.Equal((2, "", $"minutes: {r.En}\n"), en);
        }

        // a --date it cannot read, in the system's language
        var date = Sh.Run(dir, chinese, HookTests.Minutes, "new", Path.Combine(dir, "none"), "--date", "2025-02-30");
        Assert.Equal((2, "", "minutes: --date：「2025-02-30」不是日曆上的日期\n"), date);
    }
}
