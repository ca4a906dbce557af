using MinutesLang.Semantics;

namespace MinutesLang.Cli;

/// <summary>Turns the paths on the command line into groups of record files, one group per series file.</summary>
public static class Inputs
{
    public sealed record Group(string? SeriesFile, IReadOnlyList<string> Records);

    public static IReadOnlyList<Group> Collect(IEnumerable<string> paths)
    {
        var files = new List<string>();
        var explicitSeries = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var found = Directory.EnumerateFiles(path, "*.minutes", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
                if (!found.Any(f => !Compilation.IsSeriesFile(f))) throw new UsageException($"{path}: no .minutes records in this folder", $"{path}：資料夾中沒有 .minutes 紀錄");
                files.AddRange(found.Where(f => !Compilation.IsSeriesFile(f)));
                explicitSeries.AddRange(found.Where(Compilation.IsSeriesFile));
            }
            else if (File.Exists(path))
            {
                if (Compilation.IsSeriesFile(path)) explicitSeries.Add(path);
                else files.Add(path);
            }
            else
            {
                throw new UsageException($"{path}: no such file or folder", $"{path}：找不到這個檔案或資料夾");
            }
        }

        var groups = files
            .GroupBy(f => Relative(Compilation.FindSeriesFile(f), f))
            .Select(g => new Group(g.Key, [.. g.Distinct()]))
            .ToList();

        // a series file given (or found) without records is still checked
        foreach (var s in explicitSeries.Where(s => !groups.Any(g => g.SeriesFile is not null && Same(g.SeriesFile, s))))
            groups.Add(new Group(s, []));
        return groups;
    }

    /// <summary>
    /// The other records of a group's series: every record under the folder of its series.minutes
    /// that the same series.minutes governs. Checking one file still checks it against its
    /// neighbours (a case forgotten since the previous meeting); their own findings are not reported.
    /// </summary>
    public static IReadOnlyList<string> Neighbours(Group group)
    {
        if (group.SeriesFile is null) return [];
        string folder = Path.GetDirectoryName(Path.GetFullPath(group.SeriesFile))!;
        var given = group.Records.Select(Path.GetFullPath).ToHashSet();
        string series = Path.GetFullPath(group.SeriesFile);
        return [.. Directory.EnumerateFiles(folder, "*.minutes", SearchOption.AllDirectories)
            .Where(f => !Compilation.IsSeriesFile(f) && !given.Contains(Path.GetFullPath(f)))
            .Where(f => Compilation.FindSeriesFile(f) is { } s && Path.GetFullPath(s) == series)
            .Order(StringComparer.Ordinal)];
    }

    private static string? Relative(string? found, string like)
    {
        if (found is null) return null;
        return Path.IsPathRooted(like) ? found : Path.GetRelativePath(Directory.GetCurrentDirectory(), found);
    }

    private static bool Same(string a, string b) => Path.GetFullPath(a) == Path.GetFullPath(b);
}
