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

    public static int Distance(string a, string b)
    {
        var prev = new int[b.Length + 1];
        var cur = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++) prev[j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                cur[j] = Math.Min(Math.Min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }

            (prev, cur) = (cur, prev);
        }

        return prev[b.Length];
    }
}
