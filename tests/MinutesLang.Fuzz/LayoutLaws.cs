using System.Text;
using System.Text.RegularExpressions;
using MinutesLang.Diagnostics;
using MinutesLang.Import;
using MinutesLang.Parsing;
using MinutesLang.Rendering;
using MinutesLang.Semantics;

namespace MinutesLang.Fuzz;

/// <summary>
/// The invariant of issue 12 §5: whatever layout it is given, <c>import</c> writes records that
/// <c>check</c> accepts without an error (warnings allowed) and that render back to the input's
/// text, compared on its non-white-space characters, with nothing lost but what the importer
/// reported leaving out (ML0421: page numbers and running headers) and nothing added (a label written
/// without a colon, ML0422, is printed without one: <c>@無冒號</c>). Part ordinals (壹、,
/// numbered by the compiler) and the recorder's line (placed by the layout, its name compared)
/// are set aside, as seed-compare does.
/// </summary>
internal static partial class LayoutLaws
{
    private static readonly string Templates = Path.Combine(FuzzSettings.Root, "templates");

    [GeneratedRegex("[壹貳參肆伍陸柒捌玖拾]{1,3}、")]
    private static partial Regex PartOrdinal();

    // the recorder with its colon or, printed as its original (@無冒號), without one
    [GeneratedRegex("[紀記]錄[：:]?([李林陳][小進][華美德])")]
    private static partial Regex Recorder();

    public static void ImportKeepsTheText(Input input)
    {
        var source = input.Source("layout");
        var result = Importer.Import(new ImportInput(source, false));
        Assert.NotEmpty(result.Records);
        var c = Compilation.Create(null, result.Records.Select(r => Parser.Parse(r.Text, r.FileName)));
        // a text with neither a meeting number nor a date gets no @meeting, which the importer announces (ML0420 → ML0100)
        bool noId = result.Diagnostics.Any(d => d.Code == "ML0420");
        var errors = c.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error && !(noId && d.Code == "ML0100")).Select(d => $"{d.Code} {d.Message}").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors) + "\n" + string.Join("\n----\n", result.Records.Select(r => r.Text)));
        string rendered = string.Concat(c.Records.Select(r => new TemplateRenderer(Templates, "txt").Render(new RenderModelBuilder(c.Series).Build(r))));

        // the input as the importer said it would be printed: page furniture out
        string text = source.Text;
        var edits = new List<(int At, int Length, string With)>();
        foreach (var d in result.Diagnostics)
        {
            if (d.Code == "ML0421")
            {
                int line = d.Source.GetLineColumn(d.Span.Start).Line;
                int start = source.LineStarts[line - 1], end = line < source.LineStarts.Length ? source.LineStarts[line] : text.Length;
                edits.Add((start, end - start, "\n"));
            }
        }

        var sb = new StringBuilder(text);
        foreach (var (at, length, with) in edits.OrderByDescending(e => e.At)) sb.Remove(at, length).Insert(at, with);
        var (a, ra) = Normalize(sb.ToString());
        var (b, rb) = Normalize(rendered);
        Assert.Equal(ra.Order(StringComparer.Ordinal), rb.Order(StringComparer.Ordinal));
        if (a != b)
        {
            int i = 0;
            while (i < a.Length && i < b.Length && a[i] == b[i]) i++;
            Assert.Fail($"the render differs from the text at {i}: …{a[Math.Max(0, i - 20)..Math.Min(a.Length, i + 20)]}… vs …{b[Math.Max(0, i - 20)..Math.Min(b.Length, i + 20)]}…\n{string.Join("\n----\n", result.Records.Select(r => r.Text))}");
        }
    }

    private static (string Text, List<string> Recorders) Normalize(string text)
    {
        text = string.Concat(text.TrimStart('\uFEFF').Where(ch => !char.IsWhiteSpace(ch)));
        var recorders = Recorder().Matches(text).Select(m => m.Groups[1].Value).ToList();
        text = Recorder().Replace(text, "");
        text = PartOrdinal().Replace(text, "");
        return (text, recorders);
    }
}
