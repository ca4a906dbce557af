using System.Text.RegularExpressions;
using MinutesLang.Diagnostics;
using MinutesLang.Parsing;
using MinutesLang.Semantics;
using MinutesLang.Text;

namespace MinutesLang.Import;

/// <summary>One record written as notation: its meeting id, a file name for it, where it starts in the input.</summary>
public sealed record ImportedRecord(string Id, string FileName, string Text, int Line);

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
        var source = input.Source;
        var bag = new DiagnosticBag();
        if (cases is null && series is not null) cases = new CaseMatcher(series);
        var lines = ImportLines.Read(source, input.LinesAreParagraphs);
        var records = new Recognizer(source, bag).Recognize(lines);
        var result = new List<ImportedRecord>();
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var record in records)
        {
            var date = CheckDate(record, source, bag);
            string id = MeetingId(record, date, source);
            string name = id;
            for (int k = 2; !used.Add(name); k++) name = $"{id}_{k}";
            string text = new NotationWriter(source, bag, cases).Write(record, id);
            result.Add(new ImportedRecord(id, name + ".minutes", text, record.FirstLine));
        }

        return new ImportResult(result, cases?.ProposalsText(), bag.Sorted());
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
            string? label = ImportLines.FieldLabel(text);
            if ((label ?? new string([.. text.TakeWhile(char.IsLetter)])) is not ("時間" or "日期")) continue;
            int colon = label is null ? -1 : text.IndexOfAny(['：', ':']);
            string value = text[(colon + 1)..];
            int valueOffset = part.Line.Offset + skip + colon + 1 + (value.Length - value.TrimStart().Length);
            value = value.Trim();
            var dt = ValueGrammar.ParseDateTime(value);
            var when = dt?.Date.ToDate();
            if (dt is null || when is null)
            {
                bag.At(source, new TextSpan(valueOffset, value.Length)).ImportUnreadableDate(value);
                return null;
            }

            if (dt.Value.Date.WrongWeekday() is { } expected)
            {
                int at = source.Text.IndexOf(dt.Value.Date.Weekday!.Value, valueOffset);
                int start = at > 0 && valueOffset < at ? Math.Max(valueOffset, at - 2) : valueOffset;
                bag.At(source, new TextSpan(start, at > 0 ? at - start + 1 : value.Length))
                    .ImportWeekdayMismatch($"星期{dt.Value.Date.Weekday}", $"星期{expected}", when.Value.ToString("yyyy-MM-dd"));
            }

            return dt.Value.Date;
        }

        return null;
    }

    [GeneratedRegex(@"第\s*([0-9０-９]+|[一二三四五六七八九十]+)\s*次")]
    private static partial Regex Sequence();

    [GeneratedRegex(@"(?<![0-9])(1[0-9]{2}|[4-9][0-9])\s*年")]
    private static partial Regex RocYear();

    [GeneratedRegex(@"(?<![0-9])((?:19|20)[0-9]{2})(?![0-9])")]
    private static partial Regex AdYear();

    /// <summary>YEAR-N: the 民國 year of the date (or of the title), the N of 第 N 次 in the title (else 1).</summary>
    private static string MeetingId(RecordNode record, WrittenDate? date, SourceText source)
    {
        string title = record.Title?.Text ?? "";
        int year = 0;
        if (date is { } d) year = RocCalendar.ToRoc(d.Year);
        else if (RocYear().Match(title) is { Success: true } r) year = int.Parse(r.Groups[1].Value);
        else if (AdYear().Match(title) is { Success: true } a) year = RocCalendar.ToRoc(int.Parse(a.Groups[1].Value));
        if (year is < 10 or > 9999)
        {
            var digits = new string(Path.GetFileNameWithoutExtension(source.Path).TakeWhile(char.IsDigit).ToArray());
            year = digits.Length is >= 2 and <= 4 ? int.Parse(digits) : 0;
        }

        int seq = 1;
        if (Sequence().Match(title) is { Success: true } m)
        {
            string s = m.Groups[1].Value;
            seq = char.IsDigit(s[0]) ? int.Parse(new string(s.Select(c => c >= '０' ? (char)(c - '０' + '0') : c).ToArray())) : ChineseValueGrammar.ChineseNumber(s) ?? 1;
        }

        return $"{(year == 0 ? "000" : year.ToString())}-{Math.Clamp(seq, 1, 99)}";
    }
}
