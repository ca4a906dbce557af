using System.Text;
using System.Text.RegularExpressions;

namespace MinutesLang.Tests;

/// <summary>
/// The comparison of a rendered record with its original, ignoring layout only — the same rules
/// as the team's seed-compare tool: the recorder line is taken out of the flow (the names must
/// still agree), top-level ordinals 壹、… at line starts, "- " bullets, table pipes, tabs, &lt;p&gt;
/// tags and all white space are dropped; everything else must be identical.
/// </summary>
internal static partial class SeedNormalizer
{
    [GeneratedRegex(@"^[\s\-]*(紀錄|記錄)\s*[:：]\s*(\S.*?)\s*$", RegexOptions.Multiline)]
    private static partial Regex Recorder();

    [GeneratedRegex(@"^([\s\-]*)(壹|貳|參|肆|伍|陸|柒|捌|玖|拾)\s*、", RegexOptions.Multiline)]
    private static partial Regex TopOrdinal();

    [GeneratedRegex(@"^\s*-\s+", RegexOptions.Multiline)]
    private static partial Regex Bullet();

    [GeneratedRegex("</?p>")]
    private static partial Regex Tags();

    public static (string Text, List<string> Recorders) Normalize(string text)
    {
        text = text.Replace("\r\n", "\n").TrimStart('\uFEFF').Normalize(NormalizationForm.FormC);
        var recorders = Recorder().Matches(text).Select(m => string.Concat(m.Groups[2].Value.Trim().Where(c => !char.IsWhiteSpace(c)))).ToList();
        text = Recorder().Replace(text, "");
        text = TopOrdinal().Replace(text, "$1");
        text = Bullet().Replace(text, "");
        text = Tags().Replace(text, "");
        text = text.Replace("|", "");
        return (string.Concat(text.Where(c => !char.IsWhiteSpace(c))), recorders);
    }

    /// <summary>Null when equal after normalization, else a description of the first difference.</summary>
    public static string? Compare(string original, string rendered)
    {
        var (a, ra) = Normalize(original);
        var (b, rb) = Normalize(rendered);
        if (!ra.SequenceEqual(rb)) return $"recorder differs: original [{string.Join(",", ra)}] rendered [{string.Join(",", rb)}]";
        if (a == b) return null;
        int i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i]) i++;
        string Ctx(string s) => s.Substring(Math.Max(0, i - 20), Math.Min(s.Length, i + 30) - Math.Max(0, i - 20));
        return $"first difference at normalized offset {i}:\n original: …{Ctx(a)}…\n rendered: …{Ctx(b)}…";
    }
}
