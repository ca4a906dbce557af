using System.Text.RegularExpressions;

namespace MinutesLang.Import;

/// <summary>
/// The layouts of other bodies that <see cref="ImportLines"/> reads besides the seeds' own
/// (issue 12 §4): labels spaced out or written without a colon (<c>時  間 中華民國…</c>),
/// headings on a line of their own (<c>報 告 事 項</c>), an ordinal followed by a digit
/// (<c>2.114年4月1日…</c>), running headers repeated at page breaks, and a text exported as one
/// run-on line (a Word export), split at its labels and ordinals.
/// </summary>
internal static partial class ImportLayout
{
    /// <summary>
    /// Labels of a record's header and of its agenda that bodies write without a colon, the
    /// value after one or more spaces (<c>時  間 中華民國114年3月7日</c>, <c>主  席 王主任委員</c>).
    /// </summary>
    private static readonly string[] ColonlessLabels =
    [
        "時間", "日期", "地點", "主席", "會議主席", "主持人", "紀錄", "記錄", "出席", "列席", "請假",
        "出席人員", "列席人員", "請假人員", "出席委員", "列席委員", "列席單位", "會議時間", "會議地點",
        "開會時間", "開會地點", "散會",
    ];

    /// <summary>Headings printed on a line of their own, without an ordinal (a body that numbers no parts).</summary>
    private static readonly HashSet<string> Headings =
    [
        "報告事項", "討論事項", "提案討論", "臨時動議", "臨時提案", "業務報告", "主席致詞", "主席報告",
        "工作報告", "選舉事項", "審議事項", "決議事項", "報告案", "討論案", "審議案", "會議議程",
        "上次會議決議事項執行情形", "上次會議紀錄確認", "確認上次會議紀錄", "宣讀上次會議紀錄", "散會",
    ];

    /// <summary>
    /// A line that starts with a known label followed by white space and a value, and has no
    /// colon right after the label: the label as written (<c>時  間</c>), the white space, and the
    /// label without spaces (<c>時間</c>); else null.
    /// </summary>
    public static (string Written, string Gap, string Label)? ColonlessLabel(string text)
    {
        // the label's letters may be spaced out (時  間); try each length, shortest first
        string letters = "";
        for (int i = 0; i < text.Length && letters.Length < 4; i++)
        {
            char c = text[i];
            if (c is ' ' or '\u3000' or '\t') continue;
            if (!IsIdeograph(c)) return null;
            letters += c;
            if (letters.Length < 2 || !ColonlessLabels.Contains(letters)) continue;
            int end = i + 1, gap = end;
            while (gap < text.Length && text[gap] is ' ' or '\u3000' or '\t') gap++;
            if (gap == end || gap == text.Length || text[gap] is '：' or ':') continue;
            return (text[..end], text[end..gap], letters);
        }

        return null;
    }

    private static bool IsIdeograph(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\uF900' and <= '\uFAFF';

    /// <summary>
    /// A heading on a line of its own: a known heading (<c>報告事項</c>), whether its letters are
    /// spaced out (<c>報 告 事 項</c>) or not, with an optional colon at its end.
    /// </summary>
    public static bool IsHeading(string text)
    {
        string letters = string.Concat(text.Where(c => !char.IsWhiteSpace(c))).TrimEnd('：', ':');
        return Headings.Contains(letters);
    }

    /// <summary>
    /// The heading of one item of a part on a line of its own: a kind of item (提案, 臨時動議, 臨時提案, 討論事項, 報告事項,
    /// 審議事項, 討論案, 報告案, 審議案, 議案, 選舉案) with its number — a Chinese numeral or figures, 第…案 or not —, its
    /// letters spaced out or not, an optional colon and nothing after it: <c>提案二</c>, <c>提案二：</c>, <c>討論事項二</c>,
    /// <c>臨時動議一</c>, <c>第 3 案</c>, <c>報告案第1案</c>. A heading without a number (<c>臨時動議</c>) is a part's
    /// (<see cref="IsHeading"/>).
    /// </summary>
    public static bool IsItemHeading(string text)
    {
        string letters = string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
        return letters.Length <= 16 && ItemHeading().IsMatch(letters);
    }

    [GeneratedRegex(@"^((提案|臨時動議|臨時提案|討論事項|報告事項|審議事項|討論案|報告案|審議案|議案|選舉案)第?|第)[〇零一二三四五六七八九十百0-9０-９]{1,4}案?[：:]?$")]
    private static partial Regex ItemHeading();

    /// <summary>A line repeated at page breaks is a running header: compared without white space.</summary>
    public static string Key(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    [GeneratedRegex(@"^([0-9０-９]{1,2})[\.．](?=[0-9０-９])")]
    private static partial Regex DotBeforeDigit();

    /// <summary>
    /// An Arabic ordinal followed by a digit (<c>2.114年4月1日起…</c>): item <paramref name="expected"/>
    /// of the list before it, not a decimal; its length (the ordinal and the dot), else 0. The
    /// first item of a list (1.) is taken as one only when a date follows (<c>1.114年…</c>).
    /// </summary>
    public static int OrdinalBeforeDigit(string text, int expected)
    {
        var m = DotBeforeDigit().Match(text);
        if (!m.Success || text.Length == m.Length) return 0;
        int n = m.Groups[1].Value.Aggregate(0, (v, c) => v * 10 + (c >= '０' ? c - '０' : c - '0'));
        if (n == expected && n > 1) return m.Length;
        return n == 1 && DateAfter().IsMatch(text[m.Length..]) ? m.Length : 0;
    }

    [GeneratedRegex(@"^[0-9０-９]{2,4}\s*年")]
    private static partial Regex DateAfter();

    /// <summary>A physical line this long, holding several labels or part ordinals, is a whole text run together (a Word export).</summary>
    public const int RunOnLength = 100;

    // a split point:
    // - before a part ordinal (壹、) anywhere;
    // - before a header or agenda label and its colon (時間：, 地　點：, 案由：) anywhere but inside 會議時間 or 開會地點
    //   or right after an ordinal (貳、地點：);
    // - before a heading (報告事項, 報 告 事 項, 臨時動議…) followed by white space, a colon or an ordinal, but not right after an ordinal;
    // - before a list ordinal (一、 (一) （一） 1. (1)) after a sentence end, white space, a colon, the title's 紀錄 or a heading;
    // - after white space, before a header label without its colon (時間 114 年…)
    [GeneratedRegex(@"(?<![壹貳參肆伍陸柒捌玖拾])(?=[壹貳參肆伍陸柒捌玖拾]{1,3}、)"
        + @"|(?<![會開、])(?=(時[ \u3000]*間|日[ \u3000]*期|地[ \u3000]*點|主[ \u3000]*席|紀[ \u3000]*錄|記[ \u3000]*錄|出[ \u3000]*席|列[ \u3000]*席|案[ \u3000]*由|說[ \u3000]*明|決[ \u3000]*議|散[ \u3000]*會)[ \u3000]*[：:])"
        + @"|(?<!、)(?=(報[ \u3000]*告[ \u3000]*事[ \u3000]*項|討[ \u3000]*論[ \u3000]*事[ \u3000]*項|臨[ \u3000]*時[ \u3000]*動[ \u3000]*議|提[ \u3000]*案[ \u3000]*討[ \u3000]*論|業[ \u3000]*務[ \u3000]*報[ \u3000]*告)([ \u3000：:]|[一二三四五六七八九十]{1,3}、|[\(（]|[0-9]{1,2}\.))"
        + @"|(?<=[。；！？）\)：:\s]|紀錄|記錄|事[ \u3000]*項|動[ \u3000]*議|討[ \u3000]*論|報[ \u3000]*告)[ \u3000]*(?=[一二三四五六七八九十]{1,3}、|[\(（][一二三四五六七八九十]{1,3}[\)）]|[0-9]{1,2}\.(?![0-9])|[0-9]{1,2}\.(?=[0-9]{2,3}年)|[\(（][0-9]{1,2}[\)）])"
        + @"|(?<=\s)(?=(時[ \u3000]*間|日[ \u3000]*期|地[ \u3000]*點|主[ \u3000]*席|紀[ \u3000]*錄|記[ \u3000]*錄|散[ \u3000]*會)[ \u3000]+[^ \u3000：:])")]
    private static partial Regex SplitPoint();

    [GeneratedRegex(@"[壹貳參肆伍陸柒捌玖拾]{1,3}、|(時\s*間|地\s*點|主\s*席|紀\s*錄|記\s*錄|案\s*由|決\s*議|散\s*會)\s*[：:]|(?<=\s)(時\s*間|地\s*點|主\s*席)[ \u3000]+[^ \u3000：:]")]
    private static partial Regex PartOrLabel();

    /// <summary>
    /// The pieces of a run-on line (start index and text), split at its part ordinals, list
    /// ordinals and labels; the line itself when it is short, a table row or holds fewer than
    /// three such points.
    /// </summary>
    public static List<(int Start, string Text)> SplitRunOn(string raw)
    {
        if (raw.Length < RunOnLength || raw.Contains('\t') || raw.TrimStart().StartsWith('|')) return [(0, raw)];
        var points = SplitPoint().Matches(raw).Select(m => m.Index + m.Length).Where(i => i > 0 && i < raw.Length).Distinct().ToList();
        if (points.Count < 3 || PartOrLabel().Matches(raw).Count < 2) return [(0, raw)];
        var pieces = new List<(int, string)>();
        int start = 0;
        foreach (int p in points)
        {
            if (raw[start..p].Trim().Length > 0) pieces.Add((start, raw[start..p]));
            start = p;
        }

        pieces.Add((start, raw[start..]));
        return pieces;
    }
}
