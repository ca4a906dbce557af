using MinutesLang.Diagnostics;
using MinutesLang.Fixes;
using MinutesLang.Parsing;
using MinutesLang.Semantics;
using MinutesLang.Text;

namespace MinutesLang.Tests;

/// <summary>
/// Issue 16 point 2, the quick fixes (<see cref="CodeFixes"/>): a seed broken the way a writer breaks it is restored to
/// the seed's text exactly by the fix of the finding the break raises (at least two instances of every fixable code, in
/// other records, lines and characters); every fix, unique or a candidate, removes its finding and raises none; and the
/// seeds mutated every way at once are mended by the unique fixes with no finding left that the seed does not have.
/// </summary>
public sealed class CodeFixTests
{
    private static readonly Lazy<(string Series, Dictionary<string, string> Records)> SeedTexts = new(() =>
    {
        string Read(string path) => SourceText.FromBytes(File.ReadAllBytes(path), path).Text;
        var records = Repo.SeedNames.ToDictionary(n => n, n => Read(Path.Combine(Repo.Seeds, n + ".minutes")), StringComparer.Ordinal);
        return (Read(Path.Combine(Repo.Seeds, "series.minutes")), records);
    });

    private static string PathOf(string seed) => Path.Combine(Repo.Seeds, seed + ".minutes");

    /// <summary>The seeds' series with <paramref name="seed"/>'s text replaced by <paramref name="text"/>.</summary>
    private static Compilation Compile(string seed, string text)
    {
        var (series, records) = SeedTexts.Value;
        return Compilation.Create(Parser.Parse(series, Path.Combine(Repo.Seeds, "series.minutes")),
            records.Select(r => Parser.Parse(r.Key == seed ? text : r.Value, PathOf(r.Key))));
    }

    /// <summary>The findings of one record as (code, message), sorted: what "no new finding" compares.</summary>
    private static List<string> Findings(Compilation c, string seed) =>
        [.. c.Diagnostics.Where(d => d.Source.Path == PathOf(seed)).Select(d => d.Code + " " + d.Message).Order(StringComparer.Ordinal)];

    private static string ReplaceFirst(string text, string what, string with)
    {
        int at = text.IndexOf(what, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{what}' is not in the seed");
        return string.Concat(text.AsSpan(0, at), with, text.AsSpan(at + what.Length));
    }

    /// <summary>
    /// (code, seed, the seed's text, the writer's break of it, whether the fix is the one answer). Each break raises the
    /// code; its fix (the unique one, or the candidate that is the seed's) gives the seed back.
    /// </summary>
    public static TheoryData<string, string, string, string, bool> Breaks => new()
    {
        // ML0103: the weekday of the date, in each form of the seeds
        { "ML0103", "108-1", "1 月 25 日（星期五）", "1 月 25 日（星期六）", true },
        { "ML0103", "109-2", "6月4日（星期四）", "6月4日（星期一）", true },
        { "ML0103", "113-1", "（星期二）14時", "（星期五）14時", true },
        // ML0252: 記錄 for the noun, in a title, a field and a heading
        { "ML0252", "108-2", "紀錄：林映舟", "記錄：林映舟", true },
        { "ML0252", "108-2", "第 2 次小組會議紀錄", "第 2 次小組會議記錄", true },
        { "ML0252", "113-1", "第3次小組會議紀錄。", "第3次小組會議記錄。", true },
        // ML0250: a case's wording; a case with one name has one answer, a case with 別名 one candidate per name
        { "ML0250", "108-1", "[[行動天文館|行動天文館校園趴趴 GO!]]", "[[行動天文館|行動天文館校園趴趴走]]", true },
        { "ML0250", "112-3", "[[學校交流|跨縣市學校交流]]、", "[[學校交流|跨縣巿學校交流活動]]、", true },
        { "ML0250", "110-3", "[[預防犯罪|兩市合作預防青少年學生犯罪]]", "[[預防犯罪|兩市合作預防學生犯罪]]", false },
        // ML0240: the count, in figures and in a sentence's scope
        { "ML0240", "112-3", "有 3 個議案持續列管", "有 4 個議案持續列管", true },
        { "ML0240", "113-1", "共計5案", "共計7案", true },
        { "ML0240", "114-1", "等3案解列", "等2案解列", true },
        // ML0220: the host of @rotation, this quarter and the next
        { "ML0220", "113-2", "本季由新北市主責", "本季由臺北市主責", true },
        { "ML0220", "114-1", "下一季由新北市接棒", "下一季由基隆市接棒", true },
        // ML0015–ML0018: near-miss markers
        { "ML0015", "108-1", "* 時間：", "*時間：", true },
        { "ML0015", "112-3", "    - 「[[雙語學分班", "    -「[[雙語學分班", true },
        { "ML0016", "110-2", "* 報告事項", "＊報告事項", true },
        { "ML0016", "109-1", "* 主席致詞(略)", "＊　主席致詞(略)", true },
        { "ML0017", "108-2", "* 時間：", "*　時間：", true },
        { "ML0017", "112-3", "    - 「[[學校交流", "    -　「[[學校交流", true },
        { "ML0018", "108-1", "[[行動天文館|行動天文館校園趴趴 GO!]]", "［［行動天文館|行動天文館校園趴趴 GO!］］", true },
        { "ML0018", "112-3", "[[綠碳匯|基北北桃環教小尖兵大會師—一起來碳究遊學]]", "［［綠碳匯|基北北桃環教小尖兵大會師—一起來碳究遊學］］", true },
        // ML0019: ordinals typed by hand on a part and on an item of the level's style
        { "ML0019", "110-2", "* 報告事項", "* 壹、報告事項", true },
        { "ML0019", "109-1", "* 歷次持續合作方案", "* 參、 歷次持續合作方案", true },
        { "ML0019", "112-3", "    - 「[[學校交流", "    - 一、「[[學校交流", true },
        { "ML0019", "112-3", "    - 「[[雙語學分班", "    - (二)「[[雙語學分班", false },
    };

    [Theory]
    [MemberData(nameof(Breaks))]
    public void TheFixGivesTheSeedBack(string code, string seed, string original, string broken, bool unique)
    {
        string text = SeedTexts.Value.Records[seed];
        string mutated = ReplaceFirst(text, original, broken);
        // the findings the break raised: those of the seed itself (its kept misspellings) are not the break's
        var seedFindings = Findings(Compile(seed, text), seed);
        var found = Compile(seed, mutated).Diagnostics.Where(d => d.Source.Path == PathOf(seed) && d.Code == code && !seedFindings.Contains(d.Code + " " + d.Message)).ToList();
        Assert.NotEmpty(found);
        var fixes = found.SelectMany(CodeFixes.For).ToList();
        Assert.NotEmpty(fixes);
        if (unique)
        {
            Assert.All(found, d => Assert.Single(CodeFixes.For(d), f => f.Unique));
            Assert.Equal(text, CodeFixes.Apply(mutated, fixes.Where(f => f.Unique)).Text);
        }
        else
        {
            Assert.DoesNotContain(fixes, f => f.Unique);
            // a case with a title and a 別名: one fix per name (an ordinal of another style: its deletion, the other answer, @list, being a line elsewhere)
            if (code == "ML0250") Assert.True(fixes.Count >= 2, "a finding with several answers gets one fix per candidate");
            Assert.Contains(fixes, f => f.ApplyTo(mutated) == text);
        }

        Assert.All(fixes, f => Assert.False(string.IsNullOrWhiteSpace(f.Title.En) || string.IsNullOrWhiteSpace(f.Title.ZhTw)));
    }

    [Theory]
    [MemberData(nameof(Breaks))]
    public void EveryFixRemovesItsFindingAndRaisesNone(string code, string seed, string original, string broken, bool unique)
    {
        _ = unique;
        string mutated = ReplaceFirst(SeedTexts.Value.Records[seed], original, broken);
        var compilation = Compile(seed, mutated);
        var before = Findings(compilation, seed);
        var fixes = compilation.Diagnostics.Where(d => d.Source.Path == PathOf(seed) && d.Code == code).SelectMany(CodeFixes.For).ToList();
        Assert.NotEmpty(fixes);
        foreach (var fix in fixes) AssertFixed(seed, mutated, before, [fix]);
    }

    /// <summary>Applies <paramref name="fixes"/> to <paramref name="text"/> and checks the findings they fix are gone and no other appeared.</summary>
    private static void AssertFixed(string seed, string text, List<string> before, IReadOnlyList<CodeFix> fixes)
    {
        var (fixedText, applied) = CodeFixes.Apply(text, fixes);
        var after = Findings(Compile(seed, fixedText), seed);
        var expected = new List<string>(before);
        foreach (var fix in applied) expected.Remove(fix.Diagnostic.Code + " " + fix.Diagnostic.Message);
        var raised = after.ToList();
        foreach (var e in expected) raised.Remove(e);
        Assert.True(raised.Count == 0, $"{seed}: fixes {string.Join(", ", applied.Select(f => f.Title.En))} raised {string.Join("; ", raised)}");
        var left = expected.ToList();
        foreach (var a in after) left.Remove(a);
        var gone = applied.Select(f => f.Diagnostic.Code + " " + f.Diagnostic.Message).Where(after.Contains).ToList();
        Assert.True(gone.Count == 0 || applied.Count > 1, $"{seed}: the fixed finding is still there: {string.Join("; ", gone)}");
    }

    /// <summary>The ways a writer breaks a whole record at once, each as a rewrite of the record's text.</summary>
    public static TheoryData<string, string> SeedsBrokenEveryWay()
    {
        var data = new TheoryData<string, string>();
        foreach (string seed in Repo.SeedNames)
            foreach (string how in Ways.Keys) data.Add(seed, how);
        return data;
    }

    private static readonly Dictionary<string, Func<string, string>> Ways = new(StringComparer.Ordinal)
    {
        ["weekday"] = t => System.Text.RegularExpressions.Regex.Replace(t, "（星期([一二三四五六日])）", m => $"（星期{"一二三四五六日"[("一二三四五六日".IndexOf(m.Groups[1].Value[0]) + 3) % 7]}）"),
        ["紀錄"] = t => t.Replace("會議紀錄", "會議記錄", StringComparison.Ordinal).Replace("\n紀錄：", "\n記錄：", StringComparison.Ordinal),
        // a part marker glued to a figure (*2020雙北…) is read as text, not as a marker without its space: no fix can know it
        // was a part; ML0015 names it with two fixes, neither the answer (AMarkerGluedToAFigureIsReported)
        ["markers without space"] = t => System.Text.RegularExpressions.Regex.Replace(t, "\n\\* (?![0-9])", "\n*").Replace("\n  - ", "\n  -", StringComparison.Ordinal),
        ["full-width markers"] = t => t.Replace("\n* ", "\n＊", StringComparison.Ordinal).Replace("\n    - ", "\n    －　", StringComparison.Ordinal),
        ["full-width space"] = t => t.Replace("\n* ", "\n*　", StringComparison.Ordinal).Replace("\n  - ", "\n  -　", StringComparison.Ordinal),
        ["full-width links"] = t => System.Text.RegularExpressions.Regex.Replace(t, @"\[\[([^\]\n]*)\]\]", "［［$1］］"),
        ["counts"] = t => System.Text.RegularExpressions.Regex.Replace(t, "(共計|等) ?([0-9])(案)", m => m.Groups[1].Value + (int.Parse(m.Groups[2].Value) + 1) + m.Groups[3].Value),
    };

    /// <summary>
    /// A part marker glued to a figure after a field is not silent: it is read as text, and ML0015 names the marker (issue h
    /// §4; before, only as a line wrapped back to the margin, ML0020, which it is not); its two fixes — a part, or the text
    /// kept — are candidates, neither unique, and each removes the finding.
    /// </summary>
    [Theory]
    [InlineData("*2020雙北合作辦理進度。")]
    [InlineData("*114年度工作計畫。")]
    [InlineData("*１１３年度執行成果。")]
    public void AMarkerGluedToAFigureIsReported(string line)
    {
        string text = $"@meeting 114-1\n# 114 年度第 1 次會議紀錄\n* 業務報告\n  裁示：洽悉。\n{line}\n  說明：詳見。\n";
        var c = Compilation.Create(null, [Parser.Parse(text, "114-1.minutes")]);
        var d = Assert.Single(c.Diagnostics, d => d.Code == "ML0015");
        Assert.DoesNotContain(c.Diagnostics, d => d.Code == "ML0020");
        Assert.Equal(5, d.Start.Line);
        Assert.Equal(1, d.Start.Column);
        var fixes = CodeFixes.For(d);
        Assert.Equal(2, fixes.Count);
        Assert.DoesNotContain(fixes, f => f.Unique);
        foreach (var fix in fixes)
        {
            string mended = CodeFixes.Apply(text, [fix]).Text;
            Assert.DoesNotContain(Compilation.Create(null, [Parser.Parse(mended, "114-1.minutes")]).Diagnostics, d => d.Code is "ML0015" or "ML0020");
        }
    }

    /// <summary>
    /// Every seed broken each way: the unique fixes of the findings the break raised mend it, leaving no finding the seed
    /// does not have (a fix that guessed would leave one, or raise another).
    /// </summary>
    [Theory]
    [MemberData(nameof(SeedsBrokenEveryWay))]
    public void TheUniqueFixesMendASeedBrokenEveryWay(string seed, string how)
    {
        string text = SeedTexts.Value.Records[seed];
        string broken = Ways[how](text);
        var seedFindings = Findings(Compile(seed, text), seed);
        var compilation = Compile(seed, broken);
        var fixes = compilation.Diagnostics.Where(d => d.Source.Path == PathOf(seed)).SelectMany(CodeFixes.For).Where(f => f.Unique).ToList();
        string mended = CodeFixes.Apply(broken, fixes).Text;
        var after = Findings(Compile(seed, mended), seed);
        var raised = after.ToList();
        foreach (var f in seedFindings) raised.Remove(f);
        Assert.True(raised.Count == 0, $"{seed} broken ({how}), mended by {fixes.Count} fixes, has findings the seed has not: {string.Join("; ", raised)}");
        if (broken != text) Assert.NotEmpty(fixes);
    }

    /// <summary>ML0010: a line indented with another kind of space than its part's, whatever it counts at the same nesting (IndentationTests' cases), gets the spaces of its column; the nesting and every other finding stay.</summary>
    [Theory]
    [InlineData("* 業務報告\n  - 甲案。\n  - 乙案。\n\u3000- 丙案。\n", "* 業務報告\n  - 甲案。\n  - 乙案。\n  - 丙案。\n")]
    [InlineData("* 業務報告\n  - 甲案。\n\t\t- 細項。\n  - 乙案。\n", "* 業務報告\n  - 甲案。\n        - 細項。\n  - 乙案。\n")]
    public void AMixedIndentationGetsTheSpacesOfItsColumn(string body, string fixedBody)
    {
        const string head = "@meeting 114-1\n# 114 年度測試小組第 1 次會議紀錄\n";
        static List<string> Of(string text) =>
            [.. Compilation.Create(null, [Parser.Parse(text, "114-1.minutes")]).Diagnostics.Select(d => d.Code + " " + d.Message).Order(StringComparer.Ordinal)];
        var found = Compilation.Create(null, [Parser.Parse(head + body, "114-1.minutes")]).Diagnostics;
        var mixed = Assert.Single(found, d => d.Code == "ML0010");
        var fix = Assert.Single(CodeFixes.For(mixed));
        Assert.True(fix.Unique);
        Assert.Equal(head + fixedBody, fix.ApplyTo(head + body));
        var expected = Of(head + body);
        expected.Remove(mixed.Code + " " + mixed.Message);
        Assert.Equal(expected, Of(head + fixedBody));
    }

    [Theory]
    [InlineData(1, "一")]
    [InlineData(10, "十")]
    [InlineData(12, "十二")]
    [InlineData(20, "二十")]
    [InlineData(47, "四十七")]
    public void ChineseNumeralsAreReadBackByTheCountRule(int n, string written)
    {
        Assert.Equal(written, CodeFixes.Chinese(n));
        Assert.Equal(n, Validation.Rules.CountRule.ParseNumber(written));
    }

    [Fact]
    public void AFindingWithoutAFixGetsNone()
    {
        var d = Compile("108-1", SeedTexts.Value.Records["108-1"]).Diagnostics.First(d => d.Code == "ML0252");
        Assert.Single(CodeFixes.For(d));
        var other = d with { Code = "ML0203" };
        Assert.Empty(CodeFixes.For(other));
    }
}
