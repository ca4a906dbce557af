using System.Text.Json;
using MinutesLang.Diagnostics;
using MinutesLang.Validation;

namespace MinutesLang.Tests;

/// <summary><c>minutes cases</c>: the register of the seed series, in its three layouts.</summary>
public sealed class CasesTests
{
    private static IReadOnlyList<CaseEntry> SeedRegister()
    {
        var group = MinutesLang.Cli.Inputs.Collect([Repo.Seeds])[0];
        return CaseRegister.Build(MinutesLang.Cli.Commands.CheckCommand.Compile(group));
    }

    [Fact]
    public void TheRegisterFollowsEachCaseThroughTheSeeds()
    {
        var r = SeedRegister().ToDictionary(e => e.Id);
        Assert.Equal(21, r.Count);

        var green = r["綠碳匯"];
        Assert.Equal((CaseStatus.Open, "112-2", "114-1"), (green.Status, green.EnteredAt, green.LastReportedAt));
        Assert.Contains(("113-1", "更名為「Just Do It 保護地球自己來-淨零行動：綠碳匯總動員」"), green.History);
        Assert.Equal("Just Do It 保護地球自己來-淨零行動：綠碳匯總動員", green.Title); // its title since the @更名 of 113-1 (issue 11)
        var declared = MinutesLang.Semantics.SeriesBinder.Bind(
            MinutesLang.Semantics.Compilation.ParseFile(Path.Combine(Repo.Seeds, "series.minutes")), new DiagnosticBag()).Cases;
        Assert.NotEqual(declared["綠碳匯"].Title, green.Title);
        Assert.Equal(declared["酷課學園"].Title, r["酷課學園"].Title); // a case never renamed keeps its declared title

        Assert.Equal((CaseStatus.Delisted, "112-1", "114-1"), (r["IEYI2024"].Status, r["IEYI2024"].EnteredAt, r["IEYI2024"].LastReportedAt));
        Assert.Equal(CaseStatus.Delisted, r["酷課學園"].Status);
        Assert.Equal(("108-2", "成案"), r["酷課學園"].History[0]);

        // sent to 交通組 without being established here
        Assert.Equal((CaseStatus.Referred, null, "113-3"), (r["學生卡捷運"].Status, r["學生卡捷運"].EnteredAt, r["學生卡捷運"].LastReportedAt));

        // delisting proposed to a higher level and never reported again: the register does not invent a decision
        Assert.Equal(CaseStatus.Unknown, r["家庭教育"].Status);
        Assert.Equal("109-2", r["家庭教育"].LastReportedAt);
    }

    [Fact]
    public void JsonAndCsvCarryTheSameRows()
    {
        var entries = SeedRegister();
        using var json = JsonDocument.Parse(CaseRegister.Json(entries));
        var rows = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(entries.Count, rows.Count);
        var green = rows.Single(x => x.GetProperty("id").GetString() == "綠碳匯");
        Assert.Equal("open", green.GetProperty("state").GetString());
        Assert.Equal("112-2", green.GetProperty("established").GetString());
        Assert.Equal(JsonValueKind.Null, rows.Single(x => x.GetProperty("id").GetString() == "學生卡捷運").GetProperty("established").ValueKind);

        string csv = CaseRegister.Csv(entries);
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(CaseRegister.ByteOrderMark + "id,title,origin,state,established,last_reported,history", lines[0]);
        Assert.Equal(entries.Count + 1, lines.Length);

        // 團膳豬肉's title has a half-width comma: the field is quoted
        Assert.Contains("團膳豬肉,\"兩市合作檢核團膳業者豬肉使用情形,以維護學童安全\",", csv);
    }

    [Fact]
    public void TheTableAlignsWideCharacters()
    {
        IReadOnlyList<CaseEntry> entries =
        [
            new("綠碳匯", "基北北桃環教小尖兵大會師", null, CaseStatus.Open, null, "112-2", "114-1", [("112-2", "成案")]),
            new("IEYI2024", "2024 IEYI", null, CaseStatus.Delisted, null, "112-1", "114-1", [("112-1", "成案")]),
        ];
        var lines = CaseRegister.Table(entries, MinutesLang.Localization.Language.ZhTw).TrimEnd('\n').Split('\n');
        Assert.Equal(4, lines.Length);
        Assert.StartsWith("案號", lines[0]);

        // the history column starts at the same terminal column on every row, CJK counting two
        var starts = lines.Skip(2).Select(l => MinutesLang.Text.TextWidth.Columns(l[..l.IndexOf("11", l.IndexOf("114-1", StringComparison.Ordinal) + 5, StringComparison.Ordinal)])).ToList();
        Assert.Equal(starts[0], starts[1]);
        Assert.Equal(MinutesLang.Text.TextWidth.Columns(lines[0][..lines[0].IndexOf("歷程", StringComparison.Ordinal)]), starts[0]);
    }

    [Fact]
    public void TheCommandWritesEachFormatAndRefusesAFile()
    {
        var o = new StringWriter();
        var e = new StringWriter();
        Assert.Equal(0, MinutesLang.Cli.Cli.Run(["cases", Repo.Seeds, "--format", "json"], o, e));
        Assert.StartsWith("[", o.ToString());
        Assert.Equal(2, MinutesLang.Cli.Cli.Run(["cases", Path.Combine(Repo.Seeds, "114-1.minutes")], new StringWriter(), e));
        Assert.Contains("not a folder", e.ToString());
        Assert.Equal(2, MinutesLang.Cli.Cli.Run(["cases", Repo.Seeds, "--format", "xml"], new StringWriter(), e));
        var help = new StringWriter();
        Assert.Equal(0, MinutesLang.Cli.Cli.Run(["cases", "--help"], help, e));
        Assert.Contains("列管表", help.ToString());
    }
}
