namespace MinutesLang.Semantics;

/// <summary>Nearest string by edit distance, for "did you mean" hints.</summary>
public static class Nearest
{
    public static string? Find(string word, IEnumerable<string> candidates, int? maxDistance = null)
    {
        string? best = null;
        int bestD = int.MaxValue;
        foreach (var c in candidates)
        {
            int d = Distance(word, c);
            if (d < bestD)
            {
                bestD = d;
                best = c;
            }
        }

        int limit = maxDistance ?? Math.Max(1, word.Length / 2);
        return bestD <= limit ? best : null;
    }

    /// <summary>The edit distance (insertions, deletions, substitutions, each 1) between two strings.</summary>
    public static int Distance(string a, string b) => Distance(a.AsSpan(), b.AsSpan());

    /// <summary>The edit distance between two spans of text (what the rules scan: no substring copied to measure it).</summary>
    public static int Distance(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        Span<int> prev = b.Length < 128 ? stackalloc int[b.Length + 1] : new int[b.Length + 1];
        Span<int> cur = b.Length < 128 ? stackalloc int[b.Length + 1] : new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++) prev[j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                cur[j] = Math.Min(Math.Min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }

            var swap = prev;
            prev = cur;
            cur = swap;
        }

        return prev[b.Length];
    }
}
