using System.Collections.Immutable;
using MinutesLang.Diagnostics;
using MinutesLang.Syntax;
using MinutesLang.Text;

namespace MinutesLang.Semantics;

/// <summary>
/// The parts every record of a series must have (issue 11, point 5): declared in <c>series.minutes</c> by the
/// field <c>必備</c> of <c>@series</c> (<c>必備：標題、時間、地點</c>), in the order they stand in a record.
/// <c>標題</c> is the title line <c>#</c> (ML0109 when missing); any other name is the label of a top-level
/// part or field (ML0120). Without the field, a series that declares <c>@series</c> requires what all 20 seeds
/// have and the issue names: the title and the date (<see cref="Default"/>). <c>必備：無</c> requires nothing.
/// A record outside a declared series (no series.minutes, or one without <c>@series</c>) is only required its
/// title (<see cref="Undeclared"/>), as before: there is no series to say what its records hold.
/// </summary>
public static class RequiredParts
{
    /// <summary>The field of <c>@series</c> that declares them.</summary>
    public const string Field = "必備";

    /// <summary>The name that stands for the title line <c># …</c>.</summary>
    public const string Title = "標題";

    /// <summary>The default: the title and the date part (時間, also written 日期).</summary>
    public static readonly ImmutableArray<string> Default = [Title, "時間"];

    /// <summary>What a record outside a declared series must have: its title.</summary>
    public static readonly ImmutableArray<string> Undeclared = [Title];

    /// <summary>Names one part is written with: the date 時間 or 日期, the chair 主席 or 會議主席, the recorder 紀錄 or 記錄 (ML0252).</summary>
    public static string Canonical(string label) => label switch
    {
        "日期" => "時間",
        "會議主席" => "主席",
        "記錄" => "紀錄",
        _ => label,
    };

    /// <summary>The names of a <c>必備</c> value (separated by 、 ， , or spaces; <c>無</c> for none), canonical and without repeats.</summary>
    public static ImmutableArray<string> Parse(string value)
    {
        var names = value.Split(['、', '，', ',', ' ', '\u3000'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return names is ["無"] ? [] : [.. names.Select(Canonical).Distinct()];
    }

    /// <summary>
    /// Reports each required part the record lacks, at the line where it belongs: above the first present part that
    /// the declaration puts after it, else below the last one it puts before it (the title line for the date), with
    /// a hint that says what to write. The title is reported (ML0109) at the start of the <c>@meeting</c> line, below which it goes.
    /// </summary>
    /// <param name="tree">the record's syntax tree (its source for the spans)</param>
    /// <param name="required">the names the series requires, in record order</param>
    /// <param name="parts">the top-level parts of the record in order: their canonical name and line</param>
    /// <param name="title">the title line, if any</param>
    /// <param name="meeting">the <c>@meeting</c> line, if any</param>
    /// <param name="bag">where ML0109 and ML0120 go</param>
    internal static void Check(SyntaxTree tree, ImmutableArray<string> required, IReadOnlyList<(string Name, LineSyntax Line)> parts,
        TitleLineSyntax? title, DirectiveLineSyntax? meeting, DiagnosticBag bag)
    {
        var source = tree.Source;
        int start = source.HasByteOrderMark ? 1 : 0;
        foreach (var (name, index) in required.Select((n, i) => (n, i)))
        {
            if (name == Title)
            {
                if (title is not null) continue;
                int at = meeting?.FullSpanWithoutEol().Start ?? parts.FirstOrDefault().Line?.FullSpanWithoutEol().Start ?? start;
                bag.At(source, new TextSpan(at, 0)).MissingTitle(meeting is not null);
                continue;
            }

            if (parts.Any(p => p.Name == name)) continue;
            var later = parts.FirstOrDefault(p => required.IndexOf(p.Name) > index);
            if (later.Line is not null)
            {
                bag.At(source, later.Line.FullSpanWithoutEol()).MissingPart(name, required, above: true);
                continue;
            }

            var earlier = parts.LastOrDefault(p => required.IndexOf(p.Name) is >= 0 and var i && i < index);
            LineSyntax? anchor = earlier.Line ?? (required.IndexOf(Title) is >= 0 and var t && t < index ? title : null) ?? (LineSyntax?)meeting;
            if (anchor is not null) bag.At(source, anchor.FullSpanWithoutEol()).MissingPart(name, required, above: false);
            else bag.At(source, parts.Count > 0 ? parts[0].Line.FullSpanWithoutEol() : new TextSpan(start, 0)).MissingPart(name, required, above: true);
        }
    }
}
