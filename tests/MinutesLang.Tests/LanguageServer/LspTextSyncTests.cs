using MinutesLang.Cli.LanguageServer;
using Range = MinutesLang.Cli.LanguageServer.Range;

namespace MinutesLang.Tests.LanguageServer;

/// <summary>Text synchronization: LSP positions in UTF-16 code units over LF, CRLF and lone CR lines; whole and incremental changes.</summary>
public sealed class LspTextSyncTests
{
    [Theory]
    [InlineData("@meeting 114-1\n* 時間：114 年\n", 16, 1, 1)]        // line 1 after "*"; CJK characters are one unit each
    [InlineData("a\r\n𠀀案由：一\r\n", 3, 1, 0)]                       // CRLF is one line end
    [InlineData("a\r\n𠀀案由：一\r\n", 5, 1, 2)]                       // a supplementary character (U+20000) is two units
    [InlineData("紀錄\r決議\r\r", 6, 2, 0)]                             // a lone CR ends a line too
    [InlineData("紀錄\r決議\r\r", 7, 3, 0)]
    public void OffsetsArePositionsInUtf16CodeUnits(string text, int offset, int line, int character)
    {
        var lines = new LineIndex(text);
        Assert.Equal(new Position(line, character), lines.PositionOf(offset));
        Assert.Equal(offset, lines.OffsetOf(new Position(line, character)));
    }

    [Fact]
    public void APositionPastItsLineIsTheLineEndAndALinePastTheLastIsTheEnd()
    {
        var lines = new LineIndex("案由：一\r\n決議：照案通過\n");
        Assert.Equal(4, lines.OffsetOf(new Position(0, 99)));   // before the CRLF
        Assert.Equal(13, lines.OffsetOf(new Position(1, 99)));  // before the LF
        Assert.Equal(14, lines.OffsetOf(new Position(7, 0)));
        Assert.Equal(0, lines.OffsetOf(new Position(-1, 3)));
        Assert.Equal(new Range(new Position(0, 0), new Position(2, 0)), lines.Whole);
    }

    [Fact]
    public void IncrementalChangesAreAppliedInOrderAndAWholeTextReplacesAll()
    {
        var documents = new Documents();
        string uri = Documents.UriOf(Path.Combine(Path.GetTempPath(), "sync.minutes"));
        documents.Open(uri, 1, "* 主席：蔡主任秘書\r\n* 記錄：蘇郁婷\r\n散會：上午 11 時\n");
        var changed = documents.Change(uri, 2,
        [
            // 記 → 紀 on line 1, then a supplementary character inserted before 散 on line 2, then 11 → 12 after it
            new TextDocumentContentChangeEvent { Range = new Range(new Position(1, 2), new Position(1, 3)), Text = "紀" },
            new TextDocumentContentChangeEvent { Range = new Range(new Position(2, 0), new Position(2, 0)), Text = "𠀀" },
            new TextDocumentContentChangeEvent { Range = new Range(new Position(2, 8), new Position(2, 10)), Text = "12" },
        ])!;
        Assert.Equal(2, changed.Version);
        Assert.Equal("* 主席：蔡主任秘書\r\n* 紀錄：蘇郁婷\r\n𠀀散會：上午 12 時\n", changed.Text);

        // a deletion across a line end
        changed = documents.Change(uri, 3, [new TextDocumentContentChangeEvent { Range = new Range(new Position(0, 10), new Position(1, 0)), Text = "" }])!;
        Assert.Equal("* 主席：蔡主任秘書* 紀錄：蘇郁婷\r\n𠀀散會：上午 12 時\n", changed.Text);

        changed = documents.Change(uri, 4, [new TextDocumentContentChangeEvent { Text = "@meeting 114-1\n" }, new TextDocumentContentChangeEvent { Range = new Range(new Position(0, 9), new Position(0, 14)), Text = "114-2" }])!;
        Assert.Equal("@meeting 114-2\n", changed.Text);
        Assert.Same(changed, documents.Get(Documents.PathOf(uri)));

        Assert.Null(documents.Change(Documents.UriOf(Path.Combine(Path.GetTempPath(), "never-opened.minutes")), 1, [new TextDocumentContentChangeEvent { Text = "x" }]));
        Assert.NotNull(documents.Close(uri));
        Assert.Null(documents.Get(Documents.PathOf(uri)));
    }

    [Fact]
    public void AFileUriIsItsFullPathAndAnotherUriItself()
    {
        string path = Path.Combine(Path.GetTempPath(), "會議 紀錄", "114-1.minutes");
        Assert.Equal(path, Documents.PathOf(Documents.UriOf(path)));
        Assert.Contains("%E6%9C%83", Documents.UriOf(path), StringComparison.Ordinal); // percent-encoded UTF-8, as editors send it
        Assert.Equal(path, Documents.PathOf("file://" + path.Replace(" ", "%20", StringComparison.Ordinal)));
        Assert.Equal("untitled:Untitled-1", Documents.PathOf("untitled:Untitled-1"));
    }

    private static TextDocumentContentChangeEvent Edit(int l1, int c1, int l2, int c2, string text) =>
        new() { Range = new Range(new Position(l1, c1), new Position(l2, c2)), Text = text };

    /// <summary>Texts with supplementary characters (two UTF-16 code units each) on lines of every line end, and a position between the two units of one.</summary>
    [Theory]
    [InlineData("𠀀案由：一\n", 0, 1)]                                   // the first character of the text
    [InlineData("@meeting 114-1\r\n* 主席：𡃁主任\r\n", 1, 6)]           // after 「* 主席：」, inside 𡃁 (U+210C1), CRLF
    [InlineData("決議\r案名：綠碳匯𩸽\r", 1, 7)]                           // the last character of a line ended by a lone CR
    [InlineData("一\n二\n三 😀 四\n", 2, 3)]                              // an emoji (U+1F600) between spaces
    public void APositionInsideASurrogatePairIsRefusedAndTheTextKept(string text, int line, int character)
    {
        var documents = new Documents();
        string uri = Documents.UriOf(Path.Combine(Path.GetTempPath(), "pair.minutes"));
        documents.Open(uri, 1, text);

        // as the start, as the end, and as the end of a second change after a first that was fine: nothing applied
        TextDocumentContentChangeEvent[][] refused =
        [
            [Edit(line, character, line, character + 1, "x")],
            [Edit(0, 0, line, character, "")],
            [Edit(0, 0, 0, 0, "前"), Edit(line, line == 0 ? character + 1 : character, line, 99, "")],
        ];
        foreach (var changes in refused)
        {
            documents.Open(uri, 1, text);
            var e = Assert.Throws<InvalidParamsException>(() => documents.Change(uri, 2, changes));
            Assert.Contains("surrogate pair", e.Message, StringComparison.Ordinal);
            var kept = documents.Get(Documents.PathOf(uri))!;
            Assert.Equal((1, text), (kept.Version, kept.Text));
            Assert.True(kept.OutOfSync);
        }

        // the positions on either side of the pair are fine, and so is one past the line's end (the line's end, as LSP says)
        documents.Open(uri, 1, text);
        var changed = documents.Change(uri, 2, [Edit(line, character - 1, line, character + 1, "X"), Edit(line, 999, line, 999, "!")])!;
        Assert.False(changed.OutOfSync);
        var lines = new LineIndex(text);
        int at = lines.OffsetOf(new Position(line, character - 1));
        string expected = text[..at] + "X" + text[(at + 2)..];
        int end = new LineIndex(expected).OffsetOf(new Position(line, 999));
        Assert.Equal(expected[..end] + "!" + expected[end..], changed.Text);
    }

    [Theory]
    [InlineData(1, 0, 0, 10)]  // the start a line below the end
    [InlineData(0, 5, 0, 4)]   // the start a character after the end
    [InlineData(2, 3, 1, 99)]  // an end past its line's end does not make it later than a start on the next line
    public void ARangeThatEndsBeforeItStartsIsRefusedAndLaterRangesTooUntilTheWholeText(int l1, int c1, int l2, int c2)
    {
        var documents = new Documents();
        string uri = Documents.UriOf(Path.Combine(Path.GetTempPath(), "reversed.minutes"));
        const string text = "* 主席：蔡主任秘書\r\n* 紀錄：蘇郁婷\r\n散會：上午 11 時\n";
        documents.Open(uri, 1, text);
        Assert.Throws<InvalidParamsException>(() => documents.Change(uri, 2, [Edit(l1, c1, l2, c2, "")]));
        Assert.Equal((1, text, true), (documents.Get(Documents.PathOf(uri))!.Version, documents.Get(Documents.PathOf(uri))!.Text, documents.Get(Documents.PathOf(uri))!.OutOfSync));

        // the editor's text is no longer known: a good range is refused too, until the whole text comes
        var e = Assert.Throws<InvalidParamsException>(() => documents.Change(uri, 3, [Edit(0, 0, 0, 1, "-")]));
        Assert.Contains("send the whole text", e.Message, StringComparison.Ordinal);
        Assert.Equal(text, documents.Get(Documents.PathOf(uri))!.Text);
        var changed = documents.Change(uri, 4, [new TextDocumentContentChangeEvent { Text = "@meeting 114-1\n" }, Edit(0, 9, 0, 14, "114-2")])!;
        Assert.Equal((4, "@meeting 114-2\n", false), (changed.Version, changed.Text, changed.OutOfSync));

        // the params say it before the text is read: a notification's warning
        var p = new DidChangeTextDocumentParams
        {
            TextDocument = new VersionedTextDocumentIdentifier { Uri = uri, Version = 5 },
            ContentChanges = [Edit(l1, c1, l2, c2, "")],
        };
        Assert.Contains("ends before it starts", p.Problem(), StringComparison.Ordinal);
    }

    private static System.Text.Json.Nodes.JsonObject RangeChange(string path, int version, int l1, int c1, int l2, int c2, string text) => new()
    {
        ["textDocument"] = new System.Text.Json.Nodes.JsonObject { ["uri"] = Documents.UriOf(path), ["version"] = version },
        ["contentChanges"] = new System.Text.Json.Nodes.JsonArray(new System.Text.Json.Nodes.JsonObject
        {
            ["range"] = new System.Text.Json.Nodes.JsonObject
            {
                ["start"] = new System.Text.Json.Nodes.JsonObject { ["line"] = l1, ["character"] = c1 },
                ["end"] = new System.Text.Json.Nodes.JsonObject { ["line"] = l2, ["character"] = c2 },
            },
            ["text"] = text,
        }),
    };

    /// <summary>Through the server: a reversed range, then a position inside 𠀀, are warnings; the text and version stay until the whole text comes.</summary>
    [Theory]
    [InlineData(5, 0, 2, 0, "ends before it starts")]
    [InlineData(4, 7, 4, 9, "surrogate pair")]  // 「* 主席：蔡𠀀」: 7 is between the two units of 𠀀
    public async Task TheServerWarnsOfARefusedChangeKeepsItsTextAndResyncsOnTheWholeText(int l1, int c1, int l2, int c2, string said)
    {
        string dir = Directory.CreateTempSubdirectory("minutes-lsp-sync-").FullName;
        try
        {
            string file = Path.Combine(dir, "114-1.minutes");
            string text = File.ReadAllText(Path.Combine(Repo.Seeds, "114-1.minutes")).Replace("主席：蔡", "主席：蔡𠀀", StringComparison.Ordinal);
            var log = new List<string>();
            await using var client = LspClient.InProcess(log: log);
            await client.InitializeAsync();
            await client.OpenAsync(file, text, version: 1);
            Assert.Equal(1, (await client.DiagnosticsAsync(Documents.UriOf(file)))["version"]!.GetValue<int>());

            System.Text.Json.Nodes.JsonObject Preview() => new() { ["textDocument"] = new System.Text.Json.Nodes.JsonObject { ["uri"] = Documents.UriOf(file) } };
            await client.NotifyAsync("textDocument/didChange", RangeChange(file, 2, l1, c1, l2, c2, ""));
            var warning = (await client.NextNotificationAsync("window/logMessage"))!["params"]!;
            Assert.Equal(2, warning["type"]!.GetValue<int>());
            Assert.Contains("textDocument/didChange ignored", warning["message"]!.GetValue<string>(), StringComparison.Ordinal);
            Assert.Contains(said, warning["message"]!.GetValue<string>(), StringComparison.Ordinal);
            var shown = (await client.RequestAsync("minutes/preview", Preview()))["result"]!;
            Assert.Equal(1, shown["version"]!.GetValue<int>());
            Assert.Contains("主任秘書", shown["html"]!.GetValue<string>(), StringComparison.Ordinal); // what either change would have cut

            // a good range now would be applied to a text the editor no longer has: refused too
            await client.NotifyAsync("textDocument/didChange", RangeChange(file, 3, 0, 0, 0, 0, "// 註\n"));
            Assert.Contains("send the whole text", (await client.NextNotificationAsync("window/logMessage"))!["params"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
            Assert.Equal(1, (await client.RequestAsync("minutes/preview", Preview()))["result"]!["version"]!.GetValue<int>());

            await client.ReplaceAsync(file, text.Replace("紀錄：蘇郁婷", "記錄：蘇郁婷", StringComparison.Ordinal), version: 4);
            var publish = await client.DiagnosticsAsync(Documents.UriOf(file));
            Assert.Equal(4, publish["version"]!.GetValue<int>());
            Assert.Contains(LspDiagnosticsTests.Published(publish), f => f.StartsWith("ML0252 ", StringComparison.Ordinal));
            await client.NotifyAsync("textDocument/didChange", RangeChange(file, 5, 0, 0, 0, 0, "// 註\n"));
            Assert.Equal(5, (await client.DiagnosticsAsync(Documents.UriOf(file)))["version"]!.GetValue<int>());
            Assert.Equal(0, await client.ShutdownAsync());
            lock (client.Frames) Assert.DoesNotContain(client.Frames, f => f["method"]?.GetValue<string>() == "textDocument/publishDiagnostics" && f["params"]!["version"]?.GetValue<int>() is 2 or 3);
            lock (log) Assert.DoesNotContain(log, m => m.Contains("internal error", StringComparison.OrdinalIgnoreCase));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
