using System.Text;
using System.Text.Json.Nodes;
using MinutesLang.Cli.LanguageServer;

namespace MinutesLang.Tests.LanguageServer;

/// <summary>The protocol layer of <c>minutes lsp</c>: framing, JSON-RPC errors, the lifecycle and cancellation, and that no input stops the server.</summary>
public sealed class LspProtocolTests
{
    private static int ErrorCode(JsonObject response) => response["error"]!["code"]!.GetValue<int>();

    [Fact]
    public async Task InitializeAdvertisesUtf16IncrementalSyncAndFormattingThenShutdownAndExitGiveZero()
    {
        await using var client = LspClient.InProcess();
        var result = await client.InitializeAsync();
        Assert.Equal("utf-16", result["capabilities"]!["positionEncoding"]!.GetValue<string>());
        Assert.Equal(2, result["capabilities"]!["textDocumentSync"]!["change"]!.GetValue<int>());
        Assert.True(result["capabilities"]!["textDocumentSync"]!["openClose"]!.GetValue<bool>());
        Assert.True(result["capabilities"]!["documentFormattingProvider"]!.GetValue<bool>());
        Assert.Equal("minutes", result["serverInfo"]!["name"]!.GetValue<string>());
        Assert.Equal(0, await client.ShutdownAsync());
    }

    [Fact]
    public async Task ExitWithoutShutdownGivesOneAndSoDoesTheEndOfTheInput()
    {
        await using (var client = LspClient.InProcess())
        {
            await client.InitializeAsync();
            await client.NotifyAsync("exit", null);
            Assert.Equal(1, await client.Server.WaitAsync(LspClient.Patience));
        }

        await using (var client = LspClient.InProcess())
        {
            await client.InitializeAsync();
            client.CloseInput();
            Assert.Equal(1, await client.Server.WaitAsync(LspClient.Patience));
        }

        await using (var client = LspClient.InProcess())
        {
            // exit before initialize is still an exit
            await client.NotifyAsync("exit", null);
            Assert.Equal(1, await client.Server.WaitAsync(LspClient.Patience));
        }
    }

    [Fact]
    public async Task RequestsBeforeInitializeAreServerNotInitializedAndAfterShutdownInvalidRequest()
    {
        await using var client = LspClient.InProcess();
        Assert.Equal(ErrorCodes.ServerNotInitialized, ErrorCode(await client.RequestAsync("textDocument/formatting", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = "file:///x.minutes" } })));
        Assert.Equal(ErrorCodes.ServerNotInitialized, ErrorCode(await client.RequestAsync("shutdown", null)));
        await client.InitializeAsync();
        Assert.Equal(ErrorCodes.InvalidRequest, ErrorCode(await client.RequestAsync("initialize", new JsonObject { ["capabilities"] = new JsonObject() })));
        var shutdown = await client.RequestAsync("shutdown", null);
        Assert.Null(shutdown["error"]);
        Assert.Equal(ErrorCodes.InvalidRequest, ErrorCode(await client.RequestAsync("textDocument/formatting", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = "file:///x.minutes" } })));
        await client.NotifyAsync("exit", null);
        Assert.Equal(0, await client.Server.WaitAsync(LspClient.Patience));
    }

    [Fact]
    public async Task UnknownMethodsBadParamsNonJsonAndNonMessagesAreAnsweredWithTheirCodes()
    {
        await using var client = LspClient.InProcess();
        await client.InitializeAsync();
        Assert.Equal(ErrorCodes.MethodNotFound, ErrorCode(await client.RequestAsync("textDocument/noSuchThing", new JsonObject())));
        Assert.Equal(ErrorCodes.InvalidParams, ErrorCode(await client.RequestAsync("textDocument/formatting", new JsonObject { ["options"] = new JsonObject() })));
        Assert.Equal(ErrorCodes.InvalidParams, ErrorCode(await client.RequestAsync("textDocument/formatting", new JsonArray(1, 2))));
        Assert.Equal(ErrorCodes.InvalidParams, ErrorCode(await client.RequestAsync("textDocument/formatting", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = 5 } })));

        // a request without jsonrpc "2.0" is refused with its id
        var answer = client.Expect(77);
        await client.SendAsync(new JsonObject { ["jsonrpc"] = "1.0", ["id"] = 77, ["method"] = "shutdown" });
        Assert.Equal(ErrorCodes.InvalidRequest, ErrorCode(await answer.WaitAsync(LspClient.Patience)));

        // not JSON, JSON that is no object, an object with no method, an id that is neither integer nor string: id null
        foreach (var (body, code) in new[]
        {
            ("{\"jsonrpc\":\"2.0\",\"id\":1,", ErrorCodes.ParseError),
            ("\u00ff\u00fe garbage", ErrorCodes.ParseError),
            ("[1,2,3]", ErrorCodes.InvalidRequest),
            ("\"shutdown\"", ErrorCodes.InvalidRequest),
            ("{\"jsonrpc\":\"2.0\"}", ErrorCodes.InvalidRequest),
            ("{\"jsonrpc\":\"2.0\",\"id\":{\"a\":1},\"method\":\"shutdown\"}", ErrorCodes.InvalidRequest),
            ("{\"jsonrpc\":\"2.0\",\"id\":1.5,\"method\":\"shutdown\"}", ErrorCodes.InvalidRequest),
        })
        {
            int before = client.Unmatched.Count;
            byte[] bytes = Encoding.UTF8.GetBytes(body);
            await client.WriteRawAsync([.. Encoding.ASCII.GetBytes($"Content-Length: {bytes.Length}\r\n\r\n"), .. bytes]);

            // a request after it is answered after it: the error was written by then
            await client.RequestAsync("textDocument/noSuchThing", new JsonObject());
            var error = Assert.Single(client.Unmatched.Skip(before));
            Assert.Equal(code, ErrorCode(error));
            Assert.Null(error["id"]);
        }

        // shutdown was never run by any of them
        Assert.Equal(0, await client.ShutdownAsync());
    }

    [Fact]
    public async Task CancelRequestAnswersAHeldRequestWithRequestCancelled()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var held = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var client = LspClient.InProcess(new ServerOptions
        {
            Debounce = TimeSpan.FromMilliseconds(10),
            BeforeRequest = async () =>
            {
                held.TrySetResult();
                await release.Task;
            },
        });
        await client.InitializeAsync();
        string path = Path.Combine(Path.GetTempPath(), "held.minutes");
        await client.OpenAsync(path, "@meeting 114-1\n");
        var answer = client.Expect(42);
        await client.SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = 42, ["method"] = "textDocument/formatting", ["params"] = new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = Documents.UriOf(path) }, ["options"] = new JsonObject() } });
        await held.Task.WaitAsync(LspClient.Patience);
        await client.NotifyAsync("$/cancelRequest", new JsonObject { ["id"] = 42 });

        // the cancel is read before the next request is answered: the server reads in order
        var answer2 = client.Expect(43);
        await client.SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = 43, ["method"] = "textDocument/formatting", ["params"] = new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = Documents.UriOf(path) }, ["options"] = new JsonObject() } });
        await Task.Delay(50); // the second request's frame is read (the cancel before it)
        release.SetResult();
        var cancelled = await answer.WaitAsync(LspClient.Patience);
        Assert.Equal(ErrorCodes.RequestCancelled, ErrorCode(cancelled));
        Assert.Equal(42, cancelled["id"]!.GetValue<int>());
        var done = await answer2.WaitAsync(LspClient.Patience);
        Assert.NotNull(done["result"]);

        // a cancel of a request already answered, or of an id never seen, changes nothing
        await client.NotifyAsync("$/cancelRequest", new JsonObject { ["id"] = 42 });
        await client.NotifyAsync("$/cancelRequest", new JsonObject { ["id"] = "nobody" });
        Assert.Equal(0, await client.ShutdownAsync());
    }

    [Fact]
    public async Task HeadersInAnyCaseWithOtherFieldsAndLoneLineFeedsAreFrames()
    {
        await using var client = LspClient.InProcess();
        byte[] body = Encoding.UTF8.GetBytes("{\"jsonrpc\":\"2.0\",\"id\":9,\"method\":\"initialize\",\"params\":{\"capabilities\":{}}}");
        var answer = client.Expect(9);
        await client.WriteRawAsync([.. Encoding.ASCII.GetBytes($"content-length: {body.Length}\nContent-Type: application/vscode-jsonrpc; charset=utf-8\n\n"), .. body]);
        Assert.NotNull((await answer.WaitAsync(LspClient.Patience))["result"]);

        // a frame split into single bytes
        byte[] body2 = Encoding.UTF8.GetBytes("{\"jsonrpc\":\"2.0\",\"id\":10,\"method\":\"shutdown\"}");
        var answer2 = client.Expect(10);
        foreach (byte b in (byte[])[.. Encoding.ASCII.GetBytes($"Content-Length: {body2.Length}\r\n\r\n"), .. body2]) await client.WriteRawAsync([b]);
        Assert.Null((await answer2.WaitAsync(LspClient.Patience))["error"]);
        await client.NotifyAsync("exit", null);
        Assert.Equal(0, await client.Server.WaitAsync(LspClient.Patience));
    }

    /// <summary>Random bytes, headers and JSON, then the end of the input: the server ends (1), having written only well-formed frames.</summary>
    [Fact]
    public async Task RandomBytesHeadersAndJsonNeverStopTheServerButTheEndOfInput()
    {
        var random = new Random(16);
        for (int i = 0; i < 150; i++)
        {
            var log = new List<string>();
            await using var client = LspClient.InProcess(log: log);
            await client.WriteRawAsync(Junk(random));
            client.CloseInput();
            int code = await client.Server.WaitAsync(LspClient.Patience);
            Assert.Equal(1, code);
            await client.DisposeAsync();
            Assert.All(client.Frames, f => Assert.Equal("2.0", f["jsonrpc"]!.GetValue<string>()));
        }
    }

    /// <summary>Well-framed junk of every kind (random JSON included) before a real session: the session still works.</summary>
    [Fact]
    public async Task FramedJunkBeforeASessionLeavesTheSessionWorking()
    {
        var random = new Random(1616);
        for (int i = 0; i < 60; i++)
        {
            await using var client = LspClient.InProcess();
            if (i % 2 == 0) await client.InitializeAsync(); // junk before and after initialize
            for (int k = 0; k < 5; k++)
            {
                byte[] body = random.Next(3) switch
                {
                    0 => RandomBytes(random, random.Next(0, 200)),
                    1 => Encoding.UTF8.GetBytes((RandomJson(random, 0)?.ToJsonString() ?? "null")),
                    _ => Encoding.UTF8.GetBytes(RandomMessage(random).ToJsonString()),
                };
                await client.WriteRawAsync([.. Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n"), .. body]);
            }

            // a header block without a length, and one with a length that is no number, are skipped
            await client.WriteRawAsync(Encoding.ASCII.GetBytes("Content-Type: x\r\n\r\nContent-Length: ten\r\n\r\n"));
            if (i % 2 == 1) Assert.NotNull((await client.InitializeAsync())["capabilities"]);
            Assert.Equal(ErrorCodes.MethodNotFound, ErrorCode(await client.RequestAsync("textDocument/noSuchThing", new JsonObject())));
            Assert.Equal(0, await client.ShutdownAsync());
        }
    }

    private static byte[] Junk(Random random) => random.Next(4) switch
    {
        0 => RandomBytes(random, random.Next(0, 2000)),
        1 => Encoding.ASCII.GetBytes($"Content-Length: {random.Next(-5, 100000)}\r\n{(random.Next(2) == 0 ? "\r\n" : "")}").Concat(RandomBytes(random, random.Next(0, 300))).ToArray(),
        2 => Encoding.UTF8.GetBytes(new string('x', random.Next(0, 20000)) + "\r\n\r\n{}"),
        _ => Encoding.ASCII.GetBytes($"Content-Length: {random.Next(0, 50)}\r\n\r\n").Concat(Encoding.UTF8.GetBytes((RandomJson(random, 0)?.ToJsonString() ?? "null"))).ToArray(),
    };

    private static byte[] RandomBytes(Random random, int n)
    {
        var bytes = new byte[n];
        random.NextBytes(bytes);
        return bytes;
    }

    private static readonly string[] Methods = ["initialize", "shutdown", "textDocument/didOpen", "textDocument/didChange", "textDocument/didClose", "textDocument/formatting", "$/cancelRequest", "initialized", "x"];

    private static JsonObject RandomMessage(Random random)
    {
        var message = new JsonObject { ["jsonrpc"] = random.Next(4) == 0 ? "2" : "2.0", ["method"] = Methods[random.Next(Methods.Length - 1) + (random.Next(3) == 0 ? 1 : 0)], ["params"] = RandomJson(random, 0) };
        if (message["method"]!.GetValue<string>() is "initialize" or "shutdown") message["method"] = "textDocument/formatting"; // the session after must start clean, and must not end
        if (random.Next(2) == 0) message["id"] = random.Next(3) == 0 ? RandomJson(random, 2) : JsonValue.Create(random.Next(100));
        return message;
    }

    private static JsonNode? RandomJson(Random random, int depth) => (depth > 3 ? random.Next(4) : random.Next(7)) switch
    {
        0 => null,
        1 => JsonValue.Create(random.Next(-1000, 1000)),
        2 => JsonValue.Create(new string((char)random.Next(0x20, 0x9fff), random.Next(0, 5))),
        3 => JsonValue.Create(random.Next(2) == 0),
        4 => new JsonArray([.. Enumerable.Range(0, random.Next(4)).Select(_ => RandomJson(random, depth + 1))]),
        _ => new JsonObject(Enumerable.Range(0, random.Next(4)).Select(k => KeyValuePair.Create(
            (string[])["uri", "textDocument", "text", "version", "range", "contentChanges", "id", "x"] is var keys ? keys[random.Next(keys.Length)] + (k > 0 ? k.ToString(System.Globalization.CultureInfo.InvariantCulture) : "") : "",
            RandomJson(random, depth + 1)))),
    };
}
