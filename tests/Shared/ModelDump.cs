using System.Text;
using MinutesLang.Diagnostics;
using MinutesLang.Semantics;
using MinutesLang.Syntax;

namespace MinutesLang.Testing;

/// <summary>
/// A deterministic text of the semantic model (<see cref="Record"/>, <see cref="Series"/>), for
/// comparing two parses of the same words: everything the binder read, without source positions,
/// and with the spaces at the end of each line's text left out (the formatter removes them on purpose).
/// </summary>
internal static class ModelDump
{
    public static string Of(MinutesLang.Semantics.Record r)
    {
        var sb = new StringBuilder();
        sb.Append($"record {r.Year}-{r.Sequence} title={r.Title} date={r.Date} start={r.Start} end={r.End} place={r.Place} chair={r.Chair} recorder={r.Recorder}\n");
        foreach (var p in r.Parts)
        {
            sb.Append($"part numbered={p.Numbered} label={p.Label} colon={p.HasColon} value={Of(p.Value)}\n");
            Blocks(sb, p.Content, 1);
        }

        foreach (var e in r.Events)
            sb.Append($"event {e.Kind} {e.CaseId} arg={e.Argument} consent={string.Join("、", e.Consent)} all={e.ConsentOfAll} level={e.Level}\n");
        foreach (var m in r.Mentions) sb.Append($"mention {m.CaseId}|{m.Wording}\n");
        return sb.ToString();
    }

    public static string Of(Series s)
    {
        var sb = new StringBuilder($"series {s.Name}\n");
        foreach (var p in s.Platforms)
            sb.Append($"platform {p.Id} name={p.Name} members={string.Join("、", p.Members)} from={p.From} min={p.ConsensusMinimum} all={p.ConsensusOfAll} basis={p.Basis}\n");
        foreach (var e in s.Rotation) sb.Append($"rotation {e}\n");
        foreach (var c in s.Cases.Values.OrderBy(c => c.Id, StringComparer.Ordinal))
            sb.Append($"case {c.Id} title={c.Title} origin={c.Origin} proposer={c.Proposer} aliases={string.Join("、", c.Aliases)}\n");
        return sb.ToString();
    }

    /// <summary>The diagnostics of a compilation without positions: code and message, in order of the code.</summary>
    public static string Of(IEnumerable<Diagnostic> diagnostics) =>
        string.Join("\n", diagnostics.Select(d => $"{d.Code} {d.Severity} {d.Message} {d.Hint}").Order(StringComparer.Ordinal));

    private static void Blocks(StringBuilder sb, IEnumerable<Block> blocks, int depth)
    {
        foreach (var b in blocks)
        {
            sb.Append(' ', depth * 2);
            switch (b)
            {
                case ParagraphBlock p:
                    sb.Append("paragraph ").Append(string.Join(" ⏎ ", p.Lines.Select(Of))).Append('\n');
                    break;
                case FieldBlock f:
                    sb.Append($"field {f.Label}：{Of(f.Value)}\n");
                    Blocks(sb, f.Content, depth + 1);
                    break;
                case AgendaItemBlock a:
                    sb.Append("agenda\n");
                    Blocks(sb, a.Content, depth + 1);
                    break;
                case ListBlock l:
                    sb.Append($"list {l.Style}\n");
                    foreach (var item in l.Items)
                    {
                        sb.Append(' ', depth * 2 + 2).Append($"item {Of(item.Text)}\n");
                        Blocks(sb, item.Content, depth + 2);
                    }

                    break;
                case TableBlock t:
                    sb.Append("table\n");
                    foreach (var row in t.Rows) sb.Append(' ', depth * 2 + 2).Append("| ").Append(string.Join(" | ", row)).Append(" |\n");
                    break;
                case ProgressTableBlock pt:
                    sb.Append("progress\n");
                    foreach (var row in pt.Rows)
                    {
                        sb.Append(' ', depth * 2 + 2).Append($"row {row.Case.CaseId}|{row.Case.Wording}\n");
                        Blocks(sb, row.Progress, depth + 2);
                        sb.Append(' ', depth * 2 + 2).Append("decision\n");
                        Blocks(sb, row.Decision, depth + 2);
                    }

                    break;
                default:
                    sb.Append(b.GetType().Name).Append('\n');
                    break;
            }
        }
    }

    /// <summary>A line's text: adjacent runs joined, mentions as [[id|wording]], the spaces at its end left out.</summary>
    private static string Of(Inline inline)
    {
        var sb = new StringBuilder();
        foreach (var p in inline.Parts)
        {
            sb.Append(p switch
            {
                TextPart t => t.Text,
                CaseMention m => $"[[{m.CaseId}|{m.Wording}]]",
                _ => "?",
            });
        }

        return sb.ToString().TrimEnd(' ', '\t', '\u3000');
    }

    /// <summary>
    /// The characters of a file that are not whitespace, with the two changes the canonical layout
    /// makes on purpose: every label colon is the full-width '：', and a table row that ends in a
    /// cell gets its closing '|' (white space alone after the last pipe, U+00A0 too, is no cell).
    /// </summary>
    public static string Significant(SyntaxTree tree)
    {
        var sb = new StringBuilder();
        foreach (var line in Lines(tree.Root.Blocks))
        {
            // the colon and a full-width marker (＊ － ＃ ＠) are what the layout rewrites on purpose
            foreach (var t in line.Tokens())
            {
                sb.Append(t.Kind switch
                {
                    SyntaxKind.ColonToken => "：",
                    SyntaxKind.StarToken or SyntaxKind.DashToken or SyntaxKind.HashToken or SyntaxKind.AtToken when t.Text is [var c] && c > '\uFF00' => ((char)(c - 0xFEE0)).ToString(),
                    _ => t.Text,
                });
            }

            if (line is RowLineSyntax r && r.Parts[^1].Kind != SyntaxKind.PipeToken && r.Parts[^1].Text.Trim().Length > 0) sb.Append('|');
        }

        return NonWhitespace(sb.ToString());
    }

    /// <summary>The text without whitespace (and without its byte-order mark).</summary>
    public static string NonWhitespace(string text) =>
        new([.. (text.StartsWith('\uFEFF') ? text[1..] : text).Where(c => c is not (' ' or '\t' or '\u3000' or '\r' or '\n'))]);

    private static IEnumerable<LineSyntax> Lines(IEnumerable<BlockSyntax> blocks)
    {
        foreach (var b in blocks)
        {
            yield return b.Line;
            foreach (var l in Lines(b.Blocks)) yield return l;
        }
    }
}
