using MinutesLang.Cli;
using MinutesLang.Diagnostics;
using MinutesLang.Diagnostics.Formats;
using MinutesLang.Diagnostics.Policy;
using MinutesLang.Localization;
using MinutesLang.Parsing;
using MinutesLang.Semantics;
using MinutesLang.Syntax;
using MinutesLang.Text;

namespace MinutesLang.Tests;

/// <summary>
/// Issue 14 §3: <c>minutes check --jobs N</c> checks N series at a time and writes each series' findings as soon as
/// those of the series before it are written, in every format (json and sarif too, as documents written in parts).
/// Whatever N, the output is byte for byte the one of every file parsed first and one policy over all the findings,
/// written at once (the reference here); no series is read before its turn comes within N of the series written.
/// </summary>
public sealed class OrderedStreamTests : CliHarness
{
    public static readonly TheoryData<string> Formats = ["human", "msbuild", "json", "sarif", "github"];

    /// <inheritdoc cref="CheckReference.AllAtOnce"/>
    private static string AllAtOnce(IEnumerable<string> paths, string format, bool quiet = false, Language language = Language.En) =>
        CheckReference.AllAtOnce(paths, format, quiet, language);

    /// <summary>
    /// <paramref name="count"/> copies of the seeds, a series folder each (some named in Chinese), each changed its own
    /// way: findings past the cap of a file, suppressions used and unused, an error, a record deleted (carried-over
    /// cases), a control character and CRLF line ends, one left as it is; a configuration that turns a code off in one
    /// folder and a wrong one (ML0500) in another.
    /// </summary>
    private string Folders(string under, int count, Func<int, string>? name = null)
    {
        name ??= s => s % 4 == 2 ? $"s{s:00}-臺北市" : $"s{s:00}";
        string root = Path.Combine(dir, under);
        for (int s = 0; s < count; s++)
        {
            string folder = Path.Combine(root, name(s));
            Directory.CreateDirectory(folder);
            foreach (var f in Directory.GetFiles(Repo.Seeds, "*.minutes")) File.Copy(f, Path.Combine(folder, Path.GetFileName(f)));
            string record = Path.Combine(folder, $"11{s % 4}-1.minutes");
            string text = File.ReadAllText(record);
            int eol = text.IndexOf('\n') + 1;
            string added = (s % 6) switch
            {
                0 => string.Concat(Enumerable.Range(0, 120).Select(i => $"[[沒有這案{i}]] 不存在\n")), // past the cap of 100 findings a file
                1 => "// minutes-disable-next-line ML0101: 測試\n[[沒有這案]] 不存在\n// minutes-disable-next-line ML0103: 無此行\n",
                2 => "[[查無此案]] 不存在\n",
                3 => "",
                4 => "\u0007鈴聲\n",
                _ => "",
            };
            text = text[..eol] + added + text[eol..];
            if (s % 6 == 4) text = text.Replace("\n", "\r\n");
            File.WriteAllText(record, text);
            if (s % 6 == 3) File.Delete(Path.Combine(folder, "108-2.minutes"));
            if (s % 7 == 1) File.WriteAllText(Path.Combine(folder, "minutesconfig.json"), "{ \"diagnostics\": { \"ML0203\": \"none\" } }\n");
            if (s % 7 == 4) File.WriteAllText(Path.Combine(folder, "minutesconfig.json"), "{\n  \"diagnostics\": { \"ML0252\": \"loud\" }\n}\n");
        }

        return root;
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void OneJobAndFourJobsWriteTheBytesOfOneWriteOfAll(string format)
    {
        string root = Folders("many", 10);
        var one = Run("check", "--format", format, "--jobs", "1", root);
        var four = Run("check", "--format", format, "--jobs=4", root);
        Assert.Equal((1, ""), (one.Code, one.Err));
        Assert.Equal(one, four);
        Assert.Equal(AllAtOnce([root], format), one.Out);
        // what the folders hold comes out: the cap, the error, the wrong configuration, a Chinese folder name
        Assert.Contains("ML0101", one.Out);
        Assert.Contains("ML0030", one.Out);
        Assert.Contains("ML0500", one.Out);
        Assert.Contains(format == "sarif" ? Uri.EscapeDataString("s02-臺北市") : "s02-臺北市", one.Out);
        if (format == "human") Assert.Contains("more findings not shown", one.Out);
    }

    [Theory]
    [InlineData("human")]
    [InlineData("msbuild")]
    [InlineData("github")]
    public void QuietKeepsTheErrorsInTheSameOrderWhateverTheJobs(string format)
    {
        string root = Folders("quiet", 7);
        var one = Run("--quiet", "check", "--format", format, "--jobs", "1", root);
        var three = Run("--quiet", "check", "--format", format, "--jobs", "3", root);
        Assert.Equal(one, three);
        Assert.Equal(AllAtOnce([root], format, quiet: true), one.Out);
        Assert.DoesNotContain("ML0203", one.Out); // a warning
        Assert.Contains("ML0101", one.Out);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void InChineseTooTheJobsChangeNothing(string format)
    {
        string root = Folders("zh", 5);
        var one = Run("--lang", "zh-TW", "check", "--format", format, "--jobs", "1", root);
        var five = Run("--lang", "zh-TW", "check", "--format", format, "--jobs", "5", root);
        Assert.Equal((1, ""), (one.Code, one.Err));
        Assert.Equal(one, five);
        Assert.Equal(AllAtOnce([root], format, language: Language.ZhTw), one.Out);
        Assert.NotEqual(AllAtOnce([root], format), one.Out); // the messages are the Chinese ones
    }

    /// <summary>A writer that, the first time a text holding <paramref name="marker"/> is written, runs <paramref name="then"/>.</summary>
    private sealed class Tripwire(string marker, Action then) : StringWriter
    {
        private bool fired;

        public override void Write(string? value)
        {
            base.Write(value);
            if (fired || value is null || !value.Contains(marker, StringComparison.Ordinal)) return;
            fired = true;
            then();
        }
    }

    [Theory]
    [InlineData("human", 1)]
    [InlineData("msbuild", 4)]
    [InlineData("json", 1)]
    [InlineData("json", 4)]
    [InlineData("sarif", 4)]
    [InlineData("github", 2)]
    public void TheFirstSeriesIsWrittenBeforeTheLastIsRead(string format, int jobs)
    {
        // 10 series, at most `jobs` of them checked and not yet written: when the first series' findings are out, the
        // last has not been read, so a finding added to it then is reported (written all at the end, it would not be)
        string root = Folders("streamed", 10, s => $"t{s:00}");
        string last = Path.Combine(root, "t09", "113-1.minutes");
        var o = new Tripwire("/t00/", () =>
        {
            string text = File.ReadAllText(last);
            int eol = text.IndexOf('\n') + 1;
            File.WriteAllText(last, text[..eol] + "[[寫出後才加的案]] 不存在\n" + text[eol..]);
        });
        var e = new StringWriter();
        int code = MinutesLang.Cli.Cli.Run(["check", "--format", format, "--jobs", $"{jobs}", root], o, e);
        Assert.Equal((1, ""), (code, e.ToString()));
        Assert.Contains("寫出後才加的案", o.ToString());
        Assert.Equal(AllAtOnce([root], format), o.ToString()); // the same as a check of the folder as it is now
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void AWrongConfigurationThatSortsAfterTheSeriesItGovernsIsWhereOneSortPutsIt(string format)
    {
        // root/minutesconfig.json sorts after root/a1/… and root/a2/…; it is reported with the first series under it,
        // so writing series by series would put it before a2's findings: the findings are written merged at the end
        string root = Folders("after", 3, s => $"a{s + 1}");
        File.WriteAllText(Path.Combine(root, "minutesconfig.json"), "{ \"diagnostics\": { \"ML0253\": \"quiet\" } }\n");
        foreach (var jobs in new[] { "1", "4" })
        {
            var (code, o, e) = Run("check", "--format", format, "--jobs", jobs, root);
            Assert.Equal((1, ""), (code, e));
            Assert.Equal(AllAtOnce([root], format), o);
        }

        var msbuild = Run("check", "--format", "msbuild", root).Out.Split('\n');
        Assert.Single(msbuild, l => l.Contains("error ML0500", StringComparison.Ordinal));
        Assert.Contains("minutesconfig.json", msbuild[^2]); // the last finding, after both series' files
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void AConfigurationFoundByItsFullPathSortsAfterRecordsNamedRelatively(string format)
    {
        // the folder named relative to the current folder (../…): a configuration is found by its full path (/…),
        // which sorts after every ../ path though the first series reports it
        string root = Folders("relative", 4, s => $"r{s}");
        File.WriteAllText(Path.Combine(root, "r0", "minutesconfig.json"), "{ \"diagnostics\": { \"ML0252\": 7 } }\n");
        string relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), root);
        foreach (var jobs in new[] { "1", "3" })
        {
            var (code, o, e) = Run("check", "--format", format, "--jobs", jobs, relative);
            Assert.Equal((1, ""), (code, e));
            Assert.Equal(AllAtOnce([relative], format), o);
            Assert.Contains("ML0500", o);
        }
    }

    [Theory]
    [InlineData("human")]
    [InlineData("json")]
    [InlineData("sarif")]
    public void SeriesInsideTheFolderOfAnotherAreWrittenMergedWhateverTheJobs(string format)
    {
        // a series folder inside another's: their files interleave in path order
        string root = Folders("nested", 2, s => $"n{s}");
        string inner = Path.Combine(root, "n0", "inner");
        Directory.CreateDirectory(inner);
        foreach (var f in Directory.GetFiles(Path.Combine(root, "n1"))) File.Copy(f, Path.Combine(inner, Path.GetFileName(f)));
        foreach (var f in Directory.GetFiles(Repo.Seeds, "11*.minutes")) File.Copy(f, Path.Combine(root, "n0", "z-" + Path.GetFileName(f)));
        var one = Run("check", "--format", format, "--jobs", "1", root);
        var four = Run("check", "--format", format, "--jobs", "4", root);
        Assert.Equal(one, four);
        Assert.Equal(AllAtOnce([root], format), one.Out);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-2")]
    [InlineData("two")]
    [InlineData("1.5")]
    [InlineData("")]
    [InlineData("99999999999")]
    public void JobsIsAWholeNumberOfOneOrMore(string jobs)
    {
        string path = Write("a.minutes", "@meeting 114-1\n# 標題\n");
        var (code, o, e) = Run("check", "--jobs", jobs, path);
        Assert.Equal((2, ""), (code, o));
        Assert.Equal($"minutes: --jobs needs the number of series to check at a time, a whole number of 1 or more, not '{jobs}'\n", e);
    }

    [Fact]
    public void JobsWithoutAValueIsAUsageError()
    {
        string path = Write("a.minutes", "@meeting 114-1\n# 標題\n");
        var (code, _, e) = Run("check", path, "--jobs");
        Assert.Equal((2, "minutes: option --jobs needs a value\n"), (code, e));
    }

    [Fact]
    public void TheHelpOfCheckSaysWhatJobsDoes()
    {
        var (code, o, _) = Run("check", "--help");
        Assert.Equal(0, code);
        Assert.Contains("[--jobs N]", o);
        Assert.Contains("--jobs N                check N series at a time (default: the number of processors)", o);
    }
}

/// <summary>
/// The json and sarif documents written in parts (<see cref="JsonFindingsStream"/>, <see cref="SarifStream"/>) are the
/// documents written at once, whatever the cut: no part, an empty part, one finding a part, a part past the 64 KiB the
/// writer holds before passing text on (with Chinese text cut across the buffer).
/// </summary>
public sealed class FindingsStreamTests
{
    // 星期四 for 星期五 (an error), a suppressed ML0110, a record without a title (a warning), and many unknown cases
    private static PolicyResult Findings(int unknownCases)
    {
        string text = "@meeting 114-1\n* 時間：114 年 3 月 7 日（星期四）上午 10 時\n// minutes-disable-next-line ML0110: 原紀錄即如此\n散會：上午十一時九十分\n"
                      + string.Concat(Enumerable.Range(0, unknownCases).Select(i => $"[[不存在的案由第{i}號「測試」]] 說明\n"));
        var tree = Parser.Parse(text, "資料夾/a b.minutes");
        return new DiagnosticPolicy(_ => DiagnosticConfig.Default).Apply(Compilation.Create(null, [tree]).Diagnostics, [tree]);
    }

    /// <summary>
    /// The result cut into parts at the given places of its findings in the log's order (position, code; one file),
    /// reported and suppressed alike, each part with its own of both.
    /// </summary>
    private static List<PolicyResult> Cut(PolicyResult all, params int[] at)
    {
        var ordered = all.Reported.Select(d => (Diagnostic: d, Suppressed: (SuppressedDiagnostic?)null))
            .Concat(all.Suppressed.Select(s => (Diagnostic: s.Diagnostic, Suppressed: (SuppressedDiagnostic?)s)))
            .OrderBy(f => f.Diagnostic.Span.Start).ThenBy(f => f.Diagnostic.Code, StringComparer.Ordinal)
            .ToList();
        var parts = new List<PolicyResult>();
        int from = 0;
        foreach (int to in at.Append(ordered.Count))
        {
            var part = ordered.Skip(from).Take(to - from).ToList();
            parts.Add(new PolicyResult([.. part.Where(f => f.Suppressed is null).Select(f => f.Diagnostic)], [.. part.Where(f => f.Suppressed is not null).Select(f => f.Suppressed!)]));
            from = to;
        }

        Assert.Equal(all.Reported, parts.SelectMany(p => p.Reported));
        return parts;
    }

    public static readonly TheoryData<int, int[]> Cuts = new()
    {
        { 0, [] },
        { 3, [] },
        { 3, [0] },
        { 3, [0, 0, 1, 2, 3] },
        { 40, [1, 20, 20] },
        { 900, [450] },
    };

    [Theory]
    [MemberData(nameof(Cuts))]
    public void JsonInPartsIsJsonAtOnce(int unknownCases, int[] at)
    {
        var all = Findings(unknownCases);
        var o = new StringWriter();
        using (var stream = new JsonFindingsStream(o, "/base"))
        {
            foreach (var part in Cut(all, at)) stream.Add(part.Reported);
            stream.Finish();
        }

        string whole = JsonFindingsWriter.Write(all.Reported, "/base");
        Assert.Equal(whole, o.ToString());
        Assert.Contains($"\"errors\": {all.Reported.Count(d => d.Severity == DiagnosticSeverity.Error)},", whole);
        if (unknownCases == 900) Assert.True(whole.Length > 3 * 64 * 1024, "the findings pass the writer's buffer several times");
    }

    [Theory]
    [MemberData(nameof(Cuts))]
    public void SarifInPartsIsSarifAtOnce(int unknownCases, int[] at)
    {
        var all = Findings(unknownCases);
        var o = new StringWriter();
        using (var stream = new SarifStream(o, "/base", "1.2.3"))
        {
            foreach (var part in Cut(all, at)) stream.Add(part);
            stream.Finish();
        }

        Assert.Equal(SarifWriter.Write(all, "/base", "1.2.3"), o.ToString());
        Assert.Contains("原紀錄即如此", o.ToString()); // the suppressed finding, kept
    }

    [Fact]
    public void TheHeadOfTheDocumentIsWrittenBeforeAnyFinding()
    {
        var o = new StringWriter();
        using var json = new JsonFindingsStream(o, "/base");
        Assert.Equal("{\n  \"findings\": [", o.ToString());
        var s = new StringWriter();
        using var sarif = new SarifStream(s, "/base", "1.2.3");
        Assert.EndsWith("\"columnKind\": \"utf16CodeUnits\",\n      \"results\": [", s.ToString());
        Assert.Throws<InvalidOperationException>(() =>
        {
            json.Finish();
            json.Finish();
        });
    }

    [Fact]
    public void AFindingOfAFileElsewhereHasItsPathRelativeToTheBase()
    {
        var source = SourceText.From("ab\n", "/elsewhere/x.minutes");
        var d = new Diagnostic("ML0103", DiagnosticSeverity.Error, "m", source, new TextSpan(0, 1));
        var o = new StringWriter();
        using (var stream = new JsonFindingsStream(o, "/base/sub"))
        {
            stream.Add([d]);
            stream.Finish();
        }

        Assert.Contains("\"file\": \"../../elsewhere/x.minutes\"", o.ToString());
    }
}
