using System.Text.RegularExpressions;
using MinutesLang.Diagnostics;
using MinutesLang.Parsing;
using MinutesLang.Semantics;
using MinutesLang.Testing;
using MinutesLang.Text;
using MinutesLang.Validation;
using MinutesLang.Validation.Rules;
using Record = MinutesLang.Semantics.Record;

namespace MinutesLang.Tests;

/// <summary>
/// Issue 14 §4: the series rules take their series-wide inputs (the rotation table of a platform, the platform in
/// force, the accepted names of a case, the last regular meeting) computed once per series, not once per record.
/// Each test runs the rule as it was (the per-record search, kept here as the reference) and as it is, on long
/// series mutated at random, and wants the same findings, and some findings (a comparison of nothing proves nothing).
/// </summary>
public sealed partial class SeriesRuleInputTests
{
    private static readonly string[] Cities = ["臺北市", "台北市", "新北市", "基隆市", "桃園市"];

    /// <summary>A generated series of <paramref name="records"/> records with its rotation rows and records mutated by <paramref name="seed"/>.</summary>
    private static (Series Series, List<Record> Records) Mutated(int records, int seed)
    {
        var random = new Random(seed);
        var (series, files) = LongSeries.Create(Repo.Seeds, records);
        var lines = series.Text.Split('\n').ToList();
        var rows = Enumerable.Range(0, lines.Count).Where(i => lines[i].StartsWith("| 20", StringComparison.Ordinal)).ToList();
        foreach (var i in rows.Where(_ => random.Next(4) == 0))
        {
            var cells = lines[i].Split('|');
            switch (random.Next(4))
            {
                case 0: // another host
                    cells[4] = $" {Cities[random.Next(Cities.Length)]} ";
                    lines[i] = string.Join('|', cells);
                    break;
                case 1: // the same quarter or year twice, the second row with another host (the first row wins)
                    cells[4] = $" {Cities[random.Next(Cities.Length)]} ";
                    lines.Insert(i + 1, string.Join('|', cells));
                    break;
                case 2: // a quarter written in another form
                    lines[i] = lines[i].Replace("第 1 季", "第一季", StringComparison.Ordinal).Replace("第 2 季", "第 ２ 季", StringComparison.Ordinal);
                    break;
                default: // a row of the other platform's table, in the middle of this one
                    lines.Insert(i, lines[i].Replace("議題小組", "市長層級", StringComparison.Ordinal));
                    break;
            }
        }

        // a third platform from the day of 雙北: of two platforms from one day, the one declared later is in force
        if (random.Next(2) == 0)
            lines.Insert(lines.FindIndex(l => l.StartsWith("@rotation", StringComparison.Ordinal)), "@platform 北北基\n  名稱：北北基合作\n  成員：基隆市、臺北市、新北市\n  起：108-01-01\n  成案：全體\n");

        var bag = new DiagnosticBag();
        var bound = SeriesBinder.Bind(Parser.Parse(SourceText.From(string.Join('\n', lines), "series.minutes")), bag);
        var list = new List<Record>();
        foreach (var f in files)
        {
            string text = f.Text;

            // the host named in the prose, the wording of the case links and the record reviewed, changed here and there
            if (random.Next(3) == 0) text = HostNamed().Replace(text, m => m.Groups[1].Value + Cities[random.Next(Cities.Length)], 1);
            if (random.Next(4) == 0) text = LinkWording().Replace(text, m => $"[[{m.Groups[1].Value}|{m.Groups[2].Value[..^1]}]]", 1);
            if (random.Next(5) == 0) text = text.Replace("# ", $"# 本次檢視 {2019 + random.Next(records / 4 + 2)} 年度第 {random.Next(1, 5)} 次工作小組會議紀錄。\n# ", StringComparison.Ordinal);
            string id = Path.GetFileNameWithoutExtension(f.Name);
            if (random.Next(8) == 0) text = text.Replace($"@meeting {id}\n", $"@meeting {id.Replace("-", "-臨", StringComparison.Ordinal)}\n", StringComparison.Ordinal); // a 臨時會 among the regular meetings
            list.Add(RecordBinder.Bind(Parser.Parse(SourceText.From(text, f.Name)), bound, bag));
        }

        return (bound, list);
    }

    [GeneratedRegex("(本季由|下一季由|上一季感謝)(臺北市|台北市|新北市|基隆市|桃園市)")]
    private static partial Regex HostNamed();

    [GeneratedRegex(@"\[\[([^|\]]+)\|([^\]]{3,})\]\]")]
    private static partial Regex LinkWording();

    private static string Findings(IRule rule, SeriesContext ctx)
    {
        var bag = new DiagnosticBag();
        rule.Check(ctx, bag);
        return Repo.Format(bag.Sorted());
    }

    public static TheoryData<int> Seeds() => [1, 2, 3, 4, 5, 6, 7, 8];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void TheRotationRuleFindsWithTheTableOfTheSeriesWhatItFoundRowByRow(int seed)
    {
        var (series, records) = Mutated(160, seed);
        string before = Findings(new PerRecordRotationRule(), SeriesContext.Create(series, records));
        Assert.Equal(before, Findings(new RotationRule(), SeriesContext.Create(series, records)));
        Assert.Contains("ML0220", before);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void TheWordingRuleFindsWithTheNamesOfTheSeriesWhatItFoundPerMention(int seed)
    {
        var (series, records) = Mutated(80, seed);
        string before = Findings(new PerMentionWordingRule(), SeriesContext.Create(series, records));
        Assert.Equal(before, Findings(new CaseWordingRule(), SeriesContext.Create(series, records)));
        Assert.Contains("ML0250", before);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void TheReviewedRecordRuleFindsWithTheLastRegularMeetingCarriedWhatItFoundBySearching(int seed)
    {
        var (series, records) = Mutated(80, seed);
        string before = Findings(new SearchingReviewedRecordRule(), SeriesContext.Create(series, records));
        Assert.Equal(before, Findings(new ReviewedRecordRule(), SeriesContext.Create(series, records)));
        Assert.Contains("ML0241", before);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void ThePlatformInForceIsTheOneTheDeclarationsGaveOnEveryDay(int seed)
    {
        var (series, records) = Mutated(8, seed);
        var ctx = SeriesContext.Create(series, records);
        int changes = 0;
        Platform? last = null;
        for (var day = new DateOnly(2018, 12, 1); day < new DateOnly(2024, 1, 1); day = day.AddDays(1))
        {
            var expected = series.Platforms.Where(p => p.From is null || p.From <= day).OrderBy(p => p.From ?? DateOnly.MinValue).LastOrDefault();
            Assert.Same(expected, ctx.PlatformOn(day));
            if (!ReferenceEquals(expected, last)) (changes, last) = (changes + 1, expected);
        }

        Assert.True(changes >= 2, $"{changes} platforms over the years"); // 雙北, then 基北北桃 (or 北北基, declared after it for the same day)
    }

    [Fact]
    public void TheRotationTableAnswersForEveryQuarterAndYearWhatTheFirstRowSays()
    {
        for (int seed = 1; seed <= 4; seed++)
        {
            var (series, _) = Mutated(400, seed);
            foreach (var platform in series.Platforms)
            {
                var table = RotationTable.Of(series.Rotation, platform.Id);
                var quarters = series.Rotation.Where(r => r.Platform == platform.Id).Select(r => (r.Year, Quarter: RotationRule.QuarterOf(r.Period), r.Host)).Where(r => r.Quarter > 0).ToList();
                Assert.Equal(quarters.Count > 0, table.HasQuarters);
                for (int index = 2018 * 4; index < 2130 * 4; index++)
                    Assert.Equal(quarters.FirstOrDefault(r => r.Year * 4 + r.Quarter - 1 == index).Host, table.HostOfQuarter(index));
                for (int year = 2018; year < 2130; year++)
                    Assert.Same(series.Rotation.Where(r => r.Platform == platform.Id && r.Period == "全年").FirstOrDefault(r => r.Year == year), table.YearRow(year));
            }
        }
    }

    /// <summary>ML0220 as it was before issue 14: the rows of the platform filtered and searched for every record.</summary>
    private sealed partial class PerRecordRotationRule : IRule
    {
        public string Code => "ML0220";

        [GeneratedRegex("(?<which>本季|這一季|上一季|上季|前一季|下一季|下季|下次)[^。；]{0,30}?(?<city>臺北市|台北市|新北市|基隆市|桃園市)")]
        private static partial Regex HostPhrase();

        [GeneratedRegex("(?<year>20[0-9]{2})\\s*年\\s*(?<city>臺北市|台北市|新北市|基隆市|桃園市)")]
        private static partial Regex YearlyHost();

        [GeneratedRegex("主責|主政|主辦|接棒|負責|輪值")]
        private static partial Regex HostWord();

        public void Check(SeriesContext series, DiagnosticBag bag)
        {
            foreach (var record in series.Records)
            {
                var date = record.Date?.ToDate();
                var platform = series.Series.Platforms.Where(p => p.From is null || date is null || p.From <= date).OrderBy(p => p.From ?? DateOnly.MinValue).LastOrDefault();
                if (date is null || platform is null) continue;
                var quarters = series.Series.Rotation.Where(r => r.Platform == platform.Id).Select(r => (r.Year, Quarter: RotationRule.QuarterOf(r.Period), r.Host)).Where(r => r.Quarter > 0).ToList();
                var yearly = series.Series.Rotation.Where(r => r.Platform == platform.Id && r.Period == "全年").ToList();
                foreach (var line in yearly.Count == 0 ? [] : series.LinesOf(record))
                {
                    if (!line.Text.Contains("輪辦", StringComparison.Ordinal) && !line.Text.Contains("依序接棒", StringComparison.Ordinal)) continue;
                    foreach (Match m in YearlyHost().Matches(line.Text))
                    {
                        var row = yearly.FirstOrDefault(r => r.Year == int.Parse(m.Groups["year"].Value));
                        string written = MinutesLang.Semantics.Cities.Normalize(m.Groups["city"].Value) ?? m.Groups["city"].Value;
                        if (row is null || written == MinutesLang.Semantics.Cities.Normalize(row.Host)) continue;
                        bag.At(record.Tree.Source, line.Span(m.Groups["city"].Index, m.Groups["city"].Length)).HostDisagrees(written, row.Host, new MinutesLang.Localization.Phrase($"{row.Year} ({row.Level})", $"{row.Year} 年（{row.Level}）"));
                    }
                }

                if (quarters.Count == 0) continue;
                int index = date.Value.Year * 4 + SeriesContext.Quarter(date.Value) - 1;
                foreach (var line in series.LinesOf(record))
                {
                    foreach (Match m in HostPhrase().Matches(line.Text))
                    {
                        string after = line.Text.Substring(m.Index + m.Length, Math.Min(8, line.Text.Length - m.Index - m.Length));
                        if (!HostWord().IsMatch(after) && !HostWord().IsMatch(m.Value)) continue;
                        int q = index + m.Groups["which"].Value switch { "本季" or "這一季" => 0, "上一季" or "上季" or "前一季" => -1, _ => 1 };
                        var row = quarters.FirstOrDefault(r => r.Year * 4 + r.Quarter - 1 == q);
                        if (row.Host is null) continue;
                        string written = MinutesLang.Semantics.Cities.Normalize(m.Groups["city"].Value) ?? m.Groups["city"].Value;
                        if (written != MinutesLang.Semantics.Cities.Normalize(row.Host))
                            bag.At(record.Tree.Source, line.Span(m.Groups["city"].Index, m.Groups["city"].Length)).HostDisagrees(written, row.Host, MinutesLang.Localization.Phrase.Same($"{q / 4} 第 {q % 4 + 1} 季"));
                    }
                }
            }
        }
    }

    /// <summary>ML0250 as it was: the accepted names listed and squeezed again for every mention.</summary>
    private sealed class PerMentionWordingRule : IRule
    {
        public string Code => "ML0250";

        public void Check(SeriesContext series, DiagnosticBag bag)
        {
            var renamed = series.Records.SelectMany(r => r.Events).Where(e => e.Kind == CaseEventKind.Renamed && e.Argument.Trim().Length > 0).ToLookup(e => e.CaseId, e => e.Argument.Trim());
            foreach (var r in series.Records)
            {
                foreach (var m in r.Mentions)
                {
                    if (m.Wording is null || !series.Series.Cases.TryGetValue(m.CaseId, out var c)) continue;
                    List<string> names = [c.Title, .. c.Aliases, .. renamed[m.CaseId]];
                    string wording = SeriesContext.Squeeze(m.Wording);
                    if (names.Any(n => SeriesContext.Squeeze(n) == wording)) continue;
                    bag.At(r.Tree.Source, m.Span).WordingDrifts(m.CaseId, m.Wording.Trim(), names.OrderBy(n => Nearest.Distance(wording, SeriesContext.Squeeze(n))).First());
                }
            }
        }
    }

    /// <summary>ML0241 as it was: the last regular meeting searched from the first record for every record.</summary>
    private sealed partial class SearchingReviewedRecordRule : IRule
    {
        public string Code => "ML0241";

        [GeneratedRegex("檢視\\s*(?<year>[0-9]{2,4})\\s*(年度|年)?[^。]*?第\\s*(?<n>[0-9]+)\\s*次[^。]*?紀錄")]
        private static partial Regex Review();

        public void Check(SeriesContext series, DiagnosticBag bag)
        {
            for (int i = 1; i < series.Records.Length; i++)
            {
                var cur = series.Records[i];
                var prev = series.Records.Take(i).LastOrDefault(r => !r.Extra);
                if (prev is null || prev.Numbering != MeetingNumbering.PerYear) continue;
                foreach (var line in series.LinesOf(cur))
                {
                    foreach (Match m in Review().Matches(line.Text))
                    {
                        int roc = RocCalendar.ToRoc(int.Parse(m.Groups["year"].Value));
                        if (!int.TryParse(m.Groups["n"].Value, out int n)) continue;
                        var named = (roc, n);
                        if (named == (prev.Year, prev.Sequence)) continue;
                        if (series.GapBefore(i) is not null && named.CompareTo((prev.Year, prev.Sequence)) > 0 && named.CompareTo((cur.Year, cur.Sequence)) < 0) continue;
                        bag.At(cur.Tree.Source, line.Span(m.Index, m.Length)).ReviewedRecordNotPrevious($"{roc}-{n}", prev.Id);
                    }
                }
            }
        }
    }
}
