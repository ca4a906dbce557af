using System.Text;
using Scriban.Runtime;

namespace MinutesLang.Rendering;

/// <summary>
/// The escaping functions every template gets: record text is data, never markup.
/// <c>escape_xml</c> (also for HTML) escapes &amp; &lt; &gt; " ' and drops characters XML 1.0
/// cannot hold; <c>escape_md</c> makes Markdown show the text as written. Both drop the
/// characters <see cref="IsUnwritable"/> names (controls, bidi overrides, lone surrogates), and
/// <see cref="DocumentRenderer"/> drops them from whatever a template writes (<see cref="Clean"/>):
/// no rendered output carries them raw (issue 13, point 5; <c>minutes check</c> reports them as
/// ML0030–ML0032).
/// </summary>
public static class Escapes
{
    /// <summary>The functions, as a Scriban global object (read-only).</summary>
    public static ScriptObject Functions { get; } = Create();

    private static ScriptObject Create()
    {
        var o = new ScriptObject
        {
            ["escape_xml"] = DelegateCustomFunction.CreateFunc<string?, string>(Xml),
            ["escape_html"] = DelegateCustomFunction.CreateFunc<string?, string>(Xml),
            ["escape_md"] = DelegateCustomFunction.CreateFunc<string?, string>(Markdown),
        };
        o.IsReadOnly = true;
        return o;
    }

    /// <summary>Text for XML or HTML content and attribute values.</summary>
    public static string Xml(string? s)
    {
        if (string.IsNullOrEmpty(s)) return "";
        var sb = new StringBuilder(s.Length + 16);
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '"': sb.Append("&quot;"); break;
                case '\'': sb.Append("&#39;"); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
                    {
                        sb.Append(c).Append(s[++i]);
                    }
                    else if (!IsUnwritable(c))
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        return sb.ToString();
    }

    /// <summary>
    /// Whether a UTF-16 unit is never written to an output: C0 controls but tab, LF and CR; DEL;
    /// C1 controls (U+0080–U+009F); the bidi embeddings, overrides and isolates (U+202A–U+202E,
    /// U+2066–U+2069), which make text display other than it reads; U+FFFE and U+FFFF; and any
    /// surrogate (a caller keeps a well-formed pair itself). What is left is allowed in XML 1.0.
    /// </summary>
    public static bool IsUnwritable(char c) =>
        c < ' ' ? c is not ('\t' or '\n' or '\r')
        : c is >= '\u007F' and <= '\u009F' or >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' or '\uFFFE' or '\uFFFF' || char.IsSurrogate(c);

    /// <summary>
    /// The text without the units <see cref="IsUnwritable"/> names (surrogate pairs kept): what
    /// the renderer does to every output text and package part after the template ran. Returns
    /// <paramref name="s"/> itself when there is nothing to drop.
    /// </summary>
    public static string Clean(string s)
    {
        int first = FirstUnwritable(s, 0);
        if (first < 0) return s;
        var sb = new StringBuilder(s.Length);
        sb.Append(s, 0, first);
        for (int i = first; i < s.Length; i++)
        {
            char c = s[i];
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) sb.Append(c).Append(s[++i]);
            else if (!IsUnwritable(c)) sb.Append(c);
        }

        return sb.ToString();
    }

    private static int FirstUnwritable(string s, int from)
    {
        for (int i = from; i < s.Length; i++)
        {
            char c = s[i];
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) i++;
            else if (IsUnwritable(c)) return i;
        }

        return -1;
    }

    /// <summary>
    /// Text for Markdown (GitHub flavour): punctuation that could start inline markup is
    /// backslash-escaped, &lt; &gt; &amp; become entities, and a start that would open a block
    /// (1. - + &gt; =) is escaped too. Quotes stay as written (Markdown gives them no meaning; an
    /// entity for ' would have its # escaped and show as <c>&amp;\#39;</c>).
    /// </summary>
    public static string Markdown(string? s)
    {
        string x = Xml(s).Replace("&quot;", "\"", StringComparison.Ordinal).Replace("&#39;", "'", StringComparison.Ordinal);
        var sb = new StringBuilder(x.Length + 16);
        int digits = 0;
        while (digits < x.Length && char.IsAsciiDigit(x[digits])) digits++;
        for (int i = 0; i < x.Length; i++)
        {
            char c = x[i];
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '#' or '|' or '~' or '!' or '$' or '{' or '}') sb.Append('\\');
            else if (i == 0 && c is '-' or '+' or '=') sb.Append('\\');
            else if (i == digits && digits > 0 && c is '.' or ')') sb.Append('\\');
            sb.Append(c is '\n' or '\r' ? ' ' : c);
        }

        return sb.ToString();
    }
}
