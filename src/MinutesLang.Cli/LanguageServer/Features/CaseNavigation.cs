using MinutesLang.Localization;
using MinutesLang.Syntax;

namespace MinutesLang.Cli.LanguageServer.Features;

/// <summary>
/// Navigation by case id across the series (<see cref="SeriesView"/>: open buffers over the files on disk):
/// <c>textDocument/definition</c> goes from a case id (a <c>[[ID]]</c> link, an event directive, the <c>@case</c> line
/// itself) to the id in its <c>@case</c> line of series.minutes; <c>textDocument/references</c> gives every link and
/// event of the id in every file of the series (and the declaration when asked); <c>textDocument/prepareRename</c> and
/// <c>textDocument/rename</c> rename a declared case id everywhere it is written in the series, one
/// <see cref="WorkspaceEdit"/> over every file that writes it.
/// </summary>
public static class CaseNavigation
{
    /// <summary>The case id written at <paramref name="offset"/> of <paramref name="path"/> in <paramref name="view"/>, or null.</summary>
    public static CaseOccurrence? At(SeriesView view, string path, int offset) =>
        view.TreeOf(path) is { } tree ? SeriesView.CaseOccurrences(tree).FirstOrDefault(o => HoverFeature.Covers(o.Span.Start, o.Span.Length, offset)) : null;

    /// <summary>The <c>@case</c> line's id of the case at <paramref name="offset"/>; none for a position on no case id or a case not declared.</summary>
    public static Location[] Definition(SeriesView view, string path, int offset)
    {
        if (At(view, path, offset) is not { } at) return [];
        return [.. view.Occurrences().Where(o => o.Kind == CaseOccurrenceKind.Declaration && o.Id == at.Id).Take(1).Select(o => LocationOf(view, o))];
    }

    /// <summary>Every link and event of the case at <paramref name="offset"/> in the series, its declaration first when <paramref name="includeDeclaration"/>.</summary>
    public static Location[] References(SeriesView view, string path, int offset, bool includeDeclaration)
    {
        if (At(view, path, offset) is not { } at) return [];
        return [.. view.Occurrences().Where(o => o.Id == at.Id && (includeDeclaration || o.Kind != CaseOccurrenceKind.Declaration)).Select(o => LocationOf(view, o))];
    }

    /// <summary>The range and id to rename at <paramref name="offset"/>: a case id declared by <c>@case</c>; null anywhere else.</summary>
    public static PrepareRenameResult? PrepareRename(SeriesView view, string path, int offset)
    {
        if (At(view, path, offset) is not { } at || !view.Compilation.Series.Cases.ContainsKey(at.Id)) return null;
        return new PrepareRenameResult(new LineIndex(at.Tree.Source.Text).RangeOf(at.Span.Start, at.Span.Length), at.Id);
    }

    /// <summary>
    /// The edits that rename the case at <paramref name="offset"/> to <paramref name="newName"/> in every file of the
    /// series (its <c>@case</c> line, every link and event). Refused (<see cref="InvalidParamsException"/>, said in
    /// <paramref name="language"/>) on a position that is no declared case id, for a new name that is no valid id
    /// (<see cref="IsValidId"/>) or that another case of the series already has.
    /// </summary>
    public static WorkspaceEdit Rename(SeriesView view, string path, int offset, string newName, Language language)
    {
        bool zh = language == Language.ZhTw;
        if (At(view, path, offset) is not { } at)
            throw new InvalidParamsException(zh ? "此處不是案件代號：只能更名 [[代號]]、事件指令或 @case 的代號。" : "No case id here: only the id of a [[link]], an event directive or @case can be renamed.");
        if (!view.Compilation.Series.Cases.ContainsKey(at.Id))
            throw new InvalidParamsException(zh ? $"案件「{at.Id}」未在 series.minutes 以 @case 宣告，無從更名。" : $"The case '{at.Id}' is not declared by @case in series.minutes: there is nothing to rename.");
        if (!IsValidId(newName))
            throw new InvalidParamsException(zh ? $"「{newName}」不是有效的案件代號：代號不可空白，不可含空白、|、[、] 或控制字元。" : $"'{newName}' is not a valid case id: an id is not empty and holds no space, |, [, ] or control character.");
        var occurrences = view.Occurrences().ToList();
        if (newName != at.Id && occurrences.Any(o => o.Id == newName) || view.Compilation.Series.Cases.ContainsKey(newName) && newName != at.Id)
            throw new InvalidParamsException(zh ? $"系列中已有案件代號「{newName}」，更名會使兩案混同。" : $"The series already has a case '{newName}': the rename would merge two cases.");

        var changes = new Dictionary<string, TextEdit[]>(StringComparer.Ordinal);
        foreach (var group in occurrences.Where(o => o.Id == at.Id).GroupBy(o => o.Tree))
        {
            var lines = new LineIndex(group.Key.Source.Text);
            changes[view.UriOf(group.Key)] = [.. group.Select(o => new TextEdit(lines.RangeOf(o.Span.Start, o.Span.Length), newName))];
        }

        return new WorkspaceEdit(changes);
    }

    /// <summary>
    /// Whether <paramref name="id"/> can be a case id: what both a link (<c>[[ID]]</c>: no <c>|</c>, <c>[</c>, <c>]</c>, no
    /// line end) and a directive (<c>@case ID</c>: the first word, so no space) read back as the same id; no control or
    /// format character either (ML0030, ML0033 would report it).
    /// </summary>
    public static bool IsValidId(string id)
    {
        if (id.Length == 0) return false;
        for (int i = 0; i < id.Length; i++)
        {
            char c = id[i];
            if (char.IsHighSurrogate(c) && i + 1 < id.Length && char.IsLowSurrogate(id[i + 1]))
            {
                i++; // a supplementary character (𠀀) is a character like any other
                continue;
            }

            if (char.IsSurrogate(c) || char.IsWhiteSpace(c) || char.IsControl(c) || c is '|' or '[' or ']'
                || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format) return false;
        }

        return true;
    }

    private static Location LocationOf(SeriesView view, CaseOccurrence o) =>
        new(view.UriOf(o.Tree), new LineIndex(o.Tree.Source.Text).RangeOf(o.Span.Start, o.Span.Length));
}
