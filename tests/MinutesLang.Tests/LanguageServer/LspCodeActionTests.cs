using System.Text.Json.Nodes;
using MinutesLang.Cli.LanguageServer;
using MinutesLang.Localization;

namespace MinutesLang.Tests.LanguageServer;

/// <summary>
/// <c>textDocument/codeAction</c> of <c>minutes lsp</c> (issue 16 point 2): on a seed whose buffer is broken (a weekday, a
/// marker, 紀錄), the quick fixes of the findings in the range, computed on the buffer (not the file on disk), titled in
/// the run's language; the returned <c>WorkspaceEdit</c> applied to the buffer gives the seed back.
/// </summary>
public sealed class LspCodeActionTests
{
    private static string Seed(string name) => Path.Combine(Repo.Seeds, name + ".minutes");

    private static Task<JsonObject> CodeActions(LspClient client, string path, (int Line, int Character) start, (int Line, int Character) end, string[]? only = null)
    {
        var context = new JsonObject { ["diagnostics"] = new JsonArray() };
        if (only is not null) context["only"] = new JsonArray([.. only.Select(k => (JsonNode)k)]);
        return client.RequestAsync("textDocument/codeAction", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = Documents.UriOf(path) },
            ["range"] = new JsonObject
            {
                ["start"] = new JsonObject { ["line"] = start.Line, ["character"] = start.Character },
                ["end"] = new JsonObject { ["line"] = end.Line, ["character"] = end.Character },
            },
            ["context"] = context,
        });
    }

    /// <summary>The edits of <paramref name="action"/>'s WorkspaceEdit for <paramref name="path"/>.</summary>
    private static JsonArray EditsOf(JsonNode action, string path) => action["edit"]!["changes"]![Documents.UriOf(path)]!.AsArray();

    [Theory]
    [InlineData("108-1", "（星期五）", "（星期一）")]
    [InlineData("109-2", "（星期四）", "（星期六）")]
    [InlineData("110-2", "（星期三）下午", "（星期日）下午")]
    public async Task TheQuickFixOfAWrongWeekdayGivesTheSeedBack(string seed, string right, string wrong)
    {
        string path = Seed(seed), text = File.ReadAllText(path);
        int at = text.IndexOf(right, StringComparison.Ordinal);
        string broken = string.Concat(text.AsSpan(0, at), wrong, text.AsSpan(at + right.Length));
        var lines = new LineIndex(broken);
        var position = lines.PositionOf(at + 3);

        await using var client = LspClient.InProcess();
        var capabilities = (await client.InitializeAsync())["capabilities"]!;
        Assert.Contains("quickfix", capabilities["codeActionProvider"]!["codeActionKinds"]!.AsArray().Select(k => (string)k!));
        await client.OpenAsync(path, broken);
        var response = await CodeActions(client, path, (position.Line, position.Character), (position.Line, position.Character));
        Assert.True(response["result"] is JsonArray, response.ToJsonString());
        var actions = response["result"]!.AsArray();
        var fix = Assert.Single(actions, a => (string)a!["kind"]! == "quickfix");
        Assert.Equal("ML0103", (string)fix!["diagnostics"]![0]!["code"]!);
        Assert.True((bool)fix["isPreferred"]!);
        Assert.StartsWith("Write 星期", (string)fix["title"]!);
        Assert.Equal(text, LspFormattingTests.Apply(broken, EditsOf(fix, path)));
        Assert.Equal(0, await client.ShutdownAsync());
    }

    [Fact]
    public async Task TheFixesAreOfTheBufferInTheRunsLanguageAndFixAllMendsTheFile()
    {
        string path = Seed("108-2"), text = File.ReadAllText(path);
        string broken = text.Replace("\n* ", "\n*", StringComparison.Ordinal).Replace("紀錄：林映舟", "記錄：林映舟", StringComparison.Ordinal);
        int stars = text.Split("\n* ").Length - 1;

        await using var client = LspClient.InProcess(new ServerOptions { Language = Language.ZhTw, Debounce = TimeSpan.Zero });
        await client.InitializeAsync();
        await client.OpenAsync(path, broken);
        var end = new LineIndex(broken).PositionOf(broken.Length);
        var response = await CodeActions(client, path, (0, 0), (end.Line, end.Character));
        Assert.True(response["result"] is JsonArray, response.ToJsonString());
        var actions = response["result"]!.AsArray();

        var quick = actions.Where(a => (string)a!["kind"]! == "quickfix").ToList();
        Assert.Equal(stars, quick.Count(a => (string)a!["diagnostics"]![0]!["code"]! == "ML0015"));
        var record = Assert.Single(quick, a => (string)a!["diagnostics"]![0]!["code"]! == "ML0252");
        Assert.Equal("改為「紀錄」（名詞）", (string)record!["title"]!);
        Assert.Equal(text.Replace("\n* ", "\n*", StringComparison.Ordinal), LspFormattingTests.Apply(broken, EditsOf(record, path)));

        // every ML0015 of the file at once, and every unique fix of the file
        var ofCode = Assert.Single(actions, a => (string)a!["kind"]! == Cli.LanguageServer.CodeActions.FixAllKind && ((string)a!["title"]!).Contains("ML0015", StringComparison.Ordinal));
        Assert.Equal(text.Replace("紀錄：林映舟", "記錄：林映舟", StringComparison.Ordinal), LspFormattingTests.Apply(broken, EditsOf(ofCode!, path)));
        var all = Assert.Single(actions, a => (string)a!["kind"]! == Cli.LanguageServer.CodeActions.FixAllKind && !((string)a!["title"]!).Contains("ML0", StringComparison.Ordinal));
        Assert.Equal(text, LspFormattingTests.Apply(broken, EditsOf(all!, path)));

        // only the kinds asked for
        var onlyFixAll = (await CodeActions(client, path, (0, 0), (end.Line, end.Character), ["source.fixAll"]))["result"]!.AsArray();
        Assert.NotEmpty(onlyFixAll);
        Assert.All(onlyFixAll, a => Assert.Equal(Cli.LanguageServer.CodeActions.FixAllKind, (string)a!["kind"]!));
        Assert.Equal(0, await client.ShutdownAsync());
    }

    [Fact]
    public async Task ASeedAsItIsAndADocumentNotOpenGetNoAction()
    {
        await using var client = LspClient.InProcess();
        await client.InitializeAsync();
        string path = Seed("110-2");
        Assert.Empty((await CodeActions(client, path, (0, 0), (40, 0)))["result"]!.AsArray());
        await client.OpenAsync(path);
        Assert.Empty((await CodeActions(client, path, (0, 0), (40, 0)))["result"]!.AsArray());
        Assert.Equal(0, await client.ShutdownAsync());
    }
}
