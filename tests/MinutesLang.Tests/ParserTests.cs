using MinutesLang.Parsing;
using MinutesLang.Syntax;

namespace MinutesLang.Tests;

public sealed class ParserTests
{
    private static DocumentSyntax Parse(string text, out SyntaxTree tree)
    {
        tree = Parser.Parse(text, "t.minutes");
        Assert.Equal(text, tree.ToFullString());
        return tree.Root;
    }

    [Fact]
    public void PartWithFieldHasLabelColonAndValueWithPositions()
    {
        var doc = Parse("* 時間：114 年 3 月 7 日（星期五）上午 10 時\n", out var tree);
        var part = Assert.IsType<PartLineSyntax>(Assert.Single(doc.Blocks).Line);
        Assert.NotNull(part.Field);
        Assert.Equal("時間", part.Field.Name);
        Assert.Equal(2, part.Field.Label.Start);
        Assert.Equal("：", part.Field.Colon.Text);
        Assert.Equal(4, part.Field.Colon.Start);
        Assert.Equal("114 年 3 月 7 日（星期五）上午 10 時", part.Field.Value.PlainText);
        Assert.Empty(tree.Diagnostics);
    }

    [Fact]
    public void SpacedLabelAndAsciiColonAreAField()
    {
        var doc = Parse("說 明 : 詳見列管表。", out _);
        var field = Assert.IsType<FieldLineSyntax>(doc.Blocks[0].Line).Field;
        Assert.Equal("說明", field.Name);
        Assert.Equal(":", field.Colon.Text);
        Assert.Equal("詳見列管表。", field.Value.PlainText);
    }

    [Fact]
    public void UrlIsNotAField()
    {
        var doc = Parse("https://meet.google.com/x", out _);
        Assert.IsType<TextLineSyntax>(doc.Blocks[0].Line);
    }

    [Fact]
    public void LongLabelIsText()
    {
        var doc = Parse("本次會議依前次會議決議有五個議案持續列管分別是：跨縣市", out _);
        Assert.IsType<TextLineSyntax>(doc.Blocks[0].Line);
    }

    [Fact]
    public void IndentationNestsBlocks()
    {
        var doc = Parse("* 業務報告\n  - 第一\n    @列管 學校交流\n  - 第二\n* 散會：上午 11 時\n", out var tree);
        Assert.Equal(2, doc.Blocks.Length);
        var report = doc.Blocks[0];
        Assert.Equal(2, report.Blocks.Length);
        Assert.IsType<DirectiveLineSyntax>(Assert.Single(report.Blocks[0].Blocks).Line);
        Assert.Empty(tree.Diagnostics);
    }

    [Fact]
    public void CaseLinkWithWording()
    {
        var doc = Parse("- 「[[學校交流|跨縣市學校交流]]」案", out _);
        var item = Assert.IsType<ItemLineSyntax>(doc.Blocks[0].Line);
        var link = Assert.Single(item.Content.Elements.OfType<CaseLinkSyntax>());
        Assert.Equal("學校交流", link.Id.Text);
        Assert.Equal("跨縣市學校交流", link.Wording!.Text);
        Assert.Equal(5, link.Id.Start);
        Assert.Equal("「跨縣市學校交流」案", item.Content.PlainText);
    }

    [Fact]
    public void SingleBracketIsText()
    {
        var doc = Parse("a [b] c", out var tree);
        Assert.Equal("a [b] c", ((TextLineSyntax)doc.Blocks[0].Line).Content.PlainText);
        Assert.Empty(tree.Diagnostics);
    }

    [Fact]
    public void CrLfBomAndIdeographicSpacesRoundTrip()
    {
        var doc = Parse("\uFEFF@meeting 114-1\r\n#　標題\r\n\u3000\u3000- 項目\r\n", out _);
        Assert.NotNull(doc.ByteOrderMark);
        Assert.Equal(3, doc.Blocks.Length + doc.Blocks[1].Blocks.Length);
    }

    [Fact]
    public void RowHasCells()
    {
        var doc = Parse("| 市長 | 新北 |  |", out _);
        var row = Assert.IsType<RowLineSyntax>(doc.Blocks[0].Line);
        Assert.Equal(["市長", "新北", ""], row.Cells.Select(c => c.Text.Trim()));
    }

    [Fact]
    public void DashWithoutSpaceIsText()
    {
        var doc = Parse("-淨零行動", out _);
        Assert.IsType<TextLineSyntax>(doc.Blocks[0].Line);
    }
}
