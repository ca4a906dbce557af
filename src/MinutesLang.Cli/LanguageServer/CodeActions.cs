using System.Text.Json;
using System.Text.Json.Serialization;
using MinutesLang.Fixes;
using MinutesLang.Localization;

namespace MinutesLang.Cli.LanguageServer;

/// <summary>
/// <c>textDocument/codeAction</c> (issue 16 point 2): the quick fixes of <see cref="CodeFixes"/> for the findings in the
/// request's range, each a <see cref="CodeAction"/> of kind <c>quickfix</c> with the finding attached and a
/// <see cref="WorkspaceEdit"/> of the document (ranges in UTF-16 code units, by <see cref="LineIndex"/>), titled in
/// the language of the document's findings; a fix that is the one answer is <c>isPreferred</c>, the candidates of a
/// finding with several answers are each offered, none preferred. Where the document holds more than one unique fix
/// of a code, a <c>source.fixAll.minutes</c> action makes them all (what <c>minutes fix --code</c> does), and one such
/// action makes every unique fix of the document (<c>minutes fix</c>). The findings are those of
/// <see cref="SeriesChecker"/> on the open buffers (the text as the request found it: a buffer changed since gets
/// no action, its client asks again); a document that is not open gets none.
/// </summary>
public sealed class CodeActions(Documents documents, SeriesChecker checker, Action<string> log)
{
    /// <summary>The kind of the actions that make every unique fix of a code, or of the document.</summary>
    public const string FixAllKind = "source.fixAll.minutes";

    /// <summary>What the server announces in <c>codeActionProvider</c>.</summary>
    public static CodeActionOptions Options { get; } = new(["quickfix", FixAllKind]);

    /// <summary>The request handler: reads the params on arrival, computes on the pool.</summary>
    public Func<CancellationToken, RpcConnection.Result> Handle(JsonElement? parameters)
    {
        var p = RpcConnection.Params(parameters, CodeActionJson.Default.CodeActionParams);
        string path = Documents.PathOf(p.TextDocument.Uri);
        var document = documents.Get(path); // the buffer as it is when the request arrives
        return cancel =>
        {
            CodeAction[] actions = document is null ? [] : Compute(document, p, cancel);
            return w => JsonSerializer.Serialize(w, actions, CodeActionJson.Default.CodeActionArray);
        };
    }

    private CodeAction[] Compute(OpenDocument document, CodeActionParams p, CancellationToken cancel)
    {
        var findings = checker.Check(document.Path, log).FirstOrDefault(f => f.Document.Path == document.Path);
        cancel.ThrowIfCancellationRequested();
        if (findings is null || findings.Document.Version != document.Version || findings.Document.Text != document.Text) return [];

        var language = checker.LanguageOf(document.Path);
        var lines = new LineIndex(document.Text);
        int from = lines.OffsetOf(p.Range.Start), to = lines.OffsetOf(p.Range.End);
        var all = findings.Diagnostics.Select(d => (Diagnostic: d, Lsp: SeriesChecker.ToLsp(d, lines), Fixes: CodeFixes.For(d))).Where(x => x.Fixes.Count > 0).ToList();
        var actions = new List<CodeAction>();

        // the quick fixes of the findings the range touches (an empty range: the findings at the cursor)
        foreach (var (d, lsp, fixes) in all.Where(x => Touches(x.Diagnostic.Span, from, to)))
        {
            foreach (var fix in fixes)
                actions.Add(new CodeAction(fix.Title.In(language), "quickfix", [lsp], fix.Unique ? true : null, Edit(document, lines, fix.Edits)));
        }

        // every unique fix of a code the range touches, and of the whole document
        var unique = all.SelectMany(x => x.Fixes.Where(f => f.Unique).Select(f => (x.Lsp, Fix: f))).ToList();
        foreach (string code in actions.Select(a => a.Diagnostics![0].Code).Distinct(StringComparer.Ordinal).ToList())
        {
            var ofCode = unique.Where(u => u.Fix.Code == code).ToList();
            if (ofCode.Count < 2) continue;
            actions.Add(FixAll(document, lines, ofCode, new Phrase($"Fix all {code} in this file ({ofCode.Count})", $"修正本檔所有 {code}（{ofCode.Count} 處）").In(language)));
        }

        if (unique.Count > 0)
            actions.Add(FixAll(document, lines, unique, new Phrase($"Fix all in this file (minutes fix: {unique.Count})", $"修正本檔所有答案唯一者（minutes fix：{unique.Count} 處）").In(language)));

        // the kinds the client asked for (a kind and its subkinds, as LSP says)
        if (p.Context?.Only is { Length: > 0 } only)
            actions.RemoveAll(a => !only.Any(k => a.Kind == k || a.Kind.StartsWith(k + ".", StringComparison.Ordinal)));
        return [.. actions];
    }

    private static CodeAction FixAll(OpenDocument document, LineIndex lines, List<(LspDiagnostic Lsp, CodeFix Fix)> fixes, string title)
    {
        var (_, applied) = CodeFixes.Apply(document.Text, fixes.Select(f => f.Fix));
        var made = fixes.Where(f => applied.Contains(f.Fix)).ToList();
        return new CodeAction(title, FixAllKind, [.. made.Select(m => m.Lsp)], null, Edit(document, lines, made.SelectMany(m => m.Fix.Edits)));
    }

    /// <summary>A finding's span touches [<paramref name="from"/>, <paramref name="to"/>]: they overlap, or the range is a point inside or at an end of it.</summary>
    private static bool Touches(Text.TextSpan span, int from, int to) => span.Start <= to && from <= span.End;

    private static WorkspaceEdit Edit(OpenDocument document, LineIndex lines, IEnumerable<FixEdit> edits) =>
        new(new Dictionary<string, TextEdit[]>(StringComparer.Ordinal)
        {
            [document.Uri] = [.. edits.OrderBy(e => e.Span.Start).Select(e => new TextEdit(lines.RangeOf(e.Span.Start, e.Span.Length), e.NewText))],
        });
}

/// <summary>What the server offers in <c>codeActionProvider</c>: the kinds of its actions.</summary>
public sealed record CodeActionOptions(string[] CodeActionKinds);

/// <summary><c>textDocument/codeAction</c>'s params: the document, the range (the selection or the cursor) and the context.</summary>
public sealed class CodeActionParams : ICheckedParams
{
    public required TextDocumentIdentifier TextDocument { get; init; }

    public required Range Range { get; init; }

    public CodeActionContext? Context { get; init; }

    /// <inheritdoc/>
    public string? Problem() => ParamsChecks.Uri(TextDocument.Uri) ?? ParamsChecks.Range(Range);
}

/// <summary>The findings the client shows in the range (not read: the server's own are used) and the kinds asked for.</summary>
public sealed class CodeActionContext
{
    public JsonElement? Diagnostics { get; init; }

    public string[]? Only { get; init; }
}

/// <summary>A change of documents: the edits of each, keyed by its uri.</summary>
public sealed record WorkspaceEdit(Dictionary<string, TextEdit[]> Changes);

/// <summary>A code action: its title, kind (<c>quickfix</c>, <c>source.fixAll.minutes</c>), the findings it fixes, whether it is the preferred fix, and its edit.</summary>
public sealed record CodeAction(string Title, string Kind, LspDiagnostic[]? Diagnostics, bool? IsPreferred, WorkspaceEdit Edit);

/// <summary>The source-generated serializers of the code action messages (camelCase, nulls left out), as <see cref="LspJson"/>.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    RespectNullableAnnotations = true, RespectRequiredConstructorParameters = true)]
[JsonSerializable(typeof(CodeActionParams))]
[JsonSerializable(typeof(CodeAction[]))]
public sealed partial class CodeActionJson : JsonSerializerContext;
