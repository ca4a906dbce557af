using System.Text.RegularExpressions;
using MinutesLang.Diagnostics;
using MinutesLang.Localization;
using MinutesLang.Parsing;
using MinutesLang.Semantics;

namespace MinutesLang.Tests;

/// <summary>
/// Issue f, point 8: a message (and a hint) quotes at most <see cref="MessageTemplate.QuotationLimit"/> characters of
/// input, then …, whatever the input: every form of the catalog that quotes a placeholder, in both languages, and
/// ML0124 end to end on a line of megabytes.
/// </summary>
public sealed class QuotationLimitTests
{
    /// <summary>A placeholder anywhere inside a quotation ('…' opened not after a letter, 「…」, “…”): '@{name}', 「{field}：{value}」 too (stop 15).</summary>
    private static readonly Regex Quotation = new("(?<![A-Za-z0-9])'[^']*'|「[^」]*」|“[^”]*”");

    private static readonly Regex Placeholder = new("\\{(?<name>[A-Za-z]+)\\}");

    private static IEnumerable<string> QuotedNames(string template) =>
        Quotation.Matches(template).SelectMany(q => Placeholder.Matches(q.Value)).Select(m => m.Groups["name"].Value);

    private static bool QuotesInput(string template) => QuotedNames(template).Any();

    public static TheoryData<string, string> QuotingForms()
    {
        var data = new TheoryData<string, string>();
        foreach (var entry in DiagnosticCatalog.All)
        {
            foreach (var form in entry.Forms ?? [])
            {
                if (new[] { form.Message, form.MessageZh, form.Hint ?? "", form.HintZh ?? "" }.Any(t => QuotesInput(t))) data.Add(entry.Code, form.Key);
            }
        }

        return data;
    }

    [Fact]
    public void TheCatalogHasQuotingForms() => Assert.True(QuotingForms().Count() >= 20);

    [Theory]
    [MemberData(nameof(QuotingForms))]
    public void EveryQuotationOfInputIsCut(string code, string key)
    {
        var form = DiagnosticCatalog.Get(code).Form(key);
        string longText = string.Concat(Enumerable.Repeat("會議紀錄", 50_000)); // 200,000 characters
        var names = new[] { form.Message, form.MessageZh, form.Hint ?? "", form.HintZh ?? "" }.SelectMany(MessageTemplate.Placeholders).Distinct().ToList();
        var quoted = new[] { form.Message, form.MessageZh, form.Hint ?? "", form.HintZh ?? "" }.SelectMany(QuotedNames).ToHashSet();
        var args = names.Select(n => KeyValuePair.Create(n, (object?)(quoted.Contains(n) ? longText : "1"))).ToList();
        var shown = new DiagnosticText(form, args);
        foreach (var language in new[] { Language.En, Language.ZhTw })
        {
            foreach (var (template, text) in new[] { (language == Language.En ? form.Message : form.MessageZh, shown.Message(language)), (language == Language.En ? form.Hint : form.HintZh, shown.Hint(language)) })
            {
                if (template is null) continue;
                Assert.True(text!.Length <= template.Length + 4 * (MessageTemplate.QuotationLimit + 1), $"{code} {key} {language}: {text.Length} characters");
                if (QuotesInput(template)) Assert.Contains("會議紀錄…", text);
            }
        }
    }

    [Theory]
    [InlineData("短文字", "短文字")]
    [InlineData("0123456789012345678901234567890123456789", "0123456789012345678901234567890123456789")]
    [InlineData("01234567890123456789012345678901234567890", "0123456789012345678901234567890123456789…")]
    [InlineData("012345678901234567890123456789012345678𠀀", "012345678901234567890123456789012345678…")] // a surrogate pair is not cut
    public void AQuotationIsCutAtTheLimit(string text, string expected) => Assert.Equal(expected, MessageTemplate.Quotation(text));

    /// <summary>What a fresh user found printed whole (stop 15): a quoted placeholder not right after the opening mark.</summary>
    [Theory]
    [InlineData("@列官{0}\n", "ML0104")]
    [InlineData("@{0} 114-1\n", "ML0104")]
    [InlineData("* 說明：{{{{{0}}}}}\n", "ML0114")]
    public void AQuotationInsideAQuotedTemplateIsCut(string line, string code)
    {
        string input = string.Concat(Enumerable.Repeat("長長的文字", 40)); // 200 characters
        var c = Compilation.Create(null, [Parser.Parse("@meeting 114-1\n# 114 年度第 1 次會議紀錄\n" + string.Format(line, input), "114-1.minutes")]);
        var d = Assert.Single(c.Diagnostics, d => d.Code == code);
        foreach (var language in new[] { Language.En, Language.ZhTw })
        {
            var shown = d.In(language);
            Assert.True(shown.Message.Length < 150, $"{code} {language}: {shown.Message}");
            Assert.True((shown.Hint ?? "").Length < 250, $"{code} {language}: {shown.Hint}");
            Assert.Contains("…", shown.Message + shown.Hint);
        }
    }

    [Fact]
    public void AnUnreadableNumberingIsCut()
    {
        string input = string.Concat(Enumerable.Repeat("長長的文字", 40));
        var c = Compilation.Create(Parser.Parse($"@series 測試\n  名稱：測試\n  編號：{input}\n", "series.minutes"), []);
        var d = Assert.Single(c.Diagnostics, d => d.Code == "ML0131");
        Assert.True(d.Message.Length < 150, d.Message);
        Assert.True(d.In(Language.ZhTw).Message.Length < 150, d.In(Language.ZhTw).Message);
    }

    [Fact]
    public void ML0124OnAFiveMegabyteLineIsAShortMessage()
    {
        string rest = new('甲', 5_000_000);
        var c = Compilation.Create(null, [Parser.Parse($"@meeting 114-1\n# 114 年度第 1 次會議紀錄\n* 時間：114 年 3 月 7 日（星期五）上午 10 時 {rest}\n* 地點：會議室\n", "114-1.minutes")]);
        var d = Assert.Single(c.Diagnostics, d => d.Code == "ML0124");
        Assert.True(d.Message.Length < 300, d.Message.Length.ToString());
        Assert.True(d.In(Language.ZhTw).Message.Length < 300);
        Assert.Contains("甲…", d.Message);
        Assert.True(d.Span.Length >= 5_000_000); // the span still covers all that is unread
    }

    [Fact]
    public void CheckPrintsAShortFindingForALongUnreadValue()
    {
        string dir = Directory.CreateTempSubdirectory("minutes-quote-").FullName;
        try
        {
            string path = Path.Combine(dir, "114-1.minutes");
            File.WriteAllText(path, $"@meeting 114-1\n# 114 年度第 1 次會議紀錄\n* 時間：114 年 3 月 7 日（星期五）上午 10 時 {new string('乙', 1_000_000)}\n");
            var (_, o, e) = CliRun.Run("check", path);
            Assert.True(o.Length + e.Length < 5_000, $"{o.Length + e.Length} characters");
            Assert.Contains("ML0124", o + e);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
