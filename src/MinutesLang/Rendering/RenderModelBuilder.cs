using MinutesLang.Semantics;
using MinutesLang.Text;
using Scriban.Runtime;

namespace MinutesLang.Rendering;

/// <summary>
/// Projects a <see cref="Record"/> into the plain model the templates see (ScriptObject, arrays,
/// strings): numbering is computed here, from the structure; nothing live reaches a template.
/// </summary>
/// <remarks>
/// Besides the ordinals, the projection carries the geometry of the official layout in em
/// (one CJK character): every heading, field, list item and cell line has <c>left</c> (where its
/// text starts) and <c>hang</c> (how far its ordinal or label hangs out to the left of that), so
/// that hanging indents come out the same in html, docx and odt. <c>style</c> names the
/// (left, hang) pair; <c>indents</c> lists them all, for formats that declare paragraph styles.
/// </remarks>
public sealed class RenderModelBuilder(Series series)
{
    /// <summary>Where the content of a part, field or table starts, below its heading (em).</summary>
    public const double Step = 2;

    private readonly Dictionary<(double Left, double Hang), string> indents = [];

    /// <summary>The layout of the record being built (<c>@無冒號</c>, <c>@紀錄同行</c>).</summary>
    private RecordLayout layout = RecordLayout.Official;

    /// <summary>The printed page number, <c>{page}</c> and <c>{pages}</c> standing for this page and the count (see <see cref="PageNumbers"/>): the series' form (頁碼 of <c>@series</c>), else the official one.</summary>
    public string PageNumberForm { get; init; } = series.PageNumberForm ?? PageNumbers.Official;

    public ScriptObject Build(Record record)
    {
        indents.Clear();
        layout = record.Layout;
        var parts = new ScriptArray();
        int n = 0;
        int chair = record.Parts.IndexOf(record.Parts.FirstOrDefault(p => (p.Numbered || layout.RecorderBesideChair) && RecordLayout.IsChair(p))!);
        int recorder = record.Parts.IndexOf(record.Parts.FirstOrDefault(IsRecorder)!);
        bool beside = chair >= 0 && recorder >= 0;

        // the part whose line holds both: the chair, or with @紀錄同行 whichever of the two the record names first
        int line = layout.RecorderBesideChair && recorder >= 0 && recorder < chair ? recorder : chair, other = line == chair ? recorder : chair;
        var ordinals = new string?[record.Parts.Length]; // the other of the two is printed with its own ordinal (參、主席)
        for (int i = 0; i < record.Parts.Length; i++) ordinals[i] = record.Parts[i].Numbered ? Numbering.Part(++n) + "、" : null;
        n = 0;
        for (int i = 0; i < record.Parts.Length; i++)
        {
            var p = record.Parts[i];
            string? ordinal = p.Numbered ? Numbering.Part(++n) + "、" : null;
            string head = Head(p, layout);
            double hang = ordinal is null ? 0 : TextWidth.Ems(ordinal);
            var o = new ScriptObject
            {
                ["ordinal"] = p.Numbered ? Numbering.Part(n) : null,
                ["ordinal_text"] = ordinal ?? "",
                ["label"] = p.Label,
                ["value"] = Text(p.Value),
                ["has_colon"] = p.HasColon && !layout.PrintsWithoutColon(p.Label),
                ["head"] = head,
                ["is_recorder"] = IsRecorder(p),
                ["beside"] = beside && i == line ? ordinals[other] + Head(record.Parts[other], layout) : null,
                ["beside_chair"] = beside && i == other,
                ["blocks"] = Blocks(p.Content, new ListLevel(ListStyle.ChineseComma), Step, Outline.Part),
                ["outline"] = Outline.Part,
            };
            Place(o, hang, hang);
            parts.Add(o);
        }

        return new ScriptObject
        {
            ["id"] = record.Id,
            ["title"] = record.Title, // never made up (issue 11): no title line, no heading (ML0109 says so)
            ["title_given"] = record.Title is not null,
            ["chair"] = record.Chair,
            ["recorder"] = record.Recorder,
            ["parts"] = parts,
            ["recorder_beside_chair"] = layout.RecorderBesideChair, // @紀錄同行: the plain text prints the two on one line too
            ["indents"] = new ScriptArray(indents.Select(kv => new ScriptObject { ["style"] = kv.Value, ["left"] = kv.Key.Left, ["hang"] = kv.Key.Hang })),
            ["page_numbers"] = PageNumbers.Parts(PageNumberForm),
            ["fonts"] = new ScriptArray(Fonts.Kai.Concat(Fonts.Fallbacks)),
        };
    }

    private static bool IsRecorder(Part p) => !p.Numbered && p.Label is "紀錄" or "記錄";

    /// <summary>
    /// A part's line after its ordinal: the label as written (inner spaces kept: <c>時　間</c>), its
    /// colon, the value; a label the record prints without a colon (<c>@無冒號</c>) is parted from the
    /// value by a full-width space.
    /// </summary>
    private string Head(Part p, RecordLayout layout)
    {
        if (p.Label is null) return Text(p.Value);
        string label = p.WrittenLabel ?? p.Label;
        if (!p.HasColon) return label + Text(p.Value);
        return label + (layout.PrintsWithoutColon(p.Label) ? "\u3000" : "：") + Text(p.Value);
    }

    private string Text(Inline inline) => inline.ToText(series.TitleOf);

    /// <summary>Sets where a line starts (<paramref name="left"/>) and how far its ordinal hangs, and names the pair.</summary>
    private void Place(ScriptObject o, double left, double hang)
    {
        if (!indents.TryGetValue((left, hang), out var style)) indents[(left, hang)] = style = "I" + (indents.Count + 1);
        o["left"] = left;
        o["hang"] = hang;
        o["style"] = style;
    }

    private ScriptArray Blocks(IEnumerable<Block> blocks, ListLevel listStyle, double at, int level)
    {
        var list = blocks.ToList();
        int agendaCount = list.Count(b => b is AgendaItemBlock), agendaN = 0;
        var result = new ScriptArray();
        foreach (var b in list)
        {
            result.Add(b is AgendaItemBlock a ? Agenda(a, Numbering.Agenda(++agendaN, agendaCount), listStyle, at, level) : Block(b, listStyle, at, level));
        }

        return result;
    }

    private ScriptObject Block(Block b, ListLevel listStyle, double at, int level)
    {
        var o = b switch
        {
            ParagraphBlock p => new ScriptObject { ["kind"] = "paragraph", ["lines"] = new ScriptArray(p.Lines.Select(Text)) },
            FieldBlock f => Field(f.Label, f, listStyle, at, level, heading: false),
            AgendaItemBlock a => Agenda(a, Numbering.Agenda(1, 1), listStyle, at, level),
            ListBlock l => List(l, listStyle, at, level),
            TableBlock t => Table(t),
            ProgressTableBlock pt => Progress(pt, listStyle),
            _ => new ScriptObject { ["kind"] = "unknown" },
        };
        if (!o.ContainsKey("style")) Place(o, at, 0);
        return o;
    }

    private static ScriptObject Table(TableBlock t)
    {
        int width = t.Rows.Length == 0 ? 0 : t.Rows.Max(r => r.Length);
        return new ScriptObject
        {
            ["kind"] = "table",
            ["rows"] = new ScriptArray(t.Rows.Select(r => new ScriptArray(r))),
            ["width"] = width,
            ["cells"] = new ScriptArray(t.Rows.Select(r => new ScriptArray(r.Concat(Enumerable.Repeat("", width - r.Length))))),
        };
    }

    /// <summary>An agenda item: its subject field relabelled 案由 / 案由一 …, then its other blocks.</summary>
    private ScriptObject Agenda(AgendaItemBlock a, string subjectLabel, ListLevel listStyle, double at, int level)
    {
        var o = new ScriptObject
        {
            ["kind"] = "agenda",
            ["blocks"] = new ScriptArray(a.Content.Select((c, i) => i == 0 ? Field(subjectLabel, a.Subject, listStyle, at, level + 1, heading: true) : Block(c, listStyle, at, level + 1))),
        };
        Place(o, at, 0);
        return o;
    }

    /// <param name="heading">the subject of an agenda item (案由): a heading of outline <paramref name="level"/>; other fields are labels within it</param>
    private ScriptObject Field(string label, FieldBlock f, ListLevel listStyle, double at, int level, bool heading)
    {
        var o = new ScriptObject
        {
            ["kind"] = "field",
            ["label"] = label,
            ["colon"] = layout.PrintsWithoutColon(f.Label) ? "\u3000" : "：", // @無冒號: the label parted from its value by a full-width space
            ["value"] = Text(f.Value),
            ["heading"] = heading,
            ["outline"] = heading ? Outline.Clamp(level) : 0,
            ["blocks"] = Blocks(f.Content, listStyle, at + Step, level),
        };
        double hang = TextWidth.Ems(label + "："); // a full-width space is as wide as the colon
        Place(o, at + hang, hang);
        return o;
    }

    private ScriptObject List(ListBlock l, ListLevel inherited, double at, int level)
    {
        var style = l.Style is { } pinned ? new ListLevel(pinned) : inherited;
        var o = new ScriptObject
        {
            ["kind"] = "list",
            ["items"] = new ScriptArray(l.Items.Select((item, i) =>
            {
                string ordinal = style.Item(i + 1);
                double hang = TextWidth.Ems(ordinal);
                var io = new ScriptObject
                {
                    ["ordinal"] = ordinal,
                    ["text"] = Text(item.Text),
                    ["outline"] = Outline.Clamp(level + 1),
                    ["blocks"] = Blocks(item.Content, style.Next(), at + hang, level + 1),
                };
                Place(io, at + hang, hang);
                return io;
            })),
        };
        Place(o, at, 0);
        return o;
    }

    private ScriptObject Progress(ProgressTableBlock pt, ListLevel listStyle)
    {
        var rows = new ScriptArray();
        int n = 0;
        foreach (var r in pt.Rows)
        {
            series.Cases.TryGetValue(r.Case.CaseId, out var decl);
            var progress = CellLines(r.Progress, listStyle, 0);
            var decision = CellLines(r.Decision, listStyle, 0);
            rows.Add(new ScriptObject
            {
                ["ordinal"] = Numbering.Chinese(++n),
                ["case_id"] = r.Case.CaseId,
                ["origin"] = decl?.Origin ?? "",
                ["title"] = r.Case.Wording ?? decl?.Title ?? r.Case.CaseId,
                ["progress"] = new ScriptArray(progress.Select(l => $"{l["ordinal"]}{l["text"]}")),
                ["decision"] = new ScriptArray(decision.Select(l => $"{l["ordinal"]}{l["text"]}")),
                ["progress_lines"] = new ScriptArray(progress),
                ["decision_lines"] = new ScriptArray(decision),
            });
        }

        return new ScriptObject
        {
            ["kind"] = "progress",
            ["header"] = new ScriptArray { "提案來源", "合作方案", "最新辦理情形", "會議決議" },
            ["ordinal_header"] = "項次",
            ["rows"] = rows,
        };
    }

    /// <summary>A table cell as its paragraphs and numbered lines, in order: { ordinal, text, left, hang, style }.</summary>
    private List<ScriptObject> CellLines(IEnumerable<Block> blocks, ListLevel listStyle, double at)
    {
        var lines = new List<ScriptObject>();
        foreach (var b in blocks)
        {
            switch (b)
            {
                case ParagraphBlock p:
                    foreach (var l in p.Lines) lines.Add(Line("", Text(l), at));
                    break;
                case FieldBlock f:
                    lines.Add(Line("", f.Label + "：" + Text(f.Value), at));
                    lines.AddRange(CellLines(f.Content, listStyle, at));
                    break;
                case ListBlock l:
                    var style = l.Style is { } pinned ? new ListLevel(pinned) : listStyle;
                    int i = 0;
                    foreach (var item in l.Items)
                    {
                        string ordinal = style.Item(++i);
                        lines.Add(Line(ordinal, Text(item.Text), at));
                        lines.AddRange(CellLines(item.Content, style.Next(), at + TextWidth.Ems(ordinal)));
                    }

                    break;
            }
        }

        return lines;

        ScriptObject Line(string ordinal, string text, double at)
        {
            var o = new ScriptObject { ["ordinal"] = ordinal, ["text"] = text };
            double hang = TextWidth.Ems(ordinal);
            Place(o, at + hang, hang);
            return o;
        }
    }
}
