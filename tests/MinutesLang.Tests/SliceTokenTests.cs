using System.Text;
using MinutesLang.Parsing;
using MinutesLang.Syntax;
using Pidgin;
using Parser = MinutesLang.Parsing.Parser;

namespace MinutesLang.Tests;

/// <summary>
/// Issue 14 §2 (docs/bench/throughput.md): the tokens are slices of the text parsed, made into strings only when read, and
/// the line grammar reads its line endings and brackets without <c>Try</c>. The tree is the one the grammar read before
/// (<see cref="StringTokenLineGrammar"/>, every token a string of its own): the same kinds, spans, texts and missing
/// tokens, line by line, on every seed, every fixture, every fuzz regression and lines made to reach each branch; and the
/// text of every token is the source at its span, made once.
/// </summary>
public sealed class SliceTokenTests
{
    /// <summary>Lines for the branches changed: line endings of every kind and none, lone and doubled brackets, unclosed links and placeholders, labels with spaces before the colon, a URL's colon.</summary>
    private static readonly string[] Branches =
    [
        "a\r\nb\nc\rd",
        "\r",
        "\r\r\n\n\r",
        "甲\r\n\r乙\n\r\n",
        "[\n{\n[x\n{x\n]\n}\n]]\n}}\n",
        "a[b{c]d}e\n[[\n{{\n[[a|\n[[a|b\n[[a|b]\n[[a]]]\n{{n}\n{{n}}}\n{{}}\n[[]]\n",
        "說 明　 ：值\n說明\t：值\n說明 :值\nA :// x\na:b\na: //c\nhttp://x.org：y\n",
        "  - [[B-2|第二案]]及{{日期}}，{見}［［全形］］\r\n",
        "* 決議：照案通過\r\n  - 第一\r\n\t- 第二\r\n　　- 第三",
        "@rotation 甲 乙\r\n＠meeting 114-1\r\n| 1 | 2 |\r\n|a|{{b}}|\r",
        "\uFEFF",
        "\uFEFF\r\n",
        // issue 14 §2, fourth stop: the scan parsers that replaced the last Try (markers, a field's head, a peek at the next
        // character) at the end of the input, before every kind of follower, and a label longer than the first window
        "*", "-", "#", "＊", "－", "＃", "* ", "*\t", "*\u3000x", "*\r", "*\n", "*x", "*時間", "*2020年", "#114 年", "#x", "-5 度", "-有關",
        "  *", "  * x", "  #", "  ＊時間", "\t-", "\t－有關",
        "a:", "a:/", "a://", "a:/x", "a: /", "說明：", "說明", "說明 ", "說明　：", "一二三四五六七八九十甲乙：x", "一二三四五六七八九十甲乙丙：x",
        "甲 乙 丙 丁 戊 己 庚 辛 壬 癸 子 丑                                                                              ：值",
        "甲" + new string(' ', 5000) + "：值", "甲" + new string(' ', 5000) + "值",
        "＠", "＠m", "＠ m", "＠@", "@", "/", "/x", "//", "// x\n/",
        "[", "{", "[[", "{{", "]", "]]", "[[a]", "[[a]]", "{{a}", "{{a}}", "x[", "x{", "x[[", "x{{",
    ];

    public static TheoryData<string> Inputs()
    {
        var data = new TheoryData<string>();
        for (int i = 0; i < ParserThroughputTests.Tricky.Length; i++) data.Add($"tricky:{i}");
        for (int i = 0; i < Branches.Length; i++) data.Add($"branch:{i}");
        foreach (var f in Files()) data.Add(Path.GetRelativePath(Repo.Root, f));
        return data;
    }

    private static IEnumerable<string> Files() =>
        Directory.GetFiles(Repo.Seeds, "*.minutes")
            .Concat(Directory.GetFiles(Path.Combine(Repo.Root, "tests", "MinutesLang.Tests", "Fixtures"), "*.minutes", SearchOption.AllDirectories))
            .Concat(Directory.GetFiles(Path.Combine(Repo.Root, "tests", "MinutesLang.Fuzz", "Regressions"), "*.minutes"))
            .Order(StringComparer.Ordinal);

    private static string Text(string input) => input switch
    {
        _ when input.StartsWith("tricky:", StringComparison.Ordinal) => ParserThroughputTests.Tricky[int.Parse(input[7..])],
        _ when input.StartsWith("branch:", StringComparison.Ordinal) => Branches[int.Parse(input[7..])],
        _ => Compilation(input),
    };

    // as the compiler reads a file: decoded from its bytes (a kept invalid byte, a BOM included)
    private static string Compilation(string relative) =>
        MinutesLang.Text.SourceText.FromBytes(File.ReadAllBytes(Path.Combine(Repo.Root, relative)), relative).Text;

    [Fact]
    public void TheInputsReachEveryFileKind()
    {
        var files = Files().ToList();
        Assert.Contains(files, f => f.Contains("seeds", StringComparison.Ordinal));
        Assert.Contains(files, f => f.Contains("Fixtures", StringComparison.Ordinal));
        Assert.Contains(files, f => f.Contains("Regressions", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void TheSliceGrammarReadsTheTreeTheStringGrammarRead(string input)
    {
        string text = Text(input);
        var (bom, lines, eof) = LineGrammar.ParseDocument(text);
        var (bomBefore, linesBefore, eofBefore) = StringTokenLineGrammar.Document.ParseOrThrow(text);

        Assert.Equal(bomBefore?.Dump(), bom?.Dump());
        Assert.Equal(linesBefore.Length, lines.Length);
        for (int i = 0; i < lines.Length; i++) Assert.Equal(linesBefore[i].Dump(), lines[i].Dump());
        Assert.Equal(eofBefore.Dump(), eof.Dump());
    }

    /// <summary>
    /// Texts drawn at random (a fixed seed, so the same every run) from the characters the grammar decides on — every
    /// marker and its full-width twin, brackets, braces, colons, slashes, pipes, every kind of space and line break,
    /// letters, digits and CJK characters — read by both grammars: the same tree, line by line.
    /// </summary>
    [Fact]
    public void RandomTextsOfTheGrammarsCharactersReadTheSameTree()
    {
        const string alphabet = "*-#＊－＃@＠/\\|[]{}：:  \t\u3000\r\n\n甲說明a1５，。「」\uFEFF";
        var random = new Random(14);
        int lines = 0;
        for (int n = 0; n < 3000; n++)
        {
            var sb = new StringBuilder();
            int length = random.Next(0, 40);
            for (int i = 0; i < length; i++) sb.Append(alphabet[random.Next(alphabet.Length)]);
            string text = sb.ToString();
            var (bom, read, eof) = LineGrammar.ParseDocument(text);
            var (bomBefore, readBefore, eofBefore) = StringTokenLineGrammar.Document.ParseOrThrow(text);
            Assert.True(bomBefore?.Dump() == bom?.Dump(), $"BOM of {Show(text)}");
            Assert.True(readBefore.Length == read.Length, $"lines of {Show(text)}");
            for (int i = 0; i < read.Length; i++) Assert.True(readBefore[i].Dump() == read[i].Dump(), $"line {i + 1} of {Show(text)}:\n{readBefore[i].Dump()}\n---\n{read[i].Dump()}");
            Assert.True(eofBefore.Dump() == eof.Dump(), $"end of {Show(text)}");
            lines += read.Length;
        }

        Assert.True(lines > 3000, $"{lines} lines read"); // the draw reaches many lines, not a few long ones
    }

    private static string Show(string text) => System.Text.Json.JsonSerializer.Serialize(text);

    [Theory]
    [MemberData(nameof(Inputs))]
    public void EveryTokenIsTheSourceAtItsSpanMadeOnce(string input)
    {
        string text = Text(input);
        var tree = Parser.Parse(text, "t.minutes");
        Assert.Equal(text, tree.ToFullString());
        var sb = new StringBuilder();
        int tokens = 0;
        foreach (var t in tree.Root.Tokens())
        {
            tokens++;
            Assert.Equal(sb.Length, t.Start); // the tokens tile the text, in order
            Assert.Equal(text.Substring(t.Start, t.Length), t.Span.ToString());
            Assert.Equal(t.Span.ToString(), t.Memory.ToString());
            string first = t.Text;
            Assert.Equal(text.Substring(t.Start, t.Length), first);
            Assert.Same(first, t.Text); // made once, then kept
            Assert.Equal(t.Length, first.Length);
            sb.Append(first);
        }

        Assert.Equal(text, sb.ToString());
        Assert.True(tokens > 0);
    }

    [Fact]
    public void ATokenOverTheWholeTextIsThatText()
    {
        string text = "只有一行";
        var token = SyntaxToken.Slice(SyntaxKind.Text, text, 0, text.Length);
        Assert.Same(text, token.Text);
        var line = LineGrammar.ParseLine(text);
        var run = Assert.IsType<TextRunSyntax>(Assert.Single(((TextLineSyntax)line).Content.Elements));
        Assert.Same(text, run.Token.Text);
    }

    [Theory]
    [InlineData("甲乙丙", 1, 2, "乙丙")]
    [InlineData("甲乙丙", 3, 0, "")]
    [InlineData("a\r\nb", 1, 2, "\r\n")]
    [InlineData("x", 0, 1, "x")]
    public void ASliceReadsItsRange(string source, int start, int length, string expected)
    {
        var token = SyntaxToken.Slice(SyntaxKind.Text, source, start, length);
        Assert.Equal(expected, token.Text);
        Assert.Equal(expected, token.ToFullString());
        Assert.Equal(new MinutesLang.Text.TextSpan(start, length), token.FullSpan);
        Assert.False(token.IsMissing);
    }

    [Theory]
    [InlineData(-1, 1)]
    [InlineData(0, -1)]
    [InlineData(2, 2)]
    [InlineData(4, 0)]
    public void ASliceOutsideItsSourceIsRefused(int start, int length) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => SyntaxToken.Slice(SyntaxKind.Text, "甲乙丙", start, length));

    [Fact]
    public void ATokenWithItsOwnTextKeepsIt()
    {
        var token = new SyntaxToken(SyntaxKind.Label, "說明", 40);
        Assert.Equal("說明", token.Text);
        Assert.Equal(2, token.Length);
        Assert.Equal(new MinutesLang.Text.TextSpan(40, 2), token.FullSpan);
        var missing = SyntaxToken.Missing(SyntaxKind.CloseLinkToken, 7);
        Assert.True(missing.IsMissing);
        Assert.Equal("", missing.Text);
        Assert.Equal(new MinutesLang.Text.TextSpan(7, 0), missing.FullSpan);
    }

    /// <summary>A table cell's placeholders are read by the inline grammar on the cell's own text, inside the check of a document: its tokens are slices of the cell, at offsets in it.</summary>
    [Theory]
    [InlineData("| {{甲}} | 乙 |\n", "甲", 2)]
    [InlineData("前言\n|a|{{名}}\n", "名", 6)]
    [InlineData("\r\n| x |{{\r\n", "", 7)]
    public void APlaceholderInACellIsReportedAtItsPlaceInTheDocument(string text, string name, int at)
    {
        var tree = Parser.Parse(text, "t.minutes");
        var d = Assert.Single(tree.Diagnostics, d => d.Code == "ML0114");
        Assert.Equal(at, d.Span.Start);
        Assert.Contains(name, d.Message, StringComparison.Ordinal);
    }
}
