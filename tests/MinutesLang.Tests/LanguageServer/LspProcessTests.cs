using System.Diagnostics;
using System.Text.Json.Nodes;
using MinutesLang.Cli.LanguageServer;

namespace MinutesLang.Tests.LanguageServer;

/// <summary>The real <c>minutes lsp --stdio</c> process, driven over its standard input and output by <see cref="LspClient"/>.</summary>
public sealed class LspProcessTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("minutes-lsp-process-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    [Fact]
    public async Task InitializeOpenDiagnosticsFormattingShutdownAndExitOverStdio()
    {
        string file = Path.Combine(dir, "108-1.minutes");
        foreach (string f in Directory.EnumerateFiles(Repo.Seeds, "*.minutes")) File.Copy(f, Path.Combine(dir, Path.GetFileName(f)));
        var expected = LspDiagnosticsTests.CheckFindings(file, "--lang", "zh-TW");

        var start = ChildLocale.Pin(new ProcessStartInfo("dotnet") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true });
        foreach (string a in (string[])[Path.Combine(AppContext.BaseDirectory, "minutes.dll"), "--lang", "zh-TW", "lsp", "--stdio"]) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        await using var client = new LspClient(process.StandardInput.BaseStream, process.StandardOutput.BaseStream);

        var init = await client.InitializeAsync();
        Assert.Equal("minutes", init["serverInfo"]!["name"]!.GetValue<string>());
        string text = File.ReadAllText(file);
        await client.OpenAsync(file, text);
        var publish = await client.DiagnosticsAsync(Documents.UriOf(file));
        Assert.Equal(expected, LspDiagnosticsTests.Published(publish));
        Assert.Contains(expected, f => f.StartsWith("ML0252 ", StringComparison.Ordinal));

        string damaged = text.Replace("\n", " \n", StringComparison.Ordinal);
        await client.ReplaceAsync(file, damaged, 2);
        var formatting = await client.RequestAsync("textDocument/formatting", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = Documents.UriOf(file) },
            ["options"] = new JsonObject { ["tabSize"] = 2, ["insertSpaces"] = true },
        });
        Assert.Equal(text, LspFormattingTests.Apply(damaged, formatting["result"]!.AsArray()));

        var shutdown = await client.RequestAsync("shutdown", null);
        Assert.Null(shutdown["error"]);
        await client.NotifyAsync("exit", null);
        Assert.True(process.WaitForExit(20_000));
        Assert.Equal(0, process.ExitCode);
        Assert.Equal("", await stderr);
    }

    [Fact]
    public void TheHelpIsInBothLanguagesAndAPathIsAUsageError()
    {
        var (code, output, _) = CliRun.Run("lsp", "--help");
        Assert.Equal(0, code);
        Assert.StartsWith("Usage: minutes lsp [--stdio]", output, StringComparison.Ordinal);
        (code, output, _) = CliRun.Run("--lang", "zh-TW", "help", "lsp");
        Assert.Equal(0, code);
        Assert.StartsWith("用法：minutes lsp [--stdio]", output, StringComparison.Ordinal);
        var (bad, _, err) = CliRun.Run("lsp", "seeds");
        Assert.Equal(2, bad);
        Assert.Contains("lsp takes no paths", err, StringComparison.Ordinal);
    }
}
