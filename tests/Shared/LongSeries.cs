using System.Text;
using System.Text.RegularExpressions;

namespace MinutesLang.Testing;

// Shared by tests/MinutesLang.Tests (the per-series rule inputs against the per-record ones) and
// tests/bench/MinutesLang.Benchmarks (the per-record cost at 200 and 4,000 records of one series).

/// <summary>
/// A series of any length made of the 20 seed records in turn: record k is the seed k mod 20 with the
/// @meeting id <c>(108 + k/4)-(k mod 4 + 1)</c> and a date in that quarter (its weekday right), and the
/// series declaration is the seeds' one with its @rotation table carried on (a 全年 row and four quarterly
/// rows a year) to the last year of the series, as a series that meets for centuries would write it.
/// </summary>
internal static partial class LongSeries
{
    /// <summary>One generated file: its name (<c>108-1.minutes</c> …) and its text.</summary>
    public sealed record File(string Name, string Text);

    private static readonly string[] QuarterHosts = ["桃園市", "新北市", "臺北市", "基隆市"];
    private static readonly string[] YearHosts = ["新北市", "臺北市", "基隆市", "桃園市"];

    [GeneratedRegex(@"時間：\s*[0-9]+\s*年\s*[0-9]+\s*月\s*[0-9]+\s*日\s*（星期.）")]
    private static partial Regex DateField();

    /// <summary>
    /// The series declaration and <paramref name="records"/> records (1 to 7,000: the years stay below 9999 AD),
    /// built from the seeds in <paramref name="seedsFolder"/> (the repository's <c>seeds/</c>).
    /// </summary>
    public static (File Series, IReadOnlyList<File> Records) Create(string seedsFolder, int records)
    {
        if (records is < 1 or > 7000) throw new ArgumentOutOfRangeException(nameof(records));
        var seeds = Directory.GetFiles(seedsFolder, "*.minutes")
            .Where(f => !Path.GetFileName(f).Equals("series.minutes", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal).Select(f => System.IO.File.ReadAllText(f).ReplaceLineEndings("\n")).ToList();
        var list = new List<File>(records);
        for (int k = 0; k < records; k++)
        {
            int roc = 108 + k / 4, n = k % 4 + 1;
            var day = new DateOnly(roc + 1911, 3 * n - 1, 10 + k % 10);
            string text = seeds[k % seeds.Count];
            int eol = text.IndexOf('\n');
            text = $"@meeting {roc}-{n}" + text[eol..];
            text = DateField().Replace(text, $"時間：{roc} 年 {day.Month} 月 {day.Day} 日（星期{"日一二三四五六"[(int)day.DayOfWeek]}）", 1);
            list.Add(new File($"{roc}-{n}.minutes", text));
        }

        return (new File("series.minutes", Series(Path.Combine(seedsFolder, "series.minutes"), 1911 + 108 + (records - 1) / 4)), list);
    }

    /// <summary>The seeds' series.minutes with rotation rows for the years after its table up to <paramref name="lastYear"/> (AD).</summary>
    private static string Series(string path, int lastYear)
    {
        var lines = System.IO.File.ReadAllText(path).ReplaceLineEndings("\n").Split('\n').ToList();
        int at = lines.FindIndex(l => l.StartsWith("@rotation ", StringComparison.Ordinal)) + 1;
        while (at < lines.Count && lines[at].StartsWith('|')) at++;
        var rows = new List<string>();
        for (int year = 2027; year <= lastYear; year++)
        {
            rows.Add($"| {year} | 市長層級 | 全年 | {YearHosts[(year - 2023) % 4]} |");
            for (int q = 1; q <= 4; q++) rows.Add($"| {year} | 議題小組 | 第 {q} 季 | {QuarterHosts[q - 1]} |");
        }

        lines.InsertRange(at, rows);
        return string.Join('\n', lines);
    }

    /// <summary>Writes the series into <paramref name="folder"/> (created) and returns the folder.</summary>
    public static string WriteTo(string folder, (File Series, IReadOnlyList<File> Records) series)
    {
        Directory.CreateDirectory(folder);
        foreach (var f in series.Records.Prepend(series.Series))
            System.IO.File.WriteAllText(Path.Combine(folder, f.Name), f.Text, new UTF8Encoding(false));
        return folder;
    }
}
