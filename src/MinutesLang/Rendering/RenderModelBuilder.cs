using MinutesLang.Semantics;
using Scriban.Runtime;

namespace MinutesLang.Rendering;

/// <summary>
/// Projects a <see cref="Record"/> into the plain model the templates see (ScriptObject, arrays,
/// strings): numbering is computed here, from the structure; nothing live reaches a template.
/// </summary>
public sealed class RenderModelBuilder(Series series)
{
    public ScriptObject Build(Record record)
    {
        var parts = new ScriptArray();
        int n = 0;
        foreach (var p in record.Parts)
        {
            var o = new ScriptObject
            {
                ["ordinal"] = p.Numbered ? Numbering.Part(++n) : null,
                ["label"] = p.Label,
                ["value"] = Text(p.Value),
                ["has_colon"] = p.HasColon,
                ["is_recorder"] = !p.Numbered && p.Label is "紀錄" or "記錄",
                ["blocks"] = Blocks(p.Content, ListStyle.ChineseComma),
            };
            parts.Add(o);
        }

        return new ScriptObject
        {
            ["id"] = record.Id,
            ["title"] = record.Title,
            ["chair"] = record.Chair,
            ["recorder"] = record.Recorder,
            ["parts"] = parts,
        };
    }

    private string Text(Inline inline) => inline.ToText(series.TitleOf);

    private ScriptArray Blocks(IEnumerable<Block> blocks, ListStyle listStyle)
    {
        var list = blocks.ToList();
        int agendaCount = list.Count(b => b is AgendaItemBlock), agendaN = 0;
        var result = new ScriptArray();
        foreach (var b in list)
        {
            result.Add(b is AgendaItemBlock a ? Agenda(a, Numbering.Agenda(++agendaN, agendaCount), listStyle) : Block(b, listStyle));
        }

        return result;
    }

    private ScriptObject Block(Block b, ListStyle listStyle) => b switch
    {
        ParagraphBlock p => new ScriptObject { ["kind"] = "paragraph", ["lines"] = new ScriptArray(p.Lines.Select(Text)) },
        FieldBlock f => Field(f.Label, f, listStyle),
        AgendaItemBlock a => Agenda(a, Numbering.Agenda(1, 1), listStyle),
        ListBlock l => List(l, listStyle),
        TableBlock t => new ScriptObject { ["kind"] = "table", ["rows"] = new ScriptArray(t.Rows.Select(r => new ScriptArray(r))) },
        ProgressTableBlock pt => Progress(pt, listStyle),
        _ => new ScriptObject { ["kind"] = "unknown" },
    };

    /// <summary>An agenda item: its subject field relabelled 案由 / 案由一 …, then its other blocks.</summary>
    private ScriptObject Agenda(AgendaItemBlock a, string subjectLabel, ListStyle listStyle) => new()
    {
        ["kind"] = "agenda",
        ["blocks"] = new ScriptArray(a.Content.Select((c, i) => i == 0 ? Field(subjectLabel, a.Subject, listStyle) : Block(c, listStyle))),
    };

    private ScriptObject Field(string label, FieldBlock f, ListStyle listStyle) => new()
    {
        ["kind"] = "field",
        ["label"] = label,
        ["value"] = Text(f.Value),
        ["blocks"] = Blocks(f.Content, listStyle),
    };

    private ScriptObject List(ListBlock l, ListStyle inherited)
    {
        var style = l.Style ?? inherited;
        return new ScriptObject
        {
            ["kind"] = "list",
            ["items"] = new ScriptArray(l.Items.Select((item, i) => new ScriptObject
            {
                ["ordinal"] = Numbering.Item(style, i + 1),
                ["text"] = Text(item.Text),
                ["blocks"] = Blocks(item.Content, ListStyles.Next(style)),
            })),
        };
    }

    private ScriptObject Progress(ProgressTableBlock pt, ListStyle listStyle)
    {
        var rows = new ScriptArray();
        int n = 0;
        foreach (var r in pt.Rows)
        {
            series.Cases.TryGetValue(r.Case.CaseId, out var decl);
            rows.Add(new ScriptObject
            {
                ["ordinal"] = Numbering.Chinese(++n),
                ["case_id"] = r.Case.CaseId,
                ["origin"] = decl?.Origin ?? "",
                ["title"] = r.Case.Wording ?? decl?.Title ?? r.Case.CaseId,
                ["progress"] = CellLines(r.Progress, listStyle),
                ["decision"] = CellLines(r.Decision, listStyle),
            });
        }

        return new ScriptObject
        {
            ["kind"] = "progress",
            ["header"] = new ScriptArray { "提案來源", "合作方案", "最新辦理情形", "會議決議" },
            ["rows"] = rows,
        };
    }

    /// <summary>A table cell as its paragraphs and numbered lines, in order.</summary>
    private ScriptArray CellLines(IEnumerable<Block> blocks, ListStyle listStyle)
    {
        var lines = new ScriptArray();
        foreach (var b in blocks)
        {
            switch (b)
            {
                case ParagraphBlock p:
                    foreach (var l in p.Lines) lines.Add(Text(l));
                    break;
                case FieldBlock f:
                    lines.Add(f.Label + "：" + Text(f.Value));
                    foreach (var s in CellLines(f.Content, listStyle)) lines.Add(s);
                    break;
                case ListBlock l:
                    var style = l.Style ?? listStyle;
                    int i = 0;
                    foreach (var item in l.Items)
                    {
                        lines.Add(Numbering.Item(style, ++i) + Text(item.Text));
                        foreach (var s in CellLines(item.Content, ListStyles.Next(style))) lines.Add(s);
                    }

                    break;
            }
        }

        return lines;
    }
}
