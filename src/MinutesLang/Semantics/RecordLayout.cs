using MinutesLang.Localization;
using System.Collections.Immutable;
using MinutesLang.Diagnostics;
using MinutesLang.Syntax;

namespace MinutesLang.Semantics;

/// <summary>
/// How a record's original prints its header, where a body's layout differs from the official one
/// the compiler prints by default (issue 12 §4, the importer on other bodies' layouts): two record
/// directives, written at the top level of a record (after <c>@meeting</c>), that change the
/// print and nothing else.
/// <list type="bullet">
/// <item><c>@無冒號 時間、地點、主席</c> (<c>@no-colon</c>): the parts and fields with these labels are printed
/// without a colon, the label and its value parted by a full-width space (<c>時　間　中華民國…</c>), as
/// bodies that print their header as a two-column form do.</item>
/// <item><c>@紀錄同行</c> (<c>@recorder-beside-chair</c>): the recorder (<c>紀錄：…</c>) is printed on
/// the line of the chair (<c>主席：…　　紀錄：…</c>, or <c>紀錄：…　　主席：…</c> when the record names
/// the recorder first), in the plain text too; without it the plain text prints the recorder on
/// a line of its own, as the seeds' originals do.</item>
/// </list>
/// A directive that would change nothing (a label no part of the record has, a record without a
/// chair or a recorder beside it) is ML0423 at the directive; one without its labels is ML0106.
/// </summary>
public sealed record RecordLayout
{
    /// <summary>The directive that names the labels printed without a colon.</summary>
    public const string NoColonDirective = "無冒號";

    /// <summary>The directive that prints the recorder on the chair's line.</summary>
    public const string RecorderBesideChairDirective = "紀錄同行";

    /// <summary>English names of the two directives, read as the Chinese ones.</summary>
    public static readonly IReadOnlyDictionary<string, string> EnglishNames = new Dictionary<string, string>
    {
        ["no-colon"] = NoColonDirective,
        ["recorder-beside-chair"] = RecorderBesideChairDirective,
    };

    /// <summary>The official layout: every label with its colon, the recorder on its own line in the plain text.</summary>
    public static readonly RecordLayout Official = new();

    /// <summary>The labels (without inner spaces: 時間 for <c>時　間</c>) of the parts and fields printed without a colon.</summary>
    public ImmutableHashSet<string> NoColon { get; init; } = [];

    /// <summary>The recorder is printed on the chair's line (<c>@紀錄同行</c>).</summary>
    public bool RecorderBesideChair { get; init; }

    /// <summary>A part or field labelled <paramref name="label"/> (inner spaces removed) is printed without its colon.</summary>
    public bool PrintsWithoutColon(string? label) => label is not null && NoColon.Contains(label);

    /// <summary>The name a layout directive is read as (its Chinese name), or null when <paramref name="name"/> is none.</summary>
    public static string? DirectiveName(string name) =>
        name is NoColonDirective or RecorderBesideChairDirective ? name : EnglishNames.GetValueOrDefault(name);

    /// <summary>The labels a <c>@無冒號</c> directive lists, parted by 、 ， , or white space.</summary>
    public static IReadOnlyList<string> Labels(string arguments) =>
        arguments.Split(['、', '，', ',', ' ', '\u3000', '\t'], StringSplitOptions.RemoveEmptyEntries);

    /// <summary>
    /// Binds the layout directives among a record's top-level lines, after its parts are bound:
    /// the layout they declare, with ML0106 for <c>@無冒號</c> without labels and ML0423 for a directive
    /// that changes nothing.
    /// </summary>
    /// <param name="directives">The layout directives at the top level, with the name each is read as.</param>
    /// <param name="parts">The record's parts, to find the chair and recorder.</param>
    /// <param name="tree">The record's tree, for the labels of its fields at any depth.</param>
    internal static RecordLayout Bind(IReadOnlyList<(DirectiveLineSyntax Line, string Name)> directives, IReadOnlyList<Part> parts, SyntaxTree tree, DiagnosticBag bag)
    {
        if (directives.Count == 0) return Official;
        var source = tree.Source;
        var noColon = ImmutableHashSet.CreateBuilder<string>();
        bool beside = false;
        var labels = new HashSet<string>();
        Collect(tree.Root);
        foreach (var (d, name) in directives)
        {
            var at = bag.At(source, d.FullSpanWithoutEol());
            if (name == NoColonDirective)
            {
                var listed = Labels(d.Arguments.PlainText);
                if (listed.Count == 0)
                {
                    at.DirectiveArgument(name, new("the labels printed without a colon", "不加冒號印出的欄位名稱"),
                        new("write '@無冒號 時間、地點、主席' with the labels of the parts the original prints without a colon", "請寫成「@無冒號 時間、地點、主席」，列出原稿不加冒號印出的欄位名稱"));
                    continue;
                }

                foreach (var label in listed)
                {
                    if (labels.Contains(label)) noColon.Add(label);
                    else at.LayoutChangesNothing("label", name, label);
                }
            }
            else
            {
                int chair = IndexOf(parts, IsChair), recorder = IndexOf(parts, IsRecorder);
                if (chair < 0 || recorder < 0)
                    at.LayoutChangesNothing("no-part", name, chair < 0 ? "主席" : "紀錄");
                else if (Math.Abs(chair - recorder) != 1)
                    at.LayoutChangesNothing("between", name, "");
                else if (parts[Math.Max(chair, recorder)].Content.Length > 0)
                    at.LayoutChangesNothing("lines-below", name, "");
                else
                    beside = true;
            }
        }

        return new RecordLayout { NoColon = noColon.ToImmutable(), RecorderBesideChair = beside };

        void Collect(SyntaxNode node)
        {
            if (node is FieldSyntax f) labels.Add(f.Name);
            foreach (var child in node.Children) Collect(child);
        }
    }

    /// <summary>The chair's part: 主席 or 會議主席, numbered or not.</summary>
    public static bool IsChair(Part p) => p.Label is { } l && l.EndsWith("主席", StringComparison.Ordinal);

    /// <summary>The recorder's part: 紀錄 (or 記錄) at the left margin, unnumbered.</summary>
    public static bool IsRecorder(Part p) => !p.Numbered && p.Label is "紀錄" or "記錄";

    private static int IndexOf(IReadOnlyList<Part> parts, Func<Part, bool> what)
    {
        for (int i = 0; i < parts.Count; i++)
        {
            if (what(parts[i])) return i;
        }

        return -1;
    }
}
