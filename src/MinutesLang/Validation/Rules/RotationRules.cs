using System.Text.RegularExpressions;
using MinutesLang.Diagnostics;
using MinutesLang.Semantics;

namespace MinutesLang.Validation.Rules;

/// <summary>
/// ML0220: the host named in the text (本季由桃園市主責，下一季由新北市接棒; 上一季感謝新北市主政;
/// 下次…主辦單位為臺北市) agrees with the quarterly rows (期別 第 K 季) of the @rotation table of
/// the platform in force on the meeting's date.
/// </summary>
public sealed partial class RotationRule : IRule
{
    public string Code => "ML0220";

    [GeneratedRegex("(?<which>本季|這一季|上一季|上季|前一季|下一季|下季|下次)[^。；]{0,30}?(?<city>臺北市|台北市|新北市|基隆市|桃園市)")]
    private static partial Regex HostPhrase();

    [GeneratedRegex("(?<year>20[0-9]{2})\\s*年\\s*(?<city>臺北市|台北市|新北市|基隆市|桃園市)")]
    private static partial Regex YearlyHost();

    [GeneratedRegex("主責|主政|主辦|接棒|負責|輪值")]
    private static partial Regex HostWord();

    [GeneratedRegex("第\\s*([1-4１-４一二三四])\\s*季")]
    private static partial Regex QuarterPeriod();

    public void Check(SeriesContext series, DiagnosticBag bag)
    {
        foreach (var record in series.Records)
        {
            var date = record.Date?.ToDate();
            var platform = series.PlatformOf(record);
            if (date is null || platform is null || !series.IsReported(record)) continue;
            var rotation = series.RotationOf(platform);
            CheckYearly(series, record, rotation, bag);
            if (!rotation.HasQuarters) continue;

            int index = date.Value.Year * 4 + SeriesContext.Quarter(date.Value) - 1;
            foreach (var line in series.LinesOf(record))
            {
                // every phrase holds a city (…市) and 季 or 下次: no regex run on the other lines
                if (!line.Text.Contains('市') || !line.Text.Contains('季') && !line.Text.Contains("下次", StringComparison.Ordinal)) continue;
                foreach (Match m in HostPhrase().Matches(line.Text))
                {
                    // the phrase must say who hosts: 主責, 主政, 主辦, 接棒 …, right after the city
                    string after = line.Text.Substring(m.Index + m.Length, Math.Min(8, line.Text.Length - m.Index - m.Length));
                    if (!HostWord().IsMatch(after) && !HostWord().IsMatch(m.Value)) continue;
                    int offset = m.Groups["which"].Value switch { "本季" or "這一季" => 0, "上一季" or "上季" or "前一季" => -1, _ => 1 };
                    int q = index + offset;
                    if (rotation.HostOfQuarter(q) is not { } host) continue;
                    string written = Cities.Normalize(m.Groups["city"].Value) ?? m.Groups["city"].Value;
                    if (written != Cities.Normalize(host))
                    {
                        var city = m.Groups["city"];
                        bag.At(record.Tree.Source, line.Span(city.Index, city.Length))
                            .HostDisagrees(written, host, Localization.Phrase.Same($"{q / 4} 第 {q % 4 + 1} 季"));
                    }
                }
            }
        }
    }

    /// <summary>The yearly hosts named in a sentence about the rotation: 2023 年新北市、2024 年臺北市…依序接棒 (the 全年 rows).</summary>
    private static void CheckYearly(SeriesContext series, Record record, RotationTable rotation, DiagnosticBag bag)
    {
        if (!rotation.HasYears) return;
        foreach (var line in series.LinesOf(record))
        {
            if (!line.Text.Contains("輪辦", StringComparison.Ordinal) && !line.Text.Contains("依序接棒", StringComparison.Ordinal)) continue;
            foreach (Match m in YearlyHost().Matches(line.Text))
            {
                int year = int.Parse(m.Groups["year"].Value);
                var row = rotation.YearRow(year);
                string written = Cities.Normalize(m.Groups["city"].Value) ?? m.Groups["city"].Value;
                if (row is null || written == Cities.Normalize(row.Host)) continue;
                var city = m.Groups["city"];
                bag.At(record.Tree.Source, line.Span(city.Index, city.Length)).HostDisagrees(written, row.Host, new Localization.Phrase($"{year} ({row.Level})", $"{year} 年（{row.Level}）"));
            }
        }
    }

    internal static int QuarterOf(string period)
    {
        var m = QuarterPeriod().Match(period);
        return m.Success ? "1234１２３４一二三四".IndexOf(m.Groups[1].Value[0]) % 4 + 1 : 0;
    }
}

/// <summary>
/// ML0221: on a platform of two members the host alternates from meeting to meeting. The host is
/// the city named in 地點; a record held online takes its chair's city, learnt from the records
/// where the same chair sat in a named city's room.
/// </summary>
public sealed class BilateralAlternationRule : IRule
{
    public string Code => "ML0221";

    public void Check(SeriesContext series, DiagnosticBag bag)
    {
        var chairCity = new Dictionary<string, string>();
        foreach (var r in series.Records)
        {
            if (PlaceCity(r) is { } c && r.Chair is { } chair) chairCity.TryAdd(Person(chair), c);
        }

        for (int i = 1; i < series.Records.Length; i++)
        {
            // a 臨時會 takes no turn (issue 12 §1 point 5): it is called when a matter needs it, outside the rotation of the
            // regular meetings, so it is not held to it, and the next regular meeting is held to the last regular one
            var cur = series.Records[i];
            if (cur.Extra || !series.IsReported(cur) || series.Records.Take(i).LastOrDefault(r => !r.Extra) is not { } prev) continue;
            var platform = series.PlatformOf(cur);
            if (platform is null || platform.Members.Length != 2 || series.PlatformOf(prev) != platform || series.GapBefore(i) is not null) continue;
            string? a = Host(prev), b = Host(cur);
            if (a is null || b is null || a != b) continue;
            var span = RecordLines.Part(cur, "地點") ?? RecordLines.Part(cur, "主席") ?? RecordLines.Meeting(cur);
            bag.At(cur.Tree.Source, span).HostDoesNotAlternate(b, prev.Id);
        }

        string? Host(Record r) => PlaceCity(r) ?? (r.Chair is { } c && chairCity.TryGetValue(Person(c), out var city) ? city : null);
    }

    private static string? PlaceCity(Record r)
    {
        if (r.Place is null) return null;
        int best = int.MaxValue;
        string? found = null;
        foreach (var name in new[] { "臺北市", "台北市", "新北市", "基隆市", "桃園市" })
        {
            int at = r.Place.IndexOf(name, StringComparison.Ordinal);
            if (at >= 0 && at < best) (best, found) = (at, Cities.Normalize(name));
        }

        return found;
    }

    private static readonly string[] Titles = ["主任秘書", "專門委員", "副處長", "副局長", "處長", "局長", "科長", "主任", "秘書", "參議", "代理", "委員"];

    /// <summary>The chair's name without the titles, which change (丁雅君參議代理主任秘書 and 丁主任秘書雅君 are one person).</summary>
    private static string Person(string chair)
    {
        string s = new(chair.Where(c => !char.IsWhiteSpace(c)).ToArray());
        foreach (var t in Titles) s = s.Replace(t, "", StringComparison.Ordinal);
        return s;
    }
}
