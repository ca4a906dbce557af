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
            string rest = body[Marker.Length..];
            if (rest.Length > 0 && !char.IsWhiteSpace(rest[0]) && rest[0] != ':') continue; // another word, e.g. minutes-disable-next-lines
            comments.Add((c, rest));
        }

        var commentLines = comments.Select(c => LineOf(source, c.Line)).ToHashSet();
        var found = new List<Suppression>();
        foreach (var (line, rest) in comments)
        {
            var span = line.Comment.FullSpan;
            string text = rest.Trim();
            int colon = text.IndexOf(':');
            string code = (colon >= 0 ? text[..colon] : text).Trim();
            string reason = colon >= 0 ? text[(colon + 1)..].Trim() : "";
            if (code.Length == 0 || code.Any(char.IsWhiteSpace) || !DiagnosticCatalog.TryGet(code, out _))
            {
                string named = code.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "";
                string? nearest = named.Length == 0 ? null : Nearest.Find(named.ToUpperInvariant(), DiagnosticCatalog.All.Select(e => e.Code), 2);
                bag.At(source, span).SuppressionOfUnknownCode(named, nearest);
                continue;
            }

            if (reason.Length == 0)
            {
                bag.At(source, span).SuppressionWithoutReason(code);
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
