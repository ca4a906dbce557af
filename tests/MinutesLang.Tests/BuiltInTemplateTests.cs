using System.Text.RegularExpressions;
using MinutesLang.Diagnostics;
using MinutesLang.Rendering;
using Scriban.Runtime;

namespace MinutesLang.Tests;

/// <summary>
/// The default templates are built into MinutesLang.dll (resources <c>templates/FORMAT/NAME</c>, from
/// the repository's <c>templates/</c>): <c>minutes</c> renders with no templates folder on disk,
/// <c>--template-dir</c> still replaces them by name first, includes cannot leave them, and ML0300
/// in one of them names its path, line and column.
/// </summary>
public sealed class BuiltInTemplateTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("minutes-builtin-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private static string RepoPath(string file) => "templates/" + Path.GetRelativePath(Repo.Templates, file).Replace('\\', '/');

    [Fact]
    public void TheBuiltInTemplatesAreExactlyTheFilesOfTheRepositorysTemplatesFolder()
    {
        var assembly = typeof(TemplateSet).Assembly;
        var files = Directory.EnumerateFiles(Repo.Templates, "*", SearchOption.AllDirectories).ToList();
        Assert.Equal(16, files.Count); // docx: fontTable.xml and footer.xml (issue 17)
        Assert.Equal(
            files.Select(RepoPath).Order(StringComparer.Ordinal),
            assembly.GetManifestResourceNames().Where(n => n.StartsWith("templates/", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        foreach (var file in files)
        {
            using var stream = assembly.GetManifestResourceStream(RepoPath(file))!;
            using var bytes = new MemoryStream();
            stream.CopyTo(bytes);
            Assert.Equal(File.ReadAllBytes(file), bytes.ToArray());
        }
    }

    [Fact]
    public void NoTemplatesFolderIsBesideTheProgram()
    {
        // the build output of the tests holds minutes.dll and MinutesLang.dll, and no templates/ any more
        Assert.True(File.Exists(Path.Combine(AppContext.BaseDirectory, "minutes.dll")));
        Assert.False(Directory.Exists(Path.Combine(AppContext.BaseDirectory, "templates")));
    }

    [Theory]
    [InlineData("txt")]
    [InlineData("md")]
    [InlineData("html")]
    [InlineData("docx")]
    [InlineData("odt")]
    public void EverySeedRendersFromTheBuiltInTemplatesAsFromTheFolder(string format)
    {
        var builtIn = new DocumentRenderer(TemplateSet.Embedded, format);
        var folder = new DocumentRenderer(Repo.Templates, format);
        foreach (var name in Repo.SeedNames)
        {
            var c = Repo.CompileSeed(name);
            Assert.Equal(folder.Render(c.Series, c.Records[0]), builtIn.Render(c.Series, c.Records[0]));
        }
    }

    [Fact]
    public void TheProgramCopiedAloneRendersWithoutAnyTemplatesFolderAndIgnoresOneInTheWorkingDirectory()
    {
        // minutes.dll and the assemblies it runs with, alone in a folder; the working directory holds a
        // broken templates/: the built-in templates are used, and no file named like them is read
        string program = Directory.CreateDirectory(Path.Combine(dir, "program")).FullName;
        foreach (var file in Directory.EnumerateFiles(AppContext.BaseDirectory).Where(f => f.EndsWith(".dll", StringComparison.Ordinal) || Path.GetFileName(f).StartsWith("minutes.", StringComparison.Ordinal)))
            File.Copy(file, Path.Combine(program, Path.GetFileName(file)));
        string work = Directory.CreateDirectory(Path.Combine(dir, "work")).FullName;
        foreach (var format in new[] { "txt", "html" })
        {
            Directory.CreateDirectory(Path.Combine(work, "templates", format));
            File.WriteAllText(Path.Combine(work, "templates", format, "record.scriban"), "{{ broken");
        }

        string seed = Path.Combine(Repo.Seeds, "114-1.minutes");
        var (code, output, err) = PackedTool.Run(work, "dotnet", Path.Combine(program, "minutes.dll"), "render", seed, "--to", "txt");
        Assert.True(code == 0, err);
        Assert.Equal("", err);
        Assert.Equal(Repo.RenderTxt(Repo.CompileSeed("114-1")), output);
        Assert.False(Directory.Exists(Path.Combine(program, "templates")));
    }

    [Fact]
    public void ATemplateDirReplacesABuiltInTemplateByNameFirst()
    {
        Directory.CreateDirectory(Path.Combine(dir, "md"));
        File.WriteAllText(Path.Combine(dir, "md", "record.scriban"), "{{ id }}\n");
        var c = Repo.CompileSeed("114-1");
        var md = new TemplateRenderer(TemplateSet.Embedded, "md", dir);
        Assert.Equal(Path.Combine(dir, "md", "record.scriban"), md.TemplatePath);
        Assert.Equal("114-1\n", md.Render(new RenderModelBuilder(c.Series).Build(c.Records[0])));

        // DIR/NAME when DIR/<format>/ does not exist; the other parts stay the built-in ones
        File.WriteAllText(Path.Combine(dir, "core.xml.scriban"), "<x>{{ id }}</x>");
        var parts = Package.Unzip(new DocumentRenderer(TemplateSet.Embedded, "docx", dir).Render(c.Series, c.Records[0]));
        var defaults = Package.Unzip(new DocumentRenderer(Repo.Templates, "docx").Render(c.Series, c.Records[0]));
        Assert.Equal("<x>114-1</x>", System.Text.Encoding.UTF8.GetString(parts.Single(p => p.Path == "docProps/core.xml").Bytes));
        Assert.Equal(
            defaults.Where(p => p.Path != "docProps/core.xml").Select(p => (p.Path, Convert.ToHexString(p.Bytes))),
            parts.Where(p => p.Path != "docProps/core.xml").Select(p => (p.Path, Convert.ToHexString(p.Bytes))));
    }

    [Fact]
    public void AnOverridingTemplateIncludesTheTemplateDirFirstThenTheBuiltInOnes()
    {
        var c = Repo.CompileSeed("114-1");
        var model = new RenderModelBuilder(c.Series).Build(c.Records[0]);
        File.WriteAllText(Path.Combine(dir, "wrap.scriban"), "[{{ include 'record.scriban' }}]");
        Assert.Equal("[" + Repo.RenderTxt(c) + "]", new TemplateRenderer(TemplateSet.Embedded, "txt", dir, "wrap.scriban").Render(model));

        File.WriteAllText(Path.Combine(dir, "record.scriban"), "mine {{ id }}");
        Assert.Equal("[mine 114-1]", new TemplateRenderer(TemplateSet.Embedded, "txt", dir, "wrap.scriban").Render(model));
    }

    [Theory]
    [InlineData("../html/record.scriban", "outside the template folder")]
    [InlineData("../../templates/txt/record.scriban", "outside the template folder")]
    [InlineData("sub/../../txt/record.scriban", "outside the template folder")]
    [InlineData("/etc/passwd", "outside the template folder")]
    [InlineData("..", "outside the template folder")]
    [InlineData("nope.scriban", "template 'nope.scriban' not found")]
    [InlineData("MinutesLang.Docs.Diagnostics.ML0300.md", "not found")]
    public void IncludesCannotLeaveTheBuiltInTemplatesOfTheFormat(string include, string reason)
    {
        string other = Directory.CreateDirectory(Path.Combine(dir, "other")).FullName;
        File.WriteAllText(Path.Combine(other, "x.scriban"), $"{{{{ include '{include}' }}}}");
        var r = new TemplateRenderer(TemplateSet.Embedded, "txt", other, "x.scriban");
        var e = Assert.Throws<TemplateException>(() => r.Render(new ScriptObject()));
        Assert.Equal("ML0300", e.Diagnostic.Code);
        Assert.Contains(reason, e.Reason);
    }

    [Fact]
    public void AnIncludeWithDotsThatStaysInTheFormatFolderFindsTheBuiltInTemplate()
    {
        var c = Repo.CompileSeed("114-1");
        File.WriteAllText(Path.Combine(dir, "x.scriban"), "{{ include './sub/../record.scriban' }}");
        Assert.Equal(Repo.RenderTxt(c), new TemplateRenderer(TemplateSet.Embedded, "txt", dir, "x.scriban").Render(new RenderModelBuilder(c.Series).Build(c.Records[0])));
    }

    [Theory]
    [InlineData("txt")]
    [InlineData("md")]
    [InlineData("html")]
    public void AnErrorInABuiltInTemplateIsML0300AtItsPathLineAndColumn(string format)
    {
        // a model without the variables the template uses: the first one it reads is not found
        string path = $"templates/{format}/record.scriban";
        var e = Assert.Throws<TemplateException>(() => new TemplateRenderer(TemplateSet.Embedded, format).Render(new ScriptObject()));
        Assert.Equal("ML0300", e.Diagnostic.Code);
        Assert.Equal(path, e.TemplatePath);
        Assert.Equal(path, e.Diagnostic.Source.Path);
        Assert.Equal((e.Line, e.Column), e.Diagnostic.Start);
        Assert.StartsWith($"{path}:{e.Line}:{e.Column}: error ML0300: template error: ", DiagnosticFormatter.Human(e.Diagnostic));
        Assert.StartsWith("a template built into minutes", e.Diagnostic.Hint); // not "remove it from --template-dir"

        // the position is that of the variable in the repository's file
        string variable = Regex.Match(e.Reason, "`([a-z_]+)`").Groups[1].Value;
        Assert.NotEqual("", variable);
        string line = File.ReadAllText(Path.Combine(Repo.Templates, format, "record.scriban")).Split('\n')[e.Line - 1];
        Assert.StartsWith(variable, line[(e.Column - 1)..]);
    }

    [Fact]
    public void TheCliPrintsAnErrorInABuiltInTemplateAtItsPathLineAndColumn()
    {
        // a --template-dir part that includes a built-in one under a model it was not made for
        Directory.CreateDirectory(Path.Combine(dir, "tpl", "docx"));
        File.WriteAllText(Path.Combine(dir, "tpl", "docx", "core.xml.scriban"), "{{ parts = 5 }}{{ include 'document.xml.scriban' }}");
        var (o, e) = (new StringWriter(), new StringWriter());
        int code = MinutesLang.Cli.Cli.Run(["render", Path.Combine(Repo.Seeds, "114-1.minutes"), "--to", "docx", "-o", Path.Combine(dir, "x.docx"), "--template-dir", Path.Combine(dir, "tpl")], o, e);
        Assert.Equal((1, ""), (code, o.ToString()));
        string[] lines = File.ReadAllLines(Path.Combine(Repo.Templates, "docx", "document.xml.scriban"));
        int line = Array.FindIndex(lines, l => l.Contains("{{ for part in parts", StringComparison.Ordinal)) + 1;
        int column = lines[line - 1].IndexOf(" in parts", StringComparison.Ordinal) + " in ".Length + 1;
        Assert.StartsWith($"templates/docx/document.xml.scriban:{line}:{column}: error ML0300: template error: ", e.ToString());
        Assert.Contains("= hint: a template built into minutes", e.ToString());
        Assert.False(File.Exists(Path.Combine(dir, "x.docx")));

        // an error in the override itself is the override's to fix
        File.WriteAllText(Path.Combine(dir, "tpl", "docx", "core.xml.scriban"), "{{ for x in }}");
        var err = new StringWriter();
        Assert.Equal(1, MinutesLang.Cli.Cli.Run(["render", Path.Combine(Repo.Seeds, "114-1.minutes"), "--to", "docx", "-o", Path.Combine(dir, "x.docx"), "--template-dir", Path.Combine(dir, "tpl")], new StringWriter(), err));
        Assert.Contains(Path.Combine(dir, "tpl", "docx", "core.xml.scriban") + ":1:", err.ToString());
        Assert.Contains("= hint: fix the template, or remove it from --template-dir to use the default", err.ToString());
    }

    [Fact]
    public void AMissingBuiltInTemplateIsNotFound()
    {
        var e = Assert.Throws<FileNotFoundException>(() => new TemplateRenderer(TemplateSet.Embedded, "txt", name: "nope.scriban"));
        Assert.Contains("templates/txt/ (built in)", e.Message);
    }
}
