using MinutesLang.Semantics;

namespace MinutesLang.Rendering;

/// <summary>The official ordinals of Taiwanese government documents.</summary>
public static class Numbering
{
    private const string Capital = "零壹貳參肆伍陸柒捌玖";
    private const string Digits = "零一二三四五六七八九";
    private const string Stems = "甲乙丙丁戊己庚辛壬癸";

    /// <summary>壹, 貳, … 拾, 拾壹, … for parts (1-based).</summary>
    public static string Part(int n) => Chinese(n, Capital, '拾');

    /// <summary>一, 二, … 十, 十一, 二十 (1-based).</summary>
    public static string Chinese(int n) => Chinese(n, Digits, '十');

    private static string Chinese(int n, string digits, char ten)
    {
        if (n <= 0) return n.ToString();
        if (n < 10) return digits[n].ToString();
        if (n < 20) return ten + (n % 10 == 0 ? "" : digits[n % 10].ToString());
        if (n < 100) return digits[n / 10].ToString() + ten + (n % 10 == 0 ? "" : digits[n % 10].ToString());
        return n.ToString();
    }

    /// <summary>The ordinal of item <paramref name="n"/> in a list of <paramref name="style"/>, punctuation included.</summary>
    public static string Item(ListStyle style, int n) => style switch
    {
        ListStyle.ChineseComma => Chinese(n) + "、",
        ListStyle.ChineseParen => "(" + Chinese(n) + ")",
        ListStyle.ChineseFullParen => "（" + Chinese(n) + "）",
        ListStyle.ArabicDot => n + ".",
        ListStyle.ArabicParen => "(" + n + ")",
        ListStyle.ArabicComma => n + "、",
        ListStyle.HeavenlyStem => (n <= Stems.Length ? Stems[n - 1].ToString() : n.ToString()) + "、",
        _ => n.ToString(),
    };

    /// <summary>The official ordinals below 甲、: (甲) A、 (A) a、 (a); <paramref name="deeper"/> is 1 for (甲).</summary>
    public static string Deeper(int deeper, int n) => Math.Clamp(deeper, 1, DeeperLevels) switch
    {
        1 => "(" + Stem(n) + ")",
        2 => Latin(n, 'A') + "、",
        3 => "(" + Latin(n, 'A') + ")",
        4 => Latin(n, 'a') + "、",
        _ => "(" + Latin(n, 'a') + ")",
    };

    /// <summary>How many levels <see cref="Deeper"/> knows; deeper lists keep the last, (a).</summary>
    public const int DeeperLevels = 5;

    private static string Stem(int n) => n >= 1 && n <= Stems.Length ? Stems[n - 1].ToString() : n.ToString();

    private static string Latin(int n, char a) => n >= 1 && n <= 26 ? ((char)(a + n - 1)).ToString() : n.ToString();

    /// <summary>案由 alone, or 案由一, 案由二 … when a part has several items.</summary>
    public static string Agenda(int n, int count) => count > 1 ? "案由" + Chinese(n) : "案由";
}

/// <summary>
/// A level of the official list order: a <see cref="ListStyle"/> (一、 (一) 1. (1) 甲、, or a pinned
/// one), or, below 甲、, one of the deeper ordinals (甲) A、 (A) a、 (a) (<see cref="Deeper"/> ≥ 1).
/// </summary>
public readonly record struct ListLevel(ListStyle Style, int Deeper = 0)
{
    /// <summary>The level of a list nested one level below this one.</summary>
    public ListLevel Next() =>
        Deeper > 0 ? this with { Deeper = Math.Min(Deeper + 1, Numbering.DeeperLevels) }
        : Style == ListStyle.HeavenlyStem ? this with { Deeper = 1 }
        : new(ListStyles.Next(Style));

    /// <summary>The ordinal of item <paramref name="n"/> (1-based), punctuation included.</summary>
    public string Item(int n) => Deeper > 0 ? Numbering.Deeper(Deeper, n) : Numbering.Item(Style, n);
}
