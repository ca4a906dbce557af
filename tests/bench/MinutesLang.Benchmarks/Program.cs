using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using MinutesLang.Benchmarks;
using MinutesLang.Semantics;
using MinutesLang.Validation;

// Usage (from the repository; docs/bench/throughput.md):
//   dotnet run -c Release --project tests/bench/MinutesLang.Benchmarks -- --filter '*' [--job short]
//       BenchmarkDotNet: parse, parse+bind, parse+bind+validate of seeds, series-200, series-4000, with MB/s and µs/record
//   dotnet run -c Release --project tests/bench/MinutesLang.Benchmarks -- stopwatch [ROUNDS]
//       a Stopwatch harness (seconds, not minutes): each stage and each series rule per record at 200 and 4,000
//       records, and the ratio 4,000 / 200: finds a rule whose cost grows with the length of the series
//   dotnet run -c Release --project tests/bench/MinutesLang.Benchmarks -- throughput [ROUNDS] [INPUT…]
//       per stage, best of the rounds: MB/s, bytes allocated per input byte, and the ratio to a yardstick measured
//       in the same run (the bytes decoded and split into lines: Encoding.UTF8.GetString + string.Split('\n'))
if (args.Length > 0 && args[0] == "throughput")
{
    RunThroughput(args.Length > 1 ? int.Parse(args[1]) : 5, args.Length > 2 ? args[2..] : ["seeds", "series-200"]);
    return;
}

//   dotnet run -c Release --project tests/bench/MinutesLang.Benchmarks -- rules [ROUNDS] [INPUT]
//       the series' part of a check alone, on records already bound: the context, the prose lines (ScanLine), each
//       series rule, and all of SeriesValidator.Validate; best of the rounds, µs per record and bytes allocated per input byte
if (args.Length > 0 && args[0] == "rules")
{
    RunRules(args.Length > 1 ? int.Parse(args[1]) : 5, args.Length > 2 ? args[2] : "series-200");
    return;
}

if (args.Length > 0 && args[0] == "parts")
{
    RunParts(args.Length > 1 ? int.Parse(args[1]) : 5, args.Length > 2 ? args[2] : "series-200");
    return;
}

//   dotnet run -c Release --project tests/bench/MinutesLang.Benchmarks -- series N FOLDER
//       writes the generated series of N records (tests/Shared/LongSeries.cs) into FOLDER, for whole-process
//       measures of one long series (tests/bench/scale.sh: the per-record cost of `minutes check` at 200 and 4,000)
if (args.Length == 3 && args[0] == "series")
{
    MinutesLang.Testing.LongSeries.WriteTo(args[2], MinutesLang.Testing.LongSeries.Create(Path.Combine(Inputs.Root(), "seeds"), int.Parse(args[1])));
    return;
}

if (args.Length > 0 && args[0] == "stopwatch")
{
    RunStopwatch(args.Length > 1 ? int.Parse(args[1]) : 5);
    return;
}

var config = DefaultConfig.Instance.AddColumn(new ThroughputColumn(perRecord: false), new ThroughputColumn(perRecord: true));
BenchmarkSwitcher.FromAssembly(typeof(PipelineBenchmarks).Assembly).Run(args, config);

static void RunStopwatch(int rounds)
{
    var stages = new Dictionary<string, Func<Inputs.Input, object>>
    {
        ["parse"] = i => Pipeline.Parse(i),
        ["parse+bind"] = i => Pipeline.ParseBind(i),
        ["parse+bind+validate"] = i => Pipeline.ParseBindValidate(i),
    };
    var perRecord = new Dictionary<(string Stage, string Input), double>();
    foreach (var name in Inputs.Names)
    {
        var input = Inputs.Get(name);
        foreach (var (stage, run) in stages)
        {
            run(input); // warm
            double best = double.MaxValue;
            for (int r = 0; r < rounds; r++)
            {
                var clock = System.Diagnostics.Stopwatch.StartNew();
                run(input);
                best = Math.Min(best, clock.Elapsed.TotalMilliseconds);
            }

            perRecord[(stage, name)] = best * 1000 / input.Records.Count;
            Console.WriteLine($"{name,-12} {stage,-20} {best,9:0.0} ms  {input.Bytes / (best / 1000) / 1e6,6:0.0} MB/s  {best * 1000 / input.Records.Count,7:0.0} us/record");
        }
    }

    foreach (var stage in stages.Keys)
        Console.WriteLine($"per-record cost 4,000 / 200, {stage}: {perRecord[(stage, "series-4000")] / perRecord[(stage, "series-200")]:0.00}");

    // each series rule alone, per record, at 200 and at 4,000 records (best of the rounds)
    Console.WriteLine("series rules, us/record at 200 / at 4,000 (ratio):");
    var contexts = new Dictionary<string, Func<SeriesContext>>();
    foreach (var name in new[] { "series-200", "series-4000" })
    {
        var input = Inputs.Get(name);
        var (seriesTree, trees) = Pipeline.Parse(input);
        var bag = new MinutesLang.Diagnostics.DiagnosticBag();
        var series = SeriesBinder.Bind(seriesTree, bag);
        var records = trees.Select(t => RecordBinder.Bind(t, series, bag)).ToList();
        contexts[name] = () => SeriesContext.Create(series, records);
    }

    var context = new Dictionary<string, double>();
    foreach (var name in contexts.Keys)
    {
        double best = double.MaxValue;
        for (int r = 0; r < rounds; r++)
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            contexts[name]();
            best = Math.Min(best, clock.Elapsed.TotalMilliseconds);
        }

        context[name] = best * 1000 / int.Parse(name["series-".Length..]);
    }

    Console.WriteLine($"  {"SeriesContext",-28} {context["series-200"],8:0.00} / {context["series-4000"],8:0.00}  ({context["series-4000"] / context["series-200"]:0.00})");
    foreach (var rule in SeriesValidator.Rules)
    {
        var cost = new Dictionary<string, double>();
        foreach (var name in contexts.Keys)
        {
            double best = double.MaxValue;
            for (int r = 0; r < rounds; r++)
            {
                var ctx = contexts[name]();
                _ = ctx.Cases; // the case history is built once per series, by the first rule that asks
                foreach (var rec in ctx.Records) ctx.LinesOf(rec);
                var clock = System.Diagnostics.Stopwatch.StartNew();
                rule.Check(ctx, new MinutesLang.Diagnostics.DiagnosticBag());
                best = Math.Min(best, clock.Elapsed.TotalMilliseconds);
            }

            cost[name] = best * 1000 / int.Parse(name["series-".Length..]);
        }

        Console.WriteLine($"  {rule.GetType().Name + " " + rule.Code,-28} {cost["series-200"],8:0.00} / {cost["series-4000"],8:0.00}  ({cost["series-4000"] / cost["series-200"]:0.00})");
    }
}

static void RunThroughput(int rounds, string[] names)
{
    var stages = new (string Name, Func<Inputs.Input, object> Run)[]
    {
        ("yardstick: decode+split", i => Pipeline.Yardstick(i)),
        ("parse", i => Pipeline.Parse(i)),
        ("parse+bind", i => Pipeline.ParseBind(i)),
        ("parse+bind+validate", i => Pipeline.ParseBindValidate(i)),
    };
    foreach (var name in names)
    {
        var input = Inputs.Get(name);
        double yard = 0;
        foreach (var (stage, run) in stages)
        {
            for (int w = 0; w < 3; w++) run(input); // warm, past tiered JIT
            double best = double.MaxValue;
            long allocated = long.MaxValue;
            for (int r = 0; r < rounds; r++)
            {
                long before = GC.GetAllocatedBytesForCurrentThread();
                var clock = System.Diagnostics.Stopwatch.StartNew();
                run(input);
                best = Math.Min(best, clock.Elapsed.TotalMilliseconds);
                allocated = Math.Min(allocated, GC.GetAllocatedBytesForCurrentThread() - before);
            }

            double mbs = input.Bytes / (best / 1000) / 1e6;
            if (yard == 0) yard = mbs;
            Console.WriteLine($"{name,-12} {stage,-24} {best,9:0.00} ms  {mbs,7:0.0} MB/s  yardstick/stage {yard / mbs,6:0.0}  {allocated / (double)input.Bytes,6:0.0} B allocated per input byte");
        }
    }
}

// the steps of the parser and the binder alone, on texts already decoded: where the time of a stage goes
static void RunParts(int rounds, string name)
{
    var input = Inputs.Get(name);
    var texts = input.Records.Select(r => MinutesLang.Text.SourceText.FromBytes(r.Bytes, r.Path)).ToList();
    var seriesTree = MinutesLang.Parsing.Parser.Parse(MinutesLang.Text.SourceText.FromBytes(input.Series.Bytes, input.Series.Path));
    var series = SeriesBinder.Bind(seriesTree, new MinutesLang.Diagnostics.DiagnosticBag());
    var trees = texts.Select(t => MinutesLang.Parsing.Parser.Parse(t)).ToList();
    var nested = texts.Zip(trees, (t, tree) => (t, tree, MinutesLang.Parsing.Parser.Nest(MinutesLang.Parsing.LineGrammar.ParseDocument(t.Text).Lines))).ToList();
    var steps = new (string Name, Action Run)[]
    {
        ("decode (SourceText.FromBytes)", () => { foreach (var r in input.Records) MinutesLang.Text.SourceText.FromBytes(r.Bytes, r.Path); }),
        ("line grammar (Pidgin)", () => { foreach (var t in texts) MinutesLang.Parsing.LineGrammar.ParseDocument(t.Text); }),
        ("grammar + nesting", () => { foreach (var t in texts) MinutesLang.Parsing.Parser.Nest(MinutesLang.Parsing.LineGrammar.ParseDocument(t.Text).Lines); }),
        ("  indentation checks", () => { foreach (var (t, tree, n) in nested) MinutesLang.Parsing.IndentationChecker.Check(t, tree.Root, n, new MinutesLang.Diagnostics.DiagnosticBag()); }),
        ("  near-miss checks", () => { foreach (var (t, tree, _) in nested) MinutesLang.Parsing.NearMissChecker.Check(t, tree.Root, new MinutesLang.Diagnostics.DiagnosticBag()); }),
        ("  control characters", () => { foreach (var t in texts) MinutesLang.Parsing.ControlCharacters.Check(t, new MinutesLang.Diagnostics.DiagnosticBag()); }),
        ("  syntax checks (all)", () => { foreach (var (t, tree, n) in nested) MinutesLang.Parsing.SyntaxChecker.Check(t, tree.Root, n, new MinutesLang.Diagnostics.DiagnosticBag()); }),
        ("Parser.Parse (all)", () => { foreach (var t in texts) MinutesLang.Parsing.Parser.Parse(t); }),
        ("RecordBinder.Bind", () => { var bag = new MinutesLang.Diagnostics.DiagnosticBag(); foreach (var t in trees) RecordBinder.Bind(t, series, bag); }),
        ("tree walk: ToFullString", () => { foreach (var t in trees) t.ToFullString(); }),
    };
    foreach (var (step, run) in steps)
    {
        for (int w = 0; w < 3; w++) run();
        double best = double.MaxValue;
        long allocated = long.MaxValue;
        for (int r = 0; r < rounds; r++)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            var clock = System.Diagnostics.Stopwatch.StartNew();
            run();
            best = Math.Min(best, clock.Elapsed.TotalMilliseconds);
            allocated = Math.Min(allocated, GC.GetAllocatedBytesForCurrentThread() - before);
        }

        long bytes = input.Records.Sum(r => (long)r.Bytes.Length);
        Console.WriteLine($"{name,-12} {step,-32} {best,9:0.00} ms  {bytes / (best / 1000) / 1e6,7:0.0} MB/s  {allocated / (double)bytes,6:0.0} B allocated per input byte");
    }
}

// the series' part alone (what `parse+bind+validate` adds to `parse+bind`): per rule, its time and its allocations
static void RunRules(int rounds, string name)
{
    var input = Inputs.Get(name);
    var (seriesTree, trees) = Pipeline.Parse(input);
    var series = SeriesBinder.Bind(seriesTree, new MinutesLang.Diagnostics.DiagnosticBag());
    var records = trees.Select(t => RecordBinder.Bind(t, series, new MinutesLang.Diagnostics.DiagnosticBag())).ToList();
    long bytes = input.Bytes;
    var steps = new List<(string Name, Func<SeriesContext> Prepare, Action<SeriesContext> Run)>
    {
        ("SeriesContext.Create", () => null!, _ => SeriesContext.Create(series, records)),
        ("prose lines (LinesOf)", () => SeriesContext.Create(series, records), ctx => { foreach (var rec in ctx.Records) ctx.LinesOf(rec); }),
        ("case history", () => SeriesContext.Create(series, records), ctx => _ = ctx.Cases),
    };
    foreach (var rule in SeriesValidator.Rules)
    {
        steps.Add(($"{rule.GetType().Name} {rule.Code}", () =>
        {
            var ctx = SeriesContext.Create(series, records);
            _ = ctx.Cases;
            foreach (var rec in ctx.Records) ctx.LinesOf(rec);
            return ctx;
        }, ctx => rule.Check(ctx, new MinutesLang.Diagnostics.DiagnosticBag())));
    }

    steps.Add(("SeriesValidator.Validate (all)", () => null!, _ => SeriesValidator.Validate(series, records, new MinutesLang.Diagnostics.DiagnosticBag())));
    foreach (var (step, prepare, run) in steps)
    {
        for (int w = 0; w < 3; w++) run(prepare());
        double best = double.MaxValue;
        long allocated = long.MaxValue;
        for (int r = 0; r < rounds; r++)
        {
            var ctx = prepare();
            long before = GC.GetAllocatedBytesForCurrentThread();
            var clock = System.Diagnostics.Stopwatch.StartNew();
            run(ctx);
            best = Math.Min(best, clock.Elapsed.TotalMilliseconds);
            allocated = Math.Min(allocated, GC.GetAllocatedBytesForCurrentThread() - before);
        }

        Console.WriteLine($"{name,-12} {step,-36} {best * 1000 / records.Count,9:0.00} us/record  {allocated / (double)bytes,7:0.00} B allocated per input byte");
    }
}
