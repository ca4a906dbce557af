using System.Text;
using System.Text.RegularExpressions;
using MinutesLang.Localization;
using MinutesLang.Parsing;
using MinutesLang.Rendering;
using MinutesLang.Semantics;
using MinutesLang.Syntax;
using MinutesLang.Validation;
using MinutesLang.Validation.Rules;

namespace MinutesLang.Authoring;

/// <summary>
/// Why the next record cannot be written (a date before the last meeting or before the 民國 calendar, a series without
/// 臨時會, a 會期 needed and not given, a meeting number past <see cref="MeetingId.MaxNumber"/>), said in both languages
/// (issue 15): <c>minutes new</c> prints <see cref="Text"/> in the run's language; <see cref="Exception.Message"/> is the English.
/// </summary>
public sealed class NextRecordException(Phrase text) : Exception(text.En)
{
    /// <summary>The reason in English and zh-TW (the zh-TW worded as the records word it: 民國, 屆, 會期, 臨時會, 次).</summary>
    public Phrase Text { get; } = text;
}

/// <summary>
/// An open case as the next record lists it: its state after the last meeting, and what the last
/// record said where it recorded that state (the item or field holding the event), if anything.
/// </summary>
public sealed record CarriedCase(string Id, string Wording, CaseStatus Status, string? PendingLevel, string LastReportedAt, string Directive, string? LastSaid)
{
    /// <summary>The state as <c>minutes cases</c> names it: 列管中, 提請副市長層級解列.</summary>
    public string State => CaseRegister.StatusName(Status, PendingLevel);

    /// <summary>The state as the register names it in <paramref name="language"/>: 列管中 or tracked, 提請副市長層級解列 or delisting proposed to the 副市長層級.</summary>
    public string StateIn(Language language) => language == Language.ZhTw ? State : CaseRegister.StatusNameEn(Status, PendingLevel);
}

/// <summary>The next record of a series, as notation text with <c>{{…}}</c> placeholders for the writer.</summary>
public sealed record NextRecordDraft(int Year, int Sequence, DateOnly Date, string FileName, string Text, IReadOnlyList<string> Placeholders, IReadOnlyList<CarriedCase> Cases)
{
    /// <summary>How the series numbers its meetings: as its last record does (per year when it has none).</summary>
    public MeetingNumbering Numbering { get; init; } = MeetingNumbering.PerYear;

    /// <summary>The 會期 of a 屆/會期/次 id (<see cref="Year"/> is then its 屆).</summary>
    public int Session { get; init; }

    /// <summary>A 臨時會.</summary>
    public bool Extra { get; init; }

    /// <summary>The @meeting id of the draft: 114-2, 145 (a running count), 11-2-6, 臨1, 2025-06-06 (named by its date).</summary>
    public string Id => new MeetingId(Numbering, Year, Sequence) { Session = Session, Extra = Extra }.ToString();
}

/// <summary>
/// Writes the next record of a series (<c>minutes new</c>): the next @meeting id (a new 民國 year
/// starts again at 1), the title in the style of the last record, the date with the weekday it
/// has, this quarter's and the next quarter's host from @rotation (as ML0220 reads them), and every
/// case still open after the last record under the progress item, with the event that continues
/// its state. Whatever only the writer knows is a placeholder <c>{{name}}</c>, which
/// <c>minutes check</c> reports as ML0114 until it is filled in.
/// </summary>
public static partial class NextRecord
{
    public const string Open = "{{";
    public const string Close = "}}";

    [GeneratedRegex("^\\s*(?:民國\\s*)?(?<y>[0-9]{2,4})\\s*[-/.]\\s*(?<m>[0-9]{1,2})\\s*[-/.]\\s*(?<d>[0-9]{1,2})\\s*$")]
    private static partial Regex NumericDate();

    public static string Placeholder(string name) => Open + name + Close;

    /// <summary>A record still holding placeholders is a draft: the next record follows the last one that is not.</summary>
    public static bool IsDraft(SyntaxTree tree) => tree.Diagnostics.Any(d => d.Code == "ML0114");

    /// <summary>
    /// Reads a date given on the command line: <c>2025-06-06</c>, a 民國 date <c>114-06-06</c>,
    /// <c>114/6/6</c>, <c>民國114年6月6日</c> or <c>114 年 6 月 6 日</c>. A weekday, if given, must be right.
    /// </summary>
    /// <param name="text">the date as given (<c>--date</c>)</param>
    /// <param name="date">the date read</param>
    /// <param name="problem">why it cannot be read, in both languages (<see cref="NextRecordProblems"/>); null when it can</param>
    public static bool TryParseDate(string text, out DateOnly date, out Phrase? problem)
    {
        date = default;
        problem = null;
        WrittenDate? written = null;
        var m = NumericDate().Match(text);
        if (m.Success)
        {
            written = new WrittenDate(int.Parse(m.Groups["y"].Value), int.Parse(m.Groups["m"].Value), int.Parse(m.Groups["d"].Value), null);
        }
        else
        {
            string t = text.Trim();
            if (t.StartsWith("民國", StringComparison.Ordinal)) t = t[2..];
            if (ValueGrammar.ParseDateTime(t) is { } dt) written = dt.Date;
        }

        if (written is not { } w)
        {
            problem = NextRecordProblems.UnreadableDate(text);
            return false;
        }

        if (w.ToDate() is not { } d)
        {
            problem = NextRecordProblems.NotADate(text);
            return false;
        }

        if (w.WrongWeekday() is { } expected)
        {
            problem = NextRecordProblems.WrongWeekday(d, expected, w.Weekday);
            return false;
        }

        date = d;
        return true;
    }

    /// <summary>
    /// The next record of the series on <paramref name="date"/>: its id in the series' numbering
    /// (<see cref="MeetingScheme"/>: <c>編號</c> of <c>@series</c>, else as the last record is numbered), its title
    /// (<c>題名</c> of <c>@series</c> when declared, else the last record's with the new numbers), the parts to fill in
    /// and the open cases.
    /// </summary>
    /// <param name="compilation">the series without its drafts</param>
    /// <param name="date">the date of the meeting (not before the last record's)</param>
    /// <param name="extra">a 臨時會: numbered on its own (臨1, 114-臨1, 11-2-臨1) or named by its date (臨2025-03-20), as the series declares</param>
    /// <param name="session">屆/會期/次 only: the 屆 and 會期 the meeting opens (its 次 is 1); without it the meeting continues the last 會期</param>
    /// <param name="language">
    /// the language of the comments written for the writer (<see cref="NewComments"/>; the front end passes
    /// <c>CommandContext.Language</c>: <c>--lang</c>, minutesconfig.json, the system); the record itself — its labels,
    /// title and <c>{{…}}</c> placeholders, which name the record's own parts — is the official Chinese in both
    /// </param>
    /// <exception cref="NextRecordException">the date is before the last record, the series declares no 臨時會, or a 會期 is needed and not given</exception>
    public static NextRecordDraft Create(Compilation compilation, DateOnly date, bool extra = false, (int Term, int Session)? session = null, Language language = Language.ZhTw)
    {
        if (date.Year <= RocCalendar.Offset) throw new NextRecordException(NextRecordProblems.BeforeRoc(date));
        var ctx = compilation.Context;
        var series = compilation.Series;
        var scheme = series.Scheme;
        var last = ctx.Records.Length > 0 ? ctx.Records[^1] : null;
        var lastRegular = ctx.Records.LastOrDefault(r => !r.Extra);
        // the year that numbers the meeting: the 民國 year of the date, or its school year (August to July) where the
        // series numbers per 學年度 (its 題名, else its last title: 99 學年度第 3 次, @meeting 99-3); the date itself (時間) is
        // the calendar's, whatever numbers the meeting
        int year = SeriesYear.Numbering(date, SeriesYear.CountsSchoolYears(scheme, lastRegular));
        int calendarYear = RocCalendar.ToRoc(date.Year);
        if (last?.Date?.ToDate() is { } lastDate && date < lastDate)
            throw new NextRecordException(NextRecordProblems.BeforeLast(date, last.Id, lastDate));

        // the series numbers its meetings as it declares (編號), else as its last regular record does: per year, by a running count, 屆/會期/次, by date
        var numbering = scheme.Declared ? scheme.Numbering : lastRegular?.Numbering ?? MeetingNumbering.PerYear;
        if (session is not null && numbering != MeetingNumbering.Session)
            throw new NextRecordException(NextRecordProblems.NotBySession(numbering));
        var meeting = extra ? NextExtra(ctx, scheme, numbering, lastRegular, date, year, session) : NextRegular(numbering, lastRegular, date, year, session);
        string? composedTitle = scheme.Compose(meeting, year);
        if (!extra) last = lastRegular ?? last;
        else last = ctx.Records.LastOrDefault(r => r.Extra) is { } lastExtra ? lastExtra : null;
        int sequence = meeting.Number;

        var platform = ctx.PlatformOn(date);
        var cases = OpenCases(ctx);
        var placeholders = new List<string>();
        var sb = new StringBuilder();

        sb.Append("@meeting ").Append(meeting).Append('\n');
        Layout(sb, (last ?? ctx.Records.LastOrDefault())?.Layout);
        sb.Append("# ").Append(composedTitle ?? (extra && last is null ? P("題名") : Title(last, series, platform, date, meeting) ?? P("題名"))).Append('\n');
        sb.Append("// ").Append(NewComments.Guide.In(language)).Append('\n');
        sb.Append("* 時間：").Append(calendarYear).Append(" 年 ").Append(date.Month).Append(" 月 ").Append(date.Day)
          .Append(" 日（星期").Append(WrittenDate.WeekdayChar(date.DayOfWeek)).Append('）').Append(P("開會時間")).Append('\n');
        sb.Append("* 地點：").Append(P("地點")).Append('\n');
        sb.Append("* 主席：").Append(P("主席")).Append('\n');
        sb.Append("紀錄：").Append(P("紀錄")).Append('\n');
        sb.Append("* 出席人員：").Append(P("出席人員")).Append('\n');

        sb.Append("* 業務報告\n");
        if (HostSentence(series, platform, date) is { } hosts) sb.Append("  - ").Append(hosts).Append('\n');
        sb.Append("  - ").Append(P("業務報告")).Append('\n');

        sb.Append("* 提案討論\n");
        if (cases.Count > 0 && platform is null)
        {
            // a body that is no platform of cities: the subject and its explanation are its own words, not the four-city group's
            sb.Append("  案由：").Append(P("案由")).Append('\n');
            sb.Append("  說明：").Append(P("說明")).Append('\n');
            sb.Append("  決議：\n");
            Cases(sb, cases, language, P);
        }
        else if (cases.Count > 0)
        {
            string name = series.Name.Length > 0 ? $"「{series.Name}」" : "";
            sb.Append("  案由：").Append(year).Append(" 年度").Append(platform?.Name ?? "").Append(name)
              .Append("計 ").Append(cases.Count).Append(" 項合作案辦理進度，提請討論。\n");
            sb.Append("  說明：各縣市辦理情形詳合作方案辦理進度列管表。\n");
            sb.Append("  決議：\n");
            Cases(sb, cases, language, P);
        }
        else
        {
            sb.Append("  案由：").Append(P("案由")).Append('\n');
            sb.Append("  說明：").Append(P("說明")).Append('\n');
            sb.Append("  決議：").Append(P("決議")).Append('\n');
        }

        sb.Append("* 臨時動議：").Append(P("臨時動議")).Append('\n');
        sb.Append("散會：").Append(P("散會時間")).Append('\n');

        string id = meeting.ToString();
        return new NextRecordDraft(meeting.Year, sequence, date, FileName(last ?? lastRegular, id), sb.ToString(), placeholders, cases) { Numbering = meeting.Numbering, Session = meeting.Session, Extra = meeting.Extra };

        string P(string placeholder)
        {
            placeholders.Add(placeholder);
            return Placeholder(placeholder);
        }
    }

    /// <summary>Each open case under the 決議 of the progress item: linked, its progress to fill in, its last state, the event that continues it.</summary>
    private static void Cases(StringBuilder sb, List<CarriedCase> cases, Language language, Func<string, string> placeholder)
    {
        foreach (var c in cases)
        {
            string link = c.Wording.IndexOfAny(['|', ']', '[', '{', '}']) >= 0 ? $"[[{c.Id}]]" : $"[[{c.Id}|{c.Wording}]]";
            sb.Append("    - ").Append(link).Append('：').Append(placeholder($"辦理情形（{c.Id}）")).Append('\n');
            sb.Append("      // ").Append(NewComments.LastState(c.LastReportedAt, c.StateIn(language), language));
            if (c.LastSaid is { } said) sb.Append(" — ").Append(said);
            sb.Append('\n');
            sb.Append("      ").Append(c.Directive).Append('\n');
        }
    }

    /// <summary>The next regular meeting: per year (a new 民國 year starts again at 1), the running count + 1, the next 次 of the 會期 (or 次 1 of the 會期 given), the date.</summary>
    private static MeetingId NextRegular(MeetingNumbering numbering, Record? last, DateOnly date, int year, (int Term, int Session)? session)
    {
        switch (numbering)
        {
            case MeetingNumbering.Dated:
                return MeetingId.OfDate(date);
            case MeetingNumbering.Running:
                int running = last?.Numbering == MeetingNumbering.Running ? last.Sequence : 0;
                if (running >= MeetingId.MaxNumber) throw new NextRecordException(NextRecordProblems.HighestNumber(last!.Id));
                return new MeetingId(MeetingNumbering.Running, 0, running + 1);
            case MeetingNumbering.Session:
                if (session is { } open) return new MeetingId(MeetingNumbering.Session, open.Term, 1) { Session = open.Session };
                if (last?.Numbering != MeetingNumbering.Session)
                    throw new NextRecordException(NextRecordProblems.SessionNeeded);
                if (last.Sequence >= MeetingId.MaxNumber) throw new NextRecordException(NextRecordProblems.HighestNumber(last.Id));
                return new MeetingId(MeetingNumbering.Session, last.Year, last.Sequence + 1) { Session = last.Session };
            default:
                if (last?.Numbering != MeetingNumbering.PerYear) return new MeetingId(MeetingNumbering.PerYear, year, 1);
                if (year < last.Year)
                    throw new NextRecordException(NextRecordProblems.YearBeforeLast(date, year, last.Id));
                return new MeetingId(MeetingNumbering.PerYear, year, year == last.Year ? last.Sequence + 1 : 1);
        }
    }

    /// <summary>
    /// The next 臨時會: named by its date (<c>臨時會：不編號</c>), else the next number of its own count (the count of its
    /// year, per year; of its 會期, in 屆/會期/次; of the series, in a running count or by date).
    /// </summary>
    private static MeetingId NextExtra(SeriesContext ctx, MeetingScheme scheme, MeetingNumbering numbering, Record? lastRegular, DateOnly date, int year, (int Term, int Session)? session)
    {
        if (scheme.Extras == ExtraMeetings.None) throw new NextRecordException(NextRecordProblems.NoExtraMeetings);
        if (scheme.Extras == ExtraMeetings.Dated) return MeetingId.OfDate(date) with { Extra = true };
        var count = numbering == MeetingNumbering.Dated ? MeetingNumbering.Running : numbering;
        var id = count switch
        {
            MeetingNumbering.PerYear => new MeetingId(count, year, 1),
            MeetingNumbering.Session when session is { } s => new MeetingId(count, s.Term, 1) { Session = s.Session },
            MeetingNumbering.Session when lastRegular?.Numbering == MeetingNumbering.Session => new MeetingId(count, lastRegular.Year, 1) { Session = lastRegular.Session },
            MeetingNumbering.Session => throw new NextRecordException(NextRecordProblems.SessionNeeded),
            _ => new MeetingId(MeetingNumbering.Running, 0, 1),
        };
        id = id with { Extra = true };
        var previous = ctx.Records.Where(r => r.Extra && r.Numbering == id.Numbering && (id.Numbering == MeetingNumbering.Running || (r.Year == id.Year && r.Session == id.Session)))
            .Select(r => r.Sequence).DefaultIfEmpty(0).Max();
        return id with { Number = previous + 1 };
    }

    /// <summary>The cases open after the last record (列管中, 提請…解列), in the order of the register.</summary>
    private static List<CarriedCase> OpenCases(SeriesContext ctx)
    {
        var result = new List<CarriedCase>();
        foreach (var life in ctx.Cases.Lives)
        {
            if (life.Status is not (CaseStatus.Open or CaseStatus.DelistingProposed) || life.LastReportedAt is null) continue;
            string directive = life.Status == CaseStatus.Open
                ? $"@列管 {life.Id}"
                : $"@提請解列 {life.Id}{(life.PendingLevel is null ? "" : $" 層級：{life.PendingLevel}")}";
            result.Add(new CarriedCase(life.Id, Wording(ctx, life), life.Status, life.PendingLevel, life.LastReportedAt.Id, directive, LastSaid(life)));
        }

        return result;
    }

    /// <summary>The text of the item or field that holds the case's last event directive in its record.</summary>
    private static string? LastSaid(CaseLife life)
    {
        if (life.Steps.Count == 0) return null;
        var step = life.Steps[^1];
        string? text = Holder(step.Record.Tree.Root.Blocks, step.Event.Span.Start)?.Line switch
        {
            FieldLineSyntax f => f.Field.Value.PlainText,
            PartLineSyntax p => (p.Field?.Value ?? p.Content)?.PlainText,
            MarkedLineSyntax m => m.Content.PlainText,
            _ => null,
        };
        text = text?.Trim();
        return string.IsNullOrEmpty(text) ? null : text;

        static BlockSyntax? Holder(IEnumerable<BlockSyntax> blocks, int at)
        {
            foreach (var b in blocks)
            {
                if (at < b.FullSpan.Start || at >= b.FullSpan.End) continue;
                if (b.Blocks.Any(c => c.Line is DirectiveLineSyntax && at >= c.Line.FullSpan.Start && at < c.Line.FullSpan.End)) return b;
                return Holder(b.Blocks, at);
            }

            return null;
        }
    }

    /// <summary>How the series last wrote the case, if that is its title, a 別名 or a new title (ML0250); else its latest title.</summary>
    private static string Wording(SeriesContext ctx, CaseLife life)
    {
        var names = ctx.AcceptedNames(life.Id);
        var accepted = names.Select(SeriesContext.Squeeze).ToHashSet(StringComparer.Ordinal);
        var lastWording = Enumerable.Reverse(ctx.Records)
            .SelectMany(r => Enumerable.Reverse(r.Mentions))
            .Where(m => m.CaseId == life.Id && m.Wording is not null && accepted.Contains(SeriesContext.Squeeze(m.Wording)))
            .Select(m => m.Wording!.Trim())
            .FirstOrDefault();
        int declared = life.Declaration is { } d ? 1 + d.Aliases.Length : 0; // AcceptedNames: title and 別名 first, then the @更名 titles
        return lastWording ?? (names.Count > declared ? names[^1] : life.Declaration?.Title ?? life.Id);
    }

    /// <summary>
    /// 本季由…主責，下一季由…接棒。 from the quarterly rows of the platform in force; a quarter the
    /// table does not cover is left to the writer. Null when the platform has no quarterly rotation.
    /// </summary>
    private static string? HostSentence(Series series, Platform? platform, DateOnly date)
    {
        if (platform is null) return null;
        var quarters = series.Rotation
            .Where(r => r.Platform == platform.Id)
            .Select(r => (r.Year, Quarter: RotationRule.QuarterOf(r.Period), r.Host))
            .Where(r => r.Quarter > 0)
            .ToList();
        if (quarters.Count == 0) return null;
        int index = date.Year * 4 + SeriesContext.Quarter(date) - 1;
        string? Host(int q) => quarters.Where(r => r.Year * 4 + r.Quarter - 1 == q).Select(r => Cities.Normalize(r.Host) ?? r.Host).FirstOrDefault();
        return $"本季由{Host(index) ?? Placeholder("本期主辦城市")}主責，下一季由{Host(index + 1) ?? Placeholder("下期主辦城市")}接棒。";
    }

    /// <summary>
    /// The last record's title with the new year and number (a running count: the new number, and the
    /// year only where the title leads with one; a meeting named by its date: the title as it was);
    /// or one made from the series and its platform: for a platform of cities (the four-city group's series) its
    /// 工作會議 title, for a running count or 屆/會期/次 the series' 名稱 with its numbers; else null, a title the series does
    /// not define (the caller writes <c>{{題名}}</c>: never another body's wording).
    /// </summary>
    private static string? Title(Record? last, Series series, Platform? platform, DateOnly date, MeetingId meeting)
    {
        int roc = RocCalendar.ToRoc(date.Year);
        int sequence = meeting.Number;
        if (last?.Title is { } lastTitle && meeting.Numbering == MeetingNumbering.Dated) return lastTitle;
        if (meeting.Numbering == MeetingNumbering.Session)
        {
            // 第11屆第2會期…第5次: each number put in its place, in the figures the title used
            if (last?.Title is not { } session) return $"第 {meeting.Year} 屆第 {meeting.Session} 會期{series.Name}第 {sequence} 次會議紀錄";
            // (the numbers as the title rule reads them: the 次 of a 臨時會's title is the 臨時會's; replaced from the end, so each offset holds)
            var numbers = MeetingTitle.Read(session);
            foreach (var (written, value) in new[] { (numbers.Term, meeting.Year), (numbers.Session, meeting.Session), (numbers.Number, sequence) }
                .Where(p => p.Item1 is not null).OrderByDescending(p => p.Item1!.Value.Offset))
            {
                var g = written!.Value;
                session = session[..g.Offset] + Figures(g, value) + session[(g.Offset + g.Length)..];
            }

            return session;
        }

        // the number of the meeting as the title rule reads it (of the 臨時會 in a 臨時會's title), in the figures the title used
        var read = MeetingTitle.Read(last?.Title);
        if (last?.Title is { } running && meeting.Numbering == MeetingNumbering.Running && read is not { Year: not null, YearAtStart: true } && read.Number is { } rn)
            return running[..rn.Offset] + Figures(rn, sequence) + running[(rn.Offset + rn.Length)..];

        // the year anywhere before the number where the title gives its unit (臺中市北屯區公所114年第1次…, …國中113學年度第2次…)
        if (last?.Title is { } t && read is { Year: { } y, Number: { } n } && (read.YearAtStart || read.YearUnit.Length > 0) && y.Offset + y.Length <= n.Offset)
        {
            // the year as the title wrote it: AD (2019), else the 民國 or school year of the meeting, in figures or Chinese numerals
            int numberingYear = meeting.Numbering == MeetingNumbering.PerYear ? meeting.Year : roc;
            string year = y.Value >= RocCalendar.Offset ? date.Year.ToString() : char.IsAsciiDigit(y.Written[0]) ? numberingYear.ToString() : DigitByDigit(numberingYear);
            return t[..y.Offset] + year + t[(y.Offset + y.Length)..n.Offset] + Figures(n, sequence) + t[(n.Offset + n.Length)..];
        }

        string platformPart = platform is null ? "" : $"「{platform.Id}」";
        if (meeting.Numbering == MeetingNumbering.Running) return $"{platformPart}{series.Name}第 {sequence} 次會議紀錄";
        return platform is null ? null : $"{roc} 年度{platformPart}{series.Name}第 {sequence} 次工作會議紀錄";
    }

    /// <summary>A number in the figures a title wrote its number in: ASCII, or Chinese numerals (五百六十二 beyond 99 too).</summary>
    private static string Figures(TitleNumber written, int n) =>
        char.IsAsciiDigit(written.Written[0]) ? n.ToString() : n < 100 ? Numbering.Chinese(n) : written.Written.Contains('百') || written.Written.Contains('千') ? Positional(n) : DigitByDigit(n);

    /// <summary>一一四 for 114: a year or number written digit by digit, as 一一四年度 is.</summary>
    private static string DigitByDigit(int n) => new([.. n.ToString().Select(c => "〇一二三四五六七八九"[c - '0'])]);

    /// <summary>五百六十二 for 562, 一千零一 for 1001: a number written with 千, 百 and 十 (below 10 000).</summary>
    private static string Positional(int n)
    {
        if (n is <= 0 or >= 10_000) return n.ToString();
        const string digits = "零一二三四五六七八九";
        var sb = new StringBuilder();
        bool zero = false;
        foreach (var (unit, value) in new[] { ('千', 1000), ('百', 100), ('十', 10) })
        {
            int d = n / value % 10;
            if (d == 0) { zero = sb.Length > 0; continue; }
            if (zero) sb.Append('零');
            zero = false;
            sb.Append(digits[d]).Append(unit);
        }

        if (n % 10 is var last and > 0) sb.Append(zero ? "零" : "").Append(digits[last]);
        return sb.ToString();
    }

    /// <summary>The file name in the series' naming: the last record's name with the new id (114-1.minutes → 114-2.minutes).</summary>
    private static string FileName(Record? last, string id)
    {
        if (last is not null)
        {
            string name = Path.GetFileName(last.Path);
            int at = name.IndexOf(last.Id, StringComparison.Ordinal);
            if (at >= 0 && name.EndsWith(".minutes", StringComparison.OrdinalIgnoreCase))
                return name[..at] + id + name[(at + last.Id.Length)..];
        }

        return id + ".minutes";
    }

    /// <summary>The parts of the draft a <c>@無冒號</c> of the last record can name.</summary>
    private static readonly string[] DraftLabels = ["時間", "地點", "主席", "紀錄", "出席人員", "臨時動議", "散會"];

    /// <summary>
    /// The layout of the series' last record, continued (<see cref="RecordLayout"/>): the labels it
    /// prints without a colon that the draft has (<c>@無冒號</c>), the recorder on the chair's line (<c>@紀錄同行</c>).
    /// </summary>
    private static void Layout(StringBuilder sb, RecordLayout? layout)
    {
        if (layout is null) return;
        var labels = DraftLabels.Where(layout.NoColon.Contains).ToList();
        if (labels.Count > 0) sb.Append('@').Append(RecordLayout.NoColonDirective).Append(' ').Append(string.Join("、", labels)).Append('\n');
        if (layout.RecorderBesideChair) sb.Append('@').Append(RecordLayout.RecorderBesideChairDirective).Append('\n');
    }

}
