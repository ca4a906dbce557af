using Pidgin;
using static Pidgin.Parser;
using static Pidgin.Parser<char>;

namespace MinutesLang.Parsing;

/// <summary>
/// Dates and times with Chinese numerals or an era prefix, as older minutes write them:
/// <c>中華民國九十二年十月二十七日上午九時</c>, <c>民國113年3月5日（星期二）下午二時三十分</c>,
/// <c>一一三年三月五日</c>. Numbers may also be ASCII or full-width digits; <see cref="ValueGrammar"/>
/// falls back to this grammar when its own does not match.
/// </summary>
public static class ChineseValueGrammar
{
    private const string DigitChars = "〇零一二兩三四五六七八九";

    private static readonly Parser<char, Unit> Sp = Token(c => c == ' ' || c == '\u3000' || c == '\t').SkipMany();

    /// <summary>The value of a Chinese numeral: 九十二 92, 一百一十三 113, 一一三 113, 十 10, 兩 2, 一千零一 1001; null if not one.</summary>
    public static int? ChineseNumber(string s)
    {
        if (s.Length == 0 || s.Length > 8) return null;
        static int Digit(char c) => c switch { '〇' or '零' => 0, '兩' => 2, _ => "零一二三四五六七八九".IndexOf(c) };
        if (!s.Contains('十') && !s.Contains('百') && !s.Contains('千'))
        {
            // digit by digit: 一一三
            int v = 0;
            foreach (char c in s)
            {
                int d = Digit(c);
                if (d < 0) return null;
                v = v * 10 + d;
            }

            return v;
        }

        int total = 0, current = 0;
        bool sawDigit = false;
        foreach (char c in s)
        {
            switch (c)
            {
                case '千':
                    total += (sawDigit ? current : 1) * 1000;
                    current = 0;
                    sawDigit = false;
                    break;
                case '百':
                    total += (sawDigit ? current : 1) * 100;
                    current = 0;
                    sawDigit = false;
                    break;
                case '十':
                    total += (sawDigit ? current : 1) * 10;
                    current = 0;
                    sawDigit = false;
                    break;
                default:
                    int d = Digit(c);
                    if (d < 0) return null;
                    current = d;
                    sawDigit = true;
                    break;
            }
        }

        return total + current;
    }

    private static readonly Parser<char, int> Arabic =
        Token(c => c is >= '0' and <= '9' or >= '０' and <= '９').AtLeastOnceString()
            .Assert(s => s.Length <= 6, "a number of at most six digits")
            .Select(s => s.Aggregate(0, (n, c) => n * 10 + (c >= '０' ? c - '０' : c - '0')));

    private static readonly Parser<char, int> Chinese =
        Token(c => DigitChars.Contains(c) || c is '十' or '百' or '千').AtLeastOnceString()
            .Select(ChineseNumber)
            .Assert(n => n is not null, "a Chinese numeral")
            .Select(n => n!.Value);

    /// <summary>A number in Arabic or Chinese numerals.</summary>
    public static readonly Parser<char, int> Number = OneOf(Arabic, Chinese);

    private static Parser<char, int> NumberThen(Parser<char, char> unit) => Number.Before(Sp).Before(unit).Before(Sp);

    /// <summary>上午, 下午, 中午, 晚上, 早上 (read as 上午), 凌晨, 清晨, 傍晚, 晚間, 夜間 (<see cref="Meridiems.Words"/>), or none.</summary>
    private static readonly Parser<char, string?> Meridiem =
        OneOf(Meridiems.Words.Select(w => Try(String(w))))
            .Before(Sp).Optional().Select(o => o.HasValue ? (o.Value == "早上" ? "上午" : o.Value) : null);

    private static readonly Parser<char, char> Colon = OneOf(Char(':'), Char('：'));

    /// <summary>上午九時, 下午二時三十分, 14時30分, 下午2時半, 上午十點.</summary>
    public static readonly Parser<char, ClockTime> Time =
        Map(
            (m, h, min) => new ClockTime(m, h, min.HasValue ? min.Value : 0),
            Meridiem,
            Try(NumberThen(OneOf(Char('時'), Char('點')))),
            OneOf(Try(NumberThen(Char('分'))), Char('半').Before(Sp).ThenReturn(30)).Optional());

    /// <summary>The same weekday forms as records (<see cref="WeekdayGrammar"/>): one grammar for both.</summary>
    private static readonly Parser<char, char> Weekday = WeekdayGrammar.AnyWeekday.Select(w => w.Day);

    private static readonly Parser<char, Unit> Era =
        OneOf(Try(String("中華民國")), Try(String("民國"))).Before(Sp).Optional().IgnoreResult();

    /// <summary>
    /// A clock reading: 09:30, 13:30, 09:30:00 (seconds read and dropped), 下午 2:30, ９：３０. A meridiem before an hour
    /// of the 24-hour clock that lies in the part of the day it names (晚上19:00, 下午14:30, 中午13:00:
    /// <see cref="Meridiems.AgreesOnTheClock"/>) only repeats what the hour says: the time is read on the 24-hour clock,
    /// without it. One that does not (上午14:00, 中午15:00) is kept, and is ML0121.
    /// </summary>
    public static readonly Parser<char, ClockTime> Clock =
        Map(
            (m, h, min, _) => Meridiems.AgreesOnTheClock(m, h) ? new ClockTime(null, h, min) : new ClockTime(m, h, min),
            Meridiem,
            Try(Arabic.Before(Sp).Before(Colon)),
            Sp.Then(Arabic).Assert(n => n < 60, "minutes below 60").Before(Sp),
            Try(Colon.Then(Arabic).Assert(n => n < 60, "seconds below 60")).Before(Sp).Optional());

    /// <summary>A time of day in any of its forms: <see cref="Time"/> (上午九時, 14時30分, 2點半) or <see cref="Clock"/> (09:30:00).</summary>
    public static readonly Parser<char, ClockTime> AnyTime = OneOf(Try(Time), Try(Clock));

    /// <summary>A date in the written style: 中華民國九十二年十月二十七日, 114 年 3 月 7 日, 2025年3月7號.</summary>
    private static readonly Parser<char, (int Year, int Month, int Day)> WordDate =
        Map(
            (y, m, d) => (y, m, d),
            Era.Then(NumberThen(Char('年'))),
            NumberThen(Char('月')),
            Number.Before(Sp).Before(OneOf(Char('日'), Char('號'))).Before(Sp));

    private static readonly Parser<char, char> DateSeparator = OneOf('-', '/', '.', '－', '／', '．');

    /// <summary>
    /// A date in figures: 2020-08-11, 2020/8/11 (AD years), 101.2.16, 101/2/16, 114-03-07 (民國 years);
    /// the two separators are the same character.
    /// </summary>
    private static readonly Parser<char, (int Year, int Month, int Day)> FigureDate =
        Map(
            (y, s1, m, s2, d) => (y, m, d, s1 == s2),
            Era.Then(Arabic),
            DateSeparator,
            Arabic,
            DateSeparator,
            Arabic.Before(Sp))
        .Assert(t => t.Item4 && t.Item2 is >= 1 and <= 12, "a date such as 2020-08-11 or 101.2.16")
        .Select(t => (t.Item1, t.Item2, t.Item3));

    /// <summary>
    /// A closing time in brackets after the opening time, as some bodies write the 時間 line:
    /// 上午九時(十一時三十分), 上午 10 時（十二時五分散會）, 14:00（16:30 止）.
    /// </summary>
    private static readonly Parser<char, ClockTime> ClosingInBrackets =
        OneOf(Char('（'), Char('(')).Then(Sp).Then(AnyTime).Assert(t => t.IsReadable, "a time of day")
            .Before(OneOf(Try(String("散會")), Try(String("止")), Try(String("結束"))).Optional()).Before(Sp)
            .Before(OneOf(Char('）'), Char(')'))).Before(Sp);

    /// <summary>Words written after a time that add nothing to its value: 整 (上午九時整), 許 (about: 上午十時許).</summary>
    private static readonly Parser<char, Unit> Sharp = OneOf(Char('整'), Char('許')).Before(Sp).Optional().IgnoreResult();

    /// <summary>起, 開始 after the opening time (下午1時30分起).</summary>
    private static readonly Parser<char, Unit> From = OneOf(Try(String("起")), Try(String("開始"))).Before(Sp).Optional().IgnoreResult();

    /// <summary>止, 結束, 散會 after the end of a range (下午2時至4時止).</summary>
    private static readonly Parser<char, Unit> Until = OneOf(Try(String("止")), Try(String("結束")), Try(String("散會"))).Before(Sp).Optional().IgnoreResult();

    /// <summary>
    /// What joins the two times of a range: a hyphen <c>-</c> (also full-width, U+2010), a tilde <c>~</c> <c>～</c> <c>〜</c>,
    /// an en or em dash <c>–</c> <c>—</c>, 至 or 到; spaces around it are allowed.
    /// </summary>
    public const string RangeSeparators = "-－‐~～〜–—至到";

    private static readonly Parser<char, Unit> RangeSeparator = Token(c => RangeSeparators.Contains(c)).Before(Sp).IgnoreResult();

    private static readonly Parser<char, ClockTime> ReadableTime = AnyTime.Assert(t => t.IsReadable, "a time of day");

    /// <summary>
    /// A time of day, or a range of two (19:00-21:00, 下午2時至4時, 上午9時30分至12時, 14:00–16:30, １９：００～２１：００):
    /// the opening time and the planned closing time. An end written without a meridiem takes the opening time's,
    /// as the writer meant it (下午2時至4時 ends at 16:00; <see cref="WithMeridiemOf"/>).
    /// </summary>
    public static readonly Parser<char, (ClockTime Start, ClockTime? Until)> TimeRange =
        Map(
            (word, start, until) => (start, until.HasValue ? WithMeridiemOf(word, start, until.Value) : (ClockTime?)null),
            Lookahead(Meridiem),
            ReadableTime.Before(Sharp).Before(From),
            Try(RangeSeparator.Then(ReadableTime).Before(Sharp).Before(Until)).Optional());

    /// <summary>
    /// The end of a range as meant: an end on the 12-hour clock (hour 12 or below) written without a meridiem takes the
    /// word <paramref name="word"/> written before the opening time <paramref name="start"/> (下午2時至4時 is 下午 4 時,
    /// 上午9時30分至12時 上午 12 時, 晚上19:00至9時 晚上 9 時); any other end, or after a start whose word contradicts its
    /// hour (ML0121), is read as written.
    /// </summary>
    public static ClockTime WithMeridiemOf(string? word, ClockTime start, ClockTime end) =>
        end.Meridiem is null && word is not null && end.Hour <= 12 && !start.MeridiemContradicts ? end with { Meridiem = word } : end;

    /// <summary>
    /// The one grammar of a 時間 value (used by the binder, the rules and the importer through
    /// <see cref="ReadDateTime"/>): a date in words or figures, an optional weekday, an optional time of day or range of
    /// times (<see cref="TimeRange"/>), an optional closing time in brackets; and how much of the text it read.
    /// </summary>
    private static readonly Parser<char, DateTimeValue> DateTimeValueParser =
        Map(
            (ymd, w, t, c, end) => new DateTimeValue(
                new WrittenDate(ymd.Year, ymd.Month, ymd.Day, w.HasValue ? w.Value : null),
                t.HasValue ? t.Value.Start : null,
                t.HasValue ? t.Value.Until : null,
                c.HasValue ? c.Value : null,
                end),
            Sp.Then(OneOf(Try(WordDate), Try(FigureDate))),
            Try(Weekday).Optional(),
            Try(TimeRange).Optional(),
            Try(ClosingInBrackets).Optional(),
            CurrentOffset);

    /// <summary>A value that begins with a time of day (a 時間 line beside a 日期 line): the time or range, a closing time in brackets.</summary>
    private static readonly Parser<char, DateTimeValue> TimeValueParser =
        Map(
            (t, c, end) => new DateTimeValue(null, t.Start, t.Until, c.HasValue ? c.Value : null, end),
            Sp.Then(TimeRange),
            Try(ClosingInBrackets).Optional(),
            CurrentOffset);

    /// <summary>A date, with its weekday and time when written, as <see cref="ReadDateTime"/> reads it.</summary>
    public static readonly Parser<char, (WrittenDate Date, ClockTime? Time)> DateTime =
        DateTimeValueParser.Select(r => (r.Date!.Value, r.Time));

    /// <summary>
    /// A 時間 or 日期 value that begins with a date, read as far as the value grammar reads it
    /// (<see cref="DateTimeValue.ReadLength"/>: the caller reports what is left, ML0124); null when it does not begin with a date.
    /// </summary>
    public static DateTimeValue? ReadDateTime(string text)
    {
        var r = DateTimeValueParser.Parse(text);
        return r.Success ? r.Value : null;
    }

    /// <summary>
    /// A value that begins with a time of day or a range of times and holds no date (09:30:00, 晚上19:00-21:00, 上午九時整),
    /// read as far as the value grammar reads it; null when it does not begin with a time.
    /// </summary>
    public static DateTimeValue? ReadTime(string text)
    {
        var r = TimeValueParser.Parse(text);
        return r.Success ? r.Value : null;
    }

    /// <summary>The date and time of a 時間 value, or null when it holds no date.</summary>
    public static (WrittenDate Date, ClockTime? Time)? ParseDateTime(string text) =>
        ReadDateTime(text) is { } v ? (v.Date!.Value, v.Time) : null;

    /// <summary>
    /// The date, opening time, planned closing time (the end of a range: 19:00-21:00) and bracketed closing time of a 時間
    /// value, or null when it holds no date.
    /// </summary>
    public static (WrittenDate Date, ClockTime? Time, ClockTime? Until, ClockTime? Closing)? ParseDateTimeRange(string text) =>
        ReadDateTime(text) is { } v ? (v.Date!.Value, v.Time, v.Until, v.Closing) : null;

    /// <summary>
    /// A value that is only a time of day or a range of times (a 時間 line beside a 日期 line): 09:30:00, 上午九時,
    /// 晚上19:00-21:00, 下午 2 時 30 分（十六時止）, with the end of its range and the closing time in brackets if any;
    /// null when the value holds anything else.
    /// </summary>
    public static (ClockTime Time, ClockTime? Until, ClockTime? Closing)? ParseTimeOnly(string text) =>
        ReadTime(text) is { } v && v.Unread(text).Length == 0 ? (v.Time!.Value, v.Until, v.Closing) : null;

    /// <summary>The first characters of the meridiem words (上, 下, 中, 晚, 早, 凌, 清, 傍, 夜): where a search for a time may start.</summary>
    private static readonly string MeridiemStarts = string.Concat(Meridiems.Words.Select(w => w[0]).Distinct());

    /// <summary>The first time of day anywhere in the text, in either kind of numerals.</summary>
    public static ClockTime? FindTime(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            bool numeral = char.IsDigit(c) || DigitChars.Contains(c) || c == '十';
            if (!numeral && !MeridiemStarts.Contains(c)) continue;
            if (i > 0 && numeral && (char.IsDigit(text[i - 1]) || DigitChars.Contains(text[i - 1]) || text[i - 1] is '十' or '百')) continue;
            var r = AnyTime.Parse(text[i..]);
            if (r.Success && r.Value.IsReadable) return r.Value;
        }

        return null;
    }

    private static readonly Parser<char, (ClockTime Time, int Length)> TimeWithLength =
        Map((t, end) => (t, end), AnyTime, CurrentOffset);

    /// <summary>
    /// Every time of day in the text whose 上午/下午/中午/晚上 contradicts its hour (<see cref="ClockTime.MeridiemContradicts"/>),
    /// with its offset in <paramref name="text"/> and its length without trailing spaces (for ML0121).
    /// </summary>
    public static IEnumerable<(int Offset, int Length, ClockTime Time)> FindContradictingTimes(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (!MeridiemStarts.Contains(text[i])) continue;
            var r = TimeWithLength.Parse(text[i..]);
            if (!r.Success || !r.Value.Time.MeridiemContradicts) continue;
            int length = r.Value.Length;
            while (length > 0 && text[i + length - 1] is ' ' or '\u3000' or '\t') length--;
            yield return (i, length, r.Value.Time);
            i += length - 1;
        }
    }
}
