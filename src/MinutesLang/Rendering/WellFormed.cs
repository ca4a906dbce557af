using System.Xml;

namespace MinutesLang.Rendering;

/// <summary>
/// Whether a package part (docx, odt) is well-formed XML 1.0: read to the end with
/// <see cref="XmlReader"/>, characters checked, no DTD. The renderer refuses a part that is not
/// (ML0311) rather than write a document Word or LibreOffice cannot open.
/// </summary>
public static class WellFormed
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        CheckCharacters = true,
        XmlResolver = null,
        IgnoreWhitespace = false,
    };

    /// <summary>Null when <paramref name="xml"/> is a well-formed document; else the parser's error (with its line and position in the part).</summary>
    public static XmlException? Check(string xml)
    {
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), Settings);
            while (reader.Read())
            {
            }

            return null;
        }
        catch (XmlException e)
        {
            return e;
        }
    }
}
