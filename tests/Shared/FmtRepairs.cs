using MinutesLang.Diagnostics;

namespace MinutesLang.Testing;

/// <summary>
/// What <c>minutes fmt</c> repairs on purpose (grammar/GUIDE.md §8, README "minutes fmt"), so that these warnings are
/// gone after formatting while every other diagnostic stays: the indentation warnings of <see cref="Indentation"/>
/// (the nesting as read, two spaces a level) and the near misses of a marker without its space or with a full-width
/// one (ML0015, ML0017) and a full-width marker fmt turns into its half-width one (ML0016 whose hint says
/// "minutes fmt does"); not a part marker glued to a figure (ML0015 of the form <c>figure</c>, <c>*2020年…</c>: read as
/// text, left to the writer). Shared by FmtTests and the fuzz project's fmt law.
/// </summary>
internal static class FmtRepairs
{
    /// <summary>The indentation warnings that formatting repairs.</summary>
    public static readonly IReadOnlySet<string> Indentation = new HashSet<string>(StringComparer.Ordinal) { "ML0010", "ML0012", "ML0013", "ML0014", "ML0115" };

    /// <summary>Whether fmt repairs <paramref name="d"/>: after formatting it is gone.</summary>
    public static bool Repaired(Diagnostic d) =>
        Indentation.Contains(d.Code) || d.Code == "ML0015" && d.Text?.Form.Key != "figure" || d.Code == "ML0017" || d.Code == "ML0016" && d.Hint is { } h && h.Contains("minutes fmt does", StringComparison.Ordinal);
}
