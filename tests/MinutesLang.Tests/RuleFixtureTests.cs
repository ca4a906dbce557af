using System.Text.RegularExpressions;
using MinutesLang.Diagnostics;
using MinutesLang.Parsing;
using MinutesLang.Semantics;
using MinutesLang.Syntax;
using MinutesLang.Validation;

namespace MinutesLang.Tests;

/// <summary>
/// Every series rule (ML02xx) has a fixture that breaks it and one that does not
/// (Fixtures/Rules/CODE.fail.minutes and CODE.pass.minutes, format in Fixtures/Rules/README.md).
/// The diagnostics of a fixture are exactly its <c>// expect:</c> lines, whatever their code.
/// </summary>
public sealed partial class RuleFixtureTests
{
    private static readonly string Folder = Path.Combine(Repo.Root, "tests", "MinutesLang.Tests", "Fixtures", "Rules");

    public static TheoryData<string> RuleCodes()
    {
        var data = new TheoryData<string>();
        foreach (var r in SeriesValidator.Rules) data.Add(r.Code);
        return data;
    }

    [Fact]
    public void EveryRuleHasItsOwnCatalogCodeAndEverySeriesCodeHasARule()
    {
        var ruleCodes = SeriesValidator.Rules.Select(r => r.Code).ToList();
        Assert.Equal(ruleCodes.Count, ruleCodes.Distinct().Count());
        var catalog = DiagnosticCatalog.All.Where(e => e.Code.StartsWith("ML02", StringComparison.Ordinal)).Select(e => e.Code);
        Assert.Equal(catalog.Order(), ruleCodes.Order());
    }

    [Theory]
    [MemberData(nameof(RuleCodes))]
    public void FailingFixtureRaisesExactlyTheExpectedDiagnostics(string code)
    {
        var (compilation, expected) = Load($"{code}.fail.minutes");
        Assert.Contains(expected, e => e.Code == code);
        Assert.Equal(expected.Order(), Actual(compilation).Order());
    }

    [Theory]
    [MemberData(nameof(RuleCodes))]
    public void PassingFixtureIsClean(string code)
    {
        var (compilation, expected) = Load($"{code}.pass.minutes");
        Assert.Empty(expected);
        Assert.Empty(Actual(compilation));
    }

    [Fact]
    public void ASeriesThatBreaksNoRuleIsClean()
    {
        var (compilation, _) = Load("clean.minutes");
        Assert.Equal(3, compilation.Records.Count);
        Assert.Empty(Actual(compilation));
    }

    [Fact]
    public void FixtureSpansPointAtTheOffendingText()
    {
        // the column matters as much as the line: the host's name, the misspelt word, the wrong count
        Assert.Equal("臺北市", Text(Load("ML0220.fail.minutes").Compilation, "ML0220"));
        Assert.Equal("基北桃", Text(Load("ML0251.fail.minutes").Compilation, "ML0251"));
        Assert.Equal("有 2 個議案持續列管", Text(Load("ML0240.fail.minutes").Compilation, "ML0240"));
        Assert.Equal("記錄", Text(Load("ML0252.fail.minutes").Compilation, "ML0252"));
        Assert.Equal("[[學校交流|跨縣市學校交留]]", Text(Load("ML0250.fail.minutes").Compilation, "ML0250"));
        Assert.Equal("3", Text(Load("ML0233.fail.minutes").Compilation, "ML0233"));

        static string Text(Compilation c, string code)
        {
            var d = c.Diagnostics.First(d => d.Code == code);
            return d.Source.Text.Substring(d.Span.Start, d.Span.Length);
        }
    }

    internal static (Compilation Compilation, List<Expectation> Expected) Load(string fixture)
    {
        string text = File.ReadAllText(Path.Combine(Folder, fixture)).Replace("\r\n", "\n");
        var files = Split(text);
        var expected = new List<Expectation>();
        foreach (var (name, body) in files)
        {
            var lines = body.Split('\n');
            var pending = new List<string>();
            for (int i = 0; i < lines.Length; i++)
            {
                var m = ExpectLine().Match(lines[i]);
                if (m.Success)
                {
                    pending.Add(m.Groups[1].Value);
                    continue;
                }

                foreach (var code in pending) expected.Add(new Expectation(name, i + 1, code));
                pending.Clear();
            }
        }

        string series = files.FirstOrDefault(f => f.Name == "series.minutes").Body ?? File.ReadAllText(Path.Combine(Folder, "series.minutes"));
        var records = files.Where(f => f.Name != "series.minutes").Select(f => Parser.Parse(f.Body, f.Name));
        return (Compilation.Create(Parser.Parse(series, "series.minutes"), records), expected);
    }

    /// <summary>Splits a multi-file fixture or page example at its <c>// file: NAME</c> lines.</summary>
    internal static List<(string Name, string Body)> Split(string text)
    {
        var result = new List<(string, string)>();
        var matches = FileLine().Matches(text);
        for (int i = 0; i < matches.Count; i++)
        {
            int start = matches[i].Index + matches[i].Length;
            int end = i + 1 < matches.Count ? matches[i + 1].Index : text.Length;
            result.Add((matches[i].Groups[1].Value.Trim(), text[start..end]));
        }

        return result;
    }

    private static List<Expectation> Actual(Compilation c) =>
        [.. c.Diagnostics.Select(d => new Expectation(Path.GetFileName(d.Source.Path), d.Start.Line, d.Code))];

    internal sealed record Expectation(string File, int Line, string Code) : IComparable<Expectation>
    {
        public int CompareTo(Expectation? other) =>
            other is null ? 1 : (File, Line, Code).CompareTo((other.File, other.Line, other.Code));
    }

    [GeneratedRegex("^\\s*// expect: (ML[0-9]{4})\\s*$")]
    private static partial Regex ExpectLine();

    [GeneratedRegex("^// file: (.+)\\n", RegexOptions.Multiline)]
    private static partial Regex FileLine();
}
