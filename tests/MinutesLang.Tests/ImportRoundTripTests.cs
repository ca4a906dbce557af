using MinutesLang.Authoring;
using MinutesLang.Diagnostics;
using MinutesLang.Diagnostics.Policy;
using MinutesLang.Import;
using MinutesLang.Parsing;
using MinutesLang.Semantics;
using MinutesLang.Text;

namespace MinutesLang.Tests;

/// <summary>
/// Issue 12, "Done when": a text in another body's layout imports with no error, the id and title it
/// holds and no false numbering defect, and renders back identical after seed-compare's
/// normalisation (<see cref="SeedNormalizer"/>, the rules of the team's tool, nothing more: no
/// extra step for the recorder or the colons). One theory per kind of the failing cases
/// (shared/cases/import: A-k1, A-k2, A-k4, A-k5, A-k6, B01, B07b), each with texts of this
/// project's own, of other bodies, levels and characters than the case; then the two layouts the
/// record keeps by directives (<see cref="RecordLayout"/>: labels without a colon, the recorder on the
/// chair's line), ML0423, and <c>minutes new</c> continuing them.
/// </summary>
public sealed class ImportRoundTripTests
{
    private static readonly string[] NumberingDefects = ["ML0400", "ML0401", "ML0402"];

    /// <summary>
    /// Imports <paramref name="text"/> (a leading U+FEFF is read as the byte-order mark it is), checks
    /// the one record as <c>minutes check</c> does (with the policy step: suppressions), and compares
    /// its plain-text render with the text.
    /// </summary>
    private static (ImportedRecord Record, ImportResult Result, Compilation Compiled) RoundTrip(string text, string id, string title)
    {
        var source = text.StartsWith('\uFEFF') ? SourceText.FromBytes(System.Text.Encoding.UTF8.GetBytes(text), "body.txt") : SourceText.From(text, "body.txt");
        var result = Importer.Import(source);
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error || NumberingDefects.Contains(d.Code) || d.Code is "ML0404" or "ML0405");
        var record = Assert.Single(result.Records);
        Assert.Equal(id, record.Id);

        var tree = Parser.Parse(record.Text, record.FileName);
        var compiled = Compilation.Create(null, [tree]);
        var reported = new DiagnosticPolicy(_ => DiagnosticConfig.Default).Apply(compiled.Diagnostics, [tree]).Reported;
        Assert.True(!reported.Any(d => d.Severity == DiagnosticSeverity.Error), Repo.Format(reported) + record.Text);
        Assert.Equal(title, compiled.Records[0].Title);

        string rendered = Repo.RenderTxt(compiled);
        string? difference = SeedNormalizer.Compare(text, rendered);
        Assert.True(difference is null, $"{difference}\n---- record\n{record.Text}---- render\n{rendered}");
        return (record, result, compiled);
    }

    // ---- A-k1: a meeting numbered 100 or more, by a running count; the recorder beside the chair ----

    [Theory]
    [InlineData("測試縣環保局審查會第 215 次會議紀錄\n壹、時間：114 年 3 月 7 日（星期五）上午 10 時\n貳、地點：本局會議室\n參、主席：陳局長大同　　紀錄：林小美\n肆、報告事項：無。\n伍、散會：上午 11 時\n", "215")]
    [InlineData("測試市公園管理委員會第 1024 次會議紀錄\n時間：114 年 5 月 2 日（星期五）下午 2 時\n地點：市府 3 樓會議室\n主席：黃主任委員\n紀錄：吳小萍\n報告事項：本季公園巡查 1,250 次。\n散會：下午 3 時 20 分\n", "1024")]
    [InlineData("測試市都市設計審議委員會第 389 次會議紀錄\n壹、時間：113 年 12 月 20 日（星期五）上午 9 時 30 分\n貳、地點：本府 8 樓會議室\n紀錄：鄭小芬　　　　　　主席：許主任委員文雄\n參、審議事項：「測試市中正路商業大樓新建案」，修正後通過。\n肆、散會：中午 12 時\n", "389")]
    [InlineData("測試縣國土計畫審議會第 102 次會議紀錄\n壹、時間：114 年 1 月 8 日（星期三）下午 2 時\n貳、地點：縣府第一會議室\n參、主席：縣長（李副縣長代）　　記錄：周○○\n肆、討論事項：無。\n伍、散會：下午 3 時\n", "102")]
    public void ARunningCountOfAnySizeImportsWithItsNumberAndRendersBack(string text, string id)
    {
        var (_, _, c) = RoundTrip(text, id, text.Split('\n')[0]);
        Assert.Equal(MeetingNumbering.Running, c.Records[0].Numbering);
        Assert.NotNull(c.Records[0].Chair);
        Assert.NotNull(c.Records[0].Recorder);
    }

    // ---- A-k2: an ordinal followed by a digit ----

    [Theory]
    [InlineData("114 年度測試工作圈第 2 次會議紀錄\n壹、時間：114 年 3 月 7 日（星期五）上午 10 時\n貳、地點：本處會議室\n參、主席：王處長　　紀錄：李小華\n肆、報告事項\n1.上季工作已完成。\n2.115年1月起由基隆市主責。\n3.2026年度預算另案提報。\n伍、散會：上午 11 時\n", "114-2", "", 3)]
    [InlineData("113 年度測試交通小組第 4 次會議紀錄\n壹、時間：113 年 10 月 4 日（星期五）下午 2 時\n貳、地點：新北市政府 28 樓\n參、主席：林主任　　紀錄：陳小美\n肆、討論事項\n案由：公車轉乘優惠延續案。\n說明：\n1.114年1月1日起延續實施。\n2.113年度補助款已撥付。\n決議：照案通過。\n伍、散會：下午 3 時\n", "113-4", "說明", 2)]
    [InlineData("114 年度測試衛生小組第 1 次會議紀錄\n壹、時間：114 年 2 月 14 日（星期五）上午 9 時\n貳、地點：桃園市政府衛生局\n參、主席：張局長　　紀錄：王小明\n肆、報告事項\n1.114年3月起擴大篩檢。\n2.2月底前回報名單。\n3.4月起每月回報 1 次。\n伍、散會：上午 10 時\n", "114-1", "", 3)]
    public void AnOrdinalBeforeADigitStartsItsItem(string text, string id, string field, int items)
    {
        var (_, _, c) = RoundTrip(text, id, text.Split('\n')[0]);
        var part = c.Records[0].Parts.Single(p => p.Content.Length > 0);
        var list = field.Length == 0
            ? Assert.IsType<ListBlock>(Assert.Single(part.Content))
            : part.Content.OfType<AgendaItemBlock>().Single().Content.OfType<FieldBlock>().Single(f => f.Label == field).Content.OfType<ListBlock>().Single();
        Assert.Equal(items, list.Items.Length);
    }

    // ---- A-k4: ISO dates and hh:mm:ss times ----

    [Theory]
    [InlineData("測試市公車營運評鑑會第 4 次會議紀錄\n日期：2025-03-07\n時間：14:00:00\n地點：本府會議室\n主席：王主任小明\n紀錄：李小華\n報告事項：無。\n", "4", 2025, 3, 7)]
    [InlineData("測試區環境保護聯繫會報第 27 次會議紀錄\n日期：2024-11-20\n時間：13:30\n地點：區公所 5 樓\n主席：陳區長\n紀錄：林小芳\n討論事項：垃圾清運時段調整，照案通過。\n散會：15:00\n", "27", 2024, 11, 20)]
    [InlineData("測試國小午餐供應會第 3 次會議紀錄\n時間：2025-04-16 09:30\n地點：本校會議室\n主席：林校長美玉\n紀錄：張小雯\n報告事項：四月菜單已公告。\n", "3", 2025, 4, 16)]
    public void AnIsoDateAndAClockTimeAreRead(string text, string id, int y, int m, int d)
    {
        var (_, _, c) = RoundTrip(text, id, text.Split('\n')[0]);
        Assert.Equal(new DateOnly(y, m, d), c.Records[0].Date!.Value.ToDate());
        Assert.NotNull(c.Records[0].Start);
    }

    // ---- A-k5: spaced headings scope their lists; spaced labels keep their spaces ----

    [Theory]
    [InlineData("報 告 事 項", "討 論 事 項", "紀　錄：林小美", "一、", "二、")]
    [InlineData("報　告　事　項", "臨　時　動　議", "紀  錄：陳小華", "(一)", "(二)")]
    [InlineData("業 務 報 告", "提 案 討 論", "記　錄：黃小玲", "1.", "2.")]
    public void SpacedHeadingsScopeTheirListsAndSpacedLabelsRenderAsWritten(string first, string second, string recorder, string one, string two)
    {
        string text =
            "測試市停車管理委員會第 7 次會議紀錄\n時　間：114 年 3 月 7 日（星期五）下午 2 時\n地　點：本府會議室\n主　席：張主任委員\n" + recorder + "\n"
            + $"{first}\n{one}宣讀上次會議紀錄。\n{two}業務報告。\n{second}\n{one}費率調整案，請議決案。\n決議：照案通過。\n";
        var (_, _, c) = RoundTrip(text, "7", "測試市停車管理委員會第 7 次會議紀錄");
        Assert.Equal("時　間：114 年 3 月 7 日（星期五）下午 2 時", Repo.RenderTxt(c).Split('\n')[2]);
        Assert.Equal(2, Assert.IsType<ListBlock>(c.Records[0].Parts[4].Content.Single()).Items.Length);
    }

    // ---- A-k6: labels without a colon render without one (@無冒號) ----

    [Theory]
    [InlineData("測試市都市計畫委員會第 3 次委員會議紀錄（都市發展局彙整）\n\n時  間 中華民國114年3月7日(星期五)14時30分\n\n地  點 本府 8 樓會議室\n\n主  席 王主任委員小明\n", "3", "時間、地點、主席")]
    [InlineData("測試縣環境影響評估審查委員會第 12 次會議紀錄\n時　間　114 年 3 月 7 日（星期五）下午 2 時\n地　點　本府第一會議室\n主　席　張主任委員\n紀　錄　林小美\n審議事項：「測試縣焚化廠整建計畫」，修正後通過。\n", "12", "時間、地點、主席、紀錄")]
    [InlineData("測試縣區域計畫委員會第 9 次委員會議紀錄\n壹、時  間 中華民國114年3月7日(星期五)9時30分\n貳、地  點 本府 3 樓會議室\n參、主  席 陳主任委員大同\n肆、報告事項：無。\n", "9", "時間、地點、主席")]
    public void LabelsWithoutAColonKeepNoColon(string text, string id, string labels)
    {
        var (record, result, c) = RoundTrip(text, id, text.Split('\n')[0]);
        Assert.Contains($"\n@無冒號 {labels}\n", record.Text);
        Assert.Equal(labels.Split('、').Length, result.Diagnostics.Count(d => d.Code == "ML0422"));
        Assert.Equal(new DateOnly(2025, 3, 7), c.Records[0].Date!.Value.ToDate());
        Assert.All(labels.Split('、'), l => Assert.DoesNotContain(l + "：", Letters(Repo.RenderTxt(c))));
    }

    // ---- B01: a wrapped value whose lines meet at Latin words ----

    [Theory]
    [InlineData("肆、報告事項：本季由桃園市主責，相關經費已於上月\n撥付完畢，請各市於月底前回報 Google\nWorkspace 帳號使用情形及 ISO\n27001 稽核結果。\n", "Google Workspace", "ISO 27001")]
    [InlineData("肆、報告事項：各市已完成 Microsoft Teams 與視訊設備之測試作業，下月起改以\nMicrosoft\nTeams 召開，另請各市確認 VPN 帳號與\nIPv6 位址設定並回報。\n", "Microsoft Teams 召開", "VPN 帳號與IPv6")]
    public void AWrappedValueIsJoinedWithASpaceOnlyBetweenLatinWords(string report, string joined, string other)
    {
        string text = "114 年度測試小組第 1 次會議紀錄\n壹、時間：114 年 3 月 7 日（星期五）上午 10 時\n貳、地點：本局會議室\n參、主席：王主任小明　　紀錄：李小華\n" + report + "伍、散會：上午 11 時\n";
        var (_, _, c) = RoundTrip(text, "114-1", "114 年度測試小組第 1 次會議紀錄");
        string value = c.Records[0].Parts.Single(p => p.Name == "報告事項").Value.ToText();
        Assert.Contains(joined, value);
        Assert.Contains(other, value);
        Assert.Empty(c.Records[0].Parts.Single(p => p.Name == "報告事項").Content);
    }

    // ---- B07b: a byte-order mark; a weekday the original prints wrong is kept, and the record still checks ----

    [Theory]
    [InlineData("\uFEFF114 年度測試工作圈第 3 次會議紀錄\n壹、時間：114 年 3 月 7 日（星期五）上午 10 時\n貳、地點：本處會議室\n參、主席：王處長　　紀錄：李小華\n肆、報告事項：經費已撥付完畢。\n伍、散會：上午 11 時\n", "114-3", null)]
    [InlineData("\uFEFF114 年度測試小組第 1 次會議紀錄\n壹、時間：114 年 3 月 7 日（星期四）上午 10 時\n貳、地點：本局會議室\n參、主席：王主任小明　　紀錄：李小華\n肆、報告事項：經費已撥付完畢。\n伍、散會：上午 11 時\n", "114-1", "星期四")]
    [InlineData("\uFEFF測試市交通委員會第 58 次會議紀錄\n時間：114 年 6 月 6 日（週四）下午 2 時\n地點：本府會議室\n主席：王主任委員\n紀錄：李小華\n報告事項：無。\n", "58", "週四")]
    public void AByteOrderMarkIsNoTextAndAWrongWeekdayIsKeptAsPublished(string text, string id, string? wrong)
    {
        var (record, result, c) = RoundTrip(text, id, text.TrimStart('\uFEFF').Split('\n')[0]);
        Assert.DoesNotContain('\uFEFF', record.Text);
        Assert.Equal(wrong is not null, result.Diagnostics.Any(d => d.Code == "ML0403"));
        // the weekday as published, ML0103 suppressed with the reason on the line above (minutes check lists it as suppressed)
        Assert.Equal(wrong is not null, c.Diagnostics.Any(d => d.Code == "ML0103"));
        if (wrong is not null) Assert.Contains($"// minutes-disable-next-line ML0103: the original prints {wrong} for", record.Text);
    }

    // ---- the recorder's line, with text after it, keeps its place and loses nothing ----

    [Theory]
    [InlineData("紀錄：李小華　　　　　　主席：王大明", "李小華", "王大明", true)]
    [InlineData("記錄：張三（分機1234）　　主席：王主任委員大明", "張三（分機1234）", "王主任委員大明", true)]
    [InlineData("主席：王主任委員大明　　　紀錄：張三（分機1234）", "張三（分機1234）", "王主任委員大明", true)]
    [InlineData("主　席：王大明　　紀　錄：李小華", "李小華", "王大明", true)]
    public void ARecorderSharingTheChairsLineStaysOnIt(string line, string recorder, string chair, bool beside)
    {
        string text = $"測試市交通委員會第 31 次會議紀錄\n時間：114 年 3 月 7 日（星期五）上午 10 時\n地點：本府會議室\n{line}\n報 告 事 項\n一、宣讀上次會議紀錄。\n散會：上午 11 時\n";
        var (record, _, c) = RoundTrip(text, "31", "測試市交通委員會第 31 次會議紀錄");
        Assert.Equal(recorder, c.Records[0].Recorder);
        Assert.Equal(chair, c.Records[0].Chair);
        Assert.Equal(beside, record.Text.Contains("\n@紀錄同行\n"));
        Assert.Equal(beside, c.Records[0].Layout.RecorderBesideChair);

        // printed where it stood: on the third line of the header, the two in the original's order
        Assert.Equal(Letters(line), Letters(Repo.RenderTxt(c).Split("\n\n")[3]));
    }

    [Theory]
    [InlineData("參、主席：王主任委員大明\n記錄：張三（分機1234）\n", "張三（分機1234）")]
    [InlineData("參、主席：王主任委員大明\n紀錄：李小華（本局秘書室）　電話：2720-8889\n", "李小華（本局秘書室）　電話：2720-8889")]
    public void ARecorderOnItsOwnLineWithTextAfterItStaysThere(string lines, string recorder)
    {
        string text = $"114 年度測試小組第 2 次會議紀錄\n壹、時間：114 年 6 月 6 日（星期五）上午 10 時\n貳、地點：本局會議室\n{lines}肆、報告事項：無。\n伍、散會：上午 11 時\n";
        var (record, _, c) = RoundTrip(text, "114-2", "114 年度測試小組第 2 次會議紀錄");
        Assert.Equal(Letters(recorder), Letters(c.Records[0].Recorder!));
        Assert.DoesNotContain("@紀錄同行", record.Text);
        var parts = c.Records[0].Parts.Select(p => p.Name).ToList();
        Assert.Equal(parts.IndexOf("主席") + 1, parts.FindIndex(p => p is "紀錄" or "記錄"));
    }

    // ---- the layout directives: what they print, ML0423, and minutes new ----

    private const string Header = "# 測試市都市計畫委員會第 3 次委員會議紀錄\n時　間：中華民國114年3月7日(星期五)14時30分\n地　點：本府 8 樓會議室\n";

    [Theory]
    [InlineData("@無冒號 時間、地點\n", "時　間　中華民國114年3月7日(星期五)14時30分", "地　點　本府 8 樓會議室")]
    [InlineData("@no-colon 時間 地點\n", "時　間　中華民國114年3月7日(星期五)14時30分", "地　點　本府 8 樓會議室")]
    [InlineData("@無冒號 時間\n", "時　間　中華民國114年3月7日(星期五)14時30分", "地　點：本府 8 樓會議室")]
    [InlineData("", "時　間：中華民國114年3月7日(星期五)14時30分", "地　點：本府 8 樓會議室")]
    public void NoColonPrintsTheLabelsItNamesWithoutTheirColonInEveryFormat(string directive, string when, string where)
    {
        var c = Compilation.Create(null, [Parser.Parse("@meeting 3\n" + directive + Header + "報告事項：\n  說明：依規定辦理。\n", "3.minutes")]);
        Assert.Empty(c.Diagnostics);
        string txt = Repo.RenderTxt(c);
        Assert.Contains("\n" + when + "\n", txt);
        Assert.Contains("\n" + where + "\n", txt);
        Assert.Contains("說明：依規定辦理。", txt); // a label it does not name keeps its colon

        var model = new MinutesLang.Rendering.RenderModelBuilder(c.Series).Build(c.Records[0]);
        foreach (var format in new[] { "html", "md" })
        {
            // the label and what parts it from the value, as the plain text prints them (md escapes the brackets of the date)
            string output = new MinutesLang.Rendering.TemplateRenderer(Repo.Templates, format).Render(model);
            Assert.Contains(when[..6], output);
            Assert.Contains(where[..6], output);
        }
    }

    [Fact]
    public void NoColonAppliesToAFieldBelowAPartToo()
    {
        var c = Compilation.Create(null, [Parser.Parse("@meeting 3\n@無冒號 說明\n" + Header + "報告事項：\n  說明：依規定辦理。\n", "3.minutes")]);
        Assert.Empty(c.Diagnostics);
        Assert.Contains("\n  說明　依規定辦理。\n", Repo.RenderTxt(c));
    }

    [Theory]
    [InlineData("* 主席：王大明\n紀錄：李小華\n", "參、主席：王大明　　紀錄：李小華")]
    [InlineData("紀錄：李小華\n* 主席：王大明\n", "紀錄：李小華　　參、主席：王大明")]
    [InlineData("主席：王大明\n記錄：李小華\n", "主席：王大明　　記錄：李小華")]
    public void RecorderBesideChairPrintsTheTwoOnOneLineInTheirOrder(string lines, string printed)
    {
        string text = "@meeting 114-1\n@紀錄同行\n# 114 年度測試小組第 1 次會議紀錄\n* 時間：114 年 3 月 7 日（星期五）上午 10 時\n* 地點：本局會議室\n" + lines + "* 報告事項：無。\n";
        var c = Compilation.Create(null, [Parser.Parse(text, "114-1.minutes")]);
        Assert.DoesNotContain(c.Diagnostics, d => d.Code == "ML0423" || d.Severity == DiagnosticSeverity.Error); // 記錄 is ML0252, a warning
        string txt = Repo.RenderTxt(c);
        Assert.Contains("\n" + printed + "\n", txt);
        Assert.DoesNotContain("\n紀錄：李小華\n", txt);
        Assert.DoesNotContain("\n記錄：李小華\n", txt);

        // without the directive, the plain text keeps the recorder on a line of its own, as the seeds' originals do
        var official = Compilation.Create(null, [Parser.Parse(text.Replace("@紀錄同行\n", ""), "114-1.minutes")]);
        Assert.Contains(lines.Contains("記錄") ? "\n記錄：李小華\n" : "\n紀錄：李小華\n", Repo.RenderTxt(official));
    }

    [Theory]
    [InlineData("@無冒號 時間、會場\n", Header + "主　席：王大明\n紀錄：李小華\n", "names 會場")]
    [InlineData("@無冒號\n", Header, "ML0106")]
    [InlineData("@紀錄同行\n", Header + "主　席：王大明\n", "no part 紀錄")]
    [InlineData("@紀錄同行\n", Header + "紀錄：李小華\n", "no part 主席")]
    [InlineData("@recorder-beside-chair\n", Header + "主　席：王大明\n* 報告事項：無。\n紀錄：李小華\n", "other parts between them")]
    [InlineData("@紀錄同行\n", Header + "主　席：王大明\n紀錄：李小華\n  說明：另附名冊。\n", "lines below it")]
    public void ALayoutDirectiveThatChangesNothingIsReportedAtIt(string directive, string body, string expected)
    {
        var c = Compilation.Create(null, [Parser.Parse("@meeting 3\n" + directive + body, "3.minutes")]);
        var d = Assert.Single(c.Diagnostics, d => d.Code is "ML0423" or "ML0106");
        Assert.Equal(2, d.Source.GetLineColumn(d.Span.Start).Line);
        Assert.True(d.Code == expected || d.Message.Contains(expected, StringComparison.Ordinal), d.Message);
        if (d.Code == "ML0423") Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
    }

    [Fact]
    public void TheExamplesOfTheML0423PageRaiseItAndTheFixDoesNot()
    {
        string page = File.ReadAllText(Path.Combine(Repo.Root, "docs", "diagnostics", "ML0423.md"));
        var blocks = System.Text.RegularExpressions.Regex.Matches(page, "```minutes\n(.*?)```", System.Text.RegularExpressions.RegexOptions.Singleline).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(2, blocks.Count);
        Assert.Equal(2, Compilation.Create(null, [Parser.Parse(blocks[0], "3.minutes")]).Diagnostics.Count(d => d.Code == "ML0423"));
        var fixedOne = Compilation.Create(null, [Parser.Parse(blocks[1], "3.minutes")]);
        Assert.Empty(fixedOne.Diagnostics);
        string txt = Repo.RenderTxt(fixedOne);
        Assert.Contains("\n時　間　中華民國114年3月7日(星期五)14時30分\n", txt);
        Assert.Contains("\n主　席：王主任委員小明　　紀　錄：李小華\n", txt);
    }

    [Fact]
    public void NewContinuesTheLayoutOfTheLastRecord()
    {
        string last = "@meeting 144\n@無冒號 時間、地點、主席、報告事項\n@紀錄同行\n# 測試市都市計畫委員會第 144 次會議紀錄\n時　間：114 年 3 月 7 日（星期五）下午 2 時\n地　點：本府會議室\n主　席：王主任委員\n紀　錄：李專員\n報告事項：無。\n";
        var c = Compilation.Create(Parser.Parse("", "series.minutes"), [Parser.Parse(last, "144.minutes")]);
        var draft = NextRecord.Create(c, new DateOnly(2025, 4, 11));
        Assert.StartsWith("@meeting 145\n@無冒號 時間、地點、主席\n@紀錄同行\n# ", draft.Text);

        // the draft's own parts take them: no ML0423, only its placeholders
        var both = Compilation.Create(Parser.Parse("", "series.minutes"), [Parser.Parse(last, "144.minutes"), Parser.Parse(draft.Text, draft.FileName)]);
        Assert.Equal(["ML0114"], both.Diagnostics.Select(d => d.Code).Distinct());
        Assert.True(both.Records.Single(r => r.Id == "145").Layout.RecorderBesideChair);
    }

    [Fact]
    public void TheGuidesHeaderWithoutColonsImportsToTheRecordItShowsAndRendersBack()
    {
        string guide = File.ReadAllText(Path.Combine(Repo.Root, "grammar", "GUIDE.md")).Replace("\r\n", "\n");
        string section = guide[guide.IndexOf("### How the original prints its header", StringComparison.Ordinal)..];
        var original = System.Text.RegularExpressions.Regex.Match(section, @"\n\n((?:    .*\n)+)");
        string text = string.Concat(original.Groups[1].Value.Split('\n').Where(l => l.Length > 0).Select(l => l[4..] + "\n"));
        string shown = System.Text.RegularExpressions.Regex.Match(section, "```\n(@meeting 3\n.*?)```", System.Text.RegularExpressions.RegexOptions.Singleline).Groups[1].Value;
        Assert.StartsWith("測試市都市計畫委員會", text);

        var (record, result, c) = RoundTrip(text, "3", "測試市都市計畫委員會第 3 次委員會議紀錄");
        Assert.Equal(shown, record.Text);
        Assert.Equal(4, result.Diagnostics.Count(d => d.Code == "ML0422"));
        Assert.Equal(text, Repo.RenderTxt(c).Replace("\n\n", "\n"));
    }

    private static string Letters(string s) => string.Concat(s.Where(c => !char.IsWhiteSpace(c)));
}
