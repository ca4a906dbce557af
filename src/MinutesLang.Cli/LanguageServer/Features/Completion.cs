using System.Text.RegularExpressions;
using MinutesLang.Semantics;

namespace MinutesLang.Cli.LanguageServer.Features;

/// <summary>
/// <c>textDocument/completion</c>, by what the line holds before the cursor: after <c>[[</c> and after an event directive
/// (<c>@列管 </c>) the case ids of the series' <c>@case</c> lines, each with its title as detail; after <c>@</c> at a line's
/// start the directive names of the file's kind (series.minutes: <c>@series</c>, <c>@platform</c>, <c>@rotation</c>,
/// <c>@case</c>; a record: the rest of <see cref="NearMiss.DirectiveNames"/>); after <c>同意：</c> (and each 、) the cities,
/// 全體 and the members of the series' platforms; after <c>@rotation </c> the platforms the series declares; after
/// <c>成員：</c> the cities; at a line's start (after <c>* </c> too) the field labels the binder gives a meaning to
/// (<see cref="NearMiss.MeaningfulLabels"/>; in series.minutes, the fields of its directives), inserted with their <c>：</c>.
/// Each item replaces the word typed so far; the editor filters.
/// </summary>
public static partial class CompletionFeature
{
    /// <summary>The characters after which an editor asks for completion unprompted.</summary>
    public static readonly string[] TriggerCharacters = ["[", "@", "：", ":", "、"];

    /// <summary>The fields of series.minutes' directives (@series, @platform, @case; GUIDE §5).</summary>
    public static readonly IReadOnlyList<string> SeriesLabels = ["名稱", "編號", "臨時會", "題名", "必備", "頁碼", "成員", "起", "成案", "依據", "標題", "來源", "提案單位", "別名"];

    private const int Field = 5, Module = 9, Value = 12, Keyword = 14, Reference = 18;

    /// <summary>The items at <paramref name="offset"/> of <paramref name="text"/> (the document at <paramref name="path"/>), from <paramref name="view"/>'s series; empty where nothing is completed.</summary>
    public static CompletionList At(string text, string path, int offset, Func<SeriesView> view)
    {
        var lines = new LineIndex(text);
        offset = Math.Clamp(offset, 0, text.Length);
        var position = lines.PositionOf(offset);
        int lineStart = offset - position.Character;
        string before = text[lineStart..offset];
        bool series = Compilation.IsSeriesFile(path);

        CompletionList Items(string typed, IEnumerable<(string Label, string? Detail)> items, int kind, string suffix = "")
        {
            var range = lines.RangeOf(offset - typed.Length, typed.Length);
            return new CompletionList(false, [.. items.DistinctBy(i => i.Label).Select((i, n) => new CompletionItem(i.Label, kind, i.Detail, new TextEdit(range, i.Label + suffix), n.ToString("D4", System.Globalization.CultureInfo.InvariantCulture), null))]);
        }

        IEnumerable<(string, string?)> Cases() => view().Compilation.Series.Cases.Values.OrderBy(c => c.Span.Start).Select(c => (c.Id, (string?)c.Title));

        if (LinkOpen().Match(before) is { Success: true } link) return Items(link.Groups[1].Value, Cases(), Reference);
        if (!series && EventArgument().Match(before) is { Success: true } ev && CaseEventKinds.TryParse(ev.Groups[1].Value, out _)) return Items(ev.Groups[2].Value, Cases(), Reference);
        if (DirectiveName().Match(before) is { Success: true } directive)
        {
            string[] ofSeries = [Directives.Series, Directives.Platform, Directives.Rotation, Directives.Case];
            var names = series ? ofSeries : NearMiss.DirectiveNames.Where(n => !ofSeries.Contains(n));
            return Items(directive.Groups[1].Value, names.Select(n => (n, (string?)null)), Keyword);
        }

        if (Consent().Match(before) is { Success: true } consent)
        {
            var members = view().Compilation.Series.Platforms.SelectMany(p => p.Members);
            return Items(consent.Groups[1].Value, new[] { "全體" }.Concat(Cities.All).Concat(members).Select(c => (c, (string?)null)), Value);
        }

        if (series && Members().Match(before) is { Success: true } member) return Items(member.Groups[1].Value, Cities.All.Select(c => (c, (string?)null)), Value);
        if (series && Rotation().Match(before) is { Success: true } rotation)
            return Items(rotation.Groups[1].Value, view().Compilation.Series.Platforms.Select(p => (p.Id, (string?)p.Name)), Module);
        if (LabelStart().Match(before) is { Success: true } label)
            return Items(label.Groups[1].Value, (series ? SeriesLabels : NearMiss.MeaningfulLabels).Select(l => (l, (string?)null)), Field, "：");
        return new CompletionList(false, []);
    }

    [GeneratedRegex(@"\[\[([^\[\]|\r\n]*)\z")]
    private static partial Regex LinkOpen();

    [GeneratedRegex(@"\A[ \t\u3000]*[@＠](\S+)[ \t\u3000]+(\S*)\z")]
    private static partial Regex EventArgument();

    [GeneratedRegex(@"\A[ \t\u3000]*[@＠](\S*)\z")]
    private static partial Regex DirectiveName();

    [GeneratedRegex(@"同意[：:][ \t]*(?:[^\s、，,]*[、，,])*([^\s、，,]*)\z")]
    private static partial Regex Consent();

    [GeneratedRegex(@"\A[ \t\u3000]*成員[：:][ \t]*(?:[^\s、，,]*[、，,])*([^\s、，,]*)\z")]
    private static partial Regex Members();

    [GeneratedRegex(@"\A[ \t\u3000]*[@＠]rotation[ \t\u3000]+(\S*)\z")]
    private static partial Regex Rotation();

    [GeneratedRegex(@"\A[ \t\u3000]*(?:[*＊][ \t\u3000]*)?([^\s：:@＠#＃\-－|*＊/\\\[\]]{0,12})\z")]
    private static partial Regex LabelStart();
}
