using MinutesLang.Parsing;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using MinutesLang.Diagnostics;
using MinutesLang.Localization;
using MinutesLang.Syntax;

namespace MinutesLang.Semantics;

/// <summary>series.minutes → <see cref="Series"/>: platforms, rotation, case declarations.</summary>
public static partial class SeriesBinder
{
    public const string FileName = "series.minutes";

    [GeneratedRegex(@"^\s*([0-9]{2,4})\s*[-/.年]\s*([0-9]{1,2})\s*[-/.月]\s*([0-9]{1,2})\s*日?\s*$")]
    private static partial Regex DateText();

    public static Series Bind(SyntaxTree tree, DiagnosticBag bag)
    {
        var source = tree.Source;
        string name = "";
        var platforms = ImmutableArray.CreateBuilder<Platform>();
        var rotation = ImmutableArray.CreateBuilder<RotationEntry>();
        var cases = ImmutableDictionary.CreateBuilder<string, CaseDeclaration>();
        string? rotationPlatform = null;
        ImmutableArray<string>? required = null; // RequiredParts: 必備 of @series, the default for a declared series
        var scheme = MeetingScheme.Undeclared; // 編號, 臨時會, 題名 of @series
        string? pageNumbers = null; // SeriesPageNumbers: 頁碼 of @series

        foreach (var block in tree.Root.Content)
        {
            if (block.Line is RowLineSyntax row && rotationPlatform is not null)
            {
                AddRotation(row, rotationPlatform);
                continue;
            }

            if (block.Line is not DirectiveLineSyntax d)
            {
                rotationPlatform = null;
                continue;
            }

            string arg = d.Arguments.PlainText.Trim();
            var fields = Fields(block);
            foreach (var child in block.Content.Where(c => c.Line is not (FieldLineSyntax or RowLineSyntax)))
                bag.At(source, child.Line.FullSpanWithoutEol()).OrphanIndent();
            rotationPlatform = null;
            switch (d.Name.Text)
            {
                case Directives.Series:
                    name = fields.GetValueOrDefault("名稱")?.FirstOrDefault() ?? arg;
                    required = fields.GetValueOrDefault(RequiredParts.Field)?.FirstOrDefault() is { } req ? RequiredParts.Parse(req) : RequiredParts.Default;
                    scheme = MeetingScheme.Bind(block, source, bag);
                    pageNumbers = SeriesPageNumbers.Bind(block, source, bag);
                    break;
                case Directives.Platform:
                    if (arg.Length == 0) bag.At(source, d.FullSpanWithoutEol()).DirectiveArgument("platform", new("a platform id", "平臺代號"), new("write '@platform ID', the short id that @rotation and 成案 rules name the platform by (as in '@platform 基北北桃')", "請寫「@platform 代號」，即 @rotation 與成案規則稱呼此平臺的簡短代號（如「@platform 基北北桃」）"));
                    var members = (fields.GetValueOrDefault("成員")?.FirstOrDefault() ?? "").Split(['、', '，', ',', ' '], StringSplitOptions.RemoveEmptyEntries);
                    foreach (var m in members.Where(m => !Cities.IsCity(m))) bag.At(source, d.FullSpanWithoutEol()).UnknownCity(m);
                    string rule = fields.GetValueOrDefault("成案")?.FirstOrDefault() ?? "全體";
                    string? from = fields.GetValueOrDefault("起")?.FirstOrDefault();
                    if (from is not null && ParseDate(from) is null) bag.At(source, d.FullSpanWithoutEol()).UnparsableDate(from);
                    platforms.Add(new Platform(
                        arg,
                        fields.GetValueOrDefault("名稱")?.FirstOrDefault() ?? arg,
                        [.. members.Select(m => Cities.Normalize(m) ?? m)],
                        ParseDate(from),
                        int.TryParse(rule, out int min) ? min : null,
                        rule is "全體" or "全部" or "all",
                        fields.GetValueOrDefault("依據")?.FirstOrDefault()));
                    break;
                case Directives.Rotation:
                    if (arg.Length == 0) bag.At(source, d.FullSpanWithoutEol()).DirectiveArgument("rotation", new("the id of a platform", "平臺代號"), new("write '@rotation ID' with the id of a platform declared by '@platform ID' in this file", "請寫「@rotation 代號」，代號為本檔以「@platform 代號」宣告的平臺"));
                    rotationPlatform = arg;
                    foreach (var child in block.Content)
                    {
                        if (child.Line is RowLineSyntax r) AddRotation(r, arg);
                    }

                    break;
                case Directives.Case:
                    if (arg.Length == 0)
                    {
                        bag.At(source, d.FullSpanWithoutEol()).DirectiveArgument("case", new("a case id", "案件代號"), new("write '@case ID', the short id the records link the case by ([[ID]])", "請寫「@case 代號」，即紀錄連結此案件所用的簡短代號（[[代號]]）"));
                        break;
                    }

                    if (cases.ContainsKey(arg))
                    {
                        bag.At(source, d.FullSpanWithoutEol()).DuplicateCase(arg);
                        break;
                    }

                    string? title = fields.GetValueOrDefault("標題")?.FirstOrDefault();
                    if (title is null) bag.At(source, d.FullSpanWithoutEol()).DirectiveArgument("case", new("a field 標題：", "「標題：」欄位"), new("add the line '  標題：…' below it, with the case's title as the records name it", "請在下一行加上「  標題：…」，寫出紀錄稱呼此案件的案名"));
                    cases[arg] = new CaseDeclaration(
                        arg,
                        title ?? arg,
                        fields.GetValueOrDefault("來源")?.FirstOrDefault(),
                        fields.GetValueOrDefault("提案單位")?.FirstOrDefault(),
                        [.. fields.GetValueOrDefault("別名") ?? []],
                        d.FullSpanWithoutEol());
                    break;
                default:
                    bag.At(source, d.Name.FullSpan).UnknownDirective(d.Name.Text, GluedDirective.Split(d.Name.Text));
                    break;
            }
        }

        return new Series(tree, name, platforms.ToImmutable(), rotation.ToImmutable(), cases.ToImmutable()) { Required = required ?? RequiredParts.Undeclared, Scheme = scheme, PageNumberForm = pageNumbers };

        void AddRotation(RowLineSyntax row, string platform)
        {
            var cells = row.Cells.Select(c => c.Text.Trim()).ToArray();
            if (cells.Length >= 4 && int.TryParse(cells[0], out int year))
                rotation.Add(new RotationEntry(platform, year, cells[1], cells[2], cells[3]));
            else if (!(cells.Length >= 1 && cells[0] == "年度"))
                bag.At(source, row.FullSpanWithoutEol()).DirectiveArgument("rotation", new("rows of the form | 年度 | 層級 | 期別 | 主政 |", "「| 年度 | 層級 | 期別 | 主政 |」格式的列"), new("write one row per term below the header, four cells: the year, the level, the term and the city in charge", "請在表頭下每一期寫一列，共四格：年度、層級、期別及主政城市"));
        }
    }

    private static Dictionary<string, List<string>> Fields(BlockSyntax block)
    {
        var result = new Dictionary<string, List<string>>();
        foreach (var child in block.Content)
        {
            if (child.Line is not FieldLineSyntax f) continue;
            if (!result.TryGetValue(f.Field.Name, out var list)) result[f.Field.Name] = list = [];
            list.Add(f.Field.Value.PlainText.Trim());
        }

        return result;
    }

    private static DateOnly? ParseDate(string? text)
    {
        if (text is null) return null;
        var m = DateText().Match(text);
        if (!m.Success) return null;
        int y = RocCalendar.ToAd(int.Parse(m.Groups[1].Value));
        int mo = int.Parse(m.Groups[2].Value), d = int.Parse(m.Groups[3].Value);
        return mo is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, mo) ? new DateOnly(y, mo, d) : null;
    }
}
