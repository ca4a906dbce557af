using MinutesLang.Diagnostics;
using MinutesLang.Parsing;
using MinutesLang.Text;

namespace MinutesLang.Semantics;

/// <summary>
/// ML0124: the text of a 時間 or 日期 value the value grammar did not read (<see cref="DateTimeValue.Unread"/>) is reported at
/// that text, never dropped silently: <c>114年3月7日上午10時30</c> (a minute without 分), <c>19:00-21:</c>, <c>下午2時（視訊）</c>.
/// Used by <see cref="RecordBinder"/> (check) and the importer alike.
/// </summary>
public static class UnreadValue
{
    /// <summary>
    /// Reports the unread text of <paramref name="read"/>, read from <paramref name="value"/>, whose text stands at
    /// <paramref name="span"/> in <paramref name="source"/>; at the whole value when the source text there is not the value.
    /// </summary>
    public static void Check(DateTimeValue read, string value, TextSpan span, SourceText source, DiagnosticBag bag)
    {
        var (offset, length) = read.UnreadSpan(value);
        if (length == 0) return;
        bool same = span.Length == value.Length && string.CompareOrdinal(source.Text, span.Start, value, 0, value.Length) == 0;
        var at = same ? new TextSpan(span.Start + offset, length) : span;
        bag.At(source, at).ValueTextNotRead(value.Substring(offset, length), new Localization.Phrase(Describe(read), Describe(read, zh: true)));
    }

    /// <summary>
    /// What a value was read as, for messages: <c>2011-05-10 19:00–21:00</c>, <c>14:00 (closing 16:30)</c>, <c>2025-03-07</c>;
    /// with <paramref name="zh"/>, the words in zh-TW (<c>14:00（散會 16:30）</c>, <c>無</c>).
    /// </summary>
    public static string Describe(DateTimeValue read, bool zh = false)
    {
        var parts = new List<string>();
        if (read.Date?.ToDate() is { } d) parts.Add(d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        else if (read.Date is { } w) parts.Add($"{w.Year}-{w.Month}-{w.Day}");
        if (read.Time is { } t) parts.Add(Clock(t) + (read.Until is { } u ? "–" + Clock(u) : ""));
        if (read.Closing is { } c) parts.Add(zh ? $"（散會 {Clock(c)}）" : $"(closing {Clock(c)})");
        return parts.Count == 0 ? (zh ? "無" : "nothing") : string.Join(" ", parts);
    }

    /// <summary>A time on the 24-hour clock, <c>HH:MM</c>; a time whose meridiem contradicts its hour (ML0121) as written.</summary>
    public static string Clock(ClockTime t) => t.MeridiemContradicts
        ? $"{t.Meridiem} {t.Hour} 時{(t.Minute > 0 ? $" {t.Minute} 分" : "")}"
        : $"{t.TotalMinutes / 60:00}:{t.TotalMinutes % 60:00}";
}
