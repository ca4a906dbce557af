using System.Text;

namespace MinutesLang.Formatting;

/// <summary>
/// A unified diff of two texts, line by line (Myers' O((N+M)·D) algorithm), for <c>minutes fmt --check</c>.
/// Lines are compared without their line ends; a change of line ends (CRLF → LF) or an added final
/// newline is said by <see cref="Notes"/>, not as a change of every line.
/// </summary>
public static class LineDiff
{
    public enum Op
    {
        Equal,
        Delete,
        Insert,
    }

    /// <summary>One line of the edit script: <paramref name="A"/> indexes the old lines, <paramref name="B"/> the new ones.</summary>
    public readonly record struct Edit(Op Op, int A, int B);

    /// <summary>Beyond this many differences the middle is shown as removed and added as a whole (still a correct diff).</summary>
    public const int MaxDifferences = 2000;

    /// <summary>The lines of a text without their line ends (\r\n, \n or \r) and without a byte-order mark.</summary>
    public static string[] Lines(string text)
    {
        if (text.StartsWith('\uFEFF')) text = text[1..];
        var lines = new List<string>();
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] is not ('\r' or '\n')) continue;
            lines.Add(text[start..i]);
            if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
            start = i + 1;
        }

        if (start < text.Length) lines.Add(text[start..]);
        return [.. lines];
    }

    /// <summary>The edit script that turns <paramref name="a"/> into <paramref name="b"/>, in order.</summary>
    public static List<Edit> Compute(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        int n = a.Count, m = b.Count;
        int prefix = 0;
        while (prefix < n && prefix < m && a[prefix] == b[prefix]) prefix++;
        int suffix = 0;
        while (suffix < n - prefix && suffix < m - prefix && a[n - 1 - suffix] == b[m - 1 - suffix]) suffix++;

        var edits = new List<Edit>();
        for (int i = 0; i < prefix; i++) edits.Add(new Edit(Op.Equal, i, i));
        Middle(a, b, prefix, n - suffix, prefix, m - suffix, edits);
        for (int i = suffix; i > 0; i--) edits.Add(new Edit(Op.Equal, n - i, m - i));
        return edits;
    }

    private static void Middle(IReadOnlyList<string> a, IReadOnlyList<string> b, int a0, int a1, int b0, int b1, List<Edit> edits)
    {
        int n = a1 - a0, m = b1 - b0, max = Math.Min(n + m, MaxDifferences);
        var trace = new List<int[]>();
        var v = new int[2 * max + 3];
        int offset = max + 1;
        bool found = n + m == 0;
        for (int d = 0; d <= max && !found; d++)
        {
            trace.Add((int[])v.Clone());
            for (int k = -d; k <= d; k += 2)
            {
                int x = k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
                int y = x - k;
                while (x < n && y < m && a[a0 + x] == b[b0 + y])
                {
                    x++;
                    y++;
                }

                v[offset + k] = x;
                if (x >= n && y >= m)
                {
                    found = true;
                    break;
                }
            }
        }

        if (!found)
        {
            // too different to be worth the search: remove the old middle, add the new one
            for (int i = a0; i < a1; i++) edits.Add(new Edit(Op.Delete, i, b0));
            for (int j = b0; j < b1; j++) edits.Add(new Edit(Op.Insert, a1, j));
            return;
        }

        var backwards = new List<Edit>();
        int cx = n, cy = m;
        for (int d = trace.Count - 1; d >= 0; d--)
        {
            var w = trace[d];
            int k = cx - cy;
            int prevK = k == -d || (k != d && w[offset + k - 1] < w[offset + k + 1]) ? k + 1 : k - 1;
            int prevX = w[offset + prevK], prevY = prevX - prevK;
            while (cx > prevX && cy > prevY)
            {
                backwards.Add(new Edit(Op.Equal, a0 + cx - 1, b0 + cy - 1));
                cx--;
                cy--;
            }

            if (d > 0)
            {
                if (cx == prevX) backwards.Add(new Edit(Op.Insert, a0 + cx, b0 + cy - 1));
                else backwards.Add(new Edit(Op.Delete, a0 + cx - 1, b0 + cy));
            }

            cx = prevX;
            cy = prevY;
        }

        backwards.Reverse();
        edits.AddRange(backwards);
    }

    /// <summary>
    /// <c>--- name</c>, <c>+++ name (formatted)</c>, then hunks <c>@@ -l,n +l,n @@</c> with
    /// <paramref name="context"/> lines around each change; empty when no line differs (see <see cref="Notes"/>).
    /// </summary>
    public static string Unified(string oldText, string newText, string name, int context = 3)
    {
        if (string.Equals(oldText, newText, StringComparison.Ordinal)) return "";
        var a = Lines(oldText);
        var b = Lines(newText);
        var edits = Compute(a, b);

        var sb = new StringBuilder();
        int i = 0;
        while (i < edits.Count)
        {
            if (edits[i].Op == Op.Equal)
            {
                i++;
                continue;
            }

            // a hunk: `context` lines before this change, up to `context` lines after the last change
            // that follows the one before it within 2·context equal lines
            int start = Math.Max(0, i - context);
            int lastChange = i;
            for (int j = i; j < edits.Count && j - lastChange <= 2 * context + 1; j++)
            {
                if (edits[j].Op != Op.Equal) lastChange = j;
            }

            int end = Math.Min(edits.Count - 1, lastChange + context);
            WriteHunk(sb, edits, start, end, a, b);
            i = end + 1;
        }

        return sb.Length == 0 ? "" : $"--- {name}\n+++ {name} (formatted)\n{sb}";
    }

    private static void WriteHunk(StringBuilder sb, List<Edit> edits, int start, int end, string[] a, string[] b)
    {
        int aCount = 0, bCount = 0;
        for (int j = start; j <= end; j++)
        {
            if (edits[j].Op != Op.Insert) aCount++;
            if (edits[j].Op != Op.Delete) bCount++;
        }

        // the first line of the hunk, 1-based; for an empty side, the line before it (GNU diff's convention)
        int aStart = edits[start].A + (aCount > 0 ? 1 : 0);
        int bStart = edits[start].B + (bCount > 0 ? 1 : 0);
        sb.Append($"@@ -{aStart},{aCount} +{bStart},{bCount} @@\n");
        for (int j = start; j <= end; j++)
        {
            var e = edits[j];
            sb.Append(e.Op switch { Op.Equal => ' ', Op.Delete => '-', _ => '+' })
              .Append(e.Op == Op.Insert ? b[e.B] : a[e.A])
              .Append('\n');
        }
    }

    /// <summary>What changed that the lines do not show: the line ends, the final newline; in <paramref name="language"/> (issue 15).</summary>
    public static IEnumerable<string> Notes(string oldText, string newText, MinutesLang.Localization.Language language = MinutesLang.Localization.Language.En)
    {
        static string Ends(string t) =>
            t.Contains("\r\n", StringComparison.Ordinal) ? "CRLF" : t.Contains('\r') ? "CR" : "LF";
        bool zh = language == MinutesLang.Localization.Language.ZhTw;
        string before = Ends(oldText), after = Ends(newText);
        if (before != after) yield return zh ? $"行尾：{before} → {after}" : $"line ends: {before} → {after}";
        if (oldText.Length > 0 && oldText[^1] is not ('\n' or '\r') && newText.EndsWith('\n')) yield return zh ? "檔尾補上換行" : "final newline added";
    }
}
