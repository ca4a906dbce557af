namespace MinutesLang.Text;

/// <summary>How wide text is: East Asian wide and full-width characters take two columns, others one.</summary>
public static class TextWidth
{
    /// <summary>Terminal columns (carets under a span, aligned tables).</summary>
    public static int Columns(string s)
    {
        int w = 0;
        foreach (char c in s) w += IsWide(c) ? 2 : 1;
        return w;
    }

    /// <summary>Width in em of a CJK font: a wide character is 1 em, another ½ (hanging indents of ordinals).</summary>
    public static double Ems(string s) => Columns(s) / 2.0;

    private static bool IsWide(char c) =>
        c is >= '\u1100' and <= '\u115F' or >= '\u2E80' and <= '\uA4CF' or >= '\uAC00' and <= '\uD7A3'
          or >= '\uF900' and <= '\uFAFF' or >= '\uFE30' and <= '\uFE4F' or >= '\uFF00' and <= '\uFF60' or >= '\uFFE0' and <= '\uFFE6';
}
