using MinutesLang.Diagnostics;
using MinutesLang.Import;
using MinutesLang.Parsing;
using MinutesLang.Semantics;
using MinutesLang.Text;

namespace MinutesLang.Tests;

/// <summary>
/// Issue 12 §4: the layouts of other bodies' minutes (spaced and colon-less labels, headings on a
/// line of their own, an ordinal followed by a digit, page numbers and running headers, the
/// recorder's line, wrapped and run-on lines). Each test stands for a kind of layout and varies
/// the body, the label, the spacing and the ordinal style; every text imports to a record that
/// checks without an error and renders back to the text (seed-compare's normalisation), except
/// where the importer says what differs (ML0421 page furniture left out).
/// </summary>
public sealed class ImportLayoutTests
{
    private static readonly string[] NumberingDefects = ["ML0400", "ML0401", "ML0402"];

    private static (ImportedRecord Record, ImportResult Result, Compilation Compiled) ImportOne(string text, bool sameText = true)
    {
        var source = text.StartsWith('\uFEFF') ? SourceText.FromBytes(System.Text.Encoding.UTF8.GetBytes(text), "body.txt") : SourceText.From(text, "body.txt");
        var result = Importer.Import(source);
        var record = Assert.Single(result.Records);
        var compiled = Compilation.Create(null, [Parser.Parse(record.Text, record.FileName)]);
        Assert.DoesNotContain(compiled.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        if (sameText) Assert.Null(Compare(text, Repo.RenderTxt(compiled)));
        return (record, result, compiled);
    }

    /// <summary>
    /// seed-compare's comparison, with the recorder's label read as the importer reads it: spaced
    /// out (紀　錄：) or printed beside the chair (主席：…　　紀錄：…) on either side.
    /// </summary>
    private static string? Compare(string original, string rendered)
    {
        static string Recorder(string s) =>
            System.Text.RegularExpressions.Regex.Replace(
                System.Text.RegularExpressions.Regex.Replace(s, "([紀記])[ \u3000]*錄[ \u3000]*([：:])", "$1錄$2"),
                "[ \u3000]{2,}([紀記]錄[：:])", "\n$1");
        return SeedNormalizer.Compare(Recorder(original), Recorder(rendered));
    }

    private static string Letters(string s) => string.Concat(s.Where(c => !char.IsWhiteSpace(c)));

    // ---- 1. spaced and colon-less labels and headings ----

    [Theory]
    [InlineData("時　間：114 年 3 月 7 日（星期五）上午 10 時", "地　點：本府會議室", "主　席：王主任委員小明")]
    [InlineData("時 間：114 年 3 月 7 日（星期五）上午 10 時", "地 點：本府會議室", "主 席：王主任委員小明")]
    [InlineData("時　　間：2025-03-07 10:00", "地　　點：本所二樓禮堂", "主　　席：陳會長大同")]
    [InlineData("時　　間：中華民國一百十四年三月七日上午十時", "地　　點：本校圖書館", "主　　席：林校長美玉")]
    public void SpacedLabelsAreFieldsAndTheTitleKeepsToItsLine(string when, string where, string chair)
    {
        const string title = "測試市交通委員會第 3 次會議紀錄";
        string text = $"{title}\n{when}\n{where}\n{chair}\n紀　錄：李小華\n報告事項：無。\n";
        var (record, result, compiled) = ImportOne(text);
        Assert.Equal("3", record.Id);
        Assert.Equal(title, compiled.Records[0].Title);
        Assert.Equal(new DateOnly(2025, 3, 7), compiled.Records[0].Date!.Value.ToDate());
        Assert.Equal(Letters(where[(where.IndexOf('：') + 1)..]), compiled.Records[0].Place);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code is "ML0404" or "ML0405");
    }

    [Theory]
    [InlineData("測試市都市計畫委員會第 3 次委員會議紀錄（都市發展局彙整）", "\n", "時  間 中華民國114年3月7日(星期五)14時30分", "地  點 本府 8 樓會議室", "主  席 王主任委員小明", "3")]
    [InlineData("測試縣環境影響評估審查委員會第 12 次會議紀錄", "", "時　間　114 年 3 月 7 日（星期五）下午 2 時", "地　點　本府第一會議室", "主　席　張主任委員", "12")]
    [InlineData("114 年度測試國中課程發展委員會第 2 次會議紀錄", "", "時間 2025-03-07 10:00", "地點 本校會議室", "主席 林校長美玉", "114-2")]
    [InlineData("測試市都市計畫委員會第 560 次會議紀錄", "\n", "時間 114年3月7日上午9時30分", "地點 市府 12 樓", "主席 王主任委員", "560")]
    public void LabelsWithoutAColonAreReadAsTheirFieldsWithANoteAtEach(string title, string gap, string when, string where, string chair, string id)
    {
        string text = $"{title}\n{gap}{when}\n{gap}{where}\n{gap}{chair}\n";
        var (record, result, compiled) = ImportOne(text);
        Assert.Equal(id, record.Id);
        var r = compiled.Records[0];
        Assert.Equal(title, r.Title);
        Assert.Equal(new DateOnly(2025, 3, 7), r.Date!.Value.ToDate());
        Assert.NotNull(r.Place);
        Assert.NotNull(r.Chair);

        // one ML0422 at each label, a warning at the label's line; the render has no colon either (@無冒號)
        var notes = result.Diagnostics.Where(d => d.Code == "ML0422").ToList();
        Assert.Equal(3, notes.Count);
        Assert.All(notes, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
        var lines = text.Split('\n');
        Assert.Equal(
            [Array.IndexOf(lines, when) + 1, Array.IndexOf(lines, where) + 1, Array.IndexOf(lines, chair) + 1],
            notes.Select(d => d.Source.GetLineColumn(d.Span.Start).Line));
        Assert.Equal(Letters(text), Letters(Repo.RenderTxt(compiled)));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code is "ML0404" or "ML0405");
    }

    [Theory]
    [InlineData("報 告 事 項", "討 論 事 項", "一、", "二、")]
    [InlineData("報告事項", "討論事項", "一、", "二、")]
    [InlineData("報　告　事　項", "臨　時　動　議", "(一)", "(二)")]
    [InlineData("業 務 報 告", "提 案 討 論", "1.", "2.")]
    public void HeadingsOnTheirOwnLineArePartsThatScopeTheirLists(string first, string second, string one, string two)
    {
        string text =
            "測試市交通委員會第 3 次會議紀錄\n時　間：114 年 3 月 7 日（星期五）上午 10 時\n地　點：本府會議室\n主　席：王主任委員小明\n紀　錄：李小華\n"
            + $"{first}\n{one}宣讀上次會議紀錄。\n{two}業務報告。\n{second}\n{one}號誌時制調整案，請議決案。\n決議：照案通過。\n";
        var (_, result, compiled) = ImportOne(text);
        Assert.DoesNotContain(result.Diagnostics, d => NumberingDefects.Contains(d.Code));
        var parts = compiled.Records[0].Parts;
        Assert.Equal(6, parts.Length);
        Assert.Equal(["時間", "地點", "主席", "紀錄"], parts.Take(4).Select(p => Letters(p.Label ?? "")));
        Assert.Equal(Letters(first), Letters(parts[4].Value.ToText()));
        Assert.Equal(Letters(second), Letters(parts[5].Value.ToText()));
        Assert.Equal(2, Assert.IsType<ListBlock>(parts[4].Content.Single()).Items.Length);
        Assert.Single(Assert.IsType<ListBlock>(parts[5].Content[0]).Items);
    }

    [Fact]
    public void ANumberingDefectUnderAHeadingIsStillReportedThereAndOnlyThere()
    {
        string text =
            "測試國小家長會第 2 次會議紀錄\n時間：114 年 3 月 7 日（星期五）上午 10 時\n地點：本校會議室\n主席：陳會長大同\n"
            + "報 告 事 項\n一、會務報告。\n二、財務報告。\n二、活動報告。\n討 論 事 項\n一、畢業典禮案。\n二、園遊會案。\n";
        var (_, result, _) = ImportOne(text);
        var defect = Assert.Single(result.Diagnostics, d => NumberingDefects.Contains(d.Code));
        Assert.Equal("ML0400", defect.Code);
        Assert.Equal(8, defect.Source.GetLineColumn(defect.Span.Start).Line);
    }

    [Fact]
    public void AgendaItemsScopeTheListsOfTheirFields()
    {
        string text =
            "114 年度測試小組第 1 次會議紀錄\n壹、時間：114 年 3 月 7 日（星期五）上午 10 時\n貳、討論事項\n"
            + "案由一：經費分攤案。\n說明：\n一、依協議辦理。\n二、請各市編列。\n決議：照案通過。\n"
            + "案由二：場地輪辦案。\n說明：\n一、本季由桃園市主辦。\n決議：\n一、照案通過。\n二、下季由新北市主辦。\n";
        var (_, result, _) = ImportOne(text);
        Assert.DoesNotContain(result.Diagnostics, d => NumberingDefects.Contains(d.Code));
    }

    // ---- 2. an ordinal followed by a digit ----

    [Theory]
    [InlineData("1.本季經費已撥付完畢。", "2.114年4月1日起改由桃園市主責。", "3.115年度計畫另案提報。")]
    [InlineData("1.114年3月起試辦。", "2.2025年起全面實施。", "3.12月底前提報成果。")]
    [InlineData("1.本季經費已撥付完畢。", "2.3月底前回報。", "3.4.5兩月另案提報。")]
    public void AnOrdinalFollowedByADigitIsAnItemNotADecimal(string a, string b, string c)
    {
        string text = $"114 年度測試小組第 1 次會議紀錄\n壹、時間：114 年 3 月 7 日（星期五）上午 10 時\n貳、報告事項\n{a}\n{b}\n{c}\n參、散會：上午 11 時\n";
        var (_, result, compiled) = ImportOne(text);
        var list = Assert.IsType<ListBlock>(Assert.Single(compiled.Records[0].Parts[1].Content));
        Assert.Equal(3, list.Items.Length);
        Assert.StartsWith(b[2..4], list.Items[1].Text.ToText());
        Assert.DoesNotContain(result.Diagnostics, d => NumberingDefects.Contains(d.Code));
    }

    [Fact]
    public void ADecimalThatContinuesNoListStaysText()
    {
        string text = "114 年度測試小組第 1 次會議紀錄\n壹、時間：114 年 3 月 7 日（星期五）上午 10 時\n貳、報告事項：\n2.5 億元由中央補助。\n";
        var (_, _, compiled) = ImportOne(text);
        Assert.DoesNotContain(compiled.Records[0].Parts[1].Content, b => b is ListBlock);
    }

    // ---- 3. page numbers, footers and running headers ----

    [Theory]
    [InlineData("- 2 -")]
    [InlineData("第 1 頁，共 3 頁")]
    [InlineData("1/3")]
    [InlineData("Page 1 of 3")]
    public void PageNumbersAreLeftOutWithANoteAndAreNoOrdinals(string footer)
    {
        string text =
            "114 年度測試小組第 1 次會議紀錄\n壹、時間：114 年 3 月 7 日（星期五）上午 10 時\n貳、報告事項\n一、本季經費已撥付完畢，請各市於月底前回報\n"
            + $"{footer}\n\f114 年度測試小組第 1 次會議紀錄\n執行情形。\n二、下季由新北市主責。\n參、散會：上午 11 時\n";
        var (_, result, compiled) = ImportOne(text, sameText: false);
        var notes = result.Diagnostics.Where(d => d.Code == "ML0421").ToList();
        Assert.Equal([5, 6], notes.Select(d => d.Source.GetLineColumn(d.Span.Start).Line));
        Assert.Contains("running header", notes[1].Message);
        Assert.DoesNotContain(result.Diagnostics, d => NumberingDefects.Contains(d.Code) || d.Code == "ML0404");

        // the render is the text without the footer and the repeated title; the wrapped item is one
        string expected = text.Replace(footer + "\n", "").Replace("\f114 年度測試小組第 1 次會議紀錄\n", "");
        Assert.Null(Compare(expected, Repo.RenderTxt(compiled)));
        var list = Assert.IsType<ListBlock>(Assert.Single(compiled.Records[0].Parts[1].Content));
        Assert.Equal(2, list.Items.Length);
        Assert.EndsWith("執行情形。", list.Items[0].Text.ToText());
    }

    // ---- 4. the recorder's line stays where it stood ----

    [Theory]
    [InlineData("紀　錄：李小華", "報 告 事 項")]
    [InlineData("記錄：陳小美", "報告事項")]
    [InlineData("紀  錄 李小華", "業 務 報 告")]
    public void TheRecorderStaysWhereItStood(string recorder, string heading)
    {
        string text = $"測試市交通委員會第 3 次會議紀錄\n時　間：114 年 3 月 7 日（星期五）上午 10 時\n主　席：王主任委員小明\n{recorder}\n{heading}\n一、宣讀上次會議紀錄。\n散會：上午 11 時\n";
        var (_, _, compiled) = ImportOne(text);
        var parts = compiled.Records[0].Parts;
        int at = parts.ToList().FindIndex(p => Letters(p.Label ?? "") is "紀錄" or "記錄");
        Assert.Equal(2, at);
        Assert.Equal(Letters(heading), Letters(parts[3].Value.ToText()));
        Assert.Equal("散會", parts[^1].Name);
    }

    // ---- 6. wrapped lines and run-on text ----

    [Fact]
    public void AWrappedValueOfAPartIsJoined()
    {
        string text =
            "114 年度測試小組第 1 次會議紀錄\n壹、時間：114 年 3 月 7 日（星期五）上午 10 時\n貳、報告事項：本季由桃園市主責，相關經費已於上月\n"
            + "撥付完畢，請各市於月底前回報 Google\nWorkspace 帳號使用情形及 ISO\n27001 稽核結果。\n參、散會：上午 11 時\n";
        var (_, _, compiled) = ImportOne(text);
        var part = compiled.Records[0].Parts[1];
        Assert.Empty(part.Content);
        Assert.EndsWith("Google Workspace 帳號使用情形及 ISO 27001 稽核結果。", part.Value.ToText());
    }

    [Fact]
    public void AShortLineEndingASentenceEndsItsParagraph()
    {
        string text =
            "114 年度測試小組第 1 次會議紀錄\n壹、時間：114 年 3 月 7 日（星期五）上午 10 時\n貳、報告事項：\n"
            + "本季由桃園市主責，相關經費已於上月撥付完畢，請各市於月底前\n回報帳號使用情形。\n"
            + "下季由新北市主責，請各市於下次會議前提出年度計畫與經費需\n求，以利彙整。\n參、散會：上午 11 時\n";
        var (_, _, compiled) = ImportOne(text);
        var paragraphs = compiled.Records[0].Parts[1].Content.OfType<ParagraphBlock>().ToList();
        Assert.Equal(2, paragraphs.Count);
    }

    [Theory]
    [InlineData(" ")]
    [InlineData("　")]
    [InlineData("")]
    public void ARunOnTextIsSplitAtItsLabelsAndOrdinals(string sep)
    {
        string[] lines =
        [
            "114 年度測試小組第 1 次會議紀錄", "壹、時間：114 年 3 月 7 日（星期五）上午 10 時", "貳、地點：本局會議室",
            "參、主席：王主任小明", "肆、報告事項", "一、本季經費已撥付完畢。", "二、下季由新北市主責。", "伍、討論事項",
            "案由：經費分攤案。", "說明：依協議辦理。", "決議：照案通過。", "陸、散會：上午 11 時",
        ];
        string text = string.Join(sep, lines) + "\n";
        var (record, result, compiled) = ImportOne(text, sameText: false);
        var (_, _, fromLines) = ImportOne(string.Join("\n", lines) + "\n");

        // the part ordinals (壹、) stand inside the run-on line, where seed-compare does not drop them: compared with the lines
        Assert.Null(Compare(string.Join("\n", lines) + "\n", Repo.RenderTxt(compiled)));
        Assert.Equal("114-1", record.Id);
        Assert.Equal(lines[0], compiled.Records[0].Title);
        Assert.Equal(fromLines.Records[0].Parts.Select(p => p.Name), compiled.Records[0].Parts.Select(p => p.Name));
        Assert.Equal(2, Assert.IsType<ListBlock>(compiled.Records[0].Parts[3].Content.Single()).Items.Length);
        Assert.DoesNotContain(result.Diagnostics, d => NumberingDefects.Contains(d.Code) || d.Code == "ML0404");
    }

    // ---- the cases of other bodies' layouts (issue 12), in this project's own data ----

    [Theory]
    [InlineData("測試縣環保局審查會第 215 次會議紀錄\n壹、時間：114 年 3 月 7 日（星期五）上午 10 時\n貳、地點：本局會議室\n參、主席：陳局長大同　　紀錄：林小美\n肆、報告事項：無。\n伍、散會：上午 11 時\n", "215", 0)]
    [InlineData("114 年度測試工作圈第 2 次會議紀錄\n壹、時間：114 年 3 月 7 日（星期五）上午 10 時\n貳、地點：本處會議室\n參、主席：王處長　　紀錄：李小華\n肆、報告事項\n1.上季工作已完成。\n2.115年1月起由基隆市主責。\n3.2026年度預算另案提報。\n伍、散會：上午 11 時\n", "114-2", 0)]
    [InlineData("測試市公車營運評鑑會第 4 次會議紀錄\n日期：2025-03-07\n時間：14:00:00\n地點：本府會議室\n主席：王主任小明\n紀錄：李小華\n報告事項：無。\n", "4", 0)]
    [InlineData("測試市停車管理委員會第 7 次會議紀錄\n時　間：114 年 3 月 7 日（星期五）下午 2 時\n地　點：本府會議室\n主　席：張主任委員\n紀　錄：林小美\n報 告 事 項\n一、宣讀上次會議紀錄。\n二、業務報告。\n討 論 事 項\n一、費率調整案，請議決案。\n決議：照案通過。\n", "7", 0)]
    [InlineData("測試縣區域計畫委員會第 9 次委員會議紀錄（城鄉發展處彙整）\n\n時  間 中華民國114年3月7日(星期五)9時30分\n\n地  點 本府 3 樓會議室\n\n主  席 陳主任委員大同\n", "9", 3)]
    [InlineData("\uFEFF114 年度測試工作圈第 3 次會議紀錄\n壹、時間：114 年 3 月 7 日（星期五）上午 10 時\n貳、地點：本處會議室\n參、主席：王處長　　紀錄：李小華\n肆、報告事項：經費已撥付完畢。\n伍、散會：上午 11 時\n", "114-3", 0)]
    public void TheCasesOfOtherBodiesImportWithTheirIdAndTitle(string text, string id, int coloned)
    {
        var (record, result, compiled) = ImportOne(text);
        Assert.Equal(id, record.Id);
        Assert.Equal(text.TrimStart('\uFEFF').Split('\n')[0], compiled.Records[0].Title);
        Assert.DoesNotContain(result.Diagnostics, d => NumberingDefects.Contains(d.Code) || d.Code is "ML0404" or "ML0405");
        Assert.Equal(coloned, result.Diagnostics.Count(d => d.Code == "ML0422"));
    }
}
