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

    private static readonly Parser<char, string?> Meridiem =
        OneOf(Try(String("上午")), Try(String("下午")), Try(String("中午")), Try(String("晚上")), Try(String("早上")))
            .Before(Sp).Optional().Select(o => o.HasValue ? o.Value : null);

    /// <summary>上午九時, 下午二時三十分, 14時30分, 下午2時半, 上午十點.</summary>
    public static readonly Parser<char, ClockTime> Time =
        Map(
            (m, h, min) => new ClockTime(m is "早上" ? "上午" : m, h, min.HasValue ? min.Value : 0),
            Meridiem,
            Try(NumberThen(OneOf(Char('時'), Char('點')))),
            OneOf(Try(NumberThen(Char('分'))), Char('半').Before(Sp).ThenReturn(30)).Optional());

    /// <summary>The same weekday forms as records (<see cref="WeekdayGrammar"/>): one grammar for both.</summary>
    private static readonly Parser<char, char> Weekday = WeekdayGrammar.Weekday.Select(w => w.Day);

    private static readonly Parser<char, Unit> Era =
        OneOf(Try(String("中華民國")), Try(String("民國"))).Before(Sp).Optional().IgnoreResult();

    /// <summary>A clock reading: 09:30, 13:30, 09:30:00 (seconds read and dropped), 下午 2:30, ９：３０.</summary>
    public static readonly Parser<char, ClockTime> Clock =
        Map(
            (m, h, min, _) => new ClockTime(m is "早上" ? "上午" : m, h, min),
            Meridiem,
            Try(Arabic.Before(Sp).Before(OneOf(Char(':'), Char('：')))),
            Sp.Then(Arabic).Assert(n => n < 60, "minutes below 60").Before(Sp),
            Try(OneOf(Char(':'), Char('：')).Then(Arabic).Assert(n => n < 60, "seconds below 60")).Optional());

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
        OneOf(Char('（'), Char('(')).Then(Sp).Then(AnyTime)
            .Before(OneOf(Try(String("散會")), Try(String("止")), Try(String("結束"))).Optional()).Before(Sp)
            .Before(OneOf(Char('）'), Char(')'))).Before(Sp);

    /// <summary>
    /// The one grammar of a 時間 value (used by the binder, the rules and the importer through
    /// <see cref="ValueGrammar.ParseDateTime"/>): a date in words or figures, an optional weekday, an
    /// optional time of day and an optional closing time in brackets.
    /// </summary>
    public static readonly Parser<char, (WrittenDate Date, ClockTime? Time, ClockTime? Closing)> DateTimeRange =
        Map(
            (ymd, w, t, c) => (new WrittenDate(ymd.Year, ymd.Month, ymd.Day, w.HasValue ? w.Value : null),
                t.HasValue ? t.Value : (ClockTime?)null, c.HasValue ? c.Value : (ClockTime?)null),
            Sp.Then(OneOf(Try(WordDate), Try(FigureDate))),
            Try(Weekday).Optional(),
            Try(AnyTime).Optional(),
            Try(ClosingInBrackets).Optional());

    /// <summary>A date, with its weekday and time when written, as <see cref="DateTimeRange"/> reads it.</summary>
    public static readonly Parser<char, (WrittenDate Date, ClockTime? Time)> DateTime =
        DateTimeRange.Select(r => (r.Date, r.Time));

    /// <summary>The date and time of a 時間 value, or null when it holds no date.</summary>
    public static (WrittenDate Date, ClockTime? Time)? ParseDateTime(string text)
    {
        var r = DateTime.Parse(text);
        return r.Success ? r.Value : null;
    }

    /// <summary>The date, time and bracketed closing time of a 時間 value, or null when it holds no date.</summary>
    public static (WrittenDate Date, ClockTime? Time, ClockTime? Closing)? ParseDateTimeRange(string text)
    {
        var r = DateTimeRange.Parse(text);
        return r.Success ? r.Value : null;
    }

    /// <summary>
    /// A value that is only a time of day (a 時間 line beside a 日期 line): 09:30:00, 上午九時,
    /// 下午 2 時 30 分（十六時止）, with the closing time in brackets if any; null when the value holds anything else.
    /// </summary>
    public static (ClockTime Time, ClockTime? Closing)? ParseTimeOnly(string text)
    {
        var r = Map((t, c) => (t, c.HasValue ? c.Value : (ClockTime?)null), Sp.Then(AnyTime), Try(ClosingInBrackets).Optional())
            .Before(Sp).Before(End).Parse(text);
        return r.Success && r.Value.t.IsReadable ? r.Value : null;
    }

    /// <summary>The first time of day anywhere in the text, in either kind of numerals.</summary>
    public static ClockTime? FindTime(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            bool numeral = char.IsDigit(c) || DigitChars.Contains(c) || c == '十';
            if (!numeral && c is not ('上' or '下' or '中' or '晚' or '早')) continue;
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
            if (text[i] is not ('上' or '下' or '中' or '晚' or '早')) continue;
            var r = TimeWithLength.Parse(text[i..]);
            if (!r.Success || !r.Value.Time.MeridiemContradicts) continue;
            int length = r.Value.Length;
            while (length > 0 && text[i + length - 1] is ' ' or '\u3000' or '\t') length--;
            yield return (i, length, r.Value.Time);
            i += length - 1;
        }
    }
}
