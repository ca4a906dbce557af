using System.Collections.Immutable;
using System.Text;
using System.Text.RegularExpressions;
using MinutesLang.Semantics;
using MinutesLang.Syntax;
using MinutesLang.Validation;

namespace MinutesLang.Import;

/// <summary>
/// Reads what the prose of a record says happened to its cases (DOMAIN.md §3: 持續列管, 列為常態性合作,
/// 提請副市長層級會議解除列管, 同意解列, 業已更改為「…」, 改於「交通組」…) and writes it as event
/// directives (@列管, @常態, @提請解列 … 層級：…, @解列, @更名, @移轉, @交辦, @成案 … 同意：全體,
/// @併入), so that an imported series can be checked like a hand-written one. Each directive goes
/// at the end of the item, row or paragraph that says it, one level deeper. Works on the
/// notation, whatever produced it; a record that already has event directives is left alone.
/// </summary>
public static partial class EventInference
{
    private const string Levels = "市長層級|副市長層級|副首長層級|府級|府層級";

    [GeneratedRegex("(?<routine>列為(常態性?|例行性?)(合作)?(案件|方案)?|列為例行)"
        + "|(?<propose>(提請|提報|提(?=(" + Levels + ")))(?!.{0,2}討論)[^，。；]{0,16}?(解除列管|解列))"
        + "|(?<delist>(?<!提)(同意)?(解除列管|解列))"
        + "|(?<track>(持續|繼續)列管|(請|並請)?(繼續|持續)辦理)"
        + "|(?<establish>同意成案|本案成案|(列入|納入)[^，。；]{0,12}列管)"
        + "|(?<rename>(業已)?更(改|名)為「)"
        + "|(?<refer>改於[^「，。]{0,8}「(?<to>[^」]+)」)"
        + "|(?<directive>(?<dlevel>市長層級|副市長層級)會議裁指示事項)")]
    private static partial Regex Phrase();

    [GeneratedRegex(Levels)]
    private static partial Regex Level();

    [GeneratedRegex("有\\s*[0-9０-９一二三四五六七八九十]+\\s*個(議案|合作案|案)(持續|繼續)列管")]
    private static partial Regex Summary();

    [GeneratedRegex("辦理進度|辦理情形|列管|持續合作|合作方案|合作案|合作提案")]
    private static partial Regex ProgressWords();

    [GeneratedRegex("新增合作方案|新增提案|最新提案|臨時動議|提案討論|市提案")]
    private static partial Regex ProposalWords();

    [GeneratedRegex("依(上次|前次)|上次會議決議|已於")]
    private static partial Regex Past();

    [GeneratedRegex("嗣後|另|請")]
    private static partial Regex Turn();

    [GeneratedRegex("俟|下次會議")]
    private static partial Regex Future();

    /// <summary>One inferred event: where it goes and what it says.</summary>
    public sealed record Inferred(int Line, string CaseId, string Directive);

    /// <summary>
    /// A verb of a decision (同意解列, 持續列管, 同意成案…) that names no case the event could be given to (issue h §3): the
    /// line of the notation it goes after (1-based), the indentation of the comment, the verb as written, the field
    /// (決議, 裁示…; empty for another line) and why (<see cref="Why"/>). No event is written; a <c>//</c> line says so.
    /// </summary>
    public sealed record Unattributed(int Line, string Indent, string Verb, string Label, Localization.Phrase Why);

    /// <summary>A verb the writer must attribute: one that changes or states a case's tracking (not 繼續辦理, 改於…, 更名).</summary>
    private static bool Attributable(Match m) =>
        m.Groups["delist"].Success || m.Groups["propose"].Success || m.Groups["routine"].Success || m.Groups["establish"].Success
        || m.Groups["track"].Success && m.Value.EndsWith("列管", StringComparison.Ordinal);

    private static readonly Localization.Phrase NamesNone = new("the item names no case", "該項未提及任何案件");
    private static readonly Localization.Phrase NamesSeveral = new("the item names several cases and its clause none of them", "該項提及多個案件，而此句未指明何者");
    private static readonly Localization.Phrase NotDeclared = new("its case is not one of the series (see proposed-cases.txt)", "其案件不在本系列中（見 proposed-cases.txt）");

    /// <summary>The <c>//</c> line written where a decision's verb is given to no case (ML0425), in <paramref name="language"/>.</summary>
    public static string Comment(Unattributed note, Localization.Language language) =>
        note.Indent + "// " + new Localization.Phrase(
            $"minutes import: '{note.Verb}' is given to no case ({note.Why.En}); no event written (ML0425)",
            $"minutes import：「{note.Verb}」未能歸屬案件（{note.Why.ZhTw}）；未寫入案件事件（ML0425）").In(language);

    /// <summary>
    /// The record with the events its prose states (<see cref="Infer(SyntaxTree, Series, IReadOnlyList{Record}?, List{Unattributed}?)"/>)
    /// written after the blocks that state them, and a <c>//</c> line where a decision's verb names no case (ML0425), in
    /// <paramref name="language"/>; each such line (1-based, in the text returned) is added to <paramref name="notes"/>.
    /// </summary>
    public static string Apply(string notation, Series series, IReadOnlyList<Record>? earlier = null, Localization.Language language = Localization.Language.En, List<(int Line, Unattributed Note)>? notes = null)
    {
        var tree = Parsing.Parser.Parse(notation, "import.minutes");
        var unattributed = new List<Unattributed>();
        var found = Infer(tree, series, earlier, unattributed).Select(f => (f.Line, Text: f.Directive, Note: (Unattributed?)null))
            .Concat(unattributed.Select(u => (u.Line, Text: Comment(u, language), Note: (Unattributed?)u))).ToList();
        if (found.Count == 0) return notation;
        var lines = notation.Replace("\r\n", "\n").Split('\n').ToList();
        var tags = new List<Unattributed?>(new Unattributed?[lines.Count]);
        // blocks that end on the same line: the directives of the innermost first (deeper indentation), so that each
        // stays under its own block; an outer block's directive before them would leave them indented under nothing (ML0008)
        foreach (var group in found.GroupBy(f => f.Line).OrderByDescending(g => g.Key))
        {
            var inserted = group.OrderByDescending(f => f.Text.Length - f.Text.TrimStart(' ').Length).ToList();
            lines.InsertRange(group.Key, inserted.Select(f => f.Text));
            tags.InsertRange(group.Key, inserted.Select(f => f.Note));
        }

        for (int i = 0; i < tags.Count; i++)
        {
            if (tags[i] is { } note) notes?.Add((i + 1, note));
        }

        return string.Join('\n', lines);
    }

    private enum Context
    {
        None,
        Progress,   // cases reported on: an item that names one case and says nothing else is still tracked
        Proposal,   // new proposals: a case not seen before is taken up (成案) unless sent elsewhere
    }

    /// <summary>
    /// Infers the events of several records in series order (by @meeting id), each knowing the
    /// records before it (a case seen before is not new), including <paramref name="existing"/>
    /// records of the series. Returns the texts in the order given.
    /// </summary>
    /// <remarks>
    /// Where a decision's verb names no case (ML0425) a <c>//</c> line in <paramref name="language"/> says so; each is added
    /// to <paramref name="notes"/> with the index of its text and its line there.
    /// </remarks>
    public static IReadOnlyList<string> ApplyInOrder(IReadOnlyList<string> texts, Series series, IEnumerable<Record>? existing = null,
        Localization.Language language = Localization.Language.En, List<(int Text, int Line, Unattributed Note)>? notes = null)
    {
        var bound = texts.Select((t, i) => (Index: i, Record: RecordBinder.Bind(Parsing.Parser.Parse(t, $"import-{i}.minutes"), series, new Diagnostics.DiagnosticBag()))).ToList();
        var earlier = (existing ?? []).ToList();
        var result = texts.ToArray();
        foreach (var (index, record) in bound.OrderBy(b => b.Record.Year).ThenBy(b => b.Record.Sequence))
        {
            var before = earlier.Where(r => (r.Year, r.Sequence).CompareTo((record.Year, record.Sequence)) < 0).ToList();
            var found = new List<(int Line, Unattributed Note)>();
            result[index] = Apply(texts[index], series, before, language, found);
            notes?.AddRange(found.Select(f => (index, f.Line, f.Note)));

            // what later records need of this one (its date, the cases it names) is there before inference too
            earlier.Add(record);
        }

        return result;
    }

    /// <summary>The events the prose of a record states; none if the record already has event directives other than @更名.</summary>
    /// <remarks>A decision's verb that names no case gives no event; it is added to <paramref name="unattributed"/> (ML0425).</remarks>
    public static IReadOnlyList<Inferred> Infer(SyntaxTree tree, Series series, IReadOnlyList<Record>? earlier = null, List<Unattributed>? unattributed = null)
    {
        var result = new List<Inferred>();
        var written = ScanLine.Lines(tree.Root.Blocks).OfType<DirectiveLineSyntax>()
            .Where(d => CaseEventKinds.TryParse(d.Name.Text, out _))
            .ToList();

        // the importer writes only what the record states word for word (@更名); anything else means a writer was here
        if (written.Any(d => d.Name.Text != "更名")) return result;
        var already = written.Select(d => d.ToFullString().Trim()).ToHashSet(StringComparer.Ordinal);
        var merged = MergedCases(tree, series, earlier);
        var seen = (earlier ?? []).SelectMany(r => r.Mentions.Select(m => m.CaseId).Concat(r.Events.Select(e => e.CaseId))).ToHashSet(StringComparer.Ordinal);
        Walk(tree.Root.Blocks, Context.None);
        return result;

        void Walk(ImmutableArray<BlockSyntax> blocks, Context context)
        {
            var here = context;
            for (int k = 0; k < blocks.Length; k++)
            {
                var b = blocks[k];
                if (b.Line is PartLineSyntax part) here = Classify(part.ToFullString()) ?? Context.None;
                if (Subject(b.Line) is { } subject)
                {
                    here = Classify(subject.Value.PlainText) ?? context;
                    int end = k + 1;
                    while (end < blocks.Length && Subject(blocks[end].Line) is null) end++;
                    if (SubjectUnit(blocks, k, end, here))
                    {
                        for (int j = k + 1; j < end; j++) Walk(blocks[j].Blocks, here);
                        k = end - 1;
                        continue;
                    }
                }

                if (Unit(b, here)) continue;
                Walk(b.Blocks, here);
            }
        }

        // 案由：[[case]] … 決議：…: the decision speaks of the subject's case, or of the cases it names clause by clause
        bool SubjectUnit(ImmutableArray<BlockSyntax> blocks, int k, int end, Context context)
        {
            if (ScanLine.From(blocks[k].Line) is not { } subject) return false;
            var ids = subject.Links.Where(NamesACase).Select(l => l.Id.Text.Trim()).Distinct().ToList();
            var decision = Enumerable.Range(k + 1, end - k - 1).Select(j => blocks[j])
                .FirstOrDefault(x => x.Line is FieldLineSyntax { Field.Name: "決議" or "裁示" or "決定" or "主席裁示" });
            if (ids.Count != 1)
            {
                // 案由 naming no case, or several: a decision that names none itself cannot say whose event its verb is (ML0425)
                if (decision is not null && !ScanLine.Lines([decision]).Select(ScanLine.From).OfType<ScanLine>().Any(l => l.Links.Any(NamesACase)))
                {
                    string said = string.Concat(ScanLine.Lines([decision]).Select(ScanLine.From).OfType<ScanLine>().Select(l => l.Text + "。"));
                    NoteUnattributed(decision, said, ids.Count == 0 && !UnknownMentions(subject.Text).Any() ? NamesNone : ids.Count == 0 ? NotDeclared : NamesSeveral, _ => true);
                }

                return false;
            }

            var text = new StringBuilder();
            var named = new List<(string Id, string? Wording, int At)>();
            foreach (var l in ScanLine.Lines(decision is null ? [] : [decision]).Select(ScanLine.From).OfType<ScanLine>())
            {
                for (int i = 0; i < l.Links.Length; i++)
                {
                    if (NamesACase(l.Links[i])) named.Add((l.Links[i].Id.Text.Trim(), l.Links[i].Wording?.Text, text.Length + l.LinkAt[i]));
                }

                text.Append(l.Text).Append('。');
            }

            var anchor = decision ?? blocks[k];

            // the decision names cases itself (「[[防汛|…]]」同意解列，「[[路燈|…]]」持續列管): each verb goes to the case of its own
            // clause; the subject's case only to a verb whose sentence names none, and only when the subject names no other case
            if (named.Count > 0 || UnknownMentions(text.ToString()).Any())
            {
                bool subjectAlone = !UnknownMentions(subject.Text).Any();
                bool several = !subjectAlone || named.Select(n => n.Id).Distinct().Count() + UnknownMentions(text.ToString()).Count() >= 2;
                Emit(anchor, text.ToString(), named, context, forceOne: false, fallback: subjectAlone ? ids[0] : null, several);
                return true; // the unit is read, events or none: its lines are not read again one by one (the 案由's defaults would guess)
            }

            // 案由：「[[A]]」及「公園認養計畫」… 決議：同意成案: which of the two is not said; no event is guessed
            if (UnknownMentions(subject.Text).Any())
            {
                Emit(anchor, text.ToString(), [(ids[0], null, -1)], context, forceOne: false, fallback: null, several: true);
                return true;
            }

            return Emit(anchor, text.ToString(), [(ids[0], null, 0)], context, forceOne: true);
        }

        // the verbs of a block's text that no case is given (those 'which' picks, not restated, planned or summed up): a '//' after it
        void NoteUnattributed(BlockSyntax b, string t, Localization.Phrase why, Func<Match, bool> which)
        {
            if (unattributed is null) return;
            int lineAfter = tree.Source.GetLineColumn(Math.Max(b.FullSpan.Start, b.FullSpan.End - 1)).Line;
            string label = b.Line is FieldLineSyntax f ? f.Field.Name : "";
            foreach (Match m in Phrase().Matches(t))
            {
                if (!which(m) || !Attributable(m) || Summary().IsMatch(Clause(t, m.Index))) continue;
                string before = SentenceBefore(t, m.Index);
                if (Past().Matches(before).LastOrDefault() is { } past && !Turn().IsMatch(before[(past.Index + past.Length)..]) || Future().IsMatch(before)) continue;
                if (unattributed.Any(u => u.Line == lineAfter && u.Verb == m.Value)) continue;
                unattributed.Add(new Unattributed(lineAfter, new string(' ', b.Line.IndentWidth + 2), m.Value, label, why));
            }
        }

        // true when the block is a unit that speaks of cases (its events are written after it)
        bool Unit(BlockSyntax b, Context context)
        {
            if (ScanLine.From(b.Line) is not { } line || !line.Links.Any(NamesACase)) return false;
            var text = new StringBuilder(line.Text);
            var links = line.Links.Select((l, i) => (Link: l, Id: l.Id.Text.Trim(), Wording: l.Wording?.Text, At: line.LinkAt[i]))
                .Where(l => NamesACase(l.Link)).Select(l => (l.Id, l.Wording, l.At)).ToList();
            bool row = b.Line is ItemLineSyntax && line.Text.TrimStart().StartsWith(ScanLine.LinkMark)
                && b.Content.Any(c => c.Line is FieldLineSyntax { Field.Name: "會議決議" or "最新辦理情形" });
            if (row)
            {
                // a 列管表 row: the decision speaks; the latest state when the decision says nothing
                string decision = FieldText(b, "會議決議"), state = FieldText(b, "最新辦理情形");
                text.Clear().Append(ScanLine.LinkMark).Append('：').Append(Phrase().IsMatch(decision) ? decision : state);
                links = [links[0] with { At = 0 }];
                return Emit(b, text.ToString(), links, context == Context.None ? Context.Progress : context, forceOne: true);
            }

            // the item's own text lines (a paragraph continued below it) belong to it
            foreach (var c in b.Content.Where(c => c.Line is TextLineSyntax && c.Blocks.IsEmpty))
            {
                if (ScanLine.From(c.Line) is { } more && more.Links.IsEmpty) text.Append(more.Text);
            }

            var all = links.Select(l => l.Id).Distinct().ToList();
            bool several = all.Count + UnknownMentions(text.ToString()).Count() >= 2;
            return Emit(b, text.ToString(), links, context, forceOne: false, fallback: all.Count == 1 ? all[0] : null, several);
        }

        // the events go after the block, one level (2 spaces) deeper than its line
        bool Emit(BlockSyntax b, string t, List<(string Id, string? Wording, int At)> links, Context context, bool forceOne, string? fallback = null, bool several = false)
        {
            var events = new List<(int At, string Id, string Directive)>();
            bool restated = false, unresolved = false;
            int previousEnd = 0;
            foreach (Match m in Phrase().Matches(t))
            {
                int after = previousEnd;
                previousEnd = m.Index + m.Length;
                string clause = Clause(t, m.Index);
                if (Summary().IsMatch(clause)) continue;
                bool change = m.Groups["delist"].Success || m.Groups["propose"].Success || m.Groups["routine"].Success;
                string before = SentenceBefore(t, m.Index);

                // 依上次會議決議…解除列管, 已於…同意解列: a decision of an earlier meeting, said again
                if (change && Past().Matches(before).LastOrDefault() is { } past && !Turn().IsMatch(before[(past.Index + past.Length)..]))
                {
                    restated = true;
                    continue;
                }

                // 俟…後再提請解除列管, 於下次會議改為常態性合作: a plan, not a decision
                if (change && Future().IsMatch(before)) continue;
                var targets = forceOne ? [links[0].Id] : Targets(t, m, after, links, fallback, several);
                if (targets.Count == 0)
                {
                    unresolved = true;
                    if (Attributable(m))
                        NoteUnattributed(b, t, UnknownMentions(t, Math.Max(t.LastIndexOfAny(ClauseMarks, Math.Max(0, m.Index - 1)) + 1, after), m.Index).Any() ? NotDeclared : NamesSeveral, x => x.Index == m.Index);
                }
                foreach (var id in targets)
                {
                    string? d = Directive(m, id, clause, links, t);
                    if (d is not null) events.Add((m.Index, id, d));
                }
            }

            var ids = links.Select(l => l.Id).Distinct().ToList();
            foreach (var id in ids.Where(id => events.Any(e => e.Id == id && e.Directive.StartsWith("@成案", StringComparison.Ordinal))))
            {
                // 本案成案，持續列管: established is all there is to record; and it was not merged
                events.RemoveAll(e => e.Id == id && e.Directive.StartsWith("@列管", StringComparison.Ordinal));
                merged.Remove(id);
            }

            // a renamed case in a progress report goes on being tracked
            if (unresolved && !forceOne)
            {
                // a verb whose case is not known (an unknown case, proposed) or not told: the unit's defaults would guess
            }
            else if (context == Context.Progress && ids.Count == 1 && events.Count > 0 && events.All(e => e.Directive.StartsWith("@更名", StringComparison.Ordinal)))
                events.Add((int.MaxValue, ids[0], $"@列管 {ids[0]}"));

            int words = t.Count(c => char.IsLetterOrDigit(c) && c != ScanLine.LinkMark);
            if (!unresolved && events.Count == 0 && !restated && context != Context.None && ids.Count == 1 && words >= 4 && b.Line is ItemLineSyntax or FieldLineSyntax)
                events.Add((0, ids[0], $"@列管 {ids[0]}"));

            // a case proposed and not seen before is taken up, unless the record sends it elsewhere
            if (!unresolved && context == Context.Proposal && ids.Count == 1 && !seen.Contains(ids[0]) && !merged.Contains(ids[0])
                && !events.Any(e => e.Directive.StartsWith("@成案", StringComparison.Ordinal) || e.Directive.StartsWith("@移轉", StringComparison.Ordinal) || e.Directive.StartsWith("@交辦", StringComparison.Ordinal)))
            {
                events.RemoveAll(e => e.Directive.StartsWith("@列管", StringComparison.Ordinal));
                events.Insert(0, (-1, ids[0], $"@成案 {ids[0]} 同意：全體"));
            }

            if (events.Count == 0 && !ids.Any(merged.Contains)) return false;
            int lineAfter = tree.Source.GetLineColumn(Math.Max(b.FullSpan.Start, b.FullSpan.End - 1)).Line;
            string indent = new(' ', b.Line.IndentWidth + 2);
            foreach (var id in ids.Where(merged.Remove)) result.Add(new Inferred(lineAfter, id, $"{indent}@併入 {id}"));
            foreach (var e in events.OrderBy(e => e.At).DistinctBy(e => e.Directive).Where(e => !already.Contains(e.Directive)))
                result.Add(new Inferred(lineAfter, e.Id, indent + e.Directive));
            foreach (var id in ids) seen.Add(id);
            return true;
        }
    }

    /// <summary>
    /// A link an event can name: closed (<c>]]</c>) with an id of one word. A '[[' the original holds and the importer
    /// kept verbatim (ML0404) is an unclosed link (ML0005) or one whose id is empty or several words: an event
    /// directive with it would lack its case id (ML0106, which the importer would not have announced), so it names none.
    /// </summary>
    private static bool NamesACase(CaseLinkSyntax link)
    {
        string id = link.Id.Text.Trim();
        return !link.Close.IsMissing && id.Length > 0 && !id.Any(c => char.IsWhiteSpace(c) || c == '\uFEFF');
    }

    private static Context? Classify(string text) =>
        ProposalWords().IsMatch(text) ? Context.Proposal : ProgressWords().IsMatch(text) ? Context.Progress : null;

    private static FieldSyntax? Subject(LineSyntax line) =>
        line switch
        {
            FieldLineSyntax f when IsSubject(f.Field.Name) => f.Field,
            PartLineSyntax { Field: { } f } when IsSubject(f.Name) => f,
            _ => null,
        };

    private static bool IsSubject(string label) => label.StartsWith("案由", StringComparison.Ordinal) || label.EndsWith("提案", StringComparison.Ordinal);

    private static string FieldText(BlockSyntax row, string name)
    {
        var sb = new StringBuilder();
        foreach (var f in row.Content.Where(c => c.Line is FieldLineSyntax { Field.Name: var n } && n == name))
        {
            sb.Append(((FieldLineSyntax)f.Line).Field.Value.PlainText);
            foreach (var l in ScanLine.Lines(f.Blocks).Select(ScanLine.From).OfType<ScanLine>()) sb.Append(l.Text);
        }

        return sb.ToString();
    }

    private static string SentenceBefore(string t, int at) => t[(t.LastIndexOf('。', Math.Max(0, at - 1)) + 1)..at];

    private static string Clause(string t, int at)
    {
        int start = t.LastIndexOfAny(['。', '；', '，'], Math.Max(0, at - 1)) + 1;
        int end = t.IndexOfAny(['。', '；', '，'], at);
        return t[start..(end < 0 ? t.Length : end)];
    }

    [GeneratedRegex("「([^「」\uFFFC]{2,100})」")]
    private static partial Regex Quoted();

    [GeneratedRegex("^\\s*(一案|案|計畫案|等\\s*[0-9０-９一二三四五六七八九十]+\\s*案)?\\s*(及|、|與|和|暨)?\\s*[，；]?\\s*$")]
    private static partial Regex NameTail();

    /// <summary>
    /// The cases of the series' unknown that a text names: 「…」 without a link, followed by nothing but 案/一案/等 N 案 (and
    /// a 及、與 before the next name) up to the end of the text given; their positions.
    /// </summary>
    private static IEnumerable<int> UnknownMentions(string t, int from = 0, int to = -1)
    {
        if (to < 0) to = t.Length;
        foreach (Match q in Quoted().Matches(t[..to]))
        {
            if (q.Index < from) continue;
            string rest = t[(q.Index + q.Length)..to];
            if (to == t.Length ? Regex.IsMatch(rest, "^\\s*(一案|案|計畫案|等\\s*[0-9０-９一二三四五六七八九十]+\\s*案)") || rest.Trim().Length == 0 || Phrase().Match(rest) is { Success: true, Index: <= 2 }
                    : NameTail().IsMatch(rest)
                || Regex.IsMatch(rest, "^\\s*(及|、|與|和|暨)\\s*[「\uFFFC]"))
                yield return q.Index;
        }
    }

    private static readonly char[] ClauseMarks = ['，', '；', '。'];

    /// <summary>
    /// The cases a phrase speaks of (issue g §1): those named in its own clause — between the last ，；。 or the end of the phrase
    /// before it (「A」解列及「B」列管) and the phrase; if none, those named after it in its clause up to the next phrase; if the
    /// clause names none, the nearest clause before it in its sentence that names one, when no other phrase lies between
    /// (「A」經討論，同意解列; when several cases are named, a verb between makes it untold: 「A」持續列管，同意成案); if the sentence names none, <paramref name="fallback"/>, the unit's one case. An unknown case
    /// (「公園認養計畫」同意成案) is named too: a clause that names only unknown cases gives no known case the event.
    /// Empty when it cannot tell.
    /// </summary>
    private static List<string> Targets(string t, Match m, int previousEnd, List<(string Id, string? Wording, int At)> links, string? fallback, bool several)
    {
        int at = m.Index;
        int clause = Math.Max(t.LastIndexOfAny(ClauseMarks, Math.Max(0, at - 1)) + 1, previousEnd);
        if (at == 0) clause = 0;
        var inClause = links.Where(l => l.At >= clause && l.At < at).Select(l => l.Id).Distinct().ToList();
        if (inClause.Count > 0) return inClause;
        if (UnknownMentions(t, clause, at).Any()) return [];

        // 同意成案「…」: the name after the verb, up to the end of the clause or the next phrase
        int clauseEnd = t.IndexOfAny(ClauseMarks, m.Index + m.Length);
        if (clauseEnd < 0) clauseEnd = t.Length;
        var next = Phrase().Match(t, m.Index + m.Length);
        if (next.Success && next.Index < clauseEnd) clauseEnd = next.Index;
        int verbEnd = m.Index + m.Length;
        var behind = links.Where(l => l.At >= verbEnd && l.At <= verbEnd + 1 && l.At < clauseEnd).Select(l => l.Id).Distinct().ToList();
        if (behind.Count > 0) return behind;
        if (Quoted().Match(t[..clauseEnd], verbEnd) is { Success: true } q && q.Index <= verbEnd + 1) return [];

        // the nearest clause before that names a case, in the same sentence, with no other phrase between
        int sentence = t.LastIndexOf('。', Math.Max(0, at - 1)) + 1;
        if (at == 0) sentence = 0;
        var before = links.Where(l => l.At >= sentence && l.At < clause).Select(l => l.At)
            .Concat(UnknownMentions(t, sentence, clause)).DefaultIfEmpty(-1).Max();
        if (before >= 0)
        {
            if (previousEnd > before && several) return [];
            int start = Math.Max(0, t.LastIndexOfAny(ClauseMarks, Math.Max(0, before - 1)) + 1);
            if (before == 0) start = 0;
            var there = links.Where(l => l.At >= start && l.At < clause).Select(l => l.Id).Distinct().ToList();
            return UnknownMentions(t, start, clause).Any() && there.Count == 0 ? [] : there;
        }

        return fallback is null ? [] : [fallback];
    }

    private static string? Directive(Match m, string id, string clause, List<(string Id, string? Wording, int At)> links, string t)
    {
        if (m.Groups["routine"].Success) return $"@常態 {id}";
        if (m.Groups["track"].Success) return $"@列管 {id}";
        if (m.Groups["delist"].Success) return $"@解列 {id}";
        if (m.Groups["establish"].Success) return $"@成案 {id} 同意：全體";
        if (m.Groups["propose"].Success)
        {
            var level = Level().Match(m.Value) is { Success: true } lm ? lm : Level().Match(clause);
            return level.Success ? $"@提請解列 {id} 層級：{NormalLevel(level.Value)}" : $"@提請解列 {id}";
        }

        if (m.Groups["directive"].Success) return $"@交辦 {id} 層級：{m.Groups["dlevel"].Value}";
        if (m.Groups["refer"].Success) return $"@移轉 {id} {m.Groups["to"].Value.Trim()}";
        if (m.Groups["rename"].Success)
        {
            // the new title is the link inside 「…」 right after the phrase
            int open = m.Index + m.Length;
            var next = links.FirstOrDefault(l => l.At == open && l.Id == id);
            return next.Wording is { } w ? $"@更名 {id} {w.Trim()}" : null;
        }

        return null;
    }

    private static string NormalLevel(string level) => level switch
    {
        "副首長層級" => "副市長層級",
        "府級" => "府層級",
        _ => level,
    };

    /// <summary>
    /// Cases of a merged platform: at the first record of a platform that follows another, the
    /// cases linked whose 來源 says they come from an earlier platform (原…) are introduced by @併入.
    /// </summary>
    private static HashSet<string> MergedCases(SyntaxTree tree, Series series, IReadOnlyList<Record>? earlier)
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        if (series.Platforms.Length < 2) return result;
        var record = RecordBinder.Bind(tree, series, new Diagnostics.DiagnosticBag());
        var date = record.Date?.ToDate();
        if (date is null) return result;
        var platform = series.Platforms.Where(p => p.From is null || p.From <= date).OrderBy(p => p.From ?? DateOnly.MinValue).LastOrDefault();
        if (platform?.From is null) return result;
        bool first = earlier is null
            ? date.Value.DayNumber - platform.From.Value.DayNumber < 120
            : !earlier.Any(r => r.Date?.ToDate() is { } d && d >= platform.From && d < date);
        if (!first) return result;
        foreach (var m in record.Mentions)
        {
            if (series.Cases.TryGetValue(m.CaseId, out var c) && c.Origin is { } o && o.StartsWith('原')) result.Add(m.CaseId);
        }

        return result;
    }
}
