using static MinutesLang.Tests.CliRun;
using MinutesLang.Cli.Commands;

namespace MinutesLang.Tests;

/// <summary><c>minutes import</c> on the command line: files written, nothing overwritten silently, diagnostics with file:line:col.</summary>
public sealed class ImportCliTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("minutes-import-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private static string Original(string name) => Path.Combine(Repo.Seeds, "original", name + ".txt");

    [Fact]
    public void ImportWritesOneFileNamedByTheMeetingIdAndChecksClean()
    {
        var (code, o, e) = Run("import", Original("114-1"), Original("108-2"), "-o", dir, "--series", Repo.Seeds);
        Assert.Equal(0, code);
        Assert.Equal("", e);
        Assert.Contains("wrote " + Path.Combine(dir, "114-1.minutes"), o);
        Assert.Equal(["108-2.minutes", "114-1.minutes"], Directory.GetFiles(dir).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.StartsWith("@meeting 114-1\n# 114 年度", File.ReadAllText(Path.Combine(dir, "114-1.minutes")));

        // the imported records check without errors against the series they were linked to
        File.Copy(Path.Combine(Repo.Seeds, "series.minutes"), Path.Combine(dir, "series.minutes"));
        var check = Run("check", dir, "--format", "msbuild");
        Assert.DoesNotContain(": error ", check.Out);
        Assert.Equal(0, check.Code);
    }

    /// <summary>The evidence of issue 5 end to end, with the commands a writer would type.</summary>
    [Fact]
    public void AllOriginalsImportRenderBackAndCheckLikeTheSeeds()
    {
        var originals = Repo.SeedNames.Select(Original).ToArray();
        var (code, _, _) = Run(["import", .. originals, "-o", dir, "--series", Repo.Seeds]);
        Assert.Equal(0, code);
        File.Copy(Path.Combine(Repo.Seeds, "series.minutes"), Path.Combine(dir, "series.minutes"));
        foreach (var name in Repo.SeedNames)
        {
            var render = Run("render", Path.Combine(dir, name + ".minutes"), "--to", "txt");
            Assert.Equal(0, render.Code);
            Assert.Null(SeedNormalizer.Compare(File.ReadAllText(Original(name)), render.Out));
        }

        // check reports the same codes, as often, on the imported records as on the hand-written ones
        // (the events the importer infers from the prose included)
        static string Codes(string msbuild) => string.Join(",", System.Text.RegularExpressions.Regex.Matches(msbuild, @": (error|warning|info) (ML[0-9]{4})")
            .Select(m => m.Groups[2].Value).Order(StringComparer.Ordinal));
        var seeds = Run("check", Repo.Seeds, "--format", "msbuild");
        var imported = Run("check", dir, "--format", "msbuild");
        Assert.Equal(Codes(seeds.Out), Codes(imported.Out));
    }

    [Fact]
    public void ExistingFilesAreNotOverwrittenWithoutForce()
    {
        string target = Path.Combine(dir, "114-1.minutes");
        File.WriteAllText(target, "mine");
        var (code, o, e) = Run("import", Original("114-1"), "-o", dir);
        Assert.Equal(2, code);
        Assert.Equal("", o);
        Assert.Contains("exists already; nothing was written (use --force to replace)", e);
        Assert.Equal("mine", File.ReadAllText(target));

        var forced = Run("import", Original("114-1"), "-o", dir, "--force");
        Assert.Equal(0, forced.Code);
        Assert.StartsWith("@meeting 114-1", File.ReadAllText(target));
        Assert.Empty(Directory.GetFiles(dir, "*.tmp"));
    }

    [Fact]
    public void DefectsOfTheOriginalArePrintedWithFileLineAndColumn()
    {
        var (code, _, e) = Run("import", Original("112-1"), "-o", dir, "--format", "msbuild");
        Assert.Equal(0, code);
        Assert.Equal($"{Original("112-1")}(65,1): warning ML0400: the original uses the ordinal 柒 a second time (first on line 22)\n", e);
    }

    [Fact]
    public void UnknownCasesAreProposedInASeparateFile()
    {
        string input = Path.Combine(dir, "in.txt");
        File.WriteAllText(input, "114 年度教育文化組第 2 次工作小組會議紀錄\n\n壹、時間：114 年 6 月 6 日（星期五）上午 10 時\n\n貳、業務報告\n\n一、「跨縣市學校交流」一案，持續辦理。\n\n二、「海洋教育擂台賽」一案，同意成案。\n");
        string output = Path.Combine(dir, "out");
        Directory.CreateDirectory(output);
        var (code, _, _) = Run("import", input, "-o", output, "--series", Repo.Seeds);
        Assert.Equal(0, code);
        string record = File.ReadAllText(Path.Combine(output, "114-2.minutes"));
        Assert.Contains("- 「[[學校交流|跨縣市學校交流]]」一案，持續辦理。", record);
        Assert.Contains("- 「海洋教育擂台賽」一案，同意成案。", record);
        string proposals = File.ReadAllText(Path.Combine(output, ImportCommand.ProposalsFile));
        Assert.Contains("@case 海洋教育擂台賽\n  標題：海洋教育擂台賽\n", proposals);
        Assert.Contains($"// first mentioned at {input}:9", proposals);
        Assert.DoesNotContain("跨縣市學校交流", proposals);
    }

    [Fact]
    public void UsageProblemsAreExit2()
    {
        Assert.Equal(2, Run("import").Code);
        Assert.Equal(2, Run("import", Path.Combine(dir, "nothing.txt"), "-o", dir).Code);
        // a missing output folder is created since issue 13 (ImportOutputFolderTests); a file in its place is a usage problem
        File.WriteAllText(Path.Combine(dir, "a-file"), "");
        Assert.Equal(2, Run("import", Original("114-1"), "-o", Path.Combine(dir, "a-file")).Code);
        Assert.Equal(2, Run("import", Original("114-1"), "-o", dir, "--series", dir).Code);
        Assert.Equal(2, Run("import", dir, "-o", dir).Code);
        var (code, _, e) = Run("import", Original("114-1"), "--bogus");
        Assert.Equal(2, code);
        Assert.Equal("minutes: unknown option '--bogus'\n", e);
    }

    [Fact]
    public void ABrokenDocumentIsOneLineAndExit2()
    {
        string bad = Path.Combine(dir, "bad.docx");
        File.WriteAllBytes(bad, [(byte)'P', (byte)'K', 3, 4, 0, 0, 0]);
        var (code, o, e) = Run("import", bad, "-o", dir);
        Assert.Equal(2, code);
        Assert.Equal("", o);
        Assert.Single(e.TrimEnd('\n').Split('\n'));
        Assert.StartsWith("minutes: ", e);
    }

    [Theory]
    [InlineData("minutes.pdf", new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x37 }, "extract it first")]
    [InlineData("minutes.doc", new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }, "save it as .docx or .odt first")]
    public void APdfOrAnOldWordFileIsRefusedWithAdvice(string name, byte[] bytes, string advice)
    {
        string path = Path.Combine(dir, name);
        File.WriteAllBytes(path, bytes);
        var (code, o, e) = Run("import", path, "-o", dir);
        Assert.Equal(2, code);
        Assert.Equal("", o);
        Assert.Contains(advice, e);
        Assert.Single(e.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void HelpExplainsTheOverwritePolicy()
    {
        var (code, o, _) = Run("import", "--help");
        Assert.Equal(0, code);
        Assert.Contains("Usage: minutes import FILE…", o);
        Assert.Contains("--force", o);
        Assert.Contains("never overwritten silently", o);
        Assert.Contains("import FILE…", Run("--help").Out);
    }
}

/// <summary><c>import -o DIR</c> (issue 13, last slice 3b): a missing folder is created, nested ones too; a file there is a usage error; nothing is created when nothing is written.</summary>
public sealed class ImportOutputFolderTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("minutes-import-out-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private static string Original(string name) => Path.Combine(Repo.Seeds, "original", name + ".txt");

    [Theory]
    [InlineData("new")]
    [InlineData("a/b/c")]
    [InlineData("名稱 有空格")]
    public void AMissingFolderIsCreatedAndWrittenInto(string sub)
    {
        string outDir = Path.Combine(dir, sub);
        var (code, o, e) = Run("import", Original("114-1"), Original("109-4"), "-o", outDir);
        Assert.Equal(0, code);
        Assert.Contains("created " + outDir, o);
        Assert.Equal(["109-4.minutes", "114-1.minutes"], Directory.GetFiles(outDir).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.DoesNotContain("no such folder", e);
    }

    [Fact]
    public void AnExistingFolderIsUsedAsItIs()
    {
        var (code, o, _) = Run("import", Original("108-1"), "-o", dir);
        Assert.Equal(0, code);
        Assert.DoesNotContain("created", o);
        Assert.True(File.Exists(Path.Combine(dir, "108-1.minutes")));
    }

    [Fact]
    public void AFileOfThatNameIsAUsageErrorAndNothingIsWritten()
    {
        string file = Path.Combine(dir, "out");
        File.WriteAllText(file, "x");
        var (code, _, e) = Run("import", Original("114-1"), "-o", file);
        Assert.Equal(2, code);
        Assert.Contains("is a file, not a folder", e);
        Assert.Equal("x", File.ReadAllText(file));
    }

    [Fact]
    public void NoFolderIsCreatedWhenTheDocumentIsRefused()
    {
        string bad = Path.Combine(dir, "empty.docx");
        File.WriteAllBytes(bad, []);
        string outDir = Path.Combine(dir, "never");
        var (code, _, _) = Run("import", bad, "-o", outDir);
        Assert.Equal(2, code);
        Assert.False(Directory.Exists(outDir));
    }
}

/// <summary>
/// Issue 13, last slice 3d: <c>cases</c> and <c>import</c> print their findings in check's human format — a finding
/// repeated on one line once with a note, a cap per file — not one unformatted excerpt each.
/// </summary>
public sealed class ProportionalDiagnosticsTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("minutes-proportional-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private static int Count(string text, string what) => text.Split(what).Length - 1;

    [Theory]
    [InlineData("\u0001", 40)]
    [InlineData("\u202E", 60)]
    public void ImportGroupsTheFindingsOfOneLine(string control, int times)
    {
        // one line of the original with the same control character many times: one ML0415 excerpt and a note
        var lines = File.ReadAllText(Path.Combine(Repo.Seeds, "original", "112-1.txt")).Split('\n');
        lines[19] += string.Concat(Enumerable.Repeat(control + "甲", times));
        string input = Path.Combine(dir, "112-1.txt");
        File.WriteAllText(input, string.Join('\n', lines));
        var (code, _, e) = Run("import", input, "-o", Path.Combine(dir, "out"));
        Assert.Equal(0, code);
        Assert.Equal(1, Count(e, "warning ML0415"));
        Assert.Contains($"{times - 1} more ML0415 on this line", e);
    }

    [Fact]
    public void ImportCapsTheFindingsOfAFile()
    {
        // 130 lines, each with a control character: 100 findings shown, then one line says how many more
        var text = File.ReadAllText(Path.Combine(Repo.Seeds, "original", "112-1.txt")) + string.Concat(Enumerable.Range(1, 130).Select(i => $"\n附記 {i}：\u0001甲乙丙丁戊己庚辛壬癸甲乙丙丁戊己庚辛壬癸"));
        string input = Path.Combine(dir, "112-1.txt");
        File.WriteAllText(input, text);
        var (code, _, e) = Run("import", input, "-o", Path.Combine(dir, "out"));
        Assert.Equal(0, code);
        Assert.True(Count(e, "warning ML0415") <= 100, e[..Math.Min(e.Length, 2000)]);
        Assert.Matches(@"[0-9]+ more findings? not shown", e);
    }

    [Fact]
    public void CasesGroupsTheErrorsOfOneLine()
    {
        File.Copy(Path.Combine(Repo.Seeds, "series.minutes"), Path.Combine(dir, "series.minutes"));
        string record = File.ReadAllText(Path.Combine(Repo.Seeds, "114-1.minutes"));
        // one line with the same broken case link 30 times (an error of check)
        record += "\n* 附記：" + string.Concat(Enumerable.Repeat("[[沒有這案]]、", 30)) + "\n";
        File.WriteAllText(Path.Combine(dir, "114-1.minutes"), record);
        var (_, _, e) = Run("cases", dir);
        var codes = System.Text.RegularExpressions.Regex.Matches(e, @"error (ML[0-9]{4})").Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(codes);
        Assert.Equal(codes.Count, codes.Distinct().Count());
        Assert.Matches(@"2[0-9] more ML[0-9]{4} on this line", e);
    }
}
