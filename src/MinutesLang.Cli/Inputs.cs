using MinutesLang.Diagnostics;
using MinutesLang.Localization;
using MinutesLang.Semantics;
using MinutesLang.Text;

namespace MinutesLang.Cli;

/// <summary>Turns the paths on the command line into groups of record files, one group per series file.</summary>
public static class Inputs
{
    public sealed record Group(string? SeriesFile, IReadOnlyList<string> Records);

    /// <summary>
    /// A .minutes file found under a folder that cannot be read (issue 16 point 5: a symbolic link to nothing, a file
    /// without read permission made check, fmt, render, cases and new stop the whole folder with 找不到這個檔案): set
    /// apart, reported as ML0435 with its path (<see cref="Findings"/>), and the rest of the folder is read.
    /// </summary>
    public sealed record Unreadable(string Path, Phrase Why);

    /// <summary>
    /// The .minutes files under <paramref name="folder"/> (all levels, in ordinal order) that can be read; those that
    /// cannot are added to <paramref name="unreadable"/> (left out silently when it is null: a caller that reports
    /// them collects them).
    /// </summary>
    public static List<string> Enumerate(string folder, List<Unreadable>? unreadable)
    {
        var files = new List<string>();
        foreach (string f in Directory.EnumerateFiles(folder, "*.minutes", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            if (WhyUnreadable(f) is { } why) unreadable?.Add(new Unreadable(f, why));
            else files.Add(f);
        }

        return files;
    }

    /// <summary>Why <paramref name="file"/> cannot be read (a symbolic link whose target does not exist, no permission, an I/O error), or null when it can be opened for reading.</summary>
    public static Phrase? WhyUnreadable(string file)
    {
        try
        {
            var info = new FileInfo(file);
            if (info.LinkTarget is { } target && info.ResolveLinkTarget(returnFinalTarget: true) is not { Exists: true })
                return new Phrase($"a symbolic link to {target}, which does not exist", $"指向 {target} 的符號連結，但該處不存在");
            using var handle = File.OpenHandle(file, FileMode.Open, FileAccess.Read);
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return new Phrase("no permission to read it", "沒有讀取權限");
        }
        catch (IOException e)
        {
            return new Phrase($"it cannot be opened: {e.Message}", $"無法開啟：{e.Message}");
        }
    }

    /// <summary>Each file of <paramref name="unreadable"/> once, as an ML0435 finding at its 1:1 (an empty text: nothing of it was read).</summary>
    public static IReadOnlyList<Diagnostic> Findings(IEnumerable<Unreadable> unreadable)
    {
        var bag = new DiagnosticBag();
        foreach (var u in unreadable.DistinctBy(u => System.IO.Path.GetFullPath(u.Path)))
            bag.At(SourceText.From("", u.Path), new TextSpan(0, 0)).UnreadableFile(u.Path, u.Why);
        return bag.Items;
    }

    /// <summary>Writes <paramref name="unreadable"/> as ML0435 findings on standard error, in the run's language; true when there was one.</summary>
    public static bool Report(IEnumerable<Unreadable> unreadable, CommandContext context)
    {
        var findings = Findings(unreadable);
        if (findings.Count == 0) return false;
        context.WriteHuman(findings, toErr: true);
        return true;
    }

    /// <summary>
    /// The groups of the files and folders of <paramref name="paths"/>; the files under a folder that cannot be read
    /// are added to <paramref name="unreadable"/> (see <see cref="Unreadable"/>), not read.
    /// </summary>
    public static IReadOnlyList<Group> Collect(IEnumerable<string> paths, List<Unreadable>? unreadable = null)
    {
        var files = new List<string>();
        var explicitSeries = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var found = Enumerate(path, unreadable);
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
    public static IReadOnlyList<string> Neighbours(Group group, List<Unreadable>? unreadable = null)
    {
        if (group.SeriesFile is null) return [];
        string folder = Path.GetDirectoryName(Path.GetFullPath(group.SeriesFile))!;
        var given = group.Records.Select(Path.GetFullPath).ToHashSet();
        string series = Path.GetFullPath(group.SeriesFile);
        return [.. Enumerate(folder, unreadable)
            .Where(f => !Compilation.IsSeriesFile(f) && !given.Contains(Path.GetFullPath(f)))
            .Where(f => Compilation.FindSeriesFile(f) is { } s && Path.GetFullPath(s) == series)];
    }

    private static string? Relative(string? found, string like)
    {
        if (found is null) return null;
        return Path.IsPathRooted(like) ? found : Path.GetRelativePath(Directory.GetCurrentDirectory(), found);
    }

    private static bool Same(string a, string b) => Path.GetFullPath(a) == Path.GetFullPath(b);
}
