namespace MinutesLang.Cli.LanguageServer;

/// <summary>
/// Params whose values the protocol constrains beyond their JSON types: <see cref="RpcConnection.Params"/> asks each
/// after reading it, and a problem is <see cref="ErrorCodes.InvalidParams"/> for a request, a warning for a notification
/// (which is then ignored). A method, not a property, so that the serializers never see it.
/// </summary>
public interface ICheckedParams
{
    /// <summary>What is wrong with the params (one sentence, the field named), or null when nothing is.</summary>
    string? Problem();
}

/// <summary>
/// The checks of LSP 3.17's basic structures that the JSON types alone do not make: a <c>DocumentUri</c> is an absolute
/// URI (a <c>file:</c> one names a path), a <c>Position</c>'s line and character are <c>uinteger</c>s (never negative),
/// a <c>Range</c>'s start is not after its end. A position past the end of its line, or a line past the last, is NOT a
/// problem: the specification clamps it to the line's end (<see cref="LineIndex.OffsetOf"/>).
/// </summary>
public static class ParamsChecks
{
    /// <summary>The problem of a document's uri, or null.</summary>
    public static string? Uri(string uri, string field = "textDocument.uri")
    {
        if (!System.Uri.TryCreate(uri, UriKind.Absolute, out var u)) return $"{field} is not an absolute URI: \"{uri}\"";
        if (u.IsFile && !Documents.TryPathOf(uri, out _)) return $"{field} names no file path: \"{uri}\"";
        return null;
    }

    /// <summary>The problem of a position (line and character not negative), or null.</summary>
    public static string? Position(Position position, string field = "position") =>
        position.Line < 0 || position.Character < 0 ? $"{field} has a negative line or character ({position.Line}, {position.Character}): they are unsigned" : null;

    /// <summary>The problem of a range (both ends valid positions, the start not after the end), or null.</summary>
    public static string? Range(Range range, string field = "range") =>
        Position(range.Start, field + ".start") ?? Position(range.End, field + ".end")
        ?? (After(range.Start, range.End) ? $"{field} ends before it starts (start {range.Start.Line}:{range.Start.Character}, end {range.End.Line}:{range.End.Character})" : null);

    /// <summary>Whether <paramref name="a"/> comes after <paramref name="b"/> (line first, then character).</summary>
    public static bool After(Position a, Position b) => a.Line > b.Line || a.Line == b.Line && a.Character > b.Character;
}
