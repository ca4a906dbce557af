using System.Text;

namespace MinutesLang.Fuzz;

/// <summary>
/// Faults of issue 13 that other branches fix while this project is written (points 1, 4 and 5). Until
/// they are merged the properties step around them, so that the short CI run stays green and finds
/// what is new: <see cref="Explains"/> names the known fault a failure belongs to (the failure is then
/// counted, not raised), and <see cref="Section1Open"/> keeps the generators from the inputs that kill
/// the process (deep ODT nesting: a stack overflow cannot be caught). The inputs found of these kinds
/// are in Regressions/ as skipped tests (<see cref="RegressionTests"/>). After the merge: set the
/// switches to false, delete what they guard, unskip the regressions.
/// </summary>
internal static class KnownFaults
{
    public const string Section1 = "known: issue 13 §1 (documents read with limits), fixed on branch issue-hostile-in";
    public const string Section4 = "known: issue 13 §4 (fmt never writes a file check rejects: ML0007), fixed on branch issue-hostile-in";
    public const string Section5 = "known: issue 13 §5 (control characters never reach an output raw), fixed on branch issue-hostile-out";

    /// <summary>§1 is open here: documents are read without limits (deep nesting overflows the stack, huge or malformed counts throw).</summary>
    public const bool Section1Open = true;

    /// <summary>§4 is open here: fmt can change a record's share of control characters into ML0007.</summary>
    public const bool Section4Open = true;

    /// <summary>§5 is open here: control characters reach the DOCX/ODT XML raw.</summary>
    public const bool Section5Open = true;

    /// <summary>The known fault that explains <paramref name="failure"/> of law <paramref name="law"/> on <paramref name="input"/>, or null.</summary>
    public static string? Explains(string law, Input input, Exception failure)
    {
        string message = failure.ToString();
        switch (law)
        {
            case "import" when Section1Open:
                // a document's counts and numbers unchecked (ArgumentOutOfRange, Overflow, Format …) or a binary text imported as a record (ML0002, ML0007)
                if (input.Extension is ".docx" or ".odt" && failure is ArgumentException or OverflowException or FormatException or OutOfMemoryException or InsufficientExecutionStackException) return Section1;
                if (message.Contains("ML0002", StringComparison.Ordinal) || message.Contains("ML0007", StringComparison.Ordinal)) return Section1;
                return null;
            case "fmt" when Section4Open:
                return message.Contains("ML0007", StringComparison.Ordinal) ? Section4 : null;
            case "render" when Section5Open:
                return message.Contains("not well-formed XML", StringComparison.Ordinal) && HasControlCharacter(input) ? Section5 : null;
            default:
                return null;
        }
    }

    /// <summary>A character XML 1.0 does not allow (C0 controls but tab and line ends, U+FFFE/U+FFFF, lone surrogates) or a C1 control.</summary>
    public static bool HasControlCharacter(Input input)
    {
        string text = input.Source().Text;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if ((c < 0x20 && c is not ('\t' or '\n' or '\r')) || c is >= '\u007F' and <= '\u009F' || c is '\uFFFE' or '\uFFFF' || char.IsSurrogate(c)) return true;
        }

        return false;
    }

    /// <summary>How many failures each known fault explained in this process (what the long run reports).</summary>
    public static readonly System.Collections.Concurrent.ConcurrentDictionary<string, int> Counts = new();

    public static string Summary()
    {
        var sb = new StringBuilder();
        foreach (var (k, v) in Counts.OrderBy(kv => kv.Key, StringComparer.Ordinal)) sb.Append($"{v} inputs failed of a known fault: {k}\n");
        return sb.ToString();
    }
}
