using System.Globalization;
using System.Text;
using CsCheck;
using MinutesLang.Parsing;

namespace MinutesLang.Tests;

/// <summary>
/// Issue 12 §2, the value grammar's property: a random date and time written in any of the styles the minutes of
/// public bodies use — ROC or Western year, in words (年月日, with 民國/中華民國) or in figures (<c>-</c> <c>/</c> <c>.</c>),
/// ASCII, full-width or Chinese numerals, 時分, 點 (半), or a clock <c>HH:MM</c>, with a meridiem word or on the 24-hour
/// clock, with or without a weekday, and with or without a closing time (a range's end or one in brackets) — reads back
/// as the date and times it was written from, wholly (nothing left unread).
/// </summary>
public sealed class TimeValuePropertyTests
{
    private const string Digits = "〇一二三四五六七八九";

    /// <summary>A date and time, and the choices of how to write them (each an index into a list of styles).</summary>
    public sealed record Written(DateOnly Date, int Start, int Length, int[] Style)
    {
        /// <summary>The choice <paramref name="i"/> among <paramref name="n"/> styles.</summary>
        public int Pick(int i, int n) => Style[i] % n;

        public override string ToString() => $"{Date:yyyy-MM-dd} {Start / 60:00}:{Start % 60:00} +{Length} min [{string.Join(",", Style)}] → {ValueGrammarText.Format(this).Text}";
    }

    private static readonly Gen<Written> Values =
        Gen.Select(Gen.Int[1912 + 80, 2099], Gen.Int[1, 12], Gen.Int[1, 31], Gen.Int[0, 21 * 60], Gen.Int[10, 150], Gen.Int[0, 1000].Array[12])
            .Select((y, m, d, start, length, style) => new Written(new DateOnly(y, m, Math.Min(d, DateTime.DaysInMonth(y, m))), start, length, style));

    [Fact]
    public void EveryWrittenDateTimeReadsBackEqual()
    {
        var texts = new System.Collections.Concurrent.ConcurrentBag<string>();
        Values.Sample(w =>
        {
            var (text, closing, isRange) = ValueGrammarText.Format(w);
            texts.Add(text);
            var read = ChineseValueGrammar.ReadDateTime(text);
            Assert.True(read is not null, text);
            var v = read.Value;
            Assert.True(v.Unread(text).Length == 0, $"'{text}': '{v.Unread(text)}' not read");
            Assert.Equal(w.Date, v.Date?.ToDate());
            Assert.Null(v.Date!.Value.WrongWeekday());
            Assert.Equal(w.Start, v.Time?.TotalMinutes);
            Assert.False(v.Time!.Value.MeridiemContradicts, text);
            Assert.Equal(isRange ? closing : null, v.Until?.TotalMinutes);
            Assert.Equal(isRange ? null : closing, v.Closing?.TotalMinutes);
        }, iter: 3000, threads: 1, seed: Environment.GetEnvironmentVariable("MINUTES_VALUE_SEED"));

        // the generator wrote every style: a property over a few styles only would prove little
        foreach (var marker in new[] { "中華民國", "民國", "年", "號", "/", ".", "-", "時", "點", "半", ":", "：", "下午", "晚上", "晚間", "凌晨", "清晨", "中午", "傍晚", "至", "～", "–", "（", "(", "星期", "週", "２", "十", "〇", "散會", "止" })
            Assert.True(texts.Any(t => t.Contains(marker, StringComparison.Ordinal)), $"no value written with '{marker}'");
    }

    /// <summary>How <see cref="Written"/> values are written: one text per set of choices.</summary>
    public static class ValueGrammarText
    {
        public static (string Text, int? Closing, bool IsRange) Format(Written w)
        {
            var sb = new StringBuilder();
            int numerals = w.Pick(0, 3); // 0 ASCII, 1 full-width, 2 Chinese (in words only)
            bool roc = w.Pick(1, 2) == 0;
            int year = roc ? w.Date.Year - 1911 : w.Date.Year;
            bool inWords = w.Pick(2, 3) != 0;
            if (inWords)
            {
                if (roc) sb.Append(w.Pick(3, 3) switch { 0 => "", 1 => "民國", _ => "中華民國" });
                string sp = w.Pick(4, 2) == 0 ? "" : " ";
                sb.Append(Number(year, numerals, yearStyle: true)).Append(sp).Append('年').Append(sp)
                  .Append(Number(w.Date.Month, numerals)).Append(sp).Append('月').Append(sp)
                  .Append(Number(w.Date.Day, numerals)).Append(sp).Append(w.Pick(5, 4) == 0 ? '號' : '日');
            }
            else
            {
                char sep = "-/.－／"[w.Pick(3, 5)];
                int n = numerals == 2 ? 0 : numerals;
                bool pad = w.Pick(4, 2) == 0;
                sb.Append(Number(year, n)).Append(sep).Append(Number(w.Date.Month, n, pad)).Append(sep).Append(Number(w.Date.Day, n, pad));
            }

            char day = "日一二三四五六"[(int)w.Date.DayOfWeek];
            int weekday = w.Pick(6, 5);
            sb.Append(weekday switch { 0 => "", 1 => $"（星期{day}）", 2 => $"(週{day})", 3 => $"（{day}）", _ => $" (星期{day}) " });
            if (weekday == 0 && !inWords) sb.Append(' '); // 2025-03-07 14:30: a date in figures is set apart from the time

            string? startWord = Time(sb, w.Start, w, 7);
            int end = w.Start + w.Length;
            return w.Pick(9, 3) switch
            {
                0 => (sb.ToString(), null, false),
                1 => Range(sb, end, startWord, w),
                _ => Brackets(sb, end, w),
            };
        }

        private static (string, int?, bool) Range(StringBuilder sb, int end, string? startWord, Written w)
        {
            string sep = new[] { "-", "～", "~", "至", "–", " - ", "到", " 至 " }[w.Pick(10, 8)];
            sb.Append(sep);
            Time(sb, end, w, 8, startWord);
            if (w.Pick(11, 3) == 0) sb.Append('止');
            return (sb.ToString(), end, true);
        }

        private static (string, int?, bool) Brackets(StringBuilder sb, int end, Written w)
        {
            sb.Append(w.Pick(10, 2) == 0 ? '（' : '(');
            Time(sb, end, w, 8, null, ownWord: true);
            if (w.Pick(11, 3) == 0) sb.Append("散會");
            sb.Append(w.Pick(10, 2) == 0 ? '）' : ')');
            return (sb.ToString(), end, false);
        }

        /// <summary>
        /// Writes the time <paramref name="minutes"/> in the style chosen at <paramref name="at"/>; returns its meridiem word.
        /// The end of a range after <paramref name="after"/> leaves out a word the start already gave, as writers do.
        /// </summary>
        private static string? Time(StringBuilder sb, int minutes, Written w, int at, string? after = null, bool ownWord = false)
        {
            int h = minutes / 60, m = minutes % 60;
            int style = w.Style[at] % 6; // 0 時分 24h, 1 時分 meridiem, 2 點 meridiem, 3 clock 24h, 4 clock meridiem+12h, 5 clock meridiem+24h
            int numerals = (w.Style[at] / 6) % 3;
            string? word = style is 1 or 2 or 4 ? Word(h, w.Style[at] / 18) : style == 5 && h >= 13 ? Word(h, w.Style[at] / 18) : null;
            int shown = word is null ? h : style == 5 ? h : Twelve(word, h);
            if (word is not null)
            {
                bool same = after is not null && Meridiems.PartOf(after) == Meridiems.PartOf(word) && after == word;
                if (!(same && !ownWord && w.Style[at] % 2 == 0)) sb.Append(word);
            }

            if (style is 3 or 4 or 5)
            {
                int n = numerals == 2 ? 1 : numerals;
                sb.Append(Number(shown, n, pad: style == 3)).Append(n == 1 ? '：' : ':').Append(Number(m, n, pad: true));
                return word;
            }

            string sp = w.Style[at] % 4 == 1 ? " " : "";
            sb.Append(Number(shown, numerals)).Append(sp).Append(style == 2 ? '點' : '時').Append(sp);
            if (m == 30 && style == 2) sb.Append('半');
            else if (m > 0 || w.Style[at] % 5 == 0) sb.Append(Number(m, numerals)).Append(sp).Append('分');
            return word;
        }

        /// <summary>A meridiem word for the hour (0–23) on the 24-hour clock; <paramref name="k"/> picks among those that fit.</summary>
        private static string Word(int h, int k)
        {
            string[] words = h switch
            {
                0 => ["凌晨"],
                <= 4 => ["凌晨"],
                <= 7 => ["凌晨", "清晨", "早上", "上午"],
                <= 11 => ["早上", "上午"],
                12 => ["中午", "下午"],
                13 => ["中午", "下午"],
                <= 17 => ["下午"],
                18 => ["傍晚", "下午", "晚上"],
                _ => ["晚上", "晚間", "夜間"],
            };
            return words[k % words.Length];
        }

        /// <summary>The hour on the 12-hour clock the word takes: 凌晨 12 時 is 0:00, 中午 1 時 13:00.</summary>
        private static int Twelve(string word, int h) => word == "凌晨" && h == 0 ? 12 : h > 12 ? h - 12 : h;

        private static string Number(int n, int numerals, bool pad = false, bool yearStyle = false)
        {
            if (numerals == 2) return Chinese(n, yearStyle && n >= 1000);
            string s = pad ? n.ToString("00", CultureInfo.InvariantCulture) : n.ToString(CultureInfo.InvariantCulture);
            return numerals == 1 ? new string([.. s.Select(c => (char)(c - '0' + '０'))]) : s;
        }

        /// <summary>A Chinese numeral: 十四, 三十, 一百一十四, 一百零五; digit by digit (二〇二五) when asked.</summary>
        private static string Chinese(int n, bool digitByDigit)
        {
            if (digitByDigit || n >= 1000) return new string([.. n.ToString(CultureInfo.InvariantCulture).Select(c => Digits[c - '0'])]);
            if (n < 10) return Digits[n].ToString();
            if (n < 20) return "十" + (n % 10 == 0 ? "" : Digits[n % 10].ToString());
            if (n < 100) return Digits[n / 10] + "十" + (n % 10 == 0 ? "" : Digits[n % 10].ToString());
            int rest = n % 100;
            string tail = rest == 0 ? "" : rest < 10 ? "零" + Digits[rest] : rest < 20 ? "一" + Chinese(rest, false) : Chinese(rest, false);
            return Digits[n / 100] + "百" + tail;
        }
    }
}
