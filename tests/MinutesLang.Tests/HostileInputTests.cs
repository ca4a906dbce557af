using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using MinutesLang.Diagnostics;
using MinutesLang.Parsing;
using MinutesLang.Rendering;
using MinutesLang.Semantics;
using MinutesLang.Text;

namespace MinutesLang.Tests;

/// <summary>
/// Issue 13, points 2, 3 and 5: outputs are complete or refused (ML0310, ML0311), diagnostics stay
/// proportional to the finding, control characters are findings (ML0030–ML0032) and never reach
/// an output raw. Large records are generated here, not committed.
/// </summary>
public sealed class HostileInputTests : CliHarness
{
    private const string Head = "@meeting 114-1\n# 114 年度教育文化組第 1 次工作小組會議紀錄\n* 時間：114 年 3 月 7 日（星期五）上午 10 時\n";

    private static List<(string Code, int Line, int Column, int Length)> Findings(string text, string path = "114-1.minutes") =>
        [.. Parser.Parse(text, path).Diagnostics.Select(d => (d.Code, d.Start.Line, d.Start.Column, d.Span.Length))];

    // ---- point 5: control characters ----------------------------------------------------------

    [Theory]
    [InlineData("\u0007", 1)] // BEL
    [InlineData("\u0008", 1)] // BS
    [InlineData("\u000B", 1)] // VT
    [InlineData("\u000C", 1)] // FF
    [InlineData("\u007F", 1)] // DEL
    [InlineData("\u0085", 1)] // NEL (C1)
    [InlineData("\u009B31m", 1)] // the one-character CSI (C1), its parameters are text
    [InlineData("\u0080\u009F\u0001", 3)] // a run of three, C1 and C0: one finding
    public void AControlCharacterIsML0030AtItsRun(string controls, int run)
    {
        string title = Head[..Head.IndexOf("* ", StringComparison.Ordinal)];
        foreach (string text in new[] { Head + "* 業務報告\n  - 本季由桃園市主責，" + controls + "下一季\n", Head + "* 地點：會議室" + controls + "\n", Head + "* 討論事項\n  案由：學校交流" + controls + "乙\n", title + "* 主席：蔡" + controls + "主任\n" })
        {
            var f = Findings(text).Where(d => d.Code.StartsWith("ML003", StringComparison.Ordinal)).ToList();
            int offset = text.IndexOf(controls[0], StringComparison.Ordinal);
            int line = text[..offset].Count(c => c == '\n') + 1;
            int column = offset - text.LastIndexOf('\n', offset);
            Assert.Equal([("ML0030", line, column, run)], f);
        }
    }

    [Theory]
    [InlineData("\u001B[31m", "<ESC>[31m")] // colour
    [InlineData("\u001B[2J", "<ESC>[2J")] // clear the screen
    [InlineData("\u001B[1;1H", "<ESC>[1;1H")] // move the cursor
    [InlineData("\u001B]0;PWNED\u0007", "<ESC>]0;PWNED<BEL>")] // window title, ended by BEL
    [InlineData("\u001B]8;;http://x\u001B\\", "<ESC>]8;;http://x<ESC>\\")] // hyperlink, ended by ST
    [InlineData("\u001Bc", "<ESC>c")] // reset
    [InlineData("\u001B(0", "<ESC>(0")] // character set (nF)
    public void AnEscapeSequenceIsOneML0031OverTheWholeSequence(string sequence, string shown)
    {
        string text = Head + "* 業務報告\n  - 甲" + sequence + "乙\n";
        var d = Assert.Single(Parser.Parse(text, "x.minutes").Diagnostics);
        Assert.Equal(("ML0031", 5, 6, sequence.Length), (d.Code, d.Start.Line, d.Start.Column, d.Span.Length));
        Assert.Contains($"'{shown}'", d.Message);
    }

    [Theory]
    [InlineData('\u202A')]
    [InlineData('\u202B')]
    [InlineData('\u202C')]
    [InlineData('\u202D')]
    [InlineData('\u202E')]
    [InlineData('\u2066')]
    [InlineData('\u2067')]
    [InlineData('\u2068')]
    [InlineData('\u2069')]
    public void ABidiControlIsML0032InARecordAndInACaseTitle(char bidi)
    {
        Assert.Equal([("ML0032", 1, 11, 1)], Findings($"# 114 年度教育{bidi}文化組\n"));
        var series = Parser.Parse($"@case 學校交流\n  標題：跨縣市學校交流{bidi}114 年度\n", "series.minutes");
        Assert.Equal([("ML0032", 2, 13)], series.Diagnostics.Select(d => (d.Code, d.Start.Line, d.Start.Column)));
        Assert.Contains(ControlCharacters.Name(bidi), series.Diagnostics[0].Message);
    }

    [Fact]
    public void OtherInvisibleButHarmlessCharactersAreNotFindings()
    {
        // tab, astral-plane text, an emoji joined by ZWJ: not findings (the direction marks are ML0033 warnings since
        // issue 13's last slice: InvisibleCharacterTests)
        Assert.Empty(Findings(Head + "* 地點：\t𠀀𩸽😀👨\u200D👩\u200D👧會議室\n"));
    }

    [Fact]
    public void InvalidUtf8AndEncodedSurrogatesStayML0001AndNulStaysML0002()
    {
        var bytes = Encoding.UTF8.GetBytes(Head + "* 地點：").Concat(new byte[] { 0xED, 0xA0, 0x80, 0x00, 0xC0 }).Concat(Encoding.UTF8.GetBytes("室\n")).ToArray();
        var codes = Parser.Parse(SourceText.FromBytes(bytes, "x.minutes")).Diagnostics.Select(d => d.Code).ToList();
        Assert.Equal(["ML0001", "ML0001", "ML0002"], codes);
    }

    [Fact]
    public void AFileOfControlCharactersIsOneML0007NotAFloodOfML0030()
    {
        string text = Head + new string('\u0007', 200) + string.Concat(Enumerable.Repeat("\u001B[0m", 100));
        var codes = Parser.Parse(text, "x.minutes").Diagnostics.Select(d => d.Code).ToList();
        Assert.Equal(["ML0007"], codes);
    }

    [Fact]
    public void CheckNeverPrintsTheControlCharactersItReports()
    {
        string record = Head + "* 業務報告\n  - 本季\u001B]0;PWNED\u0007\u001B[2J\u001B[32mFAKE OK\u001B[0m由\u202E桃園市\u0085主責\u0007。\n";
        Write("114-1.minutes", record);
        foreach (var format in new[] { "human", "msbuild" })
        {
            var (code, o, e) = Run("check", Path.Combine(dir, "114-1.minutes"), "--format", format);
            Assert.Equal(1, code);
            Assert.Equal("", e);
            Assert.Contains("ML0031", o);
            Assert.Contains("ML0032", o);
            Assert.Contains("ML0030", o);
            Assert.DoesNotContain(o, c => c < ' ' && c != '\n' || c is >= '\u007F' and <= '\u009F' || ControlCharacters.IsBidi(c));
        }

        // render refuses the record (exit 1, nothing written) and prints the findings as safely
        string output = Path.Combine(dir, "out.txt");
        var (rc, ro, re) = Run("render", "--to", "txt", Path.Combine(dir, "114-1.minutes"), "-o", output);
        Assert.Equal((1, ""), (rc, ro));
        Assert.Contains("ML0031", re);
        Assert.DoesNotContain(re, c => c < ' ' && c != '\n');
        Assert.False(File.Exists(output));
    }

    [Theory]
    [InlineData("ML0030")]
    [InlineData("ML0031")]
    [InlineData("ML0032")]
    public void ThePageExampleRaisesItsCodeAtThePlaceItNamesAndTheFixDoesNot(string code)
    {
        string page = File.ReadAllText(Path.Combine(Repo.Root, "docs", "diagnostics", code + ".md"));
        var blocks = Regex.Matches(page, "```minutes\n(.*?)```", RegexOptions.Singleline).Select(m => CatalogTests.Decode(m.Groups[1].Value)).ToList();
        var place = Regex.Match(page, @"line (\d+), column (\d+)");
        var bad = Parser.Parse(blocks[0], code == "ML0032" ? "series.minutes" : "x.minutes").Diagnostics.Where(d => d.Code == code).ToList();
        Assert.Equal((int.Parse(place.Groups[1].Value), int.Parse(place.Groups[2].Value)), bad[0].Start);
        Assert.DoesNotContain(Parser.Parse(blocks[1], "x.minutes").Diagnostics, d => d.Code.StartsWith("ML003", StringComparison.Ordinal));
    }

    // ---- point 5: outputs never carry them ----------------------------------------------------

    private static readonly string[] TextFormats = ["txt", "md", "html"];
    private static readonly string[] PackageFormats = ["docx", "odt"];

    /// <summary>A record with hostile and astral-plane text in every kind of block, generated from a seed.</summary>
    private static string Generated(int seed, int items = 6)
    {
        var random = new Random(seed);
        string[] pieces = ["會議", "Children's", "<b>&amp;", "\"引號\"", "*強調*", "_底線_", "`碼`", "#", "𠀀𩸽", "😀", "𝒜", "\u001B[31m", "\u001B]0;x\u0007", "\u0007", "\u0085", "\u007F", "\u202E", "\u2066", "\u000C", "\uDC80", "\uFFFE", "|", "[x]", "1.", "\\"];
        // ordinary wording around the pieces keeps the controls under one character in twenty (else the file is binary, ML0007)
        const string wording = "本季由桃園市主責，下一季由新北市接棒，請各縣市配合辦理相關事項並於下次會議報告辦理情形。";
        string Text() => (wording[..random.Next(1, wording.Length)] + string.Concat(Enumerable.Range(0, random.Next(1, 4)).Select(_ => pieces[random.Next(pieces.Length)] + wording[..random.Next(20, wording.Length)])))
            .Replace("[[", "[ [", StringComparison.Ordinal);
        var sb = new StringBuilder(Head.Replace("第 1 次", "第 1 次" + Text(), StringComparison.Ordinal));
        sb.Append("* 地點：").Append(Text()).Append('\n');
        sb.Append("* 業務報告\n");
        for (int i = 0; i < items; i++) sb.Append("  - ").Append(Text()).Append('\n').Append("    ").Append(Text()).Append('\n');
        sb.Append("* 討論事項\n  案由：").Append(Text()).Append("\n  決議：").Append(Text()).Append('\n');
        sb.Append("* 臨時動議\n  | ").Append(Text()).Append(" | ").Append(Text()).Append(" |\n");
        return sb.ToString();
    }

    private static Compilation Compile(string text) => Compilation.Create(null, [Parser.Parse(text, "114-1.minutes")]);

    [Fact]
    public void EveryPartOfEveryPackageIsWellFormedXmlForGeneratedHostileRecords()
    {
        var renderers = PackageFormats.Select(f => new DocumentRenderer(TemplateSet.Embedded, f)).ToList();
        for (int seed = 0; seed < 25; seed++)
        {
            var c = Compile(Generated(seed));
            Assert.Contains(c.Diagnostics, d => d.Code is "ML0030" or "ML0031" or "ML0032");
            Assert.DoesNotContain(c.Diagnostics, d => d.Code == "ML0007");
            foreach (var renderer in renderers)
            {
                foreach (var (path, bytes) in Package.Unzip(renderer.Render(c.Series, c.Records[0])))
                {
                    if (path == "mimetype") continue;
                    string xml = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
                    using var reader = XmlReader.Create(new StringReader(xml), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, CheckCharacters = true });
                    while (reader.Read())
                    {
                    }

                    AssertClean(xml, $"seed {seed} {renderer.Format} {path}");
                }
            }
        }
    }

    [Fact]
    public void TextOutputsCarryNoControlCharacterAndKeepAstralText()
    {
        var renderers = TextFormats.Select(f => new DocumentRenderer(TemplateSet.Embedded, f)).ToList();
        for (int seed = 0; seed < 25; seed++)
        {
            var c = Compile(Generated(seed));
            foreach (var renderer in renderers)
            {
                string text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(renderer.Render(c.Series, c.Records[0]));
                AssertClean(text, $"seed {seed} {renderer.Format}");
            }
        }

        var astral = Compile(Head + "* 地點：𠀀𩸽😀𝒜\u001B[31m室\n");
        foreach (var renderer in renderers) Assert.Contains("𠀀𩸽😀𝒜", Encoding.UTF8.GetString(renderer.Render(astral.Series, astral.Records[0])));
    }

    private static void AssertClean(string output, string what)
    {
        for (int i = 0; i < output.Length; i++)
        {
            char c = output[i];
            if (char.IsHighSurrogate(c) && i + 1 < output.Length && char.IsLowSurrogate(output[i + 1]))
            {
                i++;
                continue;
            }

            Assert.False(Escapes.IsUnwritable(c), $"{what}: U+{(int)c:X4} at {i}");
        }
    }

    [Theory]
    [InlineData("Children's Hall", "Children's Hall")]
    [InlineData("\"基北北桃\"", "\"基北北桃\"")]
    [InlineData("a*b_c", "a\\*b\\_c")]
    [InlineData("`code`", "\\`code\\`")]
    [InlineData("<script>", "&lt;script&gt;")]
    [InlineData("AT&T's", "AT&amp;T's")]
    [InlineData("#1 & '2'", "\\#1 &amp; '2'")]
    [InlineData("&#39;", "&amp;\\#39;")]
    [InlineData("1. x", "1\\. x")]
    [InlineData("本季\u001B[31m由\u202E桃園市", "本季\\[31m由桃園市")]
    public void MarkdownShowsTheTextAsWritten(string text, string markdown)
    {
        Assert.Equal(markdown, Escapes.Markdown(text));
    }

    [Fact]
    public void AnApostropheInARecordRendersAsAnApostropheInMarkdownAndAnEntityInHtml()
    {
        var c = Compile(Head + "* 地點：Children's Hall\n* 業務報告\n  - 'Quoted' and \"double\" in O'Brien's list\n");
        string md = Encoding.UTF8.GetString(new DocumentRenderer(TemplateSet.Embedded, "md").Render(c.Series, c.Records[0]));
        Assert.Contains("Children's Hall", md);
        Assert.Contains("'Quoted' and \"double\" in O'Brien's list", md);
        Assert.DoesNotContain("#39", md);
        string html = Encoding.UTF8.GetString(new DocumentRenderer(TemplateSet.Embedded, "html").Render(c.Series, c.Records[0]));
        Assert.Contains("Children&#39;s Hall", html);
    }

    // ---- point 2: outputs are complete or refused ---------------------------------------------

    private static string Items(int count, Func<int, string> item)
    {
        var sb = new StringBuilder(Head).Append("* 業務報告\n");
        for (int i = 0; i < count; i++) sb.Append("  - ").Append(item(i)).Append('\n');
        return sb.Append("* 結論\n  最後一段END\n").ToString();
    }

    [Fact]
    public void AParagraphOfOverAHundredThousandCharactersRendersWholeInEveryFormat()
    {
        foreach (string paragraph in new[] { new string('a', 150_000), string.Concat(Enumerable.Repeat("基北北桃教育文化", 20_000)), string.Concat(Enumerable.Repeat("𠀀", 60_000)) })
        {
            var c = Compile(Head + "* 業務報告\n  " + paragraph + "\n");
            Assert.DoesNotContain(c.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
            foreach (var format in TextFormats)
                Assert.Contains(paragraph, Encoding.UTF8.GetString(new DocumentRenderer(TemplateSet.Embedded, format).Render(c.Series, c.Records[0])));
            foreach (var format in PackageFormats)
            {
                string all = string.Concat(Package.Unzip(new DocumentRenderer(TemplateSet.Embedded, format).Render(c.Series, c.Records[0])).Select(p => Encoding.UTF8.GetString(p.Bytes)));
                Assert.Contains(paragraph, all);
            }
        }
    }

    [Fact]
    public void ARecordOfFiveThousandItemsRendersInFullInEveryFormat()
    {
        var c = Compile(Items(5_000, i => $"第{i}項：本案持續辦理，請各縣市配合辦理相關事項 #{i}#"));
        Assert.DoesNotContain(c.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        foreach (var format in TextFormats.Concat(PackageFormats))
        {
            var bytes = new DocumentRenderer(TemplateSet.Embedded, format).Render(c.Series, c.Records[0]);
            string all = PackageFormats.Contains(format) ? string.Concat(Package.Unzip(bytes).Select(p => Encoding.UTF8.GetString(p.Bytes))) : Encoding.UTF8.GetString(bytes);
            var numbers = Regex.Matches(all, @"第(\d+)項").Select(m => int.Parse(m.Groups[1].Value)).ToHashSet();
            Assert.True(numbers.SetEquals(Enumerable.Range(0, 5_000)), $"{format}: {numbers.Count} of 5000 items");
            Assert.Contains("最後一段END", all);
        }
    }

    [Fact]
    public void ARecordOfTwentyFourThousandShortItemsRendersInFullFromTheCommandLine()
    {
        string record = Write("114-1.minutes", Items(24_000, i => $"x{i}"));
        foreach (var format in new[] { "txt", "odt" })
        {
            string output = Path.Combine(dir, "out." + format);
            var (code, _, e) = Run("render", "--to", format, record, "-o", output);
            Assert.Equal((0, ""), (code, e));
            string all = format == "txt" ? File.ReadAllText(output) : string.Concat(Package.Unzip(File.ReadAllBytes(output)).Select(p => Encoding.UTF8.GetString(p.Bytes)));
            Assert.Contains("x23999", all);
            Assert.Contains("最後一段END", all);
        }
    }

    [Fact]
    public void LimitsGrowWithTheRecordBetweenFloorAndCeiling()
    {
        var small = RenderLimits.For(new RenderModelBuilder(Compile(Head).Series).Build(Compile(Head).Records[0]));
        var c = Compile(Items(5_000, i => $"第{i}項"));
        var large = RenderLimits.For(new RenderModelBuilder(c.Series).Build(c.Records[0]));
        Assert.True(small.Loops >= RenderLimits.LoopFloor && small.Characters >= RenderLimits.CharacterFloor);
        Assert.True(large.Loops > small.Loops + 5_000 * RenderLimits.LoopsPerNode / 2, $"{large.Loops}");
        Assert.True(large.Characters > small.Characters + 5_000 * RenderLimits.CharactersPerNode / 2, $"{large.Characters}");
        Assert.True(large.Time > small.Time);
        Assert.True(large.Characters <= RenderLimits.CharacterCeiling && large.Loops <= RenderLimits.LoopCeiling && large.Time <= RenderLimits.TimeCeiling);
    }

    [Theory]
    [InlineData("txt")]
    [InlineData("md")]
    [InlineData("html")]
    [InlineData("docx")]
    [InlineData("odt")]
    public void AnOutputPastItsLimitIsML0310NotACutOutput(string format)
    {
        var c = Compile(Items(2_000, i => $"第{i}項：本案持續辦理"));
        var renderer = new DocumentRenderer(TemplateSet.Embedded, format) { Limits = new RenderLimits(10_000_000, 20_000) };
        var e = Assert.Throws<TemplateException>(() => renderer.Render(c.Series, c.Records[0]));
        Assert.Equal("ML0310", e.Diagnostic.Code);
        Assert.Contains("20,000 characters", e.Diagnostic.Message);
        Assert.StartsWith("templates/" + format + "/", e.TemplatePath);
    }

    [Fact]
    public void TheML0310PageExampleIsRefusedOnTheCommandLineWithExit1AndNoFile()
    {
        string page = File.ReadAllText(Path.Combine(Repo.Root, "docs", "diagnostics", "ML0310.md"));
        var blocks = Regex.Matches(page, "```scriban\n(.*?)```", RegexOptions.Singleline).Select(m => m.Groups[1].Value).ToList();
        Write("tpl/record.scriban", blocks[0]);
        string record = Path.Combine(Repo.Seeds, "114-1.minutes");
        string output = Path.Combine(dir, "114-1.txt");
        var (code, o, e) = Run("render", "--to", "txt", record, "-o", output, "--template-dir", Path.Combine(dir, "tpl"));
        Assert.Equal((1, ""), (code, o));
        Assert.Contains("record.scriban:1:", e);
        Assert.Contains(" error ML0310: the txt output of this record would pass ", e);
        Assert.False(File.Exists(output));

        Write("tpl/record.scriban", blocks[1]);
        Assert.Equal(0, Run("render", "--to", "txt", record, "-o", output, "--template-dir", Path.Combine(dir, "tpl")).Code);
        Assert.StartsWith("114 年度", File.ReadAllText(output));
    }

    [Fact]
    public void APackagePartThatIsNotWellFormedIsML0311AndNoFileIsWritten()
    {
        string page = File.ReadAllText(Path.Combine(Repo.Root, "docs", "diagnostics", "ML0311.md"));
        var blocks = Regex.Matches(page, "```scriban\n(.*?)```", RegexOptions.Singleline).Select(m => m.Groups[1].Value).ToList();
        Write("tpl/docx/document.xml.scriban", blocks[0]);
        string record = Write("r/114-1.minutes", Head.Replace("教育文化組", "基北北桃 & 宜蘭教育文化組", StringComparison.Ordinal));
        string output = Path.Combine(dir, "114-1.docx");
        var (code, _, e) = Run("render", "--to", "docx", record, "-o", output, "--template-dir", Path.Combine(dir, "tpl"));
        Assert.Equal(1, code);
        Assert.Contains("document.xml.scriban:1:1: error ML0311: the template wrote a word/document.xml that is not well-formed XML", e);
        Assert.False(File.Exists(output));

        Write("tpl/docx/document.xml.scriban", blocks[1]);
        var fixedRun = Run("render", "--to", "docx", record, "-o", output, "--template-dir", Path.Combine(dir, "tpl"));
        Assert.Equal((0, ""), (fixedRun.Code, fixedRun.Err));
        var part = Package.Unzip(File.ReadAllBytes(output)).Single(p => p.Path == "word/document.xml");
        Assert.Contains("基北北桃 &amp; 宜蘭", Encoding.UTF8.GetString(part.Bytes));
    }

    // ---- point 3: proportional diagnostics ----------------------------------------------------

    [Theory]
    [InlineData("[[", 10_000, "ML0005")] // unterminated case links
    [InlineData("{{待填}}", 5_000, "ML0114")] // placeholders left to fill in
    [InlineData("[[]]", 5_000, "ML0006")] // empty case ids
    [InlineData("\u001B[0m", 5_000, "ML0031")] // escape sequences (too few to make the file binary)
    [InlineData("\u202E甲", 10_000, "ML0032")] // bidi overrides
    public void ALongLineOfRepeatedFindingsPrintsOneExcerptWithACount(string construct, int count, string code)
    {
        string line = string.Concat(Enumerable.Repeat(construct, count));
        string text = construct.StartsWith('\u001B') ? Head + "* 業務報告\n  " + new string('甲', construct.Length * count * 20) + "\n  - " + line + "\n" : Head + "* 業務報告\n  - " + line + "\n";
        Write("114-1.minutes", text);
        var clock = Stopwatch.StartNew();
        var (exit, o, e) = Run("check", Path.Combine(dir, "114-1.minutes"));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"{clock.Elapsed}");
        Assert.Equal((1, ""), (exit, e));
        Assert.True(o.Length < 4_000, $"{o.Length} characters of findings");
        Assert.Single(Regex.Matches(o, $"error {code}:"));
        Assert.Contains($"= note: {count - 1} more {code} on this line, not shown one by one", o);
    }

    [Fact]
    public void TheExcerptOfALongLineIsAWindowAroundTheSpanWithTheCaretUnderIt()
    {
        string before = new string('甲', 20_000), after = new string('乙', 20_000);
        var tree = Parser.Parse(Head + "* 業務報告\n  " + before + "\u0007" + after + "\n", "x.minutes");
        var d = Assert.Single(tree.Diagnostics);
        string[] lines = DiagnosticFormatter.Human(d).Split('\n');
        Assert.Equal(" 5 | ..." + new string('甲', DiagnosticFormatter.WindowContext) + "?" + new string('乙', DiagnosticFormatter.WindowContext) + "...", lines[1]);
        Assert.Equal("   | " + new string(' ', 3 + 2 * DiagnosticFormatter.WindowContext) + "^", lines[2]);

        // at the start of a long line: no "..." before; a long span is cut after WindowSpan characters
        string links = string.Concat(Enumerable.Repeat("[[a|", 500));
        var first = Parser.Parse(Head + links + "\n", "x.minutes").Diagnostics.First(x => x.Code == "ML0005");
        string[] shown = DiagnosticFormatter.Human(first).Split('\n');
        Assert.True(shown[1].Length < 200, shown[1]);
        Assert.StartsWith(" 4 | [[a|", shown[1]);

        // a short line is shown whole, as before
        var shortLine = Assert.Single(Parser.Parse(Head + "* 地點：會議室\u0007\n", "x.minutes").Diagnostics);
        Assert.Equal(" 4 | * 地點：會議室?", DiagnosticFormatter.Human(shortLine).Split('\n')[1]);
    }

    [Fact]
    public void FindingsPerFileAreCappedWithACountOfTheRest()
    {
        // 300 lines with one finding each: the first MaxPerFile are printed, one line counts the rest
        var sb = new StringBuilder(Head).Append("* 業務報告\n");
        for (int i = 0; i < 300; i++) sb.Append("  - 第").Append(i).Append("項 [[\n");
        Write("114-1.minutes", sb.ToString());
        var (exit, o, _) = Run("check", Path.Combine(dir, "114-1.minutes"));
        Assert.Equal(1, exit);
        Assert.Equal(DiagnosticFormatter.MaxPerFile, Regex.Matches(o, "error ML0005:").Count);
        Assert.Contains($"114-1.minutes: {300 - DiagnosticFormatter.MaxPerFile} more findings not shown (the first {DiagnosticFormatter.MaxPerFile} are above; 'minutes check --format json' lists them all)", o);

        // json stays whole
        var (_, json, _) = Run("check", Path.Combine(dir, "114-1.minutes"), "--format", "json");
        Assert.Equal(300, Regex.Matches(json, "\"ML0005\"").Count);
    }

    [Fact]
    public void FmtAndRenderPrintTheSameProportionalFindings()
    {
        Write("114-1.minutes", Head + "* 業務報告\n  - " + string.Concat(Enumerable.Repeat("[[", 10_000)) + "\n");
        var (fc, _, fe) = Run("fmt", Path.Combine(dir, "114-1.minutes"));
        Assert.Equal(1, fc);
        Assert.True(fe.Length < 2_000, $"{fe.Length}");
        var (rc, _, re) = Run("render", "--to", "txt", Path.Combine(dir, "114-1.minutes"), "-o", Path.Combine(dir, "o.txt"));
        Assert.Equal(1, rc);
        Assert.True(re.Length < 2_000, $"{re.Length}");
        Assert.Contains("= note: 9999 more ML0005 on this line", re);
    }
}
