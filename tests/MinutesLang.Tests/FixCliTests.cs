using System.Text;

namespace MinutesLang.Tests;

/// <summary>
/// <c>minutes fix PATH… [--code …] [--dry-run|--diff]</c> (issue 16 point 2) on a copy of the seeds' series: the unique
/// fixes made, each named with file:line:col in the run's language; the encoding, byte-order mark and CRLF line ends
/// kept; --dry-run and --diff write nothing and exit 1; a record with syntax errors refused with exit 2; usage errors.
/// </summary>
public sealed class FixCliTests : CliHarness
{
    private static readonly UTF8Encoding Bom = new(true);

    /// <summary>The seeds' series copied into the test's folder; returns the folder.</summary>
    private string CopySeeds()
    {
        string series = Path.Combine(dir, "series");
        Directory.CreateDirectory(series);
        foreach (string f in Directory.EnumerateFiles(Repo.Seeds, "*.minutes")) File.Copy(f, Path.Combine(series, Path.GetFileName(f)));
        return series;
    }

    private static string Seed(string name) => File.ReadAllText(Path.Combine(Repo.Seeds, name + ".minutes"));

    /// <summary>108-2 broken three ways (a weekday, 記錄 for 紀錄, a marker without its space), written with CRLF and a BOM.</summary>
    private static string Broken108_2 => Seed("108-2")
        .Replace("（星期二）", "（星期三）", StringComparison.Ordinal)
        .Replace("紀錄：林映舟", "記錄：林映舟", StringComparison.Ordinal)
        .Replace("* 地點：", "*地點：", StringComparison.Ordinal);

    private static byte[] CrlfBom(string text) => [.. Bom.GetPreamble(), .. Encoding.UTF8.GetBytes(text.Replace("\n", "\r\n", StringComparison.Ordinal))];

    [Fact]
    public void FixesARecordKeepingItsBomAndCrlfAndSaysWhatItDidInEnglish()
    {
        string series = CopySeeds();
        string record = Path.Combine(series, "108-2.minutes");
        File.WriteAllBytes(record, CrlfBom(Broken108_2));

        var (code, o, e) = Run("--lang", "en", "fix", record);
        Assert.True(code == 0, e);
        Assert.Equal("", e);
        Assert.Equal(CrlfBom(Seed("108-2")), File.ReadAllBytes(record));
        Assert.Contains($"{record}:3:", o);
        Assert.Contains("ML0103 Write 星期二 (2019-05-21 is a 星期二)", o);
        Assert.Contains("ML0252 Write 紀錄 (the noun)", o);
        Assert.Contains("ML0015 Add a space after '*'", o);
        Assert.Equal(3, o.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Empty(Directory.GetFiles(series, "*.tmp"));

        // nothing left to fix: silent, exit 0, the file not touched
        var past = new DateTime(2020, 1, 2, 3, 4, 5, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(record, past);
        Assert.Equal((0, "", ""), Run("--lang", "en", "fix", record));
        Assert.Equal(past, File.GetLastWriteTimeUtc(record));
    }

    [Fact]
    public void DryRunAndDiffWriteNothingAndExit1InChinese()
    {
        string series = CopySeeds();
        string record = Path.Combine(series, "108-2.minutes");
        File.WriteAllText(record, Broken108_2);
        var before = File.ReadAllBytes(record);

        var (code, o, e) = Run("--lang", "zh-TW", "fix", "--dry-run", record);
        Assert.Equal((1, ""), (code, e));
        Assert.Contains("ML0252 將修正：改為「紀錄」（名詞）", o);
        Assert.Contains("ML0015 將修正：在「*」後加空格", o);
        Assert.Equal(before, File.ReadAllBytes(record));

        (code, o, e) = Run("--lang", "zh-TW", "fix", "--diff", "--code", "ML0103", record);
        Assert.Equal((1, ""), (code, e));
        Assert.DoesNotContain("ML0252", o);
        Assert.Contains("-* 時間：108 年 5 月 21 日（星期三）", o);
        Assert.Contains("+* 時間：108 年 5 月 21 日（星期二）", o);
        Assert.Equal(before, File.ReadAllBytes(record));

        // --code: only that code is fixed
        (code, _, e) = Run("--lang", "zh-TW", "fix", "--code=ML0252,ML0103", record);
        Assert.Equal((0, ""), (code, e));
        Assert.Equal(Seed("108-2").Replace("* 地點：", "*地點：", StringComparison.Ordinal), File.ReadAllText(record));
    }

    [Fact]
    public void AFolderIsFixedWholeAndAFindingWithSeveralAnswersIsNamedNotChanged()
    {
        string series = CopySeeds();
        string record = Path.Combine(series, "110-3.minutes");
        string text = Seed("110-3").Replace("[[預防犯罪|兩市合作預防青少年學生犯罪]]", "[[預防犯罪|兩市合作預防學生犯罪]]", StringComparison.Ordinal);
        File.WriteAllText(record, text);
        File.WriteAllText(Path.Combine(series, "109-1.minutes"), Seed("109-1").Replace("（星期一）", "（星期日）", StringComparison.Ordinal));

        var (code, o, e) = Run("--lang", "en", "fix", series);
        Assert.True(code == 0, e);
        Assert.Equal(text, File.ReadAllText(record)); // a case with a title and a 別名: two answers, none made
        Assert.Contains($"{record}:", o);
        Assert.Contains("ML0250 not fixed: 2 possible fixes", o);
        Assert.Equal(Seed("109-1"), File.ReadAllText(Path.Combine(series, "109-1.minutes")));
        Assert.Contains("108-1.minutes:6:1: ML0252", o); // the seed's own 記錄：
        var check = Run("--lang", "en", "check", series);
        Assert.DoesNotContain("ML0103", check.Out);
        Assert.DoesNotContain("ML0252", check.Out);
    }

    [Fact]
    public void ARecordWithSyntaxErrorsIsRefusedWithExit2AndLeftAlone()
    {
        string series = CopySeeds();
        string record = Path.Combine(series, "108-2.minutes");
        string text = Broken108_2 + "  * 不在左邊的部分\n";
        File.WriteAllText(record, text);
        var (code, o, e) = Run("--lang", "en", "fix", record);
        Assert.Equal(2, code);
        Assert.Contains("ML0004", e);
        Assert.Contains("not fixed: it has syntax errors", e);
        Assert.Equal("", o);
        Assert.Equal(text, File.ReadAllText(record));
        Assert.Contains("未修正：有語法錯誤", Run("--lang", "zh-TW", "fix", record).Err);
    }

    [Theory]
    [InlineData("a code that is not one", "fix", "--code", "ML9999", "x.minutes")]
    [InlineData("a code without a fix", "fix", "--code", "ML0203", "x.minutes")]
    [InlineData("no path", "fix")]
    [InlineData("a missing file", "fix", "missing.minutes")]
    [InlineData("an unknown option", "fix", "--force", "x.minutes")]
    public void UsageErrorsExit2(string why, params string[] args)
    {
        _ = why;
        Write("x.minutes", Seed("110-2"));
        var (code, o, e) = Run([.. args.Select(a => a.EndsWith(".minutes", StringComparison.Ordinal) ? Path.Combine(dir, a) : a)]);
        Assert.Equal(2, code);
        Assert.Equal("", o);
        Assert.NotEqual("", e);
    }

    [Fact]
    public void TheHelpIsInBothLanguages()
    {
        Assert.StartsWith("Usage: minutes fix", Run("--lang", "en", "fix", "--help").Out);
        Assert.StartsWith("用法：minutes fix", Run("--lang", "zh-TW", "fix", "--help").Out);
        Assert.Contains("fix PATH…", Run("--lang", "en", "--help").Out);
    }
}
