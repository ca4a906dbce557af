using System.Text.RegularExpressions;
using MinutesLang.Diagnostics;
using MinutesLang.Localization;
using MinutesLang.Rendering;
using MinutesLang.Semantics;
using MinutesLang.Text;

namespace MinutesLang.Import;

/// <summary>
/// Logical lines → records: the title, the parts (壹、…), and inside them fields, lists by
/// ordinal style, paragraphs and tables, nested as the official layout nests them. Reports the
/// numbering defects of the original (ML0400–ML0402) and what it keeps verbatim (ML0404).
/// </summary>
internal sealed partial class Recognizer(SourceText source, DiagnosticBag bag)
{
    private readonly List<object> stack = [];
    private RecordNode? record;
    private PartNode? part;
    private int lastPartNumber;

    /// <summary>Set when the record numbers its parts 一、二、 instead of 壹、貳、 (smaller bodies often do).</summary>
    private bool partsAsItems;
    private readonly Dictionary<int, int> partLines = [];

    [GeneratedRegex(@"(紀錄|記錄)\s*$")]
    private static partial Regex TitleEnd();

    public List<RecordNode> Recognize(List<ImportLine> lines)
    {
        var records = new List<RecordNode>();
        ReportLayout(lines);
        for (int i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (record is null)
            {
                record = new RecordNode { FirstLine = line.Line };
                records.Add(record);
            }

            if (line.Kind == LineKind.Text && record.Title is null && record.Parts.Count == 0)
            {
                record.Title = line;
                continue;
            }

            // a title printed on two lines (the body, then the meeting): one title
            if (line.Kind == LineKind.Text && record.Title is { } first && record.Parts.Count == 0 && !TitleEnd().IsMatch(first.Text) && TitleEnd().IsMatch(line.Text))
            {
                bool space = first.Text.Length > 0 && first.Text[^1] < 0x2E80 && line.Text[0] < 0x2E80;
                first.Text = first.Text.TrimEnd() + (space ? " " : "") + line.Text.Trim();
                continue;
            }

            if (line.Kind == LineKind.Text && record.Parts.Any(p => p.Numbered) && TitleEnd().IsMatch(line.Text) && StartsRecord(lines, i + 1))
            {
                record = new RecordNode { FirstLine = line.Line, Title = line };
                records.Add(record);
                part = null;
                stack.Clear();
                lastPartNumber = 0;
                partsAsItems = false;
                partLines.Clear();
                continue;
            }

            switch (line.Kind)
            {
                case LineKind.Item when line.Style == ListStyle.ChineseComma && (partsAsItems || part is null && !record.Parts.Any(p => p.Numbered)):
                    {
                        // parts numbered 一、: the compiler would print 壹、, so each is kept as an unnumbered
                        // part with its ordinal as text; what is under it keeps its structure
                        if (!partsAsItems)
                            bag.At(source, new TextSpan(line.Offset, line.Ordinal.Length)).KeptVerbatim(new("the parts are numbered 一、二、… (not 壹、貳、…): they are kept with their ordinals as unnumbered parts", "各分項以一、二、…編號（而非壹、貳、…）：連同序號保留為不編號的分項"));
                        partsAsItems = true;
                        CheckPartOrdinal(line);
                        var literal = new ImportLine { Kind = LineKind.Text, Text = line.Ordinal + line.Text, Offset = line.Offset, Line = line.Line };
                        part = new PartNode(literal, false);
                        record.Parts.Add(part);
                        stack.Clear();
                        stack.Add(part);
                        break;
                    }

                case LineKind.Part:
                    CheckPartOrdinal(line);
                    part = new PartNode(line, true);
                    record.Parts.Add(part);
                    stack.Clear();
                    stack.Add(part);
                    break;
                case LineKind.Field when line.IsRecorder:
                    PlaceRecorder(line);
                    break;
                case LineKind.Field when line.SharesChairLine:
                    // the chair after the recorder on one line (紀錄：…　　主席：…): a part beside it, as the recorder is
                    part = new PartNode(line, false);
                    record.Parts.Add(part);
                    stack.Clear();
                    stack.Add(part);
                    break;
                case LineKind.Text when line.IsHeading && record.Title is not null:
                    // 報 告 事 項 on a line of its own: an unnumbered part, which scopes the lists below it
                    part = new PartNode(line, false);
                    record.Parts.Add(part);
                    stack.Clear();
                    stack.Add(part);
                    break;
                case LineKind.Field when part is null || line.Label == "散會" || !part.Numbered && stack.Count == 1 && !partsAsItems:
                    part = new PartNode(line, false);
                    record.Parts.Add(part);
                    stack.Clear();
                    stack.Add(part);
                    break;
                case LineKind.Field:
                    PlaceField(new FieldNode(line));
                    break;
                case LineKind.Item when part is not null:
                    PlaceItem(line);
                    break;
                case LineKind.Row when part is not null:
                    {
                        var top = Top();
                        if (top.Content.LastOrDefault() is TableNode t && i > 0 && lines[i - 1].Kind == LineKind.Row) t.Rows.Add(line);
                        else
                        {
                            var table = new TableNode();
                            table.Rows.Add(line);
                            top.Content.Add(table);
                        }

                        break;
                    }

                case LineKind.Artifact:
                    if (part is null) record.LeadingComments.Add(line);
                    else Top().Content.Add(new CommentNode(line));
                    break;
                case LineKind.Text when line.IsItemHeading && part is not null:
                    // 提案二, 臨時動議一: the heading starts its item, closing the item before it (its 決議 and what is under it)
                    stack.RemoveRange(1, stack.Count - 1);
                    part.Content.Add(new ParagraphNode(line));
                    break;
                case LineKind.Text when part is not null:
                    Top().Content.Add(new ParagraphNode(line));
                    break;
                default:
                    {
                        // text, an item or a table row before the first part: kept as an unnumbered part
                        bag.At(source, new TextSpan(line.Offset, 0)).KeptVerbatim(new("text before the first part of the record is kept as an unnumbered part", "紀錄第一個分項之前的文字保留為不編號的分項"));
                        var verbatim = new ImportLine { Kind = LineKind.Text, Text = line.Kind == LineKind.Item ? line.Ordinal + line.Text : line.Text, Offset = line.Offset, TextOffset = line.Kind == LineKind.Item ? line.Offset : line.TextOffset, Line = line.Line };
                        part = new PartNode(verbatim, false);
                        record.Parts.Add(part);
                        stack.Clear();
                        stack.Add(part);
                        break;
                    }
            }
        }

        return records;
    }

    /// <summary>
    /// The notes on the layout: a label whose colon the record adds (ML0422), and each page number,
    /// footer or running header left out (ML0421), at its line.
    /// </summary>
    private void ReportLayout(List<ImportLine> lines)
    {
        foreach (var line in lines)
        {
            if (line.ColonAdded)
                bag.At(source, new TextSpan(line.LabelStart, line.LabelLength)).ImportColonAdded(string.Concat(line.Text[..line.Text.IndexOf('：')].Where(c => !char.IsWhiteSpace(c))));
            else if (line.Kind == LineKind.Artifact && line.Text.Length > 0)
                bag.At(source, line.SpanOf(0, line.Text.Length, source.Length)).ImportPageFurnitureLeftOut(line.Text, line.IsRunningHeader);
        }
    }

    private static bool StartsRecord(List<ImportLine> lines, int i)
    {
        while (i < lines.Count && lines[i].Kind == LineKind.Artifact) i++;
        if (i >= lines.Count) return false;
        return lines[i].Kind == LineKind.Part && lines[i].Number == 1 || lines[i].Kind == LineKind.Field && lines[i].Label is "時間" or "日期";
    }

    private IContainer Top()
    {
        for (int i = stack.Count - 1; i >= 0; i--)
        {
            if (stack[i] is IContainer c) return c;
        }

        return part!;
    }

    private void CheckPartOrdinal(ImportLine line)
    {
        int n = line.Number, last = lastPartNumber;
        var at = bag.At(source, OrdinalSpan(line));
        Func<int, string> ordinal = line.Kind == LineKind.Part ? Numbering.Part : k => Numbering.Item(line.Style, k);
        if (n == last && partLines.TryGetValue(n, out int first)) at.OrdinalTwice(line.Ordinal, first);
        else if (n > last + 1) at.OrdinalSkipped(line.Ordinal, string.Join(line.Kind == LineKind.Part ? "、" : " ", Enumerable.Range(last + 1, n - last - 1).Select(ordinal)));
        else if (n < last) at.OrdinalOutOfOrder(line.Ordinal, ordinal(last + 1));
        lastPartNumber = Math.Max(n, last);
        partLines.TryAdd(n, line.Line);
    }

    /// <summary>The ordinal of a part or item line as the original prints it (壹、 with its 、, (一), 1.), without the spaces after it.</summary>
    private TextSpan OrdinalSpan(ImportLine line)
    {
        int length = Math.Clamp(line.TextOffset - line.Offset, 0, source.Length - line.Offset);
        return new TextSpan(line.Offset, source.Text.AsSpan(line.Offset, length).TrimEnd().Length);
    }

    /// <summary>The recorder goes to the left margin: after a header part (主席：…), or before a heading it was printed under.</summary>
    private void PlaceRecorder(ImportLine line)
    {
        var recorder = new PartNode(line, false);
        if (part is null || !part.Numbered || part.Content.Count == 0 && HasValue(part.Line.Text))
        {
            // it stays where it stood; a heading or field after it starts the next part (text after it
            // still belongs to the part before: the recorder printed inside a list does not end the list)
            record!.Parts.Add(recorder);
            return;
        }

        recorder.Comment = part.Content.Count == 0
            ? new Phrase($"The original prints the recorder under the heading {part.Line.Ordinal}、{part.Line.Text}.", $"原稿將紀錄人員印在標題「{part.Line.Ordinal}、{part.Line.Text}」之下。")
            : new Phrase($"The original prints the recorder inside the part {part.Line.Ordinal}、{part.Line.Text}.", $"原稿將紀錄人員印在「{part.Line.Ordinal}、{part.Line.Text}」分項之中。");
        record!.Parts.Insert(record.Parts.IndexOf(part), recorder);
    }

    private static bool HasValue(string text)
    {
        int colon = text.IndexOfAny(['：', ':']);
        return colon > 0 && ImportLines.FieldLabel(text) is not null && text[(colon + 1)..].Trim().Length > 0;
    }

    /// <summary>
    /// A field closes the field before it, with everything opened under that field (說明：一、… (一)…
    /// then 決議：); without an open field it goes under the current list item (一、案由：… 說明：…
    /// belong to 一) or the part.
    /// </summary>
    private void PlaceField(FieldNode field)
    {
        int open = stack.FindLastIndex(f => f is FieldNode);
        if (open >= 0) stack.RemoveRange(open, stack.Count - open);
        while (stack[^1] is ListNode) stack.RemoveAt(stack.Count - 1);
        ((IContainer)stack[^1]).Content.Add(field);
        stack.Add(field);
    }

    private void PlaceItem(ImportLine line)
    {
        var item = new ItemNode(line);
        for (int k = stack.Count - 1; k >= 0 && stack[k] is not PartNode; k--)
        {
            if (stack[k] is ListNode open && open.Style == line.Style)
            {
                stack.RemoveRange(k + 1, stack.Count - k - 1);
                CheckItemOrdinal(open, line);
                open.Items.Add(item);
                stack.Add(item);
                return;
            }
        }

        var list = new ListNode(line.Style);
        Top().Content.Add(list);
        CheckItemOrdinal(list, line);
        list.Items.Add(item);
        stack.Add(list);
        stack.Add(item);
    }

    private void CheckItemOrdinal(ListNode list, ImportLine line)
    {
        int last = list.Items.Count == 0 ? 0 : list.Items[^1].Line.Number;
        int n = line.Number;
        if (n == last + 1) return;
        list.Broken = true;
        var at = bag.At(source, OrdinalSpan(line));
        if (n == last) at.OrdinalTwice(line.Ordinal, list.Items[^1].Line.Line);
        else if (n > last + 1) at.OrdinalSkipped(line.Ordinal, string.Join(" ", Enumerable.Range(last + 1, n - last - 1).Select(k => Numbering.Item(list.Style, k))));
        else at.OrdinalOutOfOrder(line.Ordinal, Numbering.Item(list.Style, last + 1));
    }
}
