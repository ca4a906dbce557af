using System.Globalization;
using System.Text;

namespace MinutesLang.Localization;

/// <summary>
/// The texts of the catalog: <c>{name}</c> stands for the argument of that name, <c>{{</c> and <c>}}</c> for a brace.
/// Arguments are formatted culture-invariantly (an <see cref="int"/> as figures without separators, a
/// <see cref="Phrase"/> in the message's language), so a message never depends on the machine's culture.
/// A placeholder the template quotes — right after <c>'</c>, <c>「</c> or <c>“</c>, as the catalog quotes the input it
/// repeats (<c>'{unread}'</c>, <c>「{written}」</c>) — is cut to <see cref="QuotationLimit"/> characters and <c>…</c>, so that
/// a finding about a long line (5 MB of unread text) is as long as one about a short one: the span shows the rest.
/// </summary>
public static class MessageTemplate
{
    /// <summary>The most characters (UTF-16 code units, a surrogate pair never cut) of input a message quotes; then <c>…</c>.</summary>
    public const int QuotationLimit = 40;

    /// <summary>
    /// <paramref name="arguments"/> with each text argument that one of <paramref name="templates"/> quotes (after <c>'</c>,
    /// <c>「</c> or <c>“</c>: the input a finding repeats) cut by <see cref="Quotation"/>, so that the language that does not
    /// quote it (<c>the text says {written}</c> beside <c>內文寫「{written}」</c>) is cut as well.
    /// </summary>
    public static IReadOnlyList<KeyValuePair<string, object?>> CutQuotations(IEnumerable<string?> templates, IReadOnlyList<KeyValuePair<string, object?>> arguments)
    {
        var quoted = QuotedPlaceholders(templates);

        if (!arguments.Any(a => quoted.Contains(a.Key) && a.Value is string { Length: > QuotationLimit })) return arguments;
        return [.. arguments.Select(a => quoted.Contains(a.Key) && a.Value is string text ? KeyValuePair.Create(a.Key, (object?)Quotation(text)) : a)];
    }

    /// <summary>
    /// The placeholders that stand anywhere inside a quotation (<c>'…'</c>, 「…」, “…”) of one of <paramref name="templates"/>:
    /// <c>'@{name}'</c>, 「{field}：{value}」, <c>'{{{{{name}}}}}'</c> (an escaped brace, <c>{{</c>, is a brace of the text). An
    /// apostrophe after a letter (record's) opens no quotation. Before stop 15 only a placeholder right after the opening
    /// mark counted, and ML0104, ML0131 and ML0114 printed their input whole (a fresh user's try).
    /// </summary>
    internal static HashSet<string> QuotedPlaceholders(IEnumerable<string?> templates)
    {
        var quoted = new HashSet<string>(StringComparer.Ordinal);
        foreach (string? template in templates)
        {
            if (template is null) continue;
            char close = '\0'; // the mark that ends the quotation we are in; none outside
            for (int i = 0; i < template.Length; i++)
            {
                char c = template[i];
                if (c == '{')
                {
                    if (i + 1 < template.Length && template[i + 1] == '{')
                    {
                        i++;
                        continue;
                    }

                    int end = template.IndexOf('}', i + 1);
                    if (end < 0) break;
                    if (close != '\0') quoted.Add(template[(i + 1)..end]);
                    i = end;
                }
                else if (close != '\0')
                {
                    if (c == close) close = '\0';
                }
                else if (c == '「') close = '」';
                else if (c == '“') close = '”';
                else if (c == '\'' && (i == 0 || !char.IsLetterOrDigit(template[i - 1]))) close = '\'';
            }
        }

        return quoted;
    }

    /// <summary><paramref name="text"/> cut to <see cref="QuotationLimit"/> code units and <c>…</c> when it is longer; as it is otherwise.</summary>
    public static string Quotation(string text)
    {
        if (text.Length <= QuotationLimit) return text;
        int cut = char.IsHighSurrogate(text[QuotationLimit - 1]) ? QuotationLimit - 1 : QuotationLimit;
        return string.Concat(text.AsSpan(0, cut), "…");
    }

    /// <summary>The placeholder names of <paramref name="template"/>, in order of appearance, each once.</summary>
    public static IReadOnlyList<string> Placeholders(string template)
    {
        var names = new List<string>();
        Scan(template, null, Language.En, names);
        return names;
    }

    /// <summary>
    /// <paramref name="template"/> with each placeholder replaced by its argument in <paramref name="language"/>.
    /// A placeholder without an argument is an error of the catalog: <see cref="KeyNotFoundException"/> (CatalogTests run every factory).
    /// </summary>
    public static string Format(string template, Language language, IReadOnlyList<KeyValuePair<string, object?>> arguments) =>
        Scan(template, arguments, language, null);

    /// <summary>One argument as text: a <see cref="Phrase"/> in the language, numbers invariant, null empty.</summary>
    public static string Text(object? value, Language language) => value switch
    {
        null => "",
        Phrase p => p.In(language),
        string s => s,
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static string Scan(string template, IReadOnlyList<KeyValuePair<string, object?>>? arguments, Language language, List<string>? names)
    {
        var sb = new StringBuilder(template.Length + 32);
        for (int i = 0; i < template.Length; i++)
        {
            char c = template[i];
            if ((c == '{' || c == '}') && i + 1 < template.Length && template[i + 1] == c)
            {
                sb.Append(c);
                i++;
                continue;
            }

            if (c != '{')
            {
                sb.Append(c);
                continue;
            }

            int end = template.IndexOf('}', i + 1);
            if (end < 0) throw new FormatException($"unclosed placeholder in '{template}'");
            string name = template[(i + 1)..end];
            if (names is not null && !names.Contains(name)) names.Add(name);
            if (arguments is not null)
            {
                bool found = false;
                foreach (var (key, value) in arguments)
                {
                    if (key != name) continue;
                    string text = Text(value, language);
                    sb.Append(i > 0 && template[i - 1] is '\'' or '「' or '“' ? Quotation(text) : text);
                    found = true;
                    break;
                }

                if (!found) throw new KeyNotFoundException($"no argument '{name}' for '{template}'");
            }

            i = end;
        }

        return sb.ToString();
    }
}
