using System.Text.Json.Nodes;
using MinutesLang.Cli.LanguageServer;
using static MinutesLang.Tests.LanguageServer.LspDiagnosticsTests;

namespace MinutesLang.Tests.LanguageServer;

/// <summary>
/// <c>workspace/didChangeWatchedFiles</c>: a file of a series changed on disk while the editor does not have it open
/// (another tool, git, a save from elsewhere) has the open documents it bears on checked again and their findings
/// published — those of <c>minutes check</c> on the files as they are now; a file the editor has open, or of another
/// series, changes nothing.
/// </summary>
public sealed class LspWatchedFilesTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("minutes-lsp-watch-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private void CopySeeds(string to)
    {
        Directory.CreateDirectory(to);
        foreach (string f in Directory.EnumerateFiles(Repo.Seeds, "*.minutes")) File.Copy(f, Path.Combine(to, Path.GetFileName(f)));
    }

    private static Task Changed(LspClient client, params (string Path, int Type)[] files) =>
        client.NotifyAsync("workspace/didChangeWatchedFiles", new JsonObject
        {
            ["changes"] = new JsonArray([.. files.Select(f => (JsonNode)new JsonObject { ["uri"] = Documents.UriOf(f.Path), ["type"] = f.Type })]),
        });

    private static int PublishedCount(LspClient client, string uri)
    {
        lock (client.Frames) return client.Frames.Count(f => f["method"]?.GetValue<string>() == "textDocument/publishDiagnostics" && f["params"]!["uri"]!.GetValue<string>() == uri);
    }

    /// <summary>Another record of the series edited on disk (列管 → 解列 of a case the open one tracks): the open record's findings follow.</summary>
    [Theory]
    [InlineData("113-3", "114-1", "@列管 綠碳匯", "@解列 綠碳匯")]
    [InlineData("112-3", "113-1", "@列管 綠碳匯", "@解列 綠碳匯")]
    [InlineData("113-2", "113-3", "@meeting 113-2", "@meeting 113-3")] // two records with one meeting id (ML0235)
    public async Task ARecordChangedOnDiskRepublishesTheOpenRecordsOfItsSeries(string edited, string open, string from, string to)
    {
        CopySeeds(dir);
        string editedFile = Path.Combine(dir, edited + ".minutes"), openFile = Path.Combine(dir, open + ".minutes");
        var before = CheckFindings(openFile);
        await using var client = LspClient.InProcess();
        await client.InitializeAsync();
        await client.OpenAsync(openFile);
        Assert.Equal(before, Published(await client.DiagnosticsAsync(Documents.UriOf(openFile))));

        string original = File.ReadAllText(editedFile);
        Assert.Contains(from, original);
        File.WriteAllText(editedFile, original.Replace(from, to, StringComparison.Ordinal));
        var after = CheckFindings(openFile);
        Assert.NotEqual(before, after);
        await Changed(client, (editedFile, 2));
        Assert.Equal(after, Published(await client.DiagnosticsAsync(Documents.UriOf(openFile))));

        // deleted: the series without it
        File.Delete(editedFile);
        await Changed(client, (editedFile, 3));
        Assert.Equal(CheckFindings(openFile), Published(await client.DiagnosticsAsync(Documents.UriOf(openFile))));
        Assert.Equal(0, await client.ShutdownAsync());
    }

    [Fact]
    public async Task SeriesMinutesChangedOrDeletedOnDiskRepublishesEveryOpenRecordBelowIt()
    {
        CopySeeds(dir);
        string series = Path.Combine(dir, "series.minutes");
        string[] open = [Path.Combine(dir, "114-1.minutes"), Path.Combine(dir, "109-3.minutes")];
        await using var client = LspClient.InProcess();
        await client.InitializeAsync();
        foreach (string f in open) await client.OpenAsync(f);
        var first = await client.DiagnosticsOfEachAsync([.. open.Select(Documents.UriOf)]);
        foreach (string f in open) Assert.Equal(CheckFindings(f), Published(first[Documents.UriOf(f)]));

        // the @case of 綠碳匯 renamed on disk: its links in 114-1 name an undeclared case now
        File.WriteAllText(series, File.ReadAllText(series).Replace("@case 綠碳匯", "@case 綠碳匯推廣", StringComparison.Ordinal));
        await Changed(client, (series, 2));
        var second = await client.DiagnosticsOfEachAsync([.. open.Select(Documents.UriOf)]);
        Assert.Contains(Published(second[Documents.UriOf(open[0])]), f => f.StartsWith("ML0250 ", StringComparison.Ordinal) || f.Contains("綠碳匯", StringComparison.Ordinal));
        foreach (string f in open) Assert.Equal(CheckFindings(f), Published(second[Documents.UriOf(f)]));

        // gone: each record is checked alone, as check does
        File.Delete(series);
        await Changed(client, (series, 3));
        var third = await client.DiagnosticsOfEachAsync([.. open.Select(Documents.UriOf)]);
        foreach (string f in open) Assert.Equal(CheckFindings(f), Published(third[Documents.UriOf(f)]));
        Assert.Equal(0, await client.ShutdownAsync());
    }

    [Fact]
    public async Task AMinutesconfigWrittenOnDiskRepublishesWithItsPolicy()
    {
        CopySeeds(dir);
        string file = Path.Combine(dir, "108-1.minutes"); // ML0252 (記錄) in the seeds' check
        await using var client = LspClient.InProcess();
        await client.InitializeAsync();
        await client.OpenAsync(file);
        Assert.Contains(Published(await client.DiagnosticsAsync(Documents.UriOf(file))), f => f.StartsWith("ML0252 ", StringComparison.Ordinal));

        string config = Path.Combine(dir, "minutesconfig.json");
        File.WriteAllText(config, "{ \"diagnostics\": { \"ML0252\": \"none\" } }");
        var expected = CheckFindings(file);
        Assert.DoesNotContain(expected, f => f.StartsWith("ML0252 ", StringComparison.Ordinal));
        await Changed(client, (config, 1));
        Assert.Equal(expected, Published(await client.DiagnosticsAsync(Documents.UriOf(file))));
        Assert.Equal(0, await client.ShutdownAsync());
    }

    [Fact]
    public async Task AFileOpenInTheEditorOrOfAnotherSeriesChangesNothing()
    {
        string mine = Path.Combine(dir, "mine"), other = Path.Combine(dir, "other");
        CopySeeds(mine);
        CopySeeds(other);
        string openFile = Path.Combine(mine, "114-1.minutes"), openOther = Path.Combine(mine, "113-3.minutes");
        await using var client = LspClient.InProcess();
        await client.InitializeAsync();
        await client.OpenAsync(openFile);
        await client.OpenAsync(openOther);
        await client.DiagnosticsOfEachAsync(Documents.UriOf(openFile), Documents.UriOf(openOther));
        await Task.Delay(300); // every check of the opens done
        int published = PublishedCount(client, Documents.UriOf(openFile));

        // the open record's file and a record of another series, both changed on disk: its buffer counts, the other series is not its own
        File.WriteAllText(openOther, File.ReadAllText(openOther).Replace("@列管 綠碳匯", "@解列 綠碳匯", StringComparison.Ordinal));
        string elsewhere = Path.Combine(other, "113-3.minutes");
        File.WriteAllText(elsewhere, File.ReadAllText(elsewhere).Replace("@列管 綠碳匯", "@解列 綠碳匯", StringComparison.Ordinal));
        await Changed(client, (openOther, 2), (elsewhere, 2), (Path.Combine(other, "series.minutes"), 2));
        await client.RequestAsync("textDocument/documentSymbol", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = Documents.UriOf(openFile) } });
        await Task.Delay(500); // longer than the debounce and a check of the series
        Assert.Equal(published, PublishedCount(client, Documents.UriOf(openFile)));

        // the control: the same record of its own series, closed, then changed on disk, is taken
        await client.NotifyAsync("textDocument/didClose", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = Documents.UriOf(openOther) } });
        var closed = await client.PublishedWhereAsync(Documents.UriOf(openFile), p => Published(p).SequenceEqual(CheckFindings(openFile)));
        Assert.Equal(CheckFindings(openFile), Published(closed));
        Assert.Equal(0, await client.ShutdownAsync());
    }
}
