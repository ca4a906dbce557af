using System.Text;
using Scriban.Runtime;

namespace MinutesLang.Rendering;

/// <summary>
/// The escaping functions every template gets: record text is data, never markup.
/// <c>escape_xml</c> (also for HTML) escapes &amp; &lt; &gt; " ' and drops characters XML 1.0
/// cannot hold; <c>escape_md</c> makes Markdown show the text as written.
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
                case '\t' or '\n' or '\r': sb.Append(c); break;
                case < ' ' or '\uFFFE' or '\uFFFF': break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
                    {
                        sb.Append(c).Append(s[++i]);
                    }
                    else if (!char.IsSurrogate(c))
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        return sb.ToString();
    }

    /// <summary>
    /// Text for Markdown (GitHub flavour): punctuation that could start inline markup is
    /// backslash-escaped, &lt; &gt; &amp; become entities, and a start that would open a block
    /// (1. - + &gt; =) is escaped too.
    /// </summary>
    public static string Markdown(string? s)
    {
        string x = Xml(s);
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
