using System.Text.Json.Nodes;
using MinutesLang.Cli.LanguageServer;

namespace MinutesLang.Tests.LanguageServer;

/// <summary>
/// What <c>textDocument/rename</c> of a case id changes: the id wherever it is written AS an id — its <c>@case</c> line
/// in series.minutes, every <c>[[ID]]</c> and <c>[[ID|wording]]</c> link (spaces inside the brackets kept), the id
/// argument of every event directive in Chinese or English (<c>@列管</c>, <c>@track</c>, <c>@成案 ID 同意：…</c>,
/// <c>@提請解列 ID　層級：…</c>, <c>@更名 ID 新標題</c>…) — and nothing the writer wrote as text: a link's wording, the
/// aliases (<c>別名：</c>) and title of the case, prose, comments, the new title of <c>@更名</c>, another id that
/// starts with it.
/// </summary>
public sealed class LspRenameTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("minutes-lsp-rename-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    // {ID} marks where the id is written as an id (renamed); every other 「OLD」 in the texts is the writer's and stays
    private const string Series = """
        // a series for the rename: OLD in titles, aliases and comments is text
        @series 測試組
          名稱：測試組

        @case {ID}
          標題：OLD總動員
          來源：臺北市規劃
          別名：OLD
          別名：OLD推廣活動

        @case OLD2
          標題：第二期OLD
        """;

    private const string Record = """
        @meeting 114-1
        # 測試組第 1 次會議紀錄
        * 業務報告
          - 「[[{ID}]]」與「[[{ID}|OLD總動員]]」持續列管，[[ {ID} ]]亦同；[[OLD2]]另案辦理。
            @列管 {ID}
            @track {ID}
          // [[OLD]] in a comment is the writer's note
          - OLD一案成案。
            @成案 {ID} 同意：全體
            @提請解列 {ID}　層級：副市長層級
            @更名 {ID} OLD總動員計畫
        @列管表
        - [[{ID}|OLD推廣活動]]
          最新辦理情形：OLD已完成。
          會議決議：持續列管。
          @establish {ID} consent:all
        """;

    private static string Text(string template, string id, string old) => template.Replace("{ID}", id, StringComparison.Ordinal).Replace("OLD", old, StringComparison.Ordinal);

    /// <summary>The place of the <paramref name="n"/>th id-place (from 0) of a template, in the text made with <paramref name="old"/>.</summary>
    private static int IdAt(string template, string old, int n)
    {
        int at = -1;
        for (int i = 0; i <= n; i++) at = template.IndexOf("{ID}", at + 1, StringComparison.Ordinal);
        return Text(template[..at], old, old).Length;
    }

    [Theory]
    [InlineData("綠碳匯", "碳匯總動員", "record", 0)]     // from a link
    [InlineData("綠碳匯", "碳匯", "record", 3)]           // from @列管's argument
    [InlineData("𠀀碳匯", "碳匯", "series", 0)]           // from @case, an id with a supplementary character
    [InlineData("IEYI2024", "IEYI-2024", "record", 6)]   // from @提請解列's argument, ended by a full-width space
    [InlineData("IEYI2024", "𡃁IEYI", "record", 9)]     // from @establish in the progress table
    public async Task ARenameChangesTheIdWhereverItIsAnIdAndNoText(string old, string to, string from, int place)
    {
        string series = Path.Combine(dir, "series.minutes"), first = Path.Combine(dir, "114-1.minutes"), second = Path.Combine(dir, "113-4.minutes");
        File.WriteAllText(series, Text(Series, old, old));
        File.WriteAllText(first, Text(Record, old, old));
        string secondTemplate = Record.Replace("114-1", "113-4", StringComparison.Ordinal);
        File.WriteAllText(second, Text(secondTemplate, old, old));

        await using var client = LspClient.InProcess();
        await client.InitializeAsync();
        // the first record open with an unsaved line more: its edits are in the buffer's positions
        string buffer = "// 未存檔的一行\n" + Text(Record, old, old);
        await client.OpenAsync(first, buffer);

        var (file, text, template, offset) = from == "series"
            ? (series, Text(Series, old, old), Series, IdAt(Series, old, place))
            : (first, buffer, "// 未存檔的一行\n" + Record, IdAt("// 未存檔的一行\n" + Record, old, place));
        Assert.Equal(old, text.Substring(offset, old.Length));
        var prepared = (await client.RequestAsync("textDocument/prepareRename", LspNavigationTests.At(file, text, offset)))["result"]!;
        Assert.Equal(old, prepared["placeholder"]!.GetValue<string>());

        var parameters = LspNavigationTests.At(file, text, offset + 1);
        parameters["newName"] = to;
        var changes = (await client.RequestAsync("textDocument/rename", parameters))["result"]!["changes"]!.AsObject();
        Assert.Equal(new[] { first, second, series }.Select(Documents.UriOf).Order(StringComparer.Ordinal), changes.Select(c => c.Key).Order(StringComparer.Ordinal));

        Assert.Equal(Text(Series, to, old), LspFormattingTests.Apply(Text(Series, old, old), changes[Documents.UriOf(series)]!.AsArray()));
        Assert.Equal("// 未存檔的一行\n" + Text(Record, to, old), LspFormattingTests.Apply(buffer, changes[Documents.UriOf(first)]!.AsArray()));
        Assert.Equal(Text(secondTemplate, to, old), LspFormattingTests.Apply(Text(secondTemplate, old, old), changes[Documents.UriOf(second)]!.AsArray()));
        Assert.Equal(0, await client.ShutdownAsync());
    }

    /// <summary>Every case of the seeds' series, renamed from its <c>@case</c> line: an edit at each place the plain scan finds the id as an id, and nowhere else.</summary>
    public static TheoryData<string> SeedCases()
    {
        var data = new TheoryData<string>();
        foreach (string id in MinutesLang.Semantics.Compilation.Create(MinutesLang.Semantics.Compilation.ParseFile(Path.Combine(Repo.Seeds, "series.minutes")), []).Series.Cases.Keys.Order(StringComparer.Ordinal))
            data.Add(id);
        return data;
    }

    [Theory]
    [MemberData(nameof(SeedCases))]
    public async Task EveryCaseOfTheSeedsIsRenamedAtItsIdsOnly(string id)
    {
        foreach (string f in Directory.EnumerateFiles(Repo.Seeds, "*.minutes")) File.Copy(f, Path.Combine(dir, Path.GetFileName(f)));
        var scan = LspNavigationTests.PlainScan(dir).Where(w => w.Id == id).ToList();
        var declaration = Assert.Single(scan, w => w.Declaration);
        string seriesText = File.ReadAllText(declaration.File);

        await using var client = LspClient.InProcess();
        await client.InitializeAsync();
        var parameters = LspNavigationTests.At(declaration.File, seriesText, declaration.Offset);
        parameters["newName"] = "新" + id;
        var changes = (await client.RequestAsync("textDocument/rename", parameters))["result"]!["changes"]!.AsObject();

        var edited = new List<(string File, int Offset)>();
        foreach (var (uri, edits) in changes)
        {
            string file = Documents.PathOf(uri), text = File.ReadAllText(file);
            var lines = new LineIndex(text);
            foreach (var e in edits!.AsArray())
            {
                int start = lines.OffsetOf(new Position((int)e!["range"]!["start"]!["line"]!, (int)e["range"]!["start"]!["character"]!));
                int end = lines.OffsetOf(new Position((int)e["range"]!["end"]!["line"]!, (int)e["range"]!["end"]!["character"]!));
                Assert.Equal(id, text[start..end]);
                Assert.Equal("新" + id, e["newText"]!.GetValue<string>());
                edited.Add((file, start));
            }
        }

        Assert.Equal(scan.Select(w => (w.File, w.Offset)).Order(), edited.Order());
        Assert.Equal(0, await client.ShutdownAsync());
    }
}
