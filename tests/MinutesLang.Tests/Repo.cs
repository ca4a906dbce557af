using MinutesLang.Diagnostics;
using MinutesLang.Rendering;
using MinutesLang.Semantics;

namespace MinutesLang.Tests;

/// <summary>Paths into the repository, and the compiler run the way the CLI runs it.</summary>
internal static class Repo
{
    public static readonly string Root = FindRoot();

    public static string Seeds => Path.Combine(Root, "seeds");

    public static string Templates => Path.Combine(Root, "templates");

    public static IEnumerable<string> SeedNames =>
        Directory.EnumerateFiles(Path.Combine(Seeds, "original"), "*.txt").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal)!;

    public static TheoryData<string> SeedData()
    {
        var data = new TheoryData<string>();
        foreach (var n in SeedNames) data.Add(n);
        return data;
    }

    public static Compilation CompileSeed(string name) =>
        Compilation.Create(Compilation.ParseFile(Path.Combine(Seeds, "series.minutes")), [Compilation.ParseFile(Path.Combine(Seeds, name + ".minutes"))]);

    public static string RenderTxt(Compilation c) =>
        new TemplateRenderer(Templates, "txt").Render(new RenderModelBuilder(c.Series).Build(c.Records[0]));

    public static string Format(IEnumerable<Diagnostic> ds) => string.Concat(ds.Select(d => DiagnosticFormatter.MsBuild(d) + "\n"));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "MinutesLang.sln"))) return dir.FullName;
        }

        throw new InvalidOperationException("cannot find the repository root (MinutesLang.sln)");
    }
}
