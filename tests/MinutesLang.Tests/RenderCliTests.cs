using MinutesLang.Rendering;

namespace MinutesLang.Tests;

/// <summary><c>minutes render</c> on files and folders, in every format but pdf (see BrowserTests), with and without -o.</summary>
public sealed class RenderCliTests : CliHarness
{
    [Theory]
    [InlineData("txt")]
    [InlineData("md")]
    [InlineData("html")]
    [InlineData("docx")]
    [InlineData("odt")]
    public void AFolderRendersEveryRecordToOneFileEachInTheOutputFolder(string format)
    {
        string output = Path.Combine(dir, "out");
        var (code, o, e) = Run("render", Repo.Seeds, "--to", format, "-o", output);
        Assert.Equal((0, "", ""), (code, o, e));
        var written = Directory.GetFiles(output).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(Repo.SeedNames.Select(n => n + "." + format), written);
        foreach (var name in Repo.SeedNames)
        {
            var c = Repo.CompileSeed(name);
            Assert.Equal(new DocumentRenderer(Repo.Templates, format).Render(c.Series, c.Records[0]), File.ReadAllBytes(Path.Combine(output, name + "." + format)));
        }
    }

    [Fact]
    public void SeveralFormatsInOneRunWriteOneFilePerRecordAndFormat()
    {
        string output = Path.Combine(dir, "all");
        var (code, _, e) = Run("render", Repo.Seeds, "--to", "txt,md,html,docx,odt", "-o", output);
        Assert.Equal((0, ""), (code, e));
        Assert.Equal(100, Directory.GetFiles(output).Length);
        Assert.Equal(File.ReadAllBytes(Path.Combine(output, "114-1.odt")), PackageTests.Render("odt", "114-1"));

        (code, _, e) = Run("render", Path.Combine(Repo.Seeds, "114-1.minutes"), "--to", "md,html");
        Assert.Equal((2, "minutes: several formats need -o FOLDER (one file per record and format)\n"), (code, e));
        Assert.Equal(0, Run("render", Path.Combine(Repo.Seeds, "114-1.minutes"), "--to", "md,html", "-o", Path.Combine(dir, "one")).Code);
        Assert.Equal(["114-1.html", "114-1.md"], Directory.GetFiles(Path.Combine(dir, "one")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void OneFileGoesToStandardOutputOrToTheOutputFile()
    {
        string seed = Path.Combine(Repo.Seeds, "114-1.minutes");
        var (code, html, _) = Run("render", seed, "--to", "html");
        Assert.Equal(0, code);
        Assert.Equal(RenderFormatTests.Render("html", Repo.CompileSeed("114-1")), html);
        string file = Path.Combine(dir, "x.md");
        Assert.Equal((0, ""), (Run("render", seed, "--to", "md", "-o", file).Code, Run("render", seed, "--to", "md", "-o", file).Out));
        Assert.Equal(RenderFormatTests.Render("md", Repo.CompileSeed("114-1")), File.ReadAllText(file));
        Assert.Empty(Directory.GetFiles(dir, ".*.tmp"));
    }

    [Theory]
    [InlineData("docx")]
    [InlineData("odt")]
    [InlineData("pdf")]
    public void BinaryFormatsAreNotWrittenToATextStream(string format)
    {
        var (code, o, e) = Run("render", Path.Combine(Repo.Seeds, "114-1.minutes"), "--to", format);
        Assert.Equal(2, code);
        Assert.Equal("", o);
        Assert.Equal($"minutes: {format} is binary: give -o FILE, or redirect standard output to a file\n", e);
    }

    [Fact]
    public void UnknownFormatAndMissingTemplateFolderAreExit2()
    {
        var (code, _, e) = Run("render", Path.Combine(Repo.Seeds, "114-1.minutes"), "--to", "rtf");
        Assert.Equal((2, "minutes: unknown format 'rtf' (txt|md|html|pdf|docx|odt)\n"), (code, e));
        (code, _, e) = Run("render", Path.Combine(Repo.Seeds, "114-1.minutes"), "--to", "html", "--template-dir", Path.Combine(dir, "none"));
        Assert.Equal(2, code);
        Assert.EndsWith("none: no such template folder\n", e);
        // in the writer's language (issue 15): a failure the compiler finds itself is a PhrasedIOException
        (code, _, e) = Run("render", Path.Combine(Repo.Seeds, "114-1.minutes"), "--to", "html", "--template-dir", Path.Combine(dir, "none"), "--lang", "zh-TW");
        Assert.Equal(2, code);
        Assert.EndsWith("none：找不到這個範本資料夾\n", e);
    }

    [Fact]
    public void ALoopOfSymbolicLinksIsSaidInTheLanguageOfTheRun()
    {
        string loop = Path.Combine(dir, "loop-a");
        File.CreateSymbolicLink(loop, Path.Combine(dir, "loop-b"));
        File.CreateSymbolicLink(Path.Combine(dir, "loop-b"), loop);
        var en = Assert.Throws<MinutesLang.Localization.PhrasedIOException>(() => MinutesLang.Rendering.RealPath.Of(Path.Combine(loop, "x.html")));
        Assert.EndsWith("too many levels of symbolic links", en.Message);
        Assert.Contains("符號連結層數過多", en.Text.ZhTw);
        Assert.Equal(en.Message, en.Text.En);
    }

    [Fact]
    public void ATemplateErrorIsPrintedAsML0300WithTheTemplatesPositionAndExit1()
    {
        string templates = Directory.CreateDirectory(Path.Combine(dir, "tpl", "docx")).FullName;
        File.WriteAllText(Path.Combine(templates, "core.xml.scriban"), "<x>\n{{ for }}</x>\n");
        var (code, o, e) = Run("render", Path.Combine(Repo.Seeds, "114-1.minutes"), "--to", "docx", "-o", Path.Combine(dir, "x.docx"), "--template-dir", Path.Combine(dir, "tpl"));
        Assert.Equal(1, code);
        Assert.Equal("", o);
        Assert.StartsWith($"{Path.Combine(templates, "core.xml.scriban")}:2:", e);
        Assert.Contains(" error ML0300: template error: ", e);
        Assert.DoesNotContain("   at ", e);
        Assert.False(File.Exists(Path.Combine(dir, "x.docx")));
    }

    [Fact]
    public void ATemplateErrorOnEveryRecordOfAFolderIsPrintedOnce()
    {
        string templates = Directory.CreateDirectory(Path.Combine(dir, "tpl")).FullName;
        File.WriteAllText(Path.Combine(templates, "record.scriban"), "{{ parts[99].head }}");
        var (code, _, e) = Run("render", Repo.Seeds, "--to", "md", "-o", Path.Combine(dir, "out"), "--template-dir", templates);
        Assert.Equal(1, code);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(e, "ML0300"));
        Assert.Empty(Directory.GetFiles(Path.Combine(dir, "out")));
    }

    [Fact]
    public void ATemplateDirReplacesOnlyTheTemplatesItHolds()
    {
        string templates = Directory.CreateDirectory(Path.Combine(dir, "tpl")).FullName;
        File.WriteAllText(Path.Combine(templates, "core.xml.scriban"), "<?xml version=\"1.0\"?><cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>{{ id }}</dc:title></cp:coreProperties>");
        string file = Path.Combine(dir, "x.docx");
        Assert.Equal(0, Run("render", Path.Combine(Repo.Seeds, "114-1.minutes"), "--to", "docx", "-o", file, "--template-dir", templates).Code);
        var parts = Package.Unzip(File.ReadAllBytes(file)).ToDictionary(p => p.Path, p => System.Text.Encoding.UTF8.GetString(p.Bytes));
        Assert.Contains("<dc:title>114-1</dc:title>", parts["docProps/core.xml"]);
        Assert.Equal(System.Text.Encoding.UTF8.GetString(Package.Unzip(PackageTests.Render("docx", "114-1")).Single(p => p.Path == "word/document.xml").Bytes), parts["word/document.xml"]);
    }

    [Fact]
    public void ARecordWithErrorsIsNotRenderedTheOthersAre()
    {
        string folder = Directory.CreateDirectory(Path.Combine(dir, "records")).FullName;
        File.WriteAllText(Path.Combine(folder, "a.minutes"), "@meeting 114-1\n# 甲\n* 時間：114 年 3 月 7 日（星期五）上午 10 時\n");
        File.WriteAllText(Path.Combine(folder, "b.minutes"), "@meeting 114-2\n# 乙\n* 時間：114 年 3 月 7 日（星期一）上午 10 時\n");
        string output = Path.Combine(dir, "out");
        var (code, _, e) = Run("render", folder, "--to", "html", "-o", output);
        Assert.Equal(1, code);
        Assert.Contains("error ML0103", e);
        Assert.Equal(["a.html"], Directory.GetFiles(output).Select(Path.GetFileName));
    }

    [Fact]
    public void RecordsInSubFoldersGoToTheSameSubFoldersOfTheOutput()
    {
        string folder = Path.Combine(dir, "records");
        foreach (var sub in new[] { "a", "b" })
        {
            Directory.CreateDirectory(Path.Combine(folder, sub));
            File.WriteAllText(Path.Combine(folder, sub, "114-1.minutes"), $"@meeting 114-1\n# {sub}\n* 時間：114 年 3 月 7 日（星期五）上午 10 時\n");
        }

        string output = Path.Combine(dir, "out");
        Assert.Equal(0, Run("render", folder, "--to", "txt", "-o", output).Code);
        Assert.StartsWith("a\n", File.ReadAllText(Path.Combine(output, "a", "114-1.txt")));
        Assert.StartsWith("b\n", File.ReadAllText(Path.Combine(output, "b", "114-1.txt")));
    }

    [Fact]
    public void HelpNamesEveryFormatAndTheTemplateDir()
    {
        var (code, o, _) = Run("render", "--help");
        Assert.Equal(0, code);
        foreach (var word in new[] { "FILE|FOLDER", "txt|md|html|pdf|docx|odt", "--template-dir DIR", "apt-get install chromium", "ML0300" }) Assert.Contains(word, o);
        Assert.Contains("render PATH --to FMT", Run("--help").Out);
    }

    [Fact]
    public void RenderHonoursSuppressionsAndConfigurationAsCheckDoes()
    {
        // a wrong weekday is an error (ML0103); suppressed with a reason, the record renders
        const string bad = "@meeting 114-1\n# 標題\n* 時間：114 年 3 月 7 日（星期四）上午 10 時\n散會：上午 11 時\n";
        string file = Path.Combine(dir, "114-1.minutes");
        File.WriteAllText(file, bad);
        var (code, _, e) = Run("render", file, "--to", "txt");
        Assert.Equal(1, code);
        Assert.Contains("ML0103", e);

        File.WriteAllText(file, bad.Replace("* 時間", "// minutes-disable-next-line ML0103: 開會通知即如此\n* 時間"));
        (code, var o, e) = Run("render", file, "--to", "txt");
        Assert.Equal((0, ""), (code, e));
        Assert.Contains("星期四", o);

        File.WriteAllText(file, bad);
        File.WriteAllText(Path.Combine(dir, "minutesconfig.json"), "{ \"diagnostics\": { \"ML0103\": \"warning\" } }");
        (code, _, _) = Run("render", file, "--to", "txt");
        Assert.Equal(0, code);
    }
}
