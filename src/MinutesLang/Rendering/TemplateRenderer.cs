using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace MinutesLang.Rendering;

/// <summary>A template problem, located in the template file.</summary>
public sealed class TemplateException(string path, int line, int column, string message)
    : Exception($"{path}({line},{column}): template error: {message}")
{
    public string TemplatePath { get; } = path;

    public int Line { get; } = line;

    public int Column { get; } = column;

    public string Reason { get; } = message;
}

/// <summary>
/// Renders a model with the Scriban templates of one format folder (templates/&lt;format&gt;/),
/// under explicit limits: no loops or recursion without bound, bounded output, includes only
/// from the template folder.
/// </summary>
public sealed class TemplateRenderer
{
    public const int OutputLimit = 4 * 1024 * 1024;
    public const int LoopLimit = 100_000;
    public const int RecursiveLimit = 64;

    private readonly string root;
    private readonly Template template;
    private readonly string templatePath;

    public TemplateRenderer(string templatesRoot, string format)
    {
        root = Path.GetFullPath(Path.Combine(templatesRoot, format));
        templatePath = Path.Combine(root, "record.scriban");
        if (!File.Exists(templatePath)) throw new FileNotFoundException($"no template for format '{format}' at {templatePath}", templatePath);
        template = Template.Parse(File.ReadAllText(templatePath), templatePath);
        if (template.HasErrors)
        {
            var m = template.Messages[0];
            throw new TemplateException(templatePath, m.Span.Start.Line + 1, m.Span.Start.Column + 1, m.Message);
        }
    }

    public string Render(ScriptObject model)
    {
        var context = new TemplateContext
        {
            LoopLimit = LoopLimit,
            RecursiveLimit = RecursiveLimit,
            OutputLimit = OutputLimit,
            LimitToString = 100_000,
            ObjectRecursionLimit = 64,
            StrictVariables = true,
            NewLine = "\n",
            TemplateLoader = new ConfinedLoader(root),
            RegexTimeOut = TimeSpan.FromSeconds(1),
        };
        context.PushGlobal(model);
        try
        {
            return template.Render(context);
        }
        catch (ScriptRuntimeException e)
        {
            throw new TemplateException(templatePath, e.Span.Start.Line + 1, e.Span.Start.Column + 1, e.OriginalMessage);
        }
    }

    /// <summary>Loads included templates from the template folder only.</summary>
    private sealed class ConfinedLoader(string root) : ITemplateLoader
    {
        public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
        {
            string full = Path.GetFullPath(Path.Combine(root, templateName));
            if (!full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                throw new ScriptRuntimeException(callerSpan, $"template '{templateName}' is outside the template folder");
            return full;
        }

        public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) => File.ReadAllText(templatePath);

        public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) => new((string?)Load(context, callerSpan, templatePath));
    }
}
