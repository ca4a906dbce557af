using System.Text.RegularExpressions;
using MinutesLang.Diagnostics.Policy;
using MinutesLang.Localization;

namespace MinutesLang.Tests;

/// <summary>
/// ML0500 "not valid JSON" says why in the language of the run (issue 15): System.Text.Json's refusal is English only,
/// and a writer who reads Chinese got 「不是有效的 JSON：Expected depth to be zero…」 (a fresh user's try, 2026-11-30).
/// Every malformed minutesconfig.json a hand can type gets its zh-TW reason from <see cref="JsonReasons"/>, not the
/// fallback; the English message stays the reader's sentence.
/// </summary>
public class ConfigJsonReasonTests
{
    public static TheoryData<string> Malformed => new()
    {
        "{ \"diagnostics\": { \"ML0103\": \"warning\" }",          // an object left open
        "{ \"diagnostics\": { \"ML0103\": \"warning\" } } }",      // a brace too many
        "{ \"diagnostics\": { \"ML0103\": \"warning\" } } x",      // text after the value
        "{ \"diagnostics\" { \"ML0103\": \"warning\" } }",         // the colon forgotten
        "{ diagnostics: { \"ML0103\": \"warning\" } }",            // a name without quotes
        "{ 'diagnostics': {} }",                                  // single quotes
        "{ \"diagnostics\": { \"ML0103\": warning } }",            // a value without quotes
        "{ \"diagnostics\": { \"ML0103\": \"warning\" \"ML0104\": \"none\" } }", // a comma forgotten
        "{ \"language\": \"zh-TW }",                               // a string left open
        "{ \"language\": \"zh\\qTW\" }",                          // a bad escape
        "{ \"language\": \"zh\\u00GG\" }",                         // a bad \\u
        "{ \"language\": tru }",                                  // a literal cut short
        "{ \"diagnostics\": { \"ML0103\": 1.x } }",               // a number broken
        "{ \"diagnostics\": { \"ML0103\": - } }",                 // a sign alone
        "{ \"diagnostics\": { \"ML0103\": \"warning\" ] }",        // the wrong closing bracket
        "{ \"diagnostics\": /* open comment",                     // a comment left open
        "{ \"language\": \"zh-TW\",",                              // cut after a comma
        "{ \"language\": \"a\tb\" }",                              // a tab inside a string
        "{ \"language\":",                                        // cut before the value
        "［ ］",                                                    // full-width brackets typed by an IME
        "{ \"diagnostics\": { \"ML0103\"： \"warning\" } }",        // a full-width colon
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public void TheReasonIsSaidInChineseUnderZhTwAndAsTheReaderSaysItInEnglish(string json)
    {
        var config = DiagnosticConfig.Parse(json, "minutesconfig.json");
        var found = Assert.Single(config.Diagnostics, d => d.Code == "ML0500");

        string en = found.In(Language.En).Message;
        Assert.StartsWith("not valid JSON: ", en);
        Assert.DoesNotContain("LineNumber", en);

        string zh = found.In(Language.ZhTw).Message;
        Assert.StartsWith("不是有效的 JSON：", zh);
        Assert.DoesNotContain("JSON 語法錯誤", zh); // the table knows it: not the fallback with English in brackets
        // no English word left but JSON's own names, the bytes the reader names, and what the writer typed (in 「」)
        string said = Regex.Replace(Regex.Replace(zh, "0x[0-9A-F]{2}", ""), "「[^」]*」", "");
        var words = Regex.Matches(said, "[A-Za-z]{2,}").Select(m => m.Value).Except(["JSON", "true", "false", "null"]);
        Assert.Empty(words);
    }

    [Fact]
    public void AReasonOutsideTheTableKeepsTheReadersWordsInBracketsAfterAChineseSentence() =>
        Assert.Equal("JSON 語法錯誤（Something new the reader says）", JsonReasons.ZhTw("Something new the reader says"));

    [Theory]
    [InlineData("''' is an invalid start of a value", "「'」不能作為值的開頭")]
    [InlineData("'}' is invalid after a property name. Expected a ':'", "設定名稱之後應為「:」，不能是「}」")]
    [InlineData("'x' is invalid after a value. Expected either ',', '}', or ']'", "值之後不能接「x」，應為「,」「}」或「]」")]
    [InlineData("'0xEF' is invalid after a property name. Expected a ':'", "設定名稱之後應為「:」，不能是全形或中文字元（位元組 0xEF）")]
    public void TheCharacterTheReaderNamesIsKeptEvenWhenItIsAQuoteOrABrace(string en, string zh) => Assert.Equal(zh, JsonReasons.ZhTw(en));
}
