using System.Globalization;
using MinutesLang.Localization;
using MinutesLang.Text;

namespace MinutesLang.Diagnostics;

/// <summary>
/// The diagnostic catalog: one factory method per code. Codes are stable and never reused;
/// <see cref="DiagnosticCatalog"/> lists them all with their texts in English and zh-TW. A factory names a form of
/// its code's message and passes the placeholders' values by name (<see cref="Say"/>); a value that is words
/// is a <see cref="Phrase"/>, so that it reads in the language of the message.
/// </summary>
public readonly struct DiagnosticBuilder(DiagnosticBag bag, SourceText source, TextSpan span)
{
    /// <summary>A finding of <paramref name="code"/> in the catalog's form <paramref name="form"/>, with the placeholders' values by name.</summary>
    private void Say(string code, string form, params (string Name, object? Value)[] arguments)
    {
        var text = new DiagnosticText(DiagnosticCatalog.Get(code).Form(form), [.. arguments.Select(a => KeyValuePair.Create(a.Name, a.Value))]);
        bag.Add(new Diagnostic(code, DiagnosticCatalog.Get(code).Severity, text.Message(Language.En), source, span, text.Hint(Language.En)) { Text = text });
    }

    /// <summary>
    /// A finding of a code not translated yet: English only (CatalogTests lists the codes reported so). To translate it, give
    /// its catalog entry the zh-TW title and forms and call <see cref="Say"/> with the placeholders by name.
    /// </summary>
    private void Report(string code, string message, string? hint = null) =>
        bag.Add(new Diagnostic(code, DiagnosticCatalog.Get(code).Severity, message, source, span, hint));

    private static string Figures(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);

    // ML00xx: text and syntax
    public void InvalidUtf8() => Say("ML0001", "");

    /// <summary>ML0001, once for the whole file: its bytes (<paramref name="bytes"/> in all) are in <paramref name="encoding"/> (Big5, GB18030, UTF-16LE, UTF-16BE), not UTF-8; <paramref name="iconv"/> is the name iconv knows it by, <paramref name="file"/> the file's name: the hint gives the iconv command that converts it (the whole command, not cut as a quotation is).</summary>
    public void NotUtf8(string encoding, string iconv, string file, int bytes) =>
        Say("ML0001", "encoding", ("encoding", encoding), ("command", $"iconv -f {iconv} -t UTF-8 {file} > utf8-{file}"), ("bytes", bytes.ToString("N0", CultureInfo.InvariantCulture)));

    /// <summary>ML0001, once for the whole file: <paramref name="invalid"/> of its <paramref name="bytes"/> bytes are not UTF-8, and the encoding they are in could not be told.</summary>
    public void NotUtf8(int invalid, int bytes) =>
        Say("ML0001", "unknown", ("invalid", invalid.ToString("N0", CultureInfo.InvariantCulture)), ("bytes", bytes.ToString("N0", CultureInfo.InvariantCulture)));

    public void NulCharacter() => Say("ML0002", "");

    public void DirectiveNameExpected() => Say("ML0003", "");

    /// <summary>ML0004: <paramref name="what"/> names the marker (「*」分項, 「#」標題).</summary>
    public void MarkerNotAtMargin(Phrase what) => Say("ML0004", "", ("what", what));

    public void UnterminatedCaseLink() => Say("ML0005", "");

    public void EmptyCaseId() => Say("ML0006", "");

    public void BinaryFile() => Say("ML0007", "");

    public void OrphanIndent() => Say("ML0008", "");

    public void NestingTooDeep(int max) => Say("ML0009", "", ("max", max));

    // ML01xx: record semantics
    public void MissingMeeting() => Say("ML0100", "");

    public void UnknownCase(string id, string? nearest) => Say("ML0101", nearest is null ? "" : "nearest", ("id", id), ("nearest", nearest));

    public void UnparsableDate(string text) => Say("ML0102", "", ("text", text));

    /// <summary>ML0103: <paramref name="written"/> as the writer put it (星期五, 週五, （五）); <paramref name="fix"/> the same form with the right day.</summary>
    public void WeekdayMismatch(string written, string expected, string date, string? fix = null) =>
        Say("ML0103", "", ("date", date), ("expected", expected), ("written", written), ("fix", fix ?? $"（{expected}）"));

    /// <summary>ML0104: no directive is named <paramref name="name"/>; <paramref name="glued"/>, when a known directive begins it (@列管路燈), says where the space goes.</summary>
    public void UnknownDirective(string name, (string Known, string Argument)? glued = null) =>
        Say("ML0104", glued is null ? "" : "glued", ("name", name), ("known", glued?.Known), ("rest", glued?.Argument));

    public void DuplicateCase(string id) => Say("ML0105", "", ("id", id));

    /// <summary>ML0106: the directive <paramref name="name"/> lacks <paramref name="expected"/>; <paramref name="hint"/> says what to write, in the directive's own form.</summary>
    public void DirectiveArgument(string name, Phrase expected, Phrase hint) => Say("ML0106", "", ("name", name), ("expected", expected), ("hint", hint));

    public void UnknownListStyle(string style) => Say("ML0107", "", ("style", style));

    public void ProgressRowWithoutCase() => Say("ML0108", "");

    /// <summary>ML0109, at the start of the <c>@meeting</c> line (the title goes below it) when there is one.</summary>
    public void MissingTitle(bool belowMeeting = true) => Say("ML0109", belowMeeting ? "" : "after");

    public void UnparsableTime(string text) => Say("ML0110", "", ("text", text));

    /// <summary>ML0111: <paramref name="where"/> is the place, as the message ends ("inside a part" / 分項之中).</summary>
    public void DirectiveMisplaced(string name, Phrase where) => Say("ML0111", "", ("name", name), ("where", where));

    public void UnknownCity(string name) => Say("ML0112", "", ("name", name));

    /// <summary>ML0113: <paramref name="what"/> is the line written twice (@meeting, the title).</summary>
    public void Duplicate(Phrase what) => Say("ML0113", "", ("what", what));

    // ML02xx: the series validator (src/MinutesLang/Validation)
    public void CaseNotCarriedOver(string id, string previous, string current) =>
        Say("ML0200", "", ("id", id), ("previous", previous), ("current", current));

    /// <summary>ML0201: <paramref name="what"/> is the event (reported / 列管報告, proposed for delisting, delisted).</summary>
    /// <summary>ML0201: case <paramref name="id"/> is <paramref name="what"/> before it entered; <paramref name="nearest"/>: the declared id it misspells, if any (then the hint corrects it instead of establishing it).</summary>
    public void CaseBeforeEstablished(string id, Phrase what, string? nearest = null) =>
        Say("ML0201", nearest is null ? "" : "misspelt", ("id", id), ("what", what), ("nearest", nearest));

    /// <summary>ML0202: <paramref name="how"/> the case was closed (delisted / 解列, referred elsewhere / 移轉他處) at <paramref name="closedAt"/>.</summary>
    public void ClosedCaseTracked(string id, Phrase closedAt, Phrase how) => Say("ML0202", "", ("id", id), ("closedAt", closedAt), ("how", how));

    /// <summary>ML0203: <paramref name="level"/> is the level the delisting was proposed to (市長層級), or null.</summary>
    public void DelistingDecisionMissing(string id, string proposedAt, string? level, string current) =>
        Say("ML0203", level is null ? "" : "level", ("id", id), ("proposedAt", proposedAt), ("level", level), ("current", current));

    /// <summary>ML0204: <paramref name="gap"/> says which meetings are missing (SeriesContext).</summary>
    public void MissingMeeting(Phrase gap) => Say("ML0204", "", ("gap", gap));

    /// <summary>ML0210: the record does not say who agreed to establish <paramref name="id"/>; <paramref name="rule"/> is the platform's rule.</summary>
    public void ConsentUnstated(string id, string platform, Phrase rule) => Say("ML0210", "unstated", ("id", id), ("platform", platform), ("rule", rule));

    /// <summary>ML0210: <paramref name="cities"/> (joined by 、) agreed but are not of the platform's <paramref name="members"/>.</summary>
    public void ConsentOfOutsiders(IReadOnlyList<string> cities, string platform, IReadOnlyList<string> members) =>
        Say("ML0210", cities.Count > 1 ? "outsiders" : "outsider", ("cities", string.Join("、", cities)), ("platform", platform), ("members", string.Join("、", members)));

    /// <summary>ML0210: all members must agree; <paramref name="agreed"/> of <paramref name="total"/> did; <paramref name="basis"/> is the rule's source if declared.</summary>
    public void ConsentNotAll(string id, int agreed, int total, string platform, IEnumerable<string> missing, string? basis) =>
        Say("ML0210", basis is null ? "not-all" : "not-all.basis", ("id", id), ("agreed", agreed), ("total", total), ("platform", platform), ("missing", string.Join("、", missing)), ("basis", basis));

    /// <summary>ML0210: fewer than <paramref name="minimum"/> members agreed.</summary>
    public void ConsentTooFew(string id, int agreed, string platform, int minimum) =>
        Say("ML0210", "too-few", ("id", id), ("agreed", agreed), ("platform", platform), ("minimum", minimum));

    /// <summary>ML0220: the host <paramref name="written"/> is not <paramref name="expected"/> of @rotation for <paramref name="when"/> (a quarter or a year, in both languages).</summary>
    public void HostDisagrees(string written, string expected, Phrase when) =>
        Say("ML0220", "", ("written", written), ("expected", expected), ("when", when));

    public void HostDoesNotAlternate(string host, string previous) => Say("ML0221", "", ("host", host), ("previous", previous));

    /// <summary>
    /// ML0230: meeting <paramref name="id"/> is dated in <paramref name="ad"/> (民國 <paramref name="roc"/>), its id says 民國
    /// <paramref name="year"/>; <paramref name="schoolYear"/> the school year of the date when the title names a 學年度 (August to July).
    /// </summary>
    public void DateYearDisagrees(string id, int ad, int roc, int year, int sequence, int? schoolYear = null) =>
        Say("ML0230", schoolYear is null ? "date" : "date.school", ("id", id), ("ad", ad), ("roc", roc), ("year", year), ("next", year + 1),
            ("sequence", sequence), ("schoolYear", schoolYear));

    /// <summary>ML0230: the title names the year <paramref name="named"/>; the meeting <paramref name="id"/> is of 民國 <paramref name="year"/> (<paramref name="ad"/>); <paramref name="fix"/> the year to write.</summary>
    public void TitleYearDisagrees(string named, string id, int year, int ad, int fix) =>
        Say("ML0230", "title", ("named", named), ("id", id), ("year", year), ("ad", ad), ("fix", fix));

    public void ClosingNotAfterOpening(string end, string start) => Say("ML0231", "", ("end", end), ("start", start));

    /// <summary>
    /// ML0231 for a range of times in 時間 (<c>21:00-19:00</c>): its end, the planned closing time <paramref name="end"/>,
    /// is not after the opening time <paramref name="start"/>.
    /// </summary>
    public void PlannedClosingNotAfterOpening(string end, string start) =>
        Say("ML0231", "planned", ("end", end), ("start", start));

    public void OutOfDateOrder(string id, string date, string previous, string previousDate) =>
        Say("ML0232", "", ("id", id), ("date", date), ("previous", previous), ("previousDate", previousDate));

    /// <summary>ML0233: the title says 第 <paramref name="written"/> <paramref name="unit"/> (屆, 會期); the id <paramref name="id"/> says <paramref name="number"/>.</summary>
    public void UnitDisagrees(string written, string unit, string id, int number) =>
        Say("ML0233", "unit", ("written", written), ("unit", unit), ("id", id), ("number", number));

    /// <summary>ML0233: a 臨時會 whose title does not say so (<paramref name="extraId"/> null), or a title naming a 臨時會 of a regular meeting (<paramref name="extraId"/> the id it would have).</summary>
    public void ExtraMeetingDisagrees(string id, int sequence, string? extraId) =>
        Say("ML0233", extraId is null ? "extra-untitled" : "extra-titled", ("id", id), ("sequence", sequence), ("extraId", extraId));

    /// <summary>ML0233: a record named by the date <paramref name="named"/> (yyyy-MM-dd) whose 時間 says <paramref name="held"/>; <paramref name="fixId"/> the id of that date.</summary>
    public void DatedMeetingDisagrees(string id, string named, string held, string fixId) =>
        Say("ML0233", "dated", ("id", id), ("named", named), ("held", held), ("fixId", fixId));

    /// <summary>ML0233: the title says 第 <paramref name="written"/> 次 (次臨時會 when <paramref name="extra"/>); the id <paramref name="id"/> is number <paramref name="sequence"/>.</summary>
    public void NumberDisagrees(string written, string id, int sequence, bool extra = false) =>
        Say("ML0233", extra ? "number.extra" : "number", ("written", written), ("id", id), ("sequence", sequence));

    /// <summary>Where ML0240 counted the cases: on the line before the number, in its sentence, in its agenda item.</summary>
    public enum CountScope
    {
        /// <summary>Linked after the number, up to the end of its clause (列管 N 案：[[a]]、[[b]]).</summary>
        After,
        Line,
        Sentence,
        AgendaItem,
    }

    /// <summary>ML0240: the text says <paramref name="written"/> (the phrase as written; the catalog quotes it, '…' in English, 「…」 in zh-TW), <paramref name="counted"/> cases (at least one) are in <paramref name="scope"/>.</summary>
    public void CountDisagrees(string written, int counted, CountScope scope) =>
        Say("ML0240", (scope switch { CountScope.After => "after", CountScope.Line => "line", CountScope.Sentence => "sentence", _ => "item" }) + (counted == 1 ? ".one" : ""),
            ("written", written), ("counted", counted));

    public void ReviewedRecordNotPrevious(string named, string previous) => Say("ML0241", "", ("named", named), ("previous", previous));

    public void WordingDrifts(string id, string wording, string nearest, IReadOnlyList<string>? names = null) =>
        Say("ML0250", "", ("id", id), ("wording", wording), ("nearest", nearest), ("names", names ?? [nearest])); // names: every accepted name, for the fix (Fixes/CodeFixes)

    public void PlatformMisspelt(string written, string name) => Say("ML0251", "", ("written", written), ("name", name));

    public void RecordForMinutes() => Say("ML0252", "");

    public void ReportYear(string label, int year, int meetingYear) => Say("ML0253", "", ("label", label), ("year", year), ("meetingYear", meetingYear));

    /// <summary>ML0254: case <paramref name="id"/>, open after <paramref name="previous"/>, is linked in <paramref name="current"/> without an event.</summary>
    /// <summary>ML0255: <c>@成案</c> of case <paramref name="id"/>, which entered at <paramref name="enteredAt"/> and is <paramref name="state"/>.</summary>
    public void EstablishedWhileOpen(string id, Phrase enteredAt, Phrase state) => Say("ML0255", "", ("id", id), ("enteredAt", enteredAt), ("state", state));

    /// <summary>ML0424: the input is Markdown; <paramref name="mark"/> (# or ** …) is its first mark, <paramref name="what"/> what it marks, at 1-based <paramref name="line"/> and <paramref name="column"/>.</summary>
    public void MarkdownInput(string mark, Phrase what, int line, int column) => Say("ML0424", "", ("mark", mark), ("what", what), ("line", line), ("column", column));

    public void LinkedCaseWithoutEvent(string id, string previous, string current) =>
        Say("ML0254", "", ("id", id), ("previous", previous), ("current", current));

    // ML05xx: configuration (minutesconfig.json) and suppression comments

    /// <summary>ML0500 in the form <paramref name="form"/> of the catalog (utf8, empty, not-object, property, json, string, diagnostics, code, level, language).</summary>
    public void InvalidConfig(string form, params (string Name, object? Value)[] arguments) => Say("ML0500", form, arguments);

    /// <summary>ML0435: the file <paramref name="path"/>, found under a folder, cannot be read; <paramref name="why"/> says why (a link to nothing, no permission). Raised by the command line's folder enumeration (MinutesLang.Cli/Inputs.cs), at the file's 1:1.</summary>
    public void UnreadableFile(string path, Phrase why) => Say("ML0435", "", ("path", path), ("why", why));

    public void SuppressionWithoutReason(string code, bool colonMissing = false) => Say("ML0501", colonMissing ? "colon" : "", ("code", code));

    public void SuppressionOfUnknownCode(string code, string? nearest) =>
        Say("ML0502", code.Length == 0 ? "none" : nearest is null ? "" : "nearest", ("code", code), ("nearest", nearest));

    public void SuppressionOfSeveralCodes(string codes) => Say("ML0502", "several", ("codes", codes));

    public void UnusedSuppression(string code) => Say("ML0503", "", ("code", code));

    // ML03xx: rendering
    /// <summary>ML0300: <paramref name="message"/> is Scriban's (English, quoted as the template engine says it).</summary>
    public void TemplateError(string message, bool builtIn = false) => Say("ML0300", builtIn ? "built-in" : "", ("message", message));

    /// <summary>ML0320: the machine has no font for Traditional Chinese, so a pdf would print <paramref name="character"/> and every other as an empty box (see <see cref="MinutesLang.Rendering.FontCheck"/>).</summary>
    public void NoChineseFont(string character) => Say("ML0320", "", ("character", character), ("packages", MinutesLang.Rendering.Fonts.DebianPackages));
    // ML0321–ML0323: the page-number form of series.minutes (頁碼 of @series; Rendering/PageNumbers.FromNotation)

    /// <summary>ML0321: the form <paramref name="form"/> has no N, so no page would carry its own number.</summary>
    public void PageNumberFormWithoutPage(string form) => Say("ML0321", form.Length == 0 ? "empty" : "", ("form", form));

    /// <summary>ML0322: <paramref name="letter"/> (N, the page's number, or M, the number of pages) stands <paramref name="count"/> times in the form.</summary>
    public void PageNumberTwice(string form, char letter, int count) => Say("ML0322", letter == 'N' ? "N" : "M", ("form", form), ("count", count));

    /// <summary>ML0323: the form, printed with numbers of two digits, is <paramref name="ems"/> characters wide, over <paramref name="limit"/>.</summary>
    public void PageNumberFormTooLong(string form, double ems, double limit) =>
        Say("ML0323", "", ("form", form), ("ems", Figures(ems, "0.#")), ("limit", Figures(limit, "0")));

    // ML04xx: import (defects of the original, and what the importer could not understand)
    public void OrdinalTwice(string ordinal, int previousLine) => Say("ML0400", "", ("ordinal", ordinal), ("line", previousLine));

    public void OrdinalSkipped(string ordinal, string missing) => Say("ML0401", "", ("ordinal", ordinal), ("missing", missing));

    public void OrdinalOutOfOrder(string ordinal, string expected) => Say("ML0402", "", ("ordinal", ordinal), ("expected", expected));

    /// <summary>ML0403: as <see cref="WeekdayMismatch"/>, for an original being imported.</summary>
    public void ImportWeekdayMismatch(string written, string expected, string date, string? fix = null) =>
        Say("ML0403", "", ("date", date), ("expected", expected), ("written", written), ("fix", fix ?? $"（{expected}）"));

    public void KeptVerbatim(Phrase why) => Say("ML0404", "", ("why", why));

    public void ImportUnreadableDate(string text) => Say("ML0405", "", ("text", text));

    // ML0410–ML0414: documents the importer refuses to read (ImportReader under DocumentLimits); the message names the part and position
    /// <summary>ML0410: <paramref name="why"/> (both languages: the part, position and reason the reader found) and a <paramref name="hint"/> of the caller's, if any.</summary>
    public void NotADocument(Phrase why, Phrase? hint = null) => Say("ML0410", hint is null ? "" : "hint", ("why", why), ("hint", hint));

    public void DocumentTooDeep(Phrase why) => Say("ML0411", "", ("why", why));

    public void DocumentNumberOutOfRange(Phrase why) => Say("ML0412", "", ("why", why));

    public void DocumentTooLarge(Phrase why) => Say("ML0413", "", ("why", why));

    public void DocumentTooMuchText(Phrase why) => Say("ML0414", "", ("why", why));

    // ML0415: control characters of an original (ML0030–ML0032 to check) left out of the imported record, each run reported
    public void ControlCharacterLeftOut(Phrase what) => Say("ML0415", "", ("what", what));

    // ML0114: {{…}} placeholders (written by 'minutes new')
    // ML0120–ML0129: record semantics (issue 11)

    /// <summary>
    /// ML0120: a part that <c>必備</c> in series.minutes (or its default, 標題、時間) requires is missing; <paramref name="above"/>: the span is the line it goes above, else below.
    /// The hint gives the form of the line with blanks (○, the blank of official forms), never a value of another record.
    /// </summary>
    public void MissingPart(string name, IReadOnlyList<string> required, bool above) =>
        Say("ML0120", name == "時間" ? "time" : "", ("name", name), ("required", string.Join("、", required)),
            ("where", above ? new Phrase("above", "上方") : new Phrase("below", "下方")));

    public void Unfilled(string name, bool unclosed) =>
        Say("ML0114", unclosed ? "unclosed" : "", ("name", name.Length == 0 ? "（未命名）" : name));

    // ML0030–ML0034: characters that do not print (src/MinutesLang/Parsing/ControlCharacters.cs)
    public void ControlCharacter(string names, int count) => Say("ML0030", count == 1 ? "one" : "many", ("names", names), ("count", count));

    public void TerminalEscape(string shown) => Say("ML0031", "", ("shown", shown));

    public void BidiControl(string name) => Say("ML0032", "", ("name", name));

    /// <summary>
    /// ML0033 (a warning): a run of <paramref name="count"/> invisible characters (<paramref name="names"/>: zero-width space,
    /// non-joiner, joiner, word joiner, direction marks, a byte-order mark after the start), which make two labels, ids or
    /// titles that look alike differ (issue 13 §5; <c>ControlCharacters</c>).
    /// </summary>
    public void InvisibleCharacter(string names, int count) => Say("ML0033", count == 1 ? "one" : "many", ("names", names), ("count", count));

    // ML0310–ML0314: render limits (src/MinutesLang/Rendering/RenderLimits.cs)
    public void OutputLimit(string format, int limit) => Say("ML0310", "", ("format", format), ("limit", Figures(limit, "N0")));

    public void PartNotWellFormed(string part, int line, int column, string reason) =>
        Say("ML0311", "", ("part", part), ("reason", reason.TrimEnd('.')), ("line", line), ("column", column));
    // ML0015–ML0019: near-miss constructs and hand-typed ordinals (Parsing/NearMissChecker): read as the
    // writer meant them, reported with the fix; fmt repairs ML0015–ML0017

    /// <summary>ML0015: <paramref name="what"/> names the marker's kind (part / 分項, list item / 清單項目…).</summary>
    public void MarkerWithoutSpace(string marker, Phrase what) => Say("ML0015", "", ("marker", marker), ("what", what));

    /// <summary>
    /// ML0015, the form <c>figure</c>: a marker at the left margin glued to a figure (<c>*2020年…</c>), which the grammar
    /// reads as text, not as the marker (<see cref="Parsing.NearMissChecker.GluedToFigure"/>); <paramref name="written"/>
    /// is the marker and the figure as written.
    /// </summary>
    public void MarkerGluedToFigure(string marker, string written, Phrase what) =>
        Say("ML0015", "figure", ("marker", marker), ("written", written), ("what", what));

    public void FullWidthMarker(string written, string marker, Phrase what, bool repaired) =>
        Say("ML0016", repaired ? "repaired" : "", ("written", written), ("marker", marker), ("what", what));

    public void FullWidthSpaceAfterMarker(string marker) => Say("ML0017", "", ("marker", marker));

    public void FullWidthPunctuation(string written, string meant, Phrase what) => Say("ML0018", "", ("written", written), ("meant", meant), ("what", what));

    /// <summary>
    /// ML0019, a hand-typed <paramref name="ordinal"/> on a list item the '-' marker numbers <paramref name="printed"/> at list level
    /// <paramref name="depth"/>; <paramref name="style"/>, when not null, the list style ('@list') the writer may have meant.
    /// </summary>
    public void HandTypedOrdinalOnItem(string ordinal, string printed, int depth, string? style) =>
        Say("ML0019", style is null ? "item" : "item.style", ("ordinal", ordinal), ("printed", printed), ("depth", depth), ("style", style));

    /// <summary>ML0019, a hand-typed ordinal on a part the '*' marker numbers <paramref name="printed"/> (參、).</summary>
    public void HandTypedOrdinalOnPart(string ordinal, string printed) => Say("ML0019", "part", ("ordinal", ordinal), ("printed", printed));

    /// <summary>ML0019, a hand-typed part ordinal starting a text line at the margin: as a part '* …' it is numbered <paramref name="printed"/>.</summary>
    public void HandTypedPartOnText(string ordinal, string printed) => Say("ML0019", "part.text", ("ordinal", ordinal), ("printed", printed));

    /// <summary>ML0019, a hand-typed ordinal (<paramref name="typed"/> as typed) starting a text line, which as a list item would be <paramref name="printed"/>.</summary>
    public void HandTypedOrdinalOnText(string ordinal, string typed, string printed, int depth) =>
        Say("ML0019", "text", ("ordinal", ordinal), ("typed", typed), ("printed", printed), ("depth", depth));

    /// <summary>ML0019, a hand-typed ordinal starting the value of the field <paramref name="label"/>.</summary>
    public void HandTypedOrdinalInField(string ordinal, string label, string printed, int depth) =>
        Say("ML0019", "field", ("ordinal", ordinal), ("label", label), ("printed", printed), ("depth", depth));

    // ML0117–ML0118: names one character off the ones the binder knows (Semantics/NearMiss), read as meant
    public void MisspeltLabel(string written, string meant) => Say("ML0117", "", ("written", written), ("meant", meant));

    /// <summary>
    /// ML0119: a label one character off two or more labels with a meaning (<see cref="Semantics.NearMiss.LabelCandidates"/>),
    /// read as none of them: the field keeps the label as written. <paramref name="written"/> is the label as typed (spaces kept).
    /// </summary>
    public void AmbiguousLabel(string written, IReadOnlyList<string> candidates)
    {
        var names = new Phrase(
            string.Join(", ", candidates.SkipLast(1).Select(c => $"'{c}'")) + $" and '{candidates[^1]}'",
            string.Join("、", candidates.SkipLast(1).Select(c => $"「{c}」")) + $"及「{candidates[^1]}」");
        var choices = new Phrase(string.Join(" or ", candidates.Select(c => $"'{c}'")), string.Join("或", candidates.Select(c => $"「{c}」")));
        Say("ML0119", "", ("written", written), ("names", names), ("choices", choices));
    }

    public void MisspeltDirective(string written, string meant) => Say("ML0118", "", ("written", written), ("meant", meant));

    /// <summary>
    /// ML0121 (a warning): a time whose 上午/下午/中午/晚上 contradicts its hour (<see cref="Parsing.ClockTime.MeridiemContradicts"/>):
    /// <paramref name="written"/> as typed, with its two readings; neither is chosen, and ML0231 does not compare it.
    /// </summary>
    public void MeridiemContradictsHour(string written, Parsing.ClockTime time)
    {
        var (twelve, twentyFour) = time.Readings;
        Say("ML0121", "", ("written", written), ("meridiem", time.Meridiem), ("hour", time.Hour), ("twelve", twelve), ("twentyFour", twentyFour));
    }

    /// <summary>
    /// ML0124 (a warning): text of a 時間 or 日期 value after what the value grammar read (<see cref="Parsing.DateTimeValue.Unread"/>):
    /// <paramref name="unread"/> as written, <paramref name="read"/> what the value was read as (2011-05-10 19:00–21:00). The text
    /// is printed as written; the record's date and times are those read, and nothing of the unread text is guessed.
    /// </summary>
    public void ValueTextNotRead(string unread, Phrase read) => Say("ML0124", "", ("unread", unread), ("read", read));

    /// <summary>
    /// ML0122 (a warning): a part a record holds once (時間/日期, 地點, 主席, 紀錄, 散會) written a second time at the top level;
    /// <paramref name="first"/> is the value of the first one, quoted (cut after 20 characters) to point at it.
    /// </summary>
    public void PartWrittenTwice(string name, string first) =>
        Say("ML0122", "", ("name", name), ("first", first.Length > 20 ? first[..20] + "…" : first));

    /// <summary>
    /// ML0123 (a warning): a list item at the left margin right after the list of the part <paramref name="part"/>
    /// (<see cref="Semantics.MarginItem"/>): it is printed as a list of its own outside the part.
    /// </summary>
    public void ItemAtMarginAfterPart(string part) => Say("ML0123", "", ("part", part));

    // ML0130: meeting ids of any body (issue 12)
    public void MeetingNumberOutOfRange(string id, int max) => Say("ML0130", "", ("id", id), ("max", Figures(max, "N0")));

    // ML0420–ML0429: what the importer could not find in the original (issue 12)
    public void ImportNoMeetingNumber(Phrase what) => Say("ML0420", "", ("what", what));

    /// <summary>ML0421: a page number, footer (<c>- 3 -</c>, <c>第 2 頁，共 5 頁</c>, <c>3/5</c>) or running header (a line repeated at the top of pages) of the original, left out of the record (kept as a comment).</summary>
    public void ImportPageFurnitureLeftOut(string text, bool runningHeader) => Say("ML0421", runningHeader ? "header" : "", ("text", text));

    /// <summary>ML0422: a label written without its colon (<c>時  間 中華民國…</c>), read as the field; the record writes the colon.</summary>
    public void ImportColonAdded(string label) => Say("ML0422", "", ("label", label));

    /// <summary>
    /// ML0425: a decision's verb (<paramref name="verb"/>: 同意解列, 持續列管…) in <paramref name="where"/> (the 決議, the 裁示…)
    /// that import cannot give to one case (<paramref name="why"/>: the item names none, or several): no event is written, and a
    /// <c>//</c> line in the record marks the place (Import/EventInference).
    /// </summary>
    public void ImportDecisionNotAttributed(string verb, Phrase where, Phrase why) => Say("ML0425", "", ("verb", verb), ("where", where), ("why", why));

    /// <summary>
    /// ML0423: a layout directive <c>@<paramref name="name"/></c> (<c>@無冒號</c>, <c>@紀錄同行</c>, <see cref="Semantics.RecordLayout"/>)
    /// that changes nothing in the print; <paramref name="form"/> says why (label, no-part, between, lines-below),
    /// <paramref name="label"/> the label or part named.
    /// </summary>
    public void LayoutChangesNothing(string form, string name, string label) => Say("ML0423", form, ("name", name), ("label", label));
    // ML0010–ML0014, ML0115–ML0116: indentation and wrapped lines (grammar/GUIDE.md, "Wrapped lines" and "Indentation mistakes")

    /// <summary>ML0010: <paramref name="indent"/> and <paramref name="others"/> name the kinds of space (tabs / 定位字元…); <paramref name="width"/> in columns.</summary>
    public void MixedIndentation(Phrase indent, Phrase others, int width) =>
        Say("ML0010", "", ("indent", indent), ("others", others), ("column", width + 1));

    /// <summary>ML0011: <paramref name="read"/> is where the line nests as read, <paramref name="otherwise"/> where it would with the other reading of the spaces.</summary>
    public void AmbiguousIndentation(Phrase indent, Phrase others, int width, Phrase read, Phrase otherwise) =>
        Say("ML0011", "", ("indent", indent), ("others", others), ("column", width + 1), ("read", read), ("otherwise", otherwise));

    /// <summary>
    /// ML0011 for a line indented only with <paramref name="indent"/> (full-width spaces or tabs, <paramref name="width"/>
    /// columns as read) that at the left margin would be <paramref name="atMargin"/>: read as nested under line
    /// <paramref name="parentLine"/>, or, the space counted as nothing, at the top level (Parsing/IndentationChecker).
    /// </summary>
    public void StraySpaceBeforeTheMargin(Phrase indent, bool tab, int width, int parentLine, Phrase atMargin) =>
        Say("ML0011", "stray", ("indent", indent), ("column", width + 1), ("parentLine", parentLine), ("atMargin", atMargin),
            ("space", tab ? new Phrase("tab", "定位字元") : new Phrase("full-width space", "全形空格")));

    public void IndentJumpsLevel(int width, int parentWidth, int step) => Say("ML0012", "", ("more", width - parentWidth), ("step", step));

    public void IndentBetweenLevels(int width, int parentWidth, int siblingWidth, int parentLine, int siblingLine) =>
        Say("ML0013", "", ("width", width), ("parentLine", parentLine), ("parentWidth", parentWidth), ("siblingLine", siblingLine), ("siblingWidth", siblingWidth));

    public void ListAtFieldIndent(string label) => Say("ML0014", "", ("label", label));

    /// <summary>ML0115: <paramref name="what"/> is the line above (list item / 清單項目, field / 欄位…).</summary>
    public void ContinuationAtMarker(Phrase what) => Say("ML0115", "", ("what", what));

    /// <summary>ML0116: <paramref name="where"/> is the line the '\' ends.</summary>
    public void BreakThatBreaksNothing(Phrase where) => Say("ML0116", "", ("where", where));

    /// <summary>
    /// ML0020 (Parsing/MarginLineChecker), at a text line at the left margin right after <paramref name="what"/> (list item /
    /// 清單項目, part '時間' / 「時間」部分…) whose text (without marker or label) is <paramref name="above"/> (quoted, cut to 40 characters).
    /// </summary>
    public void WrappedToMargin(Phrase what, string above) => Say("ML0020", "", ("what", what), ("above", above));

    // ML0131–ML0139, ML0234–ML0239: how a series numbers and names its meetings (issue 12 §1, §3; Semantics/MeetingScheme)

    /// <summary>ML0131 in the catalog's form <paramref name="form"/> (numbering, extra, placeholder, placeholder.numbering, no-number).</summary>
    public void UnreadableScheme(string form, params (string Name, object? Value)[] arguments) => Say("ML0131", form, arguments);

    /// <summary>ML0235 at the <c>@meeting</c> line of a record whose id another record of the series has (<paramref name="other"/>, its file name).</summary>
    public void MeetingIdTwice(string id, string other) => Say("ML0235", "", ("id", id), ("other", other));

    /// <summary>ML0132: a 臨時會 id where <paramref name="wrong"/> (the series has none, or numbers them otherwise); <paramref name="example"/> the hint.</summary>
    public void ExtraMeetingOutsideScheme(string id, Phrase wrong, int line, Phrase example) =>
        Say("ML0132", "extra", ("id", id), ("wrong", wrong), ("line", line), ("example", example));

    /// <summary>ML0132: the series numbers its meetings <paramref name="numbering"/>, the id <paramref name="id"/> is numbered <paramref name="idNumbering"/>.</summary>
    public void MeetingOutsideScheme(string id, Phrase numbering, Phrase idNumbering, int line, Phrase example) =>
        Say("ML0132", "", ("id", id), ("numbering", numbering), ("idNumbering", idNumbering), ("line", line), ("example", example));

    public void MeetingWithoutNumber() => Say("ML0133", "");

    public void TitleNotInForm(string form, string? composed) => Say("ML0234", composed is null ? "" : "composed", ("form", form), ("composed", composed));
}
