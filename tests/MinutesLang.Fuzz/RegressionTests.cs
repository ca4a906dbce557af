namespace MinutesLang.Fuzz;

/// <summary>
/// Every input the fuzzing found, kept in Regressions/ and run as a plain test each time. A file is
/// named <c>LAW.WHAT.EXT</c>: LAW is the law it broke (parse, fmt, import, render: <see cref="PipelineLaws"/>),
/// WHAT says what it holds, EXT how it is read. A <c>.minutes</c> file is also held to parse → print
/// identity. The inputs of faults fixed on other branches (<see cref="KnownFaults"/>) are skipped tests
/// below, named by file, until the merge.
/// </summary>
public sealed class RegressionTests
{
    /// <summary>The inputs of known faults: file name → the skip reason. Unskip after the merge.</summary>
    private static readonly Dictionary<string, string> Known = new(StringComparer.Ordinal)
    {
        ["import.odt-deep-span-nesting.odt"] = KnownFaults.Section1,
        ["import.odt-huge-space-count.odt"] = KnownFaults.Section1,
        ["import.odt-space-count-not-a-number.odt"] = KnownFaults.Section1,
        ["import.binary-bytes-as-text.txt"] = KnownFaults.Section1,
    };

    public static TheoryData<string> Found()
    {
        var data = new TheoryData<string>();
        foreach (string f in Files().Where(f => !Known.ContainsKey(f))) data.Add(f);
        return data;
    }

    private static IEnumerable<string> Files() =>
        Directory.EnumerateFiles(FuzzSettings.RegressionsFolder).Select(Path.GetFileName).Where(f => f != "README.md").Order(StringComparer.Ordinal)!;

    [Theory]
    [MemberData(nameof(Found))]
    public void FoundInputKeepsItsLaw(string file) => Check(file);

    [Fact]
    public void EveryFileIsNamedByALawAndEveryKnownOneExists()
    {
        Assert.All(Files(), f => Assert.Matches(@"^(parse|fmt|import|render)\.[a-z0-9-]+\.(minutes|txt|docx|odt)$", f));
        Assert.All(Known.Keys, f => Assert.True(File.Exists(Path.Combine(FuzzSettings.RegressionsFolder, f)), f));
        Assert.True(Found().Count >= 5, "the regressions are run");
    }

    [Fact(Skip = KnownFaults.Section1)]
    public void OdtDeepSpanNesting() => Check("import.odt-deep-span-nesting.odt");

    [Fact(Skip = KnownFaults.Section1)]
    public void OdtHugeSpaceCount() => Check("import.odt-huge-space-count.odt");

    [Fact(Skip = KnownFaults.Section1)]
    public void OdtSpaceCountNotANumber() => Check("import.odt-space-count-not-a-number.odt");

    [Fact(Skip = KnownFaults.Section1)]
    public void BinaryBytesImportedAsText() => Check("import.binary-bytes-as-text.txt");

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
            case "render":
                Assert.True(PipelineLaws.RendersWellFormed(input), $"{file} has errors: render refuses it");
                break;
        }
    }
}
