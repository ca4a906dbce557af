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
}
