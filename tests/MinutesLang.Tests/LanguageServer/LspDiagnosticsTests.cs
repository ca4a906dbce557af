using System.Text.Json.Nodes;
using MinutesLang.Cli.LanguageServer;
using MinutesLang.Localization;

namespace MinutesLang.Tests.LanguageServer;

/// <summary>
/// Diagnostics of <c>minutes lsp</c>: the findings of <c>minutes check</c> for the same files (codes, ranges, messages,
/// in the run's language), the whole series checked with open buffers overriding the files on disk, a change of
/// series.minutes re-checking its records, debounced, and never a result of an older version.
/// </summary>
public sealed class LspDiagnosticsTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("minutes-lsp-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    /// <summary>A copy of the seeds' series in a folder of its own.</summary>
    private string CopySeeds()
    {
        foreach (string f in Directory.EnumerateFiles(Repo.Seeds, "*.minutes")) File.Copy(f, Path.Combine(dir, Path.GetFileName(f)));
        return dir;
    }

    /// <summary>What <c>minutes check FILE --format json</c> finds in <paramref name="file"/>: code, 1-based region, message.</summary>
    internal static List<string> CheckFindings(string file, params string[] more)
    {
        var (_, output, err) = CliRun.Run(["check", file, "--format", "json", .. more]);
        Assert.True(err.Length == 0, err);
        return [.. JsonNode.Parse(output)!["findings"]!.AsArray().Select(f =>
            $"{f!["code"]} {f["line"]}:{f["column"]}-{f["endLine"]}:{f["endColumn"]} {f["message"]}")];
    }

    /// <summary>The same lines of a publishDiagnostics (LSP's zero-based positions made 1-based).</summary>
    internal static List<string> Published(JsonObject publish) =>
        [.. publish["diagnostics"]!.AsArray().Select(d =>
            $"{d!["code"]} {(int)d["range"]!["start"]!["line"]! + 1}:{(int)d["range"]!["start"]!["character"]! + 1}-{(int)d["range"]!["end"]!["line"]! + 1}:{(int)d["range"]!["end"]!["character"]! + 1} {d["message"]}")];

    public static TheoryData<string, string> SeedsInBothLanguages()
    {
        var data = new TheoryData<string, string>();
        foreach (string seed in Repo.SeedNames)
        {
            data.Add(seed, "en");
            data.Add(seed, "zh-TW");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SeedsInBothLanguages))]
    public async Task EachSeedOpenedGetsTheFindingsOfCheck(string seed, string lang)
    {
        string file = Path.Combine(Repo.Seeds, seed + ".minutes");
        var expected = CheckFindings(file, "--lang", lang);
        await using var client = LspClient.InProcess(new ServerOptions { Debounce = TimeSpan.FromMilliseconds(10), Language = Languages.Parse(lang) });
        await client.InitializeAsync();
        await client.OpenAsync(file);
        var publish = await client.DiagnosticsAsync(Documents.UriOf(file));
        Assert.Equal(1, publish["version"]!.GetValue<int>());
        Assert.Equal(expected, Published(publish));
        Assert.Equal(0, await client.ShutdownAsync());
    }

    [Fact]
    public void TheSeedsHaveFindingsToCompareInBothLanguages()
    {
        // the comparison above is not of empty lists: the seeds of the baseline have warnings and infos
        var all = Repo.SeedNames.SelectMany(s => CheckFindings(Path.Combine(Repo.Seeds, s + ".minutes"), "--lang", "zh-TW")).ToList();
        Assert.Contains(all, f => f.StartsWith("ML0203 ", StringComparison.Ordinal));
        Assert.Contains(all, f => f.StartsWith("ML0252 ", StringComparison.Ordinal) && f.Contains('紀'));
    }

    [Fact]
    public async Task TheLanguageOfMinutesconfigJsonIsTheLanguageOfTheFindingsUnlessLangIsGiven()
    {
        CopySeeds();
        File.WriteAllText(Path.Combine(dir, "minutesconfig.json"), "{ \"language\": \"zh-TW\" }");
        foreach (string seed in (string[])["108-1", "108-4"])
        {
            string file = Path.Combine(dir, seed + ".minutes");
            var expected = CheckFindings(file);
            Assert.Equal(CheckFindings(file, "--lang", "zh-TW"), expected);
            Assert.NotEqual(CheckFindings(file, "--lang", "en"), expected);
            await using (var client = LspClient.InProcess(new ServerOptions { Debounce = TimeSpan.FromMilliseconds(10), SystemLanguage = Language.En }))
            {
                await client.InitializeAsync();
                await client.OpenAsync(file);
                Assert.Equal(expected, Published(await client.DiagnosticsAsync(Documents.UriOf(file))));
            }

            await using (var client = LspClient.InProcess(new ServerOptions { Debounce = TimeSpan.FromMilliseconds(10), Language = Language.En }))
            {
                await client.InitializeAsync();
                await client.OpenAsync(file);
                Assert.Equal(CheckFindings(file, "--lang", "en"), Published(await client.DiagnosticsAsync(Documents.UriOf(file))));
            }
        }
    }

    /// <summary>
    /// A record of the series opened with an edit not saved changes the findings of another open record, as check of
    /// the files with that edit saved gives them; closing it brings the file on disk back.
    /// </summary>
    [Theory]
    [InlineData("113-3", "114-1", "綠碳匯")]
    [InlineData("112-3", "113-1", "綠碳匯")]
    [InlineData("109-3", "109-4", "")]
    public async Task AnOpenBufferOfAnotherRecordOverridesItsFileOnDisk(string edited, string watched, string caseId)
    {
        CopySeeds();
        string editedFile = Path.Combine(dir, edited + ".minutes"), watchedFile = Path.Combine(dir, watched + ".minutes");
        string original = File.ReadAllText(editedFile);
        string changed = caseId.Length > 0
            ? original.Replace("@列管 " + caseId, "@解列 " + caseId, StringComparison.Ordinal)
            : original.Replace("@meeting " + edited, "@meeting " + edited + "\n記錄：某人", StringComparison.Ordinal);
        Assert.NotEqual(original, changed);
        var before = CheckFindings(watchedFile);

        // check of the edit saved, in another copy of the series
        string other = Path.Combine(dir, "saved");
        Directory.CreateDirectory(other);
        foreach (string f in Directory.EnumerateFiles(dir, "*.minutes")) File.Copy(f, Path.Combine(other, Path.GetFileName(f)));
        File.WriteAllText(Path.Combine(other, edited + ".minutes"), changed);
        var after = CheckFindings(Path.Combine(other, watched + ".minutes")).Select(f => f.Replace(Path.Combine(other, ""), Path.Combine(dir, ""), StringComparison.Ordinal)).ToList();
        if (caseId.Length > 0) Assert.NotEqual(before, after);
        Directory.Delete(other, recursive: true);

        await using var client = LspClient.InProcess();
        await client.InitializeAsync();
        await client.OpenAsync(watchedFile);
        Assert.Equal(before, Published(await client.DiagnosticsAsync(Documents.UriOf(watchedFile))));
        await client.OpenAsync(editedFile, changed);
        Assert.Equal(after, Published(await client.DiagnosticsAsync(Documents.UriOf(watchedFile))));
        Assert.Equal(original, File.ReadAllText(editedFile)); // nothing written

        await client.NotifyAsync("textDocument/didClose", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = Documents.UriOf(editedFile) } });
        var cleared = await client.DiagnosticsAsync(Documents.UriOf(editedFile));
        Assert.Empty(cleared["diagnostics"]!.AsArray());
        Assert.Equal(before, Published(await client.DiagnosticsAsync(Documents.UriOf(watchedFile))));
        Assert.Equal(0, await client.ShutdownAsync());
    }

    /// <summary>An incremental change of series.minutes (a case id renamed at its @case) re-checks every open record of the series.</summary>
    [Theory]
    [InlineData("綠碳匯", "114-1", "113-2")]
    [InlineData("學校交流", "112-3", "113-1")]
    public async Task AChangeOfSeriesMinutesRechecksItsOpenRecords(string caseId, string first, string second)
    {
        CopySeeds();
        string series = Path.Combine(dir, "series.minutes");
        string text = File.ReadAllText(series);
        await using var client = LspClient.InProcess();
        await client.InitializeAsync();
        foreach (string r in (string[])[first, second])
        {
            await client.OpenAsync(Path.Combine(dir, r + ".minutes"));
            Assert.DoesNotContain(Published(await client.DiagnosticsAsync(Documents.UriOf(Path.Combine(dir, r + ".minutes")))), f => f.StartsWith("ML0101 ", StringComparison.Ordinal));
        }

        await client.OpenAsync(series, text);
        Assert.Empty((await client.DiagnosticsAsync(Documents.UriOf(series)))["diagnostics"]!.AsArray());
        int at = text.IndexOf("@case " + caseId + "\n", StringComparison.Ordinal) + ("@case " + caseId).Length;
        var position = new LineIndex(text).PositionOf(at);
        await client.NotifyAsync("textDocument/didChange", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = Documents.UriOf(series), ["version"] = 2 },
            ["contentChanges"] = new JsonArray(new JsonObject
            {
                ["range"] = new JsonObject
                {
                    ["start"] = new JsonObject { ["line"] = position.Line, ["character"] = position.Character },
                    ["end"] = new JsonObject { ["line"] = position.Line, ["character"] = position.Character },
                },
                ["text"] = "X",
            }),
        });

        File.WriteAllText(series, text.Insert(at, "X")); // what check reads: the change saved
        foreach (string r in (string[])[first, second])
        {
            string file = Path.Combine(dir, r + ".minutes");
            var expected = CheckFindings(file);
            Assert.Contains(expected, f => f.StartsWith("ML0101 ", StringComparison.Ordinal) && f.Contains(caseId, StringComparison.Ordinal));

            // the first publish after the change that has the renamed case is the one check gives (a publish of the
            // records made before the change, when series.minutes was opened, may come first)
            var publish = await client.PublishedWhereAsync(Documents.UriOf(file), p => Published(p).Any(f => f.StartsWith("ML0101 ", StringComparison.Ordinal)));
            Assert.Equal(expected, Published(publish));
        }

        Assert.Equal(0, await client.ShutdownAsync());
    }

    [Fact]
    public async Task AResultComputedForAnOlderVersionIsNeverPublished()
    {
        CopySeeds();
        string file = Path.Combine(dir, "114-1.minutes");
        string text = File.ReadAllText(file);
        var entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        int checks = 0;
        await using var client = LspClient.InProcess(new ServerOptions
        {
            Debounce = TimeSpan.FromMilliseconds(10),
            BeforePublish = async () =>
            {
                if (Interlocked.Increment(ref checks) > 1) return;
                entered.SetResult();
                await release.Task; // the first result (version 1) waits here
            },
        });
        await client.InitializeAsync();
        await client.OpenAsync(file, text, version: 1);
        await entered.Task.WaitAsync(LspClient.Patience);
        await client.ReplaceAsync(file, text.Replace("紀錄：蘇郁婷", "記錄：蘇郁婷", StringComparison.Ordinal), version: 2);
        await client.RequestAsync("textDocument/noSuchThing", new JsonObject()); // the change is applied: notifications run in order
        release.SetResult();

        var publish = await client.DiagnosticsAsync(Documents.UriOf(file));
        Assert.Equal(2, publish["version"]!.GetValue<int>());
        Assert.Contains(Published(publish), f => f.StartsWith("ML0252 ", StringComparison.Ordinal));
        Assert.Equal(0, await client.ShutdownAsync());
        Assert.DoesNotContain(client.Frames, f => f["method"]?.GetValue<string>() == "textDocument/publishDiagnostics" && f["params"]!["version"]?.GetValue<int>() == 1);
        Assert.True(checks >= 2);
    }

    [Fact]
    public async Task ChangesInQuickSuccessionAreCheckedOnceAfterTheDebounce()
    {
        CopySeeds();
        string file = Path.Combine(dir, "113-3.minutes");
        string text = File.ReadAllText(file);
        await using var client = LspClient.InProcess(new ServerOptions { Debounce = TimeSpan.FromMilliseconds(250) });
        await client.InitializeAsync();
        await client.OpenAsync(file, text, version: 1);
        for (int v = 2; v <= 6; v++) await client.ReplaceAsync(file, text + new string('\n', v), v);
        var publish = await client.DiagnosticsAsync(Documents.UriOf(file));
        Assert.Equal(6, publish["version"]!.GetValue<int>());
        await client.RequestAsync("textDocument/noSuchThing", new JsonObject());
        Assert.Equal(0, await client.ShutdownAsync());
        Assert.Single(client.Frames, f => f["method"]?.GetValue<string>() == "textDocument/publishDiagnostics");
    }

    [Fact]
    public async Task ARecordWithoutASeriesAndAnUntitledBufferAreCheckedAlone()
    {
        string file = Path.Combine(dir, "lone.minutes");
        string text = "@meeting 114-1\n# 會議紀錄\n記錄：某人\n";
        File.WriteAllText(file, text);
        var expected = CheckFindings(file);
        Assert.NotEmpty(expected);
        await using var client = LspClient.InProcess();
        await client.InitializeAsync();
        await client.OpenAsync(file, text);
        Assert.Equal(expected, Published(await client.DiagnosticsAsync(Documents.UriOf(file))));
        await client.NotifyAsync("textDocument/didOpen", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = "untitled:Untitled-1", ["languageId"] = "minutes", ["version"] = 1, ["text"] = text },
        });
        Assert.Equal(expected, Published(await client.DiagnosticsAsync("untitled:Untitled-1")));
        Assert.Equal(0, await client.ShutdownAsync());
    }
}
