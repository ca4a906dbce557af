using System.Runtime.InteropServices;

namespace MinutesLang.Cli;

/// <summary>
/// What a path names on disk, beyond its spelling: the real path (every symbolic link resolved), and on Linux the
/// device and inode (so that two hard links, or two spellings of one file, are found to be the same file), the number
/// of hard links and the owner. Used by <c>render</c> (an output that is one of its inputs is refused), by <c>fmt</c>
/// (it writes through a symlink, refuses a file with several hard links, keeps the owner) and by the template loader's
/// confinement (the real folder).
/// </summary>
public readonly partial record struct FileIdentity(ulong Device, ulong Inode, uint Links, uint Uid, uint Gid)
{
    /// <summary>The identity of the file <paramref name="path"/> names (links followed), or null where it is unknown: no such file, not Linux.</summary>
    public static FileIdentity? Of(string path)
    {
        if (!OperatingSystem.IsLinux() || !File.Exists(path) && !Directory.Exists(path)) return null;
        try
        {
            byte[] buffer = new byte[256];
            byte[] name = System.Text.Encoding.UTF8.GetBytes(Path.GetFullPath(path) + "\0");
            if (Native.Statx(AtCurrentDirectory, name, 0, BasicStats, buffer) != 0) return null;

            // struct statx (linux/stat.h, the same on every architecture): nlink @16, uid @20, gid @24, ino @32, dev_major @136, dev_minor @140
            uint links = BitConverter.ToUInt32(buffer, 16);
            uint uid = BitConverter.ToUInt32(buffer, 20), gid = BitConverter.ToUInt32(buffer, 24);
            ulong inode = BitConverter.ToUInt64(buffer, 32);
            ulong device = ((ulong)BitConverter.ToUInt32(buffer, 136) << 32) | BitConverter.ToUInt32(buffer, 140);
            return new FileIdentity(device, inode, links, uid, gid);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    /// <summary>
    /// The absolute path of <paramref name="path"/> with every symbolic link resolved, in the folders above it and at the
    /// end (as realpath(3) does); a part that does not exist is kept as written. A loop of links is an <see cref="IOException"/>.
    /// </summary>
    public static string RealPath(string path) => MinutesLang.Rendering.RealPath.Of(path);

    /// <summary>Whether <paramref name="a"/> and <paramref name="b"/> name one file: the same real path, or the same device and inode (hard links).</summary>
    public static bool Same(string a, string b)
    {
        if (string.Equals(RealPath(a), RealPath(b), StringComparison.Ordinal)) return true;
        return Of(a) is { } x && Of(b) is { } y && x.Device == y.Device && x.Inode == y.Inode;
    }

    /// <summary>Gives <paramref name="path"/> the owner and group of <paramref name="like"/>; false where that is not allowed (not root) or not Linux.</summary>
    public static bool TryChown(string path, FileIdentity like)
    {
        if (!OperatingSystem.IsLinux()) return false;
        try
        {
            return Native.Chown(System.Text.Encoding.UTF8.GetBytes(Path.GetFullPath(path) + "\0"), like.Uid, like.Gid) == 0;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    private const int AtCurrentDirectory = -100;
    private const uint BasicStats = 0x7ff;

    private static partial class Native
    {
        [LibraryImport("libc", EntryPoint = "statx")]
        internal static partial int Statx(int directory, byte[] path, int flags, uint mask, byte[] buffer);

        [LibraryImport("libc", EntryPoint = "chown")]
        internal static partial int Chown(byte[] path, uint owner, uint group);
    }
}
