using MinutesLang.Diagnostics.Policy;

namespace MinutesLang.Cli.Commands;

/// <summary>
/// Whether <c>minutes check</c> may write the findings of its series one series after another (issue 14: streamed,
/// nothing kept) and still write what one sort over all of them gives, byte for byte. The policy sorts a result by
/// file (the path as given; for SARIF the path relative to the current folder), position and code, so the parts come
/// in that order when every file a series may report sorts after every file the series before may report. A series
/// reports its records (and its series.minutes when named) and the problems of a <c>minutesconfig.json</c> (ML0500),
/// the first time a series under it is written: that file's path (absolute, as found from the folder) may sort
/// anywhere, so it counts with the first series it governs. When the order does not hold (a series inside the folder
/// of another, a wrong configuration that sorts before the series it governs), <c>check</c> keeps the results and
/// writes them merged at the end, as before.
/// </summary>
internal static class WriteOrder
{
    /// <param name="reported">for each series in the order they are written, the files it reports (paths as given)</param>
    /// <param name="configOf">the configuration of a folder (full path), the same as the policy's (the same instances)</param>
    /// <param name="key">the path a format sorts by: the path as given, or the path relative to the current folder</param>
    /// <returns>true when writing the series one after another is writing in the order of one sort over all</returns>
    public static bool SeriesBySeries(IEnumerable<IEnumerable<string>> reported, Func<string, DiagnosticConfig> configOf, Func<string, string> key)
    {
        var claimed = new HashSet<DiagnosticConfig>(ReferenceEqualityComparer.Instance);
        string? last = null;
        foreach (var files in reported)
        {
            string? first = null, end = null;
            void Take(string path)
            {
                string k = key(path);
                if (first is null || string.CompareOrdinal(k, first) < 0) first = k;
                if (end is null || string.CompareOrdinal(k, end) > 0) end = k;
            }

            foreach (var file in files)
            {
                Take(file);
                var config = configOf(Path.GetDirectoryName(Path.GetFullPath(file)) ?? ".");
                if (config.Path is not null && claimed.Add(config))
                {
                    foreach (var d in config.Diagnostics) Take(d.Source.Path);
                }
            }

            if (first is null) continue;
            if (last is not null && string.CompareOrdinal(first, last) <= 0) return false;
            last = end;
        }

        return true;
    }
}

/// <summary>
/// The nearest <c>minutesconfig.json</c> of a folder (<see cref="DiagnosticConfig.Find"/>), each file read once and
/// each folder looked up once: given to the policy as its configuration lookup, and read by <see cref="WriteOrder"/>
/// before the check, so that both see the same configurations (the same instances).
/// </summary>
internal sealed class NearestConfigs
{
    private readonly Dictionary<string, DiagnosticConfig> byFolder = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DiagnosticConfig> byPath = new(StringComparer.Ordinal);

    /// <summary>The configuration of a folder (a full path); the defaults when no file is found up to the root. I/O errors are the caller's.</summary>
    public DiagnosticConfig Of(string folder)
    {
        if (byFolder.TryGetValue(folder, out var config)) return config;
        if (DiagnosticConfig.Find(folder) is not { } path) config = DiagnosticConfig.Default;
        else if (!byPath.TryGetValue(path, out config)) byPath[path] = config = DiagnosticConfig.Load(path);
        return byFolder[folder] = config;
    }
}
