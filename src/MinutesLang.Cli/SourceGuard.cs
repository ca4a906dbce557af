namespace MinutesLang.Cli;

/// <summary>
/// The one rule every command that writes an output follows (<c>cases -o</c>, <c>render -o</c>, <c>import -o</c>,
/// <c>new -o</c>): an output never replaces a source of the minutes — a record (<c>*.minutes</c>), a
/// <c>series.minutes</c>, a <c>minutesconfig.json</c> — whether or not that run read it, however the path is spelt (a
/// symbolic link to a record is followed: what would be lost is the record), unless the user asks for it with
/// <c>--force</c>. <c>fmt</c>, which rewrites a record on purpose (atomically), is the one exception. A refusal is a
/// <see cref="UsageException"/> (exit 2, nothing written) naming the file, in English and zh-TW.
/// </summary>
public static class SourceGuard
{
    /// <summary>
    /// Whether <paramref name="path"/> names an existing source of the minutes: by its own name, or by the name of the
    /// file a symbolic link at <paramref name="path"/> (or in a folder above it) leads to. A path that does not exist is not.
    /// </summary>
    public static bool IsSource(string path)
    {
        if (!File.Exists(path)) return false;
        string real;
        try
        {
            real = FileIdentity.RealPath(path);
        }
        catch (IOException)
        {
            real = path;
        }

        return IsSourceName(path) || IsSourceName(real);
    }

    /// <summary>A record, a series declaration or a configuration, by the file name alone (the extension ignoring case).</summary>
    public static bool IsSourceName(string path)
    {
        string name = Path.GetFileName(path);
        return name.EndsWith(".minutes", StringComparison.OrdinalIgnoreCase)
            || string.Equals(name, "minutesconfig.json", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Refuses (a <see cref="UsageException"/>: exit 2, nothing written) writing <paramref name="output"/> when it is an
    /// existing source of the minutes (<see cref="IsSource"/>) and <paramref name="force"/> is false.
    /// <paramref name="command"/> is the command's name, as the user typed it (<c>render</c>, <c>cases</c>…).
    /// </summary>
    public static void Refuse(string output, bool force, string command)
    {
        if (force || !IsSource(output)) return;
        string real = SafeRealPath(output);
        string target = string.Equals(Path.GetFullPath(output), real, StringComparison.Ordinal) ? "" : $" (a link to {real})";
        string targetZh = target.Length == 0 ? "" : $"（連結至 {real}）";
        throw new UsageException(
            $"{output}{target}: is a file of the minutes (a record, series.minutes or minutesconfig.json); {command} does not replace it: nothing was written (give another -o, or --force to replace it)",
            $"{output}{targetZh}：是會議紀錄的原始檔（紀錄、series.minutes 或 minutesconfig.json）；{command} 不會取代它，未寫入任何檔案（請另指定 -o，或加 --force 取代）");
    }

    private static string SafeRealPath(string path)
    {
        try
        {
            return FileIdentity.RealPath(path);
        }
        catch (IOException)
        {
            return Path.GetFullPath(path);
        }
    }
}
