using System.Text;
using CsCheck;

namespace MinutesLang.Fuzz;

/// <summary>
/// Texts in the layouts of other bodies' minutes (issue 12 §4–5), for the law
/// <see cref="LayoutLaws.ImportKeepsTheText"/>: titles with a per-year id, a running count or no
/// number; header labels with a colon, spaced out (<c>時　間：</c>) or without a colon
/// (<c>時  間 …</c>); parts numbered 壹、 or headings on their own line, spaced or not; list items in
/// every ordinal style, some starting with a digit (<c>2.114年…</c>); wrapped lines; page numbers
/// and running headers at page breaks; and the whole text run together on one line (a Word export).
/// Each text is made from one integer (a <see cref="Random"/> seed), so a failure is replayed by it.
/// </summary>
internal static class LayoutGenerator
{
    private static readonly string[] Bodies =
    [
        "測試市都市計畫委員會", "測試縣環境影響評估審查委員會", "測試國中課程發展委員會", "測試國小家長會",
        "測試市交通會報", "內政部測試審議委員會", "測試區公所里長聯繫會報",
    ];

    private static readonly string[] Sentences =
    [
        "本季經費已撥付完畢。", "下季由新北市主責，請各市於月底前回報辦理情形。", "照案通過。", "請業務單位持續追蹤並於下次會議報告。",
        "本案洽悉。", "有關校園樹木碳匯盤查，請各校依期程辦理並將成果送局彙整。", "114年4月1日起改由桃園市主責。",
        "2025年度計畫另案提報。", "請於3月底前完成 Google Workspace 帳號清查。", "修正後通過，並請依委員意見補充說明。",
    ];

    private static readonly string[] Places = ["本府會議室", "本校圖書館", "市府 8 樓會議室", "Google Meet 線上會議", "本所二樓禮堂"];

    private static readonly string[] Names = ["王主任委員小明", "陳會長大同", "林校長美玉", "張處長"];

    private static readonly string[] Recorders = ["李小華", "林小美", "陳進德"];

    private static readonly string[] Weekdays = ["星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"];

    public static readonly Gen<Input> Layouts = Gen.Int[0, int.MaxValue].Select(seed =>
        new Input(Encoding.UTF8.GetBytes(Layout(seed)), ".txt", $"layout {seed}"));

    /// <summary>The text of the layout made from <paramref name="seed"/>.</summary>
    public static string Layout(int seed)
    {
        var r = new Random(seed);
        T Pick<T>(IReadOnlyList<T> xs) => xs[r.Next(xs.Count)];
        bool Chance(int percent) => r.Next(100) < percent;

        var date = new DateOnly(2020, 1, 1).AddDays(r.Next(0, 2500));
        int roc = date.Year - 1911;
        string body = Pick(Bodies);
        string title = r.Next(3) switch
        {
            0 => $"{roc} 年度{body}第 {r.Next(1, 13)} 次會議紀錄",
            1 => $"{body}第 {r.Next(1, 2000)} 次會議紀錄",
            _ => $"{body}會議紀錄",
        };
        if (Chance(20)) title += "（秘書室彙整）";

        string weekday = Weekdays[(int)date.DayOfWeek];
        int hour = r.Next(8, 17);
        string when = r.Next(3) switch
        {
            0 => $"{roc} 年 {date.Month} 月 {date.Day} 日（{weekday}）{(hour < 12 ? "上午" : "下午")} {(hour > 12 ? hour - 12 : hour)} 時",
            1 => $"中華民國{roc}年{date.Month}月{date.Day}日({weekday}){hour}時30分",
            _ => $"{date:yyyy-MM-dd} {hour:00}:00",
        };

        bool numbered = Chance(50);
        int labelStyle = r.Next(4); // 0 colon, 1 spaced with colon, 2 spaced without colon, 3 without colon
        string Label(string name, string value)
        {
            string spaced = string.Join(Pick(new[] { " ", "　", "  " }), name.ToCharArray());
            return labelStyle switch
            {
                0 => $"{name}：{value}",
                1 => $"{spaced}：{value}",
                2 => $"{spaced}{Pick(new[] { " ", "　", "  " })}{value}",
                _ => $"{name}{Pick(new[] { " ", "　　" })}{value}",
            };
        }

        var lines = new List<string> { title };
        if (Chance(30)) lines.Add("");
        int part = 0;
        string Part(string text) => numbered ? $"{"壹貳參肆伍陸柒捌玖拾"[part++]}、{text}" : text;
        lines.Add(Part(Label("時間", when)));
        lines.Add(Part(Label("地點", Pick(Places))));
        string chair = Pick(Names), recorder = Pick(Recorders);
        if (Chance(40) && labelStyle < 2) lines.Add(Part($"主席：{chair}　　紀錄：{recorder}"));
        else
        {
            lines.Add(Part(Label("主席", chair)));
            lines.Add(Label("紀錄", recorder));
        }

        string[] headings = ["報告事項", "討論事項", "臨時動議"];
        foreach (string heading in headings.Take(r.Next(1, 4)))
        {
            string written = Chance(50) ? string.Join(Pick(new[] { " ", "　" }), heading.ToCharArray()) : heading;
            lines.Add(numbered ? Part(heading) : written);
            int style = r.Next(5);
            int items = r.Next(1, 5);
            for (int k = 1; k <= items; k++)
            {
                string ordinal = style switch
                {
                    0 => "一二三四五"[k - 1] + "、",
                    1 => $"({"一二三四五"[k - 1]})",
                    2 => $"（{"一二三四五"[k - 1]}）",
                    3 => $"{k}.",
                    _ => $"({k})",
                };
                string text = string.Concat(Enumerable.Range(0, r.Next(1, 4)).Select(_ => Pick(Sentences)));
                lines.AddRange(Wrap(ordinal + text, r.Next(18, 40), Chance(40)));
            }
        }

        lines.Add(Part(Label("散會", (hour + 1 > 12 ? "下午 " : "上午 ") + ((hour + 1) > 12 ? hour - 11 : hour + 1) + " 時")));

        // page furniture: a page number after a line of the middle, and the title repeated at the next page's top
        if (Chance(50) && lines.Count > 6)
        {
            int at = r.Next(4, lines.Count - 1);
            string footer = r.Next(3) switch { 0 => $"- {r.Next(1, 9)} -", 1 => $"第 1 頁，共 {r.Next(2, 9)} 頁", _ => $"1/{r.Next(2, 9)}" };
            var furniture = new List<string> { footer };
            if (Chance(50)) furniture.Add("\f" + title);
            lines.InsertRange(at, furniture);
        }

        // a Word export: the whole text on one line
        if (Chance(20)) return string.Join(Pick(new[] { "", " ", "　" }), lines.Where(l => l.Length > 0 && !l.StartsWith('\f') && !IsFooter(l))) + "\n";
        return string.Join("\n", lines) + "\n";
    }

    private static bool IsFooter(string line) => line.StartsWith("- ", StringComparison.Ordinal) || line.StartsWith("第 1 頁", StringComparison.Ordinal) || line.StartsWith("1/", StringComparison.Ordinal);

    /// <summary>The text broken into lines of <paramref name="width"/> characters when <paramref name="wrap"/>, never inside an ASCII word.</summary>
    private static IEnumerable<string> Wrap(string text, int width, bool wrap)
    {
        if (!wrap || text.Length <= width)
        {
            yield return text;
            yield break;
        }

        int start = 0;
        while (text.Length - start > width)
        {
            int end = start + width;
            while (end > start + 1 && end < text.Length && IsAscii(text[end - 1]) && IsAscii(text[end]) && text[end] != ' ') end--;
            yield return text[start..end];
            start = end;
        }

        yield return text[start..];
    }

    private static bool IsAscii(char c) => c < 0x80 && char.IsLetterOrDigit(c);
}
