using System.Text;

namespace MinutesLang.Cli;

/// <summary>
/// What is about to be committed, read from git's index rather than the working tree: the
/// paths staged in the commit and the staged content of any file. <c>minutes check --staged</c>
/// (the pre-commit hook) reads records through this, so that a file fixed in the working tree but
/// not staged is still checked as it will be committed.
/// </summary>
public sealed class GitIndex
{
    private readonly Dictionary<string, string> blobOf; // repository-relative path (with /) → object id
    private readonly Dictionary<string, byte[]> contents = new(StringComparer.Ordinal);

    private GitIndex(string top, Dictionary<string, string> blobOf, IReadOnlyList<string> staged)
    {
        Top = top;
        this.blobOf = blobOf;
        Staged = staged;
    }

    /// <summary>The repository's top folder (full path).</summary>
    public string Top { get; }

    /// <summary>Paths added, copied, modified or renamed in the index against HEAD (relative to <see cref="Top"/>, with /).</summary>
    public IReadOnlyList<string> Staged { get; }

    /// <summary>Every path in the index (relative to <see cref="Top"/>, with /).</summary>
    public IEnumerable<string> Paths => blobOf.Keys;

    public bool Contains(string relative) => blobOf.ContainsKey(relative);

    /// <summary>Reads the index of the repository that holds the current folder; a usage error outside one.</summary>
    public static GitIndex Open()
    {
        string top = Encoding.UTF8.GetString(Git.Run(null, null, "rev-parse", "--show-toplevel")).TrimEnd('\n', '\r');
        var blobOf = new Dictionary<string, string>(StringComparer.Ordinal);

        // <mode> SP <object> SP <stage> TAB <path> NUL; during a merge only stage 0 (resolved) is committed
        foreach (var entry in Split(Git.Run(top, null, "ls-files", "--stage", "-z")))
        {
            int tab = entry.IndexOf('\t');
            if (tab < 0) continue;
            var head = entry[..tab].Split(' ');
            if (head.Length != 3 || head[2] != "0" || head[0] == "160000") continue; // submodules have no blob
            blobOf[entry[(tab + 1)..]] = head[1];
        }

        // with no commit yet (HEAD unborn), everything in the index is staged
        bool hasHead = Git.Try(top, "rev-parse", "--verify", "--quiet", "HEAD");
        var staged = hasHead
            ? Split(Git.Run(top, null, "diff", "--cached", "--name-only", "-z", "--no-renames", "--diff-filter=ACMR")).ToList()
            : [.. blobOf.Keys.Order(StringComparer.Ordinal)];
        return new GitIndex(Path.GetFullPath(top), blobOf, staged);
    }

    /// <summary>The staged bytes of a path (relative to <see cref="Top"/>, with /).</summary>
    public byte[] Read(string relative)
    {
        if (contents.TryGetValue(relative, out var bytes)) return bytes;
        if (!blobOf.TryGetValue(relative, out var id)) throw new FileNotFoundException($"{relative}: not in git's index");
        bytes = Git.Run(Top, null, "cat-file", "blob", id);
        contents[relative] = bytes;
        return bytes;
    }

    /// <summary>Reads many staged files with one <c>git cat-file --batch</c> process.</summary>
    public void Preload(IEnumerable<string> relatives)
    {
        var wanted = relatives.Where(r => !contents.ContainsKey(r) && blobOf.ContainsKey(r)).Distinct().ToList();
        if (wanted.Count == 0) return;
        var input = Encoding.ASCII.GetBytes(string.Concat(wanted.Select(r => blobOf[r] + "\n")));
        var output = Git.Run(Top, input, "cat-file", "--batch");
        int at = 0;
        foreach (var r in wanted)
        {
            int nl = Array.IndexOf(output, (byte)'\n', at);
            if (nl < 0) throw new IOException("git cat-file: the answer was cut short");
            var header = Encoding.ASCII.GetString(output, at, nl - at).Split(' ');
            if (header.Length != 3 || !int.TryParse(header[2], out int size)) throw new IOException($"git cat-file: cannot read {r}");
            contents[r] = output.AsSpan(nl + 1, size).ToArray();
            at = nl + 1 + size + 1;
        }
    }

    /// <summary>The full path in the working tree of a path of the index.</summary>
    public string FullPath(string relative) => Path.Combine(Top, relative.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>The index path (relative, with /) of a full path, or null when it lies outside the repository.</summary>
    public string? Relative(string fullPath)
    {
        string r = Path.GetRelativePath(Top, Path.GetFullPath(fullPath));
        if (r == ".") return "";
        if (r.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(r)) return null;
        return r.Replace(Path.DirectorySeparatorChar, '/');
    }

    private static IEnumerable<string> Split(byte[] z) =>
        Encoding.UTF8.GetString(z).Split('\0', StringSplitOptions.RemoveEmptyEntries);
}
