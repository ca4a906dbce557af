using System.Text.Json.Nodes;
using MinutesLang.Cli.LanguageServer;

namespace MinutesLang.Tests.LanguageServer;

/// <summary><c>textDocument/formatting</c> of <c>minutes lsp</c>: <c>minutes fmt</c>'s output as an edit, none for a formatted record or one fmt refuses.</summary>
public sealed class LspFormattingTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("minutes-lsp-fmt-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private static Task<JsonObject> Format(LspClient client, string path) =>
        client.RequestAsync("textDocument/formatting", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = Documents.UriOf(path) },
            ["options"] = new JsonObject { ["tabSize"] = 2, ["insertSpaces"] = true },
        });

    /// <summary>Applies LSP edits (ranges in UTF-16 code units) to <paramref name="text"/>, last first.</summary>
    internal static string Apply(string text, JsonArray edits)
    {
        var lines = new LineIndex(text);
        foreach (var e in edits.Select(e => e!).OrderByDescending(e => lines.OffsetOf(Pos(e["range"]!["start"]!))))
        {
            int start = lines.OffsetOf(Pos(e["range"]!["start"]!)), end = lines.OffsetOf(Pos(e["range"]!["end"]!));
            text = string.Concat(text.AsSpan(0, start), e["newText"]!.GetValue<string>(), text.AsSpan(end));
        }

        return text;

        static Position Pos(JsonNode p) => new((int)p["line"]!, (int)p["character"]!);
    }

    /// <summary>The seeds damaged in their layout three ways (trailing spaces, spaces around colons, an indentation of 4 instead of 2).</summary>
    public static TheoryData<string, int> DamagedSeeds()
    {
        var data = new TheoryData<string, int>();
        foreach (string seed in Repo.SeedNames)
        {
            for (int way = 0; way < 3; way++) data.Add(seed, way);
        }

        return data;
    }

    private static string Damage(string text, int way) => way switch
    {
        0 => text.Replace("\n", "  \n", StringComparison.Ordinal),
        1 => text.Replace("時間：", "時間 ： ", StringComparison.Ordinal).Replace("主席：", "主席 ：", StringComparison.Ordinal).Replace("\n\n", "\n\n\n\n", StringComparison.Ordinal),
        _ => text.Replace("\n  - ", "\n    - ", StringComparison.Ordinal).Replace("\n*", "\n*  ", StringComparison.Ordinal),
    };

    [Theory]
    [MemberData(nameof(DamagedSeeds))]
    public async Task FormattingASeedDamagedInItsLayoutGivesWhatFmtWrites(string seed, int way)
    {
        string text = Damage(File.ReadAllText(Path.Combine(Repo.Seeds, seed + ".minutes")), way);
        string file = Path.Combine(dir, seed + ".minutes");
        File.WriteAllText(file, text);
        var (code, _, err) = CliRun.Run("fmt", file);
        Assert.True(code == 0, err);
        string formatted = File.ReadAllText(file);
        File.WriteAllText(file, "the buffer, not the file, is formatted\n");

        await using var client = LspClient.InProcess();
        await client.InitializeAsync();
        await client.OpenAsync(file, text);
        var edits = (await Format(client, file))["result"]!.AsArray();
        if (formatted == text) Assert.Empty(edits);
        else Assert.Equal(formatted, Apply(text, edits));
        Assert.Equal(0, await client.ShutdownAsync());
    }

    [Fact]
    public async Task EverySeedAsItIsNeedsNoEdit()
    {
        await using var client = LspClient.InProcess();
        await client.InitializeAsync();
        foreach (string seed in Repo.SeedNames.Append("series"))
        {
            string file = Path.Combine(Repo.Seeds, seed + ".minutes");
            await client.OpenAsync(file);
            Assert.Empty((await Format(client, file))["result"]!.AsArray());
        }

        // a file not open is formatted as it is on disk
        Assert.Empty((await Format(client, Path.Combine(Repo.Seeds, "108-1.minutes")))["result"]!.AsArray());
        Assert.Equal(0, await client.ShutdownAsync());
    }

    /// <summary>Records fmt refuses (syntax errors, nesting a tab leaves unclear): no edit, no error, and the server goes on.</summary>
    [Theory]
    [InlineData("@meeting 114-1\n# 標題\n* 時間：114 年 3 月 7 日\n\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\n")]
    [InlineData("@meeting 114-1\n* 業務報告\n  - 一\n\t- 二\n   \u3000- 三\n")]
    [InlineData("@meeting 114-1\n* 業務報告\n  - [[未完\n  - 「[[綠碳匯|\n")]
    public async Task ARecordFmtRefusesGetsNoEdit(string text)
    {
        string file = Path.Combine(dir, "refused.minutes");
        File.WriteAllText(file, text);
        Assert.True(Formatting.Formatter.Format(Parsing.Parser.Parse(Text.SourceText.From(text, file))).Refused);
        await using var client = LspClient.InProcess();
        await client.InitializeAsync();
        await client.OpenAsync(file, text);
        var response = await Format(client, file);
        Assert.Null(response["error"]);
        var edits = response["result"]!.AsArray();
        Assert.Empty(edits);
        Assert.Equal(0, await client.ShutdownAsync());
    }
}
