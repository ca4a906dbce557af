namespace MinutesLang.Cli.LanguageServer;

/// <summary>An open document: its path (the local path of a <c>file:</c> URI, else the URI), its version and its text as the editor has it.</summary>
public sealed record OpenDocument(string Uri, string Path, int Version, string Text);

/// <summary>
/// The documents the editor has open (<c>didOpen</c> to <c>didClose</c>), whose text overrides the file on disk for every
/// feature: a record being typed is checked against its series as typed. Changes are applied in order, whole texts or
/// ranges (LSP positions, UTF-16 code units). Safe to read from any thread; each read is a snapshot.
/// </summary>
public sealed class Documents
{
    private readonly object gate = new();
    private readonly Dictionary<string, OpenDocument> byPath = new(StringComparer.Ordinal);

    /// <summary>The path a URI names: the local path of a <c>file:</c> URI, full and normalized; else the URI itself (an untitled buffer).</summary>
    public static string PathOf(string uri)
    {
        if (Uri.TryCreate(uri, UriKind.Absolute, out var u) && u.IsFile) return System.IO.Path.GetFullPath(u.LocalPath);
        return uri;
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

    /// <summary>Applies changes in order; a document not open is ignored (null).</summary>
    public OpenDocument? Change(string uri, int version, IEnumerable<TextDocumentContentChangeEvent> changes)
    {
        lock (gate)
        {
            if (!byPath.TryGetValue(PathOf(uri), out var document)) return null;
            string text = document.Text;
            foreach (var change in changes)
            {
                if (change.Range is not { } range)
                {
                    text = change.Text;
                    continue;
                }

                var lines = new LineIndex(text);
                int start = lines.OffsetOf(range.Start);
                int end = lines.OffsetOf(range.End);
                if (end < start) (start, end) = (end, start);
                text = string.Concat(text.AsSpan(0, start), change.Text, text.AsSpan(end));
            }

            return byPath[document.Path] = document with { Version = version, Text = text };
        }
    }

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
