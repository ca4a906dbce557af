using MinutesLang.Diagnostics;
using MinutesLang.Import;
using MinutesLang.Parsing;
using MinutesLang.Semantics;
using MinutesLang.Text;

namespace MinutesLang.Tests;

/// <summary>
/// Issue g2 point 1: the meeting's number is the one standing in the title's meeting-number slot — where the series'
/// <c>題名</c> (<c>臨時會題名</c>) has <c>{次}</c>, else the last 第 N 次 before 紀錄 — never a 會期 counted as 第 N 次
/// (a council's, a 代表會's 第21屆第3次定期會第2次會議). A fresh user's 市民代表會 got ML0233 on a right title and
/// <c>minutes import</c> wrote <c>@meeting 3</c>, the 定期會's number.
/// </summary>
public sealed class TitleNumberSlotTests
{
    private static string Record(string id, string title, string date = "114 年 3 月 7 日（星期五）下午 2 時") =>
        $"@meeting {id}\n# {title}\n* 時間：{date}\n* 地點：本所會議室\n* 主席：王主席\n紀錄：李專員\n* 報告事項：無。\n* 散會：下午 4 時\n";

    private static Compilation Compile(string? series, params (string Name, string Text)[] records) =>
        Compilation.Create(series is null ? null : Parser.Parse(series, "series.minutes"), records.Select(r => Parser.Parse(r.Text, r.Name)));

    private static string Text(Diagnostic d) => d.Source.Text.Substring(d.Span.Start, d.Span.Length);

    private static string Original(string title, string when = "114 年 3 月 7 日（星期五）上午 10 時") =>
        $"{title}\n壹、時間：{when}\n貳、地點：本所會議室\n參、主席：王主席\n紀錄：李小華\n肆、報告事項：無。\n伍、散會：上午 11 時\n";

    // ---- the title read without a declared form: the last 第 N 次 before 紀錄 ----

    [Theory]
    [InlineData("測試市民代表會第21屆第3次定期會第2次會議紀錄", false, 21, 3, 2)]
    [InlineData("測試市民代表會第二十一屆第三次定期會第二次會議紀錄", false, 21, 3, 2)]
    [InlineData("測試縣議會第 20 屆第 5 次定期大會第 11 次會議紀錄", false, 20, 5, 11)]
    [InlineData("測試鄉民代表會第22屆第1次臨時會會議紀錄", true, 22, null, 1)]
    [InlineData("測試市民代表會第二十一屆第二次臨時會會議紀錄", true, 21, null, 2)]
    [InlineData("測試里第3次里民大會紀錄", false, null, null, 3)]
    [InlineData("測試區農會第十九屆第四次會員代表大會會議紀錄", false, 19, null, 4)]
    [InlineData("測試國民小學113學年度第2次校務會議紀錄", false, null, null, 2)]
    [InlineData("測試區公所114年第5次里長會報紀錄", false, null, null, 5)]
    [InlineData("測試委員會第7次會議紀錄（第6次會議決議追蹤）", false, null, null, 7)]
    public void TheMeetingNumberIsTheLastOrdinalBeforeTheWord紀錄(string title, bool extra, int? term, int? session, int number)
    {
        var read = MeetingTitle.Read(title);
        Assert.Equal((extra, term, session, number), (read.Extra, read.Term?.Value, read.Session?.Value, read.Number?.Value));
    }

    [Theory]
    [InlineData("21-3-2", "測試市民代表會第21屆第3次定期會第2次會議紀錄", null)]
    [InlineData("21-3-2", "測試市民代表會第二十一屆第三次定期會第二次會議紀錄", null)]
    [InlineData("21-3-2", "測試市民代表會第21屆第3次定期會第3次會議紀錄", "3")]
    [InlineData("21-3-2", "測試市民代表會第21屆第4次定期會第2次會議紀錄", "4")]
    [InlineData("21-3-2", "測試市民代表會第22屆第3次定期會第2次會議紀錄", "22")]
    [InlineData("3", "測試里第3次里民大會紀錄", null)]
    [InlineData("3", "測試里第4次里民大會紀錄", "4")]
    [InlineData("113-2", "測試國民小學113學年度第2次校務會議紀錄", null)]
    [InlineData("113-2", "測試國民小學113學年度第二次校務會議紀錄", null)]
    [InlineData("113-2", "測試國民小學113學年度第1次校務會議紀錄", "1")]
    [InlineData("臨1", "測試鄉民代表會第22屆第1次臨時會會議紀錄", null)]
    [InlineData("臨2", "測試鄉民代表會第22屆第1次臨時會會議紀錄", "1")]
    public void CheckHoldsTheMeetingNumberSlotToTheId(string id, string title, string? at)
    {
        var c = Compile(null, ("x.minutes", Record(id, title, id.StartsWith("113", StringComparison.Ordinal) ? "113 年 10 月 4 日（星期五）下午 2 時" : "114 年 3 月 7 日（星期五）下午 2 時")));
        var found = c.Diagnostics.Where(d => d.Code == "ML0233").Select(Text).ToList();
        Assert.Equal(at is null ? [] : [at], found);
    }

    [Theory]
    [InlineData("測試市民代表會第21屆第3次定期會第2次會議紀錄", "21-3-2")]
    [InlineData("測試市民代表會第二十一屆第三次定期會第二次會議紀錄", "21-3-2")]
    [InlineData("測試縣議會第 20 屆第 5 次定期大會第 11 次會議紀錄", "20-5-11")]
    [InlineData("測試鄉民代表會第22屆第1次臨時會會議紀錄", "臨1")]
    [InlineData("測試里第3次里民大會紀錄", "3")]
    [InlineData("測試國民小學113學年度第2次校務會議紀錄", "113-2")]
    [InlineData("測試區公所114年第5次里長會報紀錄", "114-5")]
    public void ImportWritesTheMeetingNumberOfTheSlot(string title, string id)
    {
        var result = Importer.Import(SourceText.From(Original(title), "body.txt"));
        var record = Assert.Single(result.Records);
        Assert.Equal(id, record.Id);
        var c = Compilation.Create(null, [Parser.Parse(record.Text, record.FileName)]);
        Assert.DoesNotContain(c.Diagnostics, d => d.Code == "ML0233");
    }

    // ---- a declared form: the numbers stand where 題名 has {屆} {會期} {次} ----

    private const string Council = "@series 代表會\n  名稱：測試市民代表會\n  編號：屆會期\n  臨時會：另計\n" +
        "  題名：測試市民代表會第{屆}屆第{會期}次定期會第{次}次會議紀錄\n  臨時會題名：測試市民代表會第{屆}屆第{次}次臨時會第{會期}會期會議紀錄\n";

    [Theory]
    [InlineData("測試市民代表會第21屆第3次定期會第2次會議紀錄", false, 21, 3, 2)]
    [InlineData("測試市民代表會 第 二十一 屆 第 三 次定期會 第 二 次會議紀錄", false, 21, 3, 2)]
    [InlineData("測試市民代表會第21屆第1次臨時會第3會期會議紀錄", true, 21, 3, 1)]
    public void ATitleInTheDeclaredFormIsReadByItsSlots(string title, bool extra, int term, int session, int number)
    {
        var scheme = Compile(Council).Series.Scheme;
        var read = MeetingTitle.Read(title, scheme);
        Assert.Equal((extra, term, session, number), (read.Extra, read.Term?.Value, read.Session?.Value, read.Number?.Value));
        Assert.True(scheme.Fits(title, extra));
    }

    [Fact]
    public void ASlotAfterTheRecordWordIsStillTheNumber()
    {
        // a form whose 次 stands after 紀錄: without the form, the last ordinal before 紀錄 (the 會期's) would be taken
        const string series = "@series 校務\n  名稱：測試國小\n  編號：屆會期\n  題名：測試國小第{屆}屆第{會期}次校務會議紀錄（第{次}次）\n";
        const string title = "測試國小第5屆第2次校務會議紀錄（第42次）";
        var c = Compile(series, ("5-2-42.minutes", Record("5-2-42", title)));
        Assert.Equal(42, MeetingTitle.Read(title, c.Series.Scheme).Number?.Value);
        Assert.Equal(2, MeetingTitle.Read(title).Number?.Value);
        Assert.DoesNotContain(c.Diagnostics, d => d.Code is "ML0233" or "ML0234" or "ML0131");
        var wrong = Compile(series, ("5-2-41.minutes", Record("5-2-41", title)));
        Assert.Equal(["42"], wrong.Diagnostics.Where(d => d.Code == "ML0233").Select(Text));
    }

    [Theory]
    [InlineData("21-3-2", "測試市民代表會第21屆第3次定期會第2次會議紀錄", null)]
    [InlineData("21-3-2", "測試市民代表會第21屆第3次定期會第5次會議紀錄", "5")]
    [InlineData("21-3-2", "測試市民代表會第21屆第2次定期會第2次會議紀錄", "2")]
    [InlineData("21-3-臨1", "測試市民代表會第21屆第1次臨時會第3會期會議紀錄", null)]
    [InlineData("21-3-臨2", "測試市民代表會第21屆第1次臨時會第3會期會議紀錄", "1")]
    public void CheckReadsTheNumbersWhereTheFormPutsThem(string id, string title, string? at)
    {
        var c = Compile(Council, ("x.minutes", Record(id, title)));
        Assert.DoesNotContain(c.Diagnostics, d => d.Code == "ML0234");
        var found = c.Diagnostics.Where(d => d.Code == "ML0233").Select(Text).ToList();
        Assert.Equal(at is null ? [] : [at], found);
    }

    [Theory]
    [InlineData("測試市民代表會第21屆第3次定期會第2次會議紀錄", "21-3-2")]
    [InlineData("測試市民代表會第二十一屆第三次定期會第十二次會議紀錄", "21-3-12")]
    [InlineData("測試市民代表會第21屆第1次臨時會第3會期會議紀錄", "21-3-臨1")]
    public void ImportWithTheSeriesReadsTheSlots(string title, string id)
    {
        var series = Compile(Council).Series;
        var result = Importer.Import(SourceText.From(Original(title), "body.txt"), series);
        var record = Assert.Single(result.Records);
        Assert.Equal(id, record.Id);
        var c = Compilation.Create(series.Tree, [Parser.Parse(record.Text, record.FileName)]);
        Assert.DoesNotContain(c.Diagnostics, d => d.Code is "ML0233" or "ML0234");
    }
}
