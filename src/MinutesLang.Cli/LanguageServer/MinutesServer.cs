using System.Text.Json;
using MinutesLang.Formatting;
using MinutesLang.Localization;
using MinutesLang.Parsing;
using MinutesLang.Semantics;
using MinutesLang.Text;

namespace MinutesLang.Cli.LanguageServer;

/// <summary>The settings of a <see cref="MinutesServer"/>.</summary>
public sealed class ServerOptions
{
    /// <summary>How long after the last change of a series its check starts (150 ms; tests shorten it).</summary>
    public TimeSpan Debounce { get; init; } = TimeSpan.FromMilliseconds(150);

    /// <summary>The language of <c>--lang</c>, above every other; null when not given.</summary>
    public Language? Language { get; init; }

    /// <summary>The system's UI language (LANG, LC_ALL…), used when neither <c>--lang</c> nor minutesconfig.json names one.</summary>
    public Language? SystemLanguage { get; init; }

    /// <summary>Where problems are told (standard error by default: never the protocol's output).</summary>
    public Action<string>? Log { get; init; }

    /// <summary>Awaited before each request runs (tests hold requests back to cancel one).</summary>
    public Func<Task>? BeforeRequest { get; init; }

    /// <summary>Awaited after a series is checked and before its findings are published (tests change a document meanwhile).</summary>
    public Func<Task>? BeforePublish { get; init; }
}

/// <summary>
/// <c>minutes lsp</c>: the language server of the notation (LSP 3.17 over <see cref="RpcConnection"/>). Documents are
/// synchronized incrementally (<see cref="Documents"/>: open buffers override the files on disk); after each open,
/// change, save or close, once no other change came for <see cref="ServerOptions.Debounce"/>, the whole series of each
/// document changed is checked (<see cref="SeriesChecker"/>: what <c>minutes check</c> finds) and the findings of every
/// open document of the series published with the version they were computed from — never when the document has
/// changed since (a newer check follows). <c>textDocument/formatting</c> is <c>minutes fmt</c> (<see cref="Formatter"/>)
/// as one edit of the whole text; a record fmt refuses gets no edit. Positions are in UTF-16 code units.
/// <c>workspace/didChangeWatchedFiles</c> (the VS Code extension watches <c>*.minutes</c> and minutesconfig.json) tells
/// of files changed on disk that are not open: the open documents they bear on are checked again, as after a change.
/// Params a notification cannot be read with are a <c>window/logMessage</c> warning and the notification is ignored.
/// </summary>
public sealed class MinutesServer
{
    private readonly RpcConnection connection;
    private readonly ServerOptions options;
    private readonly Documents documents = new();
    private readonly SeriesChecker checker;
    private readonly Action<string> log;
    private readonly object schedule = new();
    private readonly HashSet<string> dirty = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim checking = new(1, 1);
    private CancellationTokenSource? timer;
    private bool stopped;

    /// <param name="input">the client's messages</param>
    /// <param name="output">the server's messages</param>
    /// <param name="options">the settings</param>
    public MinutesServer(Stream input, Stream output, ServerOptions options)
    {
        this.options = options;
        log = options.Log ?? (m => Console.Error.WriteLine("minutes lsp: " + m));
        connection = new RpcConnection(input, output, log) { BeforeRequest = options.BeforeRequest, OnShutdown = Stop };
        checker = new SeriesChecker(documents, _ => options.Language) { Fallback = options.SystemLanguage };
        connection.Initialize = Initialize;
        connection.Notification("initialized", _ => { });
        connection.Notification("textDocument/didOpen", DidOpen);
        connection.Notification("textDocument/didChange", DidChange);
        connection.Notification("textDocument/didSave", DidSave);
        connection.Notification("textDocument/didClose", DidClose);
        connection.Notification("workspace/didChangeWatchedFiles", DidChangeWatchedFiles);
        connection.Request("textDocument/formatting", Formatting);
        Features.NavigationFeatures.Register(connection, documents, checker);
        connection.Request(Preview.Method, new Preview(documents, checker, log).Handle); // the live preview (Preview.cs)
        connection.Request("textDocument/codeAction", new CodeActions(documents, checker, log).Handle);
    }

    /// <summary>Serves until <c>exit</c> or the end of the input; the exit code is 0 after <c>shutdown</c>, else 1.</summary>
    public Task<int> RunAsync(CancellationToken cancel = default) => connection.RunAsync(cancel);

    private Func<CancellationToken, RpcConnection.Result> Initialize(JsonElement? parameters)
    {
        var p = parameters is { ValueKind: JsonValueKind.Object } ? RpcConnection.Params(parameters, LspJson.Default.InitializeParams) : new InitializeParams();
        checker.Fallback = options.SystemLanguage ?? Languages.FromLocale(p.Locale);
        string version = typeof(MinutesServer).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";
        var result = new InitializeResult(
            new ServerCapabilities("utf-16", new TextDocumentSyncOptions(OpenClose: true, Change: 2, new SaveOptions(IncludeText: false)), DocumentFormattingProvider: true,
                CodeActionProvider: CodeActions.Options),
            new ServerInfo("minutes", version));
        return _ => w => JsonSerializer.Serialize(w, result, LspJson.Default.InitializeResult);
    }

    private void DidOpen(JsonElement? parameters)
    {
        var p = RpcConnection.Params(parameters, LspJson.Default.DidOpenTextDocumentParams);
        var document = documents.Open(p.TextDocument.Uri, p.TextDocument.Version, p.TextDocument.Text);
        Touch(document.Path);
    }

    private void DidChange(JsonElement? parameters)
    {
        DidChangeTextDocumentParams p;
        try
        {
            p = RpcConnection.Params(parameters, LspJson.Default.DidChangeTextDocumentParams);
        }
        catch (InvalidParamsException)
        {
            // the editor applied a change the server cannot: what it has is no longer known (Documents.OutOfSync)
            if (UriIn(parameters) is { } uri) documents.Refuse(uri);
            throw;
        }

        if (documents.Change(p.TextDocument.Uri, p.TextDocument.Version, p.ContentChanges) is { } document) Touch(document.Path);
        else log($"didChange of {p.TextDocument.Uri}, which is not open, ignored");
    }

    /// <summary>
    /// Files created, changed or deleted on disk: for each one the editor does not have open (an open buffer overrides
    /// its file, so a save of it changes nothing), the open documents it bears on are checked again once changes stop —
    /// a record: the open documents of its series (its series.minutes and the records it governs); a series.minutes or
    /// a minutesconfig.json: every open document in its folder and below (the series and the policy they are checked
    /// under may be others now). The files are read again by the check; a file whose bytes are the same is not parsed
    /// again (<see cref="DiskTrees"/>).
    /// </summary>
    private void DidChangeWatchedFiles(JsonElement? parameters)
    {
        var p = RpcConnection.Params(parameters, LspJson.Default.DidChangeWatchedFilesParams);
        foreach (var change in p.Changes)
        {
            string path = Documents.PathOf(change.Uri);
            if (documents.Get(path) is not null || !System.IO.Path.IsPathRooted(path)) continue;
            foreach (var open in AffectedBy(path)) Touch(open.Path);
        }
    }

    /// <summary>The open documents whose findings a change of <paramref name="path"/> (a file not open) may change.</summary>
    private IEnumerable<OpenDocument> AffectedBy(string path)
    {
        string name = System.IO.Path.GetFileName(path);
        if (Compilation.IsSeriesFile(path) || string.Equals(name, MinutesLang.Diagnostics.Policy.DiagnosticConfig.FileName, StringComparison.OrdinalIgnoreCase))
        {
            string folder = System.IO.Path.GetDirectoryName(path) + System.IO.Path.DirectorySeparatorChar;
            return documents.All.Where(d => d.Path.StartsWith(folder, StringComparison.Ordinal));
        }

        if (!path.EndsWith(".minutes", StringComparison.OrdinalIgnoreCase) || checker.SeriesFileOf(path) is not { } series) return [];
        return documents.All.Where(d => checker.SeriesFileOf(d.Path) == series);
    }

    /// <summary>The <c>textDocument.uri</c> of params that could not be read whole, if it can be read alone.</summary>
    private static string? UriIn(JsonElement? parameters) =>
        parameters is { ValueKind: JsonValueKind.Object } p && p.TryGetProperty("textDocument", out var d) && d.ValueKind == JsonValueKind.Object
        && d.TryGetProperty("uri", out var u) && u.ValueKind == JsonValueKind.String ? u.GetString() : null;

    private void DidSave(JsonElement? parameters)
    {
        var p = RpcConnection.Params(parameters, LspJson.Default.DidSaveTextDocumentParams);
        Touch(Documents.PathOf(p.TextDocument.Uri));
    }

    private void DidClose(JsonElement? parameters)
    {
        var p = RpcConnection.Params(parameters, LspJson.Default.DidCloseTextDocumentParams);
        if (documents.Close(p.TextDocument.Uri) is not { } closed) return;

        // its findings go with it; the rest of its series is checked again with the file on disk
        _ = connection.NotifyAsync("textDocument/publishDiagnostics", new PublishDiagnosticsParams(closed.Uri, null, []), LspJson.Default.PublishDiagnosticsParams);
        Touch(closed.Path);
    }

    private Func<CancellationToken, RpcConnection.Result> Formatting(JsonElement? parameters)
    {
        var p = RpcConnection.Params(parameters, LspJson.Default.DocumentFormattingParams);
        string path = Documents.PathOf(p.TextDocument.Uri);
        string? text = documents.Get(path)?.Text; // the text as it is when the request arrives
        return cancel =>
        {
            TextEdit[] edits = [];
            string? original = text;
            if (original is null && File.Exists(path)) original = SourceText.FromBytes(File.ReadAllBytes(path), path).Text;
            if (original is not null)
            {
                var result = Formatter.Format(Parser.Parse(SourceText.From(original, path)));
                cancel.ThrowIfCancellationRequested();
                if (!result.Refused && result.Changed) edits = [new TextEdit(new LineIndex(original).Whole, result.Text)];
            }

            return w => JsonSerializer.Serialize(w, edits, LspJson.Default.TextEditArray);
        };
    }

    /// <summary>Marks the series of <paramref name="path"/> to be checked once changes stop for the debounce.</summary>
    private void Touch(string path)
    {
        lock (schedule)
        {
            if (stopped) return;
            dirty.Add(path);
            timer?.Cancel();
            timer = new CancellationTokenSource();
            var token = timer.Token;
            _ = Task.Run(() => CheckLaterAsync(token));
        }
    }

    private void Stop()
    {
        lock (schedule)
        {
            stopped = true;
            timer?.Cancel();
        }
    }

    private async Task CheckLaterAsync(CancellationToken token)
    {
        try
        {
            await Task.Delay(options.Debounce, token);
        }
        catch (OperationCanceledException)
        {
            return; // a later change restarted the wait
        }

        await checking.WaitAsync();
        try
        {
            string[] paths;
            lock (schedule)
            {
                paths = [.. dirty];
                dirty.Clear();
            }

            var done = new HashSet<string>(StringComparer.Ordinal);
            foreach (string path in paths)
            {
                if (!done.Add(checker.SeriesOf(path).Key)) continue;
                IReadOnlyList<DocumentFindings> findings;
                try
                {
                    findings = checker.Check(path, log);
                }
                catch (Exception e)
                {
                    log($"checking {path}: internal error: {e.GetType().Name}: {e.Message}");
                    continue;
                }

                if (options.BeforePublish is { } gate) await gate();
                foreach (var f in findings)
                {
                    // a result for an older text is never shown: the change that made it old has scheduled a new check
                    if (documents.Get(f.Document.Path) is not { } now || now.Version != f.Document.Version) continue;
                    await connection.NotifyAsync("textDocument/publishDiagnostics", new PublishDiagnosticsParams(f.Document.Uri, f.Document.Version, f.Published), LspJson.Default.PublishDiagnosticsParams);
                }
            }
        }
        catch (Exception e)
        {
            log($"internal error: {e.GetType().Name}: {e.Message}");
        }
        finally
        {
            checking.Release();
        }
    }
}
