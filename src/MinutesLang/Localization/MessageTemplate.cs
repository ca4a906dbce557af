using System.Globalization;
using System.Text;

namespace MinutesLang.Localization;

/// <summary>
/// The texts of the catalog: <c>{name}</c> stands for the argument of that name, <c>{{</c> and <c>}}</c> for a brace.
/// Arguments are formatted culture-invariantly (an <see cref="int"/> as figures without separators, a
/// <see cref="Phrase"/> in the message's language), so a message never depends on the machine's culture.
/// </summary>
public static class MessageTemplate
{
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
                    sb.Append(Text(value, language));
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
