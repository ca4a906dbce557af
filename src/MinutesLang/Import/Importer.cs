using System.Text.RegularExpressions;
using MinutesLang.Diagnostics;
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
    /// <summary>Imports one input. With a series, case mentions are linked; give a shared <paramref name="cases"/> to collect proposals over several inputs.</summary>
    public static ImportResult Import(SourceText source, Series? series = null, CaseMatcher? cases = null) =>
        Import(new ImportInput(source, false), series, cases);

    /// <inheritdoc cref="Import(SourceText, Series?, CaseMatcher?)"/>
    public static ImportResult Import(ImportInput input, Series? series = null, CaseMatcher? cases = null)
    {
        var bag = new DiagnosticBag();
        // control characters check rejects (ML0030–ML0032) are left out, each run reported (ML0415)
        var source = ImportControls.LeaveOut(input.Source, bag, out var removed);
        if (cases is null && series is not null) cases = new CaseMatcher(series);
        var lines = ImportLines.Read(source, input.LinesAreParagraphs);
        var records = new Recognizer(source, bag).Recognize(lines);
        var result = new List<ImportedRecord>();
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var record in records)
        {
            var date = CheckDate(record, source, bag);
            string? id = MeetingId(record, date, series?.Scheme ?? MeetingScheme.Undeclared, source, bag);
            string name = id ?? (Path.GetFileNameWithoutExtension(source.Path) is { Length: > 0 } stem ? stem : "record");
            for (int k = 2; !used.Add(name); k++) name = $"{id}_{k}";
            string text = new NotationWriter(source, bag, cases).Write(record, id);
            result.Add(new ImportedRecord(id, name + ".minutes", text, record.FirstLine));
        }

        // what was found in the text without its control characters is reported where the input has it
        var found = bag.Sorted().Select(d => ImportControls.InOriginal(d, source, input.Source, removed));
        return new ImportResult(result, cases?.ProposalsText(), [.. found.OrderBy(d => d.Source.Path, StringComparer.Ordinal).ThenBy(d => d.Span.Start).ThenBy(d => d.Code, StringComparer.Ordinal)]);
    }

    /// <summary>Reads the 時間 part: an unreadable date is ML0405, a weekday that does not match it ML0403.</summary>
    private static WrittenDate? CheckDate(RecordNode record, SourceText source, DiagnosticBag bag)
    {
        foreach (var part in record.Parts)
        {
            string text = part.Line.Text;
            int skip = 0;
            if (ImportLines.FieldLabel(text) is null && text.IndexOf('、') is > 0 and <= 3)
            {
                // a part numbered 一、 kept with its ordinal
                skip = text.IndexOf('、') + 1;
                text = text[skip..];
            }

            // the part check reads as the 時間 part (Part.Name): a field so labelled, or a text that starts with the word
            // (then no date can be read in it: check reports ML0102, the importer ML0405)
            // a misspelt label (療間, 時問) is read as the label it misspells, as check's binder reads it (NearMiss, ML0117)
            string? label = ImportLines.FieldLabel(text);
            string name = label is null ? new string([.. text.TakeWhile(char.IsLetter)]) : NearMiss.Label(label) ?? label;
            if (name is not ("時間" or "日期")) continue;
            int colon = label is null ? -1 : text.IndexOfAny(['：', ':']);
            string value = text[(colon + 1)..];
            int valueOffset = part.Line.Offset + skip + colon + 1 + (value.Length - value.TrimStart().Length);
            value = value.Trim();

            // 時間：09:30:00 beside a 日期 line holds only the time: the date is in the other line
            if (ChineseValueGrammar.ParseTimeOnly(value) is not null) continue;
            var dt = ValueGrammar.ParseDateTime(value);
            var when = dt?.Date.ToDate();
            if (dt is null || when is null)
            {
                bag.At(source, new TextSpan(valueOffset, value.Length)).ImportUnreadableDate(value);
                return null;
            }

            if (dt.Value.Date.WrongWeekday() is { } expected)
            {
                // the weekday as WeekdayGrammar reads it, in any of its forms, without the brackets
                var written = WeekdayGrammar.Find(source.Text, valueOffset, value.Length);
                var span = written is { } w ? new TextSpan(w.Offset + 1, w.Length - 2) : new TextSpan(valueOffset, value.Length);
                bag.At(source, span).ImportWeekdayMismatch(
                    written?.Written ?? $"星期{dt.Value.Date.Weekday}", $"星期{expected}", when.Value.ToString("yyyy-MM-dd"), written?.WithDay(expected));
            }

            return dt.Value.Date;
        }

        return null;
    }

    [GeneratedRegex(@"第\s*([0-9０-９]+|[〇零一二兩三四五六七八九十百千]+)\s*次")]
    private static partial Regex Sequence();

    [GeneratedRegex(@"第\s*([0-9]+)\s*屆")]
    private static partial Regex Term();

    [GeneratedRegex(@"第\s*([0-9]+)\s*會期")]
    private static partial Regex SessionOf();

    [GeneratedRegex(@"(?<![0-9])(1[0-9]{2}|[4-9][0-9])\s*年")]
    private static partial Regex RocYear();

    [GeneratedRegex(@"(?<![0-9])((?:19|20)[0-9]{2})(?![0-9])")]
    private static partial Regex AdYear();

    /// <summary>
    /// The @meeting id the text holds, never one it does not (issue 12): <c>YEAR-N</c> when the title
    /// names a year and 第 N 次 (the year of the date, else of the title); <c>N</c>, a running count,
    /// when the title has 第 N 次 but no year (都市計畫委員會第 144 次); the meeting's date
    /// <c>2025-03-07</c> when the title has no number (ML0420); null — written <c>@meeting 無</c>, ML0420 — when
    /// there is neither a number nor a date. A number beyond <see cref="Semantics.MeetingId.MaxNumber"/>
    /// is not read (ML0420), whatever its length.
    /// </summary>
    private static string? MeetingId(RecordNode record, WrittenDate? date, MeetingScheme scheme, SourceText source, DiagnosticBag bag)
    {
        string title = record.Title?.Text ?? "";
        bool extra = title.Contains("臨時會", StringComparison.Ordinal); // a 臨時會 is numbered on its own (臨1), or named by its date
        var at = record.Title is { } t ? new TextSpan(t.Offset, t.Text.Length) : new TextSpan(0, 0);
        int? titleYear = RocYear().Match(title) is { Success: true } r ? int.Parse(r.Groups[1].Value)
            : AdYear().Match(title) is { Success: true } a ? RocCalendar.ToRoc(int.Parse(a.Groups[1].Value))
            : null;
        int? year = date is { } d ? RocCalendar.ToRoc(d.Year) : titleYear;
        if (year is < 10 or > 9999) year = null;

        int? number = null;
        if (Sequence().Match(title) is { Success: true } m)
        {
            string s = m.Groups[1].Value;
            var span = record.Title is { } tl ? new TextSpan(tl.Offset + m.Index, m.Length) : at;
            if (char.IsDigit(s[0]))
            {
                string ascii = new(s.Select(c => c >= '０' ? (char)(c - '０' + '0') : c).ToArray());
                if (Semantics.MeetingId.TryNumber(ascii, out int n)) number = n;
                else
                {
                    bag.At(source, span).ImportNoMeetingNumber(date?.ToDate() is { } on
                        ? new($"'{m.Value}' is not a meeting number from 1 to {Semantics.MeetingId.MaxNumber:N0}; the record is named by its date, @meeting {on:yyyy-MM-dd}",
                            $"「{m.Value}」不是 1 至 {Semantics.MeetingId.MaxNumber:N0} 的會議次別；紀錄以日期稱呼，@meeting {on:yyyy-MM-dd}")
                        : new($"'{m.Value}' is not a meeting number from 1 to {Semantics.MeetingId.MaxNumber:N0}; the record is '@meeting 無'",
                            $"「{m.Value}」不是 1 至 {Semantics.MeetingId.MaxNumber:N0} 的會議次別；紀錄寫為「@meeting 無」"));
                    return date?.ToDate() is { } named ? Semantics.MeetingId.OfDate(named).ToString() : null;
                }
            }
            else if (ChineseValueGrammar.ChineseNumber(s) is > 0 and var n)
            {
                number = n;
            }
        }

        // the scheme the series declares (編號 of @series) wins over the one the title shows: a per-year title in a running count is its count
        if (number is { } seq && !(scheme.Declared && scheme.Numbering == MeetingNumbering.Dated) && !(extra && scheme.Extras == ExtraMeetings.Dated))
        {
            // 第11屆第2會期…第5次: 屆/會期/次, as the Legislative Yuan numbers its meetings
            var numbering = Term().Match(title) is { Success: true } tm && SessionOf().Match(title) is { Success: true } sm
                && Semantics.MeetingId.TryNumber(tm.Groups[1].Value, out int term) && Semantics.MeetingId.TryNumber(sm.Groups[1].Value, out int session) && term < 1000 && session < 100
                ? new Semantics.MeetingId(MeetingNumbering.Session, term, seq) { Session = session }
                : titleYear is not null && year is { } y
                ? new Semantics.MeetingId(MeetingNumbering.PerYear, y, seq)
                : new Semantics.MeetingId(MeetingNumbering.Running, 0, seq);
            if (scheme.Declared && numbering.Numbering != scheme.Numbering && scheme.Numbering == MeetingNumbering.Running) numbering = new Semantics.MeetingId(MeetingNumbering.Running, 0, seq);
            return (numbering with { Extra = extra }).ToString();
        }

        if (date?.ToDate() is { } when)
        {
            var named = Semantics.MeetingId.OfDate(when) with { Extra = extra };
            // (a number the series does not use — 編號：日期, 臨時會：不編號 — is no missing number)
            if (number is null) bag.At(source, at).ImportNoMeetingNumber(new($"the title has no 第 N 次; the record is named by its date, @meeting {named}", $"標題沒有「第 N 次」；紀錄以日期稱呼，@meeting {named}"));
            return named.ToString();
        }

        bag.At(source, at).ImportNoMeetingNumber(new("the title has no 第 N 次 and no date was read; the record is '@meeting 無'", "標題沒有「第 N 次」，也讀不出日期；紀錄寫為「@meeting 無」"));
        return null;
    }
}
