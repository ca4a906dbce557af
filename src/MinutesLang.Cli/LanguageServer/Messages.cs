using System.Text.Json;
using System.Text.Json.Serialization;

namespace MinutesLang.Cli.LanguageServer;

// The LSP 3.17 messages the server reads and writes, as plain types serialized by System.Text.Json source generation
// (LspJson): no reflection, so the native AOT binary publishes without a trim or AOT warning. Positions are LSP's
// default encoding, UTF-16 code units (what .NET strings and the compiler's spans count), zero-based.

/// <summary>JSON-RPC 2.0 and LSP error codes the server answers with.</summary>
public static class ErrorCodes
{
    /// <summary>The content part is not JSON.</summary>
    public const int ParseError = -32700;

    /// <summary>JSON, but not a request or notification (no <c>jsonrpc: "2.0"</c>, no method, a bad id); also a request after <c>shutdown</c>.</summary>
    public const int InvalidRequest = -32600;

    /// <summary>A request whose method the server does not know.</summary>
    public const int MethodNotFound = -32601;

    /// <summary>A request whose params are not those of its method.</summary>
    public const int InvalidParams = -32602;

    /// <summary>A failure of the server itself while answering.</summary>
    public const int InternalError = -32603;

    /// <summary>A request other than <c>initialize</c> before <c>initialize</c>.</summary>
    public const int ServerNotInitialized = -32002;

    /// <summary>A request the client cancelled with <c>$/cancelRequest</c> before it was answered.</summary>
    public const int RequestCancelled = -32800;
}

/// <summary>A position in a text document: zero-based line and character, the character counted in UTF-16 code units (LSP's default <c>positionEncoding</c>).</summary>
public sealed record Position(int Line, int Character);

/// <summary>A range of a text document, <see cref="Start"/> inclusive, <see cref="End"/> exclusive, in UTF-16 code units.</summary>
public sealed record Range(Position Start, Position End);

/// <summary>The error of a response.</summary>
public sealed record ResponseError(int Code, string Message);

/// <summary><c>initialize</c>'s params, what the server reads of them.</summary>
public sealed class InitializeParams
{
    public int? ProcessId { get; init; }

    public string? RootUri { get; init; }

    public string? RootPath { get; init; }

    /// <summary>The editor's UI language (e.g. <c>zh-tw</c>): the language of messages when neither <c>--lang</c> nor minutesconfig.json names one.</summary>
    public string? Locale { get; init; }

    public JsonElement? Capabilities { get; init; }
}

public sealed record ServerInfo(string Name, string Version);

/// <summary>How documents are synchronized: open and close told, changes incremental (2).</summary>
public sealed record TextDocumentSyncOptions(bool OpenClose, int Change, SaveOptions Save);

public sealed record SaveOptions(bool IncludeText);

/// <summary>What the server can do.</summary>
public sealed record ServerCapabilities(string PositionEncoding, TextDocumentSyncOptions TextDocumentSync, bool DocumentFormattingProvider,
    CodeActionOptions? CodeActionProvider = null);

public sealed record InitializeResult(ServerCapabilities Capabilities, ServerInfo ServerInfo);

public sealed class TextDocumentItem
{
    public required string Uri { get; init; }

    public string? LanguageId { get; init; }

    public required int Version { get; init; }

    public required string Text { get; init; }
}

public sealed class TextDocumentIdentifier
{
    public required string Uri { get; init; }
}

public sealed class VersionedTextDocumentIdentifier
{
    public required string Uri { get; init; }

    public required int Version { get; init; }
}

public sealed class DidOpenTextDocumentParams : ICheckedParams
{
    public required TextDocumentItem TextDocument { get; init; }

    /// <inheritdoc/>
    public string? Problem() => ParamsChecks.Uri(TextDocument.Uri);
}

/// <summary>A change: with <see cref="Range"/>, the text replacing that range; without, the whole new text.</summary>
public sealed class TextDocumentContentChangeEvent
{
    public Range? Range { get; init; }

    public int? RangeLength { get; init; }

    public required string Text { get; init; }
}

/// <summary>
/// <c>didChange</c>'s params. Refused whole (the document keeps its text) when a change is null or has a range that
/// ends before it starts or a negative position: LSP 3.17 defines no such change, and applying one with its ends
/// swapped would make a text the editor does not have.
/// </summary>
public sealed class DidChangeTextDocumentParams : ICheckedParams
{
    public required VersionedTextDocumentIdentifier TextDocument { get; init; }

    public required TextDocumentContentChangeEvent[] ContentChanges { get; init; }

    /// <inheritdoc/>
    public string? Problem()
    {
        if (ParamsChecks.Uri(TextDocument.Uri) is { } uri) return uri;
        for (int i = 0; i < ContentChanges.Length; i++)
        {
            if (ContentChanges[i] is not { } change) return $"contentChanges[{i}] is null";
            if (change.Range is { } range && ParamsChecks.Range(range, $"contentChanges[{i}].range") is { } problem) return problem;
        }

        return null;
    }
}

public sealed class DidCloseTextDocumentParams : ICheckedParams
{
    public required TextDocumentIdentifier TextDocument { get; init; }

    /// <inheritdoc/>
    public string? Problem() => ParamsChecks.Uri(TextDocument.Uri);
}

public sealed class DidSaveTextDocumentParams : ICheckedParams
{
    public required TextDocumentIdentifier TextDocument { get; init; }

    public string? Text { get; init; }

    /// <inheritdoc/>
    public string? Problem() => ParamsChecks.Uri(TextDocument.Uri);
}

public sealed class DocumentFormattingParams : ICheckedParams
{
    public required TextDocumentIdentifier TextDocument { get; init; }

    public JsonElement? Options { get; init; }

    /// <inheritdoc/>
    public string? Problem() => ParamsChecks.Uri(TextDocument.Uri);
}

/// <summary><c>workspace/didChangeWatchedFiles</c>'s params: the files changed on disk.</summary>
public sealed class DidChangeWatchedFilesParams : ICheckedParams
{
    public required FileEvent[] Changes { get; init; }

    /// <inheritdoc/>
    public string? Problem()
    {
        for (int i = 0; i < Changes.Length; i++)
        {
            if (Changes[i] is not { } change) return $"changes[{i}] is null";
            if (ParamsChecks.Uri(change.Uri, $"changes[{i}].uri") is { } uri) return uri;
            if (change.Type is < 1 or > 3) return $"changes[{i}].type is {change.Type}: 1 created, 2 changed or 3 deleted";
        }

        return null;
    }
}

/// <summary>A file changed on disk: its URI and how (1 created, 2 changed, 3 deleted).</summary>
public sealed class FileEvent
{
    public required string Uri { get; init; }

    public required int Type { get; init; }
}

/// <summary><c>$/cancelRequest</c>: the id of the request to cancel, a number or a string.</summary>
public sealed class CancelParams
{
    public required JsonElement Id { get; init; }
}

/// <summary>A finding as LSP shows it: severity 1 error, 2 warning, 3 information; <see cref="Code"/> the MLxxxx code.</summary>
public sealed record LspDiagnostic(Range Range, int Severity, string Code, string Source, string Message);

/// <summary>The findings of one document; <see cref="Version"/> is the version of the text they were computed from.</summary>
public sealed record PublishDiagnosticsParams(string Uri, int? Version, LspDiagnostic[] Diagnostics);

/// <summary>A replacement of a range by <see cref="NewText"/>.</summary>
public sealed record TextEdit(Range Range, string NewText);

/// <summary><c>window/logMessage</c>: type 1 error, 2 warning, 3 info, 4 log.</summary>
public sealed record LogMessageParams(int Type, string Message);

/// <summary>
/// The source-generated serializers of every message type (camelCase names, nulls left out). Reading respects the
/// types' nullable annotations and required constructor parameters: a <c>null</c> where the protocol has none, or a
/// field left out, is invalid params, never a default value.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    RespectNullableAnnotations = true, RespectRequiredConstructorParameters = true)]
[JsonSerializable(typeof(InitializeParams))]
[JsonSerializable(typeof(InitializeResult))]
[JsonSerializable(typeof(DidOpenTextDocumentParams))]
[JsonSerializable(typeof(DidChangeTextDocumentParams))]
[JsonSerializable(typeof(DidCloseTextDocumentParams))]
[JsonSerializable(typeof(DidSaveTextDocumentParams))]
[JsonSerializable(typeof(DocumentFormattingParams))]
[JsonSerializable(typeof(CancelParams))]
[JsonSerializable(typeof(DidChangeWatchedFilesParams))]
[JsonSerializable(typeof(PublishDiagnosticsParams))]
[JsonSerializable(typeof(TextEdit[]))]
[JsonSerializable(typeof(ResponseError))]
[JsonSerializable(typeof(LogMessageParams))]
public sealed partial class LspJson : JsonSerializerContext;
