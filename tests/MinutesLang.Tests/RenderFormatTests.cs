using System.Text.RegularExpressions;
using Markdig;
using MinutesLang.Diagnostics;
using MinutesLang.Parsing;
using MinutesLang.Rendering;
using MinutesLang.Semantics;

namespace MinutesLang.Tests;

/// <summary>Every format of every seed against its baseline; the layout rules; escaping; templates users change.</summary>
public sealed class RenderFormatTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("minutes-render-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    public static TheoryData<string> Seeds => Repo.SeedData();

    // record fragments: the series requires only their title (必備, issue 11), not the date the seeds' series requires
    private const string Series = "@series 教育文化組\n  名稱：教育文化組\n  必備：標題\n\n@case 學校交流\n  標題：跨縣市學校交流\n  來源：原北桃衛福教育組提案\n";

    internal static Compilation Compile(string record) =>
        Compilation.Create(Parser.Parse(Series, "series.minutes"), [Parser.Parse(record, "x.minutes")]);

    internal static string Render(string format, Compilation c, string? overrideDir = null) =>
        new DocumentRenderer(Repo.Templates, format, overrideDir).RenderText(new RenderModelBuilder(c.Series).Build(c.Records[0]));

    [Theory]
    [MemberData(nameof(Seeds))]
    public void MarkdownBaseline(string name) => Snapshot.Verify(name, Render("md", Repo.CompileSeed(name)), "md");

    [Theory]
    [MemberData(nameof(Seeds))]
    public void HtmlBaseline(string name) => Snapshot.Verify(name, Render("html", Repo.CompileSeed(name)), "html");

    [Theory]
    [MemberData(nameof(Seeds))]
    public void HtmlIsOneSelfContainedPageWithoutScriptAndHasEveryLineOfTheRecord(string name)
    {
        var c = Repo.CompileSeed(name);
        string html = Render("html", c);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch("(src|href)=", html);
        Assert.Contains("@page {\n  size: A4;", html);
        Assert.Contains("\"標楷體\", \"DFKai-SB\"", html);
        string text = PlainText(html);
        foreach (var line in Repo.RenderTxt(c).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('|')))
            Assert.Contains(Regex.Replace(line, "\\s+", ""), text);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void MarkdownRendersAsGitHubFlavouredMarkdownWithItsTablesAndEveryLineOfTheRecord(string name)
    {
        var c = Repo.CompileSeed(name);
        var pipeline = new MarkdownPipelineBuilder().UsePipeTables().UseAutoLinks().Build();
        string html = Markdown.ToHtml(Render("md", c), pipeline);
        var tags = Regex.Matches(html, "<([a-z0-9]+)").Select(m => m.Groups[1].Value).ToHashSet();
        Assert.Subset(new HashSet<string> { "h1", "p", "strong", "table", "thead", "tbody", "tr", "th", "td", "br", "a" }, tags);
        // every table of the record is a table on GitHub too (as many as in the html page)
        Assert.Equal(Regex.Matches(Render("html", c), "<table").Count, Regex.Matches(html, "<table>").Count);
        string text = PlainText(html);
        foreach (var line in Repo.RenderTxt(c).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('|')))
            Assert.Contains(Regex.Replace(line, "\\s+", ""), text);
    }

    /// <summary>The text of an html page without tags, entities decoded, without white space.</summary>
    internal static string PlainText(string html) =>
        Regex.Replace(System.Net.WebUtility.HtmlDecode(Regex.Replace(Regex.Replace(html, "<style.*?</style>|<title.*?</title>", "", RegexOptions.Singleline), "<[^>]+>", "")), "\\s+", "");

    [Fact]
    public void MarkupAndScriptInARecordAreText()
    {
        var c = Compile("@meeting 114-1\n# <script>alert(1)</script> & 標題\n* 主席：<b>王</b>\n* 業務報告\n  - a < b & \"c\" <img src=x onerror=alert(1)>\n  - **粗** [連結](http://x) | 1. _x_\n");
        Assert.DoesNotContain(c.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        string html = Render("html", c);
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("<img", html);
        Assert.DoesNotContain("<b>", html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; 標題", html);
        Assert.Contains("a &lt; b &amp; &quot;c&quot; &lt;img src=x onerror=alert(1)&gt;", html);

        string md = Render("md", c);
        Assert.Contains("# &lt;script&gt;alert(1)&lt;/script&gt; &amp; 標題", md);
        Assert.Contains("\\*\\*粗\\*\\* \\[連結\\](http://x) \\| 1. \\_x\\_", md);
        Assert.DoesNotContain("<b>", md);
    }

    [Fact]
    public void MarkupInEverySlotOfARecordAndItsSeriesIsTextInEveryFormat()
    {
        const string series = "@case 甲\n  標題：<b>CT</b>&\n  來源：<b>O</b>&\n";
        const string record = """
            @meeting 114-1
            # <b>T</b>&
            * 時間：114 年 3 月 7 日（星期五）上午 10 時
            * 主席：<b>C</b>&
            紀錄：<b>R</b>&
            * <b>P</b>&
              - <b>L</b>&
                - <b>L2</b>&
              <b>para</b>&
              案由：<b>S</b>&
              說明：<b>E</b>&
                | <b>H</b>& | h2 |
                | <b>c</b>& | c2 |
                @列管表
                - [[甲]]
                  最新辦理情形：<b>G</b>&
                    - <b>G1</b>&
                  會議決議：<b>D</b>&
                  @列管 甲
            """;
        var c = Compilation.Create(Parser.Parse(series, "series.minutes"), [Parser.Parse(record, "x.minutes")]);
        Assert.DoesNotContain(c.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        string[] slots = ["T", "C", "R", "P", "L", "L2", "para", "S", "E", "H", "c", "CT", "O", "G", "G1", "D"];
        foreach (var format in new[] { "html", "md" })
        {
            string text = Render(format, c);
            Assert.DoesNotContain("<b>", text);
            foreach (var slot in slots) Assert.Contains($"&lt;b&gt;{slot}&lt;/b&gt;&amp;", text.Replace("\\", ""));
        }

        foreach (var format in new[] { "docx", "odt" })
        {
            var parts = Package.Unzip(new DocumentRenderer(Repo.Templates, format).Render(c.Series, c.Records[0]));
            foreach (var (path, bytes) in parts.Where(p => p.Path.EndsWith(".xml", StringComparison.Ordinal)))
            {
                var xml = System.Xml.Linq.XDocument.Parse(System.Text.Encoding.UTF8.GetString(bytes));
                Assert.DoesNotContain(xml.Descendants(), e => e.Name.LocalName == "b" && e.Name.NamespaceName.Length == 0);
                if (path is "word/document.xml" or "content.xml")
                    foreach (var slot in slots) Assert.Contains($"<b>{slot}</b>&", xml.Root!.Value);
            }
        }
    }

    [Fact]
    public void XmlEscapingDropsCharactersXmlCannotHold()
    {
        Assert.Equal("a&amp;b&lt;c&gt;&quot;&#39;\tz", Escapes.Xml("a&b<c>\"'\u0001\tz\uFFFE"));
        Assert.Equal("\\- 1. \\*x\\* &lt;y&gt;", Escapes.Markdown("- 1. *x* <y>"));
        Assert.Equal("1\\. x", Escapes.Markdown("1. x"));
        Assert.Equal("12\\) x", Escapes.Markdown("12) x"));
    }

    [Fact]
    public void NumberingComesFromTheStructureInEveryFormat()
    {
        var c = Compile("""
            @meeting 114-1
            # 標題
            * 時間：114 年 3 月 7 日（星期五）上午 10 時
            * 提案討論
              案由：第一案
              決議：
                - L1
                  - L2
                    - L3
                      - L4
                        - L5
                          - L6
                            - L7
                              - L8
                                - L9
                                  - L10
                                    - L11
                                    - L11b
              案由：第二案
              說明：
                @list 1、
                - 釘住
                - 樣式
            散會：上午 11 時
            """);
        Assert.DoesNotContain(c.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        string[] expected = ["壹、", "貳、", "案由一", "案由二", "一、L1", "(一)L2", "1.L3", "(1)L4", "甲、L5", "(甲)L6", "A、L7", "(A)L8", "a、L9", "(a)L10", "(a)L11", "(b)L11b", "1、釘住", "2、樣式"];
        foreach (var format in new[] { "txt", "md", "html" })
        {
            string text = format == "html" ? PlainText(Render(format, c)) : Regex.Replace(Render(format, c).Replace("\\", ""), "\\s+", "");
            foreach (var e in expected) Assert.True(text.Contains(e, StringComparison.Ordinal), $"{format}: {e} missing in {text}");
        }

        foreach (var (format, part) in new[] { ("docx", "word/document.xml"), ("odt", "content.xml") })
        {
            byte[] package = new DocumentRenderer(Repo.Templates, format).Render(c.Series, c.Records[0]);
            string xml = System.Text.Encoding.UTF8.GetString(Package.Unzip(package).Single(p => p.Path == part).Bytes);
            string text = Regex.Replace(System.Xml.Linq.XDocument.Parse(xml).Root!.Value, "\\s+", "");
            foreach (var e in expected) Assert.True(text.Contains(e, StringComparison.Ordinal), $"{format}: {e} missing in {text}");
        }
    }

    [Fact]
    public void ProgressTableCellsKeepTheirLinesAndNestedOrdinalsHangInEveryFormat()
    {
        var c = Compile("""
            @meeting 114-1
            # 標題
            * 提案討論
              案由：進度
              說明：
                @列管表
                - [[學校交流]]
                  最新辦理情形：
                    - 第一
                      - 細項 <b>
                    - 第二
                  會議決議：持續列管。
                  @列管 學校交流
            """);
        Assert.DoesNotContain(c.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        string html = Render("html", c);
        Assert.Contains("<td>原北桃衛福教育組提案</td><td>跨縣市學校交流</td><td><div class=\"row\"><span class=\"ord\">一、</span><span class=\"txt\">第一</span></div><div class=\"row\" style=\"margin-left: 2em\"><span class=\"ord\">(一)</span><span class=\"txt\">細項 &lt;b&gt;</span></div><div class=\"row\"><span class=\"ord\">二、</span><span class=\"txt\">第二</span></div></td><td><div class=\"line\">持續列管。</div></td>", html);
        Assert.Contains("| 一 | 原北桃衛福教育組提案 | 跨縣市學校交流 | 一、第一<br>&ensp;&ensp;&ensp;&ensp;(一)細項 &lt;b&gt;<br>二、第二 | 持續列管。 |", Render("md", c));
        Assert.Contains("| 一 | 原北桃衛福教育組提案 | 跨縣市學校交流 | 一、第一 (一)細項 <b> 二、第二 | 持續列管。 |", Render("txt", c));

        string docx = System.Text.Encoding.UTF8.GetString(Package.Unzip(new DocumentRenderer(Repo.Templates, "docx").Render(c.Series, c.Records[0])).Single(p => p.Path == "word/document.xml").Bytes);
        Assert.Contains("<w:ind w:left=\"960\" w:hanging=\"480\"/></w:pPr><w:r><w:t xml:space=\"preserve\">(一)</w:t></w:r><w:r><w:t xml:space=\"preserve\">細項 &lt;b&gt;</w:t>", docx);
    }

    [Fact]
    public void AMissingTitleIsNeverComposed()
    {
        // issue 11: no title is made up from the meeting id (which may be wrong, or 0); ML0109 says the title is missing
        var c = Compile("@meeting 114-3\n* 時間：114 年 3 月 7 日（星期五）上午 10 時\n");
        Assert.Contains(c.Diagnostics, d => d.Code == "ML0109");
        foreach (var format in new[] { "txt", "md", "html" })
        {
            Assert.DoesNotContain("第 3 次會議紀錄", Render(format, c));
            Assert.Contains("時間：114 年 3 月 7 日（星期五）上午 10 時", Render(format, c));
        }
    }

    [Fact]
    public void TheRecorderStandsBesideTheChair()
    {
        var c = Repo.CompileSeed("114-1");
        string html = Render("html", c), md = Render("md", c);
        Assert.Contains("<h2 class=\"row\"><span class=\"ord\">參、</span><span class=\"txt\">主席：蔡主任秘書聖賢<span class=\"beside\">紀錄：蘇郁婷</span>", html);
        Assert.Contains("**參、主席：蔡主任秘書聖賢**&emsp;&emsp;&emsp;&emsp;**紀錄：蘇郁婷**", md);
        Assert.Single(Regex.Matches(html, "紀錄：蘇郁婷"));
        Assert.Single(Regex.Matches(md, "紀錄：蘇郁婷"));
    }

    [Fact]
    public void ATemplateDirOverridesOneTemplateByNameAndTheRestComeFromTheDefaults()
    {
        Directory.CreateDirectory(Path.Combine(dir, "md"));
        File.WriteAllText(Path.Combine(dir, "md", "record.scriban"), "{{ title | escape_md }} / {{ parts.size }}\n");
        var c = Repo.CompileSeed("114-1");
        Assert.Equal("114 年度「基北北桃」教育文化組第 1 次工作小組會議紀錄 / 9\n", Render("md", c, dir));
        Assert.Equal(Render("html", c), Render("html", c, dir));

        File.WriteAllText(Path.Combine(dir, "other.scriban"), "{{ include 'part.scriban' }}");
        File.WriteAllText(Path.Combine(dir, "part.scriban"), "{{ id }}");
        var r = new TemplateRenderer(Repo.Templates, "txt", dir, "other.scriban");
        Assert.Equal("114-1", r.Render(new RenderModelBuilder(c.Series).Build(c.Records[0])));
    }

    [Fact]
    public void ATemplateErrorIsML0300AtTheTemplatesLineAndColumn()
    {
        File.WriteAllText(Path.Combine(dir, "record.scriban"), "line one\n  {{ parts | no_such_function }}\n");
        var e = Assert.Throws<TemplateException>(() => Render("txt", Repo.CompileSeed("114-1"), dir));
        Assert.Equal("ML0300", e.Diagnostic.Code);
        Assert.Equal(DiagnosticSeverity.Error, e.Diagnostic.Severity);
        Assert.Equal((2, 14), e.Diagnostic.Start);
        Assert.Equal(Path.Combine(dir, "record.scriban"), e.Diagnostic.Source.Path);
        Assert.StartsWith($"{Path.Combine(dir, "record.scriban")}:2:14: error ML0300: template error: ", DiagnosticFormatter.Human(e.Diagnostic));
    }

    [Fact]
    public void ASlowTemplateIsStoppedByTheTimeLimit()
    {
        // slow without growing: a doubling string would pass the output limit first (ML0310), an endless loop the loop limit
        File.WriteAllText(Path.Combine(dir, "record.scriban"), "{{ for i in 1..90000\n  x = 'a' | string.pad_right 20000\nend }}");
        var c = Repo.CompileSeed("114-1");
        var r = new TemplateRenderer(Repo.Templates, "txt", dir) { TimeLimit = TimeSpan.FromMilliseconds(300) };
        var e = Assert.Throws<TemplateException>(() => r.Render(new RenderModelBuilder(c.Series).Build(c.Records[0])));
        Assert.Equal("ML0300", e.Diagnostic.Code);
        Assert.Equal("the template ran longer than 0.3 s on this record (stopped)", e.Reason);
    }

    [Theory]
    [InlineData("{{ parts[100].x }}", 1, 15)]
    [InlineData("a\n{{ include 'nope' }}", 2, 4)]
    [InlineData("{{ func f(x)\n ret f(x)\nend\nf(1) }}", 2, 6)]
    [InlineData("{{ for i in 1..10000000; i; end }}", 1, 14)]
    [InlineData("{{ while true; 'xxxxxxxxxx'; end }}", 1, 4)]
    public void BadTemplatesAreML0300WithAPosition(string template, int line, int column)
    {
        File.WriteAllText(Path.Combine(dir, "record.scriban"), template);
        var e = Assert.Throws<TemplateException>(() => Render("txt", Repo.CompileSeed("114-1"), dir));
        Assert.Equal(("ML0300", line, column), (e.Diagnostic.Code, e.Diagnostic.Start.Line, e.Diagnostic.Start.Column));
    }

    [Fact]
    public void TheML0300PageExampleFailsAndItsFixRenders()
    {
        string page = File.ReadAllText(Path.Combine(Repo.Root, "docs", "diagnostics", "ML0300.md"));
        var blocks = Regex.Matches(page, "```scriban\n(.*?)```", RegexOptions.Singleline).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(2, blocks.Count);
        var c = Repo.CompileSeed("114-1");
        File.WriteAllText(Path.Combine(dir, "record.scriban"), blocks[0]);
        var e = Assert.Throws<TemplateException>(() => Render("html", c, dir));
        Assert.Equal(("ML0300", 1, 8), (e.Diagnostic.Code, e.Line, e.Column));
        File.WriteAllText(Path.Combine(dir, "record.scriban"), blocks[1]);
        Assert.StartsWith("<h1>114 年度「基北北桃」", Render("html", c, dir));
    }
}
