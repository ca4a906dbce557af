using System.Text;
using MinutesLang.Semantics;
using Scriban.Runtime;

namespace MinutesLang.Rendering;

/// <summary>
/// Renders records to one output format: the text formats (txt, md, html) from
/// <c>record.scriban</c>; docx and odt from one template per package part, zipped by
/// <see cref="Package"/>. (pdf is html printed by <see cref="Chromium"/>.) Templates are parsed
/// once, so one renderer serves every record of a folder.
/// </summary>
public sealed class DocumentRenderer
{
    /// <summary>Every format of <c>minutes render --to</c>.</summary>
    public static readonly string[] Formats = ["txt", "md", "html", "pdf", "docx", "odt"];

    /// <summary>The parts of a Word document: (path in the package, template name).</summary>
    public static readonly (string Part, string Template)[] DocxParts =
    [
        ("[Content_Types].xml", "content_types.xml.scriban"),
        ("_rels/.rels", "rels.xml.scriban"),
        ("docProps/core.xml", "core.xml.scriban"),
        ("word/document.xml", "document.xml.scriban"),
        ("word/styles.xml", "styles.xml.scriban"),
        ("word/settings.xml", "settings.xml.scriban"),
        ("word/fontTable.xml", "fontTable.xml.scriban"),
        ("word/footer1.xml", "footer.xml.scriban"),
        ("word/_rels/document.xml.rels", "document.xml.rels.scriban"),
    ];

    /// <summary>The parts of an OpenDocument text after <c>mimetype</c>: (path in the package, template name).</summary>
    public static readonly (string Part, string Template)[] OdtParts =
    [
        ("META-INF/manifest.xml", "manifest.xml.scriban"),
        ("meta.xml", "meta.xml.scriban"),
        ("styles.xml", "styles.xml.scriban"),
        ("content.xml", "content.xml.scriban"),
    ];

    public const string OdtMimeType = "application/vnd.oasis.opendocument.text";

    private readonly List<(string Part, TemplateRenderer Renderer)> parts = [];

    /// <param name="templatesRoot">a folder of default templates laid out as templates/ (&lt;format&gt;/NAME)</param>
    /// <param name="format">txt, md, html, docx or odt (for pdf, render html)</param>
    /// <param name="overrideDir">--template-dir: templates there replace the defaults by name</param>
    public DocumentRenderer(string templatesRoot, string format, string? overrideDir = null)
        : this(TemplateSet.Folder(templatesRoot), format, overrideDir)
    {
    }

    /// <param name="defaults">the default templates: <see cref="TemplateSet.Embedded"/> (what <c>minutes</c> uses) or a folder</param>
    /// <param name="format">txt, md, html, docx or odt (for pdf, render html)</param>
    /// <param name="overrideDir">--template-dir: templates there replace the defaults by name</param>
    public DocumentRenderer(TemplateSet defaults, string format, string? overrideDir = null)
    {
        Format = format;
        var list = format switch
        {
            "docx" => DocxParts,
            "odt" => OdtParts,
            "txt" or "md" or "html" => [("", TemplateRenderer.DefaultName)],
            _ => throw new ArgumentException($"'{format}' is not rendered from templates alone", nameof(format)),
        };
        foreach (var (part, template) in list) parts.Add((part, new TemplateRenderer(defaults, format, overrideDir, template)));
    }

    public string Format { get; }

    /// <summary>The limits every template of the format runs under; when null (the default), <see cref="RenderLimits.For"/> each record's model.</summary>
    public RenderLimits? Limits { get; init; }

    /// <summary>The file name extension of the format (without the dot).</summary>
    public static string Extension(string format) => format;

    public static bool IsBinary(string format) => format is "pdf" or "docx" or "odt";

    /// <summary>The text of one template, for the text formats, without the characters <see cref="Escapes.IsUnwritable"/> names.</summary>
    /// <exception cref="TemplateException">ML0300 or ML0310 (see <see cref="TemplateRenderer.Render"/>)</exception>
    public string RenderText(ScriptObject model) => Escapes.Clean(parts[0].Renderer.Render(model, Limits));

    /// <summary>The file: UTF-8 text (no BOM) for txt, md and html; a zip package for docx and odt.</summary>
    public byte[] Render(Series series, Record record) => Render(new RenderModelBuilder(series).Build(record));

    /// <summary>
    /// The file for a model. Whatever the templates write, no control character, bidi override or
    /// lone surrogate is kept (<see cref="Escapes.Clean"/>), and every part of a package is parsed
    /// as XML before it is zipped: a package is whole and well-formed, or it is not made.
    /// </summary>
    /// <exception cref="TemplateException">ML0300 or ML0310 from a template; ML0311 when a package part is not well-formed XML</exception>
    public byte[] Render(ScriptObject model)
    {
        if (Format is "txt" or "md" or "html") return new UTF8Encoding(false).GetBytes(RenderText(model));
        var entries = new List<(string, byte[])>();
        if (Format == "odt") entries.Add(("mimetype", Encoding.ASCII.GetBytes(OdtMimeType)));
        var limits = Limits ?? RenderLimits.For(model);
        foreach (var (part, renderer) in parts)
        {
            string xml = Escapes.Clean(renderer.Render(model, limits));
            if (WellFormed.Check(xml) is { } error) throw renderer.NotWellFormed(part, error);
            entries.Add((part, new UTF8Encoding(false).GetBytes(xml)));
        }

        return Package.Zip(entries, storeFirst: Format == "odt");
    }
}
