using MinutesLang.Diagnostics;
using MinutesLang.Semantics;
using MinutesLang.Syntax;

namespace MinutesLang.Formatting;

/// <summary>
/// The errors of layout (ML0001–ML0009) that only binding finds, which stop <see cref="Formatter.Format"/> as a
/// syntax error does. Today that is ML0008 of the binders: a line indented below a line that holds no content — a
/// title, <c>@meeting</c>, an event or layout directive of a record (<c>RecordBinder.NoChildren</c>), a directive
/// of series.minutes that is not followed by its fields or rows (<c>SeriesBinder</c>). The parser nests such a line
/// under the line above it, which is where the canonical layout would put it too (two spaces a level): the line
/// would stay outside the model and the finding would stay, while the writer's indentation, the one trace of where
/// the line was meant to go (the margin, an item above), would be gone. So fmt leaves the file as it is and says why.
/// </summary>
public static class BoundLayout
{
    /// <summary>
    /// The binder's ML0001–ML0009 errors of <paramref name="tree"/>, bound as <c>minutes check</c> binds it: a file
    /// named series.minutes (<see cref="Compilation.IsSeriesFile"/>) by <see cref="SeriesBinder"/>, any other as a
    /// record by <see cref="RecordBinder"/> (with an empty series: which lines a line can hold does not depend on the
    /// series). The tree's own diagnostics are not repeated. Positions are in the tree's text.
    /// </summary>
    public static IReadOnlyList<Diagnostic> Errors(SyntaxTree tree)
    {
        var bag = new DiagnosticBag();
        if (Compilation.IsSeriesFile(tree.Source.Path)) SeriesBinder.Bind(tree, bag);
        else RecordBinder.Bind(tree, Series.Empty, bag);
        return [.. bag.Items.Where(IsLayoutError)];
    }

    /// <summary>An error of ML0001–ML0009: what README and GUIDE promise fmt leaves byte for byte.</summary>
    public static bool IsLayoutError(Diagnostic d) =>
        d.Severity == DiagnosticSeverity.Error && d.Code.Length == 6 && d.Code.StartsWith("ML000", StringComparison.Ordinal) && d.Code[5] is >= '1' and <= '9';
}
