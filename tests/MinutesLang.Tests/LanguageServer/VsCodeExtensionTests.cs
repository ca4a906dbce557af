using System.Text.Json;
using System.Text.RegularExpressions;
using MinutesLang.Cli.LanguageServer;

namespace MinutesLang.Tests.LanguageServer;

/// <summary>
/// The files of the VS Code extension (src/vscode-minutes, issue 16 point 4) as the dotnet suite can check them without
/// Node: the grammar is JSON and names every scope its tests assert (vscode-tmgrammar-test, run by CI with npm), the
/// manifest contributes the language, the configuration is JSON with the brackets of the minutes, the extension asks for
/// the request the server answers.
/// </summary>
public sealed partial class VsCodeExtensionTests
{
    private static readonly string Folder = Path.Combine(Repo.Root, "src", "vscode-minutes");

    private static JsonDocument Json(string file) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, file)), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Disallow });

    /// <summary>Every <c>name</c> of the grammar (the scopes it gives), split at spaces.</summary>
    private static HashSet<string> GrammarScopes()
    {
        using var grammar = Json(Path.Combine("syntaxes", "minutes.tmLanguage.json"));
        var names = new HashSet<string>(StringComparer.Ordinal) { grammar.RootElement.GetProperty("scopeName").GetString()! };
        void Walk(JsonElement e)
        {
            if (e.ValueKind == JsonValueKind.Object)
            {
                foreach (var p in e.EnumerateObject())
                {
                    if (p.Name == "name" && p.Value.ValueKind == JsonValueKind.String) names.UnionWith(p.Value.GetString()!.Split(' ', StringSplitOptions.RemoveEmptyEntries));
                    else Walk(p.Value);
                }
            }
            else if (e.ValueKind == JsonValueKind.Array)
            {
                foreach (var x in e.EnumerateArray()) Walk(x);
            }
        }

        Walk(grammar.RootElement);
        return names;
    }

    [GeneratedRegex(@"^//\s*(?:<~*-+|\s*\^+)\s+(?<scopes>.+)$")]
    private static partial Regex Assertion();

    /// <summary>The scopes the grammar's tests assert (the lines <c>// ^^^ scope…</c> and <c>// &lt;- scope…</c>).</summary>
    private static List<(string File, string Scope)> AssertedScopes() =>
        [.. Directory.GetFiles(Path.Combine(Folder, "test"), "*.test.minutes")
            .SelectMany(f => File.ReadAllLines(f).Select(l => Assertion().Match(l)).Where(m => m.Success)
                .SelectMany(m => m.Groups["scopes"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(s => (Path.GetFileName(f), s))))];

    [Fact]
    public void TheGrammarIsJsonAndNamesEveryScopeItsTestsAssert()
    {
        var scopes = GrammarScopes();
        var asserted = AssertedScopes();
        Assert.True(asserted.Count > 60, $"the grammar's tests assert {asserted.Count} scopes");
        foreach (var (file, scope) in asserted) Assert.True(scopes.Contains(scope), $"{file}: {scope} is not a scope of the grammar");

        // every construct of the notation has a scope, and a test asserting it
        foreach (string construct in new[]
        {
            "markup.heading.1.minutes", "entity.name.section.part.minutes", "constant.other.ordinal.minutes", "punctuation.definition.list.begin.minutes",
            "entity.name.tag.label.minutes", "entity.name.type.case.minutes", "keyword.control.directive.minutes", "variable.other.placeholder.minutes",
            "comment.line.double-slash.minutes", "keyword.other.suppression.minutes", "constant.other.diagnostic-code.minutes", "constant.numeric.date.minutes",
            "constant.other.weekday.minutes", "constant.numeric.time.minutes", "markup.table.minutes",
        })
        {
            Assert.Contains(construct, scopes);
            Assert.Contains(asserted, a => a.Scope == construct);
        }
    }

    [Fact]
    public void TheManifestContributesTheLanguageItsGrammarAndThePreview()
    {
        using var manifest = Json("package.json");
        var root = manifest.RootElement;
        var contributes = root.GetProperty("contributes");
        var language = contributes.GetProperty("languages").EnumerateArray().Single();
        Assert.Equal("minutes", language.GetProperty("id").GetString());
        Assert.Contains(".minutes", language.GetProperty("extensions").EnumerateArray().Select(e => e.GetString()));
        Assert.Contains("series.minutes", language.GetProperty("filenames").EnumerateArray().Select(e => e.GetString()));
        Assert.True(File.Exists(Path.Combine(Folder, language.GetProperty("configuration").GetString()!)));

        var grammar = contributes.GetProperty("grammars").EnumerateArray().Single();
        Assert.Equal("minutes", grammar.GetProperty("language").GetString());
        Assert.Equal("source.minutes", grammar.GetProperty("scopeName").GetString());
        Assert.True(File.Exists(Path.Combine(Folder, grammar.GetProperty("path").GetString()!)));

        Assert.Contains("minutes.preview", contributes.GetProperty("commands").EnumerateArray().Select(c => c.GetProperty("command").GetString()));
        Assert.True(contributes.GetProperty("configuration").GetProperty("properties").TryGetProperty("minutes.server.path", out _));
        Assert.True(root.GetProperty("dependencies").TryGetProperty("vscode-languageclient", out _));
        Assert.True(root.GetProperty("devDependencies").TryGetProperty("@vscode/vsce", out _));
        Assert.True(File.Exists(Path.Combine(Folder, "package-lock.json")), "the lock file is committed (npm ci)");

        // the request the extension sends is the one the server answers
        Assert.Contains($"'{Preview.Method}'", File.ReadAllText(Path.Combine(Folder, "src", "preview.ts")));
        Assert.Contains("'lsp'", File.ReadAllText(Path.Combine(Folder, "src", "extension.ts")));

        string ignored = File.ReadAllText(Path.Combine(Folder, ".gitignore"));
        foreach (string pattern in new[] { "node_modules/", "out/", "*.vsix" }) Assert.Contains(pattern, ignored);
    }

    [Fact]
    public void TheLanguageConfigurationPairsTheBracketsOfTheMinutesAndContinuesItems()
    {
        using var configuration = Json("language-configuration.json");
        var root = configuration.RootElement;
        Assert.Equal("//", root.GetProperty("comments").GetProperty("lineComment").GetString());
        var brackets = root.GetProperty("brackets").EnumerateArray().Select(b => b[0].GetString() + b[1].GetString()).ToList();
        foreach (string pair in new[] { "「」", "『』", "（）", "［］" }) Assert.Contains(pair, brackets);

        // each on-enter rule's pattern is a regular expression; one continues a list item with "- "
        var rules = root.GetProperty("onEnterRules").EnumerateArray().ToList();
        foreach (var rule in rules) _ = new Regex(rule.GetProperty("beforeText").GetString()!);
        var item = rules.Single(r => r.GetProperty("action").TryGetProperty("appendText", out var t) && t.GetString() == "- " && r.GetProperty("action").GetProperty("indent").GetString() == "none");
        var pattern = new Regex(item.GetProperty("beforeText").GetString()!);
        Assert.Matches(pattern, "  - 本案持續列管。");
        Assert.Matches(pattern, "    - 研議4縣市是否於今(114)年底辦理校園樹木碳匯");
        Assert.DoesNotMatch(pattern, "  決 議：");
        Assert.DoesNotMatch(pattern, "* 業務報告");
    }
}
