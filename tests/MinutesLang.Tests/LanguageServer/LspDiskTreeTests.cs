using MinutesLang.Cli.LanguageServer;

namespace MinutesLang.Tests.LanguageServer;

/// <summary>
/// The trees of the records read from disk are kept between checks (<see cref="DiskTrees"/>, issue 16 point 6): a check
/// after a change parses only what changed, and a file edited on disk is always read again — even with its length and
/// its time stamp unchanged.
/// </summary>
public sealed class LspDiskTreeTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("minutes-lsp-disk-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private void CopySeeds()
    {
        foreach (string f in Directory.EnumerateFiles(Repo.Seeds, "*.minutes")) File.Copy(f, Path.Combine(dir, Path.GetFileName(f)));
    }

    private static List<string> Findings(SeriesChecker checker, string path) =>
        [.. checker.Check(path, m => Assert.Fail(m)).Single(f => f.Document.Path == path).Published.Select(d => $"{d.Code} {d.Range.Start.Line}:{d.Range.Start.Character} {d.Message}")];

    /// <summary>The findings of a checker that keeps nothing: what the files say now.</summary>
    private static List<string> Fresh(string open, string text)
    {
        var documents = new Documents();
        documents.Open(Documents.UriOf(open), 1, text);
        return Findings(new SeriesChecker(documents, _ => null), open);
    }

    /// <summary>Edits of another record that keep its length in UTF-8 bytes (列管 → 解列) and change the open one's findings.</summary>
    [Theory]
    [InlineData("113-3", "114-1", "@列管 綠碳匯", "@解列 綠碳匯")]
    [InlineData("112-3", "113-1", "@列管 綠碳匯", "@解列 綠碳匯")]
    public void ARecordEditedOnDiskIsReadAgainEvenWithItsLengthAndTimeStampKept(string edited, string watched, string from, string to)
    {
        CopySeeds();
        string editedFile = Path.Combine(dir, edited + ".minutes"), watchedFile = Path.Combine(dir, watched + ".minutes");
        string text = File.ReadAllText(watchedFile);
        var documents = new Documents();
        documents.Open(Documents.UriOf(watchedFile), 1, text);
        var checker = new SeriesChecker(documents, _ => null);

        var before = Findings(checker, watchedFile);
        int parsed = checker.DiskParses;
        Assert.Equal(Directory.GetFiles(dir, "*.minutes").Length - 1, parsed); // every file but the open one
        Assert.Equal(before, Findings(checker, watchedFile));
        Assert.Equal(parsed, checker.DiskParses); // nothing changed: nothing parsed again

        // the edit keeps the length and the time stamp: only the bytes tell
        var info = new FileInfo(editedFile);
        var (stamp, length) = (info.LastWriteTimeUtc, info.Length);
        string original = File.ReadAllText(editedFile);
        Assert.Contains(from, original);
        File.WriteAllText(editedFile, original.Replace(from, to, StringComparison.Ordinal));
        File.SetLastWriteTimeUtc(editedFile, stamp);
        info.Refresh();
        Assert.Equal((stamp, length), (info.LastWriteTimeUtc, info.Length));

        var after = Findings(checker, watchedFile);
        Assert.Equal(parsed + 1, checker.DiskParses); // that record alone parsed again
        Assert.NotEqual(before, after);
        Assert.Equal(Fresh(watchedFile, text), after);

        // and back: the first tree is not taken for the second
        File.WriteAllText(editedFile, original);
        File.SetLastWriteTimeUtc(editedFile, stamp);
        Assert.Equal(before, Findings(checker, watchedFile));
        Assert.Equal(parsed + 2, checker.DiskParses);
    }

    [Fact]
    public void ARecordDeletedOnDiskIsLeftOutOfTheNextCheck()
    {
        CopySeeds();
        string open = Path.Combine(dir, "114-1.minutes");
        var documents = new Documents();
        documents.Open(Documents.UriOf(open), 1, File.ReadAllText(open));
        var checker = new SeriesChecker(documents, _ => null);
        var logged = new List<string>();
        Assert.Single(checker.Check(open, logged.Add));

        File.Delete(Path.Combine(dir, "113-3.minutes"));
        var findings = checker.Check(open, logged.Add);
        Assert.Single(findings);
        Assert.Equal(Fresh(open, File.ReadAllText(open)), [.. findings[0].Published.Select(d => $"{d.Code} {d.Range.Start.Line}:{d.Range.Start.Character} {d.Message}")]);
    }
}
