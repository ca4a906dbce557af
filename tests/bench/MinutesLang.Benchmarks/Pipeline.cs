using MinutesLang.Diagnostics;
using MinutesLang.Parsing;
using MinutesLang.Semantics;
using MinutesLang.Syntax;
using MinutesLang.Text;

namespace MinutesLang.Benchmarks;

/// <summary>The three stages measured, each from the bytes, as <c>minutes check</c> runs them for one series.</summary>
internal static class Pipeline
{
    /// <summary>The yardstick: the same bytes decoded and split into lines, the least any reader of the text does.</summary>
    public static int Yardstick(Inputs.Input input)
    {
        int n = System.Text.Encoding.UTF8.GetString(input.Series.Bytes).Split('\n').Length;
        foreach (var (_, bytes) in input.Records) n += System.Text.Encoding.UTF8.GetString(bytes).Split('\n').Length;
        return n;
    }

    /// <summary>Bytes → text → syntax trees (the Pidgin line grammar, nesting, the syntax checks).</summary>
    public static (SyntaxTree Series, List<SyntaxTree> Records) Parse(Inputs.Input input)
    {
        var series = Parser.Parse(SourceText.FromBytes(input.Series.Bytes, input.Series.Path));
        var records = new List<SyntaxTree>(input.Records.Count);
        foreach (var (path, bytes) in input.Records) records.Add(Parser.Parse(SourceText.FromBytes(bytes, path)));
        return (series, records);
    }

    /// <summary>Parse, then bind the series and every record (no series rules): the binding half of <see cref="Compilation.Create"/>.</summary>
    public static int ParseBind(Inputs.Input input)
    {
        var (seriesTree, trees) = Parse(input);
        var bag = new DiagnosticBag();
        var series = SeriesBinder.Bind(seriesTree, bag);
        int n = 0;
        foreach (var tree in trees)
        {
            if (tree.Diagnostics.Any(d => d.Code == "ML0007")) continue;
            RecordBinder.Bind(tree, series, bag);
            n++;
        }

        return n + bag.Items.Count;
    }

    /// <summary>Parse, bind and every series rule: <see cref="Compilation.Create"/>, what <c>minutes check</c> does per series.</summary>
    public static int ParseBindValidate(Inputs.Input input)
    {
        var (series, records) = Parse(input);
        return Compilation.Create(series, records).Diagnostics.Count;
    }
}
