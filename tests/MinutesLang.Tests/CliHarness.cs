namespace MinutesLang.Tests;

/// <summary>The command line run in-process, in a temporary folder of its own that is deleted afterwards.</summary>
public abstract class CliHarness : IDisposable
{
    protected readonly string dir = Directory.CreateTempSubdirectory("minutes-test-").FullName;

    public void Dispose()
    {
        Directory.Delete(dir, recursive: true);
        GC.SuppressFinalize(this);
    }

    /// <inheritdoc cref="CliRun.Run"/>
    protected static (int Code, string Out, string Err) Run(params string[] args) => CliRun.Run(args);

    /// <summary>Writes a file below the temporary folder (creating its folders) and returns its path.</summary>
    protected string Write(string name, string text)
    {
        string path = Path.Combine(dir, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }
}

/// <summary>The command line run in-process, for tests that keep their own folders (<c>using static MinutesLang.Tests.CliRun;</c>).</summary>
public static class CliRun
{
    /// <summary>Runs <c>minutes</c> with <paramref name="args"/> in this process; returns the exit code and what it wrote to standard output and standard error.</summary>
    public static (int Code, string Out, string Err) Run(params string[] args)
    {
        var o = new StringWriter();
        var e = new StringWriter();
        int code = MinutesLang.Cli.Cli.Run(args, o, e);
        return (code, o.ToString(), e.ToString());
    }
}
