using System.Text;
using MinutesLang.Formatting;
using MinutesLang.Parsing;
using MinutesLang.Semantics;
using MinutesLang.Syntax;
using MinutesLang.Testing;
using MinutesLang.Text;

namespace MinutesLang.Tests;

/// <summary>
/// The formatter (issue 6 §1): the canonical layout rule by rule; every seed is canonical; messy
/// variants of every seed and random records built from the grammar keep every word (the same
/// semantic model, the same non-whitespace characters, the same diagnostics) and format once for
/// all (idempotence); damaged input never throws and a file with syntax errors is left untouched.
/// </summary>
public sealed class FmtTests
{
    public static TheoryData<string> Seeds => Repo.SeedData();

    /// <summary>The 20 records and series.minutes.</summary>
    public static TheoryData<string> SeedFiles()
    {
        var data = new TheoryData<string>();
        foreach (var n in Repo.SeedNames) data.Add(n);
        data.Add("series");
        return data;
    }

    private static readonly Lazy<SyntaxTree> SeriesTree = new(() => Compilation.ParseFile(Path.Combine(Repo.Seeds, "series.minutes")));

    private static string SeedText(string name) => File.ReadAllText(Path.Combine(Repo.Seeds, name + ".minutes"));

    private static string Fmt(string text) => Formatter.Format(Parser.Parse(text)).Text;

    // ── the canonical layout, rule by rule ─────────────────────────────────────────────

    [Theory]
    [InlineData("* 業務報告\n    - 甲\n        - 乙\n", "* 業務報告\n  - 甲\n    - 乙\n")]                 // two spaces per level
    [InlineData("* 業務報告\n\t- 甲\n\t\t- 乙\n", "* 業務報告\n  - 甲\n    - 乙\n")]                          // tabs
    [InlineData("* 業務報告\n\u3000- 甲\n\u3000\u3000- 乙\n", "* 業務報告\n  - 甲\n    - 乙\n")]              // full-width spaces
    [InlineData("* 業務報告\n   - 甲\n  - 乙\n", "* 業務報告\n  - 甲\n  - 乙\n")]                              // siblings written at two widths
    [InlineData("*   業務報告\n  -\t甲\n  -\u3000乙\n", "* 業務報告\n  - 甲\n  - 乙\n")]                         // one space after a marker
    [InlineData("#   標題\n", "# 標題\n")]
    [InlineData("* 提案討論\n  -   \n", "* 提案討論\n  -\n")]                                                   // an empty item
    [InlineData("說明 :  詳見附件。\n", "說明：詳見附件。\n")]                                                      // label colon
    [InlineData("* 主席： 蔡主任秘書聖賢\n", "* 主席：蔡主任秘書聖賢\n")]
    [InlineData("說 明：詳見。\n", "說 明：詳見。\n")]                                                               // a label's inner space is kept
    [InlineData("決議：   \n", "決議：\n")]
    [InlineData("網址：http://example.org/a\n", "網址：http://example.org/a\n")]
    [InlineData("連結: //x\n", "連結：//x\n")]                                                                     // ': //' is a colon, '：//' too
    [InlineData("@meeting   114-1  \n", "@meeting 114-1\n")]                                                      // directives
    [InlineData("@列管表   \n", "@列管表\n")]
    [InlineData("* 甲\n  @list(一)\n  - 乙\n", "* 甲\n  @list (一)\n  - 乙\n")]
    [InlineData("@meeting 114-1\t \n# 標題 \u3000\n", "@meeting 114-1\n# 標題\n")]                                // trailing whitespace
    [InlineData("* 甲\n  本季  由  桃園市\n", "* 甲\n  本季  由  桃園市\n")]                                          // spaces inside the text are words' business
    [InlineData("\n\n@meeting 114-1\n\n\n\n# 標題\n\n\n", "@meeting 114-1\n\n# 標題\n")]                             // blank lines
    [InlineData("* 甲\n  一\n   \n\t\n  二\n", "* 甲\n  一\n\n  二\n")]
    [InlineData("@meeting 114-1\r\n# 標題\r\n", "@meeting 114-1\n# 標題\n")]                                         // line ends
    [InlineData("@meeting 114-1\r# 標題", "@meeting 114-1\n# 標題\n")]
    [InlineData("\uFEFF@meeting 114-1\r\n", "\uFEFF@meeting 114-1\n")]                                               // the byte-order mark is kept
    [InlineData("", "")]
    [InlineData("\n \n", "")]
    [InlineData("| 年度 |層級|  主政   |\n|  | 甲 | 乙\n", "| 年度 | 層級 | 主政 |\n| | 甲 | 乙 |\n")]                    // rows
    [InlineData("|a||b|  \n", "| a || b |\n")]                                                                        // '||' holds no cell: kept
    [InlineData("| a |\u00A0\n", "| a | \u00A0\n")]                                                                  // white space after the last pipe is no cell: no pipe added
    [InlineData("|a|b| \u2003\t\n", "| a | b | \u2003\n")]
    [InlineData("\\- 不是清單  \n", "\\- 不是清單\n")]
    [InlineData("* 甲\n      // 說甲\n  - 乙\n", "* 甲\n  // 說甲\n  - 乙\n")]                                    // a comment nests as a line would
    [InlineData("* 甲\n  - 乙\n      // 說乙\n  - 丙\n", "* 甲\n  - 乙\n    // 說乙\n  - 丙\n")]
    [InlineData("* 甲\n  - 乙\n    @列管 綠碳匯\n  // 說丙\n  - 丙\n", "* 甲\n  - 乙\n    @列管 綠碳匯\n  // 說丙\n  - 丙\n")]
    [InlineData("   // 開頭 \n@meeting 114-1\n", "// 開頭\n@meeting 114-1\n")]
    public void CanonicalLayout(string input, string expected)
    {
        Assert.Equal(expected, Fmt(input));
        Assert.Equal(expected, Fmt(expected));
    }

    [Theory]
    [MemberData(nameof(SeedFiles))]
    public void EverySeedIsInTheCanonicalLayout(string name)
    {
        var result = Formatter.Format(Compilation.ParseFile(Path.Combine(Repo.Seeds, name + ".minutes")));
        Assert.False(result.Refused);
        Assert.Equal(result.Original, result.Text);
    }

    /// <summary>The writer's guide shows the layout the formatter writes.</summary>
    [Fact]
    public void EveryExampleOfTheGuideIsInTheCanonicalLayout()
    {
        var examples = System.Text.RegularExpressions.Regex.Matches(
            File.ReadAllText(Path.Combine(Repo.Root, "grammar/GUIDE.md")), "```\n(.*?)```", System.Text.RegularExpressions.RegexOptions.Singleline);
        Assert.True(examples.Count >= 6);
        foreach (System.Text.RegularExpressions.Match m in examples) Assert.Equal(m.Groups[1].Value, Fmt(m.Groups[1].Value));
    }

    // ── keeps every word ───────────────────────────────────────────────────────────────

    /// <summary>
    /// Formats <paramref name="text"/> and checks what the issue asks: untouched if it has syntax
    /// errors; otherwise the same model, the same non-whitespace characters (but the colons and
    /// closing pipes the layout changes on purpose), the same diagnostics, and a second format
    /// changes nothing. Returns the formatted text, or null when the formatter refused.
    /// </summary>
    private static string? KeepsEveryWord(string text, string name, bool isSeries = false)
    {
        // fmt binds a file as check does, series.minutes by its name (BoundLayout): the series is named as it is on disk
        if (isSeries) name = "series.minutes";
        var before = Parser.Parse(text, name);
        var result = Formatter.Format(before);
        if (result.Refused)
        {
            Assert.Equal(text, result.Text);
            Assert.All(result.Errors, d => Assert.StartsWith("ML00", d.Code));
            return null;
        }

        // what fmt repairs is gone (a marker's missing or full-width space, a full-width marker:
        // ML0015-ML0017); what it leaves to the writer (ML0016 of an indented ＊, ML0018, ML0019, ML0020 of a
        // line wrapped back to the margin: a paragraph or the rest of the text above) is all that may remain, and only
        // where it was before
        var after = Parser.Parse(result.Text, name);
        // and a part marker glued to a figure (ML0015 'figure', '*2020年…': a space or an escape, the writer's choice)
        Assert.All(after.Diagnostics, d => Assert.True((d.Code is "ML0016" or "ML0018" or "ML0019" or "ML0020" || d.Code == "ML0015" && d.Text?.Form.Key == "figure") && d.Severity == MinutesLang.Diagnostics.DiagnosticSeverity.Warning, d.ToString()));
        foreach (var g in after.Diagnostics.GroupBy(d => d.Code)) Assert.True(g.Count() <= before.Diagnostics.Count(d => d.Code == g.Key), g.Key);
        Assert.DoesNotContain(after.Diagnostics, FmtRepairs.Repaired);
        Assert.Equal(ModelDump.Significant(before), ModelDump.NonWhitespace(result.Text));
        Assert.False(Formatter.Format(after).Changed, $"formatting twice changes {name}");

        // the indentation warnings the layout repairs are gone, and nothing else changed
        var c1 = isSeries ? Compilation.Create(before, []) : Compilation.Create(SeriesTree.Value, [before]);
        var c2 = isSeries ? Compilation.Create(after, []) : Compilation.Create(SeriesTree.Value, [after]);
        Assert.DoesNotContain(c2.Diagnostics, FmtRepairs.Repaired);
        Assert.Equal(ModelDump.Of(c1.Diagnostics.Where(d => !FmtRepairs.Repaired(d))), ModelDump.Of(c2.Diagnostics));
        if (isSeries) Assert.Equal(ModelDump.Of(c1.Series), ModelDump.Of(c2.Series));
        else Assert.Equal(ModelDump.Of(c1.Records[0]), ModelDump.Of(c2.Records[0]));
        return result.Text;
    }

    /// <summary>
    /// Every seed with the repairable near misses a writer makes (issue 11 point 3): markers without
    /// their space, full-width markers, a full-width space after a marker, ＠ before a directive. It
    /// reports them, and formats back to the seed, keeping every word.
    /// </summary>
    [Theory]
    [MemberData(nameof(SeedFiles))]
    public void SeedsWithNearMissesAreReportedAndFormatBackToTheSeed(string name)
    {
        string seed = SeedText(name);
        var random = new Random(name.GetHashCode(StringComparison.Ordinal) & 0xFFFF);
        for (int k = 0; k < 4; k++)
        {
            string messy = System.Text.RegularExpressions.Regex.Replace(seed, @"(?m)^( *)([-*#@])( ?)(?=(.))", m =>
            {
                string indent = m.Groups[1].Value, marker = m.Groups[2].Value, space = m.Groups[3].Value;
                char next = m.Groups[4].Value[0];
                if (indent.Length > 0 && marker is "*" or "#" || random.Next(3) == 0) return m.Value;
                if (marker == "@") return char.IsLetterOrDigit(next) ? indent + "＠" : m.Value;
                if (space.Length == 0) return m.Value;
                return random.Next(3) switch
                {
                    0 when LineGrammar.IsNearMissFollower(next) => indent + marker,         // the space forgotten
                    1 => indent + marker + "\u3000",                                       // a full-width space
                    _ => indent + LineGrammar.FullWidth(marker[0]) + " ",                   // a full-width marker
                };
            });
            Assert.NotEqual(seed, messy);
            Assert.Contains(Parser.Parse(messy, name).Diagnostics, d => d.Code is "ML0015" or "ML0016" or "ML0017");
            Assert.Equal(seed, KeepsEveryWord(messy, name, name == "series"));
        }
    }

    [Theory]
    [MemberData(nameof(SeedFiles))]
    public void MessySeedsKeepEveryWordAndFormatBackToTheSeed(string name)
    {
        string seed = SeedText(name);
        var tree = Parser.Parse(seed, name);
        var random = new Random(name.GetHashCode(StringComparison.Ordinal) & 0xFFFF);
        for (int k = 0; k < 8; k++)
        {
            string messy = Messy.Of(tree, random);
            Assert.NotEqual(seed, messy);
            string? formatted = KeepsEveryWord(messy, name, name == "series");
            Assert.NotNull(formatted);
            Assert.Equal(seed, formatted.TrimStart('\uFEFF'));
        }
    }

    /// <summary>The series rules read across records: a messy copy of the whole folder, formatted, finds the same and means the same.</summary>
    [Fact]
    public void TheWholeSeriesMessedUpAndFormattedMeansTheSameAndFindsTheSame()
    {
        var random = new Random(6);
        var names = Repo.SeedNames.ToList();
        var originals = names.Select(n => Parser.Parse(SeedText(n), n + ".minutes")).ToList();
        var formatted = names.Select(n => Parser.Parse(Formatter.Format(Parser.Parse(Messy.Of(Parser.Parse(SeedText(n)), random), n + ".minutes")).Text, n + ".minutes")).ToList();
        var messySeries = Formatter.Format(Parser.Parse(Messy.Of(SeriesTree.Value, random), "series.minutes"));
        Assert.False(messySeries.Refused);
        var series = Parser.Parse(messySeries.Text, "series.minutes");
        var c1 = Compilation.Create(SeriesTree.Value, originals);
        var c2 = Compilation.Create(series, formatted);
        Assert.NotEmpty(c1.Diagnostics);
        Assert.Equal(ModelDump.Of(c1.Diagnostics), ModelDump.Of(c2.Diagnostics));
        Assert.Equal(ModelDump.Of(c1.Series), ModelDump.Of(c2.Series));
        Assert.Equal(c1.Records.Select(ModelDump.Of), c2.Records.Select(ModelDump.Of));
        Assert.Equal(Render(c1), Render(c2));

        static IEnumerable<string> Render(Compilation c) =>
            c.Records.Select(r => new MinutesLang.Rendering.TemplateRenderer(Repo.Templates, "txt").Render(new MinutesLang.Rendering.RenderModelBuilder(c.Series).Build(r)));
    }

    [Fact]
    public void RandomRecordsBuiltFromTheGrammarKeepEveryWord()
    {
        var random = new Random(2026);
        int formatted = 0, changed = 0;
        const int n = 400;
        for (int k = 0; k < n; k++)
        {
            string text = GeneratedRecords.Record(random);
            string? result = KeepsEveryWord(text, $"generated {k}");
            if (result is null) continue;
            formatted++;
            if (result != text) changed++;
        }

        // the generator writes mostly well-formed records: most of them were formatted, and changed
        Assert.InRange(formatted, n * 3 / 4, n);
        Assert.InRange(changed, formatted * 3 / 4, formatted);
    }

    // ── damaged input ──────────────────────────────────────────────────────────────────

    [Theory]
    [MemberData(nameof(Seeds))]
    public void DamagedSeedsNeverThrowAndAreFormattedOnlyWithoutSyntaxErrors(string name)
    {
        string text = SeedText(name);
        var bytes = Encoding.UTF8.GetBytes(text);
        const string alphabet = "0123456789年月日（）()[]|@*-#：: \t\u3000\n\r\\/案由";
        var random = new Random(name.Length * 31 + name[^1]);
        int refused = 0;
        for (int k = 0; k < 30; k++)
        {
            var chars = text.ToCharArray().ToList();
            for (int e = 0; e < 5; e++)
            {
                int at = random.Next(chars.Count);
                char c = alphabet[random.Next(alphabet.Length)];
                if (random.Next(2) == 0) chars[at] = c;
                else chars.Insert(at, c);
            }

            if (KeepsEveryWord(new string([.. chars]), $"{name} edit {k}") is null) refused++;

            // bytes cut anywhere (in the middle of a character too): the raw layout never throws
            // and keeps every byte it does not rewrite as whitespace
            int cut = random.Next(bytes.Length);
            var damaged = bytes[..cut].Concat(bytes[Math.Min(bytes.Length, cut + random.Next(1, 5))..]).ToArray();
            var tree = Parser.Parse(SourceText.FromBytes(damaged, name));
            string layout = Formatter.Layout(tree.Root);
            Assert.Equal(ModelDump.Significant(tree), ModelDump.NonWhitespace(layout));
            var result = Formatter.Format(tree);
            if (result.Refused) Assert.True(damaged.AsSpan().SequenceEqual(SourceText.ToBytes(result.Text)));
        }

        Assert.True(refused < 30, "every edit broke the syntax: nothing was formatted");
    }

    [Fact]
    public void InvalidUtf8BytesStopTheFormatterButSurviveTheLayout()
    {
        var bytes = Encoding.UTF8.GetBytes("@meeting 114-1\n* 甲   \n").Concat(new byte[] { 0xB3, 0x5C, 0xFF, (byte)'\n' }).ToArray();
        var tree = Parser.Parse(SourceText.FromBytes(bytes, "big5.minutes"));
        var result = Formatter.Format(tree);
        Assert.True(result.Refused);
        Assert.Contains(result.Errors, d => d.Code == "ML0001");
        Assert.Equal(bytes, SourceText.ToBytes(result.Text));

        var layout = SourceText.ToBytes(Formatter.Layout(tree.Root));
        Assert.Equal(Encoding.UTF8.GetBytes("@meeting 114-1\n* 甲\n").Concat(new byte[] { 0xB3, 0x5C, 0xFF, (byte)'\n' }), layout);
    }

    [Theory]
    [InlineData("* 甲\n  * 乙\n", "ML0004")]
    [InlineData("  - 孤兒\n", "ML0008")]
    [InlineData("- [[學校交流\n", "ML0005")]
    [InlineData("@ 無名\n", "ML0003")]
    [InlineData("a\0b\n", "ML0002")]
    public void AFileWithSyntaxErrorsIsLeftAsItIs(string text, string code)
    {
        var result = Formatter.Format(Parser.Parse(text));
        Assert.True(result.Refused);
        Assert.False(result.Changed);
        Assert.Equal(text, result.Text);
        Assert.Contains(result.Errors, d => d.Code == code);
    }

    [Fact]
    public void ErrorsOfMeaningDoNotStopTheFormatter()
    {
        // an unknown case (ML0101) and a wrong weekday (ML0103): the layout is certain
        var result = Formatter.Format(Parser.Parse("@meeting 114-1\n* 時間：114 年 3 月 7 日（星期一）上午 10 時  \n- [[沒有這案]]  \n"));
        Assert.False(result.Refused);
        Assert.Equal("@meeting 114-1\n* 時間：114 年 3 月 7 日（星期一）上午 10 時\n- [[沒有這案]]\n", result.Text);
    }

    // ── the diff ───────────────────────────────────────────────────────────────────────

    [Fact]
    public void UnifiedDiffShowsTheChangedLinesWithThreeLinesOfContext()
    {
        string before = string.Join("", Enumerable.Range(1, 12).Select(i => $"l{i}\n")).Replace("l2\n", "l2  \n").Replace("l11\n", "x\n");
        string after = string.Join("", Enumerable.Range(1, 12).Select(i => $"l{i}\n"));
        Assert.Equal(
            "--- f\n+++ f (formatted)\n@@ -1,5 +1,5 @@\n l1\n-l2  \n+l2\n l3\n l4\n l5\n@@ -8,5 +8,5 @@\n l8\n l9\n l10\n-x\n+l11\n l12\n",
            LineDiff.Unified(before, after, "f"));
        Assert.Equal("", LineDiff.Unified(after, after, "f"));
        Assert.Equal("", LineDiff.Unified(after.Replace("\n", "\r\n"), after, "f"));
        Assert.Equal(["line ends: CRLF → LF"], LineDiff.Notes(after.Replace("\n", "\r\n"), after));
        Assert.Equal(["final newline added"], LineDiff.Notes("a", "a\n"));
        Assert.Equal("--- f\n+++ f (formatted)\n@@ -0,0 +1,1 @@\n+a\n", LineDiff.Unified("", "a\n", "f"));
        Assert.Equal("--- f\n+++ f (formatted)\n@@ -1,2 +1,1 @@\n a\n-b\n", LineDiff.Unified("a\nb\n", "a\n", "f"));
    }

    [Fact]
    public void TheEditScriptTurnsTheOldLinesIntoTheNewOnes()
    {
        var random = new Random(11);
        for (int k = 0; k < 300; k++)
        {
            var a = Enumerable.Range(0, random.Next(0, 30)).Select(_ => "abcde"[random.Next(5)].ToString()).ToArray();
            var b = Enumerable.Range(0, random.Next(0, 30)).Select(_ => "abcde"[random.Next(5)].ToString()).ToArray();
            var edits = LineDiff.Compute(a, b);
            Assert.Equal(a, edits.Where(e => e.Op != LineDiff.Op.Insert).Select(e => a[e.A]));
            Assert.Equal(b, edits.Where(e => e.Op != LineDiff.Op.Delete).Select(e => b[e.B]));
            Assert.All(edits.Where(e => e.Op == LineDiff.Op.Equal), e => Assert.Equal(a[e.A], b[e.B]));

            // minimal: as many equal lines as the longest common subsequence
            Assert.Equal(Lcs(a, b), edits.Count(e => e.Op == LineDiff.Op.Equal));
        }

        static int Lcs(string[] a, string[] b)
        {
            var t = new int[a.Length + 1, b.Length + 1];
            for (int i = 1; i <= a.Length; i++)
            {
                for (int j = 1; j <= b.Length; j++)
                    t[i, j] = a[i - 1] == b[j - 1] ? t[i - 1, j - 1] + 1 : Math.Max(t[i - 1, j], t[i, j - 1]);
            }

            return t[a.Length, b.Length];
        }
    }

    [Fact]
    public void AHugeDifferenceIsStillACorrectDiff()
    {
        var a = Enumerable.Range(0, 3000).Select(i => "a" + i).ToArray();
        var b = Enumerable.Range(0, 3000).Select(i => "b" + i).ToArray();
        var edits = LineDiff.Compute(a, b);
        Assert.Equal(a, edits.Where(e => e.Op != LineDiff.Op.Insert).Select(e => a[e.A]));
        Assert.Equal(b, edits.Where(e => e.Op != LineDiff.Op.Delete).Select(e => b[e.B]));
    }

    // ── generators ─────────────────────────────────────────────────────────────────────

    /// <summary>
    /// A canonical file rewritten with messy whitespace: another indentation unit, spaces after the
    /// markers and around the colons, ASCII colons, padded cells, rows without their closing pipe,
    /// trailing spaces, more blank lines, CRLF or CR line ends, a byte-order mark. The words and the
    /// structure stay; the canonical layout of the result is the file again.
    /// </summary>
    internal static class Messy
    {
        private static readonly string[] Units = ["    ", "\t", "\u3000", " ", "   ", "\u3000 ", "\t  "];
        private static readonly string[] Spaces = [" ", "  ", "\t", "\u3000", " \u3000"];
        private static readonly string[] Trailing = ["", "", " ", "  ", "\t", "\u3000"];

        public static string Of(SyntaxTree tree, Random random)
        {
            string unit = Units[random.Next(Units.Length)];
            string[] eols = random.Next(4) switch { 0 => ["\r\n"], 1 => ["\n", "\r\n"], 2 => ["\r"], _ => ["\n"] };
            var sb = new StringBuilder();
            if (random.Next(2) == 0) sb.Append('\uFEFF');
            for (int b = random.Next(3); b > 0; b--) sb.Append(Pick(random, Trailing)).Append('\n');
            foreach (var line in Lines(tree.Root.Blocks))
            {
                string eol = Pick(random, eols);
                if (line is BlankLineSyntax)
                {
                    for (int b = random.Next(1, 4); b > 0; b--) sb.Append(Pick(random, Trailing)).Append(eol);
                    continue;
                }

                // the seeds are canonical: two spaces are one level
                for (int d = line.IndentWidth / 2; d > 0; d--) sb.Append(unit);
                sb.Append(Body(line, random)).Append(Pick(random, Trailing)).Append(eol);
            }

            for (int b = random.Next(3); b > 0; b--) sb.Append(Pick(random, Trailing)).Append('\n');
            return sb.ToString();
        }

        private static string Pick(Random random, string[] choices) => choices[random.Next(choices.Length)];

        private static IEnumerable<LineSyntax> Lines(IEnumerable<BlockSyntax> blocks)
        {
            foreach (var b in blocks)
            {
                yield return b.Line;
                foreach (var l in Lines(b.Blocks)) yield return l;
            }
        }

        private static string Body(LineSyntax line, Random random)
        {
            string Sp() => Pick(random, Spaces);
            string Then(string rest) => rest.Length == 0 ? "" : Sp() + rest;
            string Field(FieldSyntax f)
            {
                string value = f.Value.ToFullString();
                string before = random.Next(3) == 0 ? Pick(random, [" ", "  ", "\u3000"]) : ""; // a label holds no tab
                string after = random.Next(3) == 0 ? Sp() : "";
                char colon = random.Next(2) == 0 && (after.Length > 0 || !value.StartsWith("//", StringComparison.Ordinal)) ? ':' : '：';
                return f.Label.Text + before + colon + after + value;
            }

            switch (line)
            {
                case CommentLineSyntax c:
                    return c.Comment.Text;
                case DirectiveLineSyntax d:
                    return "@" + d.Name.Text + Then(d.Arguments.ToFullString());
                case PartLineSyntax p:
                    return "*" + Sp() + (p.Field is { } f ? Field(f) : p.Content!.ToFullString());
                case TextLineSyntax t:
                    return t.ToFullString().Trim('\r', '\n').TrimStart(' ');
                case MarkedLineSyntax m:
                    return m.Marker!.Text + Then(m.Content.ToFullString());
                case FieldLineSyntax fl:
                    return Field(fl.Field);
                case RowLineSyntax r:
                    {
                        var sb = new StringBuilder();
                        foreach (var part in r.Parts)
                        {
                            string cell = part.Text.Trim();
                            if (part.Kind == SyntaxKind.PipeToken) sb.Append('|');
                            else sb.Append(cell.Length == 0 ? Sp() : (random.Next(2) == 0 ? "" : Sp()) + cell + (random.Next(2) == 0 ? "" : Sp()));
                        }

                        string row = sb.ToString();
                        string last = r.Cells.Length > 0 ? r.Cells[^1].Text.Trim() : "";
                        return last.Length > 0 && random.Next(3) == 0 ? row[..^1] : row;
                    }

                default:
                    return line.ToFullString().Trim('\r', '\n');
            }
        }
    }
}
