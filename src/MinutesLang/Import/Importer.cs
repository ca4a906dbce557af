using MinutesLang.Diagnostics;
using MinutesLang.Localization;
using MinutesLang.Parsing;
using MinutesLang.Semantics;
using MinutesLang.Text;

namespace MinutesLang.Import;

/// <summary>One record written as notation: its meeting id (null when the text holds none: ML0420), a file name for it, where it starts in the input.</summary>
public sealed record ImportedRecord(string? Id, string FileName, string Text, int Line);

/// <summary>What an import produced: the records, the proposed case declarations (or null), the diagnostics.</summary>
public sealed record ImportResult(IReadOnlyList<ImportedRecord> Records, string? ProposedCases, IReadOnlyList<Diagnostic> Diagnostics);

/// <summary>
/// The importer, the compiler's reverse pipeline: input (<see cref="ImportReader"/>: text, DOCX,
/// ODT) → logical lines (<see cref="ImportLines"/>) → records (<see cref="Recognizer"/>) →
/// notation (<see cref="NotationWriter"/>). Nothing of the input's text is dropped: what is not
/// understood is written verbatim (ML0404); defects of the original are reported (ML0400–ML0405)
/// with the input's line and column.
/// </summary>
public static partial class Importer
{
    /// <summary>
    /// Imports one input. With a series, case mentions are linked; give a shared <paramref name="cases"/> to collect proposals
    /// over several inputs. <paramref name="language"/> is the language of the comments written into the records for their
    /// reader (issue 15: the run's language) — the reason of an ML0403 suppression, notes on the original's layout; the
    /// records' own text is the original's, and the diagnostics carry both languages.
    /// </summary>
    public static ImportResult Import(SourceText source, Series? series = null, CaseMatcher? cases = null, Language language = Language.En) =>
        Import(new ImportInput(source, false), series, cases, language);

    /// <inheritdoc cref="Import(SourceText, Series?, CaseMatcher?, Language)"/>
    public static ImportResult Import(ImportInput input, Series? series = null, CaseMatcher? cases = null, Language language = Language.En)
    {
        var bag = new DiagnosticBag();
        // control characters check rejects (ML0030–ML0032) are left out, each run reported (ML0415)
        var source = ImportControls.LeaveOut(input.Source, bag, out var removed);
        // Markdown minutes read as printed ones would be a broken record: refused, no record (ML0424, issue g §3)
        if (MarkdownInput.Refusal(input.Source, input.Source.Path) is { } markdown) return new ImportResult([], null, [markdown]);
        if (cases is null && series is not null) cases = new CaseMatcher(series);
        var lines = ImportLines.Read(source, input.LinesAreParagraphs);
        var records = new Recognizer(source, bag).Recognize(lines);
        var result = new List<ImportedRecord>();
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var record in records)
        {
            var date = CheckDate(record, source, bag);
            ImportValues.Check(record, source, bag); // ML0121, ML0124 at the line, as check reports them
            string? id = MeetingId(record, date, series?.Scheme ?? MeetingScheme.Undeclared, source, bag);
            string name = id ?? (Path.GetFileNameWithoutExtension(source.Path) is { Length: > 0 } stem ? stem : "record");
            for (int k = 2; !used.Add(name); k++) name = $"{id}_{k}";
            string text = new NotationWriter(source, bag, cases) { PlainText = !input.LinesAreParagraphs, Language = language }.Write(record, id);
            result.Add(new ImportedRecord(id, name + ".minutes", text, record.FirstLine));
        }

        // what was found in the text without its control characters is reported where the input has it
        var found = bag.Sorted().Select(d => ImportControls.InOriginal(d, source, input.Source, removed));
        return new ImportResult(result, cases?.ProposalsText(language), [.. found.OrderBy(d => d.Source.Path, StringComparer.Ordinal).ThenBy(d => d.Span.Start).ThenBy(d => d.Code, StringComparer.Ordinal)]);
    }

    /// <summary>
    /// Reads the 時間 part: an unreadable date is ML0405, a weekday that does not match it ML0403, each at the value it
    /// names. Every part check reads as 時間 is read (a part written twice, ML0122, is checked twice, so that check finds
    /// no date the importer did not announce); the date of the record is the first one's.
    /// </summary>
    private static WrittenDate? CheckDate(RecordNode record, SourceText source, DiagnosticBag bag)
    {
        WrittenDate? first = null;
        bool seen = false;
        foreach (var part in record.Parts)
        {
            // the part check reads as the 時間 part (Part.Name): a field so labelled, or a text that starts with the word
            // (then no date can be read in it: check reports ML0102, the importer ML0405)
            // a misspelt label (療間, 時問) is read as the label it misspells, as check's binder reads it (NearMiss, ML0117)
            var (text, skip, label, name) = PartLabel.Read(part.Line.Text);
            if (name is not ("時間" or "日期")) continue;
            int colon = label is null ? -1 : text.IndexOfAny(['：', ':']);
            string value = text[(colon + 1)..];
            int valueIndex = skip + colon + 1 + (value.Length - value.TrimStart().Length);
            value = value.Trim();
            var valueSpan = part.Line.SpanOf(valueIndex, value.Length, source.Length);

            // 時間：09:30:00 beside a 日期 line holds only the time: the date is in the other line
            if (ChineseValueGrammar.ParseTimeOnly(value) is not null) continue;
            bool isFirst = !seen;
            seen = true;
            var dt = ValueGrammar.ParseDateTime(value);
            var when = dt?.Date.ToDate();
            if (dt is null || when is null)
            {
                bag.At(source, valueSpan).ImportUnreadableDate(value);
                continue;
            }

            if (dt.Value.Date.WrongWeekday() is { } expected)
            {
                // the weekday as WeekdayGrammar reads it, in any of its forms, without the brackets
                var written = WeekdayGrammar.Find(source.Text, valueSpan.Start, valueSpan.Length);
                var span = written is { } w ? new TextSpan(w.InnerOffset, w.InnerLength) : valueSpan;
                bag.At(source, span).ImportWeekdayMismatch(
                    written?.Written ?? $"星期{dt.Value.Date.Weekday}", $"星期{expected}", when.Value.ToString("yyyy-MM-dd"), written?.WithDay(expected));
                part.WrongWeekday = WeekdayKept(written?.Written ?? $"星期{dt.Value.Date.Weekday}", when.Value, expected);
            }

            if (isFirst) first = dt.Value.Date;
        }

        return first;
    }

    /// <summary>
    /// The reason of the suppression of ML0103 that import writes above a wrong weekday it keeps (ML0403): the weekday as
    /// the original prints it (<paramref name="printed"/>), the date (<paramref name="date"/>: <c>yyyy-MM-dd</c> in English,
    /// the 民國 date <c>113-05-02</c> in zh-TW, as the records write dates) and its weekday (<paramref name="expected"/>).
    /// Both are reasons <c>check</c> accepts (text after the colon, no colon of their own) and that <c>fmt</c> keeps.
    /// </summary>
    public static Phrase WeekdayKept(string printed, DateOnly date, char expected) => new(
        $"the original prints {printed} for {date:yyyy-MM-dd}, a 星期{expected}; kept as published (import ML0403)",
        $"原稿印「{printed}」，但 {RocCalendar.ToRoc(date.Year)}-{date:MM-dd} 為星期{expected}；依原稿保留（import ML0403）");

    /// <summary>
    /// The @meeting id the text holds, never one it does not (issue 12): <c>YEAR-N</c> when the title
    /// names a year and 第 N 次 (the title's year — 114 年度, 一一四年度, 99 學年度, 114 會計年度 — else the date's, read by
    /// <see cref="MeetingTitle"/>); a 臨時會 (臨時會, 臨時會議, 臨時大會…) with the number of the 臨時會, <c>臨N</c>,
    /// <c>114-臨N</c>, <c>11-2-臨N</c>, never the regular meeting's; <c>N</c>, a running count,
    /// when the title has 第 N 次 but no year (都市計畫委員會第 144 次); the meeting's date
    /// <c>2025-03-07</c> when the title has no number (ML0420); null — written <c>@meeting 無</c>, ML0420 — when
    /// there is neither a number nor a date. A number beyond <see cref="Semantics.MeetingId.MaxNumber"/>
    /// is not read (ML0420), whatever its length.
    /// </summary>
    private static string? MeetingId(RecordNode record, WrittenDate? date, MeetingScheme scheme, SourceText source, DiagnosticBag bag)
    {
        string title = record.Title?.Text ?? "";
        var read = MeetingTitle.Read(title, scheme); // the numbers of the title, as the title rule reads them (issue 12 §1–§3; 題名 of @series)
        bool extra = read.Extra; // a 臨時會 is numbered on its own (臨1), or named by its date, never as the regular meeting N
        var at = record.Title is { } t ? t.SpanOf(0, t.Text.Length, source.Length) : new TextSpan(0, 0);
        int? titleYear = read.RocYear;

        // the year that numbers the meeting: the title's when it names one (99 學年度 is held from August 100 to July 101,
        // 113 年度第 4 次 may meet in 114), else the year of the date
        int? year = titleYear ?? (date is { } d ? RocCalendar.ToRoc(d.Year) : null);
        if (year is < 10 or > 9999) year = null;

        int? number = null;
        if (read.Number is { } found)
        {
            // the finding names 第 … 次 as the title writes it (spaces and all), not the numeral alone
            int from = found.Offset > 0 ? title.LastIndexOf('第', found.Offset - 1) : -1;
            int to = title.IndexOf('次', found.Offset + found.Length);
            var (o, l) = from >= 0 && to >= 0 ? (from, to + 1 - from) : (found.Offset, found.Length);
            var span = record.Title is { } tl ? tl.SpanOf(o, l, source.Length) : at;
            if (found.Value is { } n and > 0) number = n;
            else
            {
                string written = title.Substring(o, l);
                bag.At(source, span).ImportNoMeetingNumber(date?.ToDate() is { } on
                    ? new($"'{written}' is not a meeting number from 1 to {Semantics.MeetingId.MaxNumber:N0}; the record is named by its date, @meeting {on:yyyy-MM-dd}",
                        $"「{written}」不是 1 至 {Semantics.MeetingId.MaxNumber:N0} 的會議次別；紀錄以日期稱呼，@meeting {on:yyyy-MM-dd}")
                    : new($"'{written}' is not a meeting number from 1 to {Semantics.MeetingId.MaxNumber:N0}; the record is '@meeting 無'",
                        $"「{written}」不是 1 至 {Semantics.MeetingId.MaxNumber:N0} 的會議次別；紀錄寫為「@meeting 無」"));
                return date?.ToDate() is { } named ? (Semantics.MeetingId.OfDate(named) with { Extra = extra }).ToString() : null;
            }
        }

        // the scheme the series declares (編號 of @series) wins over the one the title shows: a per-year title in a running count is its count
        // (a 臨時會 is numbered as the series numbers its 臨時會: on their own, also where regular meetings are named by date)
        bool byDate = extra ? scheme.Extras == ExtraMeetings.Dated : scheme.Declared && scheme.Numbering == MeetingNumbering.Dated;
        if (number is { } seq && !byDate)
        {
            // 第11屆第2會期…第5次: 屆/會期/次, as the Legislative Yuan numbers its meetings
            var numbering = read.Term?.Value is { } term and > 0 and < 1000 && read.Session?.Value is { } session and > 0 and < 100
                ? new Semantics.MeetingId(MeetingNumbering.Session, term, seq) { Session = session }
                : titleYear is not null && year is { } y
                ? new Semantics.MeetingId(MeetingNumbering.PerYear, y, seq)
                : new Semantics.MeetingId(MeetingNumbering.Running, 0, seq);
            if (scheme.Declared && (extra ? scheme.ExtraNumbering : scheme.Numbering) == MeetingNumbering.Running && numbering.Numbering != MeetingNumbering.Running)
                numbering = new Semantics.MeetingId(MeetingNumbering.Running, 0, seq);
            return (numbering with { Extra = extra }).ToString();
        }

        if (date?.ToDate() is { } when)
        {
            var named = Semantics.MeetingId.OfDate(when) with { Extra = extra };
            // (a number the series does not use — 編號：日期, 臨時會：不編號 — is no missing number, whether the title has one or not)
            if (number is null && !byDate)
                bag.At(source, at).ImportNoMeetingNumber(new($"the title has no 第 N 次; the record is named by its date, @meeting {named}", $"標題沒有「第 N 次」；紀錄以日期稱呼，@meeting {named}"));
            return named.ToString();
        }

        bag.At(source, at).ImportNoMeetingNumber(new("the title has no 第 N 次 and no date was read; the record is '@meeting 無'", "標題沒有「第 N 次」，也讀不出日期；紀錄寫為「@meeting 無」"));
        return null;
    }
}
