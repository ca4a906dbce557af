using MinutesLang.Testing;

namespace MinutesLang.Benchmarks;

/// <summary>The inputs measured: the seeds (20 records and series.minutes) and generated series of one length.</summary>
internal static class Inputs
{
    /// <summary>The input names of the benchmarks: <c>seeds</c>, <c>series-200</c>, <c>series-4000</c>.</summary>
    public static readonly string[] Names = ["seeds", "series-200", "series-4000"];

    private static readonly Dictionary<string, Input> Loaded = [];

    /// <summary>One input: the series file and the records, as bytes (what the compiler reads).</summary>
    public sealed record Input(string Name, (string Path, byte[] Bytes) Series, IReadOnlyList<(string Path, byte[] Bytes)> Records)
    {
        /// <summary>Every byte of the input, series.minutes included.</summary>
        public long Bytes => Series.Bytes.Length + Records.Sum(r => (long)r.Bytes.Length);
    }

    public static Input Get(string name)
    {
        lock (Loaded)
        {
            if (Loaded.TryGetValue(name, out var known)) return known;
            string seeds = Path.Combine(Root(), "seeds");
            Input input;
            if (name == "seeds")
            {
                var files = Directory.GetFiles(seeds, "*.minutes").Order(StringComparer.Ordinal).ToList();
                var series = files.Single(f => Path.GetFileName(f) == "series.minutes");
                input = new Input(name, (series, File.ReadAllBytes(series)), [.. files.Where(f => f != series).Select(f => (f, File.ReadAllBytes(f)))]);
            }
            else
            {
                var (s, records) = LongSeries.Create(seeds, int.Parse(name["series-".Length..]));
                input = new Input(name, (s.Name, System.Text.Encoding.UTF8.GetBytes(s.Text)), [.. records.Select(r => (r.Name, System.Text.Encoding.UTF8.GetBytes(r.Text)))]);
            }

            Loaded[name] = input;
            return input;
        }
    }

    /// <summary>The repository (the folder of MinutesLang.sln above this program, or MINUTES_REPO).</summary>
    public static string Root()
    {
        if (Environment.GetEnvironmentVariable("MINUTES_REPO") is { Length: > 0 } given) return given;
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "MinutesLang.sln"))) return dir.FullName;
            }
        }

        throw new InvalidOperationException("cannot find the repository (MinutesLang.sln): set MINUTES_REPO");
    }
}
