namespace MinutesLang.Cli.LanguageServer;

/// <summary>An open document: its path (the local path of a <c>file:</c> URI, else the URI), its version and its text as the editor has it.</summary>
public sealed record OpenDocument(string Uri, string Path, int Version, string Text)
{
    /// <summary>
    /// Whether a change of the editor's was refused since the last whole text (<see cref="Documents.Refuse"/>): the
    /// editor's text is no longer known, so ranges of later changes would be applied to the wrong text and are refused
    /// too, until a change with the whole text or a new <c>didOpen</c>.
    /// </summary>
    public bool OutOfSync { get; init; }
}

/// <summary>
/// The documents the editor has open (<c>didOpen</c> to <c>didClose</c>), whose text overrides the file on disk for every
/// feature: a record being typed is checked against its series as typed. Changes are applied in order, whole texts or
/// ranges (LSP positions, UTF-16 code units; a position past the end of its line is the line's end, a line past the
/// last the end of the text, as LSP 3.17 says). A change LSP does not define is refused, never guessed at: a range that
/// ends before it starts (<see cref="DidChangeTextDocumentParams.Problem"/>) and a position between the two code units
/// of a surrogate pair (LSP leaves it unspecified; applying it would cut a character in two, so the server takes it as
/// a client that counts otherwise). A refused <c>didChange</c> leaves the text as it was and the document
/// <see cref="OpenDocument.OutOfSync"/>. Safe to read from any thread; each read is a snapshot.
/// </summary>
public sealed class Documents
{
    private readonly object gate = new();
    private readonly Dictionary<string, OpenDocument> byPath = new(StringComparer.Ordinal);

    /// <summary>The path a URI names: the local path of a <c>file:</c> URI, full and normalized; else the URI itself (an untitled buffer).</summary>
    public static string PathOf(string uri) => TryPathOf(uri, out string? path) ? path : uri;

    /// <summary>
    /// The path a URI names (as <see cref="PathOf"/>); false for a <c>file:</c> URI that names no path this system can
    /// hold (a NUL character, for one: <see cref="ParamsChecks.Uri"/> refuses it).
    /// </summary>
    public static bool TryPathOf(string uri, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? path)
    {
        path = uri;
        if (!Uri.TryCreate(uri, UriKind.Absolute, out var u) || !u.IsFile) return true;
        try
        {
            string local = u.LocalPath;
            if (local.Contains('\0')) return false;
            path = System.IO.Path.GetFullPath(local);
            return true;
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException or InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>The <c>file:</c> URI of a path.</summary>
    public static string UriOf(string path) => new Uri(path).AbsoluteUri;

    /// <summary>Opens (or reopens) a document.</summary>
    public OpenDocument Open(string uri, int version, string text)
    {
        var document = new OpenDocument(uri, PathOf(uri), version, text);
        lock (gate) byPath[document.Path] = document;
        return document;
    }

    /// <summary>
    /// Applies changes in order, all or none; a document not open is ignored (null).
    /// </summary>
    /// <exception cref="InvalidParamsException">
    /// a change whose range starts after it ends, or has an end between the two code units of a surrogate pair (of the
    /// text as the changes before it made it), or a range while the document is <see cref="OpenDocument.OutOfSync"/>:
    /// nothing is applied, and the document is out of sync from then on
    /// </exception>
    public OpenDocument? Change(string uri, int version, IEnumerable<TextDocumentContentChangeEvent> changes)
    {
        lock (gate)
        {
            if (!byPath.TryGetValue(PathOf(uri), out var document)) return null;
            string text = document.Text;
            bool outOfSync = document.OutOfSync;
            int i = 0;
            foreach (var change in changes)
            {
                if (change.Range is not { } range)
                {
                    text = change.Text;
                    outOfSync = false; // the whole text: the editor's and ours are the same again
                    i++;
                    continue;
                }

                if (outOfSync)
                    throw Refused(document, $"contentChanges[{i}] has a range, but an earlier change of {uri} was refused: its text is not known; send the whole text (close and reopen the document)");
                if (ParamsChecks.After(range.Start, range.End))
                    throw Refused(document, $"contentChanges[{i}].range ends before it starts");
                var lines = new LineIndex(text);
                int start = lines.OffsetOf(range.Start);
                int end = lines.OffsetOf(range.End);
                if (InsidePair(text, start) || InsidePair(text, end))
                    throw Refused(document, $"contentChanges[{i}].range has an end between the two UTF-16 code units of a surrogate pair (position encoding utf-16)");
                text = string.Concat(text.AsSpan(0, start), change.Text, text.AsSpan(end));
                i++;
            }

            return byPath[document.Path] = document with { Version = version, Text = text, OutOfSync = outOfSync };
        }
    }

    /// <summary>
    /// Marks the open document of <paramref name="uri"/> out of sync (a change of it was refused before it was read:
    /// its text stays, its later ranges are refused); false when it is not open.
    /// </summary>
    public bool Refuse(string uri)
    {
        lock (gate)
        {
            if (!byPath.TryGetValue(PathOf(uri), out var document)) return false;
            byPath[document.Path] = document with { OutOfSync = true };
            return true;
        }
    }

    private InvalidParamsException Refused(OpenDocument document, string why)
    {
        byPath[document.Path] = document with { OutOfSync = true };
        return new InvalidParamsException($"{why}; the change is not applied, the document stays at version {document.Version}");
    }

    /// <summary>Whether <paramref name="offset"/> falls between a high and a low surrogate.</summary>
    private static bool InsidePair(string text, int offset) =>
        offset > 0 && offset < text.Length && char.IsHighSurrogate(text[offset - 1]) && char.IsLowSurrogate(text[offset]);

    /// <summary>Closes a document: the file on disk counts again. Returns it, or null when it was not open.</summary>
    public OpenDocument? Close(string uri)
    {
        lock (gate) return byPath.Remove(PathOf(uri), out var document) ? document : null;
    }

    /// <summary>The open document at <paramref name="path"/>, or null.</summary>
    public OpenDocument? Get(string path)
    {
        lock (gate) return byPath.GetValueOrDefault(path);
    }

    /// <summary>Every open document.</summary>
    public IReadOnlyList<OpenDocument> All
    {
        get
        {
            lock (gate) return [.. byPath.Values];
        }
    }
}
