using System.Collections.Immutable;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using MinutesLang.Parsing;
using MinutesLang.Semantics;
using MinutesLang.Syntax;
using MinutesLang.Text;

namespace MinutesLang.Validation;

/// <summary>
/// What the series rules read of a record that is only a neighbour of the records checked (the rest of the series in
/// <c>check --staged</c>, issue 14 point 1): its <c>@meeting</c> id (numbering, year or 屆, 會期, number, 臨時會), its
/// date and times, its title, place, chair and recorder, and its case events and links. The syntax tree, the parts
/// and the layout are left out: the rules read them only for findings in that record itself, which are not reported.
/// </summary>
/// <remarks>
/// Who reads what of another record (SeriesValidator's rules, SeriesContext, CaseHistory): the order and the gaps
/// (ML0204) the id and the date; the case history (ML0200–ML0203, ML0254) the events; the names a case may go by
/// (ML0250) the <c>@更名</c> events; the host of a two-member platform (ML0221) the place, the chair and the date;
/// ML0232 the date; ML0235 the id and the file's path; ML0241 the id. A record the parser found binary (ML0007) is no
/// record of the series: its summary says so (<see cref="Binary"/>). StagedSummaryTests compare the findings of a
/// check with summaries and of the full check on every seed and on mutated series, so that a rule that starts reading
/// more of the other records fails there until the summary holds it too.
/// </remarks>
public static class RecordSummary
{
    /// <summary>The version of the format below: a summary written in another is not read.</summary>
    public const int Format = 1;

    /// <summary>The summary of a record the parser found binary: it is left out of the series, as <see cref="Compilation.Create(SyntaxTree?, IEnumerable{SyntaxTree})"/> leaves it out.</summary>
    public const string Binary = """{"binary":true}""";

    /// <summary>The summary of a bound record, as JSON (UTF-8 text).</summary>
    public static string Write(Record r)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteNumber("numbering", (int)r.Numbering);
            w.WriteNumber("year", r.Year);
            w.WriteNumber("session", r.Session);
            w.WriteNumber("sequence", r.Sequence);
            w.WriteBoolean("extra", r.Extra);
            String(w, "title", r.Title);
            if (r.Date is { } d)
            {
                w.WriteStartArray("date");
                w.WriteNumberValue(d.Year);
                w.WriteNumberValue(d.Month);
                w.WriteNumberValue(d.Day);
                if (d.Weekday is { } wd) w.WriteStringValue(wd.ToString());
                else w.WriteNullValue();
                w.WriteEndArray();
            }

            Clock(w, "start", r.Start);
            Clock(w, "end", r.End);
            Clock(w, "plannedEnd", r.PlannedEnd);
            String(w, "place", r.Place);
            String(w, "chair", r.Chair);
            String(w, "recorder", r.Recorder);
            w.WriteStartArray("events");
            foreach (var e in r.Events)
            {
                w.WriteStartObject();
                w.WriteNumber("kind", (int)e.Kind);
                w.WriteString("case", e.CaseId);
                w.WriteString("argument", e.Argument);
                w.WriteStartArray("consent");
                foreach (var c in e.Consent) w.WriteStringValue(c);
                w.WriteEndArray();
                w.WriteBoolean("all", e.ConsentOfAll);
                String(w, "level", e.Level);
                WriteSpan(w, e.Span);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("mentions");
            foreach (var m in r.Mentions)
            {
                w.WriteStartObject();
                w.WriteString("case", m.CaseId);
                String(w, "wording", m.Wording);
                WriteSpan(w, m.Span);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>
    /// The record a summary stands for, at <paramref name="path"/> (the path findings would name), with an empty syntax
    /// tree; null for <see cref="Binary"/>. A summary that is not one (bad JSON, a field missing or of the wrong kind,
    /// a value out of range) is a <see cref="FormatException"/>: the caller reads the file itself instead.
    /// </summary>
    public static Record? Read(string json, string path)
    {
        try
        {
            using var doc = JsonDocument.Parse(json);
            var o = doc.RootElement;
            if (o.ValueKind != JsonValueKind.Object) throw new FormatException("a summary is an object");
            if (o.TryGetProperty("binary", out var binary)) return binary.GetBoolean() ? null : throw new FormatException("binary: true or absent");

            var numbering = (MeetingNumbering)o.GetProperty("numbering").GetInt32();
            if (!Enum.IsDefined(numbering)) throw new FormatException($"no numbering {(int)numbering}");
            WrittenDate? date = null;
            if (o.TryGetProperty("date", out var d))
            {
                if (d.GetArrayLength() != 4) throw new FormatException("date: [year, month, day, weekday]");
                char? weekday = d[3].ValueKind == JsonValueKind.Null ? null : Char(d[3].GetString());
                date = new WrittenDate(d[0].GetInt32(), d[1].GetInt32(), d[2].GetInt32(), weekday);
            }

            var events = ImmutableArray.CreateBuilder<CaseEvent>();
            foreach (var e in o.GetProperty("events").EnumerateArray())
            {
                var kind = (CaseEventKind)e.GetProperty("kind").GetInt32();
                if (!Enum.IsDefined(kind)) throw new FormatException($"no event kind {(int)kind}");
                events.Add(new CaseEvent(
                    kind,
                    e.GetProperty("case").GetString()!,
                    e.GetProperty("argument").GetString()!,
                    [.. e.GetProperty("consent").EnumerateArray().Select(c => c.GetString()!)],
                    e.GetProperty("all").GetBoolean(),
                    OptionalString(e, "level"),
                    Span(e)));
            }

            var mentions = ImmutableArray.CreateBuilder<CaseMention>();
            foreach (var m in o.GetProperty("mentions").EnumerateArray())
                mentions.Add(new CaseMention(m.GetProperty("case").GetString()!, OptionalString(m, "wording"), Span(m)));

            // the tree: the path only (a finding of a rule in this record is placed in an empty text and never reported)
            var tree = new SyntaxTree(SourceText.From("", path), Parser.Parse(SourceText.From("", path)).Root, []);
            return new Record(
                tree,
                o.GetProperty("year").GetInt32(),
                o.GetProperty("sequence").GetInt32(),
                OptionalString(o, "title"),
                date,
                ReadClock(o, "start"),
                ReadClock(o, "end"),
                OptionalString(o, "place"),
                OptionalString(o, "chair"),
                OptionalString(o, "recorder"),
                [],
                events.ToImmutable(),
                mentions.ToImmutable())
            {
                Numbering = numbering,
                Session = o.GetProperty("session").GetInt32(),
                Extra = o.GetProperty("extra").GetBoolean(),
                PlannedEnd = ReadClock(o, "plannedEnd"),
            };
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or ArgumentException)
        {
            throw new FormatException($"not a record summary: {e.Message}", e);
        }
    }

    private static void String(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null) w.WriteString(name, value);
    }

    private static string? OptionalString(JsonElement o, string name) => o.TryGetProperty(name, out var v) ? v.GetString() : null;

    private static char Char(string? s) => s is { Length: 1 } ? s[0] : throw new FormatException("a weekday is one character");

    /// <summary>A span as <see cref="Span"/> reads it back: its <c>start</c> and <c>length</c> in the object being written.</summary>
    private static void WriteSpan(Utf8JsonWriter w, TextSpan span)
    {
        w.WriteNumber("start", span.Start);
        w.WriteNumber("length", span.Length);
    }

    private static TextSpan Span(JsonElement o)
    {
        int start = o.GetProperty("start").GetInt32(), length = o.GetProperty("length").GetInt32();
        return start >= 0 && length >= 0 ? new TextSpan(start, length) : throw new FormatException("a span is not negative");
    }

    private static void Clock(Utf8JsonWriter w, string name, ClockTime? t)
    {
        if (t is not { } c) return;
        w.WriteStartArray(name);
        if (c.Meridiem is null) w.WriteNullValue();
        else w.WriteStringValue(c.Meridiem);
        w.WriteNumberValue(c.Hour);
        w.WriteNumberValue(c.Minute);
        w.WriteEndArray();
    }

    private static ClockTime? ReadClock(JsonElement o, string name)
    {
        if (!o.TryGetProperty(name, out var a)) return null;
        if (a.GetArrayLength() != 3) throw new FormatException($"{name}: [meridiem, hour, minute]");
        return new ClockTime(a[0].ValueKind == JsonValueKind.Null ? null : a[0].GetString(), a[1].GetInt32(), a[2].GetInt32());
    }
}
