namespace MinutesLang.Localization;

/// <summary>
/// The language a person reads the tool in (issue 15): diagnostics, hints, help, explain pages, the
/// register's headers and states, the comments <c>new</c> writes. Keys of JSON and SARIF (for tools)
/// and every number and date stay culture-invariant whatever the language.
/// </summary>
public enum Language
{
    /// <summary>English (<c>en</c>), the default when nothing says otherwise.</summary>
    En,

    /// <summary>Traditional Chinese as written in Taiwan (<c>zh-TW</c>): 紀錄, 列管, 解列, full-width punctuation.</summary>
    ZhTw,
}

/// <summary>
/// Which <see cref="Language"/> to use: <c>--lang</c>, else <c>language</c> of the nearest
/// <c>minutesconfig.json</c>, else the system's UI language (<see cref="FromEnvironment"/>), else English.
/// </summary>
public static class Languages
{
    /// <summary>The names <c>--lang</c> and <c>minutesconfig.json</c> accept, as written in messages.</summary>
    public const string Names = "zh-TW, en";

    /// <summary>The tag of a language as <c>--lang</c> takes it: <c>en</c> or <c>zh-TW</c>.</summary>
    public static string Tag(this Language language) => language == Language.ZhTw ? "zh-TW" : "en";

    /// <summary>
    /// A language named by <c>--lang</c> or <c>language</c> of <c>minutesconfig.json</c>: <c>zh-TW</c>
    /// (also <c>zh_TW</c>, <c>zh-Hant</c>, any case) or <c>en</c>; null for anything else (the caller reports it).
    /// </summary>
    public static Language? Parse(string? name) => name?.Trim().Replace('_', '-').ToLowerInvariant() switch
    {
        "zh-tw" or "zh-hant" or "zh-hant-tw" => Language.ZhTw,
        "en" or "en-us" or "en-gb" => Language.En,
        _ => null,
    };

    /// <summary>
    /// A POSIX locale or BCP 47 tag (<c>zh_TW.UTF-8</c>, <c>zh_TW.Big5@stroke</c>, <c>zh-Hant-HK</c>, <c>de_DE</c>, <c>C</c>)
    /// read as the UI language: Traditional Chinese — zh_TW, zh_HK, zh_MO and any zh-Hant — is <see cref="Language.ZhTw"/>;
    /// other Chinese (zh_CN, zh_SG, zh-Hans, a bare zh) is Simplified and gets English, since a zh-TW text is not what
    /// that reader asked for and the tool has no Simplified texts; every other language is English; C and POSIX say nothing (null).
    /// </summary>
    public static Language? FromLocale(string? locale)
    {
        if (string.IsNullOrWhiteSpace(locale)) return null;
        string tag = locale.Split('.', '@')[0].Replace('_', '-').Trim().ToLowerInvariant();
        if (tag is "c" or "posix" or "") return null;
        string[] parts = tag.Split('-');
        if (parts[0] != "zh") return Language.En;
        if (parts.Contains("hant")) return Language.ZhTw;
        if (parts.Contains("hans")) return Language.En;
        return parts.Skip(1).Any(p => p is "tw" or "hk" or "mo") ? Language.ZhTw : Language.En;
    }

    /// <summary>
    /// The UI language of a Unix system, as gettext reads it: <c>LANGUAGE</c> (a colon-separated list: the first entry
    /// that names a language), else the first set of <c>LC_ALL</c>, <c>LC_MESSAGES</c>, <c>LANG</c>. As in gettext,
    /// <c>LANGUAGE</c> is not read when that locale is <c>C</c> or <c>POSIX</c> (so <c>LANG=C</c> pins English). Null when
    /// none says (then English). <paramref name="variable"/> reads the environment (tests pass their own).
    /// </summary>
    public static Language? FromEnvironment(Func<string, string?> variable)
    {
        string? all = variable("LC_ALL");
        string? messages = string.IsNullOrEmpty(all) ? variable("LC_MESSAGES") : all;
        string? locale = string.IsNullOrEmpty(messages) ? variable("LANG") : messages;
        if (FromLocale(locale) is not null || string.IsNullOrEmpty(locale))
        {
            foreach (string entry in (variable("LANGUAGE") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries))
                if (FromLocale(entry) is { } l) return l;
        }

        return FromLocale(locale);
    }

    /// <summary>
    /// The UI language of a Windows user from its LANGID (<c>GetUserDefaultUILanguage</c>; the process runs with invariant
    /// globalization, so no <c>CultureInfo</c> knows it): Chinese (primary language 0x04) of Taiwan (sublanguage 1),
    /// Hong Kong (3) or Macao (5) is <see cref="Language.ZhTw"/>, everything else English.
    /// </summary>
    public static Language FromWindowsLanguageId(int languageId) =>
        (languageId & 0x3FF) == 0x04 && (languageId >> 10) is 1 or 3 or 5 ? Language.ZhTw : Language.En;
}
