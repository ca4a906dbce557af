using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace MinutesLang.Tests;

/// <summary>
/// Once per test run (slow: a Release build of the solution): <c>dotnet pack MinutesLang.sln</c>
/// into a temporary folder, with its own artifacts folder so the repository's bin/ and obj/ are
/// left alone, then <c>dotnet tool install --tool-path</c> from that folder.
/// </summary>
public sealed class PackedTool : IDisposable
{
    public PackedTool()
    {
        Root = Directory.CreateTempSubdirectory("minutes-pack-").FullName;
        PackDir = Path.Combine(Root, "packages");
        ToolDir = Path.Combine(Root, "tools");
        Version = Regex.Match(File.ReadAllText(Path.Combine(Repo.Root, "Directory.Build.props")), "<Version>([^<]+)</Version>").Groups[1].Value;
        Pack = Dotnet(Repo.Root, "pack", Path.Combine(Repo.Root, "MinutesLang.sln"), "-c", "Release", "-o", PackDir, "--artifacts-path", Path.Combine(Root, "artifacts"), "-nologo");
        Packages = Directory.Exists(PackDir) ? [.. Directory.GetFiles(PackDir, "*.nupkg").Select(Path.GetFileName).Order(StringComparer.Ordinal)!] : [];
        if (Pack.Code == 0)
            Install = Dotnet(Root, "tool", "install", "--tool-path", ToolDir, "--add-source", PackDir, "--ignore-failed-sources", PackagedTool.Id, "--version", Version);
    }

    public string Root { get; }

    public string PackDir { get; }

    public string ToolDir { get; }

    /// <summary>The version of Directory.Build.props.</summary>
    public string Version { get; }

    public (int Code, string Out, string Err) Pack { get; }

    public (int Code, string Out, string Err)? Install { get; }

    public string[] Packages { get; }

    /// <summary>The installed command (the tool's shim).</summary>
    public string Minutes => Path.Combine(ToolDir, "minutes");

    public void Dispose() => Directory.Delete(Root, recursive: true);

    /// <summary>Runs a program without the MSBuild variables of the test run (a nested build must not inherit them).</summary>
    public static (int Code, string Out, string Err) Run(string workingDir, string program, params string[] args)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = new UTF8Encoding(false),
            StandardErrorEncoding = new UTF8Encoding(false),
        };
        foreach (var a in args) start.ArgumentList.Add(a);
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase) || k.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase)).ToList())
            start.Environment.Remove(key);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        ChildLocale.Pin(start); // the installed tool's English output is compared, on a Chinese machine too
        using var p = Process.Start(start)!;
        var err = p.StandardError.ReadToEndAsync();
        string output = p.StandardOutput.ReadToEnd();
        if (!p.WaitForExit(TimeSpan.FromMinutes(10))) p.Kill(entireProcessTree: true);
        p.WaitForExit();
        return (p.ExitCode, output, err.Result);
    }

    private static (int Code, string Out, string Err) Dotnet(string workingDir, params string[] args) => Run(workingDir, "dotnet", args);
}

/// <summary>The names of the package, as packing, installing and documentation use them.</summary>
internal static class PackagedTool
{
    public const string Id = "MinutesLang.Tool";
}

/// <summary>
/// The .NET tool package (issue 6): <c>dotnet pack MinutesLang.sln</c> makes exactly one package,
/// the tool, which installs from a local folder with <c>dotnet tool install</c> and works there:
/// <c>--version</c>, <c>check</c> of the seeds, <c>render</c> (its templates are resources of MinutesLang.dll),
/// <c>explain</c> (the pages are resources).
/// </summary>
public sealed class PackagingTests(PackedTool tool) : IClassFixture<PackedTool>, IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("minutes-tooltest-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private (int Code, string Out, string Err) Minutes(params string[] args)
    {
        Assert.True(tool.Pack.Code == 0, "dotnet pack failed:\n" + tool.Pack.Out + tool.Pack.Err);
        Assert.True(tool.Install is { Code: 0 }, "dotnet tool install failed:\n" + tool.Install?.Out + tool.Install?.Err);
        return PackedTool.Run(dir, tool.Minutes, args);
    }

    /// <summary>The tool run in-process, as the other tests run it: what the installed one must print.</summary>
    private static string InProcess(params string[] args)
    {
        var o = new StringWriter();
        Assert.Equal(0, MinutesLang.Cli.Cli.Run(args, o, new StringWriter()));
        return o.ToString();
    }

    [Fact]
    public void PackingTheSolutionMakesOnePackageTheToolWithItsTemplates()
    {
        Assert.True(tool.Pack.Code == 0, "dotnet pack failed:\n" + tool.Pack.Out + tool.Pack.Err);
        Assert.Equal([$"{PackagedTool.Id}.{tool.Version}.nupkg"], tool.Packages);

        using var zip = ZipFile.OpenRead(Path.Combine(tool.PackDir, tool.Packages[0]));
        var names = zip.Entries.Select(e => e.FullName).ToList();
        Assert.Contains("tools/net10.0/any/DotnetToolSettings.xml", names);
        Assert.Contains("tools/net10.0/any/minutes.dll", names);
        Assert.Contains("tools/net10.0/any/MinutesLang.dll", names);
        // the templates are resources of the packaged MinutesLang.dll (templates/FORMAT/NAME), byte for byte the repository's, and not files beside it
        Assert.DoesNotContain(names, n => n.StartsWith("tools/net10.0/any/templates/", StringComparison.Ordinal));
        var core = new MemoryStream();
        using (var entry = zip.GetEntry("tools/net10.0/any/MinutesLang.dll")!.Open()) entry.CopyTo(core);
        core.Position = 0;
        var context = new System.Runtime.Loader.AssemblyLoadContext("packed-core", isCollectible: true);
        try
        {
            var assembly = context.LoadFromStream(core);
            foreach (var template in Directory.EnumerateFiles(Repo.Templates, "*", SearchOption.AllDirectories))
            {
                using var resource = assembly.GetManifestResourceStream("templates/" + Path.GetRelativePath(Repo.Templates, template).Replace('\\', '/'));
                Assert.NotNull(resource);
                var bytes = new MemoryStream();
                resource.CopyTo(bytes);
                Assert.Equal(File.ReadAllBytes(template), bytes.ToArray());
            }
        }
        finally
        {
            context.Unload();
        }

        using var settings = new StreamReader(zip.GetEntry("tools/net10.0/any/DotnetToolSettings.xml")!.Open());
        Assert.Contains("<Command Name=\"minutes\" EntryPoint=\"minutes.dll\"", settings.ReadToEnd());
    }

    [Fact]
    public void InstalledToolPrintsTheVersionOfDirectoryBuildProps()
    {
        var (code, output, err) = Minutes("--version");
        Assert.True(code == 0, err);
        Assert.Equal(tool.Version + "\n", output);
    }

    [Fact]
    public void InstalledToolChecksTheSeedsAsTheBuildDoes()
    {
        string seeds = Path.Combine(dir, "seeds");
        Directory.CreateDirectory(seeds);
        foreach (var file in Directory.GetFiles(Repo.Seeds, "*.minutes")) File.Copy(file, Path.Combine(seeds, Path.GetFileName(file)));

        var (code, output, err) = Minutes("check", "seeds", "--format", "msbuild");
        Assert.True(code == 0, err);
        Assert.Equal("", err);
        Assert.Contains("seeds/114-1.minutes(", output);
        var o = new StringWriter();
        Assert.Equal(0, MinutesLang.Cli.Cli.Run(["check", seeds, "--format", "msbuild"], o, new StringWriter()));
        Assert.Equal(o.ToString().Replace(seeds, "seeds"), output);
    }

    [Fact]
    public void InstalledToolRendersWithItsOwnTemplates()
    {
        string record = Path.Combine(Repo.Seeds, "114-1.minutes");
        var (code, output, err) = Minutes("render", record, "--to", "txt");
        Assert.True(code == 0, err);
        Assert.Equal(InProcess("render", record, "--to", "txt"), output);

        // every format but pdf: the templates of each are in the package
        (code, _, err) = Minutes("render", record, "--to", "md,html,docx,odt", "-o", "out");
        Assert.True(code == 0, err);
        string expected = Directory.CreateDirectory(Path.Combine(dir, "expected")).FullName;
        foreach (var f in new[] { "md", "html", "docx", "odt" })
        {
            Assert.Equal(0, MinutesLang.Cli.Cli.Run(["render", record, "--to", f, "-o", Path.Combine(expected, "114-1." + f)], new StringWriter(), new StringWriter()));
            Assert.Equal(File.ReadAllBytes(Path.Combine(expected, "114-1." + f)), File.ReadAllBytes(Path.Combine(dir, "out", "114-1." + f)));
        }
    }

    [Fact]
    public void InstalledToolExplainsACode()
    {
        var (code, output, err) = Minutes("explain", "ML0200");
        Assert.True(code == 0, err);
        Assert.Equal(InProcess("explain", "ML0200"), output);
    }
}
