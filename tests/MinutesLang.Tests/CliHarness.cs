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

    protected static (int Code, string Out, string Err) Run(params string[] args)
    {
        var o = new StringWriter();
        var e = new StringWriter();
        int code = MinutesLang.Cli.Cli.Run(args, o, e);
        return (code, o.ToString(), e.ToString());
    }

    /// <summary>Writes a file below the temporary folder (creating its folders) and returns its path.</summary>
    protected string Write(string name, string text)
    {
        string path = Path.Combine(dir, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }
}
