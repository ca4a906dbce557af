using System.Text;

namespace MinutesLang.Cli;

/// <summary>
/// Writes a file by writing a temporary file beside it (<c>.NAME.PID.tmp</c>) and renaming it over the target, so a
/// reader sees the old file or the new one, never half of one. The temporary file is created with the mode of the file
/// it replaces (so a 0600 record is never readable by others while it is written), and, for <see cref="Replace"/>, given
/// its owner. Temporary files of this name that a killed run left behind (their process is gone) are removed first.
/// </summary>
public static class AtomicFile
{
    /// <summary>Writes <paramref name="text"/> as UTF-8 (no byte-order mark) to <paramref name="path"/>.</summary>
    public static void WriteAllText(string path, string text) => Write(path, new UTF8Encoding(false).GetBytes(text), owner: null);

    /// <summary>Writes <paramref name="bytes"/> to <paramref name="path"/>; the folder must exist.</summary>
    public static void WriteAllBytes(string path, byte[] bytes) => Write(path, bytes, owner: null);

    /// <summary>
    /// Replaces the existing file <paramref name="path"/> (give the real path: a symlink itself would be replaced) with
    /// <paramref name="bytes"/>, keeping its mode and, where allowed, its owner and group. Returns the stale temporary
    /// files removed.
    /// </summary>
    public static IReadOnlyList<string> Replace(string path, byte[] bytes) => Write(path, bytes, FileIdentity.Of(path));

    private static List<string> Write(string path, byte[] bytes, FileIdentity? owner)
    {
        string full = Path.GetFullPath(path);
        string dir = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(dir)) throw new CliIOException($"{path}: the folder does not exist", $"{path}：資料夾不存在");
        string name = Path.GetFileName(full);
        var removed = RemoveStale(dir, name);
        string temp = Path.Combine(dir, $".{name}.{Environment.ProcessId}.tmp");
        UnixFileMode? mode = !OperatingSystem.IsWindows() && File.Exists(full) ? File.GetUnixFileMode(full) : null;
        try
        {
            if (File.Exists(temp)) File.Delete(temp);
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
            if (mode is { } m && !OperatingSystem.IsWindows()) options.UnixCreateMode = m | UnixFileMode.UserWrite;
            using (var s = new FileStream(temp, options)) s.Write(bytes);
            if (mode is { } exact && !OperatingSystem.IsWindows()) File.SetUnixFileMode(temp, exact);
            if (owner is { } o && FileIdentity.Of(temp) is { } t && (t.Uid != o.Uid || t.Gid != o.Gid)) FileIdentity.TryChown(temp, o);
            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }

        return removed;
    }

    /// <summary>
    /// Removes <c>.NAME.PID.tmp</c> beside NAME when process PID no longer runs (a run killed while writing); a
    /// temporary file of a running process (another minutes writing now) is left alone. Returns the paths removed.
    /// </summary>
    private static List<string> RemoveStale(string dir, string name)
    {
        var removed = new List<string>();
        string prefix = "." + name + ".";
        foreach (string file in Directory.EnumerateFiles(dir, ".*.tmp"))
        {
            string f = Path.GetFileName(file);
            if (!f.StartsWith(prefix, StringComparison.Ordinal) || !f.EndsWith(".tmp", StringComparison.Ordinal)) continue;
            string pid = f[prefix.Length..^".tmp".Length];
            if (pid.Length == 0 || pid.Length > 10 || !pid.All(char.IsAsciiDigit) || !int.TryParse(pid, out int id)) continue;
            if (id == Environment.ProcessId || Running(id)) continue;
            try
            {
                File.Delete(file);
                removed.Add(file);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // not ours to remove after all (another user's folder): left as it is
            }
        }

        return removed;
    }

    private static bool Running(int pid)
    {
        if (OperatingSystem.IsLinux()) return Directory.Exists($"/proc/{pid}");
        try
        {
            using var p = System.Diagnostics.Process.GetProcessById(pid);
            return !p.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
