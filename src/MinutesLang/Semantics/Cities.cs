namespace MinutesLang.Semantics;

/// <summary>The member cities, with the short forms records use (臺北, 台北市, 北市 …).</summary>
public static class Cities
{
    public static readonly IReadOnlyList<string> All = ["臺北市", "新北市", "基隆市", "桃園市"];

    public static string? Normalize(string name)
    {
        string n = name.Trim().Replace('台', '臺');
        if (!n.EndsWith('市')) n += "市";
        return n switch
        {
            "臺北市" or "北市" => "臺北市",
            "新北市" => "新北市",
            "基隆市" => "基隆市",
            "桃園市" => "桃園市",
            _ => null,
        };
    }

    public static bool IsCity(string name) => Normalize(name) is not null;
}
