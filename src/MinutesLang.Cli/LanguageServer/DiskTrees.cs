using System.IO.Hashing;
using MinutesLang.Parsing;
using MinutesLang.Syntax;
using MinutesLang.Text;

namespace MinutesLang.Cli.LanguageServer;

/// <summary>
/// The syntax trees of the files of a series the editor does not have open, as <see cref="SeriesChecker"/> reads them on
/// every check (issue 16, point 6: a change in one record re-checks its whole series; only that record is parsed again).
/// A file is read on every call and its tree kept under the XxHash128 of its bytes (System.IO.Hashing, as
/// <c>SummaryCache</c>): a file whose bytes are the same is not parsed again, and one whose bytes changed always is —
/// never a stale tree, even when an edit keeps the file's length and its time stamp (a write within the clock's tick,
/// a tool that restores the time). Reading a series' files costs little beside parsing them (docs/bench/lsp.md).
/// Safe to call from any thread.
/// </summary>
public sealed class DiskTrees
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, (UInt128 Hash, SyntaxTree Tree)> trees = new(StringComparer.Ordinal);
    private int parses;

    /// <summary>How many files were parsed so far.</summary>
    public int Parses => Volatile.Read(ref parses);

    /// <summary>The tree of the file at <paramref name="path"/> (a full path) as its bytes are now.</summary>
    /// <exception cref="IOException">the file cannot be read (gone, a folder…)</exception>
    /// <exception cref="UnauthorizedAccessException">the file may not be read</exception>
    public SyntaxTree Read(string path)
    {
        byte[] bytes = File.ReadAllBytes(path);
        var hash = XxHash128.HashToUInt128(bytes);
        lock (gate)
        {
            if (trees.TryGetValue(path, out var kept) && kept.Hash == hash) return kept.Tree;
        }

        var tree = Parser.Parse(SourceText.FromBytes(bytes, path)); // what Compilation.ParseFile gives
        Interlocked.Increment(ref parses);
        lock (gate) trees[path] = (hash, tree);
        return tree;
    }
}
