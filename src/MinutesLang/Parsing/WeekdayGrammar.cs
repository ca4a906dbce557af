using Pidgin;
using static Pidgin.Parser;
using static Pidgin.Parser<char>;

namespace MinutesLang.Parsing;

/// <summary>
/// A weekday as written after a date: the day (一 … 六, 日 or 天 for Sunday), the word before it as the
/// writer put it (星期, 週, 周, 禮拜, or none for the short form （五）) and where it stands.
/// </summary>
/// <param name="Day">The weekday character as written (天 is Sunday, like 日).</param>
/// <param name="Prefix">星期, 週, 周, 禮拜, 礼拜, or the empty string.</param>
/// <param name="Offset">Offset of the opening bracket (of the word, for a bare weekday) in the text that was searched (UTF-16 code units).</param>
/// <param name="Length">Length from the opening to the closing bracket, both included (of the word and the day, for a bare weekday).</param>
public readonly record struct WrittenWeekday(char Day, string Prefix, int Offset, int Length)
{
    /// <summary>
    /// The weekday with its brackets exactly as written (<c>(三)</c>, <c>（ 週五 ）</c>), set by
    /// <see cref="WeekdayGrammar.Find"/>; null when the weekday was not found in a text.
    /// </summary>
    public string? Text { get; init; }

    /// <summary>
    /// The weekday as written, for messages: without its brackets when it has a word before the day
    /// (星期五, 週五, 禮拜五); the short form with its brackets as the writer typed them (（五）, (五)).
    /// </summary>
    public string Written => Prefix.Length > 0 ? Prefix + Day : Text ?? $"（{Day}）";

    /// <summary>
    /// The same form with another day, for the hint of ML0103 / ML0403, in the writer's brackets: （星期四）,
    /// （四）, and (週四), (四) where both brackets were ASCII; a mixed pair is written full width, and
    /// spaces inside are left out.
    /// </summary>
    public string WithDay(char day) => Bare ? Prefix + day : Text is ['(', .., ')'] ? $"({Prefix}{day})" : $"（{Prefix}{day}）";

    /// <summary>Whether the weekday was written without brackets (<c>星期三</c>, <c>週三</c>, <c>禮拜三</c>, as Word minutes often have it).</summary>
    public bool Bare => Text is { Length: > 0 } t && t[0] is not ('（' or '(');

    /// <summary>Offset of the weekday without its brackets (the span ML0103 and ML0403 mark); a bare weekday has none.</summary>
    public int InnerOffset => Bare ? Offset : Offset + 1;

    /// <summary>Length of the weekday without its brackets.</summary>
    public int InnerLength => Bare ? Length : Length - 2;
}

/// <summary>
/// The one grammar of weekday forms, used by <see cref="ValueGrammar"/> (records, ML0103) and
/// <see cref="ChineseValueGrammar"/> (the importer, ML0403): （星期五） （週五） （周五） （禮拜五） （五）, with
/// full-width or ASCII brackets (also mixed, and with spaces inside), 星期日 or 星期天 for Sunday; and the bare forms of
/// Word minutes, a word before the day and no brackets (<c>114 年 6 月 4 日 星期三</c>, <c>…日、週三</c>, <c>…日禮拜三</c>:
/// after a space, a 、 or nothing), read and checked (ML0103) as the bracketed ones are. The short form 三 needs its brackets.
/// </summary>
public static class WeekdayGrammar
{
    private static readonly Parser<char, Unit> Sp = Token(c => c == ' ' || c == '\u3000' || c == '\t').SkipMany();

    private static readonly Parser<char, string> Prefix =
        OneOf(Try(String("星期")), Try(String("禮拜")), Try(String("礼拜")), String("週"), String("周"))
            .Optional().Select(p => p.HasValue ? p.Value : "");

    private static readonly Parser<char, char> Day = OneOf('一', '二', '三', '四', '五', '六', '日', '天');

    private static readonly Parser<char, string> Word = OneOf(Try(String("星期")), Try(String("禮拜")), Try(String("礼拜")), String("週"), String("周"));

    /// <summary>A bracketed weekday, and the spaces after it; offsets are those of the input parsed.</summary>
    public static readonly Parser<char, WrittenWeekday> Weekday =
        Map(
            (start, prefix, day, end) => new WrittenWeekday(day, prefix, start, end - start),
            CurrentOffset.Before(OneOf(Char('（'), Char('('))).Before(Sp),
            Prefix.Before(Sp),
            Day.Before(Sp).Before(OneOf(Char('）'), Char(')'))),
            CurrentOffset).Before(Sp);

    /// <summary>
    /// A weekday without brackets, a word before the day (星期三, 週三, 周三, 禮拜三), after an optional 、 and spaces, and
    /// the spaces after it; its offset is that of the word (the 、 is not part of it).
    /// </summary>
    public static readonly Parser<char, WrittenWeekday> BareWeekday =
        Map(
            (start, prefix, day, end) => new WrittenWeekday(day, prefix, start, end - start),
            Char('、').Then(Sp).Optional().Then(CurrentOffset),
            Word,
            Day,
            CurrentOffset).Before(Sp).Before(Char('、').Then(Sp).Optional());

    /// <summary>A weekday in brackets or bare (<see cref="Weekday"/>, <see cref="BareWeekday"/>): what a date may have after it.</summary>
    public static readonly Parser<char, WrittenWeekday> AnyWeekday = OneOf(Try(Weekday), Try(BareWeekday));

    /// <summary>The first weekday, bracketed or bare, in <paramref name="text"/> from <paramref name="start"/> on (offsets in <paramref name="text"/>); null if none.</summary>
    public static WrittenWeekday? Find(string text, int start = 0, int length = -1)
    {
        int end = length < 0 ? text.Length : start + length;
        for (int i = start; i < end; i++)
        {
            if (text[i] is not ('（' or '(' or '星' or '禮' or '礼' or '週' or '周')) continue;
            var r = (text[i] is '（' or '(' ? Weekday : BareWeekday).Parse(text.AsSpan(i, end - i).ToString());
            if (r.Success) return r.Value with { Offset = i + r.Value.Offset, Text = text.Substring(i + r.Value.Offset, r.Value.Length) };
        }

        return null;
    }
}
