using MinutesLang.Diagnostics;
using MinutesLang.Parsing;
using MinutesLang.Syntax;
using MinutesLang.Text;

namespace MinutesLang.Semantics;

/// <summary>
/// Two writer's mistakes in the parts a record holds once, found by <see cref="RecordBinder"/> at the top level of a record:
/// a part written twice (ML0122) and a time whose 上午/下午/中午/晚上 contradicts its hour (ML0121).
/// </summary>
internal static class OnceOnly
{
    /// <summary>
    /// The parts a record holds once (<see cref="Record.Date"/>, <see cref="Record.Start"/>, <see cref="Record.End"/>,
    /// <see cref="Record.Place"/>, <see cref="Record.Chair"/>, <see cref="Record.Recorder"/>), by the name they are read as:
    /// 會議主席 is 主席 and 記錄 is 紀錄; 日期 and 時間 are both allowed once each (日期 beside a 時間 of the time of day).
    /// The title is ML0113's.
    /// </summary>
    private static string? Key(string? name) => name switch
    {
        "時間" or "日期" or "地點" or "散會" => name,
        "主席" or "會議主席" => "主席",
        "紀錄" or "記錄" => "紀錄",
        _ => null,
    };

    /// <summary>
    /// ML0122: the part <paramref name="name"/> (its label as read, a misspelling read as meant) on <paramref name="line"/>
    /// is reported at its label when <paramref name="seen"/> already holds it, quoting the first one's <paramref name="value"/>
    /// (not its line number: a message does not change when <c>fmt</c> moves lines); else its value is recorded.
    /// </summary>
    public static void Check(string? name, string value, LineSyntax line, Dictionary<string, string> seen, SourceText source, DiagnosticBag bag)
    {
        if (Key(name) is not { } key) return;
        if (!seen.TryGetValue(key, out var first))
        {
            seen[key] = value;
            return;
        }

        var span = line switch
        {
            PartLineSyntax { Field: { } f } => f.Label.FullSpan,
            FieldLineSyntax f => f.Field.Label.FullSpan,
            _ => line.FullSpanWithoutEol(),
        };
        bag.At(source, span).PartWrittenTwice(key, first);
    }

    /// <summary>
    /// ML0121: every time in the value at <paramref name="value"/> whose meridiem contradicts its hour
    /// (<see cref="ChineseValueGrammar.FindContradictingTimes"/>), reported at the time as written.
    /// </summary>
    public static void CheckMeridiems(TextSpan value, SourceText source, DiagnosticBag bag)
    {
        string text = source.Text.Substring(value.Start, value.Length);
        foreach (var (offset, length, time) in ChineseValueGrammar.FindContradictingTimes(text))
            bag.At(source, new TextSpan(value.Start + offset, length)).MeridiemContradictsHour(text.Substring(offset, length), time);
    }
}
