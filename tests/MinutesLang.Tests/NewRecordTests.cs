using System.Text.RegularExpressions;
using MinutesLang.Authoring;
using MinutesLang.Parsing;
using MinutesLang.Semantics;
using MinutesLang.Syntax;
using MinutesLang.Validation;

namespace MinutesLang.Tests;

/// <summary>
/// <c>minutes new</c> (issue 6 §2): the next record of a series, whose check reports nothing but
/// the placeholders (ML0114) and which checks clean once they are filled in.
/// </summary>
public sealed partial class NewRecordTests : CliHarness
{
    private static readonly string RuleFixtures = Path.Combine(Repo.Root, "tests", "MinutesLang.Tests", "Fixtures", "Rules");

    /// <summary>What a writer might put in each placeholder: times that read as times, text elsewhere.</summary>
    private static string Fill(string text) => Placeholder().Replace(text, m => m.Groups[1].Value switch
    {
        "開會時間" => "上午 10 時",
        "散會時間" => "上午 11 時 30 分",
        "本期主辦城市" or "下期主辦城市" => "新北市",
        var name when name.StartsWith("辦理情形", StringComparison.Ordinal) => "請各縣市持續辦理。",
        _ => "略",
    });

    [GeneratedRegex("\\{\\{([^}]*)\\}\\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex("error ML0114: 待填：(.*) — ")]
    private static partial Regex Unfilled();

    /// <summary>The *.minutes of the seeds (not the originals) in a folder of the temporary directory.</summary>
    private string CopySeeds()
    {
        string target = Path.Combine(dir, "seeds");
        Directory.CreateDirectory(target);
        foreach (var f in Directory.EnumerateFiles(Repo.Seeds, "*.minutes")) File.Copy(f, Path.Combine(target, Path.GetFileName(f)));
        return target;
    }

    /// <summary>The clean rule fixture split into files (its series and the records named), in a folder of its own.</summary>
    private string CopyClean(string folder, params string[] records)
    {
        string target = Path.Combine(dir, folder);
        Directory.CreateDirectory(target);
        File.Copy(Path.Combine(RuleFixtures, "series.minutes"), Path.Combine(target, "series.minutes"));
        foreach (var (name, body) in RuleFixtureTests.Split(File.ReadAllText(Path.Combine(RuleFixtures, "clean.minutes")).Replace("\r\n", "\n")))
        {
            if (records.Contains(name)) File.WriteAllText(Path.Combine(target, name), body.TrimEnd('\n') + "\n");
        }

        return target;
    }

    private static Compilation CompileFolder(string folder) =>
        Compilation.Create(
            Compilation.ParseFile(Path.Combine(folder, "series.minutes")),
            Directory.EnumerateFiles(folder, "*.minutes").Where(f => !Compilation.IsSeriesFile(f)).Order(StringComparer.Ordinal).Select(Compilation.ParseFile));

    /// <summary>The codes <c>minutes check</c> reports for a file, one per finding.</summary>
    private static List<string> CheckCodes(string path)
    {
        var (_, o, _) = Run("check", "--format", "msbuild", path);
        return [.. o.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => Regex.Match(l, " (ML[0-9]{4}): ").Groups[1].Value)];
    }

    [Fact]
    public void NewOnTheSeedsWrites114_2WhoseCheckReportsOnlyThePlaceholders()
    {
        string seeds = CopySeeds();
        var (code, o, e) = Run("new", seeds, "--date", "2025-06-06");
        string path = Path.Combine(seeds, "114-2.minutes");
        Assert.Equal(0, code);
        Assert.Equal(path + "\n", o);
        Assert.StartsWith("114-2: to fill in (ML0114): ", e);

        string text = File.ReadAllText(path);
        Assert.StartsWith("@meeting 114-2\n# 114 年度「基北北桃」教育文化組第 2 次工作小組會議紀錄\n", text);
        Assert.Contains("* 時間：114 年 6 月 6 日（星期五）{{開會時間}}\n", text);

        var (checkCode, report, _) = Run("check", path);
        Assert.Equal(1, checkCode);
        Assert.Equal(["ML0114"], CheckCodes(path).Distinct());
        Assert.Equal(
            ["開會時間", "地點", "主席", "紀錄", "出席人員", "業務報告", "辦理情形（綠碳匯）", "臨時動議", "散會時間"],
            Unfilled().Matches(report).Select(m => m.Groups[1].Value));

        // the whole folder too: the new record adds nothing but its placeholders to the seeds' findings
        var (_, all, _) = Run("check", "--format", "msbuild", seeds);
        var (_, before, _) = Run("check", "--format", "msbuild", Repo.Seeds);
        Assert.Equal(
            before.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length + 9,
            all.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void TheNewRecordIsInTheCanonicalLayoutAndFmtLeavesItAlone()
    {
        string seeds = CopySeeds();
        Assert.Equal(0, Run("new", seeds, "--date", "2025-06-06").Code);
        string record = Path.Combine(seeds, "114-2.minutes");
        string before = File.ReadAllText(record);
        Assert.Equal((0, "", ""), Run("fmt", "--check", seeds));   // placeholders do not stop fmt, and there is nothing to change
        Assert.Equal(0, Run("fmt", record).Code);
        Assert.Equal(before, File.ReadAllText(record));
    }

    [Fact]
    public void FilledInTheNewSeedRecordChecksClean()
    {
        string seeds = CopySeeds();
        Assert.Equal(0, Run("new", seeds, "--date", "2025-06-06").Code);
        string path = Path.Combine(seeds, "114-2.minutes");
        File.WriteAllText(path, Fill(File.ReadAllText(path)));
        Assert.Equal((0, "", ""), Run("check", path));
    }

    [Fact]
    public void HostAndNextHostAreTheRotationsAndAgreeWithML0220()
    {
        // 2025 Q2: 新北市, Q3: 臺北市 in seeds/series.minutes; a wrong city would be ML0220 in the check above
        var draft = NextRecord.Create(CompileFolder(CopySeeds()), new DateOnly(2025, 6, 6));
        Assert.Contains("  - 本季由新北市主責，下一季由臺北市接棒。\n", draft.Text);

        // 2025 Q4 (基隆市) and 2026 Q1 (桃園市): across the year
        draft = NextRecord.Create(CompileFolder(Path.Combine(dir, "seeds")), new DateOnly(2025, 11, 14));
        Assert.Contains("  - 本季由基隆市主責，下一季由桃園市接棒。\n", draft.Text);

        // a quarter the table does not cover is the writer's to fill in, and ML0220 has nothing to compare
        draft = NextRecord.Create(CompileFolder(Path.Combine(dir, "seeds")), new DateOnly(2026, 11, 23));
        Assert.Contains("  - 本季由基隆市主責，下一季由{{下期主辦城市}}接棒。\n", draft.Text);
    }

    [Fact]
    public void EveryOpenCaseOfTheRegisterIsListedWithItsLastState()
    {
        // after 113-2 of the clean fixture: 學校交流 列管中, 一證通用 提請副市長層級解列
        string folder = CopyClean("clean", "113-1.minutes", "113-2.minutes");
        var compilation = CompileFolder(folder);
        var open = CaseRegister.Build(compilation).Where(c => c.Status is CaseStatus.Open or CaseStatus.DelistingProposed).ToList();
        Assert.Equal(["學校交流", "一證通用"], open.Select(c => c.Id));

        var draft = NextRecord.Create(compilation, new DateOnly(2024, 8, 29));
        Assert.Equal("113-3", draft.Id);
        foreach (var c in open)
        {
            Assert.Contains($"    - [[{c.Id}", draft.Text);
            Assert.Contains($"      // 前次（{c.LastReportedAt}）：{CaseRegister.StatusName(c.Status, c.PendingLevel)} — ", draft.Text);
        }

        Assert.Contains("      @列管 學校交流\n", draft.Text);
        Assert.Contains("      @提請解列 一證通用 層級：副市長層級\n", draft.Text);
        Assert.Contains("// 前次（113-2）：提請副市長層級解列 — 臺北市與桃園市圖書館『一證通用』服務啟用：本案已完成，提請副市長層級會議解列。\n", draft.Text);
        Assert.Contains("// 前次（113-2）：列管中 — 學校交流：持續辦理。\n", draft.Text);
        Assert.Contains("計 2 項合作案", draft.Text);

        // the same through the command line (in zh-TW, the language of the draft's comments: issue 15): only placeholders, and clean once filled in
        Assert.Equal(0, Run("new", folder, "--date", "2024-08-29", "--lang", "zh-TW").Code);
        string path = Path.Combine(folder, "113-3.minutes");
        Assert.Equal(draft.Text, File.ReadAllText(path));
        Assert.Equal(["ML0114"], CheckCodes(path).Distinct());
        Assert.Equal(draft.Placeholders.Count, CheckCodes(path).Count);
        File.WriteAllText(path, Fill(draft.Text));
        Assert.Equal((0, "", ""), Run("check", path));
    }

    [Fact]
    public void TheSeedsListTheirOnlyOpenCaseWithItsLatestAcceptedWording()
    {
        var compilation = CompileFolder(CopySeeds());
        var open = CaseRegister.Build(compilation).Where(c => c.Status is CaseStatus.Open or CaseStatus.DelistingProposed).Select(c => c.Id).ToList();
        var draft = NextRecord.Create(compilation, new DateOnly(2025, 6, 6));
        Assert.Equal(open, draft.Cases.Select(c => c.Id));
        Assert.Equal(["綠碳匯"], open);

        // renamed at 113-1: the link carries how 114-1 wrote the new title, not the declared old one
        Assert.Contains(
            "    - [[綠碳匯|Just Do It 保護地球自己來-淨零行動：綠碳匯總動員樹木碳匯推廣活動]]：{{辦理情形（綠碳匯）}}\n"
            + "      // 前次（114-1）：列管中 — 「Just Do It 保護地球自己來-淨零行動：綠碳匯總動員樹木碳匯推廣活動」，請各縣市持續辦理校園樹木碳匯盤查並結合課程推動，以達成114年度預期目標。\n"
            + "      @列管 綠碳匯\n",
            draft.Text);
    }

    [Fact]
    public void AfterEveryRecordOfTheSeedsTheNextOneHasNoErrorButItsPlaceholders()
    {
        // the seeds cut after each record: 雙北 and 基北北桃 years, AD and 民國 titles, 第一次 and 第 1 次
        var series = Compilation.ParseFile(Path.Combine(Repo.Seeds, "series.minutes"));
        var trees = Directory.EnumerateFiles(Repo.Seeds, "*.minutes").Where(f => !Compilation.IsSeriesFile(f)).Select(Compilation.ParseFile).ToList();
        var all = Compilation.Create(series, trees);
        foreach (var last in all.Context.Records)
        {
            var kept = all.Context.Records.TakeWhile(r => r != last).Append(last).Select(r => r.Tree).ToList();
            var date = last.Date!.Value.ToDate()!.Value.AddDays(14);
            var draft = NextRecord.Create(Compilation.Create(series, kept), date);
            Assert.Equal(RocCalendar.ToRoc(date.Year) == last.Year ? $"{last.Year}-{last.Sequence + 1}" : $"{RocCalendar.ToRoc(date.Year)}-1", draft.Id);

            var tree = Parser.Parse(draft.Text, draft.FileName);
            var errors = Compilation.Create(series, [.. kept, tree]).Diagnostics
                .Where(d => d.Source.Path == draft.FileName && d.Severity == MinutesLang.Diagnostics.DiagnosticSeverity.Error)
                .Select(d => d.Code)
                .Distinct();
            Assert.True(errors.SequenceEqual(["ML0114"]), $"after {last.Id}: {string.Join(", ", errors)}\n{draft.Text}");
        }
    }

    [Theory]
    [InlineData("2025-06-06", "114 年 6 月 6 日（星期五）")]
    [InlineData("2024-02-29", "113 年 2 月 29 日（星期四）")] // leap day
    [InlineData("2028-02-29", "117 年 2 月 29 日（星期二）")] // leap day
    [InlineData("2025-12-31", "114 年 12 月 31 日（星期三）")]
    [InlineData("2026-01-01", "115 年 1 月 1 日（星期四）")] // the year rolls over
    public void TheWeekdayIsComputed(string iso, string written)
    {
        string folder = CopyClean("empty");
        var draft = NextRecord.Create(CompileFolder(folder), DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains($"* 時間：{written}{{{{開會時間}}}}\n", draft.Text);

        // and the compiler's own weekday check (ML0103) agrees
        var tree = Parser.Parse(draft.Text, "new.minutes");
        var c = Compilation.Create(Compilation.ParseFile(Path.Combine(folder, "series.minutes")), [tree]);
        Assert.DoesNotContain(c.Diagnostics, d => d.Code is "ML0103" or "ML0102");
    }

    [Fact]
    public void AfterTheFourthMeetingOfAYearComesTheFirstOfTheNext()
    {
        string folder = CopyClean("clean", "113-1.minutes", "113-2.minutes", "113-3.minutes");
        Assert.Equal(0, Run("new", folder, "--date", "2024-11-15").Code);
        string path = Path.Combine(folder, "113-4.minutes");
        string text = File.ReadAllText(path);
        Assert.StartsWith("@meeting 113-4\n# 113 年度「基北北桃」測試組第 4 次工作會議紀錄\n", text);
        Assert.Contains("本季由基隆市主責，下一季由{{下期主辦城市}}接棒。", text);
        File.WriteAllText(path, Fill(text));
        Assert.Equal((0, "", ""), Run("check", path));

        // 113-4 filled in is the last meeting of 113: the next one, in 2025, is 114-1 — and no meeting is missing (ML0204)
        Assert.Equal(0, Run("new", folder, "--date", "2025-03-07").Code);
        path = Path.Combine(folder, "114-1.minutes");
        text = File.ReadAllText(path);
        Assert.StartsWith("@meeting 114-1\n# 114 年度「基北北桃」測試組第 1 次工作會議紀錄\n", text);
        Assert.Contains("\n* 時間：114 年 3 月 7 日（星期五）{{開會時間}}\n", text);
        Assert.Equal(["ML0114"], CheckCodes(path).Distinct());
        File.WriteAllText(path, Fill(text));
        Assert.Equal((0, "", ""), Run("check", path));
    }

    [Fact]
    public void ATitleWithAChineseNumeralKeepsItsStyle()
    {
        string folder = Path.Combine(dir, "zh");
        Directory.CreateDirectory(folder);
        File.Copy(Path.Combine(RuleFixtures, "series.minutes"), Path.Combine(folder, "series.minutes"));
        File.WriteAllText(Path.Combine(folder, "會議-112-3.minutes"), "@meeting 112-3\n# 112 年度「基北北桃」測試組第三次小組會議紀錄\n* 時間：112 年 8 月 15 日（星期二）下午 2 時\n散會：下午 3 時\n");
        var draft = NextRecord.Create(CompileFolder(folder), new DateOnly(2023, 11, 10));
        Assert.Equal("112-4", draft.Id);
        Assert.Equal("會議-112-4.minutes", draft.FileName);
        Assert.StartsWith("@meeting 112-4\n# 112 年度「基北北桃」測試組第四次小組會議紀錄\n", draft.Text);
    }

    [Fact]
    public void AFolderWithoutRecordsGetsItsFirstRecord()
    {
        string folder = CopyClean("empty");
        var (code, o, _) = Run("new", folder, "--date", "2024-03-05");
        Assert.Equal(0, code);
        string path = Path.Combine(folder, "113-1.minutes");
        Assert.Equal(path + "\n", o);
        string text = File.ReadAllText(path);
        Assert.StartsWith("@meeting 113-1\n# 113 年度「基北北桃」測試組第 1 次工作會議紀錄\n", text);
        Assert.Contains("\n* 時間：113 年 3 月 5 日（星期二）{{開會時間}}\n", text);
        Assert.Contains("本季由桃園市主責，下一季由新北市接棒。", text);
        Assert.Equal(["ML0114"], CheckCodes(path).Distinct());
        File.WriteAllText(path, Fill(text));
        Assert.Equal((0, "", ""), Run("check", path));
    }

    [Fact]
    public void WithoutADateTheMeetingIsToday()
    {
        string folder = CopyClean("clean", "113-1.minutes", "113-2.minutes", "113-3.minutes");
        var today = DateOnly.FromDateTime(DateTime.Now);
        var (code, o, _) = Run("new", folder);
        Assert.Equal(0, code);
        string text = File.ReadAllText(o.TrimEnd('\n'));
        int roc = today.Year - 1911;
        Assert.Contains($"* 時間：{roc} 年 {today.Month} 月 {today.Day} 日（星期{"日一二三四五六"[(int)today.DayOfWeek]}）", text);
        Assert.StartsWith($"@meeting {roc}-{(roc == 113 ? 4 : 1)}\n", text);
    }

    [Fact]
    public void ItRefusesToOverwriteWithoutForce()
    {
        string folder = CopyClean("clean", "113-1.minutes", "113-2.minutes");
        Assert.Equal(0, Run("new", folder, "--date", "2024-08-29").Code);
        string path = Path.Combine(folder, "113-3.minutes");
        File.AppendAllText(path, "// mine\n");

        // the draft is not a meeting yet: the next record is still 113-3, which exists
        var (code, o, e) = Run("new", folder, "--date", "2024-08-29");
        Assert.Equal((2, ""), (code, o));
        Assert.Equal($"minutes: {path}: exists already; nothing was written (use --force to replace)\n", e);
        Assert.EndsWith("// mine\n", File.ReadAllText(path));

        Assert.Equal(0, Run("new", folder, "--date", "2024-08-29", "--force").Code);
        Assert.DoesNotContain("// mine", File.ReadAllText(path));
    }

    [Fact]
    public void OutputGoesWhereOTells()
    {
        string folder = CopyClean("clean", "113-1.minutes");
        string target = Path.Combine(dir, "draft.minutes");
        var (code, o, _) = Run("new", folder, "--date", "2024-05-17", "-o", target);
        Assert.Equal((0, target + "\n"), (code, o));
        Assert.StartsWith("@meeting 113-2\n", File.ReadAllText(target));
        Assert.False(File.Exists(Path.Combine(folder, "113-2.minutes")));

        // a folder takes the default name
        string outDir = Path.Combine(dir, "out");
        Directory.CreateDirectory(outDir);
        Assert.Equal(0, Run("new", folder, "--date", "2024-05-17", "--output", outDir).Code);
        Assert.True(File.Exists(Path.Combine(outDir, "113-2.minutes")));
    }

    [Fact]
    public void ASeriesWithErrorsStillGetsItsNextRecordWithANote()
    {
        string folder = CopyClean("broken", "113-1.minutes", "113-2.minutes");
        File.AppendAllText(Path.Combine(folder, "113-2.minutes"), "@nonsense\n");
        var (code, o, e) = Run("new", folder, "--date", "2024-08-29");
        Assert.Equal((0, Path.Combine(folder, "113-3.minutes") + "\n"), (code, o));
        Assert.StartsWith($"minutes: note: the series has 1 error (see 'minutes check {folder}')", e);
    }

    [Theory]
    [InlineData("no-such-folder")]
    [InlineData("no-series")]
    public void ABadFolderIsExit2InOneLine(string name)
    {
        string folder = Path.Combine(dir, name);
        if (name == "no-series") Write("no-series/114-1.minutes", "@meeting 114-1\n");
        var (code, o, e) = Run("new", folder, "--date", "2025-06-06");
        Assert.Equal((2, ""), (code, o));
        Assert.StartsWith($"minutes: {folder}: ", e);
        Assert.Single(e.TrimEnd('\n').Split('\n'));
    }

    [Theory]
    [InlineData("2025-02-30")]
    [InlineData("明天")]
    [InlineData("114 年 6 月 6 日（星期四）")]
    [InlineData("2024-08-28")] // before the last record (113-3, 2024-08-29)
    [InlineData("2023-12-01")]
    public void ABadDateIsExit2InOneLine(string date)
    {
        string folder = CopyClean("clean", "113-1.minutes", "113-2.minutes", "113-3.minutes");
        var (code, o, e) = Run("new", folder, "--date", date);
        Assert.Equal((2, ""), (code, o));
        Assert.StartsWith("minutes: ", e);
        Assert.Single(e.TrimEnd('\n').Split('\n'));
        Assert.Equal(4, Directory.EnumerateFiles(folder).Count()); // series.minutes and 113-1 … 113-3: nothing written
    }

    [Theory]
    [InlineData("2025-06-06")]
    [InlineData("114-06-06")]
    [InlineData("114/6/6")]
    [InlineData("民國114年6月6日")]
    [InlineData("114 年 6 月 6 日（星期五）")]
    public void DatesAreReadInEveryUsualForm(string text)
    {
        Assert.True(NextRecord.TryParseDate(text, out var date, out var problem), problem?.En);
        Assert.Equal(new DateOnly(2025, 6, 6), date);
    }

    [Fact]
    public void HelpNamesTheCommand()
    {
        var (code, o, _) = Run("new", "--help");
        Assert.Equal(0, code);
        Assert.StartsWith("Usage: minutes new SERIES_DIR", o);
        Assert.Contains("new SERIES_DIR", Run("--help").Out);
    }

    [Fact]
    public void ARecordWithPlaceholdersIsNotRendered()
    {
        string seeds = CopySeeds();
        Assert.Equal(0, Run("new", seeds, "--date", "2025-06-06").Code);
        var (code, o, e) = Run("render", Path.Combine(seeds, "114-2.minutes"), "--to", "txt");
        Assert.Equal((1, ""), (code, o));
        Assert.Contains("ML0114: 待填：出席人員", e);
    }
}

/// <summary>The placeholder <c>{{name}}</c> in the notation: lossless, total, ML0114 wherever it is text.</summary>
public sealed class PlaceholderSyntaxTests
{
    private static List<(string Code, string Text)> Check(string text)
    {
        var tree = Parser.Parse(text, "x.minutes");
        Assert.Equal(text, tree.ToFullString());
        var c = Compilation.Create(Parser.Parse("@case 學校交流\n  標題：跨縣市學校交流\n", "series.minutes"), [tree]);
        return [.. c.Diagnostics.Select(d => (d.Code, text.Substring(d.Span.Start, d.Span.Length)))];
    }

    private const string Head = "@meeting 114-2\n# 標題\n";

    [Fact]
    public void APlaceholderIsItsOwnInlineNode()
    {
        var tree = Parser.Parse("* 出席人員：{{出席人員}}、王主任\n", "x.minutes");
        var part = Assert.IsType<PartLineSyntax>(tree.Root.Blocks[0].Line);
        var p = Assert.Single(part.Field!.Value.Elements.OfType<PlaceholderSyntax>());
        Assert.Equal(("{{", "出席人員", "}}"), (p.Open.Text, p.Name.Text, p.Close.Text));
        Assert.Equal(new MinutesLang.Text.TextSpan(7, 8), p.FullSpan);
    }

    [Fact]
    public void EveryPlaceholderIsML0114WithItsName()
    {
        var found = Check(Head + "* 時間：114 年 6 月 6 日（星期五）{{開會時間}}\n* 出席人員：{{出席人員}}\n* 報告\n  - [[學校交流]]：{{辦理情形}}\n散會：{{散會時間}}\n");
        Assert.Equal([("ML0114", "{{開會時間}}"), ("ML0114", "{{出席人員}}"), ("ML0114", "{{辦理情形}}"), ("ML0114", "{{散會時間}}")], found);
    }

    [Fact]
    public void UnclosedPlaceholdersAndPlaceholdersInCellsAreFoundCommentsAndSingleBracesAreNot()
    {
        var found = Check(Head + "* 報告\n  {{待補 其後\n  | 項目 | {{數量}} |\n  // {{不算}}\n  單一 { 與 } 是文字\n");
        Assert.Equal([("ML0114", "{{待補 其後"), ("ML0114", "{{數量}}")], found);
    }

    [Fact]
    public void ADateOrATimeToFillInIsNotAlsoUnreadable()
    {
        Assert.Equal(["ML0114", "ML0114"], Check(Head + "* 時間：{{開會日期及時間}}\n散會：{{散會時間}}\n").Select(f => f.Code));
    }

    [Fact]
    public void TheMessageSaysWhatIsToBeFilled()
    {
        var c = Compilation.Create(null, [Parser.Parse(Head + "* 出席人員：{{出席人員}}\n", "x.minutes")]);
        var d = Assert.Single(c.Diagnostics, d => d.Code == "ML0114");
        Assert.Equal("待填：出席人員 — this part is for the writer to fill in", d.Message);
        Assert.Equal("replace '{{出席人員}}' with the record's text", d.Hint);
        Assert.Equal(MinutesLang.Diagnostics.DiagnosticSeverity.Error, d.Severity);

        c = Compilation.Create(null, [Parser.Parse(Head + "* 出席人員：{{出席人員\n", "x.minutes")]);
        d = Assert.Single(c.Diagnostics, d => d.Code == "ML0114");
        Assert.Equal("待填：出席人員 — this part is for the writer to fill in (the placeholder is not closed with '}}')", d.Message);
    }
}
