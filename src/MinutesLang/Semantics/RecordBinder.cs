using System.Collections.Immutable;
using System.Runtime.InteropServices;
using MinutesLang.Diagnostics;
using MinutesLang.Localization;
using MinutesLang.Parsing;
using MinutesLang.Syntax;
using MinutesLang.Text;

namespace MinutesLang.Semantics;

/// <summary>Syntax tree of a record → <see cref="Record"/>, with the record-level checks of meaning.</summary>
public sealed partial class RecordBinder
{
    private readonly SyntaxTree tree;
    private readonly Series series;
    private readonly DiagnosticBag bag;
    private readonly List<CaseEvent> events = [];
    private readonly List<CaseMention> mentions = [];
    private readonly Dictionary<DirectiveLineSyntax, string> directiveNames = [];

    private RecordBinder(SyntaxTree tree, Series series, DiagnosticBag bag)
    {
        this.tree = tree;
        this.series = series;
        this.bag = bag;
    }

    private SourceText Source => tree.Source;

    public static Record Bind(SyntaxTree tree, Series series, DiagnosticBag bag) => new RecordBinder(tree, series, bag).BindRecord();

    private Record BindRecord()
    {
        int year = 0, seq = 0;
        var numbering = MeetingNumbering.PerYear;
        MeetingId? meeting = null;
        bool sawMeeting = false;
        string? title = null, place = null, chair = null, recorder = null;
        WrittenDate? date = null;
        ClockTime? start = null, end = null, closing = null, until = null;
        var parts = ImmutableArray.CreateBuilder<Part>();
        var partLines = new List<(string Name, LineSyntax Line)>(); // for the parts the series requires (RequiredParts)
        var onceSeen = new Dictionary<string, string>(); // the first value of each part a record holds once (ML0122)
        TitleLineSyntax? titleLine = null;
        DirectiveLineSyntax? meetingLine = null;
        var layoutLines = new List<(DirectiveLineSyntax, string)>(); // @無冒號, @紀錄同行 (RecordLayout)

        foreach (var block in tree.Root.Content)
        {
            switch (block.Line)
            {
                case DirectiveLineSyntax d when Name(d) == Directives.Meeting:
                    NoChildren(block);
                    meetingLine ??= d;
                    if (sawMeeting)
                    {
                        bag.At(Source, d.FullSpanWithoutEol()).Duplicate(Phrase.Same("@meeting"));
                        break;
                    }

                    sawMeeting = true;
                    switch (MeetingId.TryParse(d.Arguments.PlainText, out var id))
                    {
                        case MeetingId.ParseOutcome.Ok:
                            (year, seq, numbering, meeting) = (id.Year, id.Number, id.Numbering, id);
                            MeetingScheme.CheckId(id, Trimmed(d.Arguments), series, Source, bag); // ML0132, ML0133
                            break;
                        case MeetingId.ParseOutcome.OutOfRange:
                            bag.At(Source, Trimmed(d.Arguments)).MeetingNumberOutOfRange(d.Arguments.PlainText.Trim(), MeetingId.MaxNumber);
                            break;
                        default:
                            bag.At(Source, d.FullSpanWithoutEol()).DirectiveArgument("meeting", new("a meeting id such as 114-1 (民國 year and number), 144 (a running count), 11-2-5 (屆-會期-次), 臨1 (a 臨時會) or 無 (no number)",
                                    "會議代號，如 114-1（民國年度與次別）、144（流水次別）、11-2-5（屆-會期-次）、臨1（臨時會）或 無（無次別）"),
                                new("write this meeting's id after '@meeting' in the numbering of its body: 民國 year and number, a running count, 屆-會期-次, the date (YYYY-MM-DD), or 無 when it has none",
                                    "請在「@meeting」後依機關的編號方式寫本次會議代號：民國年度與次別、流水次別、屆-會期-次、日期（YYYY-MM-DD），沒有次別時寫「無」"));
                            break;
                    }

                    break;
                case DirectiveLineSyntax d when RecordLayout.DirectiveName(Name(d)) is { } layoutName:
                    NoChildren(block);
                    layoutLines.Add((d, layoutName));
                    break;
                case DirectiveLineSyntax d:
                    NoChildren(block);
                    if (!TryBindEvent(d)) BindDirectiveElsewhere(d, new("at the top level of a record", "紀錄的最上層"));
                    break;
                case TitleLineSyntax t:
                    NoChildren(block);
                    if (title is not null) bag.At(Source, t.FullSpanWithoutEol()).Duplicate(new("title", "標題"));
                    else (title, titleLine) = (t.Content.PlainText.Trim(), t);
                    break;
                case PartLineSyntax p:
                    {
                        Part part;
                        if (p.Field is { } f)
                        {
                            CheckLabel(f);
                            var (value, rest) = Continued(block, BindInline(f.Value), new($"part '{f.Name}'", $"分項「{f.Name}」"));
                            part = new Part(true, f.Name, value, true, BindBlocks(rest)) { WrittenLabel = f.Label.Text.Trim() };
                        }
                        else
                        {
                            part = new Part(true, null, BindInline(p.Content!), false, BindBlocks(block.Content));
                        }

                        parts.Add(part);
                        Understand(part, p.Field?.Value ?? p.Content!, p);
                        break;
                    }

                case FieldLineSyntax f:
                    {
                        CheckLabel(f.Field);
                        var (value, rest) = Continued(block, BindInline(f.Field.Value), new($"field '{f.Field.Name}'", $"欄位「{f.Field.Name}」"));
                        var part = new Part(false, f.Field.Name, value, true, BindBlocks(rest)) { WrittenLabel = f.Field.Label.Text.Trim() };
                        parts.Add(part);
                        Understand(part, f.Field.Value, f);
                        break;
                    }

                case TextLineSyntax t:
                    {
                        var part = new Part(false, null, BindInline(t.Content), false, BindBlocks(block.Content));
                        parts.Add(part);
                        Understand(part, t.Content, t);
                        break;
                    }

                default:
                    parts.Add(new Part(false, null, Inline.Empty, false, BindBlocks([block])));
                    break;
            }
        }

        end ??= closing; // 上午九時(十一時三十分): the closing time in brackets, when no 散會 part gives one
        if (!sawMeeting) bag.At(Source, new TextSpan(0, 0)).MissingMeeting();
        RequiredParts.Check(tree, series.Required, partLines, titleLine, meetingLine, bag);
        MarginItem.Check(tree.Root.Content, Source, bag); // ML0123

        var layout = RecordLayout.Bind(layoutLines, parts, tree, bag); // ML0423
        return new Record(tree, year, seq, title, date, start, end, place, chair, recorder, parts.ToImmutable(), [.. events], [.. mentions]) { Numbering = numbering, Session = meeting?.Session ?? 0, Extra = meeting?.Extra ?? false, PlannedEnd = until, Layout = layout };

        void Understand(Part part, InlineSyntax valueSyntax, LineSyntax line)
        {
            string value = part.Value.ToText().Trim();
            string name = part.Label is { } label ? NearMiss.Label(label) ?? label : part.Name; // a misspelt 時問 is read as 時間 (ML0117)
            var valueSpan = Trimmed(valueSyntax);
            bool labelled = part.Label is not null;
            if (!labelled && OrdinalField.Read(Source.ToString(valueSpan)) is { } typed)
            {
                // * 壹、時間：… is the part 時間 behind a hand-typed ordinal (ML0019 says to drop it): read as the field
                name = NearMiss.Label(typed.Label) ?? typed.Label;
                valueSpan = TextSpan.FromBounds(valueSpan.Start + typed.ValueOffset, valueSpan.End);
                value = Source.ToString(valueSpan);
                labelled = true;
            }

            partLines.Add((RequiredParts.Canonical(name), line));
            OnceOnly.Check(name, value, line, onceSeen, Source, bag); // ML0122
            if (name is "時間" or "日期" or "散會") OnceOnly.CheckMeridiems(valueSpan, Source, bag); // ML0121
            switch (name)
            {
                case "時間" or "日期":
                    var read = ChineseValueGrammar.ReadDateTime(value);
                    var when = read?.Date?.ToDate();
                    if (read is null || when is null)
                    {
                        if (HasPlaceholder(valueSyntax)) break; // ML0114 says what is to be filled

                        // 時間：09:30:00 (or 晚上19:00-21:00) beside 日期：2025-03-07 (issue 12): a time of day alone
                        if (read is null && (part.Label is null && labelled ? name : part.Name) == "時間" && ChineseValueGrammar.ReadTime(value) is { } onlyTime)
                        {
                            start = onlyTime.Time;
                            until ??= onlyTime.Until;
                            closing ??= onlyTime.Closing;
                            UnreadValue.Check(onlyTime, value, valueSpan, Source, bag); // ML0124
                            break;
                        }

                        bag.At(Source, valueSpan).UnparsableDate(value);
                        break;
                    }

                    var dt = read.Value;
                    date = dt.Date!.Value;
                    start = dt.Time ?? start;
                    until ??= dt.Until; // 19:00-21:00: the planned closing time (Record.PlannedEnd), not the 散會
                    closing ??= dt.Closing;
                    if (!HasPlaceholder(valueSyntax)) UnreadValue.Check(dt, value, valueSpan, Source, bag); // ML0124 (a {{開會時間}} to fill in is ML0114's)
                    if (dt.Date!.Value.WrongWeekday() is { } expected)
                    {
                        // every form of WeekdayGrammar: the span is the weekday without its brackets, the hint in the writer's form
                        var written = WeekdayGrammar.Find(Source.Text, valueSpan.Start, valueSpan.Length);
                        var weekdaySpan = written is { } w ? new TextSpan(w.InnerOffset, w.InnerLength) : valueSpan;
                        bag.At(Source, weekdaySpan).WeekdayMismatch(
                            written?.Written ?? $"星期{dt.Date.Value.Weekday}", $"星期{expected}", when.Value.ToString("yyyy-MM-dd"), written?.WithDay(expected));
                    }

                    break;
                case "地點":
                    place = value;
                    break;
                case "主席" or "會議主席":
                    chair = value;
                    break;
                case "紀錄" or "記錄":
                    recorder = value;
                    break;
                case "散會":
                    string text = labelled ? value : value[2..];
                    end = ValueGrammar.FindTime(text);
                    if (end is null && !HasPlaceholder(valueSyntax)) bag.At(Source, valueSpan).UnparsableTime(text);
                    break;
            }
        }
    }

    /// <summary>
    /// A label one character off a label with a meaning (時問, 地典) is reported (ML0117); <c>Understand</c> reads it as meant.
    /// A label one character off two or more of them (決義: 決議 and 決定) is read as written and reported with all of them (ML0119).
    /// </summary>
    private void CheckLabel(FieldSyntax field)
    {
        var near = NearMiss.LabelCandidates(field.Name);
        if (near.Count == 1) bag.At(Source, field.Label.FullSpan).MisspeltLabel(field.Label.Text, near[0]);
        else if (near.Count > 1) bag.At(Source, field.Label.FullSpan).AmbiguousLabel(field.Label.Text, near);
    }

    /// <summary>
    /// The name a directive is read as: as written, or the directive it misspells (@列官 is @列管),
    /// reported once as ML0118.
    /// </summary>
    private string Name(DirectiveLineSyntax d)
    {
        if (directiveNames.TryGetValue(d, out var known)) return known;
        string name = d.Name.Text;
        if (NearMiss.Directive(name) is { } meant)
        {
            bag.At(Source, d.Name.FullSpan).MisspeltDirective(name, meant);
            name = meant;
        }

        directiveNames[d] = name;
        return name;
    }

    /// <summary>A value still to be filled in (<c>{{散會時間}}</c>) is reported once, as ML0114, not also as unreadable.</summary>
    private static bool HasPlaceholder(InlineSyntax value) => value.Elements.Any(e => e is PlaceholderSyntax);

    /// <summary>The span of a value without the spaces around it.</summary>
    private TextSpan Trimmed(SyntaxNode node)
    {
        var span = node.FullSpan;
        int start = span.Start, end = span.End;
        while (start < end && LineGrammar.IsSpaceChar(Source.Text[start])) start++;
        while (end > start && LineGrammar.IsSpaceChar(Source.Text[end - 1])) end--;
        return TextSpan.FromBounds(start, end);
    }

    /// <summary>Lines indented below a line that holds no content (a title, a directive) are reported, not dropped silently.</summary>
    private void NoChildren(BlockSyntax block)
    {
        foreach (var child in block.Content) bag.At(Source, child.Line.FullSpanWithoutEol()).OrphanIndent();
    }

    private void BindDirectiveElsewhere(DirectiveLineSyntax d, Phrase where)
    {
        string name = Name(d);
        if (name.Length == 0) return; // ML0003 already
        if (Directives.Structural.Contains(name))
            bag.At(Source, d.FullSpanWithoutEol()).DirectiveMisplaced(name, where);
        else
            bag.At(Source, d.Name.FullSpan).UnknownDirective(name, GluedDirective.Split(name));
    }

    // a part per element, in an array of the elements' count (no builder grown and copied); a plain run's text is its
    // token's, made once (issue 14 §2)
    private Inline BindInline(InlineSyntax syntax)
    {
        if (syntax.Elements.IsEmpty) return new Inline([]);
        var parts = new InlinePart[syntax.Elements.Length];
        for (int i = 0; i < parts.Length; i++)
        {
            var e = syntax.Elements[i];
            if (e is CaseLinkSyntax link && !link.Close.IsMissing && link.Id.Span.Trim().Length > 0)
            {
                string id = link.Id.Text.Trim();
                var mention = new CaseMention(id, link.Wording?.Text, link.FullSpan);
                parts[i] = mention;
                mentions.Add(mention);
                CheckCase(id, link.Id.FullSpan);
            }
            else
            {
                parts[i] = new TextPart(e.ToFullString());
            }
        }

        return new Inline(ImmutableCollectionsMarshal.AsImmutableArray(parts));
    }

    private void CheckCase(string id, TextSpan span)
    {
        if (series.Cases.ContainsKey(id)) return;
        bag.At(Source, span).UnknownCase(id, Nearest.Find(id, series.Cases.Keys));
    }

    private ImmutableArray<Block> BindBlocks(IEnumerable<BlockSyntax> blocks)
    {
        var result = new List<Block>();
        var list = blocks.ToList();
        ListStyle? pendingStyle = null;
        bool pendingProgress = false;
        DirectiveLineSyntax? pendingDirective = null;
        int i = 0;
        while (i < list.Count)
        {
            var block = list[i];
            if (block.Line is not (ItemLineSyntax or DirectiveLineSyntax)) ReportUnusedPending();
            switch (block.Line)
            {
                case TextLineSyntax or TitleLineSyntax or PartLineSyntax:
                    {
                        var lines = new List<(Inline, LineSyntax)>();
                        var after = new List<Block>();
                        while (i < list.Count && list[i].Line is TextLineSyntax or TitleLineSyntax or PartLineSyntax)
                        {
                            lines.Add((BindInline(LooseContent(list[i].Line)), list[i].Line));
                            after.AddRange(BindBlocks(list[i].Content));
                            bool blankAfter = list[i].Blocks.Any(b => b.Line is BlankLineSyntax);
                            i++;
                            if (after.Count > 0 || blankAfter) break;
                        }

                        result.Add(new ParagraphBlock(Paragraph(lines)));
                        result.AddRange(after);
                        continue;
                    }

                case FieldLineSyntax f:
                    {
                        CheckLabel(f.Field);
                        var (value, rest) = Continued(block, BindInline(f.Field.Value), new($"field '{f.Field.Name}'", $"欄位「{f.Field.Name}」"));
                        result.Add(new FieldBlock(f.Field.Name, value, BindBlocks(rest), f.Field.FullSpan));
                        break;
                    }

                case ItemLineSyntax:
                    {
                        var items = new List<BlockSyntax>();
                        while (i < list.Count && list[i].Line is ItemLineSyntax) items.Add(list[i++]);
                        if (pendingProgress) result.Add(BindProgress(items));
                        else result.Add(BindList(items, pendingStyle));
                        pendingStyle = null;
                        pendingProgress = false;
                        pendingDirective = null;
                        continue;
                    }

                case RowLineSyntax:
                    {
                        var rows = ImmutableArray.CreateBuilder<ImmutableArray<string>>();
                        while (i < list.Count && list[i].Line is RowLineSyntax r)
                        {
                            rows.Add([.. r.Cells.Select(c => c.Text.Trim())]);
                            i++;
                        }

                        result.Add(new TableBlock(rows.ToImmutable()));
                        continue;
                    }

                case DirectiveLineSyntax d:
                    if (Name(d) != Directives.ProgressTable) NoChildren(block);
                    if (Name(d) == Directives.List)
                    {
                        string token = d.Arguments.PlainText.Trim();
                        if (ListStyles.TryParse(token, out var style))
                        {
                            pendingStyle = style;
                            pendingDirective = d;
                        }
                        else
                        {
                            bag.At(Source, d.Arguments.FullSpan).UnknownListStyle(token);
                        }
                    }
                    else if (Name(d) == Directives.ProgressTable)
                    {
                        var children = block.Content.Where(c => c.Line is ItemLineSyntax).ToList();
                        if (children.Count > 0) result.Add(BindProgress(children));
                        else
                        {
                            pendingProgress = true;
                            pendingDirective = d;
                        }
                    }
                    else if (!TryBindEvent(d))
                    {
                        BindDirectiveElsewhere(d, new("inside a part", "分項之中"));
                    }

                    break;
            }

            i++;
        }

        ReportUnusedPending();
        return Group([.. result]);

        // '@list' and '@列管表' apply to the list right after them; anything else in between is a mistake
        void ReportUnusedPending()
        {
            if (pendingDirective is not null)
                bag.At(Source, pendingDirective.FullSpanWithoutEol()).DirectiveMisplaced(pendingDirective.Name.Text, new("where no list follows it", "其後沒有清單之處"));
            pendingStyle = null;
            pendingProgress = false;
            pendingDirective = null;
        }
    }

    private static InlineSyntax LooseContent(LineSyntax line) => line switch
    {
        TextLineSyntax t => t.Content,
        TitleLineSyntax t => t.Content,
        PartLineSyntax p => p.Content ?? p.Field!.Value,
        _ => new InlineSyntax([]),
    };

    /// <summary>A 案由 field starts an agenda item that takes the blocks after it, up to the next 案由.</summary>
    private static ImmutableArray<Block> Group(ImmutableArray<Block> blocks)
    {
        int first = blocks.IndexOf(blocks.FirstOrDefault(b => b is FieldBlock { Label: "案由" })!);
        if (first < 0) return blocks;
        var result = ImmutableArray.CreateBuilder<Block>();
        result.AddRange(blocks[..first]);
        List<Block>? current = null;
        foreach (var b in blocks[first..])
        {
            if (b is FieldBlock { Label: "案由" })
            {
                if (current is not null) result.Add(new AgendaItemBlock([.. current]));
                current = [];
            }

            current!.Add(b);
        }

        result.Add(new AgendaItemBlock([.. current!]));
        return result.ToImmutable();
    }

    private ListBlock BindList(List<BlockSyntax> items, ListStyle? style) =>
        new(style, [.. items.Select(b =>
        {
            var (text, rest) = Continued(b, BindInline(((ItemLineSyntax)b.Line).Content), new("list item", "清單項目"));
            return new ListItem(text, BindBlocks(rest));
        })]);

    /// <summary>
    /// The lines of a paragraph joined (<see cref="Wrapping.Join"/>) into the lines it is printed
    /// as: a new one only after a hard break, a line that ends with <c>\</c>. A <c>\</c> that ends
    /// the last line breaks nothing (ML0116).
    /// </summary>
    private ImmutableArray<Inline> Paragraph(List<(Inline Text, LineSyntax Line)> lines)
    {
        var result = ImmutableArray.CreateBuilder<Inline>();
        Inline? current = null;
        for (int k = 0; k < lines.Count; k++)
        {
            var end = Wrapping.End(lines[k].Text, out var text);
            if (end == Wrapping.LineEnd.Break && k == lines.Count - 1)
            {
                bag.At(Source, lines[k].Line.FullSpanWithoutEol()).BreakThatBreaksNothing(new("the last line of a paragraph", "段落的最後一行"));
                text = lines[k].Text;
            }

            current = current is null ? text : Wrapping.Join(current, text, series.TitleOf);
            if (end == Wrapping.LineEnd.Break && k < lines.Count - 1)
            {
                result.Add(current);
                current = null;
            }
        }

        if (current is not null) result.Add(current);
        return result.ToImmutable();
    }

    /// <summary>
    /// The text of a list item or a field (or part) with a value, with the text lines right below
    /// it (no blank line between) joined to it; the rest of its content after them. A line written
    /// at the marker's own column is joined too (the parser nests it there) and reported (ML0115).
    /// A <c>\</c> at the end of any of its lines breaks nothing (ML0116).
    /// </summary>
    private (Inline Text, List<BlockSyntax> Content) Continued(BlockSyntax block, Inline first, Phrase what)
    {
        var rest = new List<BlockSyntax>();
        var text = End(first, block.Line);
        bool joining = Parser.HasWrappableText(block.Line);
        foreach (var child in block.Blocks)
        {
            if (joining && child.Line is CommentLineSyntax) continue;
            if (joining && child.Line is TextLineSyntax t)
            {
                if (t.IndentWidth <= block.Line.IndentWidth) bag.At(Source, t.FullSpanWithoutEol()).ContinuationAtMarker(what);
                text = Wrapping.Join(text, End(BindInline(t.Content), t), series.TitleOf);
                if (!child.Content.Any()) continue;
                rest.AddRange(child.Content);
                joining = false;
                continue;
            }

            joining = false;
            if (!child.Line.IsTrivia) rest.Add(child);
        }

        return (text, rest);

        Inline End(Inline line, LineSyntax syntax)
        {
            var end = Wrapping.End(line, out var without);
            if (end == Wrapping.LineEnd.Break) bag.At(Source, syntax.FullSpanWithoutEol()).BreakThatBreaksNothing(what);
            return end == Wrapping.LineEnd.Backslash ? without : line;
        }
    }

    private ProgressTableBlock BindProgress(List<BlockSyntax> items)
    {
        var rows = ImmutableArray.CreateBuilder<ProgressRow>();
        foreach (var b in items)
        {
            var item = (ItemLineSyntax)b.Line;
            var inline = BindInline(item.Content);
            var mention = inline.Parts.OfType<CaseMention>().FirstOrDefault();
            if (mention is null)
            {
                bag.At(Source, item.Content.FullSpan.Length > 0 ? item.Content.FullSpan : item.Marker!.FullSpan).ProgressRowWithoutCase();
                continue;
            }

            var content = BindBlocks(b.Content);
            rows.Add(new ProgressRow(mention, Cell(content, "最新辦理情形"), Cell(content, "會議決議")));
        }

        return new ProgressTableBlock(rows.ToImmutable());

        static ImmutableArray<Block> Cell(ImmutableArray<Block> content, string label)
        {
            var f = content.OfType<FieldBlock>().FirstOrDefault(f => f.Label == label);
            if (f is null) return [];
            return f.Value.IsEmpty ? f.Content : [new ParagraphBlock([f.Value]), .. f.Content];
        }
    }

    private bool TryBindEvent(DirectiveLineSyntax d)
    {
        if (!CaseEventKinds.TryParse(Name(d), out var kind)) return false;
        string args = d.Arguments.PlainText.Trim();
        var span = d.FullSpanWithoutEol();
        if (args.Length == 0)
        {
            bag.At(Source, span).DirectiveArgument(d.Name.Text, new("a case id", "案件代號"), new($"write '@{d.Name.Text} ID' with the id of a case declared by '@case ID' in series.minutes", $"請寫「@{d.Name.Text} 代號」，代號為 series.minutes 以「@case 代號」宣告的案件"));
            return true;
        }

        int cut = args.IndexOfAny([' ', '\t', '\u3000']);
        string id = cut < 0 ? args : args[..cut];
        string rest = cut < 0 ? "" : args[(cut + 1)..].Trim();
        CheckCase(id, new TextSpan(d.Arguments.FullSpan.Start + d.Arguments.PlainText.IndexOf(id, StringComparison.Ordinal), id.Length));

        var consent = ImmutableArray<string>.Empty;
        bool all = false;
        string? level = null;
        foreach (var (key, value) in Pairs(rest))
        {
            if (key is "同意" or "consent")
            {
                if (value is "全體" or "全部" or "all") all = true;
                else
                {
                    consent = [.. value.Split(['、', '，', ',', ' '], StringSplitOptions.RemoveEmptyEntries)];
                    foreach (var city in consent)
                    {
                        if (!Cities.IsCity(city)) bag.At(Source, span).UnknownCity(city);
                    }
                }
            }
            else if (key is "層級" or "level")
            {
                level = value;
            }
        }

        if (kind is CaseEventKind.Renamed or CaseEventKind.Referred && rest.Length == 0)
            bag.At(Source, span).DirectiveArgument(d.Name.Text, kind == CaseEventKind.Renamed ? new("the new title", "新案名") : new("where the case goes", "移轉的對象"),
                kind == CaseEventKind.Renamed ? new($"write the case's new title after its id: '@{d.Name.Text} {id} 新標題'", $"請在案件代號後寫新案名：「@{d.Name.Text} {id} 新標題」")
                    : new($"write the group the case is sent to after its id: '@{d.Name.Text} {id} 組名'", $"請在案件代號後寫移轉的組別：「@{d.Name.Text} {id} 組名」"));

        events.Add(new CaseEvent(kind, id, rest, consent, all, level, span));
        return true;
    }

    private static IEnumerable<(string Key, string Value)> Pairs(string rest)
    {
        foreach (var piece in rest.Split([' ', '\u3000'], StringSplitOptions.RemoveEmptyEntries))
        {
            int c = piece.IndexOfAny(['：', ':']);
            if (c > 0) yield return (piece[..c], piece[(c + 1)..]);
        }
    }
}

internal static class SyntaxExtensions
{
    /// <summary>The span of a line without its indentation and line break.</summary>
    public static TextSpan FullSpanWithoutEol(this LineSyntax line) =>
        TextSpan.FromBounds(line.Indent.FullSpan.End, line.EndOfLine.Start);
}
