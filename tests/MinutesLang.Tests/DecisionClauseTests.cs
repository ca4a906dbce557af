using MinutesLang.Import;
using MinutesLang.Parsing;
using MinutesLang.Semantics;
using MinutesLang.Text;

namespace MinutesLang.Tests;

/// <summary>
/// Issue g §1: `import --series` reads a 決議 of several clauses (「A」同意解列，「B」持續列管，「C」同意成案) clause by clause: each
/// verb goes to the case named in its own clause, never to another clause's case or the 案由's; a clause that names a case
/// the series does not declare proposes it (proposed-cases.txt) and gives no known case an event; a verb whose case cannot be
/// told gets no event. The series and the records are this test's own (a 區公所's 區務會報).
/// </summary>
public sealed class DecisionClauseTests
{
    internal const string SeriesText = """
        @series 區務會報
          名稱：測試區公所區務會報
          編號：年度
          題名：{年} 年度測試區公所第 {次} 次區務會報會議紀錄

        @case 人行道
          標題：市區人行道無障礙改善
          來源：113 年度第 3 次會報提案

        @case 登革熱
          標題：社區登革熱孳生源清除
          別名：孳生源清除
          來源：113 年度第 4 次會報提案

        @case 共餐
          標題：老人共餐據點擴充
          來源：114 年度第 1 次會報提案

        """;

    // the meeting before: every case of the series is open after it
    internal const string Earlier = """
        @meeting 114-1
        # 114 年度測試區公所第 1 次區務會報會議紀錄
        * 時間：114 年 2 月 12 日（星期三）下午 2 時
        * 地點：本所 3 樓會議室
        * 主席：林區長
        紀錄：王小明
        * 業務報告
          - 「[[人行道|市區人行道無障礙改善]]」已完成 4 段，持續列管。
            @列管 人行道
          - 「[[登革熱|社區登革熱孳生源清除]]」本季完成 8 里，持續列管。
            @列管 登革熱
        * 提案討論
          案由：「[[共餐|老人共餐據點擴充]]」，提請討論。
          決議：同意成案。
            @成案 共餐 同意：全體
        * 散會：下午 3 時

        """;

    /// <summary>A clause of a 決議: the quoted wording, the verb, the event it must give (null: none), the case it must propose (null: none).</summary>
    public sealed record Clause(string Wording, string Verb, string? Event, string? Proposed);

    private static readonly Clause[] Pool =
    [
        new("市區人行道無障礙改善", "同意解列", "@解列 人行道", null),
        new("孳生源清除", "持續列管", "@列管 登革熱", null),                 // an alias
        new("公有市場攤位更新", "同意成案", null, "公有市場攤位更新"),       // unknown: proposed, no event
        new("老人共餐據點擴充", "解除列管", "@解列 共餐", null),
        new("里民活動中心修繕", "繼續列管", null, "里民活動中心修繕"),       // unknown, another verb
        new("社區登革熱孳生源清除", "同意解除列管", "@解列 登革熱", null),
        new("老人共餐據點擴充", "持續列管", "@列管 共餐", null),
    ];

    private static string Name(CaseEventKind kind) =>
        CaseEventKinds.Names.First(n => CaseEventKinds.TryParse(n, out var k) && k == kind && n[0] > 127);

    private static readonly string[] Joints = ["，", "；", "，另"];

    /// <summary>Every ordered pair of clauses of different cases, and every order of four sets of three, with the 案由 naming them or not.</summary>
    public static TheoryData<int[], bool> Decisions()
    {
        var data = new TheoryData<int[], bool>();
        bool SameCase(int a, int b) => Pool[a].Event is { } x && Pool[b].Event is { } y && x.Split(' ')[1] == y.Split(' ')[1] || Pool[a].Wording == Pool[b].Wording;
        for (int a = 0; a < Pool.Length; a++)
        {
            for (int b = 0; b < Pool.Length; b++)
            {
                if (a != b && !SameCase(a, b)) data.Add([a, b], (a + b) % 2 == 0);
            }
        }

        int[][] triples = [[0, 1, 2], [2, 3, 4], [5, 4, 0], [6, 2, 0]];
        foreach (var t in triples)
        {
            foreach (var order in new[] { new[] { 0, 1, 2 }, [0, 2, 1], [1, 0, 2], [1, 2, 0], [2, 0, 1], [2, 1, 0] })
            {
                data.Add([.. order.Select(o => t[o])], true);
                data.Add([.. order.Select(o => t[o])], false);
            }
        }

        return data;
    }

    internal static string Plain(string subject, string decision) => $"""
        114 年度測試區公所第 2 次區務會報會議紀錄
        壹、時間：114 年 5 月 14 日（星期三）下午 2 時
        貳、地點：本所 3 樓會議室
        參、主席：林區長
        紀錄：王小明
        肆、提案討論
        案由：{subject}
        決議：{decision}
        伍、散會：下午 3 時

        """;

    /// <summary>Imports a plain-text record against the series after <see cref="Earlier"/>, as `minutes import --series` does.</summary>
    internal static (Compilation Check, Semantics.Record Imported, string? Proposals, string Text) Import(string plain)
    {
        var seriesTree = Parser.Parse(SeriesText, "series.minutes");
        var earlierTree = Parser.Parse(Earlier, "114-1.minutes");
        var before = Compilation.Create(seriesTree, [earlierTree]);
        var result = Importer.Import(SourceText.From(plain, "li.txt"), before.Series);
        var record = Assert.Single(result.Records);
        string text = EventInference.ApplyInOrder([record.Text], before.Series, before.Records)[0];
        var check = Compilation.Create(seriesTree, [earlierTree, Parser.Parse(text, "114-2.minutes")]);
        return (check, check.Records.Single(r => r.Id == "114-2"), result.ProposedCases, text);
    }

    [Theory]
    [MemberData(nameof(Decisions))]
    public void EachVerbGoesToTheCaseOfItsOwnClause(int[] clauses, bool subjectNamesThem)
    {
        var cs = clauses.Select(i => Pool[i]).ToList();
        string decision = string.Concat(cs.Select((c, i) => (i == 0 ? "" : Joints[(i - 1) % Joints.Length]) + $"「{c.Wording}」{c.Verb}")) + "。";
        string subject = subjectNamesThem ? string.Join("及", cs.Select(c => $"「{c.Wording}」")) + $"等 {cs.Count} 案辦理進度，提請討論。" : "各案辦理進度，提請討論。";
        var (check, imported, proposals, text) = Import(Plain(subject, decision));

        var expected = cs.Select(c => c.Event).OfType<string>().Order().ToList();
        var events = imported.Events.Select(e => $"@{Name(e.Kind)} {e.CaseId}").Order().ToList();
        Assert.True(expected.SequenceEqual(events), $"expected {string.Join(", ", expected)}; got {string.Join(", ", events)}\n{text}");
        foreach (var c in cs)
        {
            if (c.Proposed is { } p) Assert.Contains("標題：" + p, proposals ?? "");
            else Assert.DoesNotContain("標題：" + c.Wording, proposals ?? "");
        }

        // check agrees with the sentences: no case is established twice, tracked after its delisting or before it entered
        Assert.DoesNotContain(check.Diagnostics, d => d.Code is "ML0201" or "ML0202" or "ML0255");
    }

    [Fact]
    public void TheSecretarysRecordGivesTheDelistingToTheDrainsAndProposesThePark()
    {
        // the two decisions of the report, in this series' words: 解列 of one case, 列管 of another, 成案 of an unknown one
        var (_, first, _, _) = Import(Plain("「市區人行道無障礙改善」及「老人共餐據點擴充」等 2 案辦理進度，提請討論。",
            "「老人共餐據點擴充」同意解列，「市區人行道無障礙改善」持續列管。"));
        Assert.Equal(["解列 共餐", "列管 人行道"], first.Events.Select(e => $"{Name(e.Kind)} {e.CaseId}"));

        var (_, second, proposals, text) = Import(Plain("「市區人行道無障礙改善」及「公有市場攤位更新」等 2 案辦理進度，提請討論。",
            "「市區人行道無障礙改善」持續列管，「公有市場攤位更新」同意成案。"));
        Assert.Equal(["列管 人行道"], second.Events.Select(e => $"{Name(e.Kind)} {e.CaseId}"));
        Assert.DoesNotContain("@成案", text);
        Assert.Contains("@case 公有市場攤位更新\n  標題：公有市場攤位更新", proposals);
    }

    [Theory]
    // the 案由 names a known and an unknown case, the 決議 says only 同意成案: which one is not said
    [InlineData("「市區人行道無障礙改善」及「公有市場攤位更新」等 2 案，提請討論。", "同意成案。", new string[0])]
    // 「A」持續列管，同意成案 where the 案由 names two cases: the second verb names none and a verb lies between: not guessed
    [InlineData("「老人共餐據點擴充」及「公有市場攤位更新」等 2 案，提請討論。", "「老人共餐據點擴充」持續列管，同意成案。", new[] { "@列管 共餐" })]
    // A the only case named: a verb in a clause of its own after another verb still goes to A (持續辦理，持續列管: one @列管)
    [InlineData("各案辦理進度，提請討論。", "「老人共餐據點擴充」持續辦理，持續列管。", new[] { "@列管 共餐" })]
    // 「A」經討論，同意解列: the clause before names the case, no other verb between
    [InlineData("各案辦理進度，提請討論。", "「老人共餐據點擴充」經討論，同意解列。", new[] { "@解列 共餐" })]
    // the 案由 names one case and the 決議 none: the 決議 speaks of it
    [InlineData("「社區登革熱孳生源清除」，提請討論。", "本案持續列管。", new[] { "@列管 登革熱" })]
    // a verb before its case: 同意解列「A」
    [InlineData("各案辦理進度，提請討論。", "同意解列「市區人行道無障礙改善」，「孳生源清除」持續列管。", new[] { "@列管 登革熱", "@解列 人行道" })]
    public void AVerbWhoseCaseIsNotToldGetsNoEvent(string subject, string decision, string[] expected)
    {
        var (_, imported, _, text) = Import(Plain(subject, decision));
        var events = imported.Events.Select(e => $"@{Name(e.Kind)} {e.CaseId}").Order().ToList();
        Assert.True(expected.Order().SequenceEqual(events), $"expected {string.Join(", ", expected)}; got {string.Join(", ", events)}\n{text}");
    }
}
