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

        // a deletion across a line end, and a range given end first
        changed = documents.Change(uri, 3, [new TextDocumentContentChangeEvent { Range = new Range(new Position(1, 0), new Position(0, 10)), Text = "" }])!;
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
}
