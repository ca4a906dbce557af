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

    public void UnparsableDate(string text) => Report("ML0102", $"cannot read a date and time in '{text}'", "write it as '114 年 3 月 7 日（星期五）上午 10 時'");

    public void WeekdayMismatch(string written, string expected, string date) =>
        Report("ML0103", $"{date} is a {expected}, not {written}", $"write （{expected}）");

    public void UnknownDirective(string name) => Report("ML0104", $"unknown directive '@{name}'");

    public void DuplicateCase(string id) => Report("ML0105", $"case '{id}' is declared more than once");

    public void DirectiveArgument(string name, string expected) => Report("ML0106", $"'@{name}' needs {expected}");

    public void UnknownListStyle(string style) => Report("ML0107", $"unknown list style '{style}'", "use one of 一、 (一) （一） 1. (1) 1、 甲、");

    public void ProgressRowWithoutCase() => Report("ML0108", "a row of '@列管表' must start with a case link '- [[id]]'");

    public void MissingTitle() => Report("ML0109", "record has no title line '# …'");

    public void UnparsableTime(string text) => Report("ML0110", $"cannot read a time in '{text}'", "write it as '上午 11 時 15 分' or '15 時 06 分'");

    public void DirectiveMisplaced(string name, string where) => Report("ML0111", $"'@{name}' is not allowed {where}");

    public void UnknownCity(string name) => Report("ML0112", $"'{name}' is not a member city", "use 臺北市, 新北市, 基隆市 or 桃園市");

    public void Duplicate(string what) => Report("ML0113", $"the record has a second {what}; the first one counts", "remove one of them");

    // ML04xx: import (defects of the original, and what the importer could not understand)
    public void OrdinalTwice(string ordinal, int previousLine) =>
        Report("ML0400", $"the original uses the ordinal {ordinal} a second time (first on line {previousLine})", "the notation numbers from the structure: the imported record is renumbered");

    public void OrdinalSkipped(string ordinal, string missing) =>
        Report("ML0401", $"the original skips {missing} before {ordinal}", "the notation numbers from the structure: the imported record is renumbered");

    public void OrdinalOutOfOrder(string ordinal, string expected) =>
        Report("ML0402", $"the original has {ordinal} where {expected} was expected");

    public void ImportWeekdayMismatch(string written, string expected, string date) =>
        Report("ML0403", $"{date} is a {expected}, but the original says {written}", $"correct the imported record to （{expected}） if the date is right");

    public void KeptVerbatim(string why) => Report("ML0404", $"kept verbatim: {why}", "review this text in the imported record");

    public void ImportUnreadableDate(string text) => Report("ML0405", $"cannot read a date in '{text}'", "the meeting id is taken from the title or the file name; check '@meeting'");
}
