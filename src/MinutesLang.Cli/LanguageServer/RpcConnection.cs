using System.Buffers;
using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace MinutesLang.Cli.LanguageServer;

/// <summary>A request's params that are not those of its method: answered with <see cref="ErrorCodes.InvalidParams"/>.</summary>
public sealed class InvalidParamsException(string message) : Exception(message);

/// <summary>
/// JSON-RPC 2.0 over the LSP base protocol, with the LSP lifecycle (3.17): <c>initialize</c> first (any other request
/// before it is answered <see cref="ErrorCodes.ServerNotInitialized"/>, any notification but <c>exit</c> dropped),
/// <c>shutdown</c> (then every request but <c>exit</c> is <see cref="ErrorCodes.InvalidRequest"/>), <c>exit</c> (the exit
/// code is 0 after <c>shutdown</c>, else 1; the end of the input is an <c>exit</c>). Requests run on the thread pool, each
/// cancellable by <c>$/cancelRequest</c> until it is answered (<see cref="ErrorCodes.RequestCancelled"/>); notifications
/// run in order on the reading loop, so that every change is applied before the next message is read. Nothing a client
/// sends stops the loop but <c>exit</c> and the end of the input: a frame that is not JSON is answered
/// <see cref="ErrorCodes.ParseError"/>, JSON that is no message <see cref="ErrorCodes.InvalidRequest"/>, an unknown
/// request <see cref="ErrorCodes.MethodNotFound"/>, bad params <see cref="ErrorCodes.InvalidParams"/>, and a failure of a
/// handler <see cref="ErrorCodes.InternalError"/>.
/// </summary>
public sealed class RpcConnection
{
    /// <summary>
    /// A request's handler: run on the reading loop with the params (to read them and take what it needs of the state
    /// as it is when the request arrives), it returns the work that makes the result, run on the thread pool with the
    /// request's cancellation. The result is written by the <see cref="Result"/> it returns.
    /// </summary>
    public delegate Func<CancellationToken, Result> RequestHandler(JsonElement? parameters);

    /// <summary>Writes a request's result value (<c>null</c> included).</summary>
    public delegate void Result(Utf8JsonWriter writer);

    private readonly FrameReader reader;
    private readonly FrameWriter writer;
    private readonly Action<string> log;
    private readonly Dictionary<string, RequestHandler> requests = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Action<JsonElement?>> notifications = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, CancellationTokenSource> pending = new(StringComparer.Ordinal);
    private readonly List<Task> running = [];

    /// <param name="input">the client's messages (standard input)</param>
    /// <param name="output">the server's messages (standard output); nothing else may write to it</param>
    /// <param name="log">where problems of the protocol are told (standard error; never the output)</param>
    public RpcConnection(Stream input, Stream output, Action<string> log)
    {
        this.log = log;
        reader = new FrameReader(input, log);
        writer = new FrameWriter(output);
    }

    /// <summary>
    /// Awaited by each request before it runs (none by default); a test holds requests back with it to cancel one
    /// deterministically.
    /// </summary>
    public Func<Task>? BeforeRequest { get; set; }

    /// <summary>Whether <c>initialize</c> was answered.</summary>
    public bool Initialized { get; private set; }

    /// <summary>Whether <c>shutdown</c> was received.</summary>
    public bool ShutDown { get; private set; }

    /// <summary>The handler of <c>initialize</c>, the only request answered before it.</summary>
    public RequestHandler? Initialize { get; set; }

    /// <summary>Called once on <c>shutdown</c>, before it is answered (the server stops its background work).</summary>
    public Action? OnShutdown { get; set; }

    /// <summary>Adds the handler of a request method.</summary>
    public void Request(string method, RequestHandler handler) => requests[method] = handler;

    /// <summary>Adds the handler of a notification method.</summary>
    public void Notification(string method, Action<JsonElement?> handler) => notifications[method] = handler;

    /// <summary>
    /// Reads <paramref name="parameters"/> as <typeparamref name="T"/>, or throws <see cref="InvalidParamsException"/>: params
    /// that are no object, a field missing, null where the protocol has no null, of another JSON type (the contexts respect
    /// nullable annotations and required constructor parameters), or whose values the protocol forbids
    /// (<see cref="ICheckedParams"/>: a negative position, a range that ends before it starts, a uri that is none).
    /// </summary>
    public static T Params<T>(JsonElement? parameters, JsonTypeInfo<T> type)
    {
        if (parameters is not { ValueKind: JsonValueKind.Object } p) throw new InvalidParamsException($"params must be an object ({type.Type.Name})");
        try
        {
            var value = p.Deserialize(type) ?? throw new InvalidParamsException($"params must be an object ({type.Type.Name})");
            if (value is ICheckedParams checkedParams && checkedParams.Problem() is { } problem) throw new InvalidParamsException(problem);
            return value;
        }
        catch (JsonException e)
        {
            throw new InvalidParamsException($"params are not a {type.Type.Name}: {e.Message}");
        }
    }

    /// <summary>Sends a notification with typed params.</summary>
    public Task NotifyAsync<T>(string method, T parameters, JsonTypeInfo<T> type) => SendAsync(w =>
    {
        w.WriteString("method", method);
        w.WritePropertyName("params");
        JsonSerializer.Serialize(w, parameters, type);
    });

    /// <summary>Reads and answers messages until <c>exit</c> or the end of the input; returns the exit code (0 after <c>shutdown</c>, else 1).</summary>
    public async Task<int> RunAsync(CancellationToken cancel = default)
    {
        while (true)
        {
            byte[]? content;
            try
            {
                content = await reader.ReadAsync(cancel);
            }
            catch (OperationCanceledException)
            {
                content = null;
            }

            if (content is null) break;
            if (await DispatchAsync(content)) return await Finish(ShutDown ? 0 : 1);
        }

        return await Finish(ShutDown ? 0 : 1);
    }

    private async Task<int> Finish(int code)
    {
        Task[] left;
        lock (running) left = [.. running];
        foreach (var cts in pending.Values) cts.Cancel();
        try
        {
            await Task.WhenAll(left).WaitAsync(TimeSpan.FromSeconds(5));
        }
        catch (Exception e) when (e is TimeoutException or OperationCanceledException)
        {
            // a request still running is abandoned with the process
        }

        return code;
    }

    /// <summary>Handles one content part; true when it was <c>exit</c>.</summary>
    private async Task<bool> DispatchAsync(byte[] content)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(content, new JsonDocumentOptions { MaxDepth = 256 });
        }
        catch (JsonException e)
        {
            log($"a message that is not JSON: {e.Message}");
            await ErrorAsync(null, ErrorCodes.ParseError, "Parse error: the content is not JSON");
            return false;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                await ErrorAsync(null, ErrorCodes.InvalidRequest, "Invalid request: a message is a JSON object");
                return false;
            }

            JsonElement? id = null;
            if (root.TryGetProperty("id", out var idElement))
            {
                if (idElement.ValueKind is not (JsonValueKind.Number or JsonValueKind.String) || idElement.ValueKind == JsonValueKind.Number && !idElement.TryGetInt64(out _))
                {
                    await ErrorAsync(null, ErrorCodes.InvalidRequest, "Invalid request: an id is an integer or a string");
                    return false;
                }

                id = idElement.Clone();
            }

            bool version = root.TryGetProperty("jsonrpc", out var v) && v.ValueKind == JsonValueKind.String && v.ValueEquals("2.0");
            if (!root.TryGetProperty("method", out var m) || m.ValueKind != JsonValueKind.String)
            {
                // a response to a request of ours (the server sends none that need one), or no message at all
                if (id is null || !(root.TryGetProperty("result", out _) || root.TryGetProperty("error", out _)))
                    await ErrorAsync(id, ErrorCodes.InvalidRequest, "Invalid request: no method");
                return false;
            }

            string method = m.GetString()!;
            if (!version)
            {
                if (id is not null) await ErrorAsync(id, ErrorCodes.InvalidRequest, "Invalid request: jsonrpc must be \"2.0\"");
                else log($"notification {method} without jsonrpc \"2.0\" ignored");
                return false;
            }

            JsonElement? parameters = root.TryGetProperty("params", out var p) ? p.Clone() : null;
            if (id is null) return await NotifyAsync(method, parameters);
            await RequestAsync(id.Value, method, parameters);
            return false;
        }
    }

    /// <summary>
    /// Tells the client a warning (<c>window/logMessage</c>, type 2) and the log: what the server did with a notification
    /// it could not take as sent (a notification has no response to carry an error, LSP 3.17).
    /// </summary>
    public Task WarnAsync(string message)
    {
        log(message);
        return NotifyAsync("window/logMessage", new LogMessageParams(2, ValidTextOf(message)), LspJson.Default.LogMessageParams);
    }

    private static string ValidTextOf(string text) => Features.ValidText.Of(text);

    /// <summary>
    /// Runs a notification in order; true when it was <c>exit</c>. Params the handler cannot take
    /// (<see cref="InvalidParamsException"/>) are the client's fault: the notification is ignored and the client warned
    /// (<see cref="WarnAsync"/>), never an internal error.
    /// </summary>
    private async Task<bool> NotifyAsync(string method, JsonElement? parameters)
    {
        if (method == "exit") return true;
        if (method == "$/cancelRequest")
        {
            try
            {
                var cancel = Params(parameters, LspJson.Default.CancelParams);
                if (pending.TryGetValue(cancel.Id.GetRawText(), out var cts)) cts.Cancel();
            }
            catch (InvalidParamsException e)
            {
                await WarnAsync($"$/cancelRequest ignored: invalid params: {e.Message}");
            }

            return false;
        }

        if (!Initialized || ShutDown) return false; // dropped, as the lifecycle says
        if (!notifications.TryGetValue(method, out var handler))
        {
            if (!method.StartsWith("$/", StringComparison.Ordinal)) log($"notification {method} ignored");
            return false;
        }

        try
        {
            handler(parameters);
        }
        catch (InvalidParamsException e)
        {
            await WarnAsync($"{method} ignored: invalid params: {e.Message}");
        }
        catch (Exception e)
        {
            log($"{method}: internal error: {e.GetType().Name}: {e.Message}");
        }

        return false;
    }

    private async Task RequestAsync(JsonElement id, string method, JsonElement? parameters)
    {
        if (ShutDown)
        {
            await ErrorAsync(id, ErrorCodes.InvalidRequest, $"Invalid request: {method} after shutdown");
            return;
        }

        if (method == "initialize")
        {
            if (Initialized)
            {
                await ErrorAsync(id, ErrorCodes.InvalidRequest, "Invalid request: initialize was sent already");
                return;
            }
        }
        else if (!Initialized)
        {
            await ErrorAsync(id, ErrorCodes.ServerNotInitialized, $"Server not initialized: {method} before initialize");
            return;
        }

        if (method == "shutdown")
        {
            ShutDown = true;
            OnShutdown?.Invoke();
            await ReplyAsync(id, w => w.WriteNullValue());
            return;
        }

        var handler = method == "initialize" ? Initialize : requests.GetValueOrDefault(method);
        if (handler is null)
        {
            await ErrorAsync(id, ErrorCodes.MethodNotFound, $"Method not found: {method}");
            return;
        }

        Func<CancellationToken, Result> work;
        try
        {
            work = handler(parameters);
        }
        catch (InvalidParamsException e)
        {
            await ErrorAsync(id, ErrorCodes.InvalidParams, $"Invalid params: {e.Message}");
            return;
        }
        catch (Exception e)
        {
            await ErrorAsync(id, ErrorCodes.InternalError, $"Internal error: {e.GetType().Name}: {e.Message}");
            return;
        }

        if (method == "initialize")
        {
            // answered before the next message is read: the lifecycle depends on it
            Initialized = true;
            await AnswerAsync(id, work, CancellationToken.None);
            return;
        }

        string key = id.GetRawText();
        var cts = new CancellationTokenSource();
        pending[key] = cts;
        var task = Task.Run(async () =>
        {
            try
            {
                if (BeforeRequest is { } gate) await gate();
                await AnswerAsync(id, work, cts.Token);
            }
            finally
            {
                pending.TryRemove(key, out _);
                cts.Dispose();
            }
        });
        lock (running)
        {
            running.RemoveAll(t => t.IsCompleted);
            running.Add(task);
        }
    }

    private async Task AnswerAsync(JsonElement id, Func<CancellationToken, Result> work, CancellationToken cancel)
    {
        Result result;
        try
        {
            cancel.ThrowIfCancellationRequested();
            result = work(cancel);
            cancel.ThrowIfCancellationRequested();
        }
        catch (OperationCanceledException)
        {
            await ErrorAsync(id, ErrorCodes.RequestCancelled, "Request cancelled");
            return;
        }
        catch (InvalidParamsException e)
        {
            await ErrorAsync(id, ErrorCodes.InvalidParams, $"Invalid params: {e.Message}");
            return;
        }
        catch (Exception e)
        {
            log($"internal error: {e}");
            await ErrorAsync(id, ErrorCodes.InternalError, $"Internal error: {e.GetType().Name}: {e.Message}");
            return;
        }

        try
        {
            await ReplyAsync(id, result);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or JsonException)
        {
            // a result that cannot be written (text that is not valid UTF-16, for one): nothing of it was sent; the request is still answered
            log($"internal error: {e}");
            await ErrorAsync(id, ErrorCodes.InternalError, $"Internal error: {e.GetType().Name}: {e.Message}");
        }
    }

    private Task ReplyAsync(JsonElement id, Result result) => SendAsync(w =>
    {
        w.WritePropertyName("id");
        id.WriteTo(w);
        w.WritePropertyName("result");
        result(w);
    });

    private Task ErrorAsync(JsonElement? id, int code, string message) => SendAsync(w =>
    {
        w.WritePropertyName("id");
        if (id is { } known) known.WriteTo(w);
        else w.WriteNullValue();
        w.WritePropertyName("error");
        JsonSerializer.Serialize(w, new ResponseError(code, message), LspJson.Default.ResponseError);
    });

    private async Task SendAsync(Action<Utf8JsonWriter> body)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteString("jsonrpc", "2.0");
            body(w);
            w.WriteEndObject();
        }

        try
        {
            await writer.WriteAsync(buffer.WrittenMemory);
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
            log($"the client's end is closed: {e.Message}");
        }
    }
}
