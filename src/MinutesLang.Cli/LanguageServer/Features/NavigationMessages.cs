using System.Text.Json.Serialization;

namespace MinutesLang.Cli.LanguageServer.Features;

// The LSP 3.17 messages of the navigation features (hover, definition, references, rename, completion, outline,
// folding, semantic tokens), serialized by a source-generated context of their own (NavigationJson: no reflection, AOT
// without warnings) so that Messages.cs stays the protocol's core. Positions are UTF-16 code units, zero-based.

/// <summary>The params of a request at a position (hover, definition, prepareRename).</summary>
public sealed class TextDocumentPositionParams : ICheckedParams
{
    public required TextDocumentIdentifier TextDocument { get; init; }

    public required Position Position { get; init; }

    /// <inheritdoc/>
    public string? Problem() => ParamsChecks.Uri(TextDocument.Uri) ?? ParamsChecks.Position(Position);
}

/// <summary><c>textDocument/references</c>: whether the <c>@case</c> declaration is among the references.</summary>
public sealed class ReferenceContext
{
    public bool IncludeDeclaration { get; init; }
}

/// <summary>The params of <c>textDocument/references</c>.</summary>
public sealed class ReferenceParams : ICheckedParams
{
    public required TextDocumentIdentifier TextDocument { get; init; }

    public required Position Position { get; init; }

    public ReferenceContext? Context { get; init; }

    /// <inheritdoc/>
    public string? Problem() => ParamsChecks.Uri(TextDocument.Uri) ?? ParamsChecks.Position(Position);
}

/// <summary>The params of <c>textDocument/rename</c>: the new case id.</summary>
public sealed class RenameParams : ICheckedParams
{
    public required TextDocumentIdentifier TextDocument { get; init; }

    public required Position Position { get; init; }

    public required string NewName { get; init; }

    /// <inheritdoc/>
    public string? Problem() => ParamsChecks.Uri(TextDocument.Uri) ?? ParamsChecks.Position(Position);
}

/// <summary>The params of a request on a whole document (documentSymbol, foldingRange, semanticTokens/full).</summary>
public sealed class DocumentParams : ICheckedParams
{
    public required TextDocumentIdentifier TextDocument { get; init; }

    /// <inheritdoc/>
    public string? Problem() => ParamsChecks.Uri(TextDocument.Uri);
}

/// <summary>Markdown (or plain text) shown by the editor.</summary>
public sealed record MarkupContent(string Kind, string Value);

/// <summary>A hover: its Markdown and the range of the word it is about.</summary>
public sealed record Hover(MarkupContent Contents, Range Range);

/// <summary>A place in a document of the series.</summary>
public sealed record Location(string Uri, Range Range);

/// <summary>Edits of several documents, by URI.</summary>
public sealed record WorkspaceEdit(Dictionary<string, TextEdit[]> Changes);

/// <summary>What <c>textDocument/prepareRename</c> answers: the id's range and the id.</summary>
public sealed record PrepareRenameResult(Range Range, string Placeholder);

/// <summary>A completion item: its label, kind (LSP's CompletionItemKind), detail and the edit that inserts it.</summary>
public sealed record CompletionItem(string Label, int Kind, string? Detail, TextEdit TextEdit, string? SortText, string? FilterText);

/// <summary>The completion items at a position.</summary>
public sealed record CompletionList(bool IsIncomplete, CompletionItem[] Items);

/// <summary>An entry of the outline: its name, detail, kind (LSP's SymbolKind), ranges and children.</summary>
public sealed record DocumentSymbol(string Name, string? Detail, int Kind, Range Range, Range SelectionRange, DocumentSymbol[] Children);

/// <summary>A range of whole lines the editor may fold (zero-based lines).</summary>
public sealed record FoldingRange(int StartLine, int EndLine, string? Kind);

/// <summary>The semantic tokens of a document, LSP's relative encoding (five integers per token).</summary>
public sealed record SemanticTokens(int[] Data);

/// <summary>The source-generated serializers of the navigation messages (camelCase names, nulls left out; reading as <see cref="LspJson"/>: no null or missing field taken for a default).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    RespectNullableAnnotations = true, RespectRequiredConstructorParameters = true)]
[JsonSerializable(typeof(TextDocumentPositionParams))]
[JsonSerializable(typeof(ReferenceParams))]
[JsonSerializable(typeof(RenameParams))]
[JsonSerializable(typeof(DocumentParams))]
[JsonSerializable(typeof(Hover))]
[JsonSerializable(typeof(Location))]
[JsonSerializable(typeof(Location[]))]
[JsonSerializable(typeof(WorkspaceEdit))]
[JsonSerializable(typeof(PrepareRenameResult))]
[JsonSerializable(typeof(CompletionList))]
[JsonSerializable(typeof(DocumentSymbol[]))]
[JsonSerializable(typeof(FoldingRange[]))]
[JsonSerializable(typeof(SemanticTokens))]
public sealed partial class NavigationJson : JsonSerializerContext;
