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

    /// <summary>
    /// Issue 11 §3: a dash right before a Chinese character is the item the writer meant, without its
    /// space (ML0015, a warning fmt repairs); before a digit, a Latin letter or a sign it is text.
    /// </summary>
    [Fact]
    public void DashWithoutSpaceBeforeChineseIsAnItemWithAWarningAndBeforeADigitText()
    {
        var doc = Parse("-淨零行動", out var tree);
        var item = Assert.IsType<ItemLineSyntax>(doc.Blocks[0].Line);
        Assert.Null(item.Space);
        Assert.Equal("淨零行動", item.Content.PlainText);
        Assert.Equal("ML0015", Assert.Single(tree.Diagnostics).Code);

        Assert.IsType<TextLineSyntax>(Parse("-5 度", out _).Blocks[0].Line);
        Assert.IsType<TextLineSyntax>(Parse("-based", out _).Blocks[0].Line);
        Assert.IsType<TextLineSyntax>(Parse("\\-淨零行動", out _).Blocks[0].Line);
    }
}

public sealed class BinderTests
{
    private static MinutesLang.Semantics.Record Bind(string text) =>
        MinutesLang.Semantics.Compilation.Create(null, [Parser.Parse("@meeting 114-1\n# t\n" + text, "t")]).Records[0];

    [Fact]
    public void ABlankLineEndsAParagraph()
    {
        var part = Bind("* 業務報告\n  第一段\n  續\n\n  第二段\n").Parts[0];
        // two paragraphs; the first one's wrapped lines are joined into the one line it is printed as (GUIDE, "Wrapped lines")
        Assert.Equal(["第一段續", "第二段"], part.Content.Cast<MinutesLang.Semantics.ParagraphBlock>().Select(p => Assert.Single(p.Lines).ToText()));
    }

    [Fact]
    public void BlankLinesDoNotSplitAList()
    {
        var part = Bind("* 決議\n  - 一\n\n  - 二\n").Parts[0];
        Assert.Equal(2, Assert.IsType<MinutesLang.Semantics.ListBlock>(Assert.Single(part.Content)).Items.Length);
    }

    [Fact]
    public void AgendaItemsTakeTheFieldsAfterTheirSubject()
    {
        var part = Bind("* 提案討論\n  案由：甲\n  說明：乙\n  決議：\n  - 丙\n  案由：丁\n  決議：戊\n").Parts[0];
        var items = part.Content.Cast<MinutesLang.Semantics.AgendaItemBlock>().ToList();
        Assert.Equal(2, items.Count);
        // 案由, 說明, 決議; the items at 決議's own indentation are its list (ML0014), not a block of the agenda item
        Assert.Equal(3, items[0].Content.Length);
        Assert.IsType<MinutesLang.Semantics.ListBlock>(Assert.Single(items[0].Decision!.Content));
        Assert.Equal("丁", items[1].Subject.Value.ToText());
    }

    [Fact]
    public void CommentsAndDirectivesAreNotRendered()
    {
        var c = MinutesLang.Semantics.Compilation.Create(null, [Parser.Parse("@meeting 114-1\n# 標題\n// 不要印\n* 業務報告\n  - 項目 // 這不是註解\n  // 也不要印\n", "t")]);
        string text = Repo.RenderTxt(c);
        Assert.DoesNotContain("不要印", text);
        Assert.Contains("一、項目 // 這不是註解", text);
    }

    [Fact]
    public void DateTimeAndClosingTimeAreValuesInTheModel()
    {
        var r = Bind("* 時間：１１４ 年 3 月 7 日（星期五）下午 2 時 50 分\n散會(下午 3 時)\n");
        Assert.Equal(new DateOnly(2025, 3, 7), r.Date!.Value.ToDate());
        Assert.Equal(14 * 60 + 50, r.Start!.Value.TotalMinutes);
        Assert.Equal(15 * 60, r.End!.Value.TotalMinutes);
    }

    [Theory]
    [InlineData("114 年 3 月 7 日（星期五）上午 10 時", 10, 0)]
    [InlineData("113年3月5日（星期二）14時", 14, 0)]
    [InlineData("108 年 5 月 21 日（星期二）上午 9 時 20 分", 9, 20)]
    [InlineData("108年11月13日（星期三）上午10時00分", 10, 0)]
    [InlineData("108年11月13日(星期三)下午2時", 14, 0)]
    public void AllTimePhrasingsOfTheDomainParse(string text, int hour, int minute)
    {
        var v = ValueGrammar.ParseDateTime(text);
        Assert.NotNull(v);
        Assert.Equal(hour * 60 + minute, v.Value.Time!.Value.TotalMinutes);
    }

    [Theory]
    [InlineData("散會：上午 11 時 15 分", 11 * 60 + 15)]
    [InlineData("散會(下午 2 時 50 分)", 14 * 60 + 50)]
    [InlineData("散會：15 時 06 分", 15 * 60 + 6)]
    [InlineData("散會：10時30分。", 10 * 60 + 30)]
    public void AllClosingPhrasingsParse(string text, int minutes) =>
        Assert.Equal(minutes, ValueGrammar.FindTime(text)!.Value.TotalMinutes);

    [Fact]
    public void ListStylesAreNumberedFromStructureAndPinsAreKept()
    {
        var c = MinutesLang.Semantics.Compilation.Create(null, [Parser.Parse("@meeting 114-1\n# 標題\n* 決議\n  - 甲\n    - 乙\n      - 丙\n        - 丁\n  @list (一)\n  - 戊\n  - 己\n", "t")]);
        string text = Repo.RenderTxt(c);
        Assert.Contains("一、甲", text);
        Assert.Contains("(一)乙", text);
        Assert.Contains("1.丙", text);
        Assert.Contains("(1)丁", text);
        Assert.Contains("(一)戊", text);
        Assert.Contains("(二)己", text);
    }
}

/// <summary>Each line construct with the positions of its tokens.</summary>
public sealed class LineConstructTests
{
    private static T Line<T>(string text)
        where T : LineSyntax
    {
        var tree = Parser.Parse(text, "t");
        Assert.Equal(text, tree.ToFullString());
        return Assert.IsType<T>(tree.Root.Blocks.Select(b => b.Line).Last());
    }

    [Fact]
    public void Comment()
    {
        var l = Line<CommentLineSyntax>("  // 附件待補\n");
        Assert.Equal((2, "// 附件待補"), (l.Comment.Start, l.Comment.Text));
        Assert.Equal(9, l.EndOfLine.Start);
    }

    [Fact]
    public void Directive()
    {
        var l = Line<DirectiveLineSyntax>("@成案 一證通用 同意：全體");
        Assert.Equal((0, 1, "成案"), (l.At.Start, l.Name.Start, l.Name.Text));
        Assert.Equal((4, "一證通用 同意：全體"), (l.Arguments.FullSpan.Start, l.Arguments.PlainText));
    }

    [Fact]
    public void Title()
    {
        var l = Line<TitleLineSyntax>("# 114 年度會議紀錄\r\n");
        Assert.Equal((0, 2, "114 年度會議紀錄"), (l.Marker!.Start, l.Content.FullSpan.Start, l.Content.PlainText));
        Assert.Equal((12, "\r\n"), (l.EndOfLine.Start, l.EndOfLine.Text));
    }

    [Fact]
    public void PartAsPhrase()
    {
        var l = Line<PartLineSyntax>("* 主席致詞（略）");
        Assert.Null(l.Field);
        Assert.Equal((2, "主席致詞（略）"), (l.Content!.FullSpan.Start, l.Content.PlainText));
    }

    [Fact]
    public void PartWithEmptyValueKeepsItsColon()
    {
        var l = Line<PartLineSyntax>("* 業務報告：");
        Assert.Equal(("業務報告", 6, true), (l.Field!.Name, l.Field.Colon.Start, l.Field.Value.IsEmpty));
    }

    [Fact]
    public void ItemWithIdeographicIndent()
    {
        var tree = Parser.Parse("* 決議\n\u3000- 甲\n", "t");
        var item = Assert.IsType<ItemLineSyntax>(Assert.Single(tree.Root.Blocks[0].Blocks).Line);
        Assert.Equal((2, 6, 8), (item.IndentWidth, item.Marker!.Start, item.Content.FullSpan.Start));
    }

    [Fact]
    public void EscapedText()
    {
        var l = Line<TextLineSyntax>("\\- 不是清單");
        Assert.Equal((0, "\\"), (l.Marker!.Start, l.Marker.Text));
        Assert.Equal((1, "- 不是清單"), (l.Content.FullSpan.Start, l.Content.PlainText));
    }

    [Fact]
    public void RowPositions()
    {
        var l = Line<RowLineSyntax>("| 市長 | 新北 |");
        Assert.Equal([0, 1, 5, 6, 10], l.Parts.Select(p => p.Start));
        Assert.Equal([1, 6], l.Cells.Select(c => c.Start));
    }

    [Fact]
    public void BlankLineWithSpaces()
    {
        var l = Line<BlankLineSyntax>("   \n");
        Assert.Equal((3, 3), (l.IndentWidth, l.EndOfLine.Start));
    }

    [Fact]
    public void CaseLinkWithoutWording()
    {
        var l = Line<TextLineSyntax>("見[[綠碳匯]]。");
        var link = Assert.Single(l.Content.Elements.OfType<CaseLinkSyntax>());
        Assert.Equal((1, 3, 6), (link.Open.Start, link.Id.Start, link.Close.Start));
        Assert.Null(link.Wording);
    }
}

public sealed class TemplateRendererTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("minutes-tpl-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private string Template(string text)
    {
        Directory.CreateDirectory(Path.Combine(dir, "txt"));
        File.WriteAllText(Path.Combine(dir, "txt", "record.scriban"), text);
        return dir;
    }

    [Fact]
    public void ASyntaxErrorInATemplateNamesTheTemplateLineAndColumn()
    {
        var e = Assert.Throws<MinutesLang.Rendering.TemplateException>(() => new MinutesLang.Rendering.TemplateRenderer(Template("ok\n{{ for x in }}"), "txt"));
        Assert.Equal((2, true), (e.Line, e.TemplatePath.EndsWith("record.scriban", StringComparison.Ordinal)));
    }

    [Fact]
    public void AnEndlessLoopIsStoppedByTheLoopLimit()
    {
        var r = new MinutesLang.Rendering.TemplateRenderer(Template("{{ while true }}x{{ end }}"), "txt");
        Assert.Throws<MinutesLang.Rendering.TemplateException>(() => r.Render(new Scriban.Runtime.ScriptObject()));
    }

    [Fact]
    public void IncludesCannotLeaveTheTemplateFolder()
    {
        File.WriteAllText(Path.Combine(dir, "secret.txt"), "secret");
        var r = new MinutesLang.Rendering.TemplateRenderer(Template("{{ include '../secret.txt' }}"), "txt");
        var e = Assert.Throws<MinutesLang.Rendering.TemplateException>(() => r.Render(new Scriban.Runtime.ScriptObject()));
        Assert.Contains("outside the template folder", e.Reason);
    }
}
