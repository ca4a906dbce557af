using MinutesLang.Diagnostics;
using MinutesLang.Diagnostics.Policy;
using MinutesLang.Parsing;
using MinutesLang.Semantics;

namespace MinutesLang.Tests;

/// <summary>The policy step of `minutes check`: minutesconfig.json, suppression comments, --warnaserror.</summary>
public sealed class PolicyTests : CliHarness
{
    private static (int Code, string Out) CodeAndOut(params string[] args)
    {
        var (code, o, _) = Run(args);
        return (code, o);
    }

    // line 3 has a wrong weekday (ML0103, error, at 3:20); no title (ML0109, warning, at 1:1)
    private const string WrongWeekday = "@meeting 114-1\n# 標題\n* 時間：114 年 3 月 7 日（星期四）上午 10 時\n";
    private const string NoTitle = "@meeting 114-1\n* 時間：114 年 3 月 7 日（星期五）上午 10 時\n";
    private const string Both = "@meeting 114-1\n* 時間：114 年 3 月 7 日（星期四）上午 10 時\n";

    [Fact]
    public void ConfigBesideTheRecordSetsTheSeverity()
    {
        string record = Write("a.minutes", NoTitle);
        Assert.Equal(0, Run("check", record).Code);
        Write("minutesconfig.json", """{ "diagnostics": { "ML0109": "error" } }""");
        var (code, o, e) = Run("check", "--format", "msbuild", record);
        Assert.Equal((1, $"{record}(1,1): error ML0109: record has no title line '# …'\n", ""), (code, o, e));
    }

    [Fact]
    public void TheNearestConfigWinsAndIsMergedOverTheDefaults()
    {
        Write("minutesconfig.json", """{ "diagnostics": { "ML0109": "error" } }""");
        Write("sub/minutesconfig.json", """{ "diagnostics": { "ML0103": "warning" } }""");
        string inSub = Write("sub/a.minutes", Both);
        string inParent = Write("b.minutes", NoTitle);

        // sub/: its own file only: ML0103 lowered, ML0109 at its default (the parent's file does not add to it)
        var (code, o, _) = Run("check", "--format", "msbuild", inSub);
        Assert.Equal(0, code);
        Assert.Equal(
            $"{inSub}(1,1): warning ML0109: record has no title line '# …'\n" +
            $"{inSub}(2,20): warning ML0103: 2025-03-07 is a 星期五, not 星期四\n", o);

        // a record beside the parent's file: raised to error there
        (code, o, _) = Run("check", "--format", "msbuild", inParent);
        Assert.Equal((1, $"{inParent}(1,1): error ML0109: record has no title line '# …'\n"), (code, o));
    }

    [Fact]
    public void ConfigInAParentOfTheSeriesFolderApplies()
    {
        Write("minutesconfig.json", """{ "diagnostics": { "ML0103": "info" } }""");
        Write("series/series.minutes", "@series 教育文化組\n");
        Write("series/a.minutes", WrongWeekday);
        var (code, o, _) = Run("check", "--format", "msbuild", Path.Combine(dir, "series"));
        Assert.Equal(0, code);
        Assert.Contains("info ML0103", o);
    }

    [Fact]
    public void NoneDropsTheFinding()
    {
        string record = Write("a.minutes", Both);
        Write("minutesconfig.json", """
            {
              // comments and trailing commas are allowed
              "$schema": "./minutesconfig.schema.json",
              "diagnostics": { "ML0103": "none", "ML0109": "none", },
            }
            """);
        Assert.Equal((0, "", ""), Run("check", record));
    }

    [Fact]
    public void InvalidJsonIsML0500AtItsPlace()
    {
        string record = Write("a.minutes", NoTitle);
        string config = Write("minutesconfig.json", "{\n  \"diagnostics\": { \"ML0109\": error }\n}\n");
        var (code, o, e) = Run("check", "--format", "msbuild", record);
        Assert.Equal(1, code);
        Assert.Equal("", e);
        Assert.Contains($"{config}(2,30): error ML0500: not valid JSON: 'e' is an invalid start of a value\n", o);

        // the file is ignored: ML0109 keeps its default
        Assert.Contains($"{record}(1,1): warning ML0109", o);
    }

    [Fact]
    public void UnknownCodeAndLevelAreML0500WithTheirPositions()
    {
        string record = Write("a.minutes", Both);
        string config = Write("minutesconfig.json", "{ \"diagnostics\": {\n  \"ML0190\": \"none\",\n  \"ML0103\": \"fatal\",\n  \"ML0109\": \"error\" },\n  \"rules\": {} }\n");
        var (code, o, e) = Run("check", record);
        Assert.Equal(1, code);
        Assert.Equal("", e);
        Assert.Contains($"{config}:2:3: error ML0500: 'ML0190' is not a diagnostic code\n", o);
        Assert.Contains("= hint: did you mean 'ML0100'?", o);
        Assert.Contains($"{config}:3:13: error ML0500: unknown level 'fatal' for ML0103\n", o);
        Assert.Contains($"{config}:5:3: error ML0500: unknown property 'rules'\n", o);

        // what could be read applies: ML0109 is an error; ML0103 keeps its default
        Assert.Contains($"{record}:1:1: error ML0109", o);
        Assert.Contains($"{record}:2:20: error ML0103", o);
    }

    [Fact]
    public void ABadConfigIsReportedOnceForManyRecords()
    {
        Write("a.minutes", NoTitle);
        Write("b.minutes", NoTitle);
        Write("minutesconfig.json", "[]");
        var (code, o, _) = Run("check", "--format", "msbuild", dir);
        Assert.Equal(1, code);
        Assert.Single(o.Split('\n'), l => l.Contains("ML0500: the configuration must be a JSON object"));
    }

    [Fact]
    public void ASuppressionWithAReasonSilencesTheNextLine()
    {
        string record = Write("a.minutes", WrongWeekday.Replace("* 時間", "// minutes-disable-next-line ML0103: 原紀錄即如此\n* 時間"));
        Assert.Equal((0, "", ""), Run("check", record));
    }

    [Fact]
    public void ASuppressedFindingIsKeptWithItsJustification()
    {
        var tree = Parser.Parse(WrongWeekday.Replace("* 時間", "// minutes-disable-next-line ML0103: 原紀錄即如此\n* 時間"), "a.minutes");
        var c = Compilation.Create(null, [tree]);
        var result = new DiagnosticPolicy(_ => DiagnosticConfig.Default).Apply(c.Diagnostics, [tree]);
        Assert.Empty(result.Reported);
        var s = Assert.Single(result.Suppressed);
        Assert.Equal(("ML0103", DiagnosticSeverity.Error, 4, "原紀錄即如此"), (s.Diagnostic.Code, s.Diagnostic.Severity, s.Diagnostic.Start.Line, s.Justification));
    }

    [Fact]
    public void ASuppressionWithoutAReasonIsML0501AndDoesNotApply()
    {
        string record = Write("a.minutes", WrongWeekday.Replace("* 時間", "// minutes-disable-next-line ML0103\n* 時間"));
        var (code, o, _) = Run("check", "--format", "msbuild", record);
        Assert.Equal(1, code);
        Assert.Equal(
            $"{record}(3,1): warning ML0501: the suppression of ML0103 gives no reason, so it does not apply\n" +
            $"{record}(4,20): error ML0103: 2025-03-07 is a 星期五, not 星期四\n", o);
    }

    [Theory]
    [InlineData("// minutes-disable-next-line ML0103 原紀錄即如此", "the suppression of ML0103 has no ':' before its reason, so it does not apply")]
    [InlineData("// minutes-disable-next-line ML0103:   ", "the suppression of ML0103 gives no reason, so it does not apply")]
    [InlineData("//minutes-disable-next-line ML0103", "the suppression of ML0103 gives no reason, so it does not apply")]
    public void AReasonIsRequiredAfterAColon(string comment, string message)
    {
        string record = Write("a.minutes", WrongWeekday.Replace("* 時間", comment + "\n* 時間"));
        var (code, o, _) = Run("check", "--format", "msbuild", record);
        Assert.Equal(1, code);
        Assert.Equal($"{record}(3,1): warning ML0501: {message}\n{record}(4,20): error ML0103: 2025-03-07 is a 星期五, not 星期四\n", o);
    }

    [Fact]
    public void OtherCommentsAreNotSuppressions()
    {
        string record = Write("a.minutes", WrongWeekday.Replace("* 時間", "// minutes-disable-next-lines ML0103: x\n// 備註 minutes-disable-next-line ML0103: x\n* 時間"));
        var (code, o, _) = Run("check", "--format", "msbuild", record);
        Assert.Equal((1, $"{record}(5,20): error ML0103: 2025-03-07 is a 星期五, not 星期四\n"), (code, o));
    }

    [Theory]
    [InlineData("// minutes-disable-next-line ML1030: 原紀錄即如此", "the suppression names 'ML1030', which is not a diagnostic code")]
    [InlineData("// minutes-disable-next-line: 原紀錄即如此", "the suppression names no diagnostic code")]
    [InlineData("// minutes-disable-next-line ML0103 ML0109: 原紀錄即如此", "the suppression names several codes ('ML0103 ML0109'); it does not apply")]
    [InlineData("// minutes-disable-next-line ml0103: 原紀錄即如此", "the suppression names 'ml0103', which is not a diagnostic code")]
    public void ASuppressionOfAnUnknownCodeIsML0502(string comment, string message)
    {
        string record = Write("a.minutes", WrongWeekday.Replace("* 時間", comment + "\n* 時間"));
        var (code, o, _) = Run("check", "--format", "msbuild", record);
        Assert.Equal(1, code);
        Assert.Contains($"{record}(3,1): error ML0502: {message}\n", o);
        Assert.Contains($"{record}(4,20): error ML0103", o);
    }

    [Fact]
    public void AnIndentedSuppressionInsideABlockApplies()
    {
        string record = Write("a.minutes",
            "@meeting 114-1\n# 標題\n* 業務報告\n  - 本次會議 [[無此案]] 報告。\n  // minutes-disable-next-line ML0101: 舊案號\n  - 本次會議 [[無此案]] 報告。\n");
        var (code, o, _) = Run("check", "--format", "msbuild", record);
        Assert.Equal((1, $"{record}(4,12): error ML0101: unknown case id '無此案'\n"), (code, o));
    }

    [Fact]
    public void ASuppressionAppliesToTheNextLineOnly()
    {
        // a blank line in between: the suppression does not reach the weekday, and is unused
        string record = Write("a.minutes", WrongWeekday.Replace("* 時間", "// minutes-disable-next-line ML0103: 原紀錄即如此\n\n* 時間"));
        var (code, o, _) = Run("check", "--format", "msbuild", record);
        Assert.Equal(1, code);
        Assert.Equal(
            $"{record}(3,1): info ML0503: nothing on the next line raises ML0103, so this suppression suppresses nothing\n" +
            $"{record}(5,20): error ML0103: 2025-03-07 is a 星期五, not 星期四\n", o);
    }

    [Fact]
    public void ASuppressionOfAnotherCodeDoesNotApplyAndIsUnused()
    {
        string record = Write("a.minutes", WrongWeekday.Replace("* 時間", "// minutes-disable-next-line ML0102: 原紀錄即如此\n* 時間"));
        var (code, o, _) = Run("check", "--format", "msbuild", record);
        Assert.Equal(1, code);
        Assert.Contains($"{record}(3,1): info ML0503: nothing on the next line raises ML0102", o);
        Assert.Contains($"{record}(4,20): error ML0103", o);
    }

    [Fact]
    public void StackedSuppressionsApplyToTheSameLine()
    {
        string second = Write("b.minutes",
            "@meeting 114-1\n# 標題\n// minutes-disable-next-line ML0103: 原紀錄即如此\n// minutes-disable-next-line ML0110: 原紀錄即如此\n* 時間：114 年 3 月 7 日（星期四）上午 10 時\n散會：上午 11 時 30 分\n");
        var (code, o, _) = Run("check", "--format", "msbuild", second);
        Assert.Equal(0, code); // ML0103 is suppressed through the second comment; ML0503 is an info
        Assert.DoesNotContain("ML0103", o);
        Assert.Contains($"{second}(4,1): info ML0503: nothing on the next line raises ML0110", o);
    }

    [Fact]
    public void AConfigAppliesToThePolicysOwnCodes()
    {
        string record = Write("a.minutes", WrongWeekday.Replace("* 時間", "// minutes-disable-next-line ML0102: 原紀錄即如此\n* 時間"));
        Write("minutesconfig.json", """{ "diagnostics": { "ML0503": "none", "ML0103": "warning" } }""");
        Assert.Equal((0, $"{record}(4,20): warning ML0103: 2025-03-07 is a 星期五, not 星期四\n"), CodeAndOut("check", "--format", "msbuild", record));
    }

    [Fact]
    public void WarnAsErrorTurnsWarningsIntoErrors()
    {
        string record = Write("a.minutes", NoTitle);
        Assert.Equal((0, $"{record}(1,1): warning ML0109: record has no title line '# …'\n"), CodeAndOut("check", "--format", "msbuild", record));
        Assert.Equal((1, $"{record}(1,1): error ML0109: record has no title line '# …'\n"), CodeAndOut("check", "--format", "msbuild", "--warnaserror", record));
    }

    [Theory]
    [InlineData("--warnaserror:ML0109", 1)]
    [InlineData("--warnaserror=ML0109", 1)]
    [InlineData("--warnaserror:ML0103,ML0109", 1)]
    [InlineData("--warnaserror:ML0103", 0)]
    public void WarnAsErrorWithCodesTurnsOnlyThoseIntoErrors(string option, int expected)
    {
        string record = Write("a.minutes", NoTitle);
        var (code, o, _) = Run("check", option, "--format", "msbuild", record);
        Assert.Equal(expected, code);
        Assert.Contains(expected == 1 ? "error ML0109" : "warning ML0109", o);
    }

    [Fact]
    public void WarnAsErrorLeavesInfosAlone()
    {
        string record = Write("a.minutes", NoTitle.Replace("* 時間", "// minutes-disable-next-line ML0103: 原紀錄即如此\n* 時間"));
        Write("minutesconfig.json", """{ "diagnostics": { "ML0109": "none" } }""");
        Assert.Equal((0, $"{record}(2,1): info ML0503: nothing on the next line raises ML0103, so this suppression suppresses nothing\n"), CodeAndOut("check", "--format", "msbuild", "--warnaserror", record));
    }

    [Theory]
    [InlineData("--warnaserror:ML9999", "minutes: --warnaserror: 'ML9999' is not a diagnostic code (see 'minutes explain')\n")]
    [InlineData("--warnaserror:", "minutes: --warnaserror: needs codes, as in --warnaserror:ML0109,ML0203\n")]
    public void WarnAsErrorWithAnUnknownCodeIsAUsageError(string option, string message)
    {
        string record = Write("a.minutes", NoTitle);
        Assert.Equal((2, "", message), Run("check", option, record));
    }
}

/// <summary>Whatever bytes minutesconfig.json holds, reading it gives settings or ML0500, never an exception.</summary>
public sealed class ConfigRobustnessTests
{
    public static TheoryData<string, string?> Damaged() => new()
    {
        { "", "1:1 the file is empty" },
        { "   ", "1:1 the file is empty" },
        { "null", "1:1 the configuration must be a JSON object" },
        { "{", "1:2 not valid JSON: Expected depth to be zero" },
        { "{ \"diagnostics\": ", "1:18 not valid JSON: Expected depth to be zero" },
        { "{ \"diagnostics\": { \"ML0109\": \"error\" } } trailing", "1:42 not valid JSON: 't' is invalid after a single JSON value" },
        { "{ \"diagnostics\": [] }", "1:18 \"diagnostics\" must be an object of codes and levels" },
        { "{ \"diagnostics\": { \"ML0109\": { \"level\": \"error\" } } }", "1:30 unknown level (not a string) for ML0109" },
        { "{ \"diagnostics\": { \"ML0109\": [\"error\"] } }", "1:30 unknown level (not a string) for ML0109" },
        { "{ \"diagnostics\": { \"ML0109\": null } }", "1:30 unknown level (not a string) for ML0109" },
        { "{ \"diagnostics\": { \"ml0103\": \"none\" } }", "1:20 'ml0103' is not a diagnostic code" },
        { new string('[', 2000), "1:1 the configuration must be a JSON object" },
        { "{ \"diagnostics\": { \"ML0109\": \"err\\u00\" } }", "1:38 not valid JSON: '\"' is not a hex digit" },
        { "{ \"diagnostics\": { \"ML0109\": \"\\uD800\" } }", "1:30 a string here cannot be read as text" },
        { "{ \"diagnostics\": { \"\\uDC00\": \"error\" } }", "1:20 a string here cannot be read as text" },

        // valid: a byte-order mark, comments, trailing commas
        { "\uFEFF{ \"diagnostics\": { \"ML0109\": \"error\" } }", null },
        { "{ /* c */ \"diagnostics\": { \"ML0109\": \"error\", }, // c\n}", null },
    };

    [Theory]
    [MemberData(nameof(Damaged))]
    public void DamagedConfigIsAFindingNotAnException(string text, string? first)
    {
        var config = DiagnosticConfig.Parse(text);
        Assert.All(config.Diagnostics, d => Assert.Equal("ML0500", d.Code));
        Assert.All(config.Diagnostics, d => Assert.InRange(d.Span.End, 0, d.Source.Length));
        if (first is null)
        {
            Assert.Empty(config.Diagnostics);
            Assert.Equal(DiagnosticSeverity.Error, config.SeverityOf("ML0109", DiagnosticSeverity.Warning));
        }
        else
        {
            var d = config.Diagnostics[0];
            Assert.StartsWith(first, $"{d.Start.Line}:{d.Start.Column} {d.Message}");
        }
    }

    [Fact]
    public void InvalidUtf8AndRandomBytesAreFindingsNotExceptions()
    {
        var random = new Random(5);
        var inputs = new List<byte[]>
        {
            new byte[] { 0x7B, 0x22, 0xFF, 0xFE, 0x22, 0x3A, 0x31, 0x7D }, // {"\xFF\xFE":1}
            Bytes("{ \"diagnostics\": { \"ML0109\": \"", 0xC3, "\" } }"), // a cut multi-byte character in a value
            Bytes("{ \"diagnostics\": { \"ML01", 0xFF, "09\": \"error\" } }"), // a stray byte in a code
        };
        for (int i = 0; i < 200; i++)
        {
            var bytes = new byte[random.Next(0, 80)];
            random.NextBytes(bytes);
            inputs.Add(bytes);
        }

        foreach (var bytes in inputs)
        {
            var config = DiagnosticConfig.Parse(bytes, "minutesconfig.json");
            Assert.NotEmpty(config.Diagnostics);
            Assert.All(config.Diagnostics, d => Assert.Equal("ML0500", d.Code));
        }
    }

    private static byte[] Bytes(string before, byte b, string after) =>
        [.. System.Text.Encoding.UTF8.GetBytes(before), b, .. System.Text.Encoding.UTF8.GetBytes(after)];

    [Fact]
    public void AValidConfigReadsEveryLevel()
    {
        var config = DiagnosticConfig.Parse("""{ "diagnostics": { "ML0109": "error", "ML0103": "warning", "ML0101": "info", "ML0104": "none" } }""");
        Assert.Empty(config.Diagnostics);
        Assert.Equal(DiagnosticSeverity.Error, config.SeverityOf("ML0109", DiagnosticSeverity.Warning));
        Assert.Equal(DiagnosticSeverity.Warning, config.SeverityOf("ML0103", DiagnosticSeverity.Error));
        Assert.Equal(DiagnosticSeverity.Info, config.SeverityOf("ML0101", DiagnosticSeverity.Error));
        Assert.Null(config.SeverityOf("ML0104", DiagnosticSeverity.Error));
        Assert.Equal(DiagnosticSeverity.Error, config.SeverityOf("ML0102", DiagnosticSeverity.Error));
    }
}
