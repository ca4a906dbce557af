namespace MinutesLang.Cli.LanguageServer.Features;

/// <summary>
/// Text the server writes made valid UTF-16: an editor's change may cut a surrogate pair (LSP positions count UTF-16
/// code units, and a client may put one between the two units of 𠀀), and a hover, a name or a message that quotes such a
/// text would hold a lone surrogate, which JSON cannot carry (System.Text.Json refuses to write it). Each lone surrogate
/// becomes U+FFFD, as a decoder makes of it; pairs and every other character are kept.
/// </summary>
public static class ValidText
{
    /// <summary><paramref name="text"/> with each lone surrogate replaced by U+FFFD; the same string when it has none.</summary>
    public static string Of(string text)
    {
        int i = 0;
        for (; i < text.Length; i++)
        {
            if (!char.IsSurrogate(text[i])) continue;
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
            else break;
        }

        if (i >= text.Length) return text;
        var chars = text.ToCharArray();
        for (int j = i; j < chars.Length; j++)
        {
            if (!char.IsSurrogate(chars[j])) continue;
            if (char.IsHighSurrogate(chars[j]) && j + 1 < chars.Length && char.IsLowSurrogate(chars[j + 1])) j++;
            else chars[j] = '\uFFFD';
        }

        return new string(chars);
    }
}
