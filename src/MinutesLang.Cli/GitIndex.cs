using System.Text;

namespace MinutesLang.Cli;

/// <summary>
/// What is about to be committed, read from git's index rather than the working tree: the
/// paths staged in the commit and the staged content of any file. <c>minutes check --staged</c>
/// (the pre-commit hook) reads records through this, so that a file fixed in the working tree but
/// not staged is still checked as it will be committed.
/// </summary>
/// <remarks>
/// Two ways to read the index give the same answers: <see cref="StagedTree"/> (what <see cref="Open"/>
/// uses: <c>git diff --cached</c> and one <c>git cat-file --batch-command</c> that reads only the folders
/// asked for, from HEAD's trees) and <see cref="ListedIndex"/> (every path of the index listed first; the
/// way of git before 2.36, which has no <c>--batch-command</c>). Paths are relative to <see cref="Top"/>,
/// with /.
/// </remarks>
public abstract class GitIndex : IDisposable
{
    private readonly Dictionary<string, byte[]> contents = new(StringComparer.Ordinal);

    protected GitIndex(string top, IReadOnlyList<string> staged)
    {
        Top = Path.GetFullPath(top);
        Staged = staged;
    }

    /// <summary>The repository's top folder (full path).</summary>
    public string Top { get; }

    /// <summary>Paths added, copied, modified or renamed in the index against HEAD (as <c>git diff --cached --diff-filter=ACMR --no-renames</c>), in git's order.</summary>
    public IReadOnlyList<string> Staged { get; }

    /// <summary>How many git processes this index has started so far (the hook's cost: see docs/bench/check.md).</summary>
    public int GitProcesses { get; protected set; }

    /// <summary>The files of the index directly in a folder ("" for the top), in ordinal order; submodules left out.</summary>
    public abstract IReadOnlyList<string> FilesIn(string folder);

    /// <summary>Every file of the index below a folder ("" for the top) at any depth, in ordinal order; submodules left out.</summary>
    public abstract IReadOnlyList<string> FilesUnder(string folder);

    /// <summary>Whether a path is a file of the index.</summary>
    public bool Contains(string relative) => FilesIn(FolderOf(relative)).Contains(relative, StringComparer.Ordinal);

    /// <summary>The staged bytes of a path; <see cref="FileNotFoundException"/> when it is not a file of the index.</summary>
    public byte[] Read(string relative)
    {
        Preload([relative]);
        return contents.TryGetValue(relative, out var bytes) ? bytes : throw new FileNotFoundException($"{relative}: not in git's index", relative);
    }

    /// <summary>Reads many staged files at once (one request to git for all of them).</summary>
    public void Preload(IEnumerable<string> relatives)
    {
        var wanted = relatives.Where(r => !contents.ContainsKey(r) && Contains(r)).Distinct(StringComparer.Ordinal).ToList();
        if (wanted.Count == 0) return;
        foreach (var (path, bytes) in wanted.Zip(ReadBlobs([.. wanted.Select(BlobOf)]))) contents[path] = bytes;
    }

    /// <summary>
    /// The object id git gives the staged bytes of a path (the hash of its content: other bytes, another id), without
    /// reading them; <see cref="FileNotFoundException"/> when it is not a file of the index. The key of
    /// <see cref="SummaryCache"/>.
    /// </summary>
    public string ObjectId(string relative) =>
        Contains(relative) ? BlobOf(relative) : throw new FileNotFoundException($"{relative}: not in git's index", relative);

    /// <summary>The object id of a file of the index.</summary>
    protected abstract string BlobOf(string relative);

    /// <summary>The contents of blobs, in the order asked.</summary>
    protected abstract IReadOnlyList<byte[]> ReadBlobs(IReadOnlyList<string> ids);

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

    /// <summary>The folder of an index path ("" at the top).</summary>
    public static string FolderOf(string relative) => relative.LastIndexOf('/') is var i and >= 0 ? relative[..i] : "";

    /// <summary>
    /// Reads the index of the repository that holds <paramref name="workdir"/> (the current folder by default); a
    /// usage error outside one. Two git processes (<see cref="StagedTree"/>), three when the top of the work tree is
    /// not the folder itself; with a git older than 2.36, the four of <see cref="ListedIndex"/>.
    /// </summary>
    public static GitIndex Open(string? workdir = null) => (GitIndex?)StagedTree.TryOpen(workdir) ?? ListedIndex.OpenListed(workdir);

    public virtual void Dispose() => GC.SuppressFinalize(this);

    internal static IEnumerable<string> Split(byte[] z) =>
        Encoding.UTF8.GetString(z).Split('\0', StringSplitOptions.RemoveEmptyEntries);
}

/// <summary>
/// The index listed whole: <c>git rev-parse --show-toplevel</c>, <c>git ls-files --stage</c>, <c>git rev-parse HEAD</c>,
/// <c>git diff --cached --name-only</c>, then one <c>git cat-file --batch</c> for the contents. The way before
/// <see cref="StagedTree"/>, kept for a git without <c>cat-file --batch-command</c> and as its reference in the tests.
/// </summary>
public sealed class ListedIndex : GitIndex
{
    private readonly Dictionary<string, string> blobOf; // path → object id
    private readonly string[] ordered;

    private ListedIndex(string top, Dictionary<string, string> blobOf, IReadOnlyList<string> staged, int processes)
        : base(top, staged)
    {
        this.blobOf = blobOf;
        ordered = [.. blobOf.Keys.Order(StringComparer.Ordinal)];
        GitProcesses = processes;
    }

    /// <summary>Lists the index of the repository holding <paramref name="workdir"/> (the current folder by default); a usage error outside one.</summary>
    public static ListedIndex OpenListed(string? workdir = null)
    {
        string top = Encoding.UTF8.GetString(Git.Run(workdir, null, "rev-parse", "--show-toplevel")).TrimEnd('\n', '\r');
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
        return new ListedIndex(top, blobOf, staged, hasHead ? 4 : 3);
    }

    public override IReadOnlyList<string> FilesIn(string folder) =>
        [.. FilesUnder(folder).Where(p => FolderOf(p) == folder)];

    public override IReadOnlyList<string> FilesUnder(string folder) =>
        folder.Length == 0 ? ordered : [.. ordered.Where(p => p.StartsWith(folder + "/", StringComparison.Ordinal))];

    protected override string BlobOf(string relative) => blobOf[relative];

    protected override IReadOnlyList<byte[]> ReadBlobs(IReadOnlyList<string> ids)
    {
        var output = Git.Run(Top, Encoding.ASCII.GetBytes(string.Concat(ids.Select(id => id + "\n"))), "cat-file", "--batch");
        GitProcesses++;
        var result = new List<byte[]>(ids.Count);
        int at = 0;
        foreach (var id in ids)
        {
            int nl = Array.IndexOf(output, (byte)'\n', at);
            if (nl < 0) throw new CliIOException("git cat-file: the answer was cut short", "git cat-file：回應不完整");
            var header = Encoding.ASCII.GetString(output, at, nl - at).Split(' ');
            if (header.Length != 3 || !int.TryParse(header[2], out int size)) throw new CliIOException($"git cat-file: cannot read {id}", $"git cat-file：無法讀取 {id}");
            result.Add(output.AsSpan(nl + 1, size).ToArray());
            at = nl + 1 + size + 1;
        }

        return result;
    }
}
