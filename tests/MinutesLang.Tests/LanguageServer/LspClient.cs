using System.IO.Pipes;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using MinutesLang.Cli.LanguageServer;

namespace MinutesLang.Tests.LanguageServer;

/// <summary>
/// A small LSP client for the tests: frames JSON messages to the server's input, reads its output frame by frame on a
/// thread of its own, answers <see cref="RequestAsync"/> by id and keeps every notification for
/// <see cref="NextNotificationAsync"/>. Over anonymous pipes to a <see cref="MinutesServer"/> in this process
/// (<see cref="InProcess"/>), or over a process's standard input and output.
/// </summary>
public sealed class LspClient : IAsyncDisposable
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private readonly Stream toServer;
    private readonly Channel<JsonObject> notifications = Channel.CreateUnbounded<JsonObject>();
    private readonly Dictionary<string, TaskCompletionSource<JsonObject>> waiting = [];
    private readonly Task pump;
    private readonly IDisposable[] owned;
    private int nextId;

    public LspClient(Stream toServer, Stream fromServer, params IDisposable[] owned)
    {
        this.toServer = toServer;
        this.owned = owned;
        pump = Task.Run(async () =>
        {
            var reader = new FrameReader(fromServer);
            while (await reader.ReadAsync() is { } frame)
            {
                var message = JsonNode.Parse(frame)!.AsObject();
                lock (Frames) Frames.Add(message);
                if (message.ContainsKey("id") && message["method"] is null)
                {
                    TaskCompletionSource<JsonObject>? answer = null;
                    if (message["id"] is { } id) lock (waiting) waiting.Remove(id.ToJsonString(), out answer);
                    answer?.TrySetResult(message);
                    if (answer is null) Unmatched.Add(message);
                }
                else notifications.Writer.TryWrite(message);
            }

            notifications.Writer.TryComplete();
        });
    }

    /// <summary>Every message the server wrote, in order.</summary>
    public List<JsonObject> Frames { get; } = [];

    /// <summary>Responses no request of ours was waiting for (errors answered with id null, for one).</summary>
    public List<JsonObject> Unmatched { get; } = [];

    /// <summary>The server as a task of this process, its input and output anonymous pipes; the task gives its exit code.</summary>
    public Task<int> Server { get; private set; } = Task.FromResult(-1);

    /// <summary>Starts a <see cref="MinutesServer"/> in this process with <paramref name="options"/> (a short debounce unless given) and a client for it.</summary>
    public static LspClient InProcess(ServerOptions? options = null, List<string>? log = null)
    {
        var clientOut = new AnonymousPipeServerStream(PipeDirection.Out);
        var serverIn = new AnonymousPipeClientStream(PipeDirection.In, clientOut.ClientSafePipeHandle);
        var serverOut = new AnonymousPipeServerStream(PipeDirection.Out);
        var clientIn = new AnonymousPipeClientStream(PipeDirection.In, serverOut.ClientSafePipeHandle);
        var logged = log ?? [];
        options ??= new ServerOptions { Debounce = TimeSpan.FromMilliseconds(20) };
        options = new ServerOptions
        {
            Debounce = options.Debounce,
            Language = options.Language,
            SystemLanguage = options.SystemLanguage,
            BeforePublish = options.BeforePublish,
            BeforeRequest = options.BeforeRequest,
            Log = m =>
            {
                lock (logged) logged.Add(m);
            },
        };
        var server = new MinutesServer(serverIn, serverOut, options);
        var run = Task.Run(async () =>
        {
            try
            {
                return await server.RunAsync();
            }
            finally
            {
                serverOut.Dispose();
            }
        });
        return new LspClient(clientOut, clientIn, serverIn) { Server = run };
    }

    /// <summary>Writes raw bytes to the server.</summary>
    public async Task WriteRawAsync(byte[] bytes)
    {
        await toServer.WriteAsync(bytes);
        await toServer.FlushAsync();
    }

    /// <summary>Writes one message as a frame.</summary>
    public Task SendAsync(JsonObject message)
    {
        byte[] body = Encoding.UTF8.GetBytes(message.ToJsonString());
        return WriteRawAsync([.. Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n"), .. body]);
    }

    /// <summary>Sends a notification.</summary>
    public Task NotifyAsync(string method, JsonNode? parameters) =>
        SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["method"] = method, ["params"] = parameters });

    /// <summary>Sends a request and awaits its response (the whole message: result or error).</summary>
    public async Task<JsonObject> RequestAsync(string method, JsonNode? parameters, int? id = null)
    {
        int n = id ?? Interlocked.Increment(ref nextId) + 1000;
        var answer = Expect(n);
        await SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = n, ["method"] = method, ["params"] = parameters });
        return await answer.WaitAsync(Patience);
    }

    /// <summary>The response to id <paramref name="id"/>, once it comes (register before sending).</summary>
    public Task<JsonObject> Expect(int id)
    {
        var answer = new TaskCompletionSource<JsonObject>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (waiting) waiting[id.ToString(System.Globalization.CultureInfo.InvariantCulture)] = answer;
        return answer.Task;
    }

    /// <summary>The next notification of <paramref name="method"/> (others are skipped), or null when the server's output ends first.</summary>
    public async Task<JsonObject?> NextNotificationAsync(string method, Func<JsonObject, bool>? where = null)
    {
        using var timeout = new CancellationTokenSource(Patience);
        while (await notifications.Reader.WaitToReadAsync(timeout.Token))
        {
            while (notifications.Reader.TryRead(out var n))
            {
                if (n["method"]?.GetValue<string>() == method && (where is null || where(n))) return n;
            }
        }

        return null;
    }

    /// <summary>The next publishDiagnostics of <paramref name="uri"/>.</summary>
    public async Task<JsonObject> DiagnosticsAsync(string uri) =>
        (await NextNotificationAsync("textDocument/publishDiagnostics", n => n["params"]!["uri"]!.GetValue<string>() == uri))!["params"]!.AsObject();

    /// <summary>
    /// The first publishDiagnostics of <paramref name="uri"/> that <paramref name="where"/> accepts among every message
    /// the server wrote (those already read included), waiting for it; whatever else was published stays for the other calls.
    /// </summary>
    public async Task<JsonObject> PublishedWhereAsync(string uri, Func<JsonObject, bool> where)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (clock.Elapsed < Patience)
        {
            lock (Frames)
            {
                foreach (var f in Frames)
                {
                    if (f["method"]?.GetValue<string>() == "textDocument/publishDiagnostics" && f["params"]!["uri"]!.GetValue<string>() == uri && where(f["params"]!.AsObject())) return f["params"]!.AsObject();
                }
            }

            await Task.Delay(10);
        }

        throw new TimeoutException($"no such publishDiagnostics of {uri}");
    }

    /// <summary>The next publishDiagnostics of each of <paramref name="uris"/>, in whatever order they come (others skipped).</summary>
    public async Task<Dictionary<string, JsonObject>> DiagnosticsOfEachAsync(params string[] uris)
    {
        var seen = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        while (seen.Count < uris.Length)
        {
            var n = await NextNotificationAsync("textDocument/publishDiagnostics", n => uris.Contains(n["params"]!["uri"]!.GetValue<string>()))
                ?? throw new InvalidOperationException("the server's output ended");
            seen[n["params"]!["uri"]!.GetValue<string>()] = n["params"]!.AsObject();
        }

        return seen;
    }

    /// <summary><c>initialize</c> (with <paramref name="locale"/>) and <c>initialized</c>; the result of initialize.</summary>
    public async Task<JsonObject> InitializeAsync(string? locale = null)
    {
        var response = await RequestAsync("initialize", new JsonObject { ["processId"] = null, ["rootUri"] = null, ["locale"] = locale, ["capabilities"] = new JsonObject() });
        await NotifyAsync("initialized", new JsonObject());
        return response["result"]!.AsObject();
    }

    /// <summary><c>didOpen</c> of a file with its text (read from disk unless given).</summary>
    public Task OpenAsync(string path, string? text = null, int version = 1) =>
        NotifyAsync("textDocument/didOpen", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = Documents.UriOf(path), ["languageId"] = "minutes", ["version"] = version, ["text"] = text ?? File.ReadAllText(path) },
        });

    /// <summary><c>didChange</c> with the whole new text.</summary>
    public Task ReplaceAsync(string path, string text, int version) =>
        NotifyAsync("textDocument/didChange", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = Documents.UriOf(path), ["version"] = version },
            ["contentChanges"] = new JsonArray(new JsonObject { ["text"] = text }),
        });

    /// <summary><c>shutdown</c> then <c>exit</c>; the server's exit code.</summary>
    public async Task<int> ShutdownAsync()
    {
        var response = await RequestAsync("shutdown", null);
        Assert.True(response.ContainsKey("result") && response["result"] is null, response.ToJsonString());
        await NotifyAsync("exit", null);
        return await Server.WaitAsync(Patience);
    }

    /// <summary>Closes the server's input (the end of the stream).</summary>
    public void CloseInput() => toServer.Dispose();

    public async ValueTask DisposeAsync()
    {
        toServer.Dispose();
        try
        {
            await Server.WaitAsync(Patience);
            await pump.WaitAsync(Patience);
        }
        catch (Exception)
        {
            // a test that failed already says why
        }

        foreach (var o in owned) o.Dispose();
    }
}
