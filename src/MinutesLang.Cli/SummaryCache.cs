using System.Text;
using MinutesLang.Semantics;
using MinutesLang.Validation;

namespace MinutesLang.Cli;

/// <summary>
/// The summaries of the records <c>check --staged</c> reads only as the rest of a series (issue 14 point 1;
/// <see cref="RecordSummary"/>: what the series rules read of them), kept in the repository's git folder,
/// <c>.git/minutes-cache/summaries/</c>, one file per series, so that the next commit reads a summary instead of
/// parsing and binding the record again.
/// </summary>
/// <remarks>
/// It can never be stale: a summary is found by its key, which holds everything the summary is computed from — the
/// record's object id in git's index (the SHA of its bytes: any change to the record is another id), the object id
/// of the series.minutes it is bound against, its path, and the compiler (the module version ids of MinutesLang and
/// Pidgin, which change with any change of their code, and the runtime's version). The file of a series is named
/// after the series' path; its first line is the key shared by its entries (format, compiler, series object id and
/// path), and each following line is one entry: the record's object id, its path, the XxHash128 (<see cref="Digest"/>) of the first line and
/// the rest of the entry, and the summary (JSON, one line). A file whose first line is not the key expected is not
/// read; an entry of another record or path, cut short or altered is not read, and that record is parsed instead
/// (and its entry written again). The file is written whole by rename (<see cref="AtomicFile"/>: a temporary file per
/// process) after the check, holding the entries this run read or wrote (the records of the series now), so two hooks
/// at once read an old file or a new one, and at worst the last one's entries are kept. A cache that cannot be read
/// or written (no .git folder, a read-only one) is no error: the records are then parsed, as without it. A compiler
/// whose module version id cannot be read has no cache. Before issue 14's step 3, one file per record (19 opens for a
/// record of the seeds, docs/bench/scale.md).
/// </remarks>
public sealed class SummaryCache
{
    private readonly string folder;
    private readonly string compiler;
    private readonly Dictionary<string, SeriesFile> series = new(StringComparer.Ordinal);
    private readonly Lock gate = new();

    private SummaryCache(string folder, string compiler)
    {
        this.folder = folder;
        this.compiler = compiler;
    }

    /// <summary>The folder of the files (for the tests and <c>--verbose</c>).</summary>
    public string Folder => folder;

    /// <summary>How many summaries were read from the cache so far.</summary>
    public int Hits { get; private set; }

    /// <summary>How many summaries were written by <see cref="Save"/> so far (entries new in their file).</summary>
    public int Written { get; private set; }

    /// <summary>The cache of the repository of <paramref name="index"/>, or null when its git folder cannot be found or the compiler's version cannot be read.</summary>
    public static SummaryCache? Open(GitIndex index)
    {
        if (CompilerId() is not { } compiler || GitFolder(index.Top) is not { } git) return null;
        return new SummaryCache(Path.Combine(git, "minutes-cache", "summaries"), compiler);
    }

    /// <summary>
    /// The record a cached summary stands for, bound as a neighbour would be (<see cref="RecordSummary.Read"/>), with
    /// <paramref name="displayPath"/> as its path; <paramref name="found"/> is false when there is no entry that can be
    /// trusted. A found record may be null: the file is binary (ML0007) and no record of the series. The file of the
    /// series (<paramref name="seriesRelative"/> at <paramref name="seriesId"/>) is read once, at its first question.
    /// </summary>
    public bool TryRead(string seriesRelative, string seriesId, string relative, string objectId, string displayPath, out Record? found)
    {
        found = null;
        lock (gate)
        {
            var file = File(seriesRelative, seriesId);
            string path = Hex(relative);
            if (!file.Read.TryGetValue(path, out var entry) || entry.ObjectId != objectId) return false;
            try
            {
                found = RecordSummary.Read(entry.Json, displayPath);
            }
            catch (FormatException)
            {
                return false;
            }

            file.Kept[path] = entry;
            Hits++;
            return true;
        }
    }

    /// <summary>Keeps the summary of a record just bound (null: the file is binary, ML0007), to be written by <see cref="Save"/>.</summary>
    public void Add(string seriesRelative, string seriesId, string relative, string objectId, Record? record)
    {
        string json = record is null ? RecordSummary.Binary : RecordSummary.Write(record);
        if (json.Contains('\n')) return; // never: the writer escapes control characters; one entry is one line
        lock (gate)
        {
            var file = File(seriesRelative, seriesId);
            file.Kept[Hex(relative)] = new Entry(objectId, json);
            file.Changed++;
        }
    }

    /// <summary>
    /// Writes the file of every series that has new entries, by rename, holding the entries read or added in this run
    /// (in the order of their paths); a failure to write is ignored (a cache that cannot be written only costs time).
    /// </summary>
    public void Save()
    {
        lock (gate)
        {
            foreach (var file in series.Values.Where(f => f.Changed > 0))
            {
                var text = new StringBuilder(file.Header).Append('\n');
                foreach (var (path, entry) in file.Kept.OrderBy(e => e.Key, StringComparer.Ordinal))
                {
                    string body = $"{entry.ObjectId} {path} ";
                    text.Append(body).Append(Digest(file.Header + "\n" + body + entry.Json)).Append(' ').Append(entry.Json).Append('\n');
                }

                try
                {
                    Directory.CreateDirectory(folder);
                    AtomicFile.WriteAllBytes(file.Path, Encoding.UTF8.GetBytes(text.ToString()));
                    Written += file.Changed;
                    file.Changed = 0;
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    // a cache that cannot be written only costs time
                }
            }
        }
    }

    /// <summary>One entry: the record's object id and its summary.</summary>
    private readonly record struct Entry(string ObjectId, string Json);

    /// <summary>The file of one series: its key, the trusted entries read (by path, in hex), those kept for <see cref="Save"/>.</summary>
    private sealed class SeriesFile(string path, string header, Dictionary<string, Entry> read)
    {
        public string Path { get; } = path;

        public string Header { get; } = header;

        public Dictionary<string, Entry> Read { get; } = read;

        public Dictionary<string, Entry> Kept { get; } = new(StringComparer.Ordinal);

        public int Changed { get; set; }
    }

    private SeriesFile File(string seriesRelative, string seriesId)
    {
        if (series.TryGetValue(seriesRelative, out var known)) return known;
        string header = $"minutes-summaries/{RecordSummary.Format} compiler={compiler} series={seriesId} path={Hex(seriesRelative)}";
        string path = Path.Combine(folder, Digest("series path=" + Hex(seriesRelative)));
        var file = new SeriesFile(path, header, ReadEntries(path, header));
        series[seriesRelative] = file;
        return file;
    }

    /// <summary>The entries of a series' file that can be trusted: none when the file is missing, unreadable or of another key.</summary>
    private static Dictionary<string, Entry> ReadEntries(string path, string header)
    {
        var entries = new Dictionary<string, Entry>(StringComparer.Ordinal);
        string text;
        try
        {
            if (!System.IO.File.Exists(path)) return entries;
            text = System.IO.File.ReadAllText(path, Encoding.UTF8);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return entries;
        }

        var lines = text.Split('\n');
        if (lines[0] != header) return entries;

        // <object id> SP <path in hex> SP <XxHash128 of the header, LF and the entry without it> SP <summary>
        foreach (string line in lines.Skip(1))
        {
            int a = line.IndexOf(' '), b = a < 0 ? -1 : line.IndexOf(' ', a + 1), c = b < 0 ? -1 : line.IndexOf(' ', b + 1);
            if (c < 0) continue;
            string body = line[..(b + 1)], json = line[(c + 1)..];
            if (line[(b + 1)..c] != Digest(header + "\n" + body + json)) continue;
            entries[line[(a + 1)..b]] = new Entry(line[..a], json);
        }

        return entries;
    }

    /// <summary>
    /// The XxHash128 of <paramref name="text"/>'s UTF-8 bytes as 32 lowercase hex digits: the name of a series' file and
    /// the checksum of each entry. Not cryptographic, and it need not be: what it guards against is a file cut short, an
    /// entry of another key or version, bytes changed by another program (anyone who can write <c>.git</c> can change the
    /// index itself); the key proper is git's object ids. System.IO.Hashing rather than the runtime's SHA-256, which opens
    /// OpenSSL at its first use on Linux (~3 ms of a ~35 ms hook, docs/bench/scale.md).
    /// </summary>
    internal static string Digest(string text) =>
        Convert.ToHexStringLower(System.IO.Hashing.XxHash128.Hash(System.Text.Encoding.UTF8.GetBytes(text)));

    private static string Hex(string s) => Convert.ToHexStringLower(Encoding.UTF8.GetBytes(s));

    /// <summary>The compiler's identity: the module version ids of the parser and binder (MinutesLang) and of Pidgin, and the runtime's version; null when they cannot be read.</summary>
    private static string? CompilerId()
    {
        try
        {
            var ids = new[] { typeof(Compilation), typeof(Pidgin.Parser) }.Select(t => t.Assembly.ManifestModule.ModuleVersionId).ToList();
            if (ids.Any(id => id == Guid.Empty)) return null;
            return Digest(string.Join(",", ids) + "," + Environment.Version)[..32];
        }
        catch (Exception e) when (e is NotSupportedException or InvalidOperationException or PlatformNotSupportedException)
        {
            return null;
        }
    }

    /// <summary>
    /// The git folder of the work tree at <paramref name="top"/>: $GIT_DIR when git sets it, else <c>.git</c> when it is a
    /// folder, else the folder a <c>.git</c> file names (<c>gitdir: …</c>, a linked work tree or a submodule); null when none.
    /// </summary>
    private static string? GitFolder(string top)
    {
        try
        {
            if (Environment.GetEnvironmentVariable("GIT_DIR") is { Length: > 0 } env) return Directory.Exists(env) ? Path.GetFullPath(env) : null;
            string dotGit = Path.Combine(top, ".git");
            if (Directory.Exists(dotGit)) return dotGit;
            if (!System.IO.File.Exists(dotGit)) return null;
            string line = System.IO.File.ReadLines(dotGit).FirstOrDefault() ?? "";
            if (!line.StartsWith("gitdir:", StringComparison.Ordinal)) return null;
            string dir = Path.GetFullPath(Path.Combine(top, line["gitdir:".Length..].Trim()));
            return Directory.Exists(dir) ? dir : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
