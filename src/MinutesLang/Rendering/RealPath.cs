namespace MinutesLang.Rendering;

/// <summary>
/// Paths with their symbolic links resolved, as realpath(3) gives them: the template loader confines templates to the
/// real template folder with it (a link inside the folder to a file outside is outside), and the command line compares
/// outputs with inputs by it.
/// </summary>
public static class RealPath
{
    /// <summary>
    /// The absolute path of <paramref name="path"/> with every symbolic link resolved, in the folders above it and at
    /// the end; a part that does not exist is kept as written. A loop of links is an <see cref="IOException"/>.
    /// </summary>
    public static string Of(string path) => Resolve(Path.GetFullPath(path), 0);

    /// <summary>Whether <paramref name="path"/> (a real path) is below the folder <paramref name="root"/> (a real path).</summary>
    public static bool IsInside(string path, string root) =>
        path.StartsWith(root.EndsWith(Path.DirectorySeparatorChar) ? root : root + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private static string Resolve(string full, int hops)
    {
        if (hops > 40) throw new MinutesLang.Localization.PhrasedIOException(new($"{full}: too many levels of symbolic links", $"{full}：符號連結層數過多（可能繞成迴圈）"));
        string? parent = Path.GetDirectoryName(full);
        if (parent is null) return full;
        string candidate = Path.Combine(Resolve(parent, hops), Path.GetFileName(full));
        if (new FileInfo(candidate).LinkTarget is not { } target) return candidate;
        string next = Path.IsPathRooted(target) ? target : Path.Combine(Path.GetDirectoryName(candidate)!, target);
        return Resolve(Path.GetFullPath(next), hops + 1);
    }
}
