using MinutesLang.Diagnostics;
using MinutesLang.Parsing;
using MinutesLang.Semantics;
using MinutesLang.Text;

namespace MinutesLang.Import;

/// <summary>
/// The findings of the value grammar on the 時間, 日期 and 散會 parts of an imported record, reported where the input has
/// them, as <c>check</c> reports them on the record written (issue 12 §2): ML0121 (a meridiem that contradicts its hour,
/// <c>上午 14:00</c>, <c>下午 15 時</c>) and ML0124 (text of a 時間/日期 value the grammar does not read). An unreadable
/// date is <see cref="Importer"/>'s ML0405.
/// </summary>
internal static class ImportValues
{
    /// <summary>Reports ML0121 and ML0124 on the top-level parts of <paramref name="record"/>, at the input's line and column.</summary>
    public static void Check(RecordNode record, SourceText source, DiagnosticBag bag)
    {
        // the parts, and a 散會(…) phrase the recogniser keeps as a paragraph of the part above it (check reads it as a part)
        var lines = record.Parts.SelectMany(p => p.Content.OfType<ParagraphNode>().Select(n => n.Line).Where(l => l.Text.StartsWith("散會", StringComparison.Ordinal)).Prepend(p.Line));
        foreach (var line in lines)
        {
            if (Value(line) is not var (name, value, guess)) continue;

            // where the value stands in the input: after the part's ordinal (壹、), else found in the line; a line joined
            // from wrapped lines, whose text the input does not hold as one, is reported at its start
            int offset = Holds(source, guess + (line.Kind == LineKind.Part ? line.Ordinal.Length : 0), value) ? guess + (line.Kind == LineKind.Part ? line.Ordinal.Length : 0)
                : Holds(source, guess, value) ? guess
                : source.Text.IndexOf(value, line.Offset, Math.Min(source.Text.Length - line.Offset, line.Ordinal.Length + line.Text.Length + 8), StringComparison.Ordinal);
            bool verbatim = offset >= 0 && Holds(source, offset, value);
            foreach (var (at, length, time) in ChineseValueGrammar.FindContradictingTimes(value))
            {
                var span = verbatim ? new TextSpan(offset + at, length) : new TextSpan(line.Offset, 0);
                bag.At(source, span).MeridiemContradictsHour(value.Substring(at, length), time);
            }

            if (name == "散會") continue;
            string trimmed = value.Trim(' ', '\u3000', '\t');
            int lead = value.Length - value.TrimStart(' ', '\u3000', '\t').Length;
            var read = ChineseValueGrammar.ReadDateTime(trimmed) is { } d
                ? d.Date?.ToDate() is null ? null : d // an impossible date is ML0405's
                : ChineseValueGrammar.ReadTime(trimmed);
            if (read is { } r)
                UnreadValue.Check(r, trimmed, verbatim ? new TextSpan(offset + lead, trimmed.Length) : new TextSpan(line.Offset, 0), source, bag);
        }
    }

    private static bool Holds(SourceText source, int offset, string value) =>
        offset >= 0 && offset + value.Length <= source.Text.Length && string.CompareOrdinal(source.Text, offset, value, 0, value.Length) == 0;

    /// <summary>
    /// The name a part is read as (時間, 日期, 散會; a misspelt label as the label it misspells, ML0117), its value and the
    /// value's offset in the input; null for any other part. A part numbered 一、 is read after its ordinal; 散會 may be a
    /// phrase (散會(下午 2 時 50 分)).
    /// </summary>
    private static (string Name, string Value, int Offset)? Value(ImportLine line)
    {
        var (text, skip, label, name) = PartLabel.Read(line.Text);
        if (label is null)
        {
            // a phrase: only 散會(…) and 散會：… hold a value; 時間 without its colon is ML0405's
            if (!name.StartsWith("散會", StringComparison.Ordinal)) return null;
            return ("散會", text[2..], line.Offset + skip + 2);
        }

        if (name is not ("時間" or "日期" or "散會")) return null;
        int colon = text.IndexOfAny(['：', ':']);
        return (name, text[(colon + 1)..], line.Offset + skip + colon + 1);
    }
}
