namespace MinutesLang.Semantics;

/// <summary>
/// A directive written without the space before its argument (<c>@列管路燈</c> for <c>@列管 路燈</c>,
/// <c>@meeting114-1</c>): the unknown name begins with a known one (<see cref="Directives.Structural"/>, the event
/// directives of <see cref="CaseEventKinds"/>), and ML0104 says where the space goes. A Latin name is split only
/// before a character that cannot continue a Latin word (<c>@listing</c> is no <c>@list ing</c>).
/// </summary>
public static class GluedDirective
{
    /// <summary>
    /// The known directive <paramref name="name"/> begins with (the longest: <c>列管表</c> before <c>列管</c>) and what
    /// follows it, or null when no known name is a proper prefix of it.
    /// </summary>
    public static (string Known, string Argument)? Split(string name)
    {
        string? best = null;
        foreach (string known in Directives.Structural.Concat(CaseEventKinds.Names))
        {
            if (known.Length == 0 || known.Length >= name.Length || !name.StartsWith(known, StringComparison.Ordinal)) continue;
            if (char.IsAsciiLetter(known[^1]) && (char.IsAsciiLetter(name[known.Length]) || name[known.Length] is '-' or '_')) continue;
            if (best is null || known.Length > best.Length) best = known;
        }

        return best is null ? null : (best, name[best.Length..]);
    }
}
