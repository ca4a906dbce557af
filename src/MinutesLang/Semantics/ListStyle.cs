namespace MinutesLang.Semantics;

/// <summary>The official numbering styles, outermost first: 一、 (一) 1. (1), then others writers use.</summary>
public enum ListStyle
{
    ChineseComma,        // 一、
    ChineseParen,        // (一)
    ArabicDot,           // 1.
    ArabicParen,         // (1)
    HeavenlyStem,        // 甲、
    ChineseFullParen,    // （一）
    ArabicComma,         // 1、
}

public static class ListStyles
{
    private static readonly Dictionary<string, ListStyle> ByToken = new()
    {
        ["一、"] = ListStyle.ChineseComma,
        ["(一)"] = ListStyle.ChineseParen,
        ["（一）"] = ListStyle.ChineseFullParen,
        ["1."] = ListStyle.ArabicDot,
        ["(1)"] = ListStyle.ArabicParen,
        ["1、"] = ListStyle.ArabicComma,
        ["甲、"] = ListStyle.HeavenlyStem,
    };

    public static IEnumerable<string> Tokens => ByToken.Keys;

    public static bool TryParse(string token, out ListStyle style) => ByToken.TryGetValue(token.Trim(), out style);

    /// <summary>The style of a list nested one level below a list of <paramref name="style"/>.</summary>
    public static ListStyle Next(ListStyle style) => style switch
    {
        ListStyle.ChineseComma => ListStyle.ChineseParen,
        ListStyle.ChineseParen or ListStyle.ChineseFullParen => ListStyle.ArabicDot,
        ListStyle.ArabicDot or ListStyle.ArabicComma => ListStyle.ArabicParen,
        _ => ListStyle.HeavenlyStem,
    };
}
