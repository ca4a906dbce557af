using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using MinutesLang.Cli.LanguageServer;
using MinutesLang.Rendering;
using MinutesLang.Semantics;

namespace MinutesLang.Tests.LanguageServer;

/// <summary>
/// <c>minutes/preview</c> (issue 16, point 3): the open record in the html of <c>render --to html</c>, each block tagged with
/// its source line for the editor to scroll with; a record with errors previews what it can, nothing crashes.
/// </summary>
public sealed partial class LspPreviewTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("minutes-lsp-preview-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private static async Task<JsonObject> PreviewAsync(LspClient client, string path)
    {
        var response = await client.RequestAsync(Preview.Method, new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = Documents.UriOf(path) } });
        Assert.True(response["result"] is JsonObject, response.ToJsonString());
        return response["result"]!.AsObject();
    }

    /// <summary>What <c>minutes render --to html</c> writes for <paramref name="seed"/> (the whole series compiled).</summary>
    private static string Rendered(string seed)
    {
        var files = Directory.GetFiles(Repo.Seeds, "*.minutes").Where(f => !Compilation.IsSeriesFile(f)).Order(StringComparer.Ordinal);
        var c = Compilation.Create(Compilation.ParseFile(Path.Combine(Repo.Seeds, "series.minutes")), files.Select(Compilation.ParseFile));
        var record = c.Records.Single(r => Path.GetFileNameWithoutExtension(r.Path) == seed);
        return new DocumentRenderer(TemplateSet.Embedded, "html").RenderText(new RenderModelBuilder(c.Series).Build(record));
    }

    [GeneratedRegex(""" data-line="\d+"(?=[ >])""")]
    private static partial Regex DataLine();

    /// <summary>The tag names and source lines of the annotated blocks.</summary>
    private static List<(string Tag, int Line)> Annotated(string html) =>
        [.. Regex.Matches(html, """<(\w+) data-line="(\d+)"[^>]*>""").Select(m => (m.Groups[1].Value, int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture)))];

    public static TheoryData<string> Seeds() => [.. Repo.SeedNames];

    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task EverySeedPreviewsAsItRendersWithTheSourceLineOfEachPartAndHeading(string seed)
    {
        string path = Path.Combine(Repo.Seeds, seed + ".minutes");
        string[] source = File.ReadAllText(path).Split('\n');
        await using var client = LspClient.InProcess();
        await client.InitializeAsync();
        await client.OpenAsync(path, version: 7);
        var result = await PreviewAsync(client, path);

        Assert.Equal(7, (int)result["version"]!);
        Assert.Equal(0, (int)result["errors"]!);
        Assert.Null(result["message"]);
        string html = result["html"]!.GetValue<string>();

        // the html of render, with only the attributes added
        Assert.Equal(Rendered(seed), DataLine().Replace(html, ""));
        Assert.DoesNotContain("data-line", Rendered(seed));

        var annotated = Annotated(html);
        Assert.Equal(annotated.Select(a => a.Line).ToArray(), result["lines"]!.AsArray().Select(n => (int)n!).ToArray());
        Assert.True(annotated.Select(a => a.Line).SequenceEqual(annotated.Select(a => a.Line).Order()), "the lines follow the blocks' order");

        // the title and every part heading carry their own line: a title line (#); a part line (*), or an unnumbered
        // part at the margin (紀錄：…, 散會：…)
        int h1 = Regex.Count(html, "<h1[ >]"), h2 = Regex.Count(html, "<h2[ >]");
        Assert.Equal(h1, annotated.Count(a => a.Tag == "h1"));
        Assert.Equal(h2, annotated.Count(a => a.Tag == "h2"));
        foreach (var (tag, line) in annotated.Where(a => a.Tag is "h1" or "h2"))
        {
            string l = source[line];
            bool ok = tag == "h1" ? l.StartsWith('#') : l.StartsWith('*') || (l.Length > 0 && !char.IsWhiteSpace(l[0]) && l.Contains('：') && !l.StartsWith("//", StringComparison.Ordinal));
            Assert.True(ok, $"{seed}: <{tag}> at line {line + 1}: {l}");
        }

        // each 案由 heading and list item is at a line of the same kind: a field, an item
        foreach (var (tag, line) in annotated.Where(a => a.Tag == "h3"))
            Assert.Contains("：", source[line]);
        Assert.True(annotated.Count > h1 + h2, $"{seed}: blocks below the parts are annotated too");
    }

    [Fact]
    public async Task ThePreviewFollowsTheBufferNotTheDiskAndItsLinesMoveWithTheText()
    {
        string path = Path.Combine(dir, "115-2.minutes");
        string text = """
            @meeting 115-2
            # 115 年度測試組第 2 次工作小組會議紀錄
            * 時間：115 年 6 月 5 日（星期五）下午 2 時
            * 主席：林處長
            * 報告事項
              - 第一項報告內容。
              - 第二項報告內容，
                寫在兩行。
              - 第三項報告內容。
            散會：下午 3 時

            """;
        File.WriteAllText(path, "@meeting 115-2\n# 磁碟上的舊標題\n");
        await using var client = LspClient.InProcess();
        await client.InitializeAsync();
        await client.OpenAsync(path, text, version: 1);
        var first = await PreviewAsync(client, path);
        string html = first["html"]!.GetValue<string>();
        Assert.Contains("115 年度測試組第 2 次工作小組會議紀錄", html);
        Assert.DoesNotContain("磁碟上的舊標題", html);
        var lines = Annotated(html);
        Assert.Contains(("h1", 1), lines);
        Assert.Contains(("h2", 4), lines);
        Assert.Contains(lines, l => l.Tag == "div" && l.Line == 6); // 二、 the item of two lines, at its first
        Assert.Contains(lines, l => l.Tag == "div" && l.Line == 8); // 三、 after the wrapped line, which has no block
        Assert.DoesNotContain(lines, l => l.Line == 7);

        // three comment lines inserted before the title: every block moves down by three
        await client.ReplaceAsync(path, text.Replace("# 115", "// a\n// b\n// c\n# 115", StringComparison.Ordinal), version: 2);
        var second = await PreviewAsync(client, path);
        Assert.Equal(2, (int)second["version"]!);
        Assert.Equal(lines.Select(l => (l.Tag, l.Line + 3)), Annotated(second["html"]!.GetValue<string>()));
    }

    public static TheoryData<string, string> Broken() => new()
    {
        { "a misplaced marker and no @meeting", "# 標題\n*時間：115 年 6 月 5 日\n    - 太深的項目\n" },
        { "a bad date", "@meeting 115-3\n# 標題\n* 時間：115 年 13 月 45 日\n* 討論事項\n  - 內容\n" },
        { "a case link left open", "@meeting 115-4\n# 標題\n* 報告事項\n  - 本案「[[綠碳匯|未完\n" },
        { "controls and a bidi override", "@meeting 115-5\n# 標\u0007題\u202E\n* 報告事項\n  - \u0000內容\n" },
        { "nothing", "" },
        { "only blank lines and tabs", "\n\t\n\u3000\n" },
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public async Task ARecordWithErrorsStillPreviewsWhatCanBeReadAndSaysSo(string what, string text)
    {
        string path = Path.Combine(dir, "broken.minutes");
        await using var client = LspClient.InProcess();
        await client.InitializeAsync();
        await client.OpenAsync(path, text, version: 3);
        var result = await PreviewAsync(client, path);
        Assert.Equal(3, (int)result["version"]!);
        Assert.NotNull(result["html"]);
        Assert.Contains("<html", result["html"]!.GetValue<string>());
        int errors = (int)result["errors"]!;
        if (errors > 0) Assert.Contains($"{errors} error", result["message"]!.GetValue<string>());
        else Assert.Null(result["message"]);
        if (what != "nothing" && !what.StartsWith("only", StringComparison.Ordinal)) Assert.True(errors > 0, what);

        // and the server still answers
        await client.ReplaceAsync(path, "@meeting 115-6\n# 好了\n", version: 4);
        Assert.Contains("好了", (await PreviewAsync(client, path))["html"]!.GetValue<string>());
        Assert.Equal(0, await client.ShutdownAsync());
    }

    [Fact]
    public async Task ASeriesFileOrAMissingFileIsAMessageNotACrash()
    {
        await using var client = LspClient.InProcess();
        await client.InitializeAsync();
        var series = await PreviewAsync(client, Path.Combine(Repo.Seeds, "series.minutes"));
        Assert.Null(series["html"]);
        Assert.Contains("series.minutes", series["message"]!.GetValue<string>());

        var missing = await PreviewAsync(client, Path.Combine(dir, "nowhere.minutes"));
        Assert.Null(missing["html"]);
        Assert.Contains("not found", missing["message"]!.GetValue<string>());

        // a record on disk, not open, previews from the disk (the version is null)
        var onDisk = await PreviewAsync(client, Path.Combine(Repo.Seeds, "110-2.minutes"));
        Assert.Null(onDisk["version"]);
        Assert.Equal(Rendered("110-2"), DataLine().Replace(onDisk["html"]!.GetValue<string>(), ""));

        // params that are not a document: the protocol's error, not a crash
        var bad = await client.RequestAsync(Preview.Method, new JsonObject { ["uri"] = 3 });
        Assert.Equal(ErrorCodes.InvalidParams, (int)bad["error"]!["code"]!);
        Assert.Equal(0, await client.ShutdownAsync());
    }

    [Fact]
    public async Task ACaseTitleComesFromTheOpenSeriesFile()
    {
        File.WriteAllText(Path.Combine(dir, "series.minutes"), "@series 測試組\n@case 甲案\n  標題：舊的案名\n");
        string record = Path.Combine(dir, "115-1.minutes");
        File.WriteAllText(record, "@meeting 115-1\n# 標題\n* 報告事項\n  - 本案「[[甲案]]」持續辦理。\n");
        await using var client = LspClient.InProcess();
        await client.InitializeAsync();
        await client.OpenAsync(record);
        Assert.Contains("舊的案名", (await PreviewAsync(client, record))["html"]!.GetValue<string>());
        await client.OpenAsync(Path.Combine(dir, "series.minutes"), "@series 測試組\n@case 甲案\n  標題：新的案名\n");
        Assert.Contains("新的案名", (await PreviewAsync(client, record))["html"]!.GetValue<string>());
    }
}
