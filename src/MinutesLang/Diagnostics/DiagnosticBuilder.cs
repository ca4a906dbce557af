using MinutesLang.Text;

namespace MinutesLang.Diagnostics;

/// <summary>
/// The diagnostic catalog: one factory method per code. Codes are stable and never reused;
/// <see cref="DiagnosticCatalog"/> lists them all with their documentation.
/// </summary>
public readonly struct DiagnosticBuilder(DiagnosticBag bag, SourceText source, TextSpan span)
{
    private void Report(string code, string message, string? hint = null) =>
        bag.Add(new Diagnostic(code, DiagnosticCatalog.Get(code).Severity, message, source, span, hint));

    // ML00xx: text and syntax
    public void InvalidUtf8() => Report("ML0001", "the file is not valid UTF-8 here: the byte cannot be decoded", "save the file as UTF-8");

    public void NulCharacter() => Report("ML0002", "NUL character in the text (is this a binary file?)");

    public void DirectiveNameExpected() => Report("ML0003", "'@' must be followed by a directive name", @"write \@ to start a paragraph with '@'");

    public void MarkerNotAtMargin(string what) => Report("ML0004", $"a {what} must start at the left margin");

    public void UnterminatedCaseLink() => Report("ML0005", "case link '[[' is not closed with ']]' on this line");

    public void EmptyCaseId() => Report("ML0006", "case link has no case id", "write [[id]] or [[id|wording]]");

    public void BinaryFile() => Report("ML0007", "this is not a text file (it holds many control characters)");

    public void OrphanIndent() => Report("ML0008", "this line is indented but nothing above it can hold it");

    public void NestingTooDeep(int max) => Report("ML0009", $"lines are nested more than {max} levels deep; deeper lines are kept at that level");

    // ML01xx: record semantics
    public void MissingMeeting() => Report("ML0100", "record has no '@meeting YEAR-N' directive", "add '@meeting 114-1' as the first line");

    public void UnknownCase(string id, string? nearest) =>
        Report("ML0101", $"unknown case id '{id}'", nearest is null ? "declare it with '@case' in series.minutes" : $"did you mean '{nearest}'?");

    public void UnparsableDate(string text) => Report("ML0102", $"cannot read a date and time in '{text}'", "write this meeting's date and time in the form '○○○ 年 ○ 月 ○ 日（星期○）上午 ○ 時' (a day that the month has), each ○ a figure");

    /// <summary>ML0103: <paramref name="written"/> as the writer put it (星期五, 週五, （五）); <paramref name="fix"/> the same form with the right day.</summary>
    public void WeekdayMismatch(string written, string expected, string date, string? fix = null) =>
        Report("ML0103", $"{date} is a {expected}, not {written}", $"write {fix ?? $"（{expected}）"}");

    public void UnknownDirective(string name) => Report("ML0104", $"unknown directive '@{name}'");

    public void DuplicateCase(string id) => Report("ML0105", $"case '{id}' is declared more than once");

    /// <summary>ML0106: the directive <paramref name="name"/> lacks <paramref name="expected"/>; <paramref name="hint"/> says what to write, in the directive's own form.</summary>
    public void DirectiveArgument(string name, string expected, string hint) => Report("ML0106", $"'@{name}' needs {expected}", hint);

    public void UnknownListStyle(string style) => Report("ML0107", $"unknown list style '{style}'", "use one of 一、 (一) （一） 1. (1) 1、 甲、");

    public void ProgressRowWithoutCase() => Report("ML0108", "a row of '@列管表' must start with a case link '- [[id]]'");

    /// <summary>ML0109, at the start of the <c>@meeting</c> line (the title goes below it) when there is one.</summary>
    public void MissingTitle(bool belowMeeting = true) => Report("ML0109", "record has no title line '# …'",
        belowMeeting ? "write the title of the minutes on the line below '@meeting': '# 114 年度…第 N 次…會議紀錄'" : "write the title of the minutes, '# 114 年度…第 N 次…會議紀錄', after '@meeting'");

    public void UnparsableTime(string text) => Report("ML0110", $"cannot read a time in '{text}'", "write the time in the form '上午 ○ 時 ○ 分' or '○○ 時 ○○ 分' (24-hour), each ○ a figure");

    public void DirectiveMisplaced(string name, string where) => Report("ML0111", $"'@{name}' is not allowed {where}");

    public void UnknownCity(string name) => Report("ML0112", $"'{name}' is not a member city", "use 臺北市, 新北市, 基隆市 or 桃園市");

    public void Duplicate(string what) => Report("ML0113", $"the record has a second {what}; the first one counts", "remove one of them");

    // ML02xx: the series validator (src/MinutesLang/Validation)
    public void CaseNotCarriedOver(string id, string previous, string current) =>
        Report("ML0200", $"case '{id}' was open after {previous} but {current} does not report it", $"add '@列管 {id}' (or '@解列 {id}') where {current} reports on its cases");

    public void CaseBeforeEstablished(string id, string what) =>
        Report("ML0201", $"case '{id}' is {what} before it was established or introduced", $"record how it entered the series first: '@成案 {id} 同意：…', '@交辦 {id}' or '@併入 {id}'");

    public void ClosedCaseTracked(string id, string closedAt, string how) =>
        Report("ML0202", $"case '{id}' was {how} at {closedAt} and is tracked again without being re-established", $"establish it again with '@成案 {id} 同意：…' or correct the event");

    public void DelistingDecisionMissing(string id, string proposedAt, string level, string current) =>
        Report("ML0203", $"delisting of case '{id}' was proposed{level} at {proposedAt}, but {current} neither records the decision nor says it is pending", $"write '@解列 {id}' when it was decided, or repeat '@提請解列 {id}' while it is pending");

    public void MissingMeeting(string what) => Report("ML0204", what, "carry-over checks resume after the gap");

    public void Consent(string message, string? hint) => Report("ML0210", message, hint);

    public void HostDisagrees(string written, string expected, string when) =>
        Report("ML0220", $"the text names {written} as host for {when}, but the rotation table gives {expected}", $"write {expected}, or correct @rotation in series.minutes");

    public void HostDoesNotAlternate(string host, string previous) =>
        Report("ML0221", $"{host} hosts this meeting and also hosted the previous one ({previous}); a bilateral series alternates", null);

    public void YearsDisagree(string message, string hint) => Report("ML0230", message, hint);

    public void ClosingNotAfterOpening(string end, string start) =>
        Report("ML0231", $"the meeting closes at {end}, which is not after it opened ({start})", "check 時間 and 散會");

    /// <summary>
    /// ML0231 for a range of times in 時間 (<c>21:00-19:00</c>): its end, the planned closing time <paramref name="end"/>,
    /// is not after the opening time <paramref name="start"/>.
    /// </summary>
    public void PlannedClosingNotAfterOpening(string end, string start) =>
        Report("ML0231", $"the meeting is planned to close at {end}, which is not after it opens ({start})", "check the two times of the range in 時間");

    public void OutOfDateOrder(string id, string date, string previous, string previousDate) =>
        Report("ML0232", $"meeting {id} is dated {date}, before meeting {previous} ({previousDate})", "check the dates and the @meeting numbers");

    public void MeetingNumberDisagrees(string message, string hint) => Report("ML0233", message, hint);

    public void CountDisagrees(string written, int counted, string what) =>
        Report("ML0240", $"the text says {written} but {counted} {what}", "correct the number or the cases named");

    public void ReviewedRecordNotPrevious(string named, string previous) =>
        Report("ML0241", $"the record reviewed is {named}, but the previous record of the series is {previous}", $"review {previous}");

    public void WordingDrifts(string id, string wording, string nearest) =>
        Report("ML0250", $"'{wording}' is not how case '{id}' is titled", $"did you mean '{nearest}'? (or declare the wording as a 別名 of '{id}')");

    public void PlatformMisspelt(string written, string name) =>
        Report("ML0251", $"'{written}' looks like a misspelling of the platform name '{name}'", $"write '{name}'");

    public void RecordForMinutes() => Report("ML0252", "'記錄' is the verb (to record); the minutes are '紀錄'", "write 紀錄");

    public void ReportYear(string label, int year, int meetingYear) =>
        Report("ML0253", $"the progress report is labelled {label} ({year}) in a meeting of {meetingYear}", null);
    /// <summary>ML0254: case <paramref name="id"/>, open after <paramref name="previous"/>, is linked in <paramref name="current"/> without an event.</summary>
    public void LinkedCaseWithoutEvent(string id, string previous, string current) =>
        Report("ML0254", $"case '{id}' is linked here but given no event: it was open after {previous}, so {current} must say what became of it (missing: @列管, @常態, @提請解列, @解列 or @移轉)",
            $"add '@列管 {id}' on the line below if it stays tracked (or '@解列 {id}' if it was delisted, '@提請解列 {id} 層級：…' if delisting is proposed)");

    // ML05xx: configuration (minutesconfig.json) and suppression comments
    public void InvalidConfig(string problem, string? hint = null) => Report("ML0500", problem, hint);

    public void SuppressionWithoutReason(string code, bool colonMissing = false) =>
        Report("ML0501", colonMissing ? $"the suppression of {code} has no ':' before its reason, so it does not apply" : $"the suppression of {code} gives no reason, so it does not apply",
            $"write '// minutes-disable-next-line {code}: why the finding is wrong here'");

    public void SuppressionOfUnknownCode(string code, string? nearest) =>
        Report("ML0502", code.Length == 0 ? "the suppression names no diagnostic code" : $"the suppression names '{code}', which is not a diagnostic code",
            nearest is null ? "write '// minutes-disable-next-line ML0103: reason'" : $"did you mean '{nearest}'?");

    public void SuppressionOfSeveralCodes(string codes) =>
        Report("ML0502", $"the suppression names several codes ('{codes}'); it does not apply", "write one '// minutes-disable-next-line CODE: reason' line per code");

    public void UnusedSuppression(string code) => Report("ML0503", $"nothing on the next line raises {code}, so this suppression suppresses nothing", "remove the comment");
    // ML03xx: rendering
    public void TemplateError(string message, bool builtIn = false) => Report("ML0300", $"template error: {message}",
        builtIn ? "a template built into minutes: please report it; meanwhile copy it into a folder, fix it there and pass --template-dir"
                : "fix the template, or remove it from --template-dir to use the default");

    /// <summary>ML0320: the machine has no font for Traditional Chinese, so a pdf would print <paramref name="character"/> and every other as an empty box (see <see cref="MinutesLang.Rendering.FontCheck"/>).</summary>
    public void NoChineseFont(string character) => Report("ML0320", $"no font on this machine can print '{character}' (fontconfig lists none for zh-tw): the pdf would show empty boxes",
        $"install a Kai font (Debian/Ubuntu: apt-get install {MinutesLang.Rendering.Fonts.DebianPackages}), or fonts-noto-cjk; 'fc-list :lang=zh-tw' lists what is installed");
    // ML0321–ML0323: the page-number form of series.minutes (頁碼 of @series; Rendering/PageNumbers.FromNotation)

    /// <summary>ML0321: the form <paramref name="form"/> has no N, so no page would carry its own number.</summary>
    public void PageNumberFormWithoutPage(string form) => Report("ML0321",
        form.Length == 0 ? "the page-number form is empty: no page would carry its number" : $"the page-number form '{form}' has no N: no page would carry its own number",
        "write N where the page's number goes and M for the number of pages, as 第 N 頁，共 M 頁 (the default) or - N -");

    /// <summary>ML0322: <paramref name="letter"/> (N, the page's number, or M, the number of pages) stands <paramref name="count"/> times in the form.</summary>
    public void PageNumberTwice(string form, char letter, int count) => Report("ML0322",
        $"the page-number form '{form}' has {letter} {count} times: {(letter == 'N' ? "the page's number" : "the number of pages")} is printed once",
        "keep one N and at most one M; a capital N or M that is part of a word (No., Page) is text, not a number");

    /// <summary>ML0323: the form, printed with numbers of two digits, is <paramref name="ems"/> characters wide, over <paramref name="limit"/>.</summary>
    public void PageNumberFormTooLong(string form, double ems, double limit) => Report("ML0323",
        $"the page-number form '{form}' is {ems.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture)} characters wide, more than the {limit.ToString("0", System.Globalization.CultureInfo.InvariantCulture)} of a footer line: it would wrap under the page",
        "shorten it, as 第 N 頁，共 M 頁 or - N -");

    // ML04xx: import (defects of the original, and what the importer could not understand)
    public void OrdinalTwice(string ordinal, int previousLine) =>
        Report("ML0400", $"the original uses the ordinal {ordinal} a second time (first on line {previousLine})", "the notation numbers from the structure: the imported record is renumbered");

    public void OrdinalSkipped(string ordinal, string missing) =>
        Report("ML0401", $"the original skips {missing} before {ordinal}", "the notation numbers from the structure: the imported record is renumbered");

    public void OrdinalOutOfOrder(string ordinal, string expected) =>
        Report("ML0402", $"the original has {ordinal} where {expected} was expected");

    /// <summary>ML0403: as <see cref="WeekdayMismatch"/>, for an original being imported.</summary>
    public void ImportWeekdayMismatch(string written, string expected, string date, string? fix = null) =>
        Report("ML0403", $"{date} is a {expected}, but the original says {written}", $"the record keeps it as published, a '// minutes-disable-next-line ML0103' line above it; if the date is right, correct it to {fix ?? $"（{expected}）"} and delete that line");

    public void KeptVerbatim(string why) => Report("ML0404", $"kept verbatim: {why}", "review this text in the imported record");

    public void ImportUnreadableDate(string text) => Report("ML0405", $"cannot read a date in '{text}'", "write the date as 114 年 3 月 7 日, 2025-03-07 or 114.3.7; check the imported record");

    // ML0410–ML0414: documents the importer refuses to read (ImportReader under DocumentLimits); the message names the part and position
    public void NotADocument(string why, string? hint = null) => Report("ML0410", why, hint ?? "import a .docx or .odt saved by a word processor, or a plain text");

    public void DocumentTooDeep(string why) => Report("ML0411", why, "no word processor nests a document this deep: it was refused unread");

    public void DocumentNumberOutOfRange(string why) => Report("ML0412", why, "save the document again from its word processor");

    public void DocumentTooLarge(string why) => Report("ML0413", why, "a record's document is a few hundred kilobytes: this one was refused unread");

    public void DocumentTooMuchText(string why) => Report("ML0414", why, "split the document, or check that it is the one you meant");

    // ML0415: control characters of an original (ML0030–ML0032 to check) left out of the imported record, each run reported
    public void ControlCharacterLeftOut(string what) =>
        Report("ML0415", $"left out {what}: check would reject it in the record (ML0030–ML0032)", "nothing else of the line was changed; check the imported record where the original showed it");

    // ML0114: {{…}} placeholders (written by 'minutes new')
    // ML0120–ML0129: record semantics (issue 11)

    /// <summary>
    /// ML0120: a part that <c>必備</c> in series.minutes (or its default, 標題、時間) requires is missing; <paramref name="above"/>: the span is the line it goes above, else below.
    /// The hint gives the form of the line with blanks (○, the blank of official forms), never a value of another record.
    /// </summary>
    public void MissingPart(string name, IReadOnlyList<string> required, bool above) =>
        Report("ML0120", $"the record has no part '{name}'{(name == "時間" ? " (the date of the meeting)" : "")}; the series requires {string.Join("、", required)}",
            $"add '* {name}：{(name == "時間" ? "○○○ 年 ○ 月 ○ 日（星期○）上午 ○ 時" : "…")}' {(above ? "above" : "below")} this line, with this meeting's {(name == "時間" ? "date and time" : "own text")} in place of {(name == "時間" ? "each ○" : "'…'")} (or change '必備' of @series in series.minutes)");

    public void Unfilled(string name, bool unclosed) =>
        Report("ML0114", $"待填：{(name.Length == 0 ? "（未命名）" : name)} — this part is for the writer to fill in{(unclosed ? " (the placeholder is not closed with '}}')" : "")}",
            unclosed ? "write the record's text in place of the placeholder, up to the end of the line" : $"replace '{{{{{name}}}}}' with the record's text");

    // ML0030–ML0034: characters that do not print (src/MinutesLang/Parsing/ControlCharacters.cs)
    public void ControlCharacter(string names, int count) =>
        Report("ML0030", count == 1 ? $"control character {names} in the text: it does not print, and a terminal or editor may act on it" : $"{count} control characters ({names}) in the text: they do not print, and a terminal or editor may act on them",
            "delete it, or write the character it stands for (a space, a line break)");

    public void TerminalEscape(string shown) =>
        Report("ML0031", $"terminal escape sequence '{shown}' in the text: shown in a terminal, it would recolour, move or rewrite what is displayed", "delete the sequence; it is not part of the minutes' text");

    public void BidiControl(string name) =>
        Report("ML0032", $"bidirectional control character {name} in the text: it can make the text display other than it reads", "delete it; the minutes are written left to right");

    /// <summary>
    /// ML0033 (a warning): a run of <paramref name="count"/> invisible characters (<paramref name="names"/>: zero-width space,
    /// non-joiner, joiner, word joiner, direction marks, a byte-order mark after the start), which make two labels, ids or
    /// titles that look alike differ (issue 13 §5; <c>ControlCharacters</c>).
    /// </summary>
    public void InvisibleCharacter(string names, int count) =>
        Report("ML0033", count == 1 ? $"invisible character {names} in the text: it does not show, so two words that look alike can differ by it (a label, a case id, a title)" : $"{count} invisible characters ({names}) in the text: they do not show, so two words that look alike can differ by them (a label, a case id, a title)",
            "delete it (fmt leaves it, since it is not white space)");

    // ML0310–ML0314: render limits (src/MinutesLang/Rendering/RenderLimits.cs)
    public void OutputLimit(string format, int limit) =>
        Report("ML0310", $"the {format} output of this record would pass {limit.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} characters, the limit for a record of its size; nothing was written",
            "a template that repeats its output without end: fix it; a record this large: split it into several records");

    public void PartNotWellFormed(string part, int line, int column, string reason) =>
        Report("ML0311", $"the template wrote a {part} that is not well-formed XML ({reason.TrimEnd('.')}; line {line}, column {column} of the part); nothing was written",
            "escape record text with escape_xml and close every element the template opens");
    // ML0015–ML0019: near-miss constructs and hand-typed ordinals (Parsing/NearMissChecker): read as the
    // writer meant them, reported with the fix; fmt repairs ML0015–ML0017
    public void MarkerWithoutSpace(string marker, string what) =>
        Report("ML0015", $"'{marker}' is read as the {what} marker, but it has no space after it", $"write '{marker} ' (minutes fmt adds the space); to start a text line with '{marker}', write '\\{marker}'");

    public void FullWidthMarker(string written, string marker, string what, bool repaired) =>
        Report("ML0016", $"the full-width '{written}' is read as the {what} marker '{marker}'",
            repaired ? $"write '{marker}' (minutes fmt does)" : $"write '{marker}' at the left margin, or '\\{written}' to keep the character as text");

    public void FullWidthSpaceAfterMarker(string marker) =>
        Report("ML0017", $"a full-width space after '{marker}' is read as the space after the marker", $"write '{marker} ' with an ASCII space (minutes fmt does)");

    public void FullWidthPunctuation(string written, string meant, string what) =>
        Report("ML0018", $"'{written}' is not the notation's {what} and is printed as text", $"write '{meant}'");

    public void HandTypedOrdinal(string ordinal, string message, string hint) =>
        Report("ML0019", $"hand-typed ordinal '{ordinal}': {message}", hint);

    // ML0117–ML0118: names one character off the ones the binder knows (Semantics/NearMiss), read as meant
    public void MisspeltLabel(string written, string meant) =>
        Report("ML0117", $"the label '{written}' is read as '{meant}', which it misspells", $"write '{meant}'");

    /// <summary>
    /// ML0119: a label one character off two or more labels with a meaning (<see cref="Semantics.NearMiss.LabelCandidates"/>),
    /// read as none of them: the field keeps the label as written. <paramref name="written"/> is the label as typed (spaces kept).
    /// </summary>
    public void AmbiguousLabel(string written, IReadOnlyList<string> candidates)
    {
        string names = string.Join(", ", candidates.SkipLast(1).Select(c => $"'{c}'")) + $" and '{candidates[^1]}'";
        string choices = string.Join(" or ", candidates.Select(c => $"'{c}'"));
        Report("ML0119", $"the label '{written}' is one character from {names}, so it is read as none of them: the field keeps the label '{written}'",
            $"write the one you mean: {choices}");
    }

    public void MisspeltDirective(string written, string meant) =>
        Report("ML0118", $"unknown directive '@{written}' is read as '@{meant}', which it misspells", $"write '@{meant}'");
    /// <summary>
    /// ML0121 (a warning): a time whose 上午/下午/中午/晚上 contradicts its hour (<see cref="Parsing.ClockTime.MeridiemContradicts"/>):
    /// <paramref name="written"/> as typed, with its two readings; neither is chosen, and ML0231 does not compare it.
    /// </summary>
    public void MeridiemContradictsHour(string written, Parsing.ClockTime time)
    {
        var (twelve, twentyFour) = time.Readings;
        Report("ML0121", $"'{written}': {time.Meridiem} does not go with the hour {time.Hour}, so the time reads as either {twelve} or {twentyFour}; neither is assumed (the closing time is not compared with it)",
            $"write the one you mean: '{twelve}' or '{twentyFour}'");
    }

    /// <summary>
    /// ML0124 (a warning): text of a 時間 or 日期 value after what the value grammar read (<see cref="Parsing.DateTimeValue.Unread"/>):
    /// <paramref name="unread"/> as written, <paramref name="read"/> what the value was read as (2011-05-10 19:00–21:00). The text
    /// is printed as written; the record's date and times are those read, and nothing of the unread text is guessed.
    /// </summary>
    public void ValueTextNotRead(string unread, string read) =>
        Report("ML0124", $"'{unread}' is not read as part of the date and time: the value reads as {read}, and the rest is printed as written but not understood",
            "write the time in a form the value grammar reads (上午 10 時, 14:30, 下午2時至4時, 19:00-21:00), or move the other words to a line of their own");

    /// <summary>
    /// ML0122 (a warning): a part a record holds once (時間/日期, 地點, 主席, 紀錄, 散會) written a second time at the top level;
    /// <paramref name="first"/> is the value of the first one, quoted (cut after 20 characters) to point at it.
    /// </summary>
    public void PartWrittenTwice(string name, string first)
    {
        string quoted = first.Length > 20 ? first[..20] + "…" : first;
        Report("ML0122", $"the part '{name}' is written a second time; a record has one {name}, and the first one above reads '{quoted}'",
            $"keep one of them: merge this line into the first '{name}' above, or delete the one that is wrong");
    }

    /// <summary>
    /// ML0123 (a warning): a list item at the left margin right after the list of the part <paramref name="part"/>
    /// (<see cref="Semantics.MarginItem"/>): it is printed as a list of its own outside the part.
    /// </summary>
    public void ItemAtMarginAfterPart(string part) =>
        Report("ML0123", $"this item is at the margin, outside the part '{part}' above; it is printed as a list of its own, numbered from 一、 again",
            "indent it to continue that part's list (minutes fmt does not move it)");

    // ML0130: meeting ids of any body (issue 12)
    public void MeetingNumberOutOfRange(string id, int max) =>
        Report("ML0130", $"the meeting number in '{id}' is out of range: a meeting is numbered from 1 to {max:N0}", "check the number of the meeting (第 N 次)");

    // ML0420–ML0429: what the importer could not find in the original (issue 12)
    public void ImportNoMeetingNumber(string what) =>
        Report("ML0420", $"no meeting number in the original: {what}", "write the meeting's number (第 N 次) in the title, or the @meeting id of the imported record by hand");

    /// <summary>ML0421: a page number, footer (<c>- 3 -</c>, <c>第 2 頁，共 5 頁</c>, <c>3/5</c>) or running header (a line repeated at the top of pages) of the original, left out of the record (kept as a comment).</summary>
    public void ImportPageFurnitureLeftOut(string text, bool runningHeader) =>
        Report("ML0421", $"left out '{text}': {(runningHeader ? "a running header, repeated at the top of a page" : "a page number or footer")}, not a part of the minutes", "the imported record keeps it as a // comment; nothing else of the page was changed");

    /// <summary>ML0422: a label written without its colon (<c>時  間 中華民國…</c>), read as the field; the record writes the colon.</summary>
    public void ImportColonAdded(string label) =>
        Report("ML0422", $"the label {label} has no colon in the original: it is read as the field {label}, printed without a colon as the original prints it ('@無冒號 {label}')", $"if the line is text, not the field {label}, write it in the record as text without the colon and take {label} out of '@無冒號'");

    /// <summary>ML0423: a layout directive (<c>@無冒號</c>, <c>@紀錄同行</c>, <see cref="Semantics.RecordLayout"/>) that changes nothing in the print.</summary>
    public void LayoutChangesNothing(string message, string hint) => Report("ML0423", message, hint);
    // ML0010–ML0014, ML0115–ML0116: indentation and wrapped lines (grammar/GUIDE.md, "Wrapped lines" and "Indentation mistakes")
    public void MixedIndentation(string indent, string others, int width) =>
        Report("ML0010", $"this line is indented with {indent}, the other lines of this part with {others} (a tab counts 4 columns, a full-width space 2, a space 1: this line starts at column {width + 1})",
            "indent with spaces only, two per level; 'minutes fmt' rewrites the indentation");

    public void AmbiguousIndentation(string indent, string others, int width, string read, string otherwise) =>
        Report("ML0011", $"this line is indented with {indent}, the other lines of this part with {others}; counting a tab as 4 columns and a full-width space as 2 (column {width + 1}), {read}, but {otherwise}",
            "indent it with the same spaces as the lines it stands beside; 'minutes fmt' leaves the file until the nesting is clear");

    /// <summary>
    /// ML0011 for a line indented only with <paramref name="indent"/> (full-width spaces or tabs, <paramref name="width"/>
    /// columns as read) that at the left margin would be <paramref name="atMargin"/>: read as nested under line
    /// <paramref name="parentLine"/>, or, the space counted as nothing, at the top level (Parsing/IndentationChecker).
    /// </summary>
    public void StraySpaceBeforeTheMargin(string indent, int width, int parentLine, string atMargin) =>
        Report("ML0011", $"this line is indented with {indent} only, unlike the other indented lines of the record: counting a tab as 4 columns and a full-width space as 2 (column {width + 1}), this line belongs to line {parentLine}, but with the {(indent.Contains("tab") ? "tab" : "full-width space")} counted as nothing (typed before a line at the left margin), it is {atMargin} at the top level",
            $"delete the {(indent.Contains("tab") ? "tab" : "full-width space")} if the line stands at the left margin, or indent it with spaces, two per level, if it belongs to line {parentLine}; 'minutes fmt' leaves the file until the nesting is clear");

    public void IndentJumpsLevel(int width, int parentWidth, int step) =>
        Report("ML0012", $"this line is indented {width - parentWidth} columns more than the line it belongs to, where one level is {step}; it is read as one level below that line",
            "indent it one level (two spaces) below the line it belongs to; 'minutes fmt' rewrites the indentation");

    public void IndentBetweenLevels(int width, int parentWidth, int siblingWidth, int parentLine, int siblingLine) =>
        Report("ML0013", $"this line is indented {width} columns: more than line {parentLine} ({parentWidth}) and less than line {siblingLine} ({siblingWidth}), between two levels; it is read as beside line {siblingLine}",
            $"indent it like line {siblingLine} to stand beside it ('minutes fmt' does it), or like line {parentLine} to stand beside that");

    public void ListAtFieldIndent(string label) =>
        Report("ML0014", $"list items at the indentation of '{label}：', whose value is empty: they are read as the list of '{label}'",
            $"indent the items below '{label}：'; 'minutes fmt' does it");

    public void ContinuationAtMarker(string what) =>
        Report("ML0115", $"this line is at the column of the {what} above and continues its text (no blank line between): it is joined to it",
            "indent it under the text it continues ('minutes fmt' does it), or leave a blank line before it to start a paragraph");

    public void BreakThatBreaksNothing(string where) =>
        Report("ML0116", $"'\\' at the end of a line breaks the line only inside a paragraph, before another of its lines; here ({where}) it breaks nothing and is printed as written",
            "remove the '\\', or write '\\\\' for a backslash at the end of a line");

    // ML0131–ML0139, ML0234–ML0239: how a series numbers and names its meetings (issue 12 §1, §3; Semantics/MeetingScheme)
    public void UnreadableScheme(string what, string hint) => Report("ML0131", what, hint);

    public void MeetingOutsideScheme(string what, string hint) => Report("ML0132", what, hint);

    /// <summary>ML0235 at the <c>@meeting</c> line of a record whose id another record of the series has (<paramref name="other"/>, its file name).</summary>
    public void MeetingIdTwice(string id, string other) =>
        Report("ML0235", $"'@meeting {id}' is also the id of {other}: two records of the series cannot be one meeting", "correct the id of one of them (the next number of the series, or a 臨時會), or remove the copy");

    public void MeetingWithoutNumber() =>
        Report("ML0133", "'@meeting 無': the record holds no meeting number and no date; it is valid, but left out of the order of the series (gaps, carry-over, the register)",
            "write the meeting's id when it is known: '@meeting 114-1', '@meeting 560', '@meeting 11-2-5' or its date '@meeting 2025-03-07'");

    public void TitleNotInForm(string form, string? composed) =>
        Report("ML0234", $"the title is not in the form the series declares (題名：{form})", composed is null ? "write the title in the declared form, or correct 題名 in series.minutes" : $"write '# {composed}', or correct 題名 in series.minutes");
}
