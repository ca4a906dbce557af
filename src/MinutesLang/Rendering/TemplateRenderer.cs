using MinutesLang.Diagnostics;
using MinutesLang.Text;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace MinutesLang.Rendering;

/// <summary>A template problem, located in the template file: diagnostic ML0300.</summary>
public sealed class TemplateException(string path, int line, int column, string message, Diagnostic diagnostic)
    : Exception($"{path}({line},{column}): template error: {message}")
{
    public string TemplatePath { get; } = path;

    public int Line { get; } = line;

    public int Column { get; } = column;

    public string Reason { get; } = message;

    /// <summary>The finding, as <c>minutes</c> prints every other one (code ML0300, the template's line and column).</summary>
    public Diagnostic Diagnostic { get; } = diagnostic;

    /// <summary>A template error at a Scriban span, in the template the span names (or <paramref name="fallback"/>), whose text <paramref name="read"/> gives.</summary>
    /// <param name="report">the finding to raise at that span: ML0300 (<see cref="DiagnosticBuilder.TemplateError"/>) when null</param>
    internal static TemplateException At(string fallback, SourceSpan span, string message, Func<string, string?> read, Action<DiagnosticBuilder>? report = null)
    {
        string path = string.IsNullOrEmpty(span.FileName) ? fallback : span.FileName;
        string text = read(path) ?? "";
        var source = SourceText.From(text, path);
        var (line, column) = (span.Start.Line + 1, span.Start.Column + 1);
        int offset = Math.Clamp(span.Start.Offset, 0, text.Length);
        int length = Math.Clamp(span.End.Offset - span.Start.Offset + 1, 0, text.Length - offset);
        var bag = new DiagnosticBag();
        var at = bag.At(source, new TextSpan(offset, length));
        if (report is null) at.TemplateError(message, builtIn: TemplateSet.Embedded.Owns(path));
        else report(at);
        return new TemplateException(path, line, column, message, bag.Items[0]);
    }
}

/// <summary>
/// Renders a model with one Scriban template of a format (<c>templates/&lt;format&gt;/NAME</c>),
/// under explicit limits: no loops or recursion without bound, bounded output, includes only
/// from the template folders. The loop and output limits grow with the record
/// (<see cref="RenderLimits"/>), so a record of thousands of items renders in full; no limit
/// truncates: a template past the loop, recursion or time limit is ML0300, an output past the
/// output limit is ML0310, and either way nothing is returned. The defaults come from a <see cref="TemplateSet"/> (the set built
/// into this assembly, or a folder). A template found in the override folder (given by
/// <c>--template-dir</c>) replaces the default one of the same name; includes are looked up the
/// same way, so a user can override one part and keep the rest.
/// </summary>
public sealed class TemplateRenderer
{
    public const int RecursiveLimit = 64;
    public const string DefaultName = "record.scriban";

    /// <summary>How long one template may run on one record of no size: loops within their limit can still be slow (<see cref="RenderLimits"/> adds time per node).</summary>
    public static readonly TimeSpan DefaultTimeLimit = TimeSpan.FromSeconds(10);

    private readonly TemplateSet defaults;
    private readonly string format;
    private readonly string? overrideRoot;
    private readonly Template template;
    private readonly string templatePath;

    /// <summary>With the default templates of a folder (<paramref name="templatesRoot"/>/&lt;format&gt;/NAME).</summary>
    public TemplateRenderer(string templatesRoot, string format, string? overrideDir = null, string name = DefaultName)
        : this(TemplateSet.Folder(templatesRoot), format, overrideDir, name)
    {
    }

    public TemplateRenderer(TemplateSet defaults, string format, string? overrideDir = null, string name = DefaultName)
    {
        this.defaults = defaults;
        this.format = format;
        overrideRoot = OverrideFolder(overrideDir, format);
        (templatePath, string? text) = Find(name);
        if (text is null) throw new FileNotFoundException($"no template '{name}' for format '{format}' in {defaults.Describe(format)}", templatePath);
        template = Template.Parse(text, templatePath);
        if (template.HasErrors)
        {
            var m = template.Messages[0];
            throw TemplateException.At(templatePath, m.Span, m.Message, ReadAny);
        }
    }

    /// <summary>How long the template may run on one record; when not set, <see cref="RenderLimits.Time"/> of the record.</summary>
    public TimeSpan? TimeLimit { get; init; }

    /// <summary>The template in use: the override's file, or the default's path (a file, or e.g. <c>templates/html/record.scriban</c> when built in).</summary>
    public string TemplatePath => templatePath;

    /// <summary>DIR/&lt;format&gt;/ when it exists, else DIR itself, as a real path (symbolic links resolved: the folder templates are confined to).</summary>
    public static string? OverrideFolder(string? overrideDir, string format)
    {
        if (overrideDir is null) return null;
        if (!Directory.Exists(overrideDir)) throw new MinutesLang.Localization.PhrasedIOException(new($"{overrideDir}: no such template folder", $"{overrideDir}：找不到這個範本資料夾"));
        string sub = Path.Combine(overrideDir, format);
        return RealPath.Of(Directory.Exists(sub) ? sub : overrideDir);
    }

    /// <summary>The limits for a model, when not <see cref="RenderLimits.For"/> it (tests set small ones).</summary>
    public RenderLimits? Limits { get; init; }

    /// <summary>The template's text for the model, under <see cref="Limits"/> or the model's own.</summary>
    /// <exception cref="TemplateException">ML0300 (the template fails or passes the loop, recursion or time limit); ML0310 (the output passes the output limit)</exception>
    public string Render(ScriptObject model) => Render(model, Limits);

    /// <summary>As <see cref="Render(ScriptObject)"/>, under <paramref name="given"/> when set (else <see cref="RenderLimits.For"/> the model).</summary>
    public string Render(ScriptObject model, RenderLimits? given)
    {
        var limits = given ?? RenderLimits.For(model);
        var context = new TemplateContext
        {
            LoopLimit = limits.Loops,
            RecursiveLimit = RecursiveLimit,
            OutputLimit = limits.Characters,
            LimitToString = limits.Characters,
            OnOutputLimit = ScriptLimitBehavior.Throw,
            OnStringLimit = ScriptLimitBehavior.Throw,
            ObjectRecursionLimit = 64,
            StrictVariables = true,
            NewLine = "\n",
            TemplateLoader = new ConfinedLoader(this),
            RegexTimeOut = TimeSpan.FromSeconds(1),
        };
        var time = TimeLimit ?? limits.Time;
        using var budget = new CancellationTokenSource(time);
        context.CancellationToken = budget.Token;
        context.PushGlobal(Escapes.Functions);
        context.PushGlobal(model);
        try
        {
            return template.Render(context);
        }
        catch (ScriptParserRuntimeException e) when (e.ParserMessages.Count > 0)
        {
            var m = e.ParserMessages[0];
            throw TemplateException.At(templatePath, m.Span, m.Message, ReadAny);
        }
        catch (ScriptRuntimeException e) when (!budget.IsCancellationRequested && RenderLimits.IsSizeLimit(e.OriginalMessage))
        {
            throw TemplateException.At(templatePath, e.Span, e.OriginalMessage, ReadAny, at => at.OutputLimit(format, limits.Characters));
        }
        catch (ScriptRuntimeException e)
        {
            throw TemplateException.At(templatePath, e.Span, budget.IsCancellationRequested ? TooLong() : e.OriginalMessage, ReadAny);
        }
        catch (OperationCanceledException)
        {
            throw TemplateException.At(templatePath, default, TooLong(), ReadAny);
        }

        string TooLong() => $"the template ran longer than {time.TotalSeconds:0.###} s on this record (stopped)";
    }

    /// <summary>ML0311 at the start of this template: the package part it wrote is not well-formed XML.</summary>
    internal TemplateException NotWellFormed(string part, System.Xml.XmlException e) =>
        TemplateException.At(templatePath, default, $"{part} is not well-formed XML: {e.Message}", ReadAny, at => at.PartNotWellFormed(part, e.LineNumber, e.LinePosition, e.Message));

    /// <summary>The override's file of that name when there is one, else the default's: (path, text or null when neither has it).</summary>
    private (string Path, string? Text) Find(string name)
    {
        if (OverrideFile(name) is { } file && File.Exists(file)) return (file, File.ReadAllText(file));
        if (overrideRoot is not null && Path.Combine(overrideRoot, name) is var named && File.Exists(named))
        {
            // the override has the file, but it is a link out of the folder: never read (nor shown in the error)
            throw TemplateException.At(named, default, $"template '{name}' is a link to a file outside the template folder {overrideRoot}", _ => null);
        }

        string path = defaults.Locate(format, name);
        return (path, path == TemplateSet.OutsideFolder ? null : defaults.Read(path));
    }

    /// <summary>
    /// The real path of the file of that name in the override folder (it may not exist), or null (no override folder, or
    /// the name leads out of it: by '..', or by a symbolic link, in the name or in the folder, to a place outside).
    /// </summary>
    private string? OverrideFile(string name)
    {
        if (overrideRoot is null) return null;
        string full = Path.GetFullPath(Path.Combine(overrideRoot, name));
        if (!RealPath.IsInside(full, overrideRoot)) return null;
        string real = RealPath.Of(full);
        return RealPath.IsInside(real, overrideRoot) ? real : null;
    }

    /// <summary>The text of a template path (an override's file or a default's path): for includes and error positions.</summary>
    private string? ReadAny(string path) =>
        defaults.Owns(path) ? defaults.Read(path) : File.Exists(path) ? File.ReadAllText(path) : null;

    /// <summary>Loads included templates from the template folders only (the override first, then the defaults).</summary>
    private sealed class ConfinedLoader(TemplateRenderer renderer) : ITemplateLoader
    {
        public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
        {
            if (renderer.overrideRoot is not null)
            {
                string full = renderer.OverrideFile(templateName) ?? throw new ScriptRuntimeException(callerSpan, $"template '{templateName}' is outside the template folder");
                if (File.Exists(full)) return full;
            }

            string path = renderer.defaults.Locate(renderer.format, templateName);
            if (path == TemplateSet.OutsideFolder)
                throw new ScriptRuntimeException(callerSpan, $"template '{templateName}' is outside the template folder");
            return path;
        }

        public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
            renderer.ReadAny(templatePath) ?? throw new ScriptRuntimeException(callerSpan, $"template '{Path.GetFileName(templatePath)}' not found");

        public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) => new((string?)Load(context, callerSpan, templatePath));
    }
}
