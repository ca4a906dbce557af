using System.Text;
using MinutesLang.Parsing;
using MinutesLang.Syntax;
using MinutesLang.Text;

namespace MinutesLang.Tests;

/// <summary>
/// The shortcuts of issue 14 §2 (docs/bench/throughput.md) give what the general code gives: the spans and texts a
/// node now computes from its first and last token equal the walk over all its tokens, the line kinds chosen by
/// the first character are those of the ordered choice, and valid UTF-8 decoded by the runtime is what the
/// code-point decoder reads.
/// </summary>
public sealed class ParserThroughputTests
{
    /// <summary>Lines that reach each branch of the first-character dispatch and each shortcut (empty texts, unclosed links).</summary>
    internal static readonly string[] Tricky =
    [
        "",
        "\n",
        "\r\n\r\n",
        "\uFEFF# 114 年度第 1 次會議紀錄\r\n* 時間：114 年 3 月 7 日\r\n",
        "* 討論事項：\n  - 案由：[[A1|交通]]\n  - [[B2\n  - {{出席人員\n  - {{散會時間}} 與 [[C3]]\n",
        "說 明 : 詳見列管表。\n決議：\n  -\n  - \n",
        "一二三四五六七八九十一二：十二個字的標籤\n一二三四五六七八九十一二三：十三個字不是標籤\n",
        "* \n#\n-\n@\n＠\n＠ 空\n＠list 一\n|\n||\n\\\n\\* 不是部分\n/\n/x\n// 註解\n",
        "甲\n  ＃ 縮排的井號\n  ＊ 縮排的星號\n  * 縮排的部分\n  # 縮排的標題\n  －項目\n  -有關\n",
        "＃114 年度\n＊時間：上午\n－ 全形項目\n-5 度\n-based\n---\n",
        "| 甲 | {{乙}} |\n| a | b\n主席：[[ ]]\n",
        "\t紀錄：王\n\u3000\u3000說明：李\n  　混合\n",
        "末行沒有換行",
        "孤立\r回車\r",
    ];

    public static TheoryData<string> Inputs()
    {
        var data = new TheoryData<string>();
        foreach (var t in Tricky) data.Add(t);
        foreach (var f in Directory.GetFiles(Repo.Seeds, "*.minutes").Order(StringComparer.Ordinal)) data.Add(File.ReadAllText(f));
        return data;
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void ShortcutSpansAndTextsEqualTheWalkOverEveryToken(string text)
    {
        var tree = Parser.Parse(text, "t.minutes");
        Assert.Equal(text, tree.ToFullString());
        int nodes = 0;
        foreach (var node in All(tree.Root))
        {
            nodes++;
            var tokens = node is SyntaxToken self ? [self] : node.Tokens().ToList();
            var span = tokens.Count == 0 ? default : TextSpan.FromBounds(tokens[0].Start, tokens[^1].Start + tokens[^1].Text.Length);
            Assert.Equal(span, node.FullSpan);
            Assert.Equal(string.Concat(tokens.Select(t => t.Text)), node.ToFullString());
            switch (node)
            {
                case InlineSyntax inline:
                    Assert.Equal(string.Concat(inline.Elements.Select(e => e switch
                    {
                        TextRunSyntax r => r.Token.Text,
                        CaseLinkSyntax l => l.Wording?.Text ?? l.Id.Text,
                        _ => string.Concat(e.Tokens().Select(t => t.Text)),
                    })), inline.PlainText);
                    break;
                case FieldSyntax field:
                    Assert.Equal(string.Concat(field.Label.Text.Where(c => !char.IsWhiteSpace(c))), field.Name);
                    break;
                case LineSyntax line:
                    Assert.Equal(line.Indent.Text.Sum(c => c switch { '\t' => 4, '\u3000' => 2, _ => 1 }), line.IndentWidth);
                    Assert.Equal(text.Substring(line.FullSpan.Start, line.FullSpan.Length), line.ToFullString());
                    break;
            }
        }

        Assert.True(nodes > 1);
    }

    private static IEnumerable<SyntaxNode> All(SyntaxNode node)
    {
        yield return node;
        foreach (var c in node.Children)
        {
            foreach (var n in All(c)) yield return n;
        }
    }

    [Theory]
    [InlineData("＃ 標題", typeof(TitleLineSyntax))]
    [InlineData("#114 年度", typeof(TitleLineSyntax))]
    [InlineData("#abc", typeof(TitleLineSyntax))]
    [InlineData("#!", typeof(TextLineSyntax))]
    [InlineData("＊ 時間：上午", typeof(PartLineSyntax))]
    [InlineData("＊5", typeof(TextLineSyntax))]
    [InlineData("－ 項目", typeof(ItemLineSyntax))]
    [InlineData("-有關", typeof(ItemLineSyntax))]
    [InlineData("-based", typeof(TextLineSyntax))]
    [InlineData("//", typeof(CommentLineSyntax))]
    [InlineData("/ 斜線", typeof(TextLineSyntax))]
    [InlineData("@", typeof(DirectiveLineSyntax))]
    [InlineData("＠list 一", typeof(DirectiveLineSyntax))]
    [InlineData("＠ 全形", typeof(TextLineSyntax))]
    [InlineData("|", typeof(RowLineSyntax))]
    [InlineData("\\# 不是標題", typeof(TextLineSyntax))]
    [InlineData("紀錄：王", typeof(FieldLineSyntax))]
    [InlineData("5:00", typeof(FieldLineSyntax))]
    [InlineData("http://example.org", typeof(TextLineSyntax))]
    [InlineData("一二三四五六七八九十一二：值", typeof(FieldLineSyntax))]
    [InlineData("一二三四五六七八九十一二三：值", typeof(TextLineSyntax))]
    [InlineData("一 二 三 四 五 六 七 八 九 十 一 二 ：值", typeof(FieldLineSyntax))]
    [InlineData("（一）有關", typeof(TextLineSyntax))]
    [InlineData("", typeof(BlankLineSyntax))]
    public void EachFirstCharacterReadsTheLineTheOrderedChoiceReads(string line, Type kind)
    {
        var tree = Parser.Parse(line + "\n", "t.minutes");
        Assert.IsType(kind, tree.Root.Blocks[0].Line);
        Assert.Equal(line + "\n", tree.ToFullString());
    }

    [Theory]
    [InlineData("＃ 縮排", typeof(TextLineSyntax))]
    [InlineData("＊ 縮排", typeof(TextLineSyntax))]
    [InlineData("# 縮排", typeof(TitleLineSyntax))]
    [InlineData("* 縮排", typeof(PartLineSyntax))]
    [InlineData("#縮排", typeof(TextLineSyntax))]
    [InlineData("－ 縮排", typeof(ItemLineSyntax))]
    [InlineData("\t說明：縮排", typeof(FieldLineSyntax))]
    public void AnIndentedLineReadsMarkersAsTheOrderedChoiceDoes(string body, Type kind)
    {
        string text = "甲：\n  " + body + "\n";
        var tree = Parser.Parse(text, "t.minutes");
        var line = Assert.Single(tree.Root.Blocks[0].Blocks).Line;
        Assert.IsType(kind, line);
        Assert.Equal(text, tree.ToFullString());
    }

    [Fact]
    public void ValidUtf8DecodesAsTheCodePointDecoderDoes()
    {
        var random = new Random(14);
        var samples = Directory.GetFiles(Repo.Seeds, "*.minutes").Select(File.ReadAllBytes).ToList();
        string alphabet = "會議紀錄案由決議列管解列 \t\u3000\r\n＊＃－@[]{}|\\:：\uFEFF\u200D";
        for (int n = 0; n < 200; n++)
        {
            var sb = new StringBuilder();
            int length = random.Next(0, 60);
            for (int i = 0; i < length; i++)
            {
                if (random.Next(8) == 0) sb.Append(char.ConvertFromUtf32(random.Next(0x1F300, 0x1F64F))); // astral: two UTF-16 units
                else sb.Append(alphabet[random.Next(alphabet.Length)]);
            }

            samples.Add(Encoding.UTF8.GetBytes(sb.ToString()));
        }

        foreach (var bytes in samples)
        {
            var text = SourceText.FromBytes(bytes, "t.minutes");
            Assert.Equal(ByCodePoint(bytes), text.Text);
            Assert.Empty(text.InvalidByteOffsets);
            Assert.Equal(bytes, SourceText.ToBytes(text.Text));
        }
    }

    [Theory]
    [InlineData(new byte[] { 0xE6, 0x9C, 0x83, 0xFF, 0x0A }, new[] { 1 })]
    [InlineData(new byte[] { 0xC0, 0xAF, 0x41 }, new[] { 0, 1 })]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF, 0xE6, 0x9C }, new[] { 1, 2 })]
    public void InvalidUtf8IsStillKeptByteByByte(byte[] bytes, int[] offsets)
    {
        var text = SourceText.FromBytes(bytes, "t.minutes");
        Assert.Equal(offsets, text.InvalidByteOffsets.ToArray());
        Assert.Equal(bytes, SourceText.ToBytes(text.Text));
    }

    /// <summary>The reference: one code point at a time, as <see cref="SourceText.FromBytes"/> reads a text with an invalid byte.</summary>
    private static string ByCodePoint(byte[] bytes)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < bytes.Length;)
        {
            Assert.Equal(System.Buffers.OperationStatus.Done, Rune.DecodeFromUtf8(bytes.AsSpan(i), out var rune, out int consumed));
            sb.Append(rune.ToString());
            i += consumed;
        }

        return sb.ToString();
    }
}
