using System.Text.Json.Nodes;
using MinutesLang.Cli.LanguageServer;

namespace MinutesLang.Tests.LanguageServer;

/// <summary>
/// Params a client gets wrong, for every notification and request the server handles: a field null, missing or of
/// another JSON type, a position that is negative, a range that ends before it starts, a uri that is none. A request is
/// answered InvalidParams (-32602); a notification has no response, so it is ignored with a <c>window/logMessage</c>
/// warning (type 2) naming the method. Never an internal error, never a default value taken for what was not sent.
/// </summary>
public sealed class LspInvalidParamsTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("minutes-lsp-params-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private const string Doc = "{\"uri\":\"URI\"}";
    private const string Pos = "{\"line\":0,\"character\":1}";

    /// <summary>Notifications: the method and its params (URI stands for the uri of a record that is neither open nor on disk).</summary>
    public static TheoryData<string, string> Notifications() => new()
    {
        // didOpen: the text, the uri, the version, the document itself
        { "textDocument/didOpen", "{\"textDocument\":{\"uri\":\"URI\",\"languageId\":\"minutes\",\"version\":1,\"text\":null}}" },
        { "textDocument/didOpen", "{\"textDocument\":{\"uri\":\"URI\",\"languageId\":\"minutes\",\"version\":1}}" },
        { "textDocument/didOpen", "{\"textDocument\":{\"uri\":\"URI\",\"languageId\":\"minutes\",\"version\":1,\"text\":42}}" },
        { "textDocument/didOpen", "{\"textDocument\":{\"uri\":\"URI\",\"languageId\":\"minutes\",\"version\":1,\"text\":[\"@meeting 114-1\"]}}" },
        { "textDocument/didOpen", "{\"textDocument\":{\"uri\":null,\"languageId\":\"minutes\",\"version\":1,\"text\":\"@meeting 114-1\\n\"}}" },
        { "textDocument/didOpen", "{\"textDocument\":{\"languageId\":\"minutes\",\"version\":1,\"text\":\"@meeting 114-1\\n\"}}" },
        { "textDocument/didOpen", "{\"textDocument\":{\"uri\":7,\"languageId\":\"minutes\",\"version\":1,\"text\":\"@meeting 114-1\\n\"}}" },
        { "textDocument/didOpen", "{\"textDocument\":{\"uri\":\"114-1.minutes\",\"languageId\":\"minutes\",\"version\":1,\"text\":\"@meeting 114-1\\n\"}}" },
        { "textDocument/didOpen", "{\"textDocument\":{\"uri\":\"file:///tmp/a%00b.minutes\",\"languageId\":\"minutes\",\"version\":1,\"text\":\"@meeting 114-1\\n\"}}" },
        { "textDocument/didOpen", "{\"textDocument\":{\"uri\":\"URI\",\"languageId\":\"minutes\",\"version\":null,\"text\":\"@meeting 114-1\\n\"}}" },
        { "textDocument/didOpen", "{\"textDocument\":{\"uri\":\"URI\",\"languageId\":\"minutes\",\"text\":\"@meeting 114-1\\n\"}}" },
        { "textDocument/didOpen", "{\"textDocument\":{\"uri\":\"URI\",\"languageId\":\"minutes\",\"version\":\"1\",\"text\":\"@meeting 114-1\\n\"}}" },
        { "textDocument/didOpen", "{\"textDocument\":{\"uri\":\"URI\",\"languageId\":\"minutes\",\"version\":1.5,\"text\":\"@meeting 114-1\\n\"}}" },
        { "textDocument/didOpen", "{\"textDocument\":null}" },
        { "textDocument/didOpen", "{}" },
        { "textDocument/didOpen", "[]" },
        { "textDocument/didOpen", "null" },
        // didChange: the version, the uri, the changes, a change's text and range
        { "textDocument/didChange", "{\"textDocument\":{\"uri\":\"URI\",\"version\":null},\"contentChanges\":[{\"text\":\"x\"}]}" },
        { "textDocument/didChange", "{\"textDocument\":{\"uri\":\"URI\"},\"contentChanges\":[{\"text\":\"x\"}]}" },
        { "textDocument/didChange", "{\"textDocument\":{\"version\":2},\"contentChanges\":[{\"text\":\"x\"}]}" },
        { "textDocument/didChange", "{\"textDocument\":{\"uri\":\"URI\",\"version\":2},\"contentChanges\":null}" },
        { "textDocument/didChange", "{\"textDocument\":{\"uri\":\"URI\",\"version\":2}}" },
        { "textDocument/didChange", "{\"textDocument\":{\"uri\":\"URI\",\"version\":2},\"contentChanges\":{\"text\":\"x\"}}" },
        { "textDocument/didChange", "{\"textDocument\":{\"uri\":\"URI\",\"version\":2},\"contentChanges\":[null]}" },
        { "textDocument/didChange", "{\"textDocument\":{\"uri\":\"URI\",\"version\":2},\"contentChanges\":[{\"text\":null}]}" },
        { "textDocument/didChange", "{\"textDocument\":{\"uri\":\"URI\",\"version\":2},\"contentChanges\":[{}]}" },
        { "textDocument/didChange", "{\"textDocument\":{\"uri\":\"URI\",\"version\":2},\"contentChanges\":[{\"range\":{\"start\":{\"line\":0},\"end\":" + Pos + "},\"text\":\"x\"}]}" },
        { "textDocument/didChange", "{\"textDocument\":{\"uri\":\"URI\",\"version\":2},\"contentChanges\":[{\"range\":{\"start\":null,\"end\":" + Pos + "},\"text\":\"x\"}]}" },
        { "textDocument/didChange", "{\"textDocument\":{\"uri\":\"URI\",\"version\":2},\"contentChanges\":[{\"range\":{\"start\":{\"line\":0,\"character\":\"1\"},\"end\":" + Pos + "},\"text\":\"x\"}]}" },
        { "textDocument/didChange", "{\"textDocument\":{\"uri\":\"URI\",\"version\":2},\"contentChanges\":[{\"range\":{\"start\":{\"line\":-1,\"character\":0},\"end\":" + Pos + "},\"text\":\"x\"}]}" },
        { "textDocument/didChange", "{\"textDocument\":{\"uri\":\"URI\",\"version\":2},\"contentChanges\":[{\"range\":{\"start\":{\"line\":1,\"character\":0},\"end\":" + Pos + "},\"text\":\"x\"}]}" },
        // didSave, didClose
        { "textDocument/didSave", "{\"textDocument\":{\"uri\":null}}" },
        { "textDocument/didSave", "{\"textDocument\":{\"uri\":\"URI\"},\"text\":5}" },
        { "textDocument/didClose", "{}" },
        { "textDocument/didClose", "{\"textDocument\":{\"uri\":[]}}" },
        // the files watched on disk
        { "workspace/didChangeWatchedFiles", "{\"changes\":null}" },
        { "workspace/didChangeWatchedFiles", "{}" },
        { "workspace/didChangeWatchedFiles", "{\"changes\":[null]}" },
        { "workspace/didChangeWatchedFiles", "{\"changes\":[{\"uri\":\"URI\",\"type\":7}]}" },
        { "workspace/didChangeWatchedFiles", "{\"changes\":[{\"uri\":\"URI\"}]}" },
        { "workspace/didChangeWatchedFiles", "{\"changes\":[{\"uri\":5,\"type\":2}]}" },
        { "workspace/didChangeWatchedFiles", "{\"changes\":[{\"uri\":\"series.minutes\",\"type\":2}]}" },
        // cancellation
        { "$/cancelRequest", "{}" },
        { "$/cancelRequest", "[1]" },
    };

    /// <summary>Requests: the method and its params.</summary>
    public static TheoryData<string, string> Requests() => new()
    {
        { "textDocument/hover", "{\"textDocument\":" + Doc + ",\"position\":null}" },
        { "textDocument/hover", "{\"textDocument\":" + Doc + "}" },
        { "textDocument/hover", "{\"textDocument\":" + Doc + ",\"position\":{\"line\":-1,\"character\":0}}" },
        { "textDocument/hover", "{\"textDocument\":" + Doc + ",\"position\":{\"line\":0,\"character\":-3}}" },
        { "textDocument/hover", "{\"textDocument\":" + Doc + ",\"position\":{\"line\":0,\"character\":\"a\"}}" },
        { "textDocument/hover", "{\"textDocument\":" + Doc + ",\"position\":{\"line\":0}}" },
        { "textDocument/hover", "{\"textDocument\":" + Doc + ",\"position\":{\"line\":4294967296,\"character\":0}}" },
        { "textDocument/hover", "{\"textDocument\":{\"uri\":null},\"position\":" + Pos + "}" },
        { "textDocument/definition", "{\"textDocument\":" + Doc + ",\"position\":{\"character\":1}}" },
        { "textDocument/definition", "{\"textDocument\":{},\"position\":" + Pos + "}" },
        { "textDocument/references", "{\"textDocument\":" + Doc + "}" },
        { "textDocument/references", "{\"textDocument\":" + Doc + ",\"position\":" + Pos + ",\"context\":{\"includeDeclaration\":\"yes\"}}" },
        { "textDocument/prepareRename", "{\"textDocument\":" + Doc + ",\"position\":[0,1]}" },
        { "textDocument/completion", "{\"textDocument\":null,\"position\":" + Pos + "}" },
        { "textDocument/completion", "{\"textDocument\":" + Doc + ",\"position\":{\"line\":-2,\"character\":-2}}" },
        { "textDocument/rename", "{\"textDocument\":" + Doc + ",\"position\":" + Pos + ",\"newName\":null}" },
        { "textDocument/rename", "{\"textDocument\":" + Doc + ",\"position\":" + Pos + "}" },
        { "textDocument/rename", "{\"textDocument\":" + Doc + ",\"position\":" + Pos + ",\"newName\":5}" },
        { "textDocument/rename", "{\"textDocument\":" + Doc + ",\"position\":{\"line\":0,\"character\":-1},\"newName\":\"新代號\"}" },
        { "textDocument/documentSymbol", "{\"textDocument\":null}" },
        { "textDocument/foldingRange", "{\"textDocument\":{\"uri\":3}}" },
        { "textDocument/semanticTokens/full", "{}" },
        { "textDocument/formatting", "{\"textDocument\":{\"uri\":null},\"options\":{\"tabSize\":2,\"insertSpaces\":true}}" },
        { "textDocument/formatting", "{\"options\":{\"tabSize\":2,\"insertSpaces\":true}}" },
        { "textDocument/codeAction", "{\"textDocument\":" + Doc + ",\"context\":{\"diagnostics\":[]}}" },
        { "textDocument/codeAction", "{\"textDocument\":" + Doc + ",\"range\":{\"start\":" + Pos + ",\"end\":{\"line\":0,\"character\":0}},\"context\":{\"diagnostics\":[]}}" },
        { "textDocument/codeAction", "{\"textDocument\":" + Doc + ",\"range\":{\"start\":null,\"end\":" + Pos + "},\"context\":{\"diagnostics\":[]}}" },
        { "textDocument/codeAction", "{\"textDocument\":" + Doc + ",\"range\":{\"start\":" + Pos + ",\"end\":" + Pos + "},\"context\":{\"only\":\"quickfix\"}}" },
        { "minutes/preview", "{\"textDocument\":{\"uri\":null}}" },
        { "minutes/preview", "{\"textDocument\":{\"uri\":\"not a uri\"}}" },
    };

    private string Params(string json) => json.Replace("URI", Documents.UriOf(Path.Combine(dir, "114-1.minutes")), StringComparison.Ordinal);

    [Theory]
    [MemberData(nameof(Notifications))]
    public async Task ANotificationWithInvalidParamsIsIgnoredWithAWarningAndNoInternalError(string method, string json)
    {
        var log = new List<string>();
        await using var client = LspClient.InProcess(log: log);
        await client.InitializeAsync();
        await client.NotifyAsync(method, JsonNode.Parse(Params(json)));

        var warning = await client.NextNotificationAsync("window/logMessage");
        Assert.NotNull(warning);
        Assert.Equal(2, warning["params"]!["type"]!.GetValue<int>());
        string said = warning["params"]!["message"]!.GetValue<string>();
        Assert.StartsWith(method + " ignored: invalid params: ", said, StringComparison.Ordinal);

        // nothing was opened, nothing is published, the server still answers
        string uri = Documents.UriOf(Path.Combine(dir, "114-1.minutes"));
        var symbols = await client.RequestAsync("textDocument/documentSymbol", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = uri } });
        Assert.True(symbols.ContainsKey("result") && symbols["result"] is null, symbols.ToJsonString());
        Assert.Equal(0, await client.ShutdownAsync());
        lock (client.Frames) Assert.DoesNotContain(client.Frames, f => f["method"]?.GetValue<string>() == "textDocument/publishDiagnostics");
        lock (log) Assert.DoesNotContain(log, m => m.Contains("internal error", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task ARequestWithInvalidParamsIsAnsweredInvalidParamsAndNoInternalError(string method, string json)
    {
        var log = new List<string>();
        await using var client = LspClient.InProcess(log: log);
        await client.InitializeAsync();
        string record = Path.Combine(dir, "114-1.minutes");
        await client.OpenAsync(record, File.ReadAllText(Path.Combine(Repo.Seeds, "114-1.minutes")));

        var response = await client.RequestAsync(method, JsonNode.Parse(Params(json)));
        Assert.Equal(ErrorCodes.InvalidParams, response["error"]?["code"]?.GetValue<int>());
        Assert.StartsWith("Invalid params: ", response["error"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(0, await client.ShutdownAsync());
        lock (log) Assert.DoesNotContain(log, m => m.Contains("internal error", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("{\"capabilities\":{},\"locale\":5}")]
    [InlineData("{\"capabilities\":{},\"processId\":\"me\"}")]
    [InlineData("{\"capabilities\":{},\"rootUri\":[]}")]
    public async Task InitializeWithInvalidParamsIsInvalidParamsAndTheServerWaitsForAnother(string json)
    {
        await using var client = LspClient.InProcess();
        var response = await client.RequestAsync("initialize", JsonNode.Parse(json));
        Assert.Equal(ErrorCodes.InvalidParams, response["error"]?["code"]?.GetValue<int>());
        Assert.NotNull((await client.InitializeAsync())["capabilities"]);
        Assert.Equal(0, await client.ShutdownAsync());
    }

    [Theory]
    [InlineData("textDocument/didOpen", "{\"textDocument\":{\"uri\":\"URI\",\"languageId\":\"minutes\",\"version\":1,\"text\":\"@meeting 114-1\\n\"}}")]
    [InlineData("workspace/didChangeWatchedFiles", "{\"changes\":[{\"uri\":\"URI\",\"type\":1},{\"uri\":\"untitled:Untitled-1\",\"type\":3}]}")]
    [InlineData("$/cancelRequest", "{\"id\":\"no such request\"}")]
    public async Task ValidParamsOfTheSameNotificationsAreNoWarning(string method, string json)
    {
        await using var client = LspClient.InProcess();
        await client.InitializeAsync();
        await client.NotifyAsync(method, JsonNode.Parse(Params(json)));
        await client.RequestAsync("textDocument/documentSymbol", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = "untitled:x" } });
        Assert.Equal(0, await client.ShutdownAsync());
        lock (client.Frames) Assert.DoesNotContain(client.Frames, f => f["method"]?.GetValue<string>() == "window/logMessage");
    }
}
