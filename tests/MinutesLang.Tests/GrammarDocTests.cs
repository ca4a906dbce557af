using System.Text.RegularExpressions;
using MinutesLang.Parsing;
using MinutesLang.Semantics;

namespace MinutesLang.Tests;

/// <summary>The writer's guide and the grammar stay in step with the parser: every example parses cleanly.</summary>
public sealed class GrammarDocTests
{
    private static List<string> Examples(string file) =>
        [.. Regex.Matches(File.ReadAllText(Path.Combine(Repo.Root, file)), "```\n(.*?)```", RegexOptions.Singleline).Select(m => m.Groups[1].Value)];

    [Fact]
    public void EveryGuideExampleParsesWithoutSyntaxErrorsAndRoundTrips()
    {
        var examples = Examples("grammar/GUIDE.md");
        Assert.True(examples.Count >= 6);
        foreach (var e in examples)
        {
            var tree = Parser.Parse(e, "example");
            Assert.Equal(e, tree.ToFullString());
            Assert.Empty(tree.Diagnostics);
        }
    }

    [Fact]
    public void TheCompleteExampleChecksCleanAgainstTheSeedSeries()
    {
        string example = Examples("grammar/GUIDE.md").Last();
        Assert.StartsWith("@meeting", example);
        var c = Compilation.Create(Compilation.ParseFile(Path.Combine(Repo.Seeds, "series.minutes")), [Parser.Parse(example, "example")]);
        Assert.Empty(c.Diagnostics);
    }

    [Fact]
    public void TheGrammarNamesEveryDirectiveTheBinderKnows()
    {
        string ebnf = File.ReadAllText(Path.Combine(Repo.Root, "grammar/minutes.ebnf"));
        foreach (var name in new[] { "meeting", "list", "列管表", "series", "platform", "rotation", "case", "成案", "列管", "常態", "提請解列", "解列", "更名", "移轉", "交辦", "併入" })
            Assert.Contains(name, ebnf);
    }
}
