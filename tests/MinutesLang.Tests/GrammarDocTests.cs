using System.Text.RegularExpressions;
using MinutesLang.Parsing;
using MinutesLang.Semantics;

namespace MinutesLang.Tests;

/// <summary>The writer's guide and the grammar stay in step with the parser: every example parses cleanly.</summary>
public sealed class GrammarDocTests
{
    /// <summary>The fenced examples of a guide (<see cref="GuideExamples"/>), in order.</summary>
    private static List<string> Examples(string file) => GuideExamples.Of(GuideExamples.Read(file));

    [Theory]
    [InlineData(GuideExamples.English)]
    [InlineData(GuideExamples.Chinese)] // grammar/GUIDE.zh-TW.md, the writers' guide in Chinese (issue 15)
    public void EveryGuideExampleParsesWithoutSyntaxErrorsAndRoundTrips(string guide)
    {
        var examples = Examples(guide);
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
        string example = Examples(GuideExamples.English).Last();
        Assert.StartsWith("@meeting", example);
        var c = Compilation.Create(Compilation.ParseFile(Path.Combine(Repo.Seeds, "series.minutes")), [Parser.Parse(example, "example")]);
        Assert.Empty(c.Diagnostics);
    }

    [Fact]
    public void TheGrammarNamesEveryDirectiveTheBinderKnows()
    {
        string ebnf = File.ReadAllText(Path.Combine(Repo.Root, "grammar/minutes.ebnf"));
        foreach (var name in Directives.Structural.Concat(["成案", "列管", "常態", "提請解列", "解列", "更名", "移轉", "交辦", "併入"]))
        {
            Assert.Contains(name, ebnf);
            Assert.True(Directives.Structural.Contains(name) || CaseEventKinds.TryParse(name, out _), name);
        }
    }
}

public sealed class EbnfExampleTests
{
    [Fact]
    public void EveryEbnfExampleParsesAsItsProduction()
    {
        string ebnf = File.ReadAllText(Path.Combine(Repo.Root, "grammar/minutes.ebnf"));
        var examples = Regex.Matches(ebnf, @"^\s*example (\w+):[ ]?(.*)$", RegexOptions.Multiline).ToList();
        Assert.True(examples.Count >= 15);
        foreach (Match m in examples)
        {
            string production = m.Groups[1].Value, text = m.Groups[2].Value.TrimEnd('\r');
            if (production == "blank") text += "\n";
            var tree = Parser.Parse(text, "example");
            Assert.Equal(text, tree.ToFullString());
            var line = Assert.Single(tree.Root.Blocks).Line;
            string expected = production switch
            {
                "blank" => nameof(MinutesLang.Syntax.BlankLineSyntax),
                "comment" => nameof(MinutesLang.Syntax.CommentLineSyntax),
                "directive" => nameof(MinutesLang.Syntax.DirectiveLineSyntax),
                "title" => nameof(MinutesLang.Syntax.TitleLineSyntax),
                "part" => nameof(MinutesLang.Syntax.PartLineSyntax),
                "item" => nameof(MinutesLang.Syntax.ItemLineSyntax),
                "row" => nameof(MinutesLang.Syntax.RowLineSyntax),
                "escaped" or "text" => nameof(MinutesLang.Syntax.TextLineSyntax),
                "field" => nameof(MinutesLang.Syntax.FieldLineSyntax),
                _ => throw new InvalidOperationException($"unknown production '{production}' in the EBNF examples"),
            };
            Assert.True(expected == line.GetType().Name, $"'{text}' is a {line.GetType().Name}, the grammar says {production}");
            if (production == "escaped") Assert.NotNull(((MinutesLang.Syntax.TextLineSyntax)line).Marker);
            Assert.Empty(tree.Diagnostics);
        }
    }
}
