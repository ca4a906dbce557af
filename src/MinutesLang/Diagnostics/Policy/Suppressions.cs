using MinutesLang.Semantics;
using MinutesLang.Syntax;
using MinutesLang.Text;

namespace MinutesLang.Diagnostics.Policy;

/// <summary>
/// <c>// minutes-disable-next-line ML0203: 原紀錄即如此</c>: one code, for the next line, with a
/// reason. Several such comments may be stacked above the same line.
/// </summary>
public sealed record Suppression(SourceText Source, TextSpan Span, string Code, string Reason, int TargetLine);

public static class Suppressions
{
    public const string Marker = "minutes-disable-next-line";

    /// <summary>
    /// The valid suppressions of a file; malformed ones (no code, unknown code: ML0502; no
    /// reason: ML0501) are reported to <paramref name="bag"/> and do not apply.
    /// </summary>
    public static IReadOnlyList<Suppression> Find(SyntaxTree tree, DiagnosticBag bag)
    {
        var source = tree.Source;
        var comments = new List<(CommentLineSyntax Line, string After)>();
        foreach (var c in CommentLines(tree.Root))
        {
            string body = c.Comment.Text[2..].TrimStart();
            if (!body.StartsWith(Marker, StringComparison.Ordinal)) continue;
            string after = body[Marker.Length..];
            if (after.Length > 0 && !char.IsWhiteSpace(after[0]) && after[0] != ':') continue; // another word, e.g. minutes-disable-next-lines
            comments.Add((c, after));
        }

        var commentLines = comments.Select(c => LineOf(source, c.Line)).ToHashSet();
        var found = new List<Suppression>();
        foreach (var (line, after) in comments)
        {
            var span = line.Comment.FullSpan;
            string text = after.Trim();
            int colon = text.IndexOf(':');
            string[] words = (colon >= 0 ? text[..colon] : text).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            string reason = colon >= 0 ? text[(colon + 1)..].Trim() : "";
            string code = words.FirstOrDefault() ?? "";
            if (!DiagnosticCatalog.TryGet(code, out _))
            {
                string? nearest = code.Length == 0 ? null : Nearest.Find(code.ToUpperInvariant(), DiagnosticCatalog.All.Select(e => e.Code), 2);
                bag.At(source, span).SuppressionOfUnknownCode(code, nearest);
                continue;
            }

            if (words.Length > 1 && colon >= 0)
            {
                bag.At(source, span).SuppressionOfSeveralCodes(string.Join(' ', words));
                continue;
            }

            if (words.Length > 1 || reason.Length == 0)
            {
                // "ML0103 原紀錄即如此": a reason without the colon
                bag.At(source, span).SuppressionWithoutReason(code, colonMissing: words.Length > 1);
                continue;
            }

            // the next line that is not itself a suppression comment
            int target = LineOf(source, line) + 1;
            while (commentLines.Contains(target)) target++;
            found.Add(new Suppression(source, span, code, reason, target));
        }

        return found;
    }

    private static int LineOf(SourceText source, CommentLineSyntax c) => source.GetLineColumn(c.Comment.Start).Line;

    private static IEnumerable<CommentLineSyntax> CommentLines(SyntaxNode node)
    {
        foreach (var child in node.Children)
        {
            if (child is CommentLineSyntax c) yield return c;
            else if (child is not SyntaxToken)
                foreach (var inner in CommentLines(child)) yield return inner;
        }
    }
}
