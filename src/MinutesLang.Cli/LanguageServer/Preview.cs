using System.Text.Json;
using System.Text.Json.Serialization;
using MinutesLang.Diagnostics;
using MinutesLang.Parsing;
using MinutesLang.Rendering;
using MinutesLang.Semantics;
using MinutesLang.Syntax;
using MinutesLang.Text;

namespace MinutesLang.Cli.LanguageServer;

/// <summary><c>minutes/preview</c>'s params: the document to preview.</summary>
public sealed class PreviewParams : ICheckedParams
{
    public required TextDocumentIdentifier TextDocument { get; init; }

    /// <inheritdoc/>
    public string? Problem() => ParamsChecks.Uri(TextDocument.Uri);
}

/// <summary>
/// <c>minutes/preview</c>'s result. <see cref="Html"/> is the record in the official layout, what <c>minutes render --to
/// html</c> writes for it, but with <c>data-line="N"</c> (zero-based source line) on each block a line starts
/// (<see cref="PreviewLines"/>); null when nothing can be shown, and then <see cref="Message"/> says why.
/// <see cref="Version"/> is the version of the open buffer rendered (null: the file on disk). <see cref="Errors"/> counts
/// the errors of the record itself (syntax and binding, ML00xx–ML01xx; <c>render</c> would refuse it): a record with
/// errors is still shown as far as it was read, and <see cref="Message"/> says so. <see cref="Lines"/> are the lines of
/// the annotated blocks, in order.
/// </summary>
public sealed record PreviewResult(string Uri, int? Version, string? Html, string? Message, int Errors, int[] Lines);

/// <summary>The source-generated serializers of the preview's messages (kept apart from <see cref="LspJson"/>: LSP's own messages).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    RespectNullableAnnotations = true, RespectRequiredConstructorParameters = true)]
[JsonSerializable(typeof(PreviewParams))]
[JsonSerializable(typeof(PreviewResult))]
public sealed partial class PreviewJson : JsonSerializerContext;

/// <summary>
/// The live preview of issue 16 (point 3): the request <c>minutes/preview</c> {textDocument: {uri}} renders the open buffer
/// (else the file on disk) with the html renderer of <c>render --to html</c> (<see cref="DocumentRenderer"/>, the embedded
/// templates) against its series.minutes (open or on disk: case titles, page numbers), and answers a
/// <see cref="PreviewResult"/>. Nothing of the record is ever thrown at the client: a series.minutes, an unreadable file,
/// a template error (ML0300, ML0310) or a failure of ours is a result with no html and a message.
/// </summary>
public sealed class Preview(Documents documents, SeriesChecker checker, Action<string> log)
{
    /// <summary>The method name of the request.</summary>
    public const string Method = "minutes/preview";

    private readonly Lock rendering = new();
    private DocumentRenderer? renderer;

    /// <summary>The handler to register on the <see cref="RpcConnection"/>: the text is taken when the request arrives, rendered on the pool.</summary>
    public Func<CancellationToken, RpcConnection.Result> Handle(JsonElement? parameters)
    {
        var p = RpcConnection.Params(parameters, PreviewJson.Default.PreviewParams);
        string uri = p.TextDocument.Uri;
        string path = Documents.PathOf(uri);
        var open = documents.Get(path);
        string? series = checker.SeriesFileOf(path);
        string? seriesText = series is null ? null : documents.Get(series)?.Text;
        return cancel =>
        {
            var result = Render(uri, path, open, series, seriesText, cancel);
            return w => JsonSerializer.Serialize(w, result, PreviewJson.Default.PreviewResult);
        };
    }

    /// <summary>The preview of one record: <paramref name="open"/>'s text, else the file at <paramref name="path"/>.</summary>
    public PreviewResult Render(string uri, string path, OpenDocument? open, string? seriesPath, string? seriesText, CancellationToken cancel = default)
    {
        if (Compilation.IsSeriesFile(path))
            return new(uri, open?.Version, null, "series.minutes declares the series; open a record of it to preview. / series.minutes 是系列宣告，請開啟其中的紀錄預覽。", 0, []);
        try
        {
            SyntaxTree tree;
            if (open is not null) tree = Parser.Parse(SourceText.From(open.Text, path));
            else if (File.Exists(path)) tree = Compilation.ParseFile(path);
            else return new(uri, null, null, $"{path}: not open and not found. / 找不到這個檔案。", 0, []);

            SyntaxTree? seriesTree = null;
            if (seriesPath is not null)
            {
                if (seriesText is not null) seriesTree = Parser.Parse(SourceText.From(seriesText, seriesPath));
                else if (File.Exists(seriesPath)) seriesTree = Compilation.ParseFile(seriesPath);
            }

            cancel.ThrowIfCancellationRequested();

            // the record with its series.minutes only: the renderer needs the series (titles, page numbers), not the other records
            var compilation = Compilation.Create(seriesTree, [tree]);
            int errors = compilation.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error && d.Source.Path == path && IsRecordOwn(d.Code));
            var record = compilation.Records.Single();
            string html;
            lock (rendering)
            {
                renderer ??= new DocumentRenderer(TemplateSet.Embedded, "html");
                html = renderer.RenderText(new RenderModelBuilder(compilation.Series).Build(record));
            }

            var (annotated, lines) = PreviewLines.Annotate(html, tree);
            string? message = errors == 0 ? null
                : $"{errors} error{(errors == 1 ? "" : "s")}: the preview shows what could be read; `minutes render` refuses the record until they are fixed. / 有 {errors} 個錯誤：預覽僅顯示可讀取的部分；修正前 minutes render 不會產出此紀錄。";
            return new(uri, open?.Version, annotated, message, errors, lines);
        }
        catch (TemplateException e)
        {
            return new(uri, open?.Version, null, $"{e.Diagnostic.Code}: {e.Diagnostic.Message}", 0, []);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new(uri, open?.Version, null, $"{path}: {e.Message}", 0, []);
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception e)
        {
            // the server never dies of a record: said to the log and to the client, never thrown
            log($"preview of {path}: internal error: {e.GetType().Name}: {e.Message}");
            return new(uri, open?.Version, null, $"internal error: {e.GetType().Name}: {e.Message}", 0, []);
        }
    }

    /// <summary>A code the record has alone (syntax ML00xx, binding ML01xx), not one of the series rules, which need the other records.</summary>
    private static bool IsRecordOwn(string code) => code.Length == 6 && code.StartsWith("ML0", StringComparison.Ordinal) && code[3] is '0' or '1';
}
