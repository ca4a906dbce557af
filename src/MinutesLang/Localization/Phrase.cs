namespace MinutesLang.Localization;

/// <summary>
/// A piece of text in both languages: a value of a message's placeholder that is itself words
/// ("part '*'" / 「*」分項), or a whole text of the catalog. <see cref="In"/> picks one.
/// </summary>
/// <param name="En">the English text</param>
/// <param name="ZhTw">the Traditional Chinese text, as a Taiwanese official writes it</param>
public sealed record Phrase(string En, string ZhTw)
{
    /// <summary>The text in <paramref name="language"/>.</summary>
    public string In(Language language) => language == Language.ZhTw ? ZhTw : En;

    /// <summary>A value that reads the same in both languages (an id, a code, a quotation of the record).</summary>
    public static Phrase Same(string text) => new(text, text);

    public override string ToString() => En;
}
