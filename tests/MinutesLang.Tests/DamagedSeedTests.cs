using System.Text;
using MinutesLang.Parsing;
using MinutesLang.Semantics;
using MinutesLang.Syntax;
using MinutesLang.Text;

namespace MinutesLang.Tests;

/// <summary>
/// Parse→print is the identity, also for damaged input: every seed with lines deleted, labels
/// misspelt, colons removed and bytes cut. The compiler never throws on any of them.
/// </summary>
public sealed class DamagedSeedTests
{
    public static TheoryData<string> Seeds => Repo.SeedData();

    private static readonly Lazy<SyntaxTree> SeriesTree = new(() => Compilation.ParseFile(Path.Combine(Repo.Seeds, "series.minutes")));

    private static void RoundTripsAndCompiles(byte[] bytes, string what)
    {
        var tree = Parser.Parse(SourceText.FromBytes(bytes, what));
        Assert.True(bytes.AsSpan().SequenceEqual(SourceText.ToBytes(tree.ToFullString())), what);
        var c = Compilation.Create(SeriesTree.Value, [tree]);
        Assert.All(c.Diagnostics, d => Assert.Matches("^ML[0-9]{4}$", d.Code));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void LinesDeleted(string name)
    {
        var lines = File.ReadAllText(Path.Combine(Repo.Seeds, name + ".minutes")).Split('\n');
        for (int k = 0; k < lines.Length; k += 3)
        {
            var damaged = string.Join('\n', lines.Where((_, i) => i != k));
            RoundTripsAndCompiles(Encoding.UTF8.GetBytes(damaged), $"{name} without line {k + 1}");
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void LabelsMisspeltAndColonsMissing(string name)
    {
        string text = File.ReadAllText(Path.Combine(Repo.Seeds, name + ".minutes"));
        string[] variants =
        [
            text.Replace("說明", "說朋").Replace("決議", "决議"),
            text.Replace("：", ""),
            text.Replace("：", ":"),
            text.Replace("[[", "[").Replace("]]", "]"),
            text.Replace("]]", ""),
            text.Replace("\n", "\r\n"),
            "\uFEFF" + text.Replace("  ", "\t"),
            text.Replace("@", "@ "),
        ];
        foreach (var v in variants) RoundTripsAndCompiles(Encoding.UTF8.GetBytes(v), name);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void BytesCut(string name)
    {
        var bytes = File.ReadAllBytes(Path.Combine(Repo.Seeds, name + ".minutes"));
        var random = new Random(name.GetHashCode(StringComparison.Ordinal) & 0x7fff);
        for (int k = 0; k < 25; k++)
        {
            int at = random.Next(bytes.Length);
            int len = random.Next(1, 8);
            var damaged = bytes[..at].Concat(bytes[Math.Min(bytes.Length, at + len)..]).ToArray();
            RoundTripsAndCompiles(damaged, $"{name} cut at {at}+{len}");
            RoundTripsAndCompiles(bytes[..at], $"{name} truncated at {at}");
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void RandomEditsWithTheNotationsOwnCharacters(string name)
    {
        string text = File.ReadAllText(Path.Combine(Repo.Seeds, name + ".minutes"));
        const string alphabet = "0123456789０１９年月日時分星期一五（）()[]|@*-#：: \t\u3000\n\r\\/上午下午散會案由";
        var random = new Random(name.Length * 7919 + name[^1]);
        for (int k = 0; k < 40; k++)
        {
            var chars = text.ToCharArray().ToList();
            for (int e = 0; e < 6; e++)
            {
                int at = random.Next(chars.Count);
                char c = alphabet[random.Next(alphabet.Length)];
                if (random.Next(2) == 0) chars[at] = c;
                else chars.Insert(at, c);
            }

            var damaged = new string([.. chars]);
            RoundTripsAndCompiles(Encoding.UTF8.GetBytes(damaged), $"{name} edit {k}");
            if (k % 8 == 0) _ = Repo.RenderTxt(Compilation.Create(SeriesTree.Value, [Parser.Parse(damaged, name)]));
        }
    }

    /// <summary>The series rules read prose, numbers and events across records: damage one record of the whole series.</summary>
    [Theory]
    [MemberData(nameof(Seeds))]
    public void SeriesRulesSurviveADamagedRecordInTheWholeSeries(string name)
    {
        var others = Repo.SeedNames.Where(n => n != name).Select(n => Compilation.ParseFile(Path.Combine(Repo.Seeds, n + ".minutes"))).ToList();
        string text = File.ReadAllText(Path.Combine(Repo.Seeds, name + ".minutes"));
        string[] words =
        [
            "第 99999999999 次", "檢視 2024 年度第 0 次會議紀錄", "檢視 99 第 7 次紀錄", "有 十十十 個議案持續列管，分別是", "共計 0 案", "計 99999999999 項",
            "等 3 案", "本季由臺北市主責", "下一季由基隆市接棒", "上一季感謝桃園市主政", "基北桃", "記錄：", "\n@列管 學校交流\n", "\n@解列 IEYI2024\n",
            "\n@成案 一證通用 同意：臺北市\n", "\n@提請解列 綠碳匯\n", "\n@meeting 113-9\n", "\n@meeting 99999-1\n", "[[學校交流|跨縣市]]", "[[", "]]", "2019 年", "散會：上午 1 時",
            "時間：113 年 13 月 40 日（星期八）", "\n* 時間：112 年 2 月 29 日（星期三）下午 2 時\n",
        ];
        var random = new Random(name.GetHashCode(StringComparison.Ordinal) & 0xFFFF);
        for (int k = 0; k < 12; k++)
        {
            var sb = new StringBuilder(text);
            for (int e = 0; e < 4; e++) sb.Insert(random.Next(sb.Length), words[random.Next(words.Length)].Replace("\\n", "\n"));
            var damaged = Parser.Parse(sb.ToString(), name + ".minutes");
            var c = Compilation.Create(SeriesTree.Value, [.. others, damaged]);
            Assert.All(c.Diagnostics, d => Assert.Matches("^ML[0-9]{4}$", d.Code));
            Assert.All(c.Diagnostics, d => Assert.InRange(d.Span.End, 0, d.Source.Length));
        }
    }
}
