namespace MinutesLang.Diagnostics;

/// <summary>Every diagnostic code with its default severity and one-line title.</summary>
public static class DiagnosticCatalog
{
    public sealed record Entry(string Code, DiagnosticSeverity Severity, string Title);

    public static IReadOnlyList<Entry> All { get; } =
    [
        new("ML0001", DiagnosticSeverity.Error, "Invalid UTF-8"),
        new("ML0002", DiagnosticSeverity.Error, "NUL character"),
        new("ML0003", DiagnosticSeverity.Error, "Directive name expected"),
        new("ML0004", DiagnosticSeverity.Error, "Marker not at the left margin"),
        new("ML0005", DiagnosticSeverity.Error, "Unterminated case link"),
        new("ML0006", DiagnosticSeverity.Error, "Empty case id"),
        new("ML0007", DiagnosticSeverity.Error, "Binary file"),
        new("ML0008", DiagnosticSeverity.Error, "Orphan indentation"),
        new("ML0009", DiagnosticSeverity.Error, "Nesting too deep"),
        new("ML0100", DiagnosticSeverity.Error, "Missing @meeting"),
        new("ML0101", DiagnosticSeverity.Error, "Unknown case id"),
        new("ML0102", DiagnosticSeverity.Error, "Unparsable date"),
        new("ML0103", DiagnosticSeverity.Error, "Weekday does not match the date"),
        new("ML0104", DiagnosticSeverity.Error, "Unknown directive"),
        new("ML0105", DiagnosticSeverity.Error, "Duplicate case declaration"),
        new("ML0106", DiagnosticSeverity.Error, "Directive argument missing or malformed"),
        new("ML0107", DiagnosticSeverity.Error, "Unknown list style"),
        new("ML0108", DiagnosticSeverity.Error, "Progress-table row without a case"),
        new("ML0109", DiagnosticSeverity.Warning, "Missing title"),
        new("ML0110", DiagnosticSeverity.Error, "Unparsable time"),
        new("ML0111", DiagnosticSeverity.Error, "Directive in the wrong place"),
        new("ML0112", DiagnosticSeverity.Error, "Unknown city"),
        new("ML0113", DiagnosticSeverity.Error, "Duplicate meeting id or title"),
        new("ML0200", DiagnosticSeverity.Error, "Open case not reported at the next meeting"),
        new("ML0201", DiagnosticSeverity.Error, "Case reported before it is established"),
        new("ML0202", DiagnosticSeverity.Error, "Closed case tracked again"),
        new("ML0203", DiagnosticSeverity.Warning, "Delisting proposal without a recorded decision"),
        new("ML0204", DiagnosticSeverity.Info, "Missing meeting in the series"),
        new("ML0210", DiagnosticSeverity.Error, "Consent to establish a case missing or incomplete"),
        new("ML0220", DiagnosticSeverity.Error, "Host disagrees with the rotation"),
        new("ML0221", DiagnosticSeverity.Warning, "Bilateral host does not alternate"),
        new("ML0230", DiagnosticSeverity.Error, "Years disagree"),
        new("ML0231", DiagnosticSeverity.Error, "Closing time not after the opening time"),
        new("ML0232", DiagnosticSeverity.Error, "Records out of date order"),
        new("ML0233", DiagnosticSeverity.Error, "Meeting number disagrees"),
        new("ML0240", DiagnosticSeverity.Error, "Count disagrees with the cases named"),
        new("ML0241", DiagnosticSeverity.Error, "Reviewed record is not the previous one"),
        new("ML0250", DiagnosticSeverity.Warning, "Case wording drifts from its title"),
        new("ML0251", DiagnosticSeverity.Warning, "Misspelt platform name"),
        new("ML0252", DiagnosticSeverity.Warning, "Verb 記錄 for the noun 紀錄"),
        new("ML0253", DiagnosticSeverity.Info, "Report labelled with another year"),
        new("ML0300", DiagnosticSeverity.Error, "Template error"),
        new("ML0500", DiagnosticSeverity.Error, "Invalid configuration file"),
        new("ML0501", DiagnosticSeverity.Warning, "Suppression without a reason"),
        new("ML0502", DiagnosticSeverity.Error, "Suppression of an unknown code"),
        new("ML0503", DiagnosticSeverity.Info, "Unused suppression"),
        new("ML0400", DiagnosticSeverity.Warning, "Ordinal used twice in the original"),
        new("ML0401", DiagnosticSeverity.Warning, "Ordinal skipped in the original"),
        new("ML0402", DiagnosticSeverity.Warning, "Ordinal out of order in the original"),
        new("ML0403", DiagnosticSeverity.Warning, "Weekday does not match the date in the original"),
        new("ML0404", DiagnosticSeverity.Warning, "Text kept verbatim"),
        new("ML0405", DiagnosticSeverity.Warning, "Date of the original not understood"),
        new("ML0114", DiagnosticSeverity.Error, "Part left to fill in"),
        new("ML0010", DiagnosticSeverity.Warning, "Mixed indentation"),
        new("ML0011", DiagnosticSeverity.Warning, "Nesting depends on the kind of space"),
        new("ML0012", DiagnosticSeverity.Warning, "Indentation jumps a level"),
        new("ML0013", DiagnosticSeverity.Warning, "Indentation between two levels"),
        new("ML0014", DiagnosticSeverity.Warning, "List at the field's own indentation"),
        new("ML0115", DiagnosticSeverity.Warning, "Continuation line at the marker's column"),
        new("ML0116", DiagnosticSeverity.Warning, "Line break that breaks nothing"),
    ];

    private static readonly Dictionary<string, Entry> ByCode = All.ToDictionary(e => e.Code);

    public static Entry Get(string code) => ByCode[code];

    public static bool TryGet(string code, out Entry? entry) => ByCode.TryGetValue(code, out entry);
}
