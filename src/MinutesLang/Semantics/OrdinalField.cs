namespace MinutesLang.Semantics;

/// <summary>
/// A field behind a hand-typed ordinal: <c>* 壹、時間：…</c>, <c>* 一、地點：…</c>, <c>(一)主席：…</c>, <c>１．紀錄：…</c>. The
/// grammar reads no label after an ordinal (a label holds no punctuation, grammar/GUIDE.md §1), so such a part is a
/// phrase; <see cref="RecordBinder"/> reads the field it holds with this, so that its date, weekday, closing time,
/// place, chair and recorder are understood and it counts as the part it is (ML0103, ML0120 and the series rules see
/// it), while the part is printed as written and the ordinal is still reported (ML0019, <c>Parsing/NearMissChecker</c>).
/// </summary>
internal static class OrdinalField
{
    /// <summary>The longest label the grammar reads (grammar/GUIDE.md §1).</summary>
    private const int MaxLabel = 12;

    /// <summary>
    /// The label (inner spaces dropped) and the offset of the value (after the colon and its spaces, in UTF-16 units
    /// from the start of <paramref name="text"/>) of a field written after an ordinal of <see cref="Ordinals.Match"/>;
    /// null when <paramref name="text"/> does not start with an ordinal or no short label and colon follow it.
    /// </summary>
    public static (string Label, int ValueOffset)? Read(string text)
    {
        if (Ordinals.Match(text) is not { } ordinal) return null;
        int colon = text.IndexOfAny(['：', ':'], ordinal.Length);
        if (colon < 0) return null;
        var written = text.AsSpan(ordinal.Length, colon - ordinal.Length);
        var label = new System.Text.StringBuilder();
        foreach (char c in written)
        {
            if (char.IsWhiteSpace(c)) continue;
            if (!char.IsLetterOrDigit(c)) return null;
            label.Append(c);
        }

        if (label.Length == 0 || label.Length > MaxLabel) return null;
        int value = colon + 1;
        while (value < text.Length && Parsing.LineGrammar.IsSpaceChar(text[value])) value++;
        return (label.ToString(), value);
    }
}
