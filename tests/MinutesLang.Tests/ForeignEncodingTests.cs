using System.Text;
using MinutesLang.Diagnostics;
using MinutesLang.Import;
using MinutesLang.Parsing;
using MinutesLang.Semantics;
using MinutesLang.Text;

namespace MinutesLang.Tests;

/// <summary>
/// Issue g2 point 2: a record saved in Big5 (or GBK/GB18030, or UTF-16 with or without a byte-order mark) got one ML0001
/// on one line and then findings of the garbage its bytes read as in UTF-8 (ML0120, ML0234, ML0101…), and Big5 was never
/// named. Now such a file is said to be in its encoding once (ML0001, with the iconv command), no other finding is made of
/// it, fmt refuses it (the bytes stay), render renders nothing of it, and import names the encoding with the file's own
/// byte count. A UTF-8 file with a few bad bytes is still read, each run of them ML0001.
/// </summary>
public sealed class ForeignEncodingTests : CliHarness
{
    static ForeignEncodingTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Records of other bodies (and a seed's), each with what a series would check: a title, a date, a case link.</summary>
    public static readonly string[] Records =
    [
        "@meeting 114-5\n# 測試區公所114年第5次里長會報紀錄\n* 時間：114 年 5 月 2 日（星期五）上午 9 時\n* 地點：本所 3 樓禮堂\n* 主席：王區長\n紀錄：李課員\n* 業務報告\n  - 路燈維護已完成。\n* 散會：上午 11 時\n",
        "@meeting 113-2\n# 測試國民小學113學年度第2次校務會議紀錄\n* 時間：113 年 10 月 4 日（星期五）下午 2 時\n* 地點：本校視聽教室\n* 主席：陳校長\n紀錄：林組長\n* 提案討論\n  案由：修訂本校學生獎懲辦法案。\n  決議：照案通過。\n* 散會：下午 4 時\n",
        "@meeting 21-3-2\n# 測試市民代表會第21屆第3次定期會第2次會議紀錄\n* 時間：114 年 3 月 7 日（星期五）上午 10 時\n* 地點：本會議事廳\n* 主席：張主席\n紀錄：黃秘書\n* 報告事項：[[路燈]]列管中。\n* 散會：中午 12 時\n",
    ];

    private static string Seed => File.ReadAllText(Path.Combine(Repo.Seeds, "114-1.minutes"));

    public static TheoryData<string, int> Encodings()
    {
        var data = new TheoryData<string, int>();
        foreach (string e in new[] { "Big5", "GB18030", "UTF-16LE", "UTF-16BE", "UTF-16LE+BOM", "UTF-16BE+BOM" })
        {
            for (int i = 0; i <= Records.Length; i++) data.Add(e, i);
        }

        return data;
    }

    private static string RecordText(int index) => index < Records.Length ? Records[index] : Seed;

    private static byte[] Encode(string encoding, string text) => encoding switch
    {
        "Big5" => Encoding.GetEncoding(950).GetBytes(text),
        "GB18030" => Encoding.GetEncoding(54936).GetBytes(text),
        "UTF-16LE" => new UnicodeEncoding(false, false).GetBytes(text),
        "UTF-16BE" => new UnicodeEncoding(true, false).GetBytes(text),
        "UTF-16LE+BOM" => [0xFF, 0xFE, .. new UnicodeEncoding(false, false).GetBytes(text)],
        "UTF-16BE+BOM" => [0xFE, 0xFF, .. new UnicodeEncoding(true, false).GetBytes(text)],
        _ => throw new ArgumentException(encoding),
    };

    private static string Named(string encoding) => encoding.Replace("+BOM", "", StringComparison.Ordinal);

    [Theory]
    [MemberData(nameof(Encodings))]
    public void AFileInAnotherEncodingIsNamedOnceAndNothingElseIsFound(string encoding, int record)
    {
        string text = RecordText(record);
        byte[] bytes = Encode(encoding, text);
        var source = SourceText.FromBytes(bytes, "x.minutes");
        Assert.Equal(Named(encoding), source.ForeignEncoding);

        var c = Compilation.Create(Parser.Parse(File.ReadAllText(Path.Combine(Repo.Seeds, "series.minutes")), "series.minutes"), [Parser.Parse(source)]);
        var found = Assert.Single(c.Diagnostics, d => d.Source.Path == "x.minutes");
        Assert.Equal(("ML0001", DiagnosticSeverity.Error), (found.Code, found.Severity));
        Assert.Contains($"{bytes.Length:N0} bytes read as {Named(encoding)}", found.Message);
        Assert.Contains($"iconv -f {(encoding == "Big5" ? "BIG5" : Named(encoding))} -t UTF-8 x.minutes", found.Hint);
        Assert.Empty(c.Records);

        // what iconv makes of it is the record, read as it was written
        Assert.Equal(text, Decode(encoding, bytes));
    }

    private static string Decode(string encoding, byte[] bytes) => encoding switch
    {
        "Big5" => Encoding.GetEncoding(950).GetString(bytes),
        "GB18030" => Encoding.GetEncoding(54936).GetString(bytes),
        "UTF-16LE" or "UTF-16LE+BOM" => new UnicodeEncoding(false, false).GetString(bytes).TrimStart('\uFEFF'),
        _ => new UnicodeEncoding(true, false).GetString(bytes).TrimStart('\uFEFF'),
    };

    [Theory]
    [InlineData("Big5")]
    [InlineData("GB18030")]
    [InlineData("UTF-16LE+BOM")]
    public void TheFindingIsInChineseToo(string encoding)
    {
        var d = Assert.Single(Parser.Parse(SourceText.FromBytes(Encode(encoding, Records[0]), "甲.minutes")).Diagnostics);
        var zh = d.In(Localization.Language.ZhTw);
        Assert.Contains($"{Named(encoding)} 編碼", zh.Message);
        Assert.Contains("iconv -f", zh.Hint);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(3)]
    public void AUtf8FileWithAFewBadBytesIsStillReadAndEachRunReported(int record)
    {
        // a passage pasted from a Big5 document into a UTF-8 record: the record is read, the bad bytes are each ML0001
        string text = RecordText(record);
        byte[] bytes = [.. Encoding.UTF8.GetBytes(text), .. Encoding.UTF8.GetBytes("* 附註："), .. Encoding.GetEncoding(950).GetBytes("線上"), (byte)'\n'];
        var source = SourceText.FromBytes(bytes, "x.minutes");
        Assert.Null(source.ForeignEncoding);
        var c = Compilation.Create(null, [Parser.Parse(source)]);
        Assert.Single(c.Records);
        Assert.Contains(c.Diagnostics, d => d.Code == "ML0001");
        Assert.All(c.Diagnostics.Where(d => d.Code == "ML0001"), d => Assert.DoesNotContain("Big5", d.Message));
    }

    [Fact]
    public void RandomBytesAreStillABinaryFileNotAnEncoding()
    {
        var random = new byte[4096];
        new Random(7).NextBytes(random);
        var tree = Parser.Parse(SourceText.FromBytes(random, "x.minutes"));
        Assert.Contains(tree.Diagnostics, d => d.Code == "ML0007");
        Assert.DoesNotContain(tree.Diagnostics, d => d.Code == "ML0001");
    }

    [Fact]
    public void ALatin1TextIsNotUtf8InNoEncodingToldOnce()
    {
        // no Chinese text, but Latin-1 accents: not UTF-8, not Big5 or GB18030 either; said once, not read
        byte[] bytes = [.. Encoding.UTF8.GetBytes("@meeting 114-1\n# 114 "), 0xC9, (byte)'t', (byte)'u', (byte)'d', 0xE9, .. Encoding.UTF8.GetBytes("\n* Lieu : caf"), 0xE9, (byte)'\n'];
        var source = SourceText.FromBytes(bytes, "x.minutes");
        Assert.Equal(ForeignEncoding.Unknown, source.ForeignEncoding);
        var c = Compilation.Create(null, [Parser.Parse(source)]);
        var d = Assert.Single(c.Diagnostics);
        Assert.Equal("ML0001", d.Code);
        Assert.Contains($"3 of its {bytes.Length} bytes cannot be decoded", d.Message);
    }

    [Theory]
    [InlineData("Big5", 0)]
    [InlineData("Big5", 3)]
    [InlineData("GB18030", 1)]
    [InlineData("UTF-16LE+BOM", 2)]
    [InlineData("UTF-16BE", 0)]
    public void CheckSaysItOnceAndExits1(string encoding, int record)
    {
        string path = Path.Combine(dir, "114-5.minutes");
        File.WriteAllBytes(path, Encode(encoding, RecordText(record)));
        var (code, o, e) = Run("check", path);
        Assert.Equal(1, code);
        Assert.Single(o.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => l.Contains("ML0", StringComparison.Ordinal));
        Assert.Contains("ML0001", o);
        Assert.Contains("the file is not UTF-8: its", o);
        Assert.Contains($"read as {Named(encoding)}", o);
        Assert.DoesNotContain("ML0120", o + e);
    }

    [Theory]
    [InlineData("Big5", 0)]
    [InlineData("Big5", 3)]
    [InlineData("GB18030", 2)]
    [InlineData("UTF-16LE+BOM", 1)]
    [InlineData("UTF-16LE", 3)]
    public void FmtRefusesAndLeavesTheBytesAsTheyAre(string encoding, int record)
    {
        string path = Path.Combine(dir, "114-5.minutes");
        byte[] bytes = Encode(encoding, RecordText(record));
        File.WriteAllBytes(path, bytes);
        var (code, _, e) = Run("fmt", path);
        Assert.Equal(1, code);
        Assert.Contains("ML0001", e);
        Assert.Contains(Named(encoding), e);
        Assert.Equal(bytes, File.ReadAllBytes(path));
        Assert.Equal(1, Run("fmt", "--check", path).Code);
        Assert.Equal(bytes, File.ReadAllBytes(path));
    }

    [Theory]
    [InlineData("Big5", 0)]
    [InlineData("GB18030", 3)]
    [InlineData("UTF-16BE+BOM", 1)]
    public void RenderRendersNothingOfItAndSaysWhy(string encoding, int record)
    {
        string path = Path.Combine(dir, "114-5.minutes");
        File.WriteAllBytes(path, Encode(encoding, RecordText(record)));
        string output = Path.Combine(dir, "out.md");
        var (code, o, e) = Run("render", path, "--to", "md", "-o", output);
        Assert.Equal(1, code);
        Assert.Equal("", o);
        Assert.Contains($"read as {Named(encoding)}", e);
        Assert.Contains("no record to render: its only record is not UTF-8 text (ML0001)", e);
        Assert.False(File.Exists(output));
    }

    [Theory]
    [InlineData("Big5", 0)]
    [InlineData("Big5", 2)]
    [InlineData("GB18030", 1)]
    [InlineData("UTF-16LE+BOM", 0)]
    [InlineData("UTF-16BE", 2)]
    public void ImportNamesTheEncodingAndCountsTheFilesBytes(string encoding, int record)
    {
        // the original of a record, as the body published it, saved in a legacy encoding
        string original = RecordText(record).Replace("@meeting ", "會議代號 ", StringComparison.Ordinal).Replace("# ", "", StringComparison.Ordinal);
        byte[] bytes = Encode(encoding, original);
        string input = Path.Combine(dir, "原稿.txt");
        File.WriteAllBytes(input, bytes);
        string out_ = Directory.CreateDirectory(Path.Combine(dir, "out")).FullName;
        var (code, o, e) = Run("import", input, "-o", out_);
        Assert.Equal((2, ""), (code, o));
        Assert.Contains($"not UTF-8: its {bytes.Length:N0} bytes read as {Named(encoding)}; convert it first: iconv -f {(encoding == "Big5" ? "BIG5" : Named(encoding))} -t UTF-8 原稿.txt > utf8-原稿.txt", e);
        Assert.Empty(Directory.EnumerateFileSystemEntries(out_));
        var refused = Assert.Throws<DocumentRefusedException>(() => ImportReader.Read(input, bytes));
        Assert.Equal("ML0410", refused.Diagnostic.Code);
    }

    [Fact]
    public void ImportCountsTheBytesOfAUtf8TextWithAFewBadOnes()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("114 年度測試小組第 1 次會議紀錄\n時間：114 年 3 月 7 日\n地點："), .. Encoding.GetEncoding(950).GetBytes("線上"), (byte)'\n'];
        string input = Path.Combine(dir, "minutes.txt");
        File.WriteAllBytes(input, bytes);
        var (code, _, e) = Run("import", input, "-o", Directory.CreateDirectory(Path.Combine(dir, "o")).FullName);
        Assert.Equal(2, code);
        int invalid = SourceText.FromBytes(bytes, input).InvalidByteOffsets.Length;
        Assert.True(invalid > 0);
        Assert.Contains($"not UTF-8 (line 3, column 4: {invalid:N0} of its {bytes.Length:N0} bytes cannot be decoded)", e);
    }

    [Fact]
    public void ASeriesFileInBig5IsNamedAndItsRecordsAreNotHeldToWhatItCannotSay()
    {
        // the records' cases, platforms and required parts are declared in the file that did not decode: their syntax is
        // checked, nothing that needs the series is (no ML0101 for every case of the seeds)
        string series = File.ReadAllText(Path.Combine(Repo.Seeds, "series.minutes"));
        var c = Compilation.Create(Parser.Parse(SourceText.FromBytes(Encode("Big5", series), "series.minutes")),
            [Parser.Parse(Seed, "114-1.minutes"), Parser.Parse(Records[0].Replace("* 業務報告", "*業務報告", StringComparison.Ordinal), "114-5.minutes")]);
        var d = Assert.Single(c.Diagnostics, d => d.Source.Path == "series.minutes");
        Assert.Contains("read as Big5", d.Message);
        Assert.DoesNotContain(c.Diagnostics, d => d.Code is "ML0101" or "ML0234" or "ML0104" or "ML0120");
        Assert.Equal(["ML0015"], c.Diagnostics.Where(d => d.Source.Path == "114-5.minutes").Select(d => d.Code));
        Assert.Empty(c.Records);
    }
}
