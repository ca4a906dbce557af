using MinutesLang.Parsing;
using MinutesLang.Semantics;
using MinutesLang.Syntax;
using MinutesLang.Text;

namespace MinutesLang.Cli.LanguageServer.Features;

/// <summary>How a case id is written: declared (<c>@case ID</c> in series.minutes), linked (<c>[[ID]]</c>, <c>[[ID|…]]</c>) or given an event (<c>@列管 ID</c>…).</summary>
public enum CaseOccurrenceKind
{
    Declaration,
    Link,
    Event,
}

/// <summary>One place a case id is written: the id itself (<see cref="Span"/>, UTF-16 code units of <see cref="Tree"/>'s text).</summary>
public sealed record CaseOccurrence(string Id, CaseOccurrenceKind Kind, SyntaxTree Tree, TextSpan Span);

/// <summary>
/// A document's series as the navigation features see it, at one moment: every file of the series
/// (<see cref="SeriesChecker.SeriesOf"/>) read from its open buffer when the editor has it open, else from disk, parsed
/// and bound (<see cref="Compilation.Create"/>: the @case declarations, the records with their parts, case mentions and
/// events, the case history). A file that cannot be read is left out, as the check leaves it out.
/// </summary>
public sealed class SeriesView
{
    private SeriesView(Compilation compilation, IReadOnlyList<SyntaxTree> trees, SyntaxTree? seriesTree, Documents documents)
    {
        Compilation = compilation;
        Trees = trees;
        SeriesTree = seriesTree;
        this.documents = documents;
    }

    private readonly Documents documents;

    /// <summary>The bound series: the semantic model the features answer from.</summary>
    public Compilation Compilation { get; }

    /// <summary>Every file of the series parsed, series.minutes first when there is one.</summary>
    public IReadOnlyList<SyntaxTree> Trees { get; }

    /// <summary>The tree of series.minutes, or null for a record without a series.</summary>
    public SyntaxTree? SeriesTree { get; }

    /// <summary>
    /// What a view was made from, file by file: the open buffer's text (the same string, not an equal one) or the tree of
    /// the file on disk (<see cref="SeriesChecker.DiskTree"/>: the same object while its bytes are the same, whatever its
    /// time stamp and length), or null when it could not be read.
    /// </summary>
    private sealed record Stamp(string Path, object? Source)
    {
        public bool Same(Stamp other) => Path == other.Path && ReferenceEquals(Source, other.Source);
    }

    private static readonly object LastGate = new();
    private static (Stamp[] Stamps, SeriesView View)? last;

    /// <summary>
    /// The series of <paramref name="path"/> (a full path, or the URI of an untitled buffer) with its open buffers over the
    /// files on disk, whose trees are the checker's (each file read, and parsed only when its bytes changed). The last view
    /// made is reused while every file is the same (the same buffer texts, the same trees): requests one after another on
    /// a series bind it once.
    /// </summary>
    public static SeriesView Of(string path, SeriesChecker checker, Documents documents)
    {
        var (_, files) = checker.SeriesOf(path);
        var stamps = files.Select(f => StampOf(f, checker, documents)).ToArray();
        lock (LastGate)
        {
            if (last is { } l && l.Stamps.Length == stamps.Length && l.Stamps.Zip(stamps).All(p => p.First.Same(p.Second))) return l.View;
        }

        var view = Build(stamps, documents);
        lock (LastGate) last = (stamps, view);
        return view;
    }

    private static Stamp StampOf(string file, SeriesChecker checker, Documents documents)
    {
        if (documents.Get(file) is { } open) return new Stamp(file, open.Text);
        return new Stamp(file, System.IO.Path.IsPathRooted(file) ? checker.DiskTree(file) : null);
    }

    private static SeriesView Build(IReadOnlyList<Stamp> files, Documents documents)
    {
        SyntaxTree? series = null;
        var trees = new List<SyntaxTree>();
        var records = new List<SyntaxTree>();
        foreach (var file in files)
        {
            var tree = file.Source switch
            {
                string text => Parser.Parse(SourceText.From(text, file.Path)),
                SyntaxTree onDisk => onDisk,
                _ => null,
            };
            if (tree is null) continue;
            trees.Add(tree);
            if (Compilation.IsSeriesFile(file.Path)) series = tree;
            else records.Add(tree);
        }

        return new SeriesView(Compilation.Create(series, records), trees, series, documents);
    }

    /// <summary>The text of <paramref name="path"/>: its open buffer, else the file on disk, else null.</summary>
    public static string? TextOf(string path, Documents documents)
    {
        if (documents.Get(path) is { } open) return open.Text;
        try
        {
            return System.IO.Path.IsPathRooted(path) && File.Exists(path) ? SourceText.FromBytes(File.ReadAllBytes(path), path).Text : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>The parse of <paramref name="path"/>'s text (<see cref="TextOf"/>), or null when there is none.</summary>
    public static SyntaxTree? ParseOf(string path, Documents documents) =>
        TextOf(path, documents) is { } text ? Parser.Parse(SourceText.From(text, path)) : null;

    /// <summary>The tree of <paramref name="path"/> in this view, or null when the series holds no such file.</summary>
    public SyntaxTree? TreeOf(string path) => Trees.FirstOrDefault(t => t.Source.Path == path);

    /// <summary>The URI of a tree's file: the open buffer's URI, else the <c>file:</c> URI of its path.</summary>
    public string UriOf(SyntaxTree tree) =>
        documents.Get(tree.Source.Path)?.Uri ?? (System.IO.Path.IsPathRooted(tree.Source.Path) ? Documents.UriOf(tree.Source.Path) : tree.Source.Path);

    /// <summary>Every occurrence of a case id in every file of the series, file by file in the order of <see cref="Trees"/>.</summary>
    public IEnumerable<CaseOccurrence> Occurrences() => Trees.SelectMany(CaseOccurrences);

    /// <summary>
    /// Every case id written in <paramref name="tree"/>, in text order: the id of a <c>@case</c> line of series.minutes,
    /// of a <c>[[ID]]</c> or <c>[[ID|wording]]</c> link (its spaces trimmed, as the binder reads it; a link without its
    /// <c>]]</c> or without an id is none), and the id of an event directive of a record (<c>@列管 ID</c>, the first word
    /// of its arguments, as <see cref="RecordBinder"/> reads it).
    /// </summary>
    public static IEnumerable<CaseOccurrence> CaseOccurrences(SyntaxTree tree)
    {
        bool series = Compilation.IsSeriesFile(tree.Source.Path);
        var found = new List<CaseOccurrence>();
        foreach (var block in tree.Root.Blocks) Collect(block);
        return found;

        void Collect(BlockSyntax block)
        {
            var line = block.Line;
            if (line is DirectiveLineSyntax d)
            {
                string name = d.Name.Text;
                var kind = series && name == Directives.Case ? CaseOccurrenceKind.Declaration
                    : !series && CaseEventKinds.TryParse(name, out _) ? CaseOccurrenceKind.Event
                    : (CaseOccurrenceKind?)null;
                if (kind is { } k && FirstWord(d.Arguments) is { } word) found.Add(new CaseOccurrence(word.Text, k, tree, word.Span));
            }

            foreach (var node in Inlines(line))
            {
                foreach (var e in node.Elements)
                {
                    if (e is not CaseLinkSyntax link || link.Close.IsMissing) continue;
                    string raw = link.Id.Text;
                    string id = raw.Trim();
                    if (id.Length == 0) continue;
                    int lead = raw.Length - raw.TrimStart().Length;
                    found.Add(new CaseOccurrence(id, CaseOccurrenceKind.Link, tree, new TextSpan(link.Id.Start + lead, id.Length)));
                }
            }

            foreach (var child in block.Blocks) Collect(child);
        }
    }

    /// <summary>The first word of a directive's arguments, with its span: the case id of <c>@case</c> and of an event.</summary>
    private static (string Text, TextSpan Span)? FirstWord(InlineSyntax arguments)
    {
        if (arguments.Elements is not [TextRunSyntax run, ..]) return null;
        string text = run.Token.Text;
        int start = 0;
        while (start < text.Length && IsSpace(text[start])) start++;
        int end = start;
        while (end < text.Length && !IsSpace(text[end])) end++;
        return end > start ? (text[start..end], new TextSpan(run.Token.Start + start, end - start)) : null;

        static bool IsSpace(char c) => c is ' ' or '\t' or '\u3000';
    }

    /// <summary>The inline contents of a line (its text, a field's value, a directive's arguments).</summary>
    internal static IEnumerable<InlineSyntax> Inlines(LineSyntax line)
    {
        switch (line)
        {
            case DirectiveLineSyntax d:
                yield return d.Arguments;
                break;
            case MarkedLineSyntax m:
                yield return m.Content;
                break;
            case PartLineSyntax p:
                if (p.Field is { } pf) yield return pf.Value;
                if (p.Content is { } pc) yield return pc;
                break;
            case FieldLineSyntax f:
                yield return f.Field.Value;
                break;
        }
    }
}
