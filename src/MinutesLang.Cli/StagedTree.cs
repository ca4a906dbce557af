using System.Diagnostics;
using System.Text;

namespace MinutesLang.Cli;

/// <summary>
/// The index as the hook needs it, in two git processes: <c>git diff --cached --raw</c> (what the commit changes
/// against HEAD: the staged paths, their new object ids, the deletions) and one <c>git cat-file --batch-command</c>
/// kept open, which reads HEAD's trees only for the folders asked for (a folder of the index is HEAD's folder with the
/// changes laid over it) and then the blobs. The top of the work tree is the current folder when it holds
/// <c>.git</c> (where git runs a hook); elsewhere <c>git rev-parse --show-toplevel</c> asks, a third process.
/// </summary>
/// <remarks>
/// Gives the answers of <see cref="ListedIndex"/> (HookTests compare them), except for a file added with
/// <c>git add --intent-to-add</c> and never staged, which git leaves out of the commit and this leaves out too
/// (<see cref="ListedIndex"/> read it as an empty file).
/// </remarks>
public sealed class StagedTree : GitIndex
{
    private const int GitLink = 0xE000; // 160000: a submodule, no blob
    private const int TreeMode = 0x4000; // 040000

    /// <summary>A change of the index against HEAD: the new mode (0 when the path is gone) and object id.</summary>
    private readonly record struct Change(int Mode, string Id);

    private readonly Dictionary<string, Change> changes;
    private readonly CatFile catFile;
    private readonly Dictionary<string, Dictionary<string, (int Mode, string Id)>?> headTrees = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<string>> files = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> blobOf = new(StringComparer.Ordinal);

    private StagedTree(string top, IReadOnlyList<string> staged, Dictionary<string, Change> changes, CatFile catFile, int processes)
        : base(top, staged)
    {
        this.changes = changes;
        this.catFile = catFile;
        GitProcesses = processes;
    }

    /// <summary>Opens the index of the repository holding <paramref name="workdir"/> (the current folder by default), or null when git has no <c>cat-file --batch-command</c> (before 2.36).</summary>
    public static StagedTree? TryOpen(string? workdir = null)
    {
        string here = Path.GetFullPath(workdir ?? Directory.GetCurrentDirectory());
        int processes = 0;
        string top;
        if (IsTop(here)) top = here;
        else
        {
            top = Encoding.UTF8.GetString(Git.Run(workdir, null, "rev-parse", "--show-toplevel")).TrimEnd('\n', '\r');
            processes++;
        }

        // :<old mode> <new mode> <old id> <new id> <status> NUL <path> NUL, sorted by path; with HEAD unborn, against the empty tree
        var raw = Encoding.UTF8.GetString(Git.Run(top, null, "diff", "--cached", "--raw", "-z", "--no-renames", "--no-abbrev", "--ignore-submodules=none"));
        processes++;
        var fields = raw.Split('\0');
        var changes = new Dictionary<string, Change>(StringComparer.Ordinal);
        var staged = new List<string>();
        for (int i = 0; i + 1 < fields.Length; i += 2)
        {
            var head = fields[i].TrimStart(':').Split(' ');
            if (head.Length < 5) throw new CliIOException($"git diff --cached: cannot read '{fields[i]}'", $"git diff --cached：無法讀取「{fields[i]}」");
            string path = fields[i + 1], status = head[4];
            int mode = Convert.ToInt32(head[1], 8);
            changes[path] = status is "D" or "U" ? new Change(0, "") : new Change(mode, head[3]);
            if (status is "A" or "M" or "C" or "R") staged.Add(path);
        }

        var catFile = CatFile.TryStart(top);
        if (catFile is null) return null;
        return new StagedTree(top, staged, changes, catFile, processes + 1);
    }

    /// <summary>Whether git would take this folder for the top of its work tree: it holds .git, and nothing in the environment or .git/config moves the work tree.</summary>
    private static bool IsTop(string folder)
    {
        if (Environment.GetEnvironmentVariable("GIT_WORK_TREE") is { Length: > 0 }) return false;
        string dotGit = Path.Combine(folder, ".git");
        if (File.Exists(dotGit)) return true; // a linked work tree or a submodule: "gitdir: …"
        if (!Directory.Exists(dotGit)) return false;
        string config = Path.Combine(dotGit, "config");
        return !File.Exists(config) || !File.ReadAllText(config).Contains("worktree", StringComparison.OrdinalIgnoreCase);
    }

    public override IReadOnlyList<string> FilesIn(string folder)
    {
        if (files.TryGetValue(folder, out var known)) return known;
        var here = new Dictionary<string, string>(StringComparer.Ordinal);
        if (HeadTree(folder) is { } tree)
        {
            foreach (var (name, (mode, id)) in tree)
            {
                if (mode != TreeMode && mode != GitLink) here[Join(folder, name)] = id;
            }
        }

        foreach (var (path, change) in changes)
        {
            if (FolderOf(path) != folder) continue;
            if (change.Mode == 0 || change.Mode == GitLink) here.Remove(path);
            else here[path] = change.Id;
        }

        foreach (var (path, id) in here) blobOf[path] = id;
        IReadOnlyList<string> list = [.. here.Keys.Order(StringComparer.Ordinal)];
        files[folder] = list;
        return list;
    }

    public override IReadOnlyList<string> FilesUnder(string folder)
    {
        var all = new List<string>();
        var pending = new Stack<string>([folder]);
        while (pending.Count > 0)
        {
            string f = pending.Pop();
            all.AddRange(FilesIn(f));
            foreach (var sub in Subfolders(f)) pending.Push(sub);
        }

        all.Sort(StringComparer.Ordinal);
        return all;
    }

    /// <summary>The folders of the index directly in a folder: HEAD's, and those the changes bring.</summary>
    private SortedSet<string> Subfolders(string folder)
    {
        var subs = new SortedSet<string>(StringComparer.Ordinal);
        if (HeadTree(folder) is { } tree)
        {
            foreach (var (name, (mode, _)) in tree)
            {
                if (mode == TreeMode) subs.Add(Join(folder, name));
            }
        }

        string prefix = folder.Length == 0 ? "" : folder + "/";
        foreach (var (path, change) in changes)
        {
            if (change.Mode == 0 || !path.StartsWith(prefix, StringComparison.Ordinal)) continue;
            int slash = path.IndexOf('/', prefix.Length);
            if (slash > 0) subs.Add(path[..slash]);
        }

        return subs;
    }

    /// <summary>HEAD's tree of a folder (name → mode, id), or null when HEAD has no such folder (or no commit). Read by object id, from the root down.</summary>
    private Dictionary<string, (int Mode, string Id)>? HeadTree(string folder)
    {
        if (headTrees.TryGetValue(folder, out var known)) return known;
        Dictionary<string, (int, string)>? tree;
        if (folder.Length == 0) tree = catFile.Tree("HEAD^{tree}");
        else
        {
            var parent = HeadTree(FolderOf(folder));
            string name = folder[(folder.LastIndexOf('/') + 1)..];
            tree = parent is not null && parent.TryGetValue(name, out var e) && e.Mode == TreeMode ? catFile.Tree(e.Id) : null;
        }

        headTrees[folder] = tree;
        return tree;
    }

    protected override string BlobOf(string relative)
    {
        FilesIn(FolderOf(relative));
        return blobOf[relative];
    }

    protected override IReadOnlyList<byte[]> ReadBlobs(IReadOnlyList<string> ids) =>
        [.. ids.Select(id => catFile.Contents(id) ?? throw new CliIOException($"git cat-file: no object {id}", $"git cat-file：沒有物件 {id}"))];

    public override void Dispose()
    {
        catFile.Dispose();
        base.Dispose();
    }

    private static string Join(string folder, string name) => folder.Length == 0 ? name : folder + "/" + name;

    /// <summary>One <c>git cat-file --batch-command</c>, asked one object at a time (each answer is flushed).</summary>
    private sealed class CatFile : IDisposable
    {
        private readonly Process process;
        private readonly Stream output;
        private readonly Task<string> errors;

        private CatFile(Process process)
        {
            this.process = process;
            output = new BufferedStream(process.StandardOutput.BaseStream, 1 << 16);
            errors = process.StandardError.ReadToEndAsync();
        }

        /// <summary>Starts it in the top folder, or null when this git does not know <c>--batch-command</c>.</summary>
        public static CatFile? TryStart(string top)
        {
            var start = new ProcessStartInfo("git")
            {
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var a in new[] { "-C", top, "cat-file", "--batch-command" }) start.ArgumentList.Add(a);
            Process process;
            try
            {
                process = Process.Start(start) ?? throw new UsageException("git could not be started", "無法啟動 git");
            }
            catch (System.ComponentModel.Win32Exception)
            {
                throw new UsageException("this needs git on the PATH", "須在 PATH 中有 git 才能執行");
            }

            var c = new CatFile(process);
            try
            {
                c.Send("info HEAD^{tree}"); // an old git stops at the option: no answer
                _ = c.Header();
                return c;
            }
            catch (IOException)
            {
                c.Dispose();
                return null;
            }
        }

        /// <summary>The contents of an object, or null when it is missing.</summary>
        public byte[]? Contents(string name) => ReadObject(name)?.Bytes;

        /// <summary>A tree's entries (name → mode, id), or null when the object is missing or no tree.</summary>
        public Dictionary<string, (int Mode, string Id)>? Tree(string name)
        {
            if (ReadObject(name) is not { Type: "tree" } tree) return null;
            var (id, bytes) = (tree.Id, tree.Bytes);

            // <octal mode> SP <name> NUL <raw id>, the raw id as long as the hash (20 bytes for SHA-1, 32 for SHA-256)
            int idLength = id.Length / 2;
            var entries = new Dictionary<string, (int, string)>(StringComparer.Ordinal);
            for (int at = 0; at < bytes.Length;)
            {
                int space = Array.IndexOf(bytes, (byte)' ', at);
                int nul = Array.IndexOf(bytes, (byte)0, space);
                if (space < 0 || nul < 0 || nul + 1 + idLength > bytes.Length) throw new CliIOException($"git cat-file: cannot read the tree {name}", $"git cat-file：無法讀取目錄樹 {name}");
                int mode = Convert.ToInt32(Encoding.ASCII.GetString(bytes, at, space - at), 8);
                string entry = Encoding.UTF8.GetString(bytes, space + 1, nul - space - 1);
                entries[entry] = (mode, Convert.ToHexStringLower(bytes, nul + 1, idLength));
                at = nul + 1 + idLength;
            }

            return entries;
        }

        /// <summary>
        /// Asks for one object and reads the whole answer (<c>&lt;id&gt; &lt;type&gt; &lt;size&gt; LF &lt;bytes&gt; LF</c>): its id, type and
        /// bytes, or null when git says it is missing; an IOException when the answer is cut short or git has stopped.
        /// </summary>
        private (string Id, string Type, byte[] Bytes)? ReadObject(string name)
        {
            Send("contents " + name);
            if (Header() is not { } header) return null;
            var bytes = new byte[header.Size];
            output.ReadExactly(bytes);
            if (output.ReadByte() != '\n') throw new CliIOException("git cat-file: the answer was cut short", "git cat-file：回應不完整");
            return (header.Id, header.Type, bytes);
        }

        private void Send(string command)
        {
            process.StandardInput.Write(command + "\n");
            process.StandardInput.Flush();
        }

        /// <summary>"&lt;id&gt; &lt;type&gt; &lt;size&gt;", or null for "&lt;name&gt; missing"; an IOException when git has stopped.</summary>
        private (string Id, string Type, int Size)? Header()
        {
            var line = new List<byte>();
            for (int b = output.ReadByte(); b != '\n'; b = output.ReadByte())
            {
                if (b < 0) throw new CliIOException($"git cat-file stopped: {errors.Result.Split('\n')[0]}", $"git cat-file 中止：{errors.Result.Split('\n')[0]}");
                line.Add((byte)b);
            }

            var parts = Encoding.UTF8.GetString([.. line]).Split(' ');
            if (parts.Length == 3 && int.TryParse(parts[2], out int size)) return (parts[0], parts[1], size);
            if (parts[^1] is "missing" or "ambiguous") return null;
            throw new CliIOException($"git cat-file: cannot read '{string.Join(' ', parts)}'", $"git cat-file：無法讀取「{string.Join(' ', parts)}」");
        }

        public void Dispose()
        {
            try
            {
                process.StandardInput.Close();
                if (!process.WaitForExit(5000)) process.Kill();
            }
            catch (InvalidOperationException)
            {
                // already gone
            }

            process.Dispose();
        }
    }
}
