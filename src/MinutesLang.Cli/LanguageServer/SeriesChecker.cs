using MinutesLang.Cli.Commands;
using MinutesLang.Diagnostics;
using MinutesLang.Diagnostics.Policy;
using MinutesLang.Localization;
using MinutesLang.Parsing;
using MinutesLang.Semantics;
using MinutesLang.Syntax;
using MinutesLang.Text;

namespace MinutesLang.Cli.LanguageServer;

/// <summary>The findings of one open document, computed from its text at <see cref="OpenDocument.Version"/>.</summary>
public sealed record DocumentFindings(OpenDocument Document, IReadOnlyList<Diagnostic> Diagnostics, LspDiagnostic[] Published);

/// <summary>
/// The check of <c>minutes check</c> for an editor: a document is checked with its WHOLE series — the series.minutes
/// that governs it (its folder or the nearest parent folder, as <see cref="Compilation.FindSeriesFile"/>) and every
/// record it governs — each file read from its open buffer when the editor has it open, else from disk; then the
/// policy of <c>check</c> (suppression comments, the nearest minutesconfig.json) and the language of the run. The
/// findings are those <c>minutes check</c> gives for the same files (codes, ranges, messages); ranges are LSP's (UTF-16
/// code units, what the compiler's spans count). A record without a series.minutes is checked alone, as <c>check</c> does.
/// </summary>
public sealed class SeriesChecker(Documents documents, Func<string, Language?> explicitLanguage)
{
    // the tree of each file read from disk, keyed by a hash of its bytes (DiskTrees.cs): only a file whose bytes changed is parsed again
    private readonly DiskTrees disk = new();

    /// <summary>How many files were parsed from disk so far (a file is parsed again only when its bytes changed): for tests and tests/bench/lsp.mjs.</summary>
    public int DiskParses => disk.Parses;

    /// <summary>The language of a document's findings: given to <c>--lang</c>, else <c>language</c> of its minutesconfig.json, else <see cref="Fallback"/>.</summary>
    public Language? Fallback { get; set; }

    /// <summary>
    /// The series.minutes governing <paramref name="path"/> (a full path): an open one or one on disk, in its folder or
    /// the nearest parent; the path itself for a series.minutes; null when there is none.
    /// </summary>
    public string? SeriesFileOf(string path)
    {
        if (Compilation.IsSeriesFile(path)) return path;
        if (!System.IO.Path.IsPathRooted(path)) return null; // an untitled buffer has no folder
        for (string? dir = System.IO.Path.GetDirectoryName(path); dir is not null; dir = System.IO.Path.GetDirectoryName(dir))
        {
            string candidate = System.IO.Path.Combine(dir, SeriesBinder.FileName);
            if (documents.Get(candidate) is not null || File.Exists(candidate)) return candidate;
        }

        return null;
    }

    /// <summary>
    /// What a check of <paramref name="path"/> covers: the key of its series (its series.minutes, or the record alone)
    /// and the files the series holds (series first).
    /// </summary>
    public (string Key, IReadOnlyList<string> Files) SeriesOf(string path)
    {
        if (SeriesFileOf(path) is not { } series) return (path, [path]);
        string folder = System.IO.Path.GetDirectoryName(series)!;
        var records = new SortedSet<string>(StringComparer.Ordinal);
        if (Directory.Exists(folder))
        {
            foreach (string f in Directory.EnumerateFiles(folder, "*.minutes", SearchOption.AllDirectories))
            {
                string full = System.IO.Path.GetFullPath(f);
                if (!Compilation.IsSeriesFile(full) && SeriesFileOf(full) == series) records.Add(full);
            }
        }

        foreach (var open in documents.All)
        {
            if (!Compilation.IsSeriesFile(open.Path) && open.Path.StartsWith(folder + System.IO.Path.DirectorySeparatorChar, StringComparison.Ordinal)
                && SeriesFileOf(open.Path) == series) records.Add(open.Path);
        }

        if (!Compilation.IsSeriesFile(path)) records.Add(path);
        return (series, [series, .. records]);
    }

    /// <summary>
    /// Checks the series of <paramref name="path"/> and gives the findings of each open document of it (the
    /// series.minutes included), each with the version of the text it was computed from. A file that cannot be read is
    /// left out of the series (it is told to <paramref name="log"/>).
    /// </summary>
    public IReadOnlyList<DocumentFindings> Check(string path, Action<string> log)
    {
        var (_, files) = SeriesOf(path);
        SyntaxTree? series = null;
        var records = new List<SyntaxTree>();
        var open = new List<(OpenDocument Document, SyntaxTree Tree)>();
        foreach (string file in files)
        {
            SyntaxTree tree;
            var document = documents.Get(file);
            if (document is not null)
            {
                tree = Parser.Parse(SourceText.From(document.Text, file));
                open.Add((document, tree));
            }
            else if (Read(file, log) is { } read) tree = read;
            else continue;

            if (Compilation.IsSeriesFile(file)) series = tree;
            else records.Add(tree);
        }

        var compilation = Compilation.Create(series, records);
        var policy = new DiagnosticPolicy(new NearestConfigs().Of);
        var result = policy.Apply([.. compilation.Diagnostics.Where(d => open.Any(o => o.Document.Path == d.Source.Path))], open.Select(o => o.Tree));
        var findings = new List<DocumentFindings>(open.Count);
        foreach (var (document, tree) in open)
        {
            var language = LanguageOf(document.Path);
            var own = result.Reported.Where(d => d.Source.Path == document.Path).Select(d => d.In(language)).ToList();
            var lines = new LineIndex(document.Text);
            findings.Add(new DocumentFindings(document, own, [.. own.Select(d => ToLsp(d, lines))]));
        }

        return findings;
    }

    /// <summary>The language of the findings of <paramref name="path"/>: <c>--lang</c>, else its minutesconfig.json's <c>language</c>, else <see cref="Fallback"/>, else English.</summary>
    public Language LanguageOf(string path)
    {
        if (explicitLanguage(path) is { } given) return given;
        string? folder = System.IO.Path.IsPathRooted(path) ? System.IO.Path.GetDirectoryName(path) : null;
        Language? configured = null;
        try
        {
            if (folder is not null) configured = new NearestConfigs().Of(folder).Language;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // an unreadable configuration is reported by the policy; the language falls back
        }

        return configured ?? Fallback ?? Language.En;
    }

    /// <summary>A finding as LSP shows it: its range in UTF-16 code units of <paramref name="lines"/>' text, its severity, code and message.</summary>
    /// <remarks>As the tools' formats (<see cref="MinutesLang.Diagnostics.Formats.Location"/>), a span that ends with a line break ends before it.</remarks>
    public static LspDiagnostic ToLsp(Diagnostic d, LineIndex lines)
    {
        string text = d.Source.Text;
        int start = Math.Min(d.Span.Start, text.Length);
        int end = Math.Min(Math.Max(d.Span.End, start), text.Length);
        while (end > start && text[end - 1] is '\n' or '\r') end--;
        int severity = d.Severity switch
        {
            DiagnosticSeverity.Error => 1,
            DiagnosticSeverity.Warning => 2,
            _ => 3,
        };
        return new LspDiagnostic(lines.RangeOf(start, end - start), severity, d.Code, "minutes", Features.ValidText.Of(d.Message)); // a message may quote a cut surrogate pair
    }

    /// <summary>
    /// The tree of <paramref name="file"/> (a full path) as its bytes are on disk now, parsed again only when they changed
    /// (<see cref="DiskTrees"/>: the same tree object while the bytes are the same); null when it cannot be read.
    /// </summary>
    public SyntaxTree? DiskTree(string file) => Read(file, _ => { });

    private SyntaxTree? Read(string file, Action<string> log)
    {
        try
        {
            return File.Exists(file) ? disk.Read(file) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            log($"{file}: {e.Message}");
            return null;
        }
    }
}
