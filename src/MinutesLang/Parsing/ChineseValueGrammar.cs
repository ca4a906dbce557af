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

    /// <summary>The value of a Chinese numeral: 九十二 92, 一百一十三 113, 一一三 113, 十 10, 兩 2; null if not one.</summary>
    public static int? ChineseNumber(string s)
    {
        if (s.Length == 0 || s.Length > 8) return null;
        static int Digit(char c) => c switch { '〇' or '零' => 0, '兩' => 2, _ => "零一二三四五六七八九".IndexOf(c) };
        if (!s.Contains('十') && !s.Contains('百'))
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
        Token(c => DigitChars.Contains(c) || c is '十' or '百').AtLeastOnceString()
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

    public static readonly Parser<char, (WrittenDate Date, ClockTime? Time)> DateTime =
        Map(
            (y, m, d, w, t) => (new WrittenDate(y, m, d, w.HasValue ? w.Value : null), t.HasValue ? t.Value : (ClockTime?)null),
            Sp.Then(Era).Then(NumberThen(Char('年'))),
            NumberThen(Char('月')),
            Number.Before(Sp).Before(OneOf(Char('日'), Char('號'))).Before(Sp),
            Try(Weekday).Optional(),
            Try(Time).Optional());

    public static (WrittenDate Date, ClockTime? Time)? ParseDateTime(string text)
    {
        var r = DateTime.Parse(text);
        return r.Success ? r.Value : null;
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
            var r = Time.Parse(text[i..]);
            if (r.Success && r.Value.IsValid) return r.Value;
        }

        return null;
    }
}
