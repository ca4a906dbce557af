namespace MinutesLang.Fuzz;

/// <summary>
/// Every input the fuzzing found, kept in Regressions/ and run as a plain test each time. A file is
/// named <c>LAW.WHAT.EXT</c>: LAW is the law it broke (parse, fmt, import, render: <see cref="PipelineLaws"/>; layout:
/// <see cref="LayoutLaws"/>),
/// WHAT says what it holds, EXT how it is read. A <c>.minutes</c> file is also held to parse → print
/// identity. The inputs of issue 13 §1 (documents read without limits), fixed by the merge, are also
/// tests of their own below, which check that each is refused for its own reason.
/// </summary>
public sealed class RegressionTests
{
    public static TheoryData<string> Found()
    {
        var data = new TheoryData<string>();
        foreach (string f in Files()) data.Add(f);
        return data;
    }

    private static IEnumerable<string> Files() =>
        Directory.EnumerateFiles(FuzzSettings.RegressionsFolder).Select(Path.GetFileName).Where(f => f != "README.md").Order(StringComparer.Ordinal)!;

    [Theory]
    [MemberData(nameof(Found))]
    public void FoundInputKeepsItsLaw(string file) => Check(file);

    [Fact]
    public void EveryFileIsNamedByALaw()
    {
        Assert.All(Files(), f => Assert.Matches(@"^(parse|fmt|import|layout|render)\.[a-z0-9-]+\.(minutes|txt|docx|odt)$", f));
        Assert.True(Found().Count >= 5, "the regressions are run");
    }

    // the inputs of issue 13 §1, fixed by the merge of issue-hostile-in: each is refused, for its own reason
    // (they also run in FoundInputKeepsItsLaw, where a refusal and a clean import both keep the law)

    [Fact]
    public void OdtDeepSpanNesting() => Assert.Equal("ML0411", Refusal("import.odt-deep-span-nesting.odt"));

    [Fact]
    public void OdtHugeSpaceCount() => AssertRefused("import.odt-huge-space-count.odt", "ML0412", "text:c=");

    [Fact]
    public void OdtSpaceCountNotANumber() => AssertRefused("import.odt-space-count-not-a-number.odt", "ML0412", "which is not a number");

    [Fact]
    public void BinaryBytesImportedAsText() => AssertRefused("import.binary-bytes-as-text.txt", "ML0410", "not a text document");

    private static void AssertRefused(string file, string code, string reason)
    {
        Check(file);
        var e = Assert.Throws<MinutesLang.Import.DocumentRefusedException>(() => MinutesLang.Import.ImportReader.Read(file, Read(file)));
        Assert.Equal(code, e.Diagnostic.Code);
        Assert.Contains(reason, e.Diagnostic.Message, StringComparison.Ordinal);
    }

    private static string Refusal(string file)
    {
        Check(file);
        return Assert.Throws<MinutesLang.Import.DocumentRefusedException>(() => MinutesLang.Import.ImportReader.Read(file, Read(file))).Diagnostic.Code;
    }

    private static byte[] Read(string file) => File.ReadAllBytes(Path.Combine(FuzzSettings.RegressionsFolder, file));

    private static void Check(string file)
    {
        var input = new Input(File.ReadAllBytes(Path.Combine(FuzzSettings.RegressionsFolder, file)), Path.GetExtension(file), file);
        if (input.Extension == ".minutes") PipelineLaws.ParsePrintIdentity(input);
        switch (file.Split('.')[0])
        {
            case "parse":
                PipelineLaws.ParsePrintIdentity(input);
                break;
            case "fmt":
                PipelineLaws.FmtKeepsMeaning(input);
                break;
            case "import":
                PipelineLaws.ImportIsRefusedOrChecksClean(input);
                break;
            case "layout":
                // other bodies' layouts (LayoutGenerator): the import law, and the text kept (issue 12 §5)
                PipelineLaws.ImportIsRefusedOrChecksClean(input);
                LayoutLaws.ImportKeepsTheText(input);
                break;
            case "render":
                Assert.True(PipelineLaws.RendersWellFormed(input), $"{file} has errors: render refuses it");
                break;
        }
    }
}
