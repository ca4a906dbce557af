using MinutesLang.Parsing;
using MinutesLang.Semantics;

namespace MinutesLang.Tests;

/// <summary>
/// A case id the series does not declare (a misspelling: <c>@列管 路燈汰還</c> for 路燈汰換) is ML0101 where it is written;
/// the next meeting not reporting that id is the same mistake, not a tracked case forgotten: no ML0200 (nor ML0203, nor ML0254,
/// a link without its event) follows from it, while a declared case forgotten is still ML0200 (a fresh user's report, stop 16).
/// </summary>
public sealed class UndeclaredCaseCascadeTests
{
    private static readonly Lazy<(string Series, Dictionary<string, string> Records)> Seeds = new(() =>
        (File.ReadAllText(Path.Combine(Repo.Seeds, "series.minutes")),
         Repo.SeedNames.ToDictionary(n => n, n => File.ReadAllText(Path.Combine(Repo.Seeds, n + ".minutes")), StringComparer.Ordinal)));

    private static Compilation Compile(Dictionary<string, string> records) =>
        Compilation.Create(Parser.Parse(Seeds.Value.Series, Path.Combine(Repo.Seeds, "series.minutes")),
            records.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => Parser.Parse(r.Value, Path.Combine(Repo.Seeds, r.Key + ".minutes"))));

    /// <summary>Every seed but the last, with the id of each of its '@列管' lines in turn misspelt (a character added).</summary>
    public static TheoryData<string, int> Misspellings()
    {
        var data = new TheoryData<string, int>();
        var names = Repo.SeedNames.ToList();
        foreach (var name in names.Take(names.Count - 1))
        {
            int n = File.ReadAllLines(Path.Combine(Repo.Seeds, name + ".minutes")).Count(l => l.TrimStart().StartsWith("@列管 ", StringComparison.Ordinal));
            for (int i = 0; i < n; i++) data.Add(name, i);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Misspellings))]
    public void AMisspeltIdIsReportedWhereItIsWrittenAndNotAgainAsForgotten(string seed, int which)
    {
        var records = new Dictionary<string, string>(Seeds.Value.Records, StringComparer.Ordinal);
        var lines = records[seed].Split('\n');
        int at = lines.Select((l, i) => (l, i)).Where(x => x.l.TrimStart().StartsWith("@列管 ", StringComparison.Ordinal)).ElementAt(which).i;
        string line = lines[at];
        int idStart = line.IndexOf("@列管 ", StringComparison.Ordinal) + 4;
        int idEnd = idStart;
        while (idEnd < line.Length && !char.IsWhiteSpace(line[idEnd])) idEnd++;
        string typo = line[idStart..idEnd] + "甲";
        lines[at] = line[..idStart] + typo + line[idEnd..];
        records[seed] = string.Join('\n', lines);

        var c = Compile(records);
        var about = c.Diagnostics.Where(d => d.Message.Contains($"'{typo}'", StringComparison.Ordinal)).ToList();
        Assert.Contains(about, d => d.Code == "ML0101" && d.Source.Path.EndsWith(seed + ".minutes", StringComparison.Ordinal));
        Assert.DoesNotContain(about, d => d.Code is "ML0200" or "ML0203" or "ML0254");
    }

    [Fact]
    public void ADeclaredCaseForgottenIsStillReported()
    {
        // the first seed after the first that tracks a case: its first tracked case dropped (the event and the link), forgotten there
        var records = new Dictionary<string, string>(Seeds.Value.Records, StringComparer.Ordinal);
        string seed = Repo.SeedNames.First(n => records[n].Contains("@列管 ", StringComparison.Ordinal) && n != Repo.SeedNames.First());
        var lines = records[seed].Split('\n');
        string dropped = lines.First(l => l.TrimStart().StartsWith("@列管 ", StringComparison.Ordinal));
        string id = dropped.TrimStart()[4..].Split(' ', '\t')[0];
        string text = string.Join('\n', lines.Where(l => !l.TrimStart().StartsWith($"@列管 {id}", StringComparison.Ordinal)));
        text = text.Replace($"[[{id}|", "[[", StringComparison.Ordinal).Replace($"[[{id}]]", "", StringComparison.Ordinal);
        records[seed] = text;
        var c = Compile(records);
        Assert.Contains(c.Diagnostics, d => d.Code is "ML0200" or "ML0254" && d.Message.Contains($"'{id}'", StringComparison.Ordinal));
    }
}
