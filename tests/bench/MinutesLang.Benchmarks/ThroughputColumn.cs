using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace MinutesLang.Benchmarks;

/// <summary>A column computed from a benchmark's mean and its input (the <c>Input</c> parameter): MB/s of input, or µs per record.</summary>
public sealed class ThroughputColumn(bool perRecord) : IColumn
{
    public string Id => perRecord ? "us/record" : "MB/s";

    public string ColumnName => Id;

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => perRecord ? 1 : 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => perRecord ? "mean time per record of the input, in microseconds" : "input bytes (series.minutes and records) per second of the mean, in 10^6 bytes";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var report = summary[benchmarkCase];
        if (report?.ResultStatistics is not { } stats || benchmarkCase.Parameters["Input"] is not string name) return "-";
        var input = Inputs.Get(name);
        double ns = stats.Mean;
        return perRecord
            ? (ns / 1000 / input.Records.Count).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)
            : (input.Bytes / (ns / 1e9) / 1e6).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture);
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
