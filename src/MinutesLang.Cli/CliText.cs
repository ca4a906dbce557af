using MinutesLang.Localization;

namespace MinutesLang.Cli;

/// <summary>
/// What the command line says outside the catalog (issue 15): usage errors, the lines of files written, progress,
/// the summary of <c>--verbose</c>, in the language of the run. Diagnostics are not here: they come from
/// <see cref="MinutesLang.Diagnostics.DiagnosticCatalog"/>.
/// </summary>
public static class CliText
{
    /// <summary><paramref name="en"/> or <paramref name="zhTw"/>, as <paramref name="language"/> asks.</summary>
    public static string Say(Language language, string en, string zhTw) => language == Language.ZhTw ? zhTw : en;

    /// <summary>
    /// A failure to read or write, in <paramref name="language"/>: the text of a <see cref="CliIOException"/> in that
    /// language; a missing file, folder or permission named in zh-TW with the system's words kept in parentheses (.NET
    /// says them in English only); any other text of the system as it is.
    /// </summary>
    public static string Io(Exception e, Language language) => e switch
    {
        PhrasedIOException own => own.Text.In(language),
        _ when language != Language.ZhTw => e.Message,
        FileNotFoundException { FileName: { } file } => $"{file}：找不到這個檔案",
        FileNotFoundException => $"找不到檔案（{e.Message}）",
        DirectoryNotFoundException => $"找不到資料夾（{e.Message}）",
        UnauthorizedAccessException => $"沒有讀寫權限（{e.Message}）",
        _ => $"讀寫失敗（{e.Message}）",
    };
}

/// <summary>An I/O failure of ours (not of the system), said in both languages: exit 2, like every I/O problem.</summary>
public sealed class CliIOException(Phrase text) : PhrasedIOException(text)
{
    /// <summary>A failure said in English (<paramref name="en"/>) and zh-TW (<paramref name="zhTw"/>).</summary>
    public CliIOException(string en, string zhTw) : this(new Phrase(en, zhTw)) { }
}
