using System.Globalization;
using System.Text;
using CsCheck;

namespace MinutesLang.Fuzz;

/// <summary>
/// How long the properties run, from the environment (docs/FUZZ.md): the CI default is a short run
/// of about a minute in all; the long run is the same tests with a bigger count.
/// <list type="bullet">
/// <item><c>MINUTES_FUZZ_ITERATIONS</c>: inputs per property (default <see cref="CiIterations"/>, each
/// property scales it by its weight, see <see cref="Iterations"/>).</item>
/// <item><c>MINUTES_FUZZ_SECONDS</c>: instead of a count, seconds per property.</item>
/// <item><c>MINUTES_FUZZ_SEED</c>: the seed string CsCheck printed for a failure, to replay it (and its shrinking).</item>
/// <item><c>MINUTES_FUZZ_THREADS</c>: threads per property (default 1: the machine is shared).</item>
/// <item><c>MINUTES_FUZZ_FOUND</c>: the folder a failing input is written to (default a temporary folder),
/// to copy into <c>Regressions/</c>.</item>
/// <item><c>MINUTES_FUZZ_INPUT_SECONDS</c>: the time one input may take under one law (default <see cref="CiInputSeconds"/>);
/// an input that takes longer is a failure, kept like any other.</item>
/// </list>
/// </summary>
internal static class FuzzSettings
{
    /// <summary>The CI default of inputs per property (weight 1).</summary>
    public const int CiIterations = 100;

    /// <summary>
    /// The default time limit of one input under one law, in seconds: an input takes well under 2 s on the loaded
    /// machine (the slowest measured, a 20,000-character line, about 1 s), so one that takes 30 s is a defect,
    /// not noise (issue 13: every hostile input answers within 30 s).
    /// </summary>
    public const int CiInputSeconds = 30;

    public static readonly string Root = FindRoot();

    public static string Seeds => Path.Combine(Root, "seeds");

    public static string RegressionsFolder => Path.Combine(Root, "tests", "MinutesLang.Fuzz", "Regressions");

    public static string? Seed => Environment.GetEnvironmentVariable("MINUTES_FUZZ_SEED") is { Length: > 0 } s ? s : null;

    public static int Threads => Int("MINUTES_FUZZ_THREADS") ?? 1;

    public static int Seconds => Int("MINUTES_FUZZ_SECONDS") ?? -1;

    /// <summary>The time limit of one input, in seconds (<c>MINUTES_FUZZ_INPUT_SECONDS</c>, default <see cref="CiInputSeconds"/>).</summary>
    public static int InputSeconds => Int("MINUTES_FUZZ_INPUT_SECONDS") ?? CiInputSeconds;

    /// <summary>Inputs for a property: the setting (or the CI default) times <paramref name="weight"/> (the slow laws, import and render of documents, take a fraction).</summary>
    public static long Iterations(double weight = 1) => Math.Max(1, (long)((Int("MINUTES_FUZZ_ITERATIONS") ?? CiIterations) * weight));

    public static string FoundFolder => Environment.GetEnvironmentVariable("MINUTES_FUZZ_FOUND") is { Length: > 0 } f ? f : Path.Combine(Path.GetTempPath(), "minutes-fuzz-found");

    /// <summary>
    /// Runs a property with these settings: <paramref name="law"/> on every input of <paramref name="gen"/>;
    /// a failure is shrunk by CsCheck, whose message carries the seed to replay; the shrunk input is also
    /// written to <see cref="FoundFolder"/> as <c>LAW-HASH.EXT</c>, ready to go into <c>Regressions/</c>.
    /// The count of inputs is written to <paramref name="output"/> (what docs/FUZZ.md reports).
    /// Each input runs under the time limit <see cref="InputSeconds"/> (<see cref="WithinTimeLimit"/>).
    /// </summary>
    public static void Run(Gen<Input> gen, Action<Input> law, string lawName, Xunit.Abstractions.ITestOutputHelper output, double weight = 1)
    {
        var limit = TimeSpan.FromSeconds(InputSeconds);
        gen.Sample(input => WithinTimeLimit(law, input, limit, lawName), writeLine: output.WriteLine, seed: Seed, iter: Iterations(weight), time: Seconds,
            threads: Threads, print: input => Keep(lawName, input));
    }

    /// <summary>
    /// Runs <paramref name="law"/> on <paramref name="input"/>; an input that takes longer than <paramref name="limit"/> is a
    /// failure (<see cref="TimeoutException"/>): it is written to <see cref="FoundFolder"/> as <c>LAW-slow-HASH.EXT</c> at once,
    /// before CsCheck shrinks it (shrinking a slow input takes long, and the run may be stopped), and CsCheck keeps the shrunk
    /// one as it keeps any failure. The law goes on in the background until it ends (a thread cannot be stopped safely);
    /// the failure is reported when the limit is reached, not when the law ends.
    /// </summary>
    internal static void WithinTimeLimit(Action<Input> law, Input input, TimeSpan limit, string lawName, string? foundFolder = null)
    {
        // a pool thread, not a new one: the render law keeps its renderers per thread
        var run = Task.Run(() => law(input));
        if (!((IAsyncResult)run).AsyncWaitHandle.WaitOne(limit))
        {
            string kept = Keep(lawName + "-slow", input, foundFolder);
            throw new TimeoutException($"{lawName}: one input took more than {limit.TotalSeconds:0} s: {kept}");
        }

        run.GetAwaiter().GetResult();
    }

    /// <summary>Writes a failing input to <see cref="FoundFolder"/>; returns how CsCheck prints it.</summary>
    private static string Keep(string lawName, Input input, string? folder = null)
    {
        folder ??= FoundFolder;
        Directory.CreateDirectory(folder);
        string hash = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(input.Bytes))[..10];
        string path = Path.Combine(folder, $"{lawName}-{hash}{input.Extension}");
        File.WriteAllBytes(path, input.Bytes);
        string shown = input.Bytes.Length <= 400 ? Encoding.UTF8.GetString(input.Bytes) : $"{input.Bytes.Length} bytes";
        return $"{input.What} → kept as {path} (copy it into tests/MinutesLang.Fuzz/Regressions/): {shown}";
    }

    private static int? Int(string name) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out int v) ? v : null;

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "MinutesLang.sln"))) return dir.FullName;
        }

        throw new InvalidOperationException("cannot find the repository root (MinutesLang.sln)");
    }
}

/// <summary>
/// One fuzz input: its bytes, the file name extension it is read as (.minutes, .txt, .docx, .odt), how it was made,
/// and whether it is <paramref name="Intact"/> (a seed or an original as it is, or a document of one: no mutation).
/// </summary>
internal sealed record Input(byte[] Bytes, string Extension, string What, bool Intact = false)
{
    /// <summary>The input as the compiler reads it (invalid UTF-8 kept as U+DC80..DCFF).</summary>
    public MinutesLang.Text.SourceText Source(string name = "fuzz") => MinutesLang.Text.SourceText.FromBytes(Bytes, name + Extension);

    public override string ToString() => What;
}
