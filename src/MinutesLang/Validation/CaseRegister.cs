using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using MinutesLang.Diagnostics;
using MinutesLang.Localization;
using MinutesLang.Semantics;
using MinutesLang.Text;

namespace MinutesLang.Validation;

/// <summary>One row of the register (列管表) of a series.</summary>
public sealed record CaseEntry(
    string Id,
    string Title,
    string? Origin,
    CaseStatus Status,
    string? PendingLevel,
    string? EnteredAt,
    string? LastReportedAt,
    IReadOnlyList<(string Meeting, string Event)> History);

/// <summary>
/// The register of a series' cases, built from the case history, and its three layouts. A case's title is its
/// current one (after <c>@更名</c>); the compilation it is built from leaves drafts out (<c>minutes cases</c>, as <c>minutes new</c>).
/// </summary>
public static class CaseRegister
{
    public static IReadOnlyList<CaseEntry> Build(Compilation compilation) =>
        [.. compilation.Context.Cases.Lives.Select(l => new CaseEntry(
            l.Id,
            CurrentTitle(l),
            l.Declaration?.Origin,
            l.Status,
            l.PendingLevel,
            l.EnteredAt?.Id,
            l.LastReportedAt?.Id,
            [.. l.Steps.Select(s => (s.Record.Id, EventName(s.Event))).Distinct()]))];

    /// <summary>The title a case has now: the new title of its last <c>@更名</c>, else the one declared in series.minutes, else its id.</summary>
    public static string CurrentTitle(CaseLife life) =>
        life.Steps.LastOrDefault(s => s.Event.Kind == CaseEventKind.Renamed && s.Event.Argument.Trim().Length > 0)?.Event.Argument.Trim()
        ?? life.Declaration?.Title ?? life.Id;

    public static string StatusName(CaseStatus s, string? level = null) => s switch
    {
        CaseStatus.Declared => "未見於紀錄",
        CaseStatus.Open => "列管中",
        CaseStatus.DelistingProposed => level is null ? "提請解列" : $"提請{level}解列",
        CaseStatus.Delisted => "已解列",
        CaseStatus.Referred => "已移轉",
        _ => "未再報告",
    };

    /// <summary>The state as an English reader of the register reads it (the table and CSV in English).</summary>
    public static string StatusNameEn(CaseStatus s, string? level = null) => s switch
    {
        CaseStatus.Declared => "not in the records",
        CaseStatus.Open => "tracked",
        CaseStatus.DelistingProposed => level is null ? "delisting proposed" : $"delisting proposed to the {level}",
        CaseStatus.Delisted => "delisted",
        CaseStatus.Referred => "referred",
        _ => "not reported again",
    };

    public static string StatusKey(CaseStatus s) => s switch
    {
        CaseStatus.Declared => "declared",
        CaseStatus.Open => "open",
        CaseStatus.DelistingProposed => "delisting-proposed",
        CaseStatus.Delisted => "delisted",
        CaseStatus.Referred => "referred",
        _ => "unknown",
    };

    private static string EventName(CaseEvent e) => e.Kind switch
    {
        CaseEventKind.Established => "成案",
        CaseEventKind.Tracked => "列管",
        CaseEventKind.Routine => "常態",
        CaseEventKind.DelistingProposed => e.Level is null ? "提請解列" : $"提請解列（{e.Level}）",
        CaseEventKind.Delisted => "解列",
        CaseEventKind.Renamed => $"更名為「{e.Argument.Trim()}」",
        CaseEventKind.Referred => e.Argument.Trim().Length > 0 ? $"移轉{e.Argument.Trim()}" : "移轉",
        CaseEventKind.Directive => e.Level is null ? "交辦" : $"交辦（{e.Level}）",
        _ => "併入",
    };

    private static string History(CaseEntry e) => string.Join(" · ", e.History.Select(h => $"{h.Meeting} {h.Event}"));

    /// <summary>
    /// An aligned table for the terminal (East Asian characters count two columns), headers and states in
    /// <paramref name="language"/> (案號…, 列管中 in zh-TW; id…, tracked in English); the history keeps the records' own words.
    /// </summary>
    public static string Table(IReadOnlyList<CaseEntry> entries, Language language = Language.En)
    {
        bool zh = language == Language.ZhTw;
        string[] head = zh ? ["案號", "標題", "狀態", "成案", "最近報告", "歷程"] : ["id", "title", "state", "established", "last reported", "history"];
        var rows = entries.Select(e => new[] { e.Id, e.Title, zh ? StatusName(e.Status, e.PendingLevel) : StatusNameEn(e.Status, e.PendingLevel), e.EnteredAt ?? "—", e.LastReportedAt ?? "—", History(e) }).ToList();
        var widths = Enumerable.Range(0, head.Length - 1).Select(i => rows.Select(r => TextWidth.Columns(r[i])).Append(TextWidth.Columns(head[i])).Max()).ToArray();
        var sb = new StringBuilder();
        Line(head);
        sb.Append(string.Join("  ", widths.Select(w => new string('─', w)))).Append("  ").Append(new string('─', 8)).Append('\n');
        foreach (var r in rows) Line(r);
        return sb.ToString();

        void Line(string[] cells)
        {
            for (int i = 0; i < cells.Length - 1; i++)
                sb.Append(cells[i]).Append(' ', widths[i] - TextWidth.Columns(cells[i]) + 2);
            sb.Append(cells[^1]).Append('\n');
        }
    }

    /// <summary>
    /// RFC 4180: a header line, fields quoted when they hold a comma, a quote or a line break; it starts with a byte-order
    /// mark (U+FEFF), without which Excel on a zh-TW Windows reads the UTF-8 as the system's code page and shows garbage.
    /// In English the headers are keys (id, title…) and the states <see cref="StatusKey"/> (open, unknown…), as before;
    /// in zh-TW the headers are the register's (案號, 標題…) and the states <see cref="StatusName"/> (列管中, 未再報告…).
    /// </summary>
    public static string Csv(IReadOnlyList<CaseEntry> entries, Language language = Language.En)
    {
        bool zh = language == Language.ZhTw;
        var sb = new StringBuilder(ByteOrderMark + (zh ? "案號,標題,來源,狀態,成案,最近報告,歷程" : "id,title,origin,state,established,last_reported,history") + "\r\n");
        foreach (var e in entries)
        {
            sb.AppendJoin(',', new[] { e.Id, e.Title, e.Origin ?? "", zh ? StatusName(e.Status, e.PendingLevel) : StatusKey(e.Status), e.EnteredAt ?? "", e.LastReportedAt ?? "", History(e) }.Select(Quote)).Append("\r\n");
        }

        return sb.ToString();

        static string Quote(string s) => s.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + s.Replace("\"", "\"\"") + "\"" : s;
    }

    /// <summary>The byte-order mark the CSV starts with (encoded in UTF-8: EF BB BF).</summary>
    public const string ByteOrderMark = "\uFEFF";

    public static string Json(IReadOnlyList<CaseEntry> entries)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartArray();
            foreach (var e in entries)
            {
                w.WriteStartObject();
                w.WriteString("id", e.Id);
                w.WriteString("title", e.Title);
                if (e.Origin is null) w.WriteNull("origin"); else w.WriteString("origin", e.Origin);
                w.WriteString("state", StatusKey(e.Status));
                if (e.PendingLevel is null) w.WriteNull("pendingLevel"); else w.WriteString("pendingLevel", e.PendingLevel);
                if (e.EnteredAt is null) w.WriteNull("established"); else w.WriteString("established", e.EnteredAt);
                if (e.LastReportedAt is null) w.WriteNull("lastReported"); else w.WriteString("lastReported", e.LastReportedAt);
                w.WriteStartArray("history");
                foreach (var (meeting, ev) in e.History)
                {
                    w.WriteStartObject();
                    w.WriteString("meeting", meeting);
                    w.WriteString("event", ev);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan) + "\n";
    }
}
