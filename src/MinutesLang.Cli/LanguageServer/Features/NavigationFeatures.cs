using System.Buffers;
using System.Text.Json;
using System.Text.Json.Nodes;
using MinutesLang.Localization;
using MinutesLang.Parsing;
using MinutesLang.Text;

namespace MinutesLang.Cli.LanguageServer.Features;

/// <summary>
/// The navigation features of <c>minutes lsp</c> (issue 16 point 2), added to a <see cref="MinutesServer"/>'s connection
/// by <see cref="Register"/>: <c>textDocument/hover</c> (<see cref="HoverFeature"/>), <c>definition</c>, <c>references</c>,
/// <c>prepareRename</c> and <c>rename</c> (<see cref="CaseNavigation"/>), <c>completion</c> (<see cref="CompletionFeature"/>),
/// <c>documentSymbol</c> and <c>foldingRange</c> (<see cref="Outline"/>), <c>semanticTokens/full</c>
/// (<see cref="SemanticTokensFeature"/>), and their capabilities in <c>initialize</c>'s result. Each request takes a
/// snapshot of the open buffers when it arrives (later changes do not move its positions) and answers from it, the rest
/// of the series read from disk; a document neither open nor on disk gets an empty answer (null, or no items).
/// </summary>
public static class NavigationFeatures
{
    /// <summary>Adds the features' requests to <paramref name="connection"/> and their capabilities to its <c>initialize</c> (set before).</summary>
    public static void Register(RpcConnection connection, Documents documents, SeriesChecker checker)
    {
        var initialize = connection.Initialize;
        if (initialize is not null)
        {
            connection.Initialize = p =>
            {
                var work = initialize(p);
                return cancel =>
                {
                    var result = work(cancel);
                    return w => WithCapabilities(result, w);
                };
            };
        }

        connection.Request("textDocument/hover", Positioned(documents, checker, (s, path, text, offset) =>
        {
            var hover = HoverFeature.At(path, offset, s.Checker, s.Documents);
            if (hover is null) return Null;
            hover = hover with { Contents = hover.Contents with { Value = ValidText.Of(hover.Contents.Value) } };
            return w => JsonSerializer.Serialize(w, hover, NavigationJson.Default.Hover);
        }));
        connection.Request("textDocument/definition", Positioned(documents, checker, (s, path, text, offset) =>
            Locations(CaseNavigation.Definition(SeriesView.Of(path, s.Checker, s.Documents), path, offset))));
        connection.Request("textDocument/prepareRename", Positioned(documents, checker, (s, path, text, offset) =>
        {
            var prepared = CaseNavigation.PrepareRename(SeriesView.Of(path, s.Checker, s.Documents), path, offset);
            if (prepared is null) return Null;
            prepared = prepared with { Placeholder = ValidText.Of(prepared.Placeholder) };
            return w => JsonSerializer.Serialize(w, prepared, NavigationJson.Default.PrepareRenameResult);
        }));
        connection.Request("textDocument/completion", Positioned(documents, checker, (s, path, text, offset) =>
        {
            var list = CompletionFeature.At(text, path, offset, () => SeriesView.Of(path, s.Checker, s.Documents));
            list = list with
            {
                Items = [.. list.Items.Select(i => i with { Label = ValidText.Of(i.Label), Detail = i.Detail is null ? null : ValidText.Of(i.Detail), TextEdit = i.TextEdit with { NewText = ValidText.Of(i.TextEdit.NewText) } })],
            };
            return w => JsonSerializer.Serialize(w, list, NavigationJson.Default.CompletionList);
        }));
        connection.Request("textDocument/references", p =>
        {
            var q = RpcConnection.Params(p, NavigationJson.Default.ReferenceParams);
            var s = Snapshot.Of(documents, checker);
            string path = Documents.PathOf(q.TextDocument.Uri);
            return _ =>
            {
                if (SeriesView.TextOf(path, s.Documents) is not { } text) return Locations([]);
                return Locations(CaseNavigation.References(SeriesView.Of(path, s.Checker, s.Documents), path, new LineIndex(text).OffsetOf(q.Position), q.Context?.IncludeDeclaration ?? false));
            };
        });
        connection.Request("textDocument/rename", p =>
        {
            var q = RpcConnection.Params(p, NavigationJson.Default.RenameParams);
            var s = Snapshot.Of(documents, checker);
            string path = Documents.PathOf(q.TextDocument.Uri);
            return _ =>
            {
                var language = s.Checker.LanguageOf(path);
                if (SeriesView.TextOf(path, s.Documents) is not { } text)
                    throw new InvalidParamsException(language == Language.ZhTw ? "此文件未開啟，磁碟上也沒有。" : "The document is neither open nor on disk.");
                var edit = CaseNavigation.Rename(SeriesView.Of(path, s.Checker, s.Documents), path, new LineIndex(text).OffsetOf(q.Position), q.NewName, language);
                return w => JsonSerializer.Serialize(w, edit, NavigationJson.Default.WorkspaceEdit);
            };
        });
        connection.Request("textDocument/documentSymbol", Whole(documents, checker, tree =>
        {
            var symbols = Valid(Outline.Symbols(tree));
            return w => JsonSerializer.Serialize(w, symbols, NavigationJson.Default.DocumentSymbolArray);
        }));
        connection.Request("textDocument/foldingRange", Whole(documents, checker, tree =>
        {
            var folds = Outline.Folds(tree);
            return w => JsonSerializer.Serialize(w, folds, NavigationJson.Default.FoldingRangeArray);
        }));
        connection.Request("textDocument/semanticTokens/full", Whole(documents, checker, tree =>
        {
            var tokens = SemanticTokensFeature.Full(tree);
            return w => JsonSerializer.Serialize(w, tokens, NavigationJson.Default.SemanticTokens);
        }));
    }

    /// <summary>The capabilities of the features, as <c>initialize</c> announces them.</summary>
    public static JsonObject Capabilities() => new()
    {
        ["hoverProvider"] = true,
        ["definitionProvider"] = true,
        ["referencesProvider"] = true,
        ["renameProvider"] = new JsonObject { ["prepareProvider"] = true },
        ["completionProvider"] = new JsonObject { ["triggerCharacters"] = Strings(CompletionFeature.TriggerCharacters) },
        ["documentSymbolProvider"] = true,
        ["foldingRangeProvider"] = true,
        ["semanticTokensProvider"] = new JsonObject
        {
            ["legend"] = new JsonObject { ["tokenTypes"] = Strings(SemanticTokensFeature.TokenTypes), ["tokenModifiers"] = Strings(SemanticTokensFeature.TokenModifiers) },
            ["full"] = true,
        },
    };

    /// <summary>The open buffers as they are when a request arrives, and a checker over them (the same languages).</summary>
    private sealed record Snapshot(Documents Documents, SeriesChecker Checker)
    {
        public static Snapshot Of(Documents documents, SeriesChecker checker)
        {
            var copy = new Documents();
            foreach (var d in documents.All) copy.Open(d.Uri, d.Version, d.Text);
            return new Snapshot(copy, new SeriesChecker(copy, path => checker.LanguageOf(path)) { Fallback = checker.Fallback });
        }
    }

    private static readonly RpcConnection.Result Null = w => w.WriteNullValue();

    private static RpcConnection.Result Locations(Location[] locations) => w => JsonSerializer.Serialize(w, locations, NavigationJson.Default.LocationArray);

    /// <summary>A request at a position: the answer from the snapshot, the document's path and text, and the position's offset; null for a document with no text.</summary>
    private static RpcConnection.RequestHandler Positioned(Documents documents, SeriesChecker checker, Func<Snapshot, string, string, int, RpcConnection.Result> answer) => p =>
    {
        var q = RpcConnection.Params(p, NavigationJson.Default.TextDocumentPositionParams);
        var s = Snapshot.Of(documents, checker);
        string path = Documents.PathOf(q.TextDocument.Uri);
        return cancel =>
        {
            if (SeriesView.TextOf(path, s.Documents) is not { } text) return Null;
            cancel.ThrowIfCancellationRequested();
            return answer(s, path, text, new LineIndex(text).OffsetOf(q.Position));
        };
    };

    /// <summary>A request on a whole document: the answer from its parse; null for a document with no text.</summary>
    private static RpcConnection.RequestHandler Whole(Documents documents, SeriesChecker checker, Func<MinutesLang.Syntax.SyntaxTree, RpcConnection.Result> answer) => p =>
    {
        var q = RpcConnection.Params(p, NavigationJson.Default.DocumentParams);
        var s = Snapshot.Of(documents, checker);
        string path = Documents.PathOf(q.TextDocument.Uri);
        return _ => SeriesView.TextOf(path, s.Documents) is { } text ? answer(Parser.Parse(SourceText.From(text, path))) : Null;
    };

    /// <summary>The outline with its names valid UTF-16 (a name cut from a text with a cut surrogate pair).</summary>
    private static DocumentSymbol[] Valid(DocumentSymbol[] symbols) =>
        [.. symbols.Select(s => s with { Name = ValidText.Of(s.Name), Children = Valid(s.Children) })];

    private static JsonArray Strings(IEnumerable<string> items) => new(items.Select(i => (JsonNode?)JsonValue.Create(i)).ToArray());

    /// <summary>Writes <c>initialize</c>'s result with the features' capabilities added to its <c>capabilities</c>.</summary>
    private static void WithCapabilities(RpcConnection.Result inner, Utf8JsonWriter w)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var temporary = new Utf8JsonWriter(buffer)) inner(temporary);
        var node = JsonNode.Parse(buffer.WrittenSpan);
        if (node?["capabilities"] is JsonObject capabilities)
        {
            foreach (var (name, value) in Capabilities()) capabilities[name] = value?.DeepClone();
        }

        if (node is null) w.WriteNullValue();
        else node.WriteTo(w);
    }
}
