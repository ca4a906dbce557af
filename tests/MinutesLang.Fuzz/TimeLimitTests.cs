namespace MinutesLang.Fuzz;

/// <summary>
/// The per-input time limit of <see cref="FuzzSettings.WithinTimeLimit"/>: an input whose law does not end within the limit
/// is a failure and is kept at once; a law that ends in time passes or fails as itself. No timing is measured: the slow law
/// waits on an event that is set only after the assertion.
/// </summary>
public sealed class TimeLimitTests : IDisposable
{
    private readonly string found = Path.Combine(Path.GetTempPath(), "minutes-fuzz-limit-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(found)) Directory.Delete(found, recursive: true);
    }

    [Fact]
    public void AnInputThatDoesNotEndInTimeIsAFailureAndIsKept()
    {
        using var release = new ManualResetEventSlim(false);
        var input = new Input("@meeting 114-1\n"u8.ToArray(), ".minutes", "a slow input");
        var e = Assert.Throws<TimeoutException>(() => FuzzSettings.WithinTimeLimit(_ => release.Wait(), input, TimeSpan.FromMilliseconds(50), "parse", found));
        release.Set();
        Assert.Contains("parse: one input took more than", e.Message, StringComparison.Ordinal);
        string kept = Assert.Single(Directory.GetFiles(found));
        Assert.StartsWith("parse-slow-", Path.GetFileName(kept), StringComparison.Ordinal);
        Assert.Equal(input.Bytes, File.ReadAllBytes(kept));
    }

    [Fact]
    public void ALawThatEndsInTimeFailsOrPassesAsItself()
    {
        var input = new Input("x"u8.ToArray(), ".minutes", "a quick input");
        FuzzSettings.WithinTimeLimit(_ => { }, input, TimeSpan.FromMinutes(5), "parse", found);
        var e = Assert.Throws<InvalidOperationException>(() => FuzzSettings.WithinTimeLimit(_ => throw new InvalidOperationException("the law's own failure"), input, TimeSpan.FromMinutes(5), "parse", found));
        Assert.Equal("the law's own failure", e.Message);
        Assert.False(Directory.Exists(found) && Directory.EnumerateFiles(found).Any(), "an input in time is not kept by the limit");
    }
}
