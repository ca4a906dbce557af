using System.Text;
using MinutesLang.Diagnostics;
using MinutesLang.Localization;
using MinutesLang.Parsing;
using MinutesLang.Rendering;
using MinutesLang.Semantics;
using MinutesLang.Syntax;
using MinutesLang.Text;

namespace MinutesLang.Import;

/// <summary>
/// A recognised record → notation text. Ordinals are left to the compiler wherever it would
/// print the same ones (parts, lists numbered 1, 2, 3…, 案由一、案由二); a list style other than the
/// one the compiler would choose is pinned with <c>@list</c>; anything the compiler would print
/// differently is written verbatim, escaped where the notation would read it as a construct.
/// </summary>
internal sealed class NotationWriter(SourceText source, DiagnosticBag bag, CaseMatcher? cases)
{
    /// <summary>
    /// The input is a plain text (not a .docx/.odt, whose paragraphs are lines): only then does a
    /// recorder sharing the chair's line need <c>@紀錄同行</c>, since the documents the compiler renders
    /// print the recorder beside the chair in any case, and their plain text on a line of its own.
    /// </summary>
    public bool PlainText { get; init; } = true;

    /// <summary>
    /// The language of the comments written for the reader of the record (issue 15: the run's language): the reason of an
    /// ML0403 suppression, where the original printed the recorder, a page break. The record's own text is the original's.
    /// </summary>
    public Language Language { get; init; } = Language.En;

    /// <summary>The comment standing for a page break of the original.</summary>
    private static readonly Phrase PageBreak = new("page break", "分頁");

    private readonly StringBuilder sb = new();

    private static readonly Dictionary<ListStyle, string> Tokens = ListStyles.Tokens.ToDictionary(t => { ListStyles.TryParse(t, out var s); return s; });

    public string Write(RecordNode record, string? id)
    {
        // no id in the text (ML0420): '@meeting 無' says so, and check accepts the record with ML0133 (issue 12 §3)
        Line(0, $"@meeting {id ?? Semantics.MeetingId.NoneMark}");
        Layout(record);
        foreach (var c in record.LeadingComments) Line(0, "// " + c.Text);
        if (record.Title is { } title)
        {
            Guard(title);
            Line(0, "# " + title.Text);
        }

        foreach (var part in record.Parts)
        {
            if (part.Comment is not null) Line(0, "// " + part.Comment.In(Language));
            // the suppression only above a line check reads as a part with a date (a field): above a text, ML0103 cannot
            // fire and check would call it useless (ML0503, issue h §2); the weekday is reported all the same (ML0403)
            if (part.WrongWeekday is not null && ReadsADate(part)) Line(0, $"// {Diagnostics.Policy.Suppressions.Marker} ML0103: {part.WrongWeekday.In(Language)}");
            Guard(part.Line);
            if (part.Numbered) Line(0, "* " + CanonicalField(LinkValue(part.Line.Text, field: ImportLines.FieldLabel(part.Line.Text) is not null, part.Line)));
            else if (part.Line.Kind == LineKind.Field) Line(0, Field(part.Line.Text));
            else Line(0, Text(part.Line.Text));
            Blocks(part.Content, 1, ListStyle.ChineseComma);
        }

        return sb.ToString();
    }

    /// <summary>
    /// The layout of the original where it is not the official one (<see cref="RecordLayout"/>): the
    /// labels of parts it prints without a colon (ML0422), <c>@無冒號 時間、地點</c>; the recorder printed
    /// on the chair's line, <c>@紀錄同行</c>, when the two stand side by side in the record.
    /// </summary>
    private void Layout(RecordNode record)
    {
        // the labels written without a colon, of parts and of fields below them
        var lines = new List<ImportLine>();
        foreach (var p in record.Parts)
        {
            lines.Add(p.Line);
            Collect(p.Content);
        }

        var noColon = lines.Where(l => l.ColonAdded).Select(l => ImportLines.FieldLabel(l.Text)).OfType<string>().Distinct().ToList();
        if (noColon.Count > 0) Line(0, $"@{RecordLayout.NoColonDirective} {string.Join("、", noColon)}");
        for (int i = 0; i + 1 < record.Parts.Count; i++)
        {
            PartNode a = record.Parts[i], b = record.Parts[i + 1];
            if (PlainText && a.Line.SharesChairLine && b.Line.SharesChairLine && a.Line.IsRecorder != b.Line.IsRecorder && a.Comment is null && b.Comment is null && b.Content.Count == 0)
            {
                Line(0, "@" + RecordLayout.RecorderBesideChairDirective);
                return;
            }
        }

        void Collect(List<ImportNode> nodes)
        {
            foreach (var node in nodes)
            {
                switch (node)
                {
                    case FieldNode f:
                        lines.Add(f.Line);
                        Collect(f.Content);
                        break;
                    case ListNode l:
                        foreach (var item in l.Items) Collect(item.Content);
                        break;
                }
            }
        }
    }

    /// <summary>'[[' or '{{' in the original would be read as a case link or a placeholder: the text is kept, with a warning.</summary>
    /// <remarks>Reported at the first '[[' (or '{{') of the line, the two characters it names; a table row's cells too.</remarks>
    private void Guard(ImportLine line)
    {
        int at = line.Text.IndexOf("[[", StringComparison.Ordinal);
        if (at >= 0) bag.At(source, line.SpanOf(at, 2, source.Length)).KeptVerbatim(new("'[[' in this text is read as a case link by the notation; check the imported record", "這段文字中的「[[」在本格式會視為案件連結；請檢查匯入的紀錄"));
        at = line.Text.IndexOf("{{", StringComparison.Ordinal);
        if (at >= 0)
            bag.At(source, line.SpanOf(at, 2, source.Length)).KeptVerbatim(new("'{{' in this text is read as a placeholder (ML0114) by the notation; check the imported record", "這段文字中的「{{」在本格式會視為預留位置（ML0114）；請檢查匯入的紀錄"));
    }

    private void Line(int depth, string text) => sb.Append(' ', depth * 2).Append(text.TrimEnd()).Append('\n');

    private void Blocks(List<ImportNode> nodes, int depth, ListStyle inherited)
    {
        var agenda = nodes.OfType<FieldNode>().Where(f => AgendaNumber(f.Line.Label) is not null).ToList();
        bool relabel = agenda.Count > 0 && agenda.Select((f, i) => f.Line.Label == Numbering.Agenda(i + 1, agenda.Count)).All(x => x);
        if (!relabel) CheckAgendaOrdinals(agenda);

        for (int i = 0; i < nodes.Count; i++)
        {
            switch (nodes[i])
            {
                case FieldNode f:
                    {
                        string text = f.Line.Text;
                        Guard(f.Line);
                        bool isAgenda = agenda.Contains(f);
                        bool underHeading = i > 0 && nodes[i - 1] is ParagraphNode { Line.IsItemHeading: true };
                        if (isAgenda && i > 0 && sb.Length > 0 && !underHeading) sb.Append('\n');
                        if (isAgenda && relabel && f.Line.Label != "案由") text = "案由" + text[text.IndexOfAny(['：', ':'])..];
                        string written = LinkValue(text, field: true, f.Line, leading: true);
                        Line(depth, Field(written));
                        Renames(written, depth + 1);
                        Blocks(f.Content, depth + 1, inherited);
                        break;
                    }

                case ListNode l when !l.Broken:
                    if (l.Style != inherited) Line(depth, "@list " + Tokens[l.Style]);
                    foreach (var item in l.Items)
                    {
                        Guard(item.Line);
                        string written = Link(item.Line.Text, item.Line, leading: true);
                        Line(depth, "- " + written);
                        Renames(written, depth + 1);
                        Blocks(item.Content, depth + 1, ListStyles.Next(l.Style));
                    }

                    break;
                case ListNode l:
                    // the compiler would renumber it: the ordinals are kept as text (ML0400–ML0402 said why)
                    foreach (var item in l.Items)
                    {
                        Guard(item.Line);
                        Line(depth, Text(Link(item.Line.Ordinal + item.Line.Text, item.Line)));
                        Blocks(item.Content, depth + 1, inherited);
                    }

                    break;
                case ParagraphNode p:
                    Guard(p.Line);
                    // an item's heading after the lines of the item before (a 決議 with a value would take it as its wrapped line)
                    if (p.Line.IsItemHeading && i > 0 && nodes[i - 1] is not ParagraphNode) sb.Append('\n');
                    Line(depth, Text(Link(p.Line.Text, p.Line)));
                    if (i + 1 < nodes.Count && nodes[i + 1] is ParagraphNode) sb.Append('\n');
                    break;
                case TableNode t when cases is not null && ProgressTable(t, depth):
                    foreach (var row in t.Rows) Guard(row);
                    break;
                case TableNode t:
                    foreach (var row in t.Rows)
                    {
                        Guard(row);
                        if (row.Cells.Any(c => c.Contains('|')))
                        {
                            bag.At(source, new TextSpan(row.Offset, 0)).KeptVerbatim(new("a table cell holds '|', so the row is kept as text", "表格儲存格內有「|」，整列保留為文字"));
                            Line(depth, Text(row.Text.Replace('\t', ' ')));
                        }
                        else
                        {
                            Line(depth, "|" + string.Concat(row.Cells.Select(c => c.Length == 0 ? " |" : $" {c} |")));
                        }
                    }

                    break;
                case CommentNode c:
                    Line(depth, "// " + (c.Line.Text.Length == 0 ? PageBreak.In(Language) : c.Line.Text));
                    break;
            }
        }
    }

    private void CheckAgendaOrdinals(List<FieldNode> agenda)
    {
        int last = 0;
        foreach (var f in agenda)
        {
            int? n = AgendaNumber(f.Line.Label);
            if (n is null or 0) continue;
            var at = bag.At(source, f.Line.SpanOf(0, f.Line.Text.IndexOfAny(['：', ':']), source.Length));
            if (n == last) at.OrdinalTwice(f.Line.Label, agenda.First(a => AgendaNumber(a.Line.Label) == n).Line.Line);
            else if (n > last + 1) at.OrdinalSkipped(f.Line.Label, string.Join("、", Enumerable.Range(last + 1, n.Value - last - 1).Select(k => "案由" + Numbering.Chinese(k))));
            else if (n < last) at.OrdinalOutOfOrder(f.Line.Label, "案由" + Numbering.Chinese(last + 1));
            last = Math.Max(last, n.Value);
        }
    }

    /// <summary>案由 → 0, 案由三 → 3, anything else null.</summary>
    private static int? AgendaNumber(string label)
    {
        if (!label.StartsWith("案由", StringComparison.Ordinal)) return null;
        if (label.Length == 2) return 0;
        return ChineseValueGrammar.ChineseNumber(label[2..]);
    }

    private void Renames(string linked, int depth)
    {
        if (cases is null) return;
        foreach (var (id, title) in cases.Renames(linked)) Line(depth, $"@更名 {id} {title}");
    }

    /// <summary>Case links, with a series: 「quoted」 mentions, then (items, values) a case named at the start, then enumerated cases.</summary>
    private string Link(string text, ImportLine at, bool leading = false)
    {
        if (cases is null) return text;
        cases.Where = $"{source.Path}:{at.Line}";
        text = cases.Link(text);
        if (leading) text = cases.LinkLeading(text);
        return cases.LinkEnumerated(text);
    }

    private string LinkValue(string text, bool field, ImportLine at, bool leading = false)
    {
        if (cases is null || !field) return text;
        cases.Where = $"{source.Path}:{at.Line}";
        int colon = text.IndexOfAny(['：', ':']);
        return text[..(colon + 1)] + Link(text[(colon + 1)..], at, leading);
    }

    private static readonly string[] ProgressHeader = ["", "提案來源", "合作方案", "最新辦理情形", "會議決議"];

    /// <summary>
    /// A table with the header of the case progress table (提案來源 合作方案 最新辦理情形 會議決議),
    /// rows numbered 一、二、… whose 合作方案 is a case of the series with that 來源: written as
    /// <c>@列管表</c>, one case entry per row. False (nothing written) when any row does not fit.
    /// </summary>
    private bool ProgressTable(TableNode t, int depth)
    {
        var rows = t.Rows.Select(r => r.Cells.Select(c => c.Trim()).ToList()).ToList();
        var raw = t.Rows.Select(r => r.RawCells).ToList();
        // the first header cell is empty in the PDF layout, 項次 in the DOCX and ODT renderings
        if (rows.Count < 2 || rows[0].Count != ProgressHeader.Length || rows[0][0] is not ("" or "項次") || !rows[0].Skip(1).SequenceEqual(ProgressHeader.Skip(1))) return false;
        var entries = new List<(string Id, List<string> Cells)>();
        for (int i = 1; i < rows.Count; i++)
        {
            var cells = rows[i];
            if (cells.Count != ProgressHeader.Length || cells[0] != Numbering.Chinese(i) || cells[2].IndexOfAny(['[', ']', '|']) >= 0) return false;
            if (cases!.Find(cells[2]) is not { } id || cases.Declaration(id)?.Origin != cells[1]) return false;
            entries.Add((id, cells));
        }

        Line(depth, "@" + Directives.ProgressTable);
        for (int i = 0; i < entries.Count; i++)
        {
            var (id, cells) = entries[i];
            Line(depth, $"- [[{id}|{cells[2]}]]");
            Cell("最新辦理情形", cells[3], raw[i + 1].ElementAtOrDefault(3) ?? cells[3]);
            Cell("會議決議", cells[4], raw[i + 1].ElementAtOrDefault(4) ?? cells[4]);
        }

        return true;

        // a cell of several paragraphs (<p>…</p> in the extraction) keeps them: as a list 1. 2. 3. when they are numbered so
        void Cell(string label, string text, string rawCell)
        {
            var paragraphs = ImportLines.Paragraphs(rawCell);
            if (paragraphs.Count < 2)
            {
                Line(depth + 1, Field(label + "：" + text));
                return;
            }

            Line(depth + 1, label + "：");
            var numbered = paragraphs.Select((p, k) => ImportLines.NumberedParagraph(p, k + 1)).ToList();
            if (numbered.All(n => n is not null))
            {
                Line(depth + 2, "@list 1.");
                foreach (var n in numbered) Line(depth + 2, "- " + n);
                return;
            }

            for (int k = 0; k < paragraphs.Count; k++)
            {
                if (k > 0) sb.Append('\n');
                Line(depth + 2, Text(paragraphs[k]));
            }
        }
    }

    /// <summary>A text line that the notation reads back as the same text: escaped with \ when it would be read as a construct.</summary>
    /// <summary>
    /// A text line, escaped when the notation would read it otherwise, or when it starts with an
    /// ordinal the original printed (kept on purpose where the compiler would number otherwise:
    /// ML0400–ML0402, ML0404) or a full-width mark of the notation, which the syntax checker would
    /// take for the writer's mistake (ML0016, ML0018, ML0019).
    /// </summary>
    private static string Text(string text)
    {
        text = text.TrimStart(' ', '\t', '\u3000');
        var line = LineGrammar.ParseLine(text);
        bool lookalike = Ordinals.Match(text) is not null || text.StartsWith('＊') || text.StartsWith('＃') || text.StartsWith('｜') || text.StartsWith("／／", StringComparison.Ordinal);
        return line is TextLineSyntax { Marker: null } && !lookalike ? text : "\\" + text;
    }

    /// <summary>
    /// Whether check's binder reads <paramref name="part"/>, as written, as a part that holds a date: a numbered part, a
    /// field, or a text whose field stands behind an ordinal (<c>\一、時間：…</c>, <see cref="OrdinalField"/>). Only then is
    /// the suppression of ML0103 above it used; above another line check would call it useless (ML0503, issue h §2).
    /// </summary>
    private static bool ReadsADate(PartNode part)
    {
        string text = part.Line.Text.TrimStart(' ', '\t', '\u3000');
        return part.Numbered || LineGrammar.ParseLine(text) is FieldLineSyntax || OrdinalField.Read(text) is not null;
    }

    /// <summary>A field line, or the text escaped when the notation would not read it as a field.</summary>
    private static string Field(string text)
    {
        text = text.TrimStart(' ', '\t', '\u3000');
        var line = LineGrammar.ParseLine(text);
        return line is FieldLineSyntax f ? Formatting.Formatter.Body(f) : Text(text);
    }

    /// <summary>A field in the canonical layout (label：value, as <c>minutes fmt</c> writes it); other text as it is.</summary>
    private static string CanonicalField(string text) =>
        LineGrammar.ParseLine(text) is FieldLineSyntax f ? Formatting.Formatter.Body(f) : text;
}
