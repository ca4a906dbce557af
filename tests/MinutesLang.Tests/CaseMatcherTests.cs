using MinutesLang.Import;
using MinutesLang.Semantics;

namespace MinutesLang.Tests;

/// <summary>Fuzzy matching of case mentions against the cases of the seed series.</summary>
public sealed class CaseMatcherTests
{
    private static readonly CaseMatcher Matcher = new(ImportTests.SeedSeries());

    [Theory]
    [InlineData("跨縣市學校交流", "學校交流")]                                  // the title
    [InlineData("合作推廣台北酷課雲課程", "酷課學園")]                           // an alias, 台 for 臺
    [InlineData("合作推廣台北酷課雲-酷課學園網路學校課程", "酷課學園")]           // 台 for 臺 in the title
    [InlineData("『行動天文館校園趴趴 GO!』計畫", "行動天文館")]                 // quotes and 計畫 ignored
    [InlineData("雙北合作共同申辦國際綜合性賽會及運動園區規劃報告一案", "國際賽會")] // 一案 ignored
    [InlineData("2024IEYI世界青少年發明展國際賽", "IEYI2024")]                 // spaces ignored
    [InlineData("2024 IEYI 世界青少年發展國際賽", "IEYI2024")]                   // one character off (發展 for 發明展)
    public void Matches(string wording, string id) => Assert.Equal(id, Matcher.Find(wording));

    [Theory]
    [InlineData("教育文化組")]
    [InlineData("照案通過")]
    [InlineData("海洋教育擂台賽")]
    [InlineData("x")]
    public void DoesNotMatch(string wording) => Assert.Null(Matcher.Find(wording));

    [Fact]
    public void KeyKeepsLettersAndDigitsOnly() =>
        Assert.Equal("justdoit保護地球自己來淨零行動", CaseMatcher.Key("Just Do It 保護地球自己來-淨零行動"));

    [Fact]
    public void LinksQuotedMentionsAndLeadingNames()
    {
        Assert.Equal("有關「[[學校交流|跨縣市學校交流]]」一案，持續辦理。", Matcher.Link("有關「跨縣市學校交流」一案，持續辦理。"));
        Assert.Equal("[[學校交流|跨縣市學校交流]]：請各縣市先向教育部申請相關計畫。", Matcher.LinkLeading("跨縣市學校交流：請各縣市先向教育部申請相關計畫。"));
        Assert.Equal("[[國際賽會|雙北合作共同申辦國際綜合性賽會及運動園區規劃報告]]案持續列管", Matcher.LinkLeading("雙北合作共同申辦國際綜合性賽會及運動園區規劃報告案持續列管"));
        Assert.Equal("請繼續辦理。", Matcher.LinkLeading("請繼續辦理。"));
        Assert.Null(new CaseMatcher(Series.Empty).ProposalsText());
    }
}

/// <summary>
/// Cases enumerated in running text (<see cref="CaseMatcher.LinkEnumerated"/>) on long lines: each ending of a piece was
/// matched against every case, so a piece of 20,000 characters took minutes (issue 13, found by the fuzz); now only the
/// last <see cref="CaseMatcher.MaxWordingLength"/> characters are matched and the search stays linear. The answers are
/// those of a short piece; the timing is in tests/bench/import-long-line.sh, not here.
/// </summary>
public sealed class CaseMatcherLongLineTests
{
    private static readonly CaseMatcher Matcher = new(ImportTests.SeedSeries());

    [Theory]
    [InlineData('甲', 20_000)]
    [InlineData('a', 20_000)]
    [InlineData('\u200B', 20_000)]   // not a letter: the key is short, the piece long
    [InlineData('－', 5_000)]
    [InlineData('1', 101)]           // one character past the window
    public void ACaseAtTheEndOfALongPieceIsLinked(char filler, int length)
    {
        string text = "本季列管 3 案：" + new string(filler, length) + "及跨縣市學校交流。";
        string linked = Matcher.LinkEnumerated(text);
        Assert.EndsWith("及[[學校交流|跨縣市學校交流]]。", linked, StringComparison.Ordinal);
        Assert.Equal(text, linked.Replace("[[學校交流|", "", StringComparison.Ordinal).Replace("]]", "", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("合作推廣台北酷課雲課程", "酷課學園")]
    [InlineData("跨縣市學校交流", "學校交流")]
    public void EveryPieceOfALongEnumerationIsLinked(string wording, string id)
    {
        // 2,000 pieces: a long line of many short pieces, each matched once
        string text = "共計 2000 案：" + string.Join("、", Enumerable.Repeat(wording, 2_000)) + "。";
        string linked = Matcher.LinkEnumerated(text);
        Assert.Equal(2_000, linked.Split($"[[{id}|").Length - 1);
    }

    [Theory]
    [InlineData("「")]
    [InlineData("『")]
    public void AnUnbalancedQuotationBeforeALongPieceStopsTheSearchAsInAShortOne(string open)
    {
        // the ending that starts at an unbalanced 「 or 『 ends the search (a name is never cut out of a quotation)
        foreach (int length in new[] { 10, 20_000 })
        {
            string text = "本季列管 3 案：" + open + new string('甲', length) + "跨縣市學校交流。";
            Assert.Equal(text, Matcher.LinkEnumerated(text));
        }
    }

    [Fact]
    public void ALongWordingIsNoCaseWhereverItIsMatched()
    {
        Assert.Null(Matcher.Find(new string('學', 20_000)));
        Assert.Null(Matcher.Find("跨縣市學校交流" + new string('x', 20_000)));
        Assert.Equal("學校交流", Matcher.Find("跨縣市學校交流"));
    }
}
