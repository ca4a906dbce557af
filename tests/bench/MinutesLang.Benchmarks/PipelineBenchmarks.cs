using BenchmarkDotNet.Attributes;

namespace MinutesLang.Benchmarks;

/// <summary>
/// In-process, warm: parse, parse + bind, parse + bind + validate of the seeds and of a generated series of
/// 200 and 4,000 records. The MB/s and µs/record columns are computed from the mean (<see cref="ThroughputColumn"/>).
/// </summary>
[MemoryDiagnoser]
public class PipelineBenchmarks
{
    private Inputs.Input input = null!;

    [ParamsSource(nameof(InputNames))]
    public string Input { get; set; } = "seeds";

    public static IEnumerable<string> InputNames => Inputs.Names;

    [GlobalSetup]
    public void Setup() => input = Inputs.Get(Input);

    [Benchmark]
    public int Parse() => Pipeline.Parse(input).Records.Count;

    [Benchmark]
    public int ParseBind() => Pipeline.ParseBind(input);

    [Benchmark]
    public int ParseBindValidate() => Pipeline.ParseBindValidate(input);
}
