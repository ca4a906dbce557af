using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using MinutesLang.Cli.LanguageServer;
using MinutesLang.Cli.LanguageServer.Features;
using MinutesLang.Diagnostics;
using MinutesLang.Localization;
using MinutesLang.Semantics;

namespace MinutesLang.Tests.LanguageServer;

/// <summary>
/// The navigation features of <c>minutes lsp</c> on the seeds, through the in-process client: hover (case, code, date),
/// definition, references, rename, completion, outline, folding and semantic tokens; positions in UTF-16 code units,
/// over CRLF and supplementary characters.
/// </summary>
public sealed partial class LspNavigationTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("minutes-lsp-nav-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private string CopySeeds()
    {
        foreach (string f in Directory.EnumerateFiles(Repo.Seeds, "*.minutes")) File.Copy(f, Path.Combine(dir, Path.GetFileName(f)));
        return dir;
    }

    /// <summary>A case id written in a file, found by a plain scan of the text (no parser): its offset, the id, and whether it is the @case line's.</summary>
    internal sealed record Written(string File, int Offset, string Id, bool Declaration);

    [GeneratedRegex(@"\[\[[ \t]*([^\[\]|\r\n]*?)[ \t]*(?:\|[^\[\]\r\n]*)?\]\]")]
    private static partial Regex Link();

    /// <summary>Every case id in the .minutes files of <paramref name="folder"/> by a plain scan: @case lines, [[links]] and event directives, comments left out.</summary>
    internal static List<Written> PlainScan(string folder)
    {
        string events = string.Join('|', CaseEventKinds.Names.Select(Regex.Escape));
        var found = new List<Written>();
        foreach (string file in Directory.EnumerateFiles(folder, "*.minutes").Order(StringComparer.Ordinal))
        {
            string text = File.ReadAllText(file);
            bool series = Path.GetFileName(file) == "series.minutes";
            var directive = new Regex(series ? @"(?m)^[ \t]*@case[ \t]+(\S+)" : @"(?m)^[ \t]*@(?:" + events + @")[ \t]+(\S+)");
            foreach (Match m in directive.Matches(text)) found.Add(new Written(file, m.Groups[1].Index, m.Groups[1].Value, series));
            foreach (Match m in Link().Matches(text))
            {
                int lineStart = text.LastIndexOf('\n', Math.Max(0, m.Index - 1)) + 1;
                if (text.AsSpan(lineStart, m.Index - lineStart).TrimStart().StartsWith("//") || m.Groups[1].Length == 0) continue;
                found.Add(new Written(file, m.Groups[1].Index, m.Groups[1].Value, false));
            }
        }

        return [.. found.OrderBy(w => w.File, StringComparer.Ordinal).ThenBy(w => w.Offset)];
    }

    internal static JsonObject At(string path, string text, int offset)
    {
        var p = new LineIndex(text).PositionOf(offset);
        return new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = Documents.UriOf(path) }, ["position"] = new JsonObject { ["line"] = p.Line, ["character"] = p.Character } };
    }

    private static string TextAt(string text, JsonNode range)
    {
        var lines = new LineIndex(text);
        int start = lines.OffsetOf(new Position((int)range["start"]!["line"]!, (int)range["start"]!["character"]!));
        int end = lines.OffsetOf(new Position((int)range["end"]!["line"]!, (int)range["end"]!["character"]!));
        return text[start..end];
    }

    private static async Task<LspClient> Started(Language language = Language.En)
    {
        var client = LspClient.InProcess(new ServerOptions { Debounce = TimeSpan.FromMilliseconds(20), Language = language });
        await client.InitializeAsync();
        return client;
    }

    private static Compilation SeedSeries() =>
        Compilation.Create(Compilation.ParseFile(Path.Combine(Repo.Seeds, "series.minutes")),
            Repo.SeedNames.Select(n => Compilation.ParseFile(Path.Combine(Repo.Seeds, n + ".minutes"))));

    [Fact]
    public async Task InitializeAnnouncesTheNavigationFeaturesBesideTheOthers()
    {
        await using var client = LspClient.InProcess();
        var capabilities = (await client.InitializeAsync())["capabilities"]!;
        Assert.Equal("utf-16", capabilities["positionEncoding"]!.GetValue<string>());
        Assert.True(capabilities["documentFormattingProvider"]!.GetValue<bool>());
        foreach (string name in new[] { "hoverProvider", "definitionProvider", "referencesProvider", "documentSymbolProvider", "foldingRangeProvider" })
            Assert.True(capabilities[name]!.GetValue<bool>(), name);
        Assert.True(capabilities["renameProvider"]!["prepareProvider"]!.GetValue<bool>());
        Assert.Equal(CompletionFeature.TriggerCharacters, capabilities["completionProvider"]!["triggerCharacters"]!.AsArray().Select(t => t!.GetValue<string>()));
        Assert.Contains("[", CompletionFeature.TriggerCharacters);
        Assert.Contains("@", CompletionFeature.TriggerCharacters);
        Assert.Equal(SemanticTokensFeature.TokenTypes, capabilities["semanticTokensProvider"]!["legend"]!["tokenTypes"]!.AsArray().Select(t => t!.GetValue<string>()));
        Assert.True(capabilities["semanticTokensProvider"]!["full"]!.GetValue<bool>());
        Assert.Equal(0, await client.ShutdownAsync());
    }

    [Fact]
    public async Task EveryCaseIdOfTheSeedsGoesToItsCaseLine()
    {
        var written = PlainScan(Repo.Seeds);
        var declared = written.Where(w => w.Declaration).ToDictionary(w => w.Id, w => w.Offset);
        string seriesFile = Path.Combine(Repo.Seeds, "series.minutes"), seriesText = File.ReadAllText(seriesFile);
        Assert.True(written.Count(w => !w.Declaration) > 50, "the seeds link and track cases");
        await using var client = await Started();
        int went = 0;
        foreach (var w in written)
        {
            string text = File.ReadAllText(w.File);
            // the cursor in the id goes to the declaration; at its start and at its end too (tried on the first of each id)
            bool firstOfId = written.First(o => o.Id == w.Id && !o.Declaration) == w;
            foreach (int offset in firstOfId ? new[] { w.Offset, w.Offset + w.Id.Length / 2, w.Offset + w.Id.Length } : [w.Offset + w.Id.Length / 2])
            {
                var result = (await client.RequestAsync("textDocument/definition", At(w.File, text, offset)))["result"]!.AsArray();
                if (!declared.ContainsKey(w.Id))
                {
                    Assert.Empty(result);
                    continue;
                }

                var location = Assert.Single(result)!;
                Assert.Equal(Documents.UriOf(seriesFile), location["uri"]!.GetValue<string>());
                Assert.Equal(w.Id, TextAt(seriesText, location["range"]!));
                Assert.Equal(new LineIndex(seriesText).PositionOf(declared[w.Id]).Line, (int)location["range"]!["start"]!["line"]!);
                went++;
            }
        }

        Assert.True(went > 60, $"{went}");
        Assert.Equal(0, await client.ShutdownAsync());
    }

    [Fact]
    public async Task ReferencesAreTheOccurrencesAPlainScanFinds()
    {
        var written = PlainScan(Repo.Seeds);
        await using var client = await Started();
        var ids = written.Where(w => !w.Declaration).Select(w => w.Id).Distinct().ToList();
        Assert.True(ids.Count > 15, $"{ids.Count}");
        foreach (string id in ids)
        {
            var first = written.First(w => w.Id == id && !w.Declaration);
            string text = File.ReadAllText(first.File);
            foreach (bool withDeclaration in new[] { false, true })
            {
                var parameters = At(first.File, text, first.Offset + 1);
                parameters["context"] = new JsonObject { ["includeDeclaration"] = withDeclaration };
                var result = (await client.RequestAsync("textDocument/references", parameters))["result"]!.AsArray();
                var expected = written.Where(w => w.Id == id && (withDeclaration || !w.Declaration))
                    .Select(w => $"{Documents.UriOf(w.File)} {new LineIndex(File.ReadAllText(w.File)).PositionOf(w.Offset)}").Order().ToList();
                var actual = result.Select(l => $"{l!["uri"]} {new Position((int)l["range"]!["start"]!["line"]!, (int)l["range"]!["start"]!["character"]!)}").Order().ToList();
                Assert.Equal(expected, actual);
            }
        }

        Assert.Equal(0, await client.ShutdownAsync());
    }

    [Theory]
    [InlineData("en")]
    [InlineData("zh-TW")]
    public async Task HoverOnACaseGivesItsTitleStateAndHistoryByMeeting(string lang)
    {
        var language = Languages.Parse(lang)!.Value;
        var written = PlainScan(Repo.Seeds);
        var compilation = SeedSeries();
        var meetings = Directory.EnumerateFiles(Repo.Seeds, "*.minutes").Where(f => !f.EndsWith("series.minutes", StringComparison.Ordinal))
            .ToDictionary(f => f, f => MeetingLine().Match(File.ReadAllText(f)).Groups[1].Value);
        await using var client = await Started(language);
        foreach (var id in written.Where(w => !w.Declaration && compilation.Series.Cases.ContainsKey(w.Id)).Select(w => w.Id).Distinct())
        {
            var first = written.First(w => w.Id == id && !w.Declaration);
            string text = File.ReadAllText(first.File);
            var hover = (await client.RequestAsync("textDocument/hover", At(first.File, text, first.Offset + 1)))["result"]!;
            Assert.Equal("markdown", hover["contents"]!["kind"]!.GetValue<string>());
            Assert.Equal(id, TextAt(text, hover["range"]!));
            string value = hover["contents"]!["value"]!.GetValue<string>();
            Assert.Contains(HoverFeature.Escape(compilation.Series.Cases[id].Title), value);
            var life = compilation.Context.Cases.Lives.First(l => l.Id == id);
            Assert.Contains(HoverFeature.StateOf(life.Status, language), value);
            foreach (var file in written.Where(w => w.Id == id && !w.Declaration).Select(w => w.File).Distinct())
                Assert.Contains($"| {meetings[file]} |", value);
            Assert.Contains(language == Language.ZhTw ? "| 會議 | 事件 |" : "| Meeting | Event |", value);
        }

        // two cases whose state the seeds make plain: 學校交流 delisted at 114-1, 綠碳匯 still tracked
        string record = Path.Combine(Repo.Seeds, "114-1.minutes"), recordText = File.ReadAllText(record);
        string delisted = (await client.RequestAsync("textDocument/hover", At(record, recordText, recordText.IndexOf("@解列 學校交流", StringComparison.Ordinal) + 5)))["result"]!["contents"]!["value"]!.GetValue<string>();
        Assert.Contains(language == Language.ZhTw ? "狀態：已解列" : "State: delisted (解列)", delisted);
        Assert.Contains(language == Language.ZhTw ? "| 114-1 | 解列 |" : "| 114-1 | 解列 (delisted) |", delisted);
        string tracked = (await client.RequestAsync("textDocument/hover", At(record, recordText, recordText.IndexOf("@列管 綠碳匯", StringComparison.Ordinal) + 5)))["result"]!["contents"]!["value"]!.GetValue<string>();
        Assert.Contains(language == Language.ZhTw ? "狀態：列管中" : "State: tracked (列管)", tracked);

        // the declaration itself hovers the same way; a word that is no case id has no hover
        string seriesFile = Path.Combine(Repo.Seeds, "series.minutes"), seriesText = File.ReadAllText(seriesFile);
        var onDeclaration = (await client.RequestAsync("textDocument/hover", At(seriesFile, seriesText, seriesText.IndexOf("@case 綠碳匯", StringComparison.Ordinal) + 7)))["result"]!;
        Assert.Contains(HoverFeature.Escape(compilation.Series.Cases["綠碳匯"].Title), onDeclaration["contents"]!["value"]!.GetValue<string>());
        Assert.Null((await client.RequestAsync("textDocument/hover", At(record, recordText, recordText.IndexOf("主席", StringComparison.Ordinal))))["result"]);
        Assert.Equal(0, await client.ShutdownAsync());
    }

    [GeneratedRegex(@"(?m)^@meeting[ \t]+(\S+)")]
    private static partial Regex MeetingLine();

    [Theory]
    [InlineData("en")]
    [InlineData("zh-TW")]
    public async Task HoverOnACodeInACommentGivesItsExplainPage(string lang)
    {
        var language = Languages.Parse(lang)!.Value;
        CopySeeds();
        string file = Path.Combine(dir, "113-3.minutes");
        string original = File.ReadAllText(file);
        int firstEnd = original.IndexOf('\n', StringComparison.Ordinal) + 1;
        string text = original[..firstEnd] + "// minutes-disable-next-line ML0203: 原紀錄即如此\n// ML0103 and ML9999 named in a note\n" + original[firstEnd..];
        await using var client = await Started(language);
        await client.OpenAsync(file, text);
        foreach (string code in new[] { "ML0203", "ML0103" })
        {
            int at = text.IndexOf(code, StringComparison.Ordinal) + 3;
            var hover = (await client.RequestAsync("textDocument/hover", At(file, text, at)))["result"]!;
            Assert.Equal(code, TextAt(text, hover["range"]!));
            string value = hover["contents"]!["value"]!.GetValue<string>();
            Assert.True(DiagnosticCatalog.TryGet(code, out var entry));
            Assert.Contains(entry!.TitleIn(language), value);
            Assert.Contains("minutes explain " + code, value);
            Assert.DoesNotContain("```", value); // the title and first lines, not the examples
        }

        string unknown = (await client.RequestAsync("textDocument/hover", At(file, text, text.IndexOf("ML9999", StringComparison.Ordinal))))["result"]!["contents"]!["value"]!.GetValue<string>();
        Assert.Contains(language == Language.ZhTw ? "不是 minutes 的診斷代碼" : "is not a code of minutes", unknown);
        Assert.Equal(0, await client.ShutdownAsync());
    }

    [Theory]
    [InlineData("en")]
    [InlineData("zh-TW")]
    public async Task HoverOnADateGivesItsWeekdayAndTheOtherCalendarOnLinesWithSupplementaryCharactersAndCrlf(string lang)
    {
        var language = Languages.Parse(lang)!.Value;
        string file = Path.Combine(dir, "114-1.minutes");
        string text = "@meeting 114-1\r\n# 𠀀𠀁測試紀錄\r\n* 時間：𠀀114 年 3 月 7 日（星期四）上午 10 時\r\n* 地點：𩸽2025-03-08 會議室\r\n散會：114 年 2 月 30 日\r\n";
        File.WriteAllText(file, text);
        await using var client = await Started(language);
        await client.OpenAsync(file, text);

        // line 2: "* 時間：" is 5 units, 𠀀 two more: the date starts at character 7
        var hover = (await client.RequestAsync("textDocument/hover", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = Documents.UriOf(file) },
            ["position"] = new JsonObject { ["line"] = 2, ["character"] = 12 },
        }))["result"]!;
        Assert.Equal(2, (int)hover["range"]!["start"]!["line"]!);
        Assert.Equal(7, (int)hover["range"]!["start"]!["character"]!);
        Assert.StartsWith("114 年 3 月 7 日", TextAt(text, hover["range"]!));
        string value = hover["contents"]!["value"]!.GetValue<string>();
        Assert.Contains(language == Language.ZhTw ? "**星期五**" : "**Friday**", value);
        Assert.Contains(language == Language.ZhTw ? "西元 2025 年 3 月 7 日" : "7 March 2025", value);
        Assert.Contains("星期四", value); // the weekday written, which is wrong
        Assert.Contains("ML0103", value);

        // line 3: 𩸽 is two units, the date starts at character 7 too
        hover = (await client.RequestAsync("textDocument/hover", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = Documents.UriOf(file) },
            ["position"] = new JsonObject { ["line"] = 3, ["character"] = 9 },
        }))["result"]!;
        Assert.Equal(7, (int)hover["range"]!["start"]!["character"]!);
        Assert.Equal("2025-03-08", TextAt(text, hover["range"]!));
        value = hover["contents"]!["value"]!.GetValue<string>();
        Assert.Contains(language == Language.ZhTw ? "**星期六**" : "**Saturday**", value);
        Assert.Contains("民國 114 年 3 月 8 日", value);
        Assert.DoesNotContain("ML0103", value);

        var none = (await client.RequestAsync("textDocument/hover", At(file, text, text.IndexOf("2 月", StringComparison.Ordinal))))["result"]!;
        Assert.Contains(language == Language.ZhTw ? "日曆上沒有這一天" : "No such day", none["contents"]!["value"]!.GetValue<string>());

        // in the middle of 𠀀 (between its two code units) there is nothing to hover and nothing breaks
        var inside = await client.RequestAsync("textDocument/hover", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = Documents.UriOf(file) },
            ["position"] = new JsonObject { ["line"] = 1, ["character"] = 3 },
        });
        Assert.True(inside.ContainsKey("result") && inside["result"] is null, inside.ToJsonString());
        Assert.Equal(0, await client.ShutdownAsync());
    }

    [Theory]
    [InlineData("綠碳匯", "綠碳匯總動員")]
    [InlineData("學校交流", "𠀀學校交流")]
    [InlineData("酷課雲OpenID", "酷課雲登入")]
    public async Task RenameOfACaseChangesEveryFileOfTheSeriesConsistentlyAndTheCheckFindsNothingNew(string from, string to)
    {
        CopySeeds();
        var before = PlainScan(dir);
        var findingsBefore = LspDiagnosticsTests.CheckFindings(dir);
        var first = before.First(w => w.Id == from && !w.Declaration);
        string text = File.ReadAllText(first.File);
        await using var client = await Started();
        await client.OpenAsync(first.File);

        var prepared = (await client.RequestAsync("textDocument/prepareRename", At(first.File, text, first.Offset + 1)))["result"]!;
        Assert.Equal(from, prepared["placeholder"]!.GetValue<string>());
        Assert.Equal(from, TextAt(text, prepared["range"]!));

        var parameters = At(first.File, text, first.Offset);
        parameters["newName"] = to;
        var changes = (await client.RequestAsync("textDocument/rename", parameters))["result"]!["changes"]!.AsObject();
        var files = before.Where(w => w.Id == from).Select(w => w.File).Distinct().ToList();
        Assert.Equal(files.Select(Documents.UriOf).Order(), changes.Select(c => c.Key).Order());
        foreach (string file in files)
        {
            var edits = changes[Documents.UriOf(file)]!.AsArray();
            Assert.Equal(before.Count(w => w.Id == from && w.File == file), edits.Count);
            File.WriteAllText(file, LspFormattingTests.Apply(File.ReadAllText(file), edits));
        }

        var after = PlainScan(dir);
        Assert.DoesNotContain(after, w => w.Id == from);
        Assert.Equal(before.Select(w => (w.File, w.Id == from ? to : w.Id, w.Declaration)), after.Select(w => (w.File, w.Id, w.Declaration)));
        // the same findings (code and line: a longer or shorter id moves the columns after it) and no new one
        static string CodeAndLine(string f) => f.Split(' ')[0] + " " + f.Split(' ')[1].Split(':')[0];
        Assert.Equal(findingsBefore.Select(CodeAndLine), LspDiagnosticsTests.CheckFindings(dir).Select(CodeAndLine));
        Assert.Equal(0, await client.ShutdownAsync());
    }

    [Theory]
    [InlineData("en", "綠碳 匯", "not a valid case id")]
    [InlineData("zh-TW", "綠碳 匯", "不是有效的案件代號")]
    [InlineData("en", "a|b", "not a valid case id")]
    [InlineData("en", "", "not a valid case id")]
    [InlineData("en", "學校交流", "already has a case")]
    [InlineData("zh-TW", "IEYI2024", "已有案件代號")]
    public async Task RenameRefusesANameThatIsNoIdOrThatCollides(string lang, string to, string said)
    {
        CopySeeds();
        string file = Path.Combine(dir, "114-1.minutes"), text = File.ReadAllText(file);
        await using var client = await Started(Languages.Parse(lang)!.Value);
        var parameters = At(file, text, text.IndexOf("[[綠碳匯", StringComparison.Ordinal) + 3);
        parameters["newName"] = to;
        var response = await client.RequestAsync("textDocument/rename", parameters);
        Assert.Equal(ErrorCodes.InvalidParams, (int)response["error"]!["code"]!);
        Assert.Contains(said, response["error"]!["message"]!.GetValue<string>());

        // no case id at the position: prepareRename says so with null, rename with an error
        int title = text.IndexOf("基北北桃", StringComparison.Ordinal);
        Assert.Null((await client.RequestAsync("textDocument/prepareRename", At(file, text, title)))["result"]);
        parameters = At(file, text, title);
        parameters["newName"] = "新代號";
        Assert.Equal(ErrorCodes.InvalidParams, (int)(await client.RequestAsync("textDocument/rename", parameters))["error"]!["code"]!);
        Assert.Equal(0, await client.ShutdownAsync());
    }

    [Theory]
    [InlineData("綠碳匯", true)]
    [InlineData("𠀀碳匯", true)]
    [InlineData("IEYI2024", true)]
    [InlineData("", false)]
    [InlineData("a b", false)]
    [InlineData("a\u3000b", false)]
    [InlineData("a|b", false)]
    [InlineData("a]b", false)]
    [InlineData("a\u200Bb", false)]
    [InlineData("a\tb", false)]
    public void ACaseIdIsWhatALinkAndADirectiveBothReadBack(string id, bool valid) => Assert.Equal(valid, CaseNavigation.IsValidId(id));

    [Fact]
    public void AnIdWithHalfASurrogatePairIsNone()
    {
        Assert.False(CaseNavigation.IsValidId("碳" + '\uD840'));
        Assert.False(CaseNavigation.IsValidId('\uDC00' + "碳"));
        Assert.Equal("碳\uFFFD𠀀", ValidText.Of("碳" + '\uD840' + "𠀀"));
        Assert.Equal("\uFFFD碳", ValidText.Of('\uDC00' + "碳"));
    }

    [Fact]
    public async Task CompletionOffersTheDeclaredIdsAfterTwoBracketsAndTheNamesOfEachPlace()
    {
        var series = SeedSeries().Series;
        string file = Path.Combine(Repo.Seeds, "114-1.minutes");
        string text = File.ReadAllText(file) + "  - 本案[[";
        await using var client = await Started();
        await client.OpenAsync(file, text);

        var items = (await client.RequestAsync("textDocument/completion", At(file, text, text.Length)))["result"]!["items"]!.AsArray();
        Assert.Equal(series.Cases.Keys.Order(), items.Select(i => i!["label"]!.GetValue<string>()).Order());
        foreach (var item in items) Assert.Equal(series.Cases[item!["label"]!.GetValue<string>()].Title, item["detail"]!.GetValue<string>());

        // a partial id: the edit replaces what was typed
        string partial = text + "綠碳";
        await client.ReplaceAsync(file, partial, 2);
        var green = (await client.RequestAsync("textDocument/completion", At(file, partial, partial.Length)))["result"]!["items"]!.AsArray().First(i => i!["label"]!.GetValue<string>() == "綠碳匯")!;
        Assert.Equal("綠碳", TextAt(partial, green["textEdit"]!["range"]!));
        Assert.Equal("綠碳匯", green["textEdit"]!["newText"]!.GetValue<string>());

        async Task<List<string>> Labels(string path, string buffer, int version)
        {
            await client.ReplaceAsync(path, buffer, version);
            return [.. (await client.RequestAsync("textDocument/completion", At(path, buffer, buffer.Length)))["result"]!["items"]!.AsArray().Select(i => i!["label"]!.GetValue<string>())];
        }

        var directives = await Labels(file, text + "\n  @", 3);
        Assert.Contains("meeting", directives);
        Assert.Contains("列管", directives);
        Assert.Contains("解列", directives);
        Assert.DoesNotContain("case", directives);
        var afterEvent = await Labels(file, text + "\n    @列管 ", 4);
        Assert.Equal(series.Cases.Keys.Order(), afterEvent.Order());
        var cities = await Labels(file, text + "\n    @成案 綠碳匯 同意：臺北市、", 5);
        Assert.Contains("新北市", cities);
        Assert.Contains("基隆市", cities);
        Assert.Contains("全體", cities);
        var labels = await Labels(file, text + "\n  決", 6);
        Assert.Contains("決議", labels);
        Assert.Contains("案由", labels);
        Assert.Empty(await Labels(file, text + "\n本季由桃園市主責，下一季由新北市接棒。", 7));

        string seriesFile = Path.Combine(Repo.Seeds, "series.minutes"), seriesText = File.ReadAllText(seriesFile);
        await client.OpenAsync(seriesFile, seriesText);
        Assert.Equal(["case", "platform", "rotation", "series"], (await Labels(seriesFile, seriesText + "\n@", 2)).Order(StringComparer.Ordinal));
        var platforms = await Labels(seriesFile, seriesText + "\n@rotation ", 3);
        Assert.Equal(series.Platforms.Select(p => p.Id).Order(), platforms.Order());
        Assert.Equal(0, await client.ShutdownAsync());
    }

    [Fact]
    public async Task TheOutlineOfEverySeedListsItsPartsInOrderWithProposalsAndItemsInside()
    {
        await using var client = await Started();
        foreach (string seed in Repo.SeedNames)
        {
            string file = Path.Combine(Repo.Seeds, seed + ".minutes"), text = File.ReadAllText(file);
            var symbols = (await client.RequestAsync("textDocument/documentSymbol", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = Documents.UriOf(file) } }))["result"]!.AsArray();
            var record = Repo.CompileSeed(seed).Records.Single();
            var parts = record.Parts.Where(p => p.Numbered || p.Label is not null || !p.Value.IsEmpty).ToList();
            var tops = symbols.Where(s => (int)s!["kind"]! == Outline.PartKind).ToList();
            Assert.Equal(parts.Count, tops.Count);
            foreach (var (part, symbol) in parts.Zip(tops))
            {
                string name = symbol!["name"]!.GetValue<string>();
                string expected = part.WrittenLabel ?? part.Value.ToText().Trim();
                Assert.StartsWith(expected[..Math.Min(2, expected.Length)], name);
            }

            foreach (var symbol in symbols) Contained(text, symbol!);
        }

        // 114-1: its 提案討論 holds one proposal with the two items of its 決議
        string record114 = Path.Combine(Repo.Seeds, "114-1.minutes");
        var outline = (await client.RequestAsync("textDocument/documentSymbol", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = Documents.UriOf(record114) } }))["result"]!.AsArray();
        var discussion = outline.Single(s => s!["name"]!.GetValue<string>() == "提案討論")!;
        var proposal = Assert.Single(discussion["children"]!.AsArray())!;
        Assert.Equal(Outline.ProposalKind, (int)proposal["kind"]!);
        Assert.StartsWith("114 年度基北北桃合作交流平臺", proposal["name"]!.GetValue<string>());
        Assert.Equal(2, proposal["children"]!.AsArray().Count(c => (int)c!["kind"]! == Outline.ItemKind));
        Assert.Equal(0, await client.ShutdownAsync());

        static void Contained(string text, JsonNode symbol)
        {
            var lines = new LineIndex(text);
            int Offset(JsonNode p) => lines.OffsetOf(new Position((int)p["line"]!, (int)p["character"]!));
            int start = Offset(symbol["range"]!["start"]!), end = Offset(symbol["range"]!["end"]!);
            Assert.True(Offset(symbol["selectionRange"]!["start"]!) >= start && Offset(symbol["selectionRange"]!["end"]!) <= end);
            Assert.NotEmpty(symbol["name"]!.GetValue<string>());
            foreach (var child in symbol["children"]!.AsArray())
            {
                Assert.True(Offset(child!["range"]!["start"]!) >= start && Offset(child["range"]!["end"]!) <= end, child.ToJsonString());
                Contained(text, child);
            }
        }
    }

    [Fact]
    public async Task FoldingRangesCoverEveryPartItemAndListOfTheSeeds()
    {
        await using var client = await Started();
        foreach (string seed in Repo.SeedNames)
        {
            string file = Path.Combine(Repo.Seeds, seed + ".minutes");
            var folds = (await client.RequestAsync("textDocument/foldingRange", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = Documents.UriOf(file) } }))["result"]!.AsArray();
            Assert.NotEmpty(folds);
            foreach (var f in folds) Assert.True((int)f!["endLine"]! > (int)f["startLine"]!, f.ToJsonString());
        }

        string record = Path.Combine(Repo.Seeds, "114-1.minutes");
        string[] lines = File.ReadAllLines(record);
        int Line(string start) => Array.FindIndex(lines, l => l.StartsWith(start, StringComparison.Ordinal));
        var ranges = (await client.RequestAsync("textDocument/foldingRange", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = Documents.UriOf(record) } }))["result"]!.AsArray()
            .Select(f => ((int)f!["startLine"]!, (int)f["endLine"]!)).ToList();
        Assert.Contains((Line("* 業務報告"), Line("  - 有關113年第4次小組會議臨時動議")), ranges);     // a part
        Assert.Contains((Line("  - 本次會議依第4次副市長層級會議決議"), Line("    @列管 綠碳匯")), ranges); // an item with its directives
        Assert.Contains((Line("  決 議："), Line("    - 研議4縣市")), ranges);                             // a field with its list
        Assert.Contains((Line("    - 「[[綠碳匯"), Line("      @列管 綠碳匯")), ranges);                   // an item of that list with its directive
        Assert.Contains((Line("  案 由：114 年度"), Line("    - 研議4縣市")), ranges);                       // a proposal
        Assert.Equal(0, await client.ShutdownAsync());
    }

    [Fact]
    public async Task SemanticTokensMarkCaseIdsLabelsMarkersDirectivesDatesAndComments()
    {
        var written = PlainScan(Repo.Seeds);
        await using var client = await Started();
        foreach (string file in Directory.EnumerateFiles(Repo.Seeds, "*.minutes").Order(StringComparer.Ordinal))
        {
            string text = File.ReadAllText(file);
            var tokens = await Tokens(client, file, text);
            Assert.Equal(written.Where(w => w.File == file).Select(w => w.Id), tokens.Where(t => t.Type == "variable").Select(t => t.Text));
            Assert.All(tokens.Where(t => t.Type == "comment"), t => Assert.StartsWith("//", t.Text));
            Assert.All(tokens.Where(t => t.Type == "macro"), t => Assert.StartsWith("@", t.Text));
            Assert.All(tokens.Where(t => t.Type == "operator"), t => Assert.Contains(t.Text, new[] { "*", "-", "#", "＊", "－", "＃" }));
            Assert.All(tokens.Where(t => t.Type == "number"), t => Assert.Matches(@"\d", t.Text));
        }

        var record = await Tokens(client, Path.Combine(Repo.Seeds, "114-1.minutes"), File.ReadAllText(Path.Combine(Repo.Seeds, "114-1.minutes")));
        Assert.Contains(("number", "114 年 3 月 7 日"), record.Select(t => (t.Type, t.Text)));
        Assert.Contains(("property", "時間"), record.Select(t => (t.Type, t.Text)));
        Assert.Contains(("property", "決 議"), record.Select(t => (t.Type, t.Text)));
        Assert.Contains(("macro", "@meeting"), record.Select(t => (t.Type, t.Text)));
        var series = await Tokens(client, Path.Combine(Repo.Seeds, "series.minutes"), File.ReadAllText(Path.Combine(Repo.Seeds, "series.minutes")));
        Assert.Contains(series, t => t.Type == "variable" && t.Modifiers == 1 && t.Text == "綠碳匯");

        // CRLF and supplementary characters: positions in UTF-16 code units, one line at a time
        string file2 = Path.Combine(dir, "114-2.minutes");
        string crlf = "@meeting 114-2\r\n// 𠀀 備註\r\n* 時間：𩸽114 年 6 月 6 日\r\n  - 𠀀[[綠碳匯]]\r\n";
        await client.OpenAsync(file2, crlf);
        var tokens2 = await Tokens(client, file2, crlf);
        Assert.Equal([("macro", "@meeting"), ("comment", "// 𠀀 備註"), ("operator", "*"), ("property", "時間"), ("number", "114 年 6 月 6 日"), ("operator", "-"), ("variable", "綠碳匯")],
            tokens2.Select(t => (t.Type, t.Text)));
        Assert.Equal(0, await client.ShutdownAsync());
    }

    /// <summary>The semantic tokens of a document decoded: type name, modifiers and text.</summary>
    private static async Task<List<(string Type, int Modifiers, string Text)>> Tokens(LspClient client, string file, string text)
    {
        var data = (await client.RequestAsync("textDocument/semanticTokens/full", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = Documents.UriOf(file) } }))["result"]!["data"]!.AsArray().Select(n => (int)n!).ToArray();
        Assert.Equal(0, data.Length % 5);
        var lines = new LineIndex(text);
        var result = new List<(string, int, string)>();
        int line = 0, character = 0;
        for (int i = 0; i < data.Length; i += 5)
        {
            character = data[i] == 0 ? character + data[i + 1] : data[i + 1];
            line += data[i];
            int start = lines.OffsetOf(new Position(line, character));
            Assert.Equal(new Position(line, character), lines.PositionOf(start)); // never past its line
            result.Add((SemanticTokensFeature.TokenTypes[data[i + 3]], data[i + 4], text.Substring(start, data[i + 2])));
        }

        return result;
    }
}
