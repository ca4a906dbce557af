using System.Security.Cryptography;
using System.Text;
using MinutesLang.Semantics;
using MinutesLang.Syntax;
using MinutesLang.Validation;

namespace MinutesLang.Cli;

/// <summary>
/// The summaries of the records <c>check --staged</c> reads only as the rest of a series (issue 14 point 1;
/// <see cref="RecordSummary"/>: what the series rules read of them), kept in the repository's git folder,
/// <c>.git/minutes-cache/summaries/</c>, so that the next commit reads a summary instead of parsing and binding the
/// record again.
/// </summary>
/// <remarks>
/// It can never be stale: an entry is found by its key, which holds everything the summary is computed from — the
/// record's object id in git's index (the SHA of its bytes: any change to the record is another id), the object id
/// of the series.minutes it is bound against, its path, and the compiler (the module version ids of MinutesLang and
/// Pidgin, which change with any change of their code, and the runtime's version). The entry repeats the whole key
/// and the SHA-256 of its summary: an entry of another key (a foreign file under the name), cut short or altered is
/// not read, and the record is parsed instead (and the entry written again). Entries are written whole by rename
/// (<see cref="AtomicFile"/>: a temporary file per process), so two hooks at once read an old entry or a new one, and
/// at worst both write the same bytes. A cache that cannot be read or written (no .git folder, a read-only one) is no
/// error: the records are then parsed, as without it. A compiler whose module version id cannot be read has no cache.
/// </remarks>
public sealed class SummaryCache
{
    private readonly string folder;
    private readonly string compiler;

    private SummaryCache(string folder, string compiler)
    {
        this.folder = folder;
        this.compiler = compiler;
    }

    /// <summary>The folder of the entries (for the tests and <c>--verbose</c>).</summary>
    public string Folder => folder;

    /// <summary>How many summaries were read from the cache so far.</summary>
    public int Hits { get; private set; }

    /// <summary>How many entries were written so far.</summary>
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
    /// trusted. A found record may be null: the file is binary (ML0007) and no record of the series.
    /// </summary>
    public bool TryRead(string relative, string objectId, string? seriesId, string displayPath, out Record? found)
    {
        found = null;
        string key = Key(relative, objectId, seriesId);
        try
        {
            string path = EntryPath(key);
            if (!File.Exists(path)) return false;
            string text = File.ReadAllText(path, Encoding.UTF8);
            int first = text.IndexOf('\n'), second = first < 0 ? -1 : text.IndexOf('\n', first + 1);
            if (second < 0 || text[..first] != key) return false;
            string json = text[(second + 1)..];
            if (text[(first + 1)..second] != Sha256(json)) return false;
            found = RecordSummary.Read(json, displayPath);
            Hits++;
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            found = null;
            return false;
        }
    }

    /// <summary>Keeps the summary of a record just bound (null: the file is binary, ML0007); a failure to write is ignored.</summary>
    public void Write(string relative, string objectId, string? seriesId, Record? record)
    {
        string key = Key(relative, objectId, seriesId);
        string json = record is null ? RecordSummary.Binary : RecordSummary.Write(record);
        try
        {
            string path = EntryPath(key);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            AtomicFile.WriteAllBytes(path, Encoding.UTF8.GetBytes(key + "\n" + Sha256(json) + "\n" + json));
            Written++;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // a cache that cannot be written only costs time
        }
    }

    private string Key(string relative, string objectId, string? seriesId) =>
        $"minutes-summary/{RecordSummary.Format} compiler={compiler} series={seriesId ?? "-"} record={objectId} path={Convert.ToHexStringLower(Encoding.UTF8.GetBytes(relative))}";

    /// <summary>.git/minutes-cache/summaries/ab/cdef… (the SHA-256 of the key), 256 folders so that none grows large.</summary>
    private string EntryPath(string key)
    {
        string name = Sha256(key);
        return Path.Combine(folder, name[..2], name[2..]);
    }

    private static string Sha256(string s) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(s)));

    /// <summary>The compiler's identity: the module version ids of the parser and binder (MinutesLang) and of Pidgin, and the runtime's version; null when they cannot be read.</summary>
    private static string? CompilerId()
    {
        try
        {
            var ids = new[] { typeof(Compilation), typeof(Pidgin.Parser) }.Select(t => t.Assembly.ManifestModule.ModuleVersionId).ToList();
            if (ids.Any(id => id == Guid.Empty)) return null;
            return Sha256(string.Join(",", ids) + "," + Environment.Version)[..32];
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
            if (!File.Exists(dotGit)) return null;
            string line = File.ReadLines(dotGit).FirstOrDefault() ?? "";
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
