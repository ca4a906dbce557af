using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using MinutesLang.Diagnostics;
using MinutesLang.Localization;
using MinutesLang.Parsing;
using MinutesLang.Semantics;
using MinutesLang.Syntax;
using MinutesLang.Validation;

namespace MinutesLang.Cli.LanguageServer.Features;

/// <summary>
/// <c>textDocument/hover</c>, in Markdown, in the language of the document's findings (<see cref="SeriesChecker.LanguageOf"/>):
/// on a case id (a <c>[[ID]]</c> link, an event directive, the <c>@case</c> line) the case's title, its state after the
/// series' last meeting (<see cref="CaseHistory"/>: 列管, 解列, 提請解列…) and its history by meeting (each record that gives
/// it an event or links it); on a code <c>MLxxxx</c> in a comment (a suppression, <c>// minutes-disable-next-line ML0203: …</c>)
/// the title and first lines of its explain page (<see cref="DiagnosticDocs"/>); on a date (<c>114 年 3 月 7 日</c>,
/// <c>2025-03-07</c>) its weekday and the date in the other calendar (民國 ↔ AD). Anywhere else: no hover (null).
/// </summary>
public static partial class HoverFeature
{
    /// <summary>The hover at <paramref name="offset"/> of <paramref name="path"/>'s text, or null.</summary>
    public static Hover? At(string path, int offset, SeriesChecker checker, Documents documents)
    {
        if (SeriesView.TextOf(path, documents) is not { } text) return null;
        var language = checker.LanguageOf(path);
        var tree = Parser.Parse(MinutesLang.Text.SourceText.From(text, path));
        var lines = new LineIndex(text);
        if (SeriesView.CaseOccurrences(tree).FirstOrDefault(o => Covers(o.Span.Start, o.Span.Length, offset)) is { } occurrence)
        {
            var view = SeriesView.Of(path, checker, documents);
            return new Hover(new MarkupContent("markdown", OfCase(occurrence.Id, view.Compilation, language)), lines.RangeOf(occurrence.Span.Start, occurrence.Span.Length));
        }

        var line = LineAt(tree, offset);
        if (line is CommentLineSyntax comment)
        {
            foreach (Match m in CodePattern().Matches(comment.Comment.Text))
            {
                int start = comment.Comment.Start + m.Index;
                if (Covers(start, m.Length, offset)) return new Hover(new MarkupContent("markdown", OfCode(m.Value, language)), lines.RangeOf(start, m.Length));
            }

            return null;
        }

        if (line is null) return null;
        int lineStart = line.FullSpan.Start;
        string lineText = text.Substring(lineStart, Math.Min(line.FullSpan.Length, text.Length - lineStart));
        foreach (Match m in DatePattern().Matches(lineText))
        {
            if (!Covers(lineStart + m.Index, m.Length, offset)) continue;
            if (ChineseValueGrammar.ReadDateTime(lineText[m.Index..]) is not { Date: { } date } read) continue;
            int length = Math.Min(read.ReadLength, m.Length + WeekdayLength(lineText, m.Index + m.Length));
            return new Hover(new MarkupContent("markdown", OfDate(date, language)), lines.RangeOf(lineStart + m.Index, length));
        }

        return null;
    }

    /// <summary>Whether a cursor at <paramref name="offset"/> is on the span (its end included: the cursor after the last character).</summary>
    internal static bool Covers(int start, int length, int offset) => offset >= start && offset <= start + length;

    /// <summary>The innermost line whose span holds <paramref name="offset"/>.</summary>
    internal static LineSyntax? LineAt(SyntaxTree tree, int offset)
    {
        foreach (var block in tree.Root.Blocks)
        {
            if (Find(block) is { } found) return found;
        }

        return null;

        LineSyntax? Find(BlockSyntax block)
        {
            var span = block.Line.FullSpan;
            if (offset >= span.Start && (offset < span.End || offset == span.End && block.Line.EndOfLine.Text.Length == 0)) return block.Line;
            foreach (var child in block.Blocks)
            {
                if (Find(child) is { } found) return found;
            }

            return null;
        }
    }

    /// <summary>The Markdown of a case: title, state, origin, history by meeting.</summary>
    public static string OfCase(string id, Compilation compilation, Language language)
    {
        bool zh = language == Language.ZhTw;
        var sb = new StringBuilder();
        var declaration = compilation.Series.Cases.GetValueOrDefault(id);
        sb.Append("**").Append(Escape(id)).Append("**");
        if (declaration is not null) sb.Append(zh ? "：" : ": ").Append(Escape(declaration.Title));
        sb.Append("\n\n");
        if (declaration is null)
            sb.Append(zh ? "series.minutes 未以 `@case` 宣告此案件。" : "Not declared by `@case` in series.minutes.").Append("\n\n");
        else
        {
            if (declaration.Origin is { } origin) sb.Append(zh ? "來源：" : "Origin: ").Append(Escape(origin)).Append("\n\n");
            if (declaration.Aliases.Length > 0) sb.Append(zh ? "別名：" : "Aliases: ").Append(Escape(string.Join(zh ? "、" : ", ", declaration.Aliases))).Append("\n\n");
        }

        var life = compilation.Context.Cases.Lives.FirstOrDefault(l => l.Id == id);
        var status = life?.Status ?? CaseStatus.Declared;
        sb.Append(zh ? "狀態：" : "State: ").Append(StateOf(status, language));
        if (life?.LastReportedAt is { } last) sb.Append(zh ? $"（最後見於 {last.Id}）" : $" (last reported at {last.Id})");
        sb.Append("\n\n");

        var rows = new List<string>();
        foreach (var record in compilation.Context.Records)
        {
            var events = record.Events.Where(e => e.CaseId == id).Select(e => EventName(e.Kind, language)).ToList();
            int links = record.Mentions.Count(m => m.CaseId == id);
            if (events.Count == 0 && links == 0) continue;
            string what = events.Count > 0 ? string.Join(zh ? "、" : ", ", events) : zh ? "（僅提及）" : "(mentioned only)";
            rows.Add($"| {Escape(record.Id)} | {what} | {links.ToString(CultureInfo.InvariantCulture)} |");
        }

        if (rows.Count == 0) sb.Append(zh ? "尚無紀錄提及此案件。" : "No record mentions it yet.");
        else
        {
            sb.Append(zh ? "| 會議 | 事件 | 連結數 |\n|---|---|---|\n" : "| Meeting | Event | Links |\n|---|---|---|\n");
            sb.AppendJoin('\n', rows);
        }

        return sb.ToString();
    }

    /// <summary>A case's state in words: the notation's term, with its English gloss in English.</summary>
    public static string StateOf(CaseStatus status, Language language) => (status, language == Language.ZhTw) switch
    {
        (CaseStatus.Declared, true) => "已宣告，尚未見於紀錄",
        (CaseStatus.Declared, false) => "declared, not yet in a record",
        (CaseStatus.Open, true) => "列管中",
        (CaseStatus.Open, false) => "tracked (列管)",
        (CaseStatus.DelistingProposed, true) => "提請解列",
        (CaseStatus.DelistingProposed, false) => "delisting proposed (提請解列)",
        (CaseStatus.Delisted, true) => "已解列",
        (CaseStatus.Delisted, false) => "delisted (解列)",
        (CaseStatus.Referred, true) => "已移轉",
        (CaseStatus.Referred, false) => "referred (移轉)",
        (_, true) => "不明（中斷後未再報告）",
        _ => "unknown (not reported after a gap)",
    };

    /// <summary>An event's name: the directive's Chinese name, with an English gloss in English.</summary>
    public static string EventName(CaseEventKind kind, Language language)
    {
        var (zh, en) = kind switch
        {
            CaseEventKind.Established => ("成案", "established"),
            CaseEventKind.Tracked => ("列管", "tracked"),
            CaseEventKind.Routine => ("常態", "routine"),
            CaseEventKind.DelistingProposed => ("提請解列", "delisting proposed"),
            CaseEventKind.Delisted => ("解列", "delisted"),
            CaseEventKind.Renamed => ("更名", "renamed"),
            CaseEventKind.Referred => ("移轉", "referred"),
            CaseEventKind.Directive => ("交辦", "directive"),
            _ => ("併入", "merged"),
        };
        return language == Language.ZhTw ? zh : $"{zh} ({en})";
    }

    /// <summary>The Markdown of a code: its explain page's title, severity and first paragraph; for an unknown code, that it is none.</summary>
    public static string OfCode(string code, Language language)
    {
        if (!DiagnosticCatalog.TryGet(code, out _) || DiagnosticDocs.Page(code, language) is not { } page)
            return language == Language.ZhTw ? $"{code} 不是 minutes 的診斷代碼（`minutes explain` 列出全部代碼）。" : $"{code} is not a code of minutes (`minutes explain` lists them).";
        var kept = new List<string>();
        foreach (string line in page.Split('\n'))
        {
            if (kept.Count > 0 && (line.StartsWith("## ", StringComparison.Ordinal) || line.StartsWith("```", StringComparison.Ordinal))) break;
            kept.Add(line);
        }

        return string.Join('\n', kept).Trim() + (language == Language.ZhTw ? $"\n\n（全文：`minutes explain {code}`）" : $"\n\n(the whole page: `minutes explain {code}`)");
    }

    /// <summary>The Markdown of a date: its weekday and the date in both calendars; a date not of the calendar said to be none.</summary>
    public static string OfDate(WrittenDate written, Language language)
    {
        bool zh = language == Language.ZhTw;
        if (written.ToDate() is not { } date)
            return zh ? "日曆上沒有這一天。" : "No such day in the calendar.";
        int roc = RocCalendar.ToRoc(date.Year);
        string weekday = "星期" + WrittenDate.WeekdayChar(date.DayOfWeek);
        var sb = new StringBuilder();
        if (zh)
            sb.Append($"**{weekday}**\n\n民國 {roc} 年 {date.Month} 月 {date.Day} 日 ＝ 西元 {date.Year} 年 {date.Month} 月 {date.Day} 日");
        else
            sb.Append($"**{date.DayOfWeek}** ({weekday})\n\n{date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)} = 民國 {roc} 年 {date.Month} 月 {date.Day} 日 (ROC year {roc})");
        if (written.WrongWeekday() is { } right)
            sb.Append(zh ? $"\n\n寫的是星期{written.Weekday}，這一天是星期{right}（ML0103）。" : $"\n\nWritten 星期{written.Weekday}, but the day is a 星期{right} (ML0103).");
        return sb.ToString();
    }

    /// <summary>Markdown's special characters escaped in a text from the minutes.</summary>
    public static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '|' or '<' or '>' or '#') sb.Append('\\');
            sb.Append(c is '\r' or '\n' ? ' ' : c);
        }

        return sb.ToString();
    }

    /// <summary>The length of a weekday in brackets right after a date (<c>（星期五）</c>), 0 when none.</summary>
    private static int WeekdayLength(string line, int at)
    {
        var m = WeekdayPattern().Match(line, at);
        return m.Success && m.Index == at ? m.Length : 0;
    }

    [GeneratedRegex(@"\bML\d{4}\b")]
    private static partial Regex CodePattern();

    /// <summary>A date as the minutes write one: 114 年 3 月 7 日, 中華民國一一四年三月七日, 2025-03-07, 114.3.7.</summary>
    [GeneratedRegex(@"(?:中華)?(?:民國)?[0-9０-９〇○零一二三四五六七八九十百]{2,6}[ \u3000]*年[ \u3000]*[0-9０-９一二三四五六七八九十]{1,3}[ \u3000]*月[ \u3000]*[0-9０-９一二三四五六七八九十]{1,3}[ \u3000]*日|(?<![0-9])[0-9]{2,4}[-./][0-9]{1,2}[-./][0-9]{1,2}(?![0-9])")]
    internal static partial Regex DatePattern();

    [GeneratedRegex(@"[ \u3000]*[（(](?:星期|週|周|禮拜)?[日一二三四五六天][）)]")]
    private static partial Regex WeekdayPattern();
}
