namespace MinutesLang.Localization;

/// <summary>
/// An I/O failure the compiler itself finds (not one the system reports), said in both languages (issue 15): a loop of
/// symbolic links, a template folder that does not exist. <see cref="Exception.Message"/> is the English text; the
/// front end prints <see cref="Text"/> in the language of the run and exits 2, as for every I/O problem.
/// </summary>
public class PhrasedIOException(Phrase text) : IOException(text.En)
{
    /// <summary>The failure in both languages.</summary>
    public Phrase Text { get; } = text;
}
