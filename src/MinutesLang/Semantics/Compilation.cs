using MinutesLang.Diagnostics;
using MinutesLang.Parsing;
using MinutesLang.Syntax;
using MinutesLang.Text;

namespace MinutesLang.Semantics;

/// <summary>
/// A set of records and the series declaration they share: parse, bind, and collect every
/// diagnostic. The entry point of the compiler for the command line and the tests.
/// </summary>
public sealed class Compilation
{
    private Compilation(Series series, IReadOnlyList<Record> records, IReadOnlyList<Diagnostic> diagnostics, Validation.SeriesContext context)
    {
        Series = series;
        Records = records;
        Diagnostics = diagnostics;
        Context = context;
    }

    public Series Series { get; }

    public IReadOnlyList<Record> Records { get; }

    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>The records in series order, with their gaps and the case history.</summary>
    public Validation.SeriesContext Context { get; }

    public static Compilation Create(SyntaxTree? seriesTree, IEnumerable<SyntaxTree> recordTrees) => Create(seriesTree, recordTrees, []);

    /// <summary>
    /// Compiles the records of <paramref name="recordTrees"/> with, as the rest of their series, records already bound
    /// elsewhere (<paramref name="bound"/>: read from summaries, <see cref="Validation.RecordSummary"/>), which the series
    /// rules see as they see the others. Their own findings are not complete (no syntax, no binding): report only the
    /// findings of the files of <paramref name="recordTrees"/> and the series file. <c>check --staged</c> reads the unchanged
    /// records of a series this way (issue 14 point 1).
    /// </summary>
    public static Compilation Create(SyntaxTree? seriesTree, IEnumerable<SyntaxTree> recordTrees, IEnumerable<Record> bound) =>
        Create(seriesTree, recordTrees, bound, null);

    /// <summary>
    /// As <see cref="Create(SyntaxTree?, IEnumerable{SyntaxTree}, IEnumerable{Record})"/>, reporting the files of
    /// <paramref name="reported"/> only (their paths, as their <see cref="Text.SourceText.Path"/>; null: every file): the
    /// series rules look for findings in those records only (<see cref="Validation.SeriesContext.IsReported"/>), so the
    /// <see cref="Diagnostics"/> of those files are the full compilation's and those of the other records lack the
    /// series rules' (issue 14 point 1). <c>check</c> passes the files it reports.
    /// </summary>
    public static Compilation Create(SyntaxTree? seriesTree, IEnumerable<SyntaxTree> recordTrees, IEnumerable<Record> bound, IReadOnlySet<string>? reported)
    {
        var bag = new DiagnosticBag();
        var series = Series.Empty;
        if (seriesTree is not null)
        {
            bag.AddRange(seriesTree.Diagnostics);
            if (seriesTree.Source.ForeignEncoding is null) series = SeriesBinder.Bind(seriesTree, bag);
        }

        var records = new List<Record>();
        foreach (var tree in recordTrees)
        {
            bag.AddRange(tree.Diagnostics);

            // a binary file says so once, and so does a file in another encoding (ML0001, Big5…): its garbage is not read as a
            // record; nor is a record held to a series.minutes that did not decode (its cases, platforms, 必備 are unknown)
            if (seriesTree?.Source.ForeignEncoding is not null || tree.Source.ForeignEncoding is not null || tree.Diagnostics.Any(d => d.Code == "ML0007")) continue;
            records.Add(RecordBinder.Bind(tree, series, bag));
        }

        records.AddRange(bound);

        // the series rules (ML02xx): carry-over, consensus, rotation, dates, counts, names
        var context = Validation.SeriesValidator.Validate(series, records, reported, bag);
        return new Compilation(series, records, bag.Sorted(), context);
    }

    /// <summary>Reads and parses one file; I/O errors are the caller's (the CLI turns them into exit 2).</summary>
    public static SyntaxTree ParseFile(string path) => Parser.Parse(SourceText.FromBytes(File.ReadAllBytes(path), path));

    /// <summary>The series.minutes that governs a record: in its folder, else the nearest parent folder.</summary>
    public static string? FindSeriesFile(string recordOrFolder)
    {
        var dir = Directory.Exists(recordOrFolder) ? new DirectoryInfo(recordOrFolder) : new FileInfo(recordOrFolder).Directory;
        for (; dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, SeriesBinder.FileName);
            if (File.Exists(candidate)) return candidate;
        }

        return null;
    }

    public static bool IsSeriesFile(string path) => Path.GetFileName(path).Equals(SeriesBinder.FileName, StringComparison.OrdinalIgnoreCase);
}
