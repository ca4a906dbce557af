using System.Text;
using System.Text.Json.Nodes;
using MinutesLang.Cli.LanguageServer;

namespace MinutesLang.Tests.LanguageServer;

/// <summary>
/// The server never dies on any input (issue 16 point 5, the fuzz of «Hostile and huge inputs» fed through the editor's
/// messages): random texts and mutated seeds opened, then changed by incremental edits at random UTF-16 positions — inside
/// surrogate pairs and CRLFs too, ranges given end first, with the pieces the features look for (a change the server
/// refuses — a reversed range, an end inside a surrogate pair — leaves its text as it was, and the client sends the whole
/// text again, as an editor reopening the file) — and every navigation request asked at random positions (lines and
/// characters past the ends and negative too). Every request is answered, with a result or an error of the protocol that
/// is not an internal error (InvalidParams for a negative position, or a rename the server refuses), and the server
/// shuts down cleanly at the end. One fixed seed: the same inputs on every run, a few seconds.
/// </summary>
public sealed class LspNavigationFuzzTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("minutes-lsp-fuzz-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private static readonly string[] Pieces =
    [
        "[[", "]]", "|", "@", "@case ", "@列管 ", "@解列 綠碳匯", "同意：", "、", "案由：", "決議：", "- ", "* ", "# ", "\t", "\u3000",
        "// minutes-disable-next-line ML0203: x", "ML9999", "114 年 2 月 30 日", "2025-03-07（星期一）", "𠀀", "𩸽",
        "\r\n", "\r", "\n", "\n\n", "[[綠碳匯|", "[[學校交流]]", "\u202E", "\0", "：", "  ", "\\",
    ];

    private static readonly string[] Requests =
    [
        "textDocument/hover", "textDocument/definition", "textDocument/references", "textDocument/prepareRename", "textDocument/rename",
        "textDocument/completion", "textDocument/documentSymbol", "textDocument/foldingRange", "textDocument/semanticTokens/full",
    ];

    [Fact]
    public async Task TheServerAnswersEveryNavigationRequestOnRandomAndMutatedTexts()
    {
        File.Copy(Path.Combine(Repo.Seeds, "series.minutes"), Path.Combine(dir, "series.minutes"));
        File.Copy(Path.Combine(Repo.Seeds, "113-3.minutes"), Path.Combine(dir, "113-3.minutes"));
        var seeds = Repo.SeedNames.Select(n => File.ReadAllText(Path.Combine(Repo.Seeds, n + ".minutes"))).Append(File.ReadAllText(Path.Combine(Repo.Seeds, "series.minutes"))).ToArray();
        var random = new Random(16);
        var log = new List<string>();
        await using var client = LspClient.InProcess(new ServerOptions { Debounce = TimeSpan.FromMilliseconds(5) }, log);
        await client.InitializeAsync();
        int answered = 0, refused = 0, applied = 0, version = 1;
        for (int round = 0; round < 24; round++)
        {
            // a record of the series, series.minutes itself, or a file of no series; a seed, a seed in CRLF, or random text
            string path = (round % 3) switch
            {
                0 => Path.Combine(dir, "114-9.minutes"),
                1 => Path.Combine(dir, "series.minutes"),
                _ => Path.Combine(dir, "alone", "x.minutes"),
            };
            string text = (round % 4) switch
            {
                0 => seeds[random.Next(seeds.Length)],
                1 => seeds[random.Next(seeds.Length)].Replace("\n", "\r\n", StringComparison.Ordinal),
                2 => Mutate(seeds[random.Next(seeds.Length)], random, 30),
                _ => Mutate("", random, 60),
            };
            var lines = new List<int>();
            await client.OpenAsync(path, text, version);
            for (int edit = 0; edit < 6; edit++)
            {
                // an incremental change at random UTF-16 positions: a surrogate pair or a CRLF may be cut in two
                var (start, end) = (RandomPosition(text, random), RandomPosition(text, random));
                string inserted = random.Next(3) == 0 ? "" : Pieces[random.Next(Pieces.Length)];
                await client.NotifyAsync("textDocument/didChange", new JsonObject
                {
                    ["textDocument"] = new JsonObject { ["uri"] = Documents.UriOf(path), ["version"] = ++version },
                    ["contentChanges"] = new JsonArray(new JsonObject { ["range"] = new JsonObject { ["start"] = Json(start), ["end"] = Json(end) }, ["text"] = inserted }),
                });
                if (Refused(text, start, end))
                {
                    refused++;
                    await client.ReplaceAsync(path, text, ++version); // the server kept its text; the editor sends it whole
                }
                else
                {
                    text = Apply(text, start, end, inserted);
                    applied++;
                }

                for (int r = 0; r < 3; r++)
                {
                    string method = Requests[random.Next(Requests.Length)];
                    var position = random.Next(8) == 0 ? new Position(random.Next(-3, 3), random.Next(-3, 5000)) : RandomPosition(text, random);
                    var parameters = new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = Documents.UriOf(path) }, ["position"] = Json(position) };
                    if (method.EndsWith("references", StringComparison.Ordinal)) parameters["context"] = new JsonObject { ["includeDeclaration"] = random.Next(2) == 0 };
                    if (method.EndsWith("/rename", StringComparison.Ordinal)) parameters["newName"] = Pieces[random.Next(Pieces.Length)] + "案";
                    var response = await client.RequestAsync(method, parameters);
                    Assert.True(response.ContainsKey("result") || response.ContainsKey("error"), response.ToJsonString());
                    if (response["error"] is { } error)
                        Assert.True((int)error["code"]! == ErrorCodes.InvalidParams && (method.EndsWith("/rename", StringComparison.Ordinal) || position.Line < 0 || position.Character < 0), $"{method} at {position} of «{text}»: {response.ToJsonString()}");
                    answered++;
                }
            }

            await client.NotifyAsync("textDocument/didClose", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = Documents.UriOf(path) } });
        }

        Assert.Equal(24 * 6 * 3, answered);
        Assert.True(refused > 10 && applied > 10, $"{refused} changes refused, {applied} applied"); // both kinds of change were tried
        lock (log) Assert.DoesNotContain(log, m => m.Contains("internal error", StringComparison.Ordinal));
        Assert.Equal(0, await client.ShutdownAsync());
    }

    /// <summary>A text with <paramref name="count"/> random pieces and characters inserted at random places, and some cut out.</summary>
    private static string Mutate(string text, Random random, int count)
    {
        var sb = new StringBuilder(text);
        for (int i = 0; i < count; i++)
        {
            int at = random.Next(sb.Length + 1);
            if (random.Next(4) == 0 && sb.Length > 0) sb.Remove(at == sb.Length ? at - 1 : at, 1);
            else sb.Insert(at, random.Next(3) == 0 ? ((char)random.Next(0, 0x3000)).ToString() : Pieces[random.Next(Pieces.Length)]);
        }

        return sb.ToString();
    }

    /// <summary>A position in the text (any line, any UTF-16 unit of it, one past its end at most).</summary>
    private static Position RandomPosition(string text, Random random)
    {
        var lines = new LineIndex(text);
        int line = random.Next(lines.LineCount);
        int start = lines.OffsetOf(new Position(line, 0)), end = lines.OffsetOf(new Position(line, int.MaxValue));
        return new Position(line, random.Next(end - start + 2));
    }

    private static string Apply(string text, Position start, Position end, string inserted)
    {
        var lines = new LineIndex(text);
        int a = lines.OffsetOf(start), b = lines.OffsetOf(end);
        return string.Concat(text.AsSpan(0, a), inserted, text.AsSpan(b));
    }

    /// <summary>Whether the server refuses the change (Documents): its start after its end, or an end between the halves of a surrogate pair.</summary>
    private static bool Refused(string text, Position start, Position end)
    {
        if (start.Line > end.Line || start.Line == end.Line && start.Character > end.Character) return true;
        var lines = new LineIndex(text);
        return Inside(lines.OffsetOf(start)) || Inside(lines.OffsetOf(end));

        bool Inside(int at) => at > 0 && at < text.Length && char.IsHighSurrogate(text[at - 1]) && char.IsLowSurrogate(text[at]);
    }

    private static JsonObject Json(Position p) => new() { ["line"] = p.Line, ["character"] = p.Character };
}
