using System.Text;
using System.Text.RegularExpressions;
using MinutesLang.Localization;
using MinutesLang.Semantics;

namespace MinutesLang.Import;

/// <summary>
/// Case mentions 「…」 matched against the cases of a series, fuzzily (titles and aliases,
/// compared on their letters and digits only, 台 = 臺, then by edit distance): a match becomes a
/// case link 「[[id|wording]]」; a mention of an unknown case (「…」一案, 「…」案) becomes a
/// proposed declaration, written to a separate file for the writer to review.
/// </summary>
public sealed partial class CaseMatcher
{
    private readonly List<(string Id, string Key)> keys = [];
    private readonly Dictionary<string, (string Title, string Where)> proposals = [];
    private readonly HashSet<string> declared;
    private readonly Series series;

    public CaseMatcher(Series series)
    {
        this.series = series;
        foreach (var c in series.Cases.Values)
        {
            keys.Add((c.Id, Key(c.Title)));
            foreach (var a in c.Aliases) keys.Add((c.Id, Key(a)));
        }

        declared = [.. series.Cases.Keys];
    }

    /// <summary>Where the text being linked comes from, for the proposals file (file:line).</summary>
    public string Where { get; set; } = "";

    [GeneratedRegex(@"「([^「」\[\]|\r\n]{2,100})」")]
    private static partial Regex Mention();

    /// <summary>
    /// What follows a quotation that names a case: 案, 一案, 等 N 案, or a verb of the register said of it (「公園認養計畫」同意成案,
    /// 「…」持續列管: issue g §1, an unknown case decided on is proposed too).
    /// </summary>
    [GeneratedRegex(@"^\s*(一案|案|計畫案|計畫|等\s*[0-9０-９一二三四五六七八九十]+\s*案|(同意|本案)?成案|(同意)?(解除列管|解列)|(持續|繼續)列管)")]
    private static partial Regex CaseWord();

    /// <summary>The text with every matched mention turned into a case link.</summary>
    public string Link(string text) => Mention().Replace(text, m =>
    {
        string wording = m.Groups[1].Value;
        string? id = Find(wording);

        // 「『title』計畫」: the link goes inside the 『』 when that is exactly a title or an alias
        var inner = Regex.Match(wording, "『([^『』]+)』");
        if (inner.Success && Find(inner.Groups[1].Value) is { } innerId && IsExact(innerId, inner.Groups[1].Value))
            return "「" + wording[..inner.Index] + $"『[[{innerId}|{inner.Groups[1].Value}]]』" + wording[(inner.Index + inner.Length)..] + "」";
        if (id is not null) return $"「[[{id}|{wording}]]」";
        if (CaseWord().IsMatch(text[(m.Index + m.Length)..]))
        {
            string key = Key(wording);
            if (key.Length > 0) proposals.TryAdd(key, (wording, Where));
        }

        return m.Value;
    });

    /// <summary>Whether the wording is the case's title or one of its aliases, spaces aside.</summary>
    private bool IsExact(string id, string wording)
    {
        static string NoSpace(string s) => string.Concat(s.Where(c => !char.IsWhiteSpace(c)));
        return series.Cases.TryGetValue(id, out var c) && (NoSpace(c.Title) == NoSpace(wording) || c.Aliases.Any(a => NoSpace(a) == NoSpace(wording)));
    }

    [GeneratedRegex(@"(更改為|更名為|改名為|修正為)「\[\[([^|\]]+)\|([^\]]+)\]\]」")]
    private static partial Regex Renamed();

    /// <summary>
    /// The renames a linked text states in so many words (業已更改為「[[id|new title]]」): the one
    /// case event the importer writes, since the record says it verbatim.
    /// </summary>
    public IEnumerable<(string Id, string Title)> Renames(string linked) =>
        Renamed().Matches(linked).Select(m => (m.Groups[2].Value, m.Groups[3].Value)).Where(r => series.Cases.TryGetValue(r.Item1, out var c) && c.Title != r.Item2);

    /// <summary>The declaration of a case of the series.</summary>
    public CaseDeclaration? Declaration(string id) => series.Cases.GetValueOrDefault(id);

    /// <summary>
    /// A case named without quotes at the start of an item or a value (跨縣市學校交流：…,
    /// 合作推廣台北酷課雲課程，…, …規劃報告一案，…, the whole value): linked when it matches a case.
    /// </summary>
    public string LinkLeading(string text)
    {
        string trimmed = text.TrimStart();
        if (trimmed.Length < 4 || trimmed[0] is '「' or '『' || trimmed.StartsWith("[[", StringComparison.Ordinal)) return text;
        int lead = text.Length - trimmed.Length;
        var cuts = new List<int> { trimmed.TrimEnd().TrimEnd('。').Length };
        int stop = StopOutsideQuotes(trimmed);
        int caseWord = trimmed.IndexOf("一案", StringComparison.Ordinal);
        if (caseWord > 0 && (stop < 0 || caseWord < stop)) cuts.Add(caseWord);
        int an = trimmed.IndexOf('案');
        if (an > 0 && (stop < 0 || an < stop)) cuts.Add(an);
        if (stop > 0) cuts.Add(stop);
        // the candidate that matches best; of equally good ones the longest
        (string Wording, string Id, double Score)? best = null;
        foreach (int cut in cuts.Distinct())
        {
            string wording = trimmed[..cut].TrimEnd();
            if (wording.EndsWith("一案", StringComparison.Ordinal)) wording = wording[..^2];
            else if (wording.EndsWith('案')) wording = wording[..^1];
            if (wording.Length < 4 || wording.IndexOfAny(['[', ']', '|']) >= 0 || !Balanced(wording)) continue;
            if (Match(wording) is not { } m) continue;
            if (best is null || m.Score < best.Value.Score || m.Score == best.Value.Score && wording.Length > best.Value.Wording.Length) best = (wording, m.Id, m.Score);
        }

        if (best is { } b) return text[..lead] + $"[[{b.Id}|{b.Wording}]]" + trimmed[b.Wording.Length..];
        return text;
    }

    [GeneratedRegex(@"\[\[[^\]]*\]\]|「[^「」]*」")]
    private static partial Regex Protected();

    [GeneratedRegex(@"[、，,。；：:]")]
    private static partial Regex Delimiter();

    /// <summary>A count of cases (3 個議案, 共計 5 案, 等3案, 計 1 項): the sign of an enumeration.</summary>
    [GeneratedRegex(@"[0-9０-９一二三四五六七八九十]+\s*(個議案|個合作案|案|項)")]
    private static partial Regex Count();

    /// <summary>
    /// Cases enumerated in running text (分別是跨縣市學校交流、雙語教學在職教師增能學分班…及基北北桃環教小尖兵大會師):
    /// each piece between 、，。；： (or around 及) is linked when its end names a case exactly or one
    /// character off. Links and 「」 quotations already in the text are left alone.
    /// </summary>
    public string LinkEnumerated(string text)
    {
        if (!Count().IsMatch(text)) return text;
        var sb = new StringBuilder();
        int last = 0;
        foreach (Match m in Protected().Matches(text))
        {
            sb.Append(LinkPieces(text[last..m.Index])).Append(m.Value);
            last = m.Index + m.Length;
        }

        return sb.Append(LinkPieces(text[last..])).ToString();
    }

    private string LinkPieces(string free)
    {
        if (free.Length < 4) return free;
        var sb = new StringBuilder();
        int last = 0;
        foreach (Match d in Delimiter().Matches(free))
        {
            sb.Append(LinkPiece(free[last..d.Index])).Append(d.Value);
            last = d.Index + d.Length;
        }

        return sb.Append(LinkPiece(free[last..])).ToString();
    }

    private string LinkPiece(string piece)
    {
        if (LinkTail(piece) is { } linked) return linked;
        int and = piece.IndexOf('及');
        if (and > 0 && LinkTail(piece[..and]) is { } first && LinkTail(piece[(and + 1)..]) is { } second) return first + "及" + second;
        return piece;
    }

    /// <summary>
    /// The most characters a case's name is written in, as <see cref="LinkTail"/> looks for it at the end of a piece of
    /// running text: the limit of a quoted mention 「…」 (<see cref="Mention"/>, 2 to 100 characters). An ending longer than
    /// this names no case; trying each of them made a long line (20,000 characters) take minutes (issue 13, found by the fuzz).
    /// </summary>
    public const int MaxWordingLength = 100;

    /// <summary>
    /// The piece with its longest ending that names a case (at most one character off) linked, or null. The endings are
    /// tried from the longest; an ending with unbalanced 「」 or 『』 stops the search, and only the last
    /// <see cref="MaxWordingLength"/> characters are matched, so a piece of any length costs time in proportion to its length.
    /// </summary>
    private string? LinkTail(string piece)
    {
        string trimmed = piece.TrimEnd();
        int n = trimmed.Length;

        // the balance of 「」 and of 『』 of every ending, counted once from the end (Balanced of each ending was quadratic)
        var corner = new int[n + 1];
        var white = new int[n + 1];
        for (int i = n - 1; i >= 0; i--)
        {
            corner[i] = corner[i + 1] + trimmed[i] switch { '「' => 1, '」' => -1, _ => 0 };
            white[i] = white[i + 1] + trimmed[i] switch { '『' => 1, '』' => -1, _ => 0 };
        }

        (int Start, string Id, double Score)? best = null;
        for (int start = 0; start < n; start++)
        {
            if (char.IsWhiteSpace(trimmed[start])) continue;
            if (corner[start] != 0 || white[start] != 0) break;
            if (n - start > MaxWordingLength) continue;
            string wording = trimmed[start..];
            if (wording.EndsWith("一案", StringComparison.Ordinal)) wording = wording[..^2];
            else if (wording.EndsWith('案')) wording = wording[..^1];
            if (Key(wording).Length < 5) break;
            if (Match(wording) is { Score: <= 1 } m && (best is null || m.Score < best.Value.Score)) best = (start, m.Id, m.Score);
        }

        if (best is not { } b) return null;
        string linked = trimmed[b.Start..];
        if (linked.EndsWith("一案", StringComparison.Ordinal)) linked = linked[..^2];
        else if (linked.EndsWith('案')) linked = linked[..^1];
        return piece[..b.Start] + $"[[{b.Id}|{linked}]]" + piece[(b.Start + linked.Length)..];
    }

    /// <summary>The first ：，。； that is not inside 「」 or 『』, or -1.</summary>
    private static int StopOutsideQuotes(string text)
    {
        int depth = 0;
        for (int i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '「' or '『':
                    depth++;
                    break;
                case '」' or '』':
                    depth = Math.Max(0, depth - 1);
                    break;
                case '：' or ':' or '，' or ',' or '。' or '；' when depth == 0:
                    return i;
            }
        }

        return -1;
    }

    private static bool Balanced(string text) =>
        text.Count(c => c == '「') == text.Count(c => c == '」') && text.Count(c => c == '『') == text.Count(c => c == '』');

    /// <summary>The id of the case whose title or alias is nearest to the wording, if near enough.</summary>
    public string? Find(string wording) => Match(wording)?.Id;

    private (string Id, double Score)? Match(string wording)
    {
        string k = Key(wording);
        if (k.Length < 2) return null;
        string? best = null;
        double bestScore = double.MaxValue;
        foreach (var (id, key) in keys)
        {
            if (key.Length == 0) continue;
            double score;
            if (key == k) score = 0;
            else
            {
                int shorter = Math.Min(k.Length, key.Length), longer = Math.Max(k.Length, key.Length);
                // the edit distance is at least the difference of the lengths: computed only when it can be near enough
                // (it takes the product of the lengths, so a long wording against every key was slow)
                int d = longer - shorter <= Math.Max(1, shorter / 6) ? Nearest.Distance(k, key) : int.MaxValue;
                if (d <= Math.Max(1, shorter / 6)) score = d;
                else if (shorter >= 6 && shorter * 10 >= longer * 6 && (key.Contains(k, StringComparison.Ordinal) || k.Contains(key, StringComparison.Ordinal))) score = longer - shorter + 0.5;
                else continue;
            }

            if (score < bestScore)
            {
                bestScore = score;
                best = id;
            }
        }

        return best is null ? null : (best, bestScore);
    }

    /// <summary>The letters and digits of a title, lower case, 台 as 臺, without a trailing 案/計畫.</summary>
    public static string Key(string title)
    {
        var sb = new StringBuilder();
        foreach (char ch in title.Normalize(NormalizationForm.FormKC))
        {
            if (!char.IsLetterOrDigit(ch)) continue;
            sb.Append(ch == '台' ? '臺' : char.ToLowerInvariant(ch));
        }

        string s = sb.ToString();
        foreach (var suffix in new[] { "一案", "計畫案", "計畫", "案" })
        {
            if (s.Length > suffix.Length + 2 && s.EndsWith(suffix, StringComparison.Ordinal)) return s[..^suffix.Length];
        }

        return s;
    }

    /// <summary>The head of the proposals file: what it holds and what to do with it.</summary>
    private static readonly Phrase ProposalsHead = new(
        "// Cases mentioned in the imported records that series.minutes does not declare.\n"
        + "// Review each one: give it a short id, add 來源, and move it into series.minutes;\n"
        + "// then write its mentions as [[id|wording]] (or import again with --series).\n",
        "// 匯入的紀錄提及、但 series.minutes 未宣告的案件。\n"
        + "// 請逐案檢查：取一個簡短的案號，補上來源，再移入 series.minutes；\n"
        + "// 然後將提及處寫成 [[案號|用語]]（或加 --series 重新匯入）。\n");

    /// <summary>
    /// The proposed declarations, in the notation of series.minutes, or null when every mention was matched; its comments
    /// (what the file is, where each case is first mentioned) in <paramref name="language"/>, the run's (issue 15).
    /// </summary>
    public string? ProposalsText(Language language = Language.En)
    {
        if (proposals.Count == 0) return null;
        var sb = new StringBuilder();
        sb.Append(ProposalsHead.In(language));
        foreach (var (key, (title, where)) in proposals)
        {
            string id = new(title.Where(c => !char.IsWhiteSpace(c) && c is not ('[' or ']' or '|')).ToArray());
            if (declared.Contains(id)) id += "-new";
            sb.Append('\n').Append(language == Language.ZhTw ? $"// 首次提及於 {where}" : $"// first mentioned at {where}").Append('\n');
            sb.Append("@case ").Append(id).Append('\n');
            sb.Append("  標題：").Append(title).Append('\n');
            _ = key;
        }

        return sb.ToString();
    }
}
