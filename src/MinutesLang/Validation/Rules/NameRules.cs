using System.Text.RegularExpressions;
using MinutesLang.Diagnostics;
using MinutesLang.Parsing;
using MinutesLang.Semantics;
using MinutesLang.Syntax;

namespace MinutesLang.Validation.Rules;

/// <summary>
/// ML0250: a case link's wording is the case's title, one of its 別名, or a title it was given by
/// @更名 (spaces aside); otherwise the nearest of those is suggested.
/// </summary>
public sealed class CaseWordingRule : IRule
{
    public string Code => "ML0250";

    public void Check(SeriesContext series, DiagnosticBag bag)
    {
        foreach (var r in series.Records.Where(series.IsReported))
        {
            foreach (var m in r.Mentions)
            {
                if (m.Wording is null || !series.Series.Cases.ContainsKey(m.CaseId)) continue;
                string wording = SeriesContext.Squeeze(m.Wording);
                if (series.IsAcceptedName(m.CaseId, wording)) continue;
                var names = series.AcceptedNames(m.CaseId);
                string nearest = names.OrderBy(n => Nearest.Distance(wording, SeriesContext.Squeeze(n))).First();
                bag.At(r.Tree.Source, m.Span).WordingDrifts(m.CaseId, m.Wording.Trim(), nearest, names);
            }
        }
    }
}

/// <summary>
/// ML0251: a platform's id or name written with one character added, dropped or changed
/// (基北桃 for 基北北桃). Only names of three characters or more are checked, and a near miss
/// must keep the first and last character. Only ids are checked (基北北桃, not 雙北合作): a long
/// name is one character away from too much ordinary prose (雙北各合作, 雙方合作).
/// </summary>
public sealed class PlatformNameRule : IRule
{
    public string Code => "ML0251";

    public void Check(SeriesContext series, DiagnosticBag bag)
    {
        var names = series.Series.Platforms.Select(p => p.Id).Where(n => n.Length >= 3).Distinct().ToList();
        if (names.Count == 0) return;

        // a near miss starts with a name's first character: a line without any is not looked at further
        var firsts = System.Buffers.SearchValues.Create(string.Concat(names.Select(n => n[0])));
        foreach (var r in series.Records.Where(series.IsReported))
        {
            foreach (var line in series.LinesOf(r))
            {
                string t = line.Text;
                if (!t.AsSpan().ContainsAny(firsts)) continue;
                var exact = new bool[t.Length + 1];
                foreach (var n in names)
                {
                    for (int at = t.IndexOf(n, StringComparison.Ordinal); at >= 0; at = t.IndexOf(n, at + 1, StringComparison.Ordinal))
                        for (int j = at; j < at + n.Length; j++) exact[j] = true;
                }

                for (int i = 0; i < t.Length; i++)
                {
                    if (exact[i]) continue;
                    foreach (var n in names)
                    {
                        if (t[i] != n[0]) continue;
                        int hit = NearMissAt(t, i, n, exact);
                        if (hit == 0) continue;
                        bag.At(r.Tree.Source, line.Span(i, hit)).PlatformMisspelt(t.Substring(i, hit), n);
                        i += hit - 1;
                        break;
                    }
                }
            }
        }
    }

    /// <summary>
    /// The length of the near miss of <paramref name="name"/> at <paramref name="i"/> of <paramref name="t"/>, or 0: the first
    /// of the lengths name − 1, name, name + 1 (at least 2) whose text ends with the name's last character, holds no link,
    /// is one edit from the name and overlaps no exact mention. Measured on the line's text in place, not copied.
    /// </summary>
    private static int NearMissAt(string t, int i, string name, bool[] exact)
    {
        for (int len = name.Length - 1; len <= name.Length + 1; len++)
        {
            if (len < 2 || i + len > t.Length) continue;
            var s = t.AsSpan(i, len);
            if (s[^1] == name[^1] && !s.Contains(ScanLine.LinkMark) && Nearest.Distance(s, name) == 1 && !Overlaps(exact, i, len)) return len;
        }

        return 0;
    }

    private static bool Overlaps(bool[] exact, int start, int length)
    {
        for (int j = start; j < start + length; j++) if (exact[j]) return true;
        return false;
    }
}

/// <summary>
/// ML0252: 記錄 (to record) written for the noun 紀錄 (the minutes): the recorder's label, 會議記錄, 記錄表; the label
/// spaced as Word minutes space it (<c>記　錄：</c>, <c>記 錄：</c>, or with a tab between, as a text exported from Word
/// has it; ML0122 reads each as 紀錄 too) is the same mistake:
/// the fix is 紀 for 記, the spacing kept (紀　錄).
/// </summary>
public sealed partial class RecordWordRule : IRule
{
    public string Code => "ML0252";

    [GeneratedRegex("(?<=會議|小組|上次|本次|前次)記錄|記[ \t\u3000]*錄(?=\\s*[：:]|表|人|如附件|備查|確認)")]
    private static partial Regex Noun();

    public void Check(SeriesContext series, DiagnosticBag bag)
    {
        foreach (var (r, line) in series.ProseLines())
        {
            if (!line.Text.Contains('記', StringComparison.Ordinal)) continue; // every match holds 記 (the word, or its spaced label 記　錄): no regex run on the other lines
            foreach (Match m in Noun().Matches(line.Text)) bag.At(r.Tree.Source, line.Span(m.Index, m.Length)).RecordForMinutes();
        }
    }
}

/// <summary>ML0253 (information): a progress report (…辦理進度) labelled with a year other than the meeting's.</summary>
public sealed partial class ReportYearRule : IRule
{
    public string Code => "ML0253";

    [GeneratedRegex("\\G\\s*(?<year>[0-9]{2,4})\\s*(年度|年)?[^。]*辦理進度")]
    private static partial Regex Label();

    public void Check(SeriesContext series, DiagnosticBag bag)
    {
        foreach (var (r, line) in series.ProseLines())
        {
            string t = line.Text;
            if (!t.Contains("辦理進度", StringComparison.Ordinal)) continue; // every label holds the words: the other lines are not read further
            int start = 0;
            if (line.Line is FieldLineSyntax or PartLineSyntax { Field: not null })
            {
                int colon = t.IndexOfAny(['：', ':']);
                if (colon < 0 || !t[..colon].Replace(" ", "").StartsWith("案由", StringComparison.Ordinal)) continue;
                start = colon + 1;
            }
            else if (line.Line is not PartLineSyntax)
            {
                continue;
            }

            var m = Label().Match(t, start);
            if (!m.Success) continue;
            int y = int.Parse(m.Groups["year"].Value);
            int roc = RocCalendar.ToRoc(y);
            if (r.RocYear is not { } year || roc == year) continue;
            var g = m.Groups["year"];
            bag.At(r.Tree.Source, line.Span(g.Index, g.Length)).ReportYear(g.Value, roc, year);
        }
    }
}
