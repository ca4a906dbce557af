using System.Text.Json;
using MinutesLang.Diagnostics;
using MinutesLang.Diagnostics.Formats;
using MinutesLang.Diagnostics.Policy;
using MinutesLang.Parsing;
using MinutesLang.Semantics;

namespace MinutesLang.Tests;

/// <summary>`minutes check --format human|msbuild|json|sarif|github` on a small record with known findings.</summary>
public sealed class OutputFormatTests : CliHarness
{
    // ML0109 (warning, 1:1, no title), ML0103 (error, 2:20..2:23, 星期四 for 星期五), and a suppressed ML0110 on line 4
    private const string Record =
        "@meeting 114-1\n* 時間：114 年 3 月 7 日（星期四）上午 10 時\n// minutes-disable-next-line ML0110: 原紀錄即如此\n散會：上午十一時九十分\n";

    /// <summary>How the formats for tools name a file: relative to the current folder, with forward slashes.</summary>
    private static string Relative(string path) => Path.GetRelativePath(Directory.GetCurrentDirectory(), path).Replace('\\', '/');

    private static PolicyResult InMemory(string text, string path = "a.minutes")
    {
        var tree = Parser.Parse(text, path);
        return new DiagnosticPolicy(_ => DiagnosticConfig.Default).Apply(Compilation.Create(null, [tree]).Diagnostics, [tree]);
    }

    [Fact]
    public void RecordUnderTestHasTheKnownFindings()
    {
        var r = InMemory(Record);
        Assert.Equal(["ML0109", "ML0103"], r.Reported.Select(d => d.Code));
        Assert.Equal("ML0110", Assert.Single(r.Suppressed).Diagnostic.Code);
    }

    [Fact]
    public void HumanShowsTheLineACaretAndTheHintButNotTheSuppressed()
    {
        string path = Write("a.minutes", Record);
        var (code, o, _) = Run("check", path);
        Assert.Equal(1, code);
        Assert.Equal(
            $"{path}:1:1: warning ML0109: record has no title line '# …'\n" +
            " 1 | @meeting 114-1\n" +
            "   | ^\n" +
            "   = hint: write the title of the minutes on the line below '@meeting': '# 114 年度…第 N 次…會議紀錄'\n" +
            $"{path}:2:20: error ML0103: 2025-03-07 is a 星期五, not 星期四\n" +
            " 2 | * 時間：114 年 3 月 7 日（星期四）上午 10 時\n" +
            "   |                           ^^^^^^\n" +
            "   = hint: write （星期五）\n", o);
    }

    [Fact]
    public void MsBuildIsOneLinePerFinding()
    {
        string path = Write("a.minutes", Record);
        var (code, o, _) = Run("check", "--format", "msbuild", path);
        Assert.Equal(1, code);
        Assert.Equal(
            $"{path}(1,1): warning ML0109: record has no title line '# …'\n" +
            $"{path}(2,20): error ML0103: 2025-03-07 is a 星期五, not 星期四\n", o);
    }

    [Fact]
    public void JsonGivesEveryFieldOfEveryFinding()
    {
        string path = Write("a.minutes", Record);
        var (code, o, e) = Run("check", "--format", "json", path);
        Assert.Equal((1, ""), (code, e));
        using var doc = JsonDocument.Parse(o);
        var findings = doc.RootElement.GetProperty("findings").EnumerateArray().ToList();
        Assert.Equal(2, findings.Count);
        var f = findings[1];
        Assert.Equal("ML0103", f.GetProperty("code").GetString());
        Assert.Equal("error", f.GetProperty("severity").GetString());
        Assert.Equal("2025-03-07 is a 星期五, not 星期四", f.GetProperty("message").GetString());
        Assert.Equal(Relative(path), f.GetProperty("file").GetString());
        Assert.Equal((2, 20, 2, 23), (f.GetProperty("line").GetInt32(), f.GetProperty("column").GetInt32(), f.GetProperty("endLine").GetInt32(), f.GetProperty("endColumn").GetInt32()));
        Assert.Equal("write （星期五）", f.GetProperty("hint").GetString());
        Assert.Equal("write the title of the minutes on the line below '@meeting': '# 114 年度…第 N 次…會議紀錄'", findings[0].GetProperty("hint").GetString()); // ML0109 says where the title goes (issue 11)
        Assert.Equal("warning", findings[0].GetProperty("severity").GetString());
        Assert.Equal((1, 1, 0), (doc.RootElement.GetProperty("errors").GetInt32(), doc.RootElement.GetProperty("warnings").GetInt32(), doc.RootElement.GetProperty("infos").GetInt32()));
    }

    [Fact]
    public void JsonOfACleanRecordIsAnEmptyListAndExit0()
    {
        string path = Write("a.minutes", "@meeting 114-1\n# 標題\n");
        var (code, o, _) = Run("check", "--format", "json", path);
        Assert.Equal(0, code);
        Assert.Equal("{\n  \"findings\": [],\n  \"errors\": 0,\n  \"warnings\": 0,\n  \"infos\": 0\n}\n", o);
    }

    [Fact]
    public void JsonBaseline() => Snapshot.Verify("format.json", JsonFindingsWriter.Write(InMemory(Record).Reported, "/base"), "txt");

    [Fact]
    public void GitHubPrintsOneWorkflowCommandPerFinding()
    {
        string path = Write("a.minutes", Record);
        var (code, o, _) = Run("check", "--format", "github", path);
        Assert.Equal(1, code);
        string file = Relative(path).Replace(":", "%3A").Replace(",", "%2C");
        Assert.Equal(
            $"::warning file={file},line=1,endLine=1,col=1,endColumn=1,title=ML0109::record has no title line '# …'%0Ahint: write the title of the minutes on the line below '@meeting': '# 114 年度…第 N 次…會議紀錄'\n" +
            $"::error file={file},line=2,endLine=2,col=20,endColumn=22,title=ML0103::2025-03-07 is a 星期五, not 星期四%0Ahint: write （星期五）\n", o);
    }

    [Fact]
    public void GitHubEscapesDataAndProperties()
    {
        Assert.Equal("100%25 a%0D%0Ab: c, d", GitHubWriter.Data("100% a\r\nb: c, d"));
        Assert.Equal("dir%2Cx/a%3Ab%25.minutes", GitHubWriter.Property("dir,x/a:b%.minutes"));
        var line = GitHubWriter.Write(InMemory("@meeting 114-1\n", "a,b:c.minutes").Reported, "/base");
        Assert.StartsWith("::warning file=a%2Cb%3Ac.minutes,line=1,endLine=1,col=1,", line);
    }

    [Fact]
    public void GitHubGivesNoColumnsForASpanOverSeveralLines()
    {
        var source = MinutesLang.Text.SourceText.From("ab\ncd\nef\n", "a.minutes");
        var d = new Diagnostic("ML0103", DiagnosticSeverity.Error, "m", source, new MinutesLang.Text.TextSpan(1, 4));
        Assert.Equal("::error file=a.minutes,line=1,endLine=2,title=ML0103::m\n", GitHubWriter.Write([d], "/base"));

        // the other formats keep both ends: 1:2 to 2:3 (exclusive)
        Assert.Equal(new Location("a.minutes", 1, 2, 2, 3), Location.Of(d, "/base"));
    }

    [Fact]
    public void InfosAreGitHubNotices()
    {
        var line = GitHubWriter.Write(InMemory("@meeting 114-1\n# 標題\n// minutes-disable-next-line ML0103: 原紀錄即如此\n").Reported, "/base");
        Assert.Equal("::notice file=a.minutes,line=3,endLine=3,col=1,endColumn=43,title=ML0503::nothing on the next line raises ML0103, so this suppression suppresses nothing%0Ahint: remove the comment\n", line);
    }

    [Fact]
    public void SarifHasTheRequiredStructureAndRuleMetadata()
    {
        string path = Write("sub dir/a.minutes", Record);
        var (code, o, e) = Run("check", "--format", "sarif", path);
        Assert.Equal((1, ""), (code, e));
        using var doc = JsonDocument.Parse(o);
        var root = doc.RootElement;
        Assert.Equal("2.1.0", root.GetProperty("version").GetString());
        Assert.Equal(SarifWriter.Schema, root.GetProperty("$schema").GetString());
        var run = Assert.Single(root.GetProperty("runs").EnumerateArray());
        var driver = run.GetProperty("tool").GetProperty("driver");
        Assert.Equal("minutes", driver.GetProperty("name").GetString());
        Assert.False(string.IsNullOrEmpty(driver.GetProperty("version").GetString()));

        var rules = driver.GetProperty("rules").EnumerateArray().ToList();
        Assert.Equal(DiagnosticCatalog.All.Select(r => r.Code), rules.Select(r => r.GetProperty("id").GetString()));
        foreach (var (rule, entry) in rules.Zip(DiagnosticCatalog.All))
        {
            Assert.Matches("^[A-Z][A-Za-z0-9]+$", rule.GetProperty("name").GetString());
            Assert.Equal(entry.Title, rule.GetProperty("shortDescription").GetProperty("text").GetString());
            Assert.Equal(DiagnosticDocs.Summary(entry.Code), rule.GetProperty("fullDescription").GetProperty("text").GetString());
            Assert.StartsWith(DiagnosticDocs.Summary(entry.Code)!, rule.GetProperty("help").GetProperty("text").GetString());
            Assert.Equal(DiagnosticDocs.Page(entry.Code), rule.GetProperty("help").GetProperty("markdown").GetString());
            Assert.Equal(SarifWriter.Level(entry.Severity), rule.GetProperty("defaultConfiguration").GetProperty("level").GetString());
        }

        var results = run.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(["ML0109", "ML0103", "ML0110"], results.Select(r => r.GetProperty("ruleId").GetString()));
        foreach (var r in results)
        {
            Assert.Equal(r.GetProperty("ruleId").GetString(), rules[r.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString());
            Assert.Contains(r.GetProperty("level").GetString(), new[] { "error", "warning", "note" });
            Assert.False(string.IsNullOrEmpty(r.GetProperty("message").GetProperty("text").GetString()));
        }

        var weekday = results[1];
        Assert.Equal("error", weekday.GetProperty("level").GetString());
        Assert.Equal("2025-03-07 is a 星期五, not 星期四 (hint: write （星期五）)", weekday.GetProperty("message").GetProperty("text").GetString());
        var physical = Assert.Single(weekday.GetProperty("locations").EnumerateArray()).GetProperty("physicalLocation");
        string uri = physical.GetProperty("artifactLocation").GetProperty("uri").GetString()!;
        Assert.Equal(Relative(path).Replace(" ", "%20"), uri);
        Assert.DoesNotContain('\\', uri);
        var region = physical.GetProperty("region");
        Assert.Equal((2, 20, 2, 23), (region.GetProperty("startLine").GetInt32(), region.GetProperty("startColumn").GetInt32(), region.GetProperty("endLine").GetInt32(), region.GetProperty("endColumn").GetInt32()));
        Assert.False(weekday.TryGetProperty("suppressions", out _));

        // kept, but marked as suppressed in the source, with the reason written there
        var suppressed = Assert.Single(results[2].GetProperty("suppressions").EnumerateArray());
        Assert.Equal(("inSource", "原紀錄即如此"), (suppressed.GetProperty("kind").GetString(), suppressed.GetProperty("justification").GetString()));
        Assert.Equal(4, results[2].GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32());
    }

    [Fact]
    public void SarifOfACleanRecordHasNoResultsAndExit0()
    {
        string path = Write("a.minutes", "@meeting 114-1\n# 標題\n");
        var (code, o, _) = Run("check", "--format", "sarif", path);
        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(o);
        Assert.Equal(0, doc.RootElement.GetProperty("runs")[0].GetProperty("results").GetArrayLength());
    }

    [Fact]
    public void SarifResultsBaseline()
    {
        // the results only: the rules repeat every documentation page, checked above
        using var doc = JsonDocument.Parse(SarifWriter.Write(InMemory(Record), "/base", "1.0.0"));
        string results = JsonSerializer.Serialize(doc.RootElement.GetProperty("runs")[0].GetProperty("results"), JsonOptions);
        Snapshot.Verify("format.sarif-results", results + "\n", "txt");
    }

    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Fact]
    public void ConfigFileFindingsHaveTheirPositionInEveryFormat()
    {
        string config = Write("minutesconfig.json", "{ \"diagnostics\": {\n  \"ML0109\": \"fatal\" } }\n");
        string path = Write("a.minutes", "@meeting 114-1\n# 標題\n");
        var (code, o, _) = Run("check", "--format", "github", path);
        Assert.Equal(1, code);
        Assert.Equal($"::error file={Relative(config)},line=2,endLine=2,col=13,endColumn=19,title=ML0500::unknown level 'fatal' for ML0109%0Ahint: use \"error\", \"warning\", \"info\" or \"none\"\n", o);
    }
}

/// <summary>The SARIF output against the SARIF 2.1.0 JSON schema (tests/MinutesLang.Tests/Schemas, from the SARIF SDK).</summary>
public sealed class SarifSchemaTests : CliHarness
{
    private static readonly JsonDocument Schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(Repo.Root, "tests", "MinutesLang.Tests", "Schemas", "sarif-2.1.0.json")));

    private string Sarif(string record, string? config = null)
    {
        File.WriteAllText(Path.Combine(dir, "a.minutes"), record);
        if (config is not null) File.WriteAllText(Path.Combine(dir, "minutesconfig.json"), config);
        var o = new StringWriter();
        MinutesLang.Cli.Cli.Run(["check", "--format", "sarif", dir], o, new StringWriter());
        return o.ToString();
    }

    public static TheoryData<string, string?> Records() => new()
    {
        { "@meeting 114-1\n# 標題\n", null },
        { "@meeting 114-1\n* 時間：114 年 3 月 7 日（星期四）上午 10 時\n// minutes-disable-next-line ML0110: 原紀錄即如此\n散會：上午十一時九十分\n", null },
        { "// minutes-disable-next-line ML1030\n@meeting 114-1\n# 標題\n", "{ \"diagnostics\": { \"ML0109\": \"fatal\" } }" },
    };

    [Theory]
    [MemberData(nameof(Records))]
    public void OutputIsValidAgainstTheSchema(string record, string? config)
    {
        using var doc = JsonDocument.Parse(Sarif(record, config));
        Assert.Empty(new JsonSchemaValidator(Schema.RootElement).Validate(doc.RootElement));
    }

    [Fact]
    public void TheValidatorFindsBrokenLogs()
    {
        string good = Sarif("@meeting 114-1\n* 時間：114 年 3 月 7 日（星期四）上午 10 時\n");
        var validator = new JsonSchemaValidator(Schema.RootElement);
        Assert.Contains(validator.Validate(JsonDocument.Parse(good.Replace("\"version\": \"2.1.0\"", "\"version\": \"2.0\"")).RootElement), e => e.StartsWith("$.version", StringComparison.Ordinal));
        Assert.Contains(validator.Validate(JsonDocument.Parse(good.Replace("\"startLine\"", "\"line\"")).RootElement), e => e.Contains("'line' is not allowed"));
        Assert.Contains(validator.Validate(JsonDocument.Parse(good.Replace("\"level\": \"error\"", "\"level\": \"fatal\"")).RootElement), e => e.Contains("is not one of"));
        Assert.Contains(validator.Validate(JsonDocument.Parse(good.Replace("\"startColumn\": 20", "\"startColumn\": 0")).RootElement), e => e.Contains("< 1"));
    }
}
