using MinutesLang.Diagnostics;
using MinutesLang.Localization;
using MinutesLang.Semantics;
using MinutesLang.Syntax;
using MinutesLang.Text;

namespace MinutesLang.Parsing;

/// <summary>
/// The indentation mistakes that would change the nesting without a word (grammar/GUIDE.md,
/// "Indentation mistakes"): tabs, full-width spaces and spaces mixed in one part (ML0010, or
/// ML0011 where the nesting depends on what a tab or a full-width space counts as), a line that
/// jumps a level (ML0012) or lands between two levels (ML0013), and the list items taken by a
/// field with an empty value (ML0014). A full-width space or a tab typed before a line that belongs at the
/// left margin (<c>　紀錄：…</c>) is ML0011 too: read as nothing, the line is a part of its own.
/// </summary>
internal static class IndentationChecker
{
    /// <summary>The readings of a tab and a full-width space tried to tell whether a mix of them is ambiguous (columns each).</summary>
    private static readonly (int Tab, int Ideographic)[] Readings = [(4, 2), (2, 2), (8, 2), (4, 1), (2, 1), (8, 1)];

    public static void Check(SourceText source, DocumentSyntax root, Parser.Nesting nesting, DiagnosticBag bag)
    {
        var lines = new List<(LineSyntax Line, int Parent)>();
        Flatten(root.Blocks, -1, lines);
        var stray = StraySpacesBeforeTheMargin(source, lines, bag);
        MixedSpaces(source, lines, stray, bag);
        Levels(source, lines, stray, bag);
        foreach (var (field, item) in nesting.ListsAtFieldIndent)
        {
            string label = field switch
            {
                FieldLineSyntax f => f.Field.Name,
                PartLineSyntax { Field: { } pf } => pf.Name,
                _ => "",
            };
            bag.At(source, item.FullSpanWithoutEol()).ListAtFieldIndent(label);
        }
    }

    private static void Flatten(IEnumerable<BlockSyntax> blocks, int parent, List<(LineSyntax, int)> lines)
    {
        foreach (var b in blocks)
        {
            if (b.Line.IsTrivia) continue;
            lines.Add((b.Line, parent));
            Flatten(b.Blocks, lines.Count - 1, lines);
        }
    }

    /// <summary>Which kinds of space an indentation holds: 1 spaces, 2 tabs, 4 full-width spaces.</summary>
    private static int Kinds(ReadOnlySpan<char> indent)
    {
        int k = 0;
        foreach (char c in indent) k |= c switch { '\t' => 2, '\u3000' => 4, _ => 1 };
        return k;
    }

    private static int Width(ReadOnlySpan<char> indent, int tab, int ideographic)
    {
        int width = 0;
        foreach (char c in indent) width += c switch { '\t' => tab, '\u3000' => ideographic, _ => 1 };
        return width;
    }

    /// <summary>
    /// Within each top-level part, the kinds of space most of its indented lines use are the norm
    /// (a tab followed by two spaces on every line is consistent); a line indented otherwise is reported: ML0011 when another reading of
    /// a tab (2, 4 or 8 columns) or a full-width space (1 or 2) would nest some line of the part
    /// elsewhere, ML0010 when the nesting is the same whatever they count.
    /// </summary>
    private static void MixedSpaces(SourceText source, List<(LineSyntax Line, int Parent)> lines, HashSet<LineSyntax> reported, DiagnosticBag bag)
    {
        int start = 0;
        while (start < lines.Count)
        {
            int end = start + 1;
            while (end < lines.Count && lines[end].Line.Indent.Length > 0) end++;
            int firstKinds = -1;
            bool oneKind = true;
            for (int i = start; i < end; i++)
            {
                if (lines[i].Line.Indent.Length == 0) continue;
                int kinds = Kinds(lines[i].Line.Indent.Span);
                if (firstKinds < 0) firstKinds = kinds;
                else oneKind &= kinds == firstKinds;
            }

            // a part indented with one kind of space throughout (nearly every part): that kind is the norm and no line
            // is odd; the counting below, which allocates, is for the parts that mix them
            if (oneKind)
            {
                start = end;
                continue;
            }

            var part = lines.GetRange(start, end - start).Select(l => l.Line).ToList();
            start = end;

            var indented = part.Where(l => l.Indent.Length > 0).ToList();
            if (indented.Count == 0) continue;
            int norm = indented.GroupBy(l => Kinds(l.Indent.Span)).OrderByDescending(g => g.Count()).ThenBy(g => indented.IndexOf(g.First())).First().Key;
            var odd = indented.Where(l => Kinds(l.Indent.Span) != norm && !reported.Contains(l)).ToList();
            if (odd.Count == 0) continue;

            var read = Parents(part, 4, 2);
            foreach (var line in odd)
            {
                int i = part.IndexOf(line);
                Phrase what = Describe(line.Indent.Text), others = DescribeKinds(norm);
                var other = Readings.Skip(1).Select(r => (r, Parents(part, r.Tab, r.Ideographic))).FirstOrDefault(x => !x.Item2.SequenceEqual(read));
                var at = bag.At(source, line.Indent.FullSpan);
                if (other.Item2 is null)
                {
                    at.MixedIndentation(what, others, line.IndentWidth);
                    continue;
                }

                // say what this line would become; if it stays put, the line whose nesting it moves
                int moved = other.Item2[i] != read[i] ? i : Enumerable.Range(0, part.Count).First(j => other.Item2[j] != read[j]);
                at.AmbiguousIndentation(what, others, line.IndentWidth,
                    Belongs(source, part, moved, read[moved], i),
                    Otherwise(Reading(other.r), Belongs(source, part, moved, other.Item2[moved], i)));
            }
        }
    }

    /// <summary>The parent of each line of a part (its index, or -1): the nearest line above indented less.</summary>
    private static int[] Parents(List<LineSyntax> part, int tab, int ideographic)
    {
        var widths = part.Select(l => Width(l.Indent.Span, tab, ideographic)).ToArray();
        var parents = new int[part.Count];
        for (int i = 0; i < part.Count; i++)
        {
            int p = i - 1;
            while (p >= 0 && widths[p] >= widths[i]) p = parents[p];
            parents[i] = p;
        }

        return parents;
    }

    /// <summary>
    /// Where <paramref name="line"/> of a part nests, said from the line reported (<paramref name="reported"/>):
    /// "this line belongs to line 5" for the line itself, "line 8 below it belongs to line 6" for a line whose
    /// nesting the reported one moves.
    /// </summary>
    private static Phrase Belongs(SourceText source, List<LineSyntax> part, int line, int parent, int reported)
    {
        int n = source.GetLineColumn(part[line].Indent.Start).Line;
        var subject = line == reported ? new Phrase("this line", "本行") : new Phrase($"line {n} {(line > reported ? "below" : "above")} it", $"{(line > reported ? "下方" : "上方")}第 {n} 行");
        return parent < 0
            ? new($"{subject.En} is at the top level", $"{subject.ZhTw}在最上層")
            : new($"{subject.En} belongs to line {source.GetLineColumn(part[parent].Indent.Start).Line}", $"{subject.ZhTw}屬於第 {source.GetLineColumn(part[parent].Indent.Start).Line} 行");
    }

    /// <summary>The other reading of the spaces and where it nests a line, as ML0011 ends: "with a tab counted as 2 columns, this line …".</summary>
    private static Phrase Otherwise(Phrase reading, Phrase belongs) => new($"{reading.En}, {belongs.En}", $"{reading.ZhTw}，{belongs.ZhTw}");

    /// <summary>
    /// A line indented only with full-width spaces or tabs (no ASCII space) that, at the left margin,
    /// would stand on its own at the top level — a part (<c>* …</c>), the title, a field (an unnumbered
    /// part: <c>紀錄：</c>, <c>散會：</c>) or a paragraph —, in a record whose indented lines are mostly
    /// indented otherwise (or where it is the only line so indented). Counted as 2 columns (a full-width
    /// space) or 4 (a tab), it is nested under the line above; counted as nothing, a stray space typed
    /// before a line at the margin, it is a part of its own: the kind of space decides, so it is ML0011
    /// and <c>fmt</c> leaves the file (issue 11 §2: nesting is never changed silently by the kind of space).
    /// List items, directives and table rows are not read at the margin on their own, nor are the fields
    /// of a directive (<c>@case</c>'s <c>標題：</c> in series.minutes), so are left to <see cref="MixedSpaces"/>.
    /// Returns the lines reported.
    /// </summary>
    private static HashSet<LineSyntax> StraySpacesBeforeTheMargin(SourceText source, List<(LineSyntax Line, int Parent)> lines, DiagnosticBag bag)
    {
        var reported = new HashSet<LineSyntax>();
        // the indented lines by the kinds of space they hold (1, 2, 4 and their sums: at most 7), read on the spans
        Span<int> byKinds = stackalloc int[8];
        int indented = 0;
        foreach (var (line, _) in lines)
        {
            if (line.Indent.Length == 0) continue;
            byKinds[Kinds(line.Indent.Span)]++;
            indented++;
        }

        foreach (var (line, parent) in lines)
        {
            var indentSpan = line.Indent.Span;
            if (parent < 0 || indentSpan.IsEmpty || indentSpan.ContainsAnyExcept('\t', '\u3000')) continue;
            if (lines[parent].Line is DirectiveLineSyntax) continue; // the fields of '@case', '@series' …: no top-level reading
            int same = byKinds[Kinds(indentSpan)];
            if (same > 1 && same > indented - same) continue; // the record's own way of indenting
            string indent = line.Indent.Text;
            string body = line.ToFullString()[indent.Length..];
            if (AtTheMargin(body) is not { } what) continue;

            reported.Add(line);
            bag.At(source, line.Indent.FullSpan).StraySpaceBeforeTheMargin(
                Describe(indent), indent.Contains('\t'), line.IndentWidth, source.GetLineColumn(lines[parent].Line.Indent.Start).Line, what);
        }

        return reported;
    }

    /// <summary>What a line's text (without its indentation) is at the left margin, if it stands there on its own; else null.</summary>
    private static Phrase? AtTheMargin(string body)
    {
        var lines = LineGrammar.ParseDocument(body).Lines; // the grammar is total: every text parses
        if (lines.Length == 0) return null;
        return lines[0] switch
        {
            PartLineSyntax => new Phrase("a numbered part", "有編號的分項"),
            TitleLineSyntax => new Phrase("the title", "標題"),
            FieldLineSyntax f => new Phrase($"the unnumbered part '{f.Field.Name}'", $"不編號的分項「{f.Field.Name}」"),
            TextLineSyntax => new Phrase("a paragraph of its own", "獨立的段落"),
            _ => null,
        };
    }

    private static Phrase Reading((int Tab, int Ideographic) r) => new(
        "with " + string.Join(" and ", new[]
        {
            r.Tab != 4 ? $"a tab counted as {r.Tab} columns" : null,
            r.Ideographic != 2 ? $"a full-width space counted as {r.Ideographic} column{(r.Ideographic == 1 ? "" : "s")}" : null,
        }.OfType<string>()),
        "若" + string.Join("、", new[]
        {
            r.Tab != 4 ? $"定位字元算 {r.Tab} 欄" : null,
            r.Ideographic != 2 ? $"全形空格算 {r.Ideographic} 欄" : null,
        }.OfType<string>()));

    private static Phrase Describe(string indent)
    {
        var pieces = new List<Phrase>();
        int i = 0;
        while (i < indent.Length)
        {
            char c = indent[i];
            int n = 0;
            while (i < indent.Length && indent[i] == c)
            {
                i++;
                n++;
            }

            pieces.Add(c switch
            {
                '\t' => new Phrase(n == 1 ? "1 tab" : $"{n} tabs", $"{n} 個定位字元"),
                '\u3000' => new Phrase(n == 1 ? "1 full-width space" : $"{n} full-width spaces", $"{n} 個全形空格"),
                _ => new Phrase(n == 1 ? "1 space" : $"{n} spaces", $"{n} 個空格"),
            });
        }

        return new(string.Join(" and ", pieces.Select(p => p.En)), string.Join("及", pieces.Select(p => p.ZhTw)));
    }

    private static Phrase DescribeKinds(int kinds)
    {
        var names = new List<Phrase>();
        if ((kinds & 1) != 0) names.Add(new("spaces", "空格"));
        if ((kinds & 2) != 0) names.Add(new("tabs", "定位字元"));
        if ((kinds & 4) != 0) names.Add(new("full-width spaces", "全形空格"));
        return new(string.Join(" and ", names.Select(p => p.En)), string.Join("及", names.Select(p => p.ZhTw)));
    }

    /// <summary>
    /// A list item indented two levels or more below the line it belongs to (ML0012), and a
    /// line indented less than the lines before it in the same block but more than their parent, so
    /// between two levels (ML0013). A level is the step its top-level part uses most (2 columns in the seeds).
    /// </summary>
    private static void Levels(SourceText source, List<(LineSyntax Line, int Parent)> lines, HashSet<LineSyntax> reported, DiagnosticBag bag)
    {
        // the step of each top-level part: the indentation a line most often has more than its parent
        var partOf = new int[lines.Count];
        for (int i = 0; i < lines.Count; i++) partOf[i] = lines[i].Parent < 0 ? i : partOf[lines[i].Parent];
        // counted in one dictionary: the most frequent step of a part, the smaller of two as frequent
        var counts = new Dictionary<(int Part, int Step), int>();
        for (int i = 0; i < lines.Count; i++)
        {
            int parent = lines[i].Parent;
            if (parent < 0 || lines[i].Line.IndentWidth <= lines[parent].Line.IndentWidth) continue;
            var key = (partOf[i], lines[i].Line.IndentWidth - lines[parent].Line.IndentWidth);
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }

        var steps = new Dictionary<int, (int Step, int Count)>();
        foreach (var ((part, step), n) in counts)
        {
            if (!steps.TryGetValue(part, out var best) || n > best.Count || (n == best.Count && step < best.Step)) steps[part] = (step, n);
        }

        var firstChild = new Dictionary<int, int>();
        for (int i = 0; i < lines.Count; i++)
        {
            var (line, parent) = lines[i];
            if (parent < 0 || reported.Contains(line)) continue;
            int step = steps.TryGetValue(partOf[i], out var most) ? most.Step : 2;
            int parentWidth = lines[parent].Line.IndentWidth;
            if (line.IndentWidth <= parentWidth) continue; // a continuation or a field's list, reported as such
            if (!firstChild.TryGetValue(parent, out int first))
            {
                firstChild[parent] = i;
                int depth = line.IndentWidth - parentWidth;
                if (line is ItemLineSyntax && depth >= 2 * step)
                    bag.At(source, line.Indent.FullSpan).IndentJumpsLevel(line.IndentWidth, parentWidth, step);
                continue;
            }

            int siblingWidth = lines[first].Line.IndentWidth;
            if (line.IndentWidth < siblingWidth)
            {
                bag.At(source, line.Indent.FullSpan).IndentBetweenLevels(line.IndentWidth, parentWidth, siblingWidth,
                    source.GetLineColumn(lines[parent].Line.Indent.Start).Line, source.GetLineColumn(lines[first].Line.Indent.Start).Line);
            }
        }
    }
}
