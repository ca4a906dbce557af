using System.Text.RegularExpressions;
using MinutesLang.Parsing;

namespace MinutesLang.Semantics;

/// <summary>
/// An ordinal written at the start of a line: <see cref="Ordinal"/> is its text as written (no
/// trailing space), <see cref="Length"/> how many characters it takes with the spaces after it,
/// <see cref="Number"/> its value (1-based), <see cref="Style"/> its list style (for a part
/// ordinal 壹、 the style is unused).
/// </summary>
internal readonly record struct OrdinalMatch(bool IsPart, string Ordinal, int Length, int Number, ListStyle Style);

/// <summary>
/// The one recognition of the ordinal styles of official documents (壹、 一、 (一) （一） 1. (1) 1、
/// 甲、, Arabic numerals in ASCII or full width: １． （１） １、). The importer reads the ordinals
/// of an original with it (<c>Import/ImportLines</c>); the syntax checker finds the ordinals a
/// writer typed by hand into a record (ML0019, <c>Parsing/NearMissChecker</c>).
/// </summary>
internal static partial class Ordinals
{
    [GeneratedRegex(@"^([壹貳參叁肆伍陸柒捌玖拾]{1,3})\s*、\s*")]
    private static partial Regex PartOrdinal();

    [GeneratedRegex(@"^([一二三四五六七八九十]{1,3})\s*、\s*")]
    private static partial Regex ChineseComma();

    [GeneratedRegex(@"^\(\s*([一二三四五六七八九十]{1,3})\s*\)\s*")]
    private static partial Regex ChineseParen();

    [GeneratedRegex(@"^（\s*([一二三四五六七八九十]{1,3})\s*）\s*")]
    private static partial Regex ChineseFullParen();

    [GeneratedRegex(@"^([0-9０-９]{1,2})\s*[\.．](?![0-9０-９])\s*")]
    private static partial Regex ArabicDot();

    [GeneratedRegex(@"^[\(（]\s*([0-9０-９]{1,2})\s*[\)）]\s*")]
    private static partial Regex ArabicParen();

    [GeneratedRegex(@"^([0-9０-９]{1,2})\s*、\s*")]
    private static partial Regex ArabicComma();

    [GeneratedRegex(@"^([甲乙丙丁戊己庚辛壬癸])\s*、\s*")]
    private static partial Regex Stem();

    private static readonly (Regex Regex, ListStyle Style)[] ItemPatterns =
    [
        (ChineseComma(), ListStyle.ChineseComma),
        (ChineseParen(), ListStyle.ChineseParen),
        (ChineseFullParen(), ListStyle.ChineseFullParen),
        (ArabicParen(), ListStyle.ArabicParen),
        (ArabicComma(), ListStyle.ArabicComma),
        (ArabicDot(), ListStyle.ArabicDot),
        (Stem(), ListStyle.HeavenlyStem),
    ];

    /// <summary>The characters an ordinal of <see cref="Match"/> can start with (the first of every pattern).</summary>
    private static readonly System.Buffers.SearchValues<char> Starts = System.Buffers.SearchValues.Create(
        "壹貳參叁肆伍陸柒捌玖拾一二三四五六七八九十(（0123456789０１２３４５６７８９甲乙丙丁戊己庚辛壬癸");

    /// <summary>
    /// Whether <paramref name="text"/> (a span of a line, any length) may start with an ordinal: false when its first
    /// character starts none of <see cref="Match"/>'s patterns, so a caller need not make a string of a line to ask.
    /// </summary>
    public static bool MayStartWith(ReadOnlySpan<char> text) => !text.IsEmpty && Starts.Contains(text[0]);

    /// <summary>
    /// The ordinal at the start of <paramref name="text"/> (a part's 壹、 first, then the list
    /// styles), or null; an ordinal with nothing after it is not one.
    /// </summary>
    public static OrdinalMatch? Match(string text)
    {
        var m = PartOrdinal().Match(text);
        if (m.Success && text.Length > m.Length)
            return new OrdinalMatch(true, m.Groups[1].Value, m.Length, CapitalValue(m.Groups[1].Value), ListStyle.ChineseComma);

        foreach (var (regex, style) in ItemPatterns)
        {
            var im = regex.Match(text);
            if (!im.Success || text.Length == im.Length) continue;
            string ord = im.Groups[1].Value;
            int n = style switch
            {
                ListStyle.HeavenlyStem => "甲乙丙丁戊己庚辛壬癸".IndexOf(ord[0]) + 1,
                ListStyle.ChineseComma or ListStyle.ChineseParen or ListStyle.ChineseFullParen => ChineseValueGrammar.ChineseNumber(ord) ?? 0,
                _ => ArabicValue(ord),
            };
            return new OrdinalMatch(false, text[..im.Length].TrimEnd(), im.Length, n, style);
        }

        return null;
    }

    /// <summary>The text of a paragraph that starts with the ordinal <paramref name="n"/>. (1. 2. …), else null.</summary>
    public static string? NumberedParagraph(string paragraph, int n)
    {
        var m = ArabicDot().Match(paragraph);
        return m.Success && ArabicValue(m.Groups[1].Value) == n && paragraph.Length > m.Length ? paragraph[m.Length..] : null;
    }

    /// <summary>The value of a capital ordinal: 柒 7, 拾壹 11, 貳拾 20.</summary>
    public static int CapitalValue(string s)
    {
        var digits = string.Concat(s.Select(c => c switch { '拾' => '十', '叁' => '三', _ => "零一二三四五六七八九"[Math.Max(0, "零壹貳參肆伍陸柒捌玖".IndexOf(c))] }));
        return ChineseValueGrammar.ChineseNumber(digits) ?? 0;
    }

    /// <summary>The value of ASCII or full-width digits (１２ is 12).</summary>
    private static int ArabicValue(string digits) =>
        digits.Aggregate(0, (v, c) => v * 10 + (c >= '０' && c <= '９' ? c - '０' : c - '0'));
}
