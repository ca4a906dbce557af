using System.Collections.Immutable;
using System.Text;
using System.Text.RegularExpressions;
using MinutesLang.Diagnostics;
using MinutesLang.Parsing;
using MinutesLang.Semantics;
using MinutesLang.Syntax;
using MinutesLang.Testing;
using MinutesLang.Text;
using MinutesLang.Validation;
using MinutesLang.Validation.Rules;
using Record = MinutesLang.Semantics.Record;

namespace MinutesLang.Tests;

/// <summary>
/// Issue 14 §2: the prose rules read each line once, in place. <see cref="ScanLine"/> keeps its offsets as runs and
/// reads a one-token line's own string; ML0240 takes the lines the other rules read (it built them again); the rules
/// run their regexes only on lines holding the words every match needs, and ML0251 measures a near miss on the line
/// in place. Each test runs the rule (or the line) as it was, kept here as the reference, and as it is, on the seeds,
/// the rule fixtures and long series mutated at random to hold findings of every kind the rule reports, and wants the
/// same findings in the same order, and some findings (a comparison of nothing proves nothing).
/// </summary>
public sealed partial class ProseScanTests
{
    private static readonly string[] Numbers = ["0", "1", "2", "3", "5", "12", "１", "３", "一", "兩", "三", "十", "十二", "二十"];

    private static readonly string[] PlatformMisses = ["基北桃", "基北北北桃", "基北北園", "基北西桃", "基北 北桃", "基北北桃"];

    private static readonly string[] Cities = ["臺北市", "台北市", "新北市", "基隆市", "桃園市"];

    [GeneratedRegex("(共計|等|計有|計|新增|有)(\\s*)([0-9０-９]+|[一二兩三四五六七八九十]+)(\\s*個?)(議案|合作案|提案|案|項|個)")]
    private static partial Regex CountPhrase();

    [GeneratedRegex("\\[\\[([^|\\]]+)")]
    private static partial Regex LinkId();

    [GeneratedRegex("(案由[：:]\\s*)([0-9]{2,4})")]
    private static partial Regex SubjectYear();

    [GeneratedRegex("(本季由|下一季由|上一季感謝)(臺北市|台北市|新北市|基隆市|桃園市)")]
    private static partial Regex HostNamed();

    /// <summary>A generated series of <paramref name="records"/> records, each record's prose changed at random by <paramref name="seed"/>.</summary>
    private static (Series Series, List<Record> Records) Mutated(int records, int seed)
    {
        var random = new Random(seed);
        var (seriesFile, files) = LongSeries.Create(Repo.Seeds, records);
        var bag = new DiagnosticBag();
        var series = SeriesBinder.Bind(Parser.Parse(SourceText.From(seriesFile.Text, "series.minutes")), bag);
        var list = new List<Record>();
        foreach (var f in files)
        {
            string text = f.Text;
            var ids = LinkId().Matches(text).Select(m => m.Groups[1].Value).Distinct().ToList();

            // counts written otherwise (other figures, full-width, in words), and count sentences of every form added
            text = CountPhrase().Replace(text, m => random.Next(3) == 0 ? m.Groups[1].Value + m.Groups[2].Value + Numbers[random.Next(Numbers.Length)] + m.Groups[4].Value + m.Groups[5].Value : m.Value);
            if (ids.Count > 0 && random.Next(2) == 0)
            {
                string Link() => $"[[{ids[random.Next(ids.Count)]}]]";
                string n() => Numbers[random.Next(Numbers.Length)];
                text += $"* 其他事項\n  本次有 {n()} 個案持續列管，分別是{Link()}、{Link()}；新增 {n()} 個議案，{Link()}。{Link()}、{Link()} 及 {Link()} 等 {n()} 案。共計{n()}項。\n"
                    + $"  案由：{random.Next(108, 116)} 年度計有 {n()} 案辦理進度。\n  決議：\n    - {Link()}：持續辦理，共計 {n()} 案。\n";
            }

            // platform ids one character off, 記錄 for 紀錄, other years in the labels of progress reports, other hosts
            text = Regex.Replace(text, "基北北桃", m => random.Next(4) == 0 ? PlatformMisses[random.Next(PlatformMisses.Length)] : m.Value);
            text = Regex.Replace(text, "紀錄", m => random.Next(3) == 0 ? "記錄" : m.Value);
            if (random.Next(3) == 0) text = text.Replace("散會", "散會（會議記錄表如附件）", StringComparison.Ordinal);
            text = SubjectYear().Replace(text, m => random.Next(2) == 0 ? m.Groups[1].Value + random.Next(2017, 2026) : m.Value);
            text = HostNamed().Replace(text, m => random.Next(3) == 0 ? m.Groups[1].Value + Cities[random.Next(Cities.Length)] : m.Value);
            if (random.Next(4) == 0) text = text.Replace("# ", $"# 本次檢視 {2019 + random.Next(records / 4 + 2)} 年度第 {random.Next(1, 5)} 次工作小組會議紀錄。\n# ", StringComparison.Ordinal);
            list.Add(RecordBinder.Bind(Parser.Parse(SourceText.From(text, f.Name)), series, bag));
        }

        return (series, list);
    }

    /// <summary>The seeds, as they are.</summary>
    private static (Series Series, List<Record> Records) Seeds()
    {
        var bag = new DiagnosticBag();
        var series = SeriesBinder.Bind(Parser.Parse(SourceText.From(File.ReadAllText(Path.Combine(Repo.Seeds, "series.minutes")), "series.minutes")), bag);
        var records = Repo.SeedNames.Select(n => RecordBinder.Bind(Parser.Parse(SourceText.From(File.ReadAllText(Path.Combine(Repo.Seeds, n + ".minutes")), n + ".minutes")), series, bag)).ToList();
        return (series, records);
    }

    private static string Findings(IRule rule, SeriesContext ctx)
    {
        var bag = new DiagnosticBag();
        rule.Check(ctx, bag);
        return Repo.Format(bag.Items); // in the order found, not sorted: the rule must find them in the same order
    }

    public static TheoryData<int> MutationSeeds() => [1, 2, 3, 4, 5, 6];

    public static IEnumerable<(IRule Before, IRule After)> Rules() =>
    [
        (new CountRuleBefore(), new CountRule()),
        (new PlatformNameRuleBefore(), new PlatformNameRule()),
        (new RecordWordRuleBefore(), new RecordWordRule()),
        (new ReportYearRuleBefore(), new ReportYearRule()),
        (new ReviewedRecordRuleBefore(), new ReviewedRecordRule()),
        (new RotationRuleBefore(), new RotationRule()),
    ];

    [Fact]
    public void EveryProseRuleFindsOnTheSeedsWhatItFoundBefore()
    {
        var (series, records) = Seeds();
        foreach (var (before, after) in Rules())
            Assert.Equal(Findings(before, SeriesContext.Create(series, records)), Findings(after, SeriesContext.Create(series, records)));
        Assert.Contains("ML0251", Findings(new PlatformNameRule(), SeriesContext.Create(series, records)));
        Assert.Contains("ML0252", Findings(new RecordWordRule(), SeriesContext.Create(series, records)));
        Assert.Contains("ML0253", Findings(new ReportYearRule(), SeriesContext.Create(series, records)));
    }

    [Theory]
    [MemberData(nameof(MutationSeeds))]
    public void EveryProseRuleFindsOnAMutatedSeriesWhatItFoundBefore(int seed)
    {
        var (series, records) = Mutated(100, seed);
        foreach (var (before, after) in Rules())
        {
            string expected = Findings(before, SeriesContext.Create(series, records));
            Assert.Equal(expected, Findings(after, SeriesContext.Create(series, records)));
            Assert.True(expected.Contains(before.Code, StringComparison.Ordinal), $"{before.Code}: no finding on series {seed}");
        }
    }

    [Theory]
    [InlineData("ML0240")]
    [InlineData("ML0241")]
    [InlineData("ML0251")]
    [InlineData("ML0252")]
    [InlineData("ML0253")]
    [InlineData("ML0220")]
    public void EveryProseRuleFindsInItsFixtureWhatItFoundBefore(string code)
    {
        var bag = new DiagnosticBag();
        var text = File.ReadAllText(Path.Combine(Repo.Root, "tests", "MinutesLang.Tests", "Fixtures", "Rules", code + ".fail.minutes"));
        var series = SeriesBinder.Bind(Parser.Parse(SourceText.From(File.ReadAllText(Path.Combine(Repo.Root, "tests", "MinutesLang.Tests", "Fixtures", "Rules", "series.minutes")), "series.minutes")), bag);
        var records = text.Split("// file: ").Where(p => p.Length > 0)
            .Select(p => RecordBinder.Bind(Parser.Parse(SourceText.From(p[(p.IndexOf('\n') + 1)..], p[..p.IndexOf('\n')].Trim())), series, bag)).ToList();
        var (before, after) = Rules().Single(r => r.Before.Code == code);
        string expected = Findings(before, SeriesContext.Create(series, records));
        Assert.Contains(code, expected);
        Assert.Equal(expected, Findings(after, SeriesContext.Create(series, records)));
    }

    /// <summary>
    /// Every prose line of the seeds and of mutated series (links, fields with spaced labels, table rows, lines of many
    /// tokens): the same text, links and marks as the line built character by character, and the same span for every
    /// start and length a rule may ask (before the text, past its end, empty, ending on a link's mark).
    /// </summary>
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void AScanLineReadsEveryLineAsTheLineBuiltCharacterByCharacter(int seed)
    {
        var records = seed == 0 ? Seeds().Records : Mutated(40, seed).Records;
        int lines = 0, withLinks = 0, rows = 0, shared = 0;
        foreach (var r in records)
        {
            foreach (var line in ScanLine.Lines(r.Tree.Root.Blocks))
            {
                var before = ScanLineBefore.From(line);
                var after = ScanLine.From(line);
                Assert.Equal(before is null, after is null);
                if (before is null || after is null) continue;
                lines++;
                Assert.Equal(before.Text, after.Text);
                Assert.Equal(before.Links.Length, after.Links.Length);
                for (int k = 0; k < before.Links.Length; k++) Assert.Same(before.Links[k], after.Links[k]);
                Assert.Equal(before.LinkAt.ToArray(), after.LinkAt.ToArray());
                if (!after.Links.IsEmpty) withLinks++;
                if (line is RowLineSyntax) rows++;
                if (line is MarkedLineSyntax { Content.Elements: [TextRunSyntax only] } && ReferenceEquals(after.Text, only.Token.Text)) shared++;
                int n = after.Text.Length;
                for (int start = -1; start <= n; start++)
                {
                    foreach (int length in new[] { -1, 0, 1, 2, 3, n - start, n + 5 })
                        Assert.Equal(before.Span(start, length), after.Span(start, length));
                }

                for (int i = 0; i < n; i++) Assert.Equal(before.Offsets[i], after.OffsetOf(i));
            }
        }

        Assert.True(lines > 300 && withLinks > 20 && rows >= 10 && shared > 50, $"{lines} lines, {withLinks} with links, {rows} rows, {shared} read in place");
    }

    /// <summary>A prose line holding the character a link's mark is (U+FFFC, written in the source): its span is its own one character.</summary>
    [Fact]
    public void AnObjectReplacementCharacterWrittenInTheProseIsACharacterLikeAnother()
    {
        string source = "# 第 1 次會議紀錄\n本次\uFFFC共計 1 案，[[甲]]。\n";
        var line = ScanLine.Of(Parser.Parse(SourceText.From(source, "113-1.minutes"))).Single(l => l.Text.Contains("共計", StringComparison.Ordinal));
        Assert.Equal(new TextSpan(source.IndexOf('\uFFFC'), 1), line.Span(line.Text.IndexOf('\uFFFC'), 1));
        Assert.Equal(new TextSpan(source.IndexOf("[[", StringComparison.Ordinal), "[[甲]]".Length), line.Span(line.LinkAt.Single(), 1));
        Assert.Equal(new TextSpan(source.IndexOf('\uFFFC'), "\uFFFC共計 1 案，[[甲]]".Length), line.Span(line.Text.IndexOf('\uFFFC'), line.LinkAt.Single() - line.Text.IndexOf('\uFFFC') + 1));
    }

    /// <summary>The scan line as it was: a string builder and one offset per character.</summary>
    private sealed class ScanLineBefore
    {
        public required LineSyntax Line { get; init; }

        public required string Text { get; init; }

        public required int[] Offsets { get; init; }

        public required ImmutableArray<CaseLinkSyntax> Links { get; init; }

        public required ImmutableArray<int> LinkAt { get; init; }

        public TextSpan Span(int start, int length)
        {
            if (Offsets.Length == 0) return Line.FullSpan;
            int s = Offsets[Math.Clamp(start, 0, Offsets.Length - 1)];
            int lastIndex = Math.Clamp(start + Math.Max(length, 1) - 1, 0, Offsets.Length - 1);
            int e = Offsets[lastIndex] + 1;
            if (Text[lastIndex] == ScanLine.LinkMark) e = Links[LinkAt.IndexOf(lastIndex)].FullSpan.End;
            return TextSpan.FromBounds(s, Math.Max(s, e));
        }

        public static ScanLineBefore? From(LineSyntax line)
        {
            var pieces = new List<SyntaxNode>();
            switch (line)
            {
                case PartLineSyntax { Field: { } f }:
                    pieces.Add(f);
                    break;
                case PartLineSyntax p when p.Content is not null:
                    pieces.Add(p.Content);
                    break;
                case FieldLineSyntax f:
                    pieces.Add(f.Field);
                    break;
                case MarkedLineSyntax m:
                    pieces.Add(m.Content);
                    break;
                case RowLineSyntax r:
                    pieces.AddRange(r.Parts);
                    break;
                default:
                    return null;
            }

            var sb = new StringBuilder();
            var offsets = new List<int>();
            var links = ImmutableArray.CreateBuilder<CaseLinkSyntax>();
            var linkAt = ImmutableArray.CreateBuilder<int>();
            foreach (var piece in pieces) Walk(piece);
            return new ScanLineBefore { Line = line, Text = sb.ToString(), Offsets = [.. offsets], Links = links.ToImmutable(), LinkAt = linkAt.ToImmutable() };

            void Walk(SyntaxNode node)
            {
                if (node is CaseLinkSyntax link)
                {
                    links.Add(link);
                    linkAt.Add(sb.Length);
                    offsets.Add(link.FullSpan.Start);
                    sb.Append(ScanLine.LinkMark);
                    return;
                }

                if (node is SyntaxToken t)
                {
                    for (int i = 0; i < t.Text.Length; i++)
                    {
                        sb.Append(t.Text[i]);
                        offsets.Add(t.Start + i);
                    }

                    return;
                }

                foreach (var child in node.Children) Walk(child);
            }
        }
    }

    /// <summary>ML0240 as it was: every line built again by the rule, every regex run on every line.</summary>
    private sealed partial class CountRuleBefore : IRule
    {
        private const string Number = "(?<n>[0-9０-９]+|[一二兩三四五六七八九十]+)";

        public string Code => "ML0240";

        [GeneratedRegex("有\\s*" + Number + "\\s*個?(議案|合作案|案|件)(持續|繼續)列管")]
        private static partial Regex Tracked();

        [GeneratedRegex("新增\\s*" + Number + "\\s*個?(議案|合作案|提案|案|件)")]
        private static partial Regex Added();

        [GeneratedRegex("共計\\s*" + Number + "\\s*(案|項|個|件)")]
        private static partial Regex Total();

        [GeneratedRegex("等\\s*" + Number + "\\s*(案|項|件)")]
        private static partial Regex Listed();

        [GeneratedRegex("(?<!共)計有?\\s*" + Number + "\\s*(個|項|案|件)")]
        private static partial Regex InItem();

        public void Check(SeriesContext series, DiagnosticBag bag)
        {
            foreach (var r in series.Records) Walk(r, r.Tree.Root.Blocks, bag);
        }

        private static void Walk(Record r, ImmutableArray<BlockSyntax> siblings, DiagnosticBag bag)
        {
            for (int k = 0; k < siblings.Length; k++)
            {
                var b = siblings[k];
                if (ScanLine.From(b.Line) is { } line) CheckLine(r, line, siblings, k, bag);
                Walk(r, b.Blocks, bag);
            }
        }

        private static void CheckLine(Record r, ScanLine line, ImmutableArray<BlockSyntax> siblings, int k, DiagnosticBag bag)
        {
            string t = line.Text;
            foreach (Match m in Tracked().Matches(t)) Compare(m, line.LinkedIds(m.Index + m.Length, ClauseEnd(t, m.Index + m.Length)), DiagnosticBuilder.CountScope.After);
            foreach (Match m in Added().Matches(t)) Compare(m, line.LinkedIds(m.Index + m.Length, ClauseEnd(t, m.Index + m.Length)), DiagnosticBuilder.CountScope.After);
            // stop 15: a total in the 案由 with no link before it counts the item's cases, and a count of the agenda item is
            // compared only where it says cases (CountRule.CountsCases): the rule as it is now, for the comparison of the rewrite
            bool subject = IsSubject(siblings[k].Line);
            foreach (Match m in Total().Matches(t))
            {
                if (subject && !line.LinkedIds(0, m.Index).Any()) CompareInItem(m);
                else Compare(m, line.LinkedIds(0, m.Index), DiagnosticBuilder.CountScope.Line);
            }

            foreach (Match m in Listed().Matches(t))
            {
                int from = t.LastIndexOf('。', Math.Max(0, m.Index - 1)) + 1;
                Compare(m, line.LinkedIds(from, m.Index), DiagnosticBuilder.CountScope.Sentence);
            }

            foreach (Match m in InItem().Matches(t))
            {
                if (CountRule.CountsCases(line, subject, m.Index, m.Length)) CompareInItem(m);
            }

            void CompareInItem(Match m)
            {
                var scope = ItemScope(siblings, k);
                var ids = r.Mentions.Where(x => Inside(x.Span, scope)).Select(x => x.CaseId)
                    .Concat(r.Events.Where(e => Inside(e.Span, scope)).Select(e => e.CaseId));
                Compare(m, ids, DiagnosticBuilder.CountScope.AgendaItem);
            }

            void Compare(Match m, IEnumerable<string> ids, DiagnosticBuilder.CountScope what)
            {
                int? written = CountRule.ParseNumber(m.Groups["n"].Value);
                int counted = ids.Distinct(StringComparer.Ordinal).Count();
                if (written is null || written == counted || counted == 0) return; // a scope that links no case is not compared (the ML0240 page; a fresh user's try)
                bag.At(r.Tree.Source, line.Span(m.Index, m.Length)).CountDisagrees(m.Value, counted, what);
            }
        }

        private static int ClauseEnd(string t, int from)
        {
            int end = t.Length;
            foreach (var stop in new[] { "。", "新增", "共計", "；" })
            {
                int at = t.IndexOf(stop, from, StringComparison.Ordinal);
                if (at >= 0 && at < end) end = at;
            }

            return end;
        }

        private static TextSpan ItemScope(ImmutableArray<BlockSyntax> siblings, int k)
        {
            int start = -1;
            for (int j = k; j >= 0 && start < 0; j--)
            {
                if (IsSubject(siblings[j].Line)) start = j;
            }

            if (start < 0) return siblings[k].Blocks.IsEmpty ? TextSpan.FromBounds(siblings[0].FullSpan.Start, siblings[^1].FullSpan.End) : siblings[k].FullSpan;
            int end = start + 1;
            while (end < siblings.Length && !IsSubject(siblings[end].Line)) end++;
            return TextSpan.FromBounds(siblings[start].FullSpan.Start, siblings[end - 1].FullSpan.End);
        }

        private static bool IsSubject(LineSyntax line) =>
            line switch
            {
                FieldLineSyntax f => f.Field.Name.StartsWith("案由", StringComparison.Ordinal),
                PartLineSyntax { Field: { } f } => f.Name.StartsWith("案由", StringComparison.Ordinal),
                _ => false,
            };

        private static bool Inside(TextSpan s, TextSpan scope) => s.Start >= scope.Start && s.Start < scope.End;
    }

    /// <summary>ML0251 as it was: every line looked at, each candidate copied out and listed through LINQ.</summary>
    private sealed class PlatformNameRuleBefore : IRule
    {
        public string Code => "ML0251";

        public void Check(SeriesContext series, DiagnosticBag bag)
        {
            var names = series.Series.Platforms.Select(p => p.Id).Where(n => n.Length >= 3).Distinct().ToList();
            if (names.Count == 0) return;
            foreach (var r in series.Records)
            {
                foreach (var line in series.LinesOf(r))
                {
                    string t = line.Text;
                    var exact = new bool[t.Length + 1];
                    foreach (var n in names)
                    {
                        for (int at = t.IndexOf(n, StringComparison.Ordinal); at >= 0; at = t.IndexOf(n, at + 1, StringComparison.Ordinal))
                            for (int j = at; j < at + n.Length; j++) exact[j] = true;
                    }

                    for (int i = 0; i < t.Length; i++)
                    {
                        if (exact[i]) continue;
                        foreach (var n in names)
                        {
                            if (t[i] != n[0]) continue;
                            var hit = Enumerable.Range(n.Length - 1, 3)
                                .Where(len => len >= 2 && i + len <= t.Length)
                                .Select(len => t.Substring(i, len))
                                .FirstOrDefault(s => s[^1] == n[^1] && !s.Contains(ScanLine.LinkMark) && Nearest.Distance(s, n) == 1 && !Overlaps(exact, i, s.Length));
                            if (hit is null) continue;
                            bag.At(r.Tree.Source, line.Span(i, hit.Length)).PlatformMisspelt(hit, n);
                            i += hit.Length - 1;
                            break;
                        }
                    }
                }
            }
        }

        private static bool Overlaps(bool[] exact, int start, int length)
        {
            for (int j = start; j < start + length; j++) if (exact[j]) return true;
            return false;
        }
    }

    /// <summary>ML0252 as it was: the regex run on every line.</summary>
    private sealed partial class RecordWordRuleBefore : IRule
    {
        public string Code => "ML0252";

        [GeneratedRegex("(?<=會議|小組|上次|本次|前次)記錄|記[ \u3000]*錄(?=\\s*[：:]|表|人|如附件|備查|確認)")]
        private static partial Regex Noun();

        public void Check(SeriesContext series, DiagnosticBag bag)
        {
            foreach (var (r, line) in series.ProseLines())
            {
                foreach (Match m in Noun().Matches(line.Text)) bag.At(r.Tree.Source, line.Span(m.Index, m.Length)).RecordForMinutes();
            }
        }
    }

    /// <summary>ML0253 as it was: every part and field line read for its label.</summary>
    private sealed partial class ReportYearRuleBefore : IRule
    {
        public string Code => "ML0253";

        [GeneratedRegex("\\G\\s*(?<year>[0-9]{2,4})\\s*(年度|年)?[^。]*辦理進度")]
        private static partial Regex Label();

        public void Check(SeriesContext series, DiagnosticBag bag)
        {
            foreach (var (r, line) in series.ProseLines())
            {
                string t = line.Text;
                int start = 0;
                if (line.Line is FieldLineSyntax or PartLineSyntax { Field: not null })
                {
                    int colon = t.IndexOfAny(['：', ':']);
                    if (colon < 0 || !t[..colon].Replace(" ", "").StartsWith("案由", StringComparison.Ordinal)) continue;
                    start = colon + 1;
                }
                else if (line.Line is not PartLineSyntax)
                {
                    continue;
                }

                var m = Label().Match(t, start);
                if (!m.Success) continue;
                int y = int.Parse(m.Groups["year"].Value);
                int roc = RocCalendar.ToRoc(y);
                if (r.RocYear is not { } year || roc == year) continue;
                var g = m.Groups["year"];
                bag.At(r.Tree.Source, line.Span(g.Index, g.Length)).ReportYear(g.Value, roc, year);
            }
        }
    }

    /// <summary>ML0241 as it was: the regex run on every line of every record.</summary>
    private sealed partial class ReviewedRecordRuleBefore : IRule
    {
        public string Code => "ML0241";

        [GeneratedRegex("檢視\\s*(?<year>[0-9]{2,4})\\s*(年度|年)?[^。]*?第\\s*(?<n>[0-9]+)\\s*次[^。]*?紀錄")]
        private static partial Regex Review();

        public void Check(SeriesContext series, DiagnosticBag bag)
        {
            Record? prev = null;
            for (int i = 1; i < series.Records.Length; i++)
            {
                var cur = series.Records[i];
                if (!series.Records[i - 1].Extra) prev = series.Records[i - 1];
                if (prev is null || prev.Numbering != MeetingNumbering.PerYear) continue;
                foreach (var line in series.LinesOf(cur))
                {
                    foreach (Match m in Review().Matches(line.Text))
                    {
                        int roc = RocCalendar.ToRoc(int.Parse(m.Groups["year"].Value));
                        if (!int.TryParse(m.Groups["n"].Value, out int n)) continue;
                        var named = (roc, n);
                        if (MeetingTitle.NamesExtra(m.Value))
                        {
                            var lastExtra = series.Records.Take(i).LastOrDefault(r => r.Extra);
                            if (lastExtra is { Numbering: MeetingNumbering.PerYear } && named == (lastExtra.Year, lastExtra.Sequence)) continue;
                            bag.At(cur.Tree.Source, line.Span(m.Index, m.Length)).ReviewedRecordNotPrevious($"{roc}-{MeetingId.ExtraMark}{n}", lastExtra?.Id ?? prev.Id);
                            continue;
                        }

                        if (named == (prev.Year, prev.Sequence)) continue;
                        if (series.GapBefore(i) is not null && named.CompareTo((prev.Year, prev.Sequence)) > 0 && named.CompareTo((cur.Year, cur.Sequence)) < 0) continue;
                        bag.At(cur.Tree.Source, line.Span(m.Index, m.Length)).ReviewedRecordNotPrevious($"{roc}-{n}", prev.Id);
                    }
                }
            }
        }
    }

    /// <summary>ML0220 as it was: the phrase regex run on every line.</summary>
    private sealed partial class RotationRuleBefore : IRule
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
                var platform = series.PlatformOf(record);
                if (date is null || platform is null) continue;
                var rotation = series.RotationOf(platform);
                if (rotation.HasYears)
                {
                    foreach (var line in series.LinesOf(record))
                    {
                        if (!line.Text.Contains("輪辦", StringComparison.Ordinal) && !line.Text.Contains("依序接棒", StringComparison.Ordinal)) continue;
                        foreach (Match m in YearlyHost().Matches(line.Text))
                        {
                            int year = int.Parse(m.Groups["year"].Value);
                            var row = rotation.YearRow(year);
                            string written = MinutesLang.Semantics.Cities.Normalize(m.Groups["city"].Value) ?? m.Groups["city"].Value;
                            if (row is null || written == MinutesLang.Semantics.Cities.Normalize(row.Host)) continue;
                            var city = m.Groups["city"];
                            bag.At(record.Tree.Source, line.Span(city.Index, city.Length)).HostDisagrees(written, row.Host, new MinutesLang.Localization.Phrase($"{year} ({row.Level})", $"{year} 年（{row.Level}）"));
                        }
                    }
                }

                if (!rotation.HasQuarters) continue;
                int index = date.Value.Year * 4 + SeriesContext.Quarter(date.Value) - 1;
                foreach (var line in series.LinesOf(record))
                {
                    foreach (Match m in HostPhrase().Matches(line.Text))
                    {
                        string after = line.Text.Substring(m.Index + m.Length, Math.Min(8, line.Text.Length - m.Index - m.Length));
                        if (!HostWord().IsMatch(after) && !HostWord().IsMatch(m.Value)) continue;
                        int offset = m.Groups["which"].Value switch { "本季" or "這一季" => 0, "上一季" or "上季" or "前一季" => -1, _ => 1 };
                        int q = index + offset;
                        if (rotation.HostOfQuarter(q) is not { } host) continue;
                        string written = MinutesLang.Semantics.Cities.Normalize(m.Groups["city"].Value) ?? m.Groups["city"].Value;
                        if (written != MinutesLang.Semantics.Cities.Normalize(host))
                        {
                            var city = m.Groups["city"];
                            bag.At(record.Tree.Source, line.Span(city.Index, city.Length)).HostDisagrees(written, host, MinutesLang.Localization.Phrase.Same($"{q / 4} 第 {q % 4 + 1} 季"));
                        }
                    }
                }
            }
        }
    }
}
