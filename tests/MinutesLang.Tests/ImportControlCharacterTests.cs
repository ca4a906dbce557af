using static MinutesLang.Tests.CliRun;
using System.Text;
using MinutesLang.Diagnostics;
using MinutesLang.Import;
using MinutesLang.Text;

namespace MinutesLang.Tests;

/// <summary>
/// Control characters in an original (issue 13 §5 on the import side): what check rejects in a record (ML0030–ML0032)
/// is left out of the imported record and each run is reported with ML0415 at its line and column; a text that is not
/// text (binary bytes, NUL, invalid UTF-8) is refused with ML0410, exit code 2 and nothing written.
/// </summary>
public sealed class ImportControlCharacterTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("minutes-import-controls-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private static readonly string OriginalPath = Path.Combine(Repo.Seeds, "original", "112-1.txt");

    /// <summary>112-1 (it has a table) with <paramref name="inserted"/> put into line <paramref name="line"/> before column <paramref name="column"/>.</summary>
    private static string WithInserted(string inserted, int line, int column)
    {
        var lines = File.ReadAllText(OriginalPath).Split('\n');
        lines[line - 1] = lines[line - 1].Insert(column - 1, inserted);
        return string.Join('\n', lines);
    }

    public static TheoryData<string, string, int, int> Kinds() => new()
    {
        // the title
        { "SOH in the title", "\u0001", 1, 1 },
        { "an ESC [31m sequence in the title", "\u001B[31m", 1, 1 },
        { "RLO in the title", "\u202E", 1, 5 },
        // a field (貳、地點：…)
        { "RLO in a field", "\u202E", 5, 6 },
        { "DEL in a field", "\u007F", 5, 8 },
        { "an ESC [0m sequence in a field", "\u001B[0m", 5, 6 },
        // an item (- 三、本年…)
        { "DEL in an item", "\u007F", 20, 5 },
        { "NEL in an item", "\u0085", 20, 7 },
        { "SOH in an item", "\u0001", 20, 5 },
        // a table row (二\t原雙北…)
        { "NEL in a table row", "\u0085", 30, 3 },
        { "SOH in a table row", "\u0001", 30, 4 },
        { "an ESC [31m sequence in a table row", "\u001B[31m", 30, 3 },
        { "RLO in a table row", "\u202E", 30, 3 },
        // several of a kind in a run: one finding
        { "a run of C0 and C1 controls", "\u0001\u0002\u0085\u007F", 24, 3 },
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public void ControlCharactersAreLeftOutAndReportedAtTheirLineAndColumn(string what, string inserted, int line, int column)
    {
        var series = ImportTests.SeedSeries();
        var clean = Importer.Import(SourceText.From(File.ReadAllText(OriginalPath), "112-1.txt"), series);
        var result = Importer.Import(new ImportInput(SourceText.From(WithInserted(inserted, line, column), "112-1.txt"), false), series);

        // one ML0415, where the characters were
        var d = Assert.Single(result.Diagnostics, d => d.Code == "ML0415");
        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
        Assert.Equal((line, column), d.Start);
        Assert.Equal(inserted.Length, d.Span.Length);

        // left out, and nothing else: the record is the one of the original without them, and it checks with no error
        var record = Assert.Single(result.Records);
        Assert.Equal(Assert.Single(clean.Records).Text, record.Text);
        Assert.DoesNotContain(record.Text, c => c < ' ' && c is not ('\n' or '\t') || c is >= '\u007F' and <= '\u009F' || c == '\u202E');
        var c = ImportTests.CompileImported(record, withSeries: true);
        Assert.DoesNotContain(c.Diagnostics, x => x.Severity == DiagnosticSeverity.Error);
        Assert.Equal(
            string.Join("\n", clean.Diagnostics.Select(x => $"{x.Code} {x.Message}")),
            string.Join("\n", result.Diagnostics.Where(x => x.Code != "ML0415").Select(x => $"{x.Code} {x.Message}")));
        _ = what;
    }

    [Fact]
    public void EveryKindInOneTextIsReportedOnceEachAndTheRecordChecksClean()
    {
        // inserted from the last line up, so that the columns stay as written
        string text = File.ReadAllText(OriginalPath);
        foreach (var (inserted, line, column) in new[] { ("\u0085", 30, 3), ("\u007F", 20, 5), ("\u0001", 5, 6), ("\u001B[31m", 1, 1) })
        {
            var lines = text.Split('\n');
            lines[line - 1] = lines[line - 1].Insert(column - 1, inserted);
            text = string.Join('\n', lines);
        }

        var result = Importer.Import(new ImportInput(SourceText.From(text, "112-1.txt"), false), ImportTests.SeedSeries());
        Assert.Equal(["1:1", "5:6", "20:5", "30:3"], result.Diagnostics.Where(d => d.Code == "ML0415").Select(d => $"{d.Start.Line}:{d.Start.Column}"));
        Assert.Contains("'<ESC>[31m'", result.Diagnostics.First(d => d.Code == "ML0415").Message, StringComparison.Ordinal);
        var c = ImportTests.CompileImported(Assert.Single(result.Records), withSeries: true);
        Assert.DoesNotContain(c.Diagnostics, x => x.Severity == DiagnosticSeverity.Error);
    }

    [Fact]
    public void TheCliWritesTheRecordWithoutThemReportsEachAndCheckPasses()
    {
        string input = Path.Combine(dir, "112-1.txt");
        File.WriteAllText(input, WithInserted("\u001B[31m", 1, 1));
        string out_ = Directory.CreateDirectory(Path.Combine(dir, "out")).FullName;
        var (code, _, e) = Run("import", input, "-o", out_, "--series", Repo.Seeds, "--format", "msbuild");
        Assert.Equal(0, code);
        Assert.Contains($"{input}(1,1): warning ML0415: ", e);
        Assert.DoesNotContain("\u001B", e);
        string written = File.ReadAllText(Path.Combine(out_, "112-1.minutes"));
        Assert.DoesNotContain('\u001B', written);

        File.Copy(Path.Combine(Repo.Seeds, "series.minutes"), Path.Combine(out_, "series.minutes"));
        var check = Run("check", out_, "--format", "msbuild");
        Assert.DoesNotContain(": error ", check.Out);
    }

    [Fact]
    public void AFormFeedIsAPageBreakAsBeforeNotAControlCharacter()
    {
        string text = File.ReadAllText(OriginalPath).Replace("\n陸、業務報告：", "\n\f陸、業務報告：", StringComparison.Ordinal);
        var result = Importer.Import(new ImportInput(SourceText.From(text, "112-1.txt"), false), ImportTests.SeedSeries());
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "ML0415");
        var clean = Importer.Import(SourceText.From(File.ReadAllText(OriginalPath), "112-1.txt"), ImportTests.SeedSeries());
        Assert.Equal(Assert.Single(clean.Records).Text, Assert.Single(result.Records).Text);
    }

    public static TheoryData<string, byte[], string> NotTexts()
    {
        var random = new byte[4096];
        new Random(13).NextBytes(random);
        var controls = Enumerable.Range(0, 400).Select(i => (byte)(i % 2 == 0 ? 0x01 + i % 8 : 'a')).ToArray();
        return new()
        {
            { "random bytes", random, "not a text document" },
            { "a text with a NUL", Encoding.UTF8.GetBytes("114 年度教育文化組第 1 次工作小組會議紀錄\n\n壹、時間：114 年 3 月 7 日\0\n"), "NUL character (line 3, column 19)" },
            { "bytes that are not UTF-8", [.. Encoding.UTF8.GetBytes("114 年度會議紀錄\n"), 0xB7, 0x7C, 0xA5, 0x5F, (byte)'\n'], "not UTF-8 (line 2, column 1" },
            { "controls check calls binary", controls, "a binary file" },
        };
    }

    [Theory]
    [MemberData(nameof(NotTexts))]
    public void ATextThatIsNotTextIsRefusedExit2AndNothingWritten(string what, byte[] bytes, string message)
    {
        string input = Path.Combine(dir, "minutes.txt");
        File.WriteAllBytes(input, bytes);
        string out_ = Directory.CreateDirectory(Path.Combine(dir, "out")).FullName;
        var (code, o, e) = Run("import", input, "-o", out_);
        Assert.True(code == 2, $"{what}: exit {code}\n{e}");
        Assert.Equal("", o);
        Assert.StartsWith($"minutes: {input}: error ML0410: not a text document: ", e);
        Assert.Contains(message, e);
        Assert.Empty(Directory.EnumerateFileSystemEntries(out_));

        var refused = Assert.Throws<DocumentRefusedException>(() => ImportReader.Read(input, bytes));
        Assert.Equal("ML0410", refused.Diagnostic.Code);
    }
}

/// <summary>
/// Issue 13, last slice 3c: what the importer finds in a line after a control character it left out (ML0415) is reported
/// at its column in the input, not in the text without the character (it was one column off per character removed).
/// </summary>
public sealed class ImportControlColumnTests
{
    private static readonly string Original = File.ReadAllText(Path.Combine(Repo.Seeds, "original", "112-1.txt"));

    private static string Insert(string text, string inserted, int line, int column)
    {
        var lines = text.Split('\n');
        lines[line - 1] = lines[line - 1].Insert(column - 1, inserted);
        return string.Join('\n', lines);
    }

    private static List<Diagnostic> Import(string text) =>
        [.. Importer.Import(new ImportInput(SourceText.From(text, "112-1.txt"), false), ImportTests.SeedSeries()).Diagnostics];

    /// <summary>112-1 with a date no calendar has in its 時間 line (line 3, 壹、時間：…): ML0405, at column 4 of the line.</summary>
    private static readonly string Plain = Original.Replace("112 年 6 月 19 日", "112 年 13 月 40 日", StringComparison.Ordinal);

    private static (int Line, int Column) Expected => Assert.Single(Import(Plain), d => d.Code == "ML0405").Start;

    [Theory]
    [InlineData("\u0001", 1)]          // SOH before the ordinal
    [InlineData("\u001B[31m", 1)]      // an escape sequence: five characters
    [InlineData("\u202E\u202C", 3)]    // two bidi controls, one run, inside the label
    [InlineData("\u0085", 2)]          // NEL after the ordinal's first character
    public void AFindingAfterARemovedRunIsAtItsColumnInTheInput(string control, int column)
    {
        var expected = Expected;
        Assert.Equal(3, expected.Line);
        Assert.True(column <= expected.Column, "the control characters go in before the finding");
        string text = Insert(Plain, control, 3, column);
        var found = Import(text);
        var d = Assert.Single(found, d => d.Code == "ML0405");
        Assert.Equal((3, expected.Column + control.Length), d.Start);
        Assert.Same(text, d.Source.Text);
        Assert.Equal((3, column), Assert.Single(found, x => x.Code == "ML0415").Start);

        // two runs before it: both counted
        string twice = Insert(Insert(Plain, control, 3, column), "\u0007", 3, 1);
        Assert.Equal((3, expected.Column + control.Length + 1), Assert.Single(Import(twice), x => x.Code == "ML0405").Start);
    }

    [Fact]
    public void AFindingBeforeTheRunOrOnAnotherLineDoesNotMove()
    {
        var expected = Expected;
        int end = Plain.Split('\n')[2].Length + 1;
        Assert.Equal(expected, Assert.Single(Import(Insert(Plain, "\u0001\u0002", 3, end)), d => d.Code == "ML0405").Start);
        Assert.Equal(expected, Assert.Single(Import(Insert(Plain, "\u001B[0m", 1, 1)), d => d.Code == "ML0405").Start);
        Assert.Equal(expected, Assert.Single(Import(Insert(Plain, "\u007F", 5, 2)), d => d.Code == "ML0405").Start);
    }
}
