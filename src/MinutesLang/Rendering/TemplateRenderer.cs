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

    /// <summary>A template error at a Scriban span, in the template file the span names (or <paramref name="fallback"/>).</summary>
    internal static TemplateException At(string fallback, SourceSpan span, string message)
    {
        string path = string.IsNullOrEmpty(span.FileName) ? fallback : span.FileName;
        string text = File.Exists(path) ? File.ReadAllText(path) : "";
        var source = SourceText.From(text, path);
        var (line, column) = (span.Start.Line + 1, span.Start.Column + 1);
        int offset = Math.Clamp(span.Start.Offset, 0, text.Length);
        int length = Math.Clamp(span.End.Offset - span.Start.Offset + 1, 0, text.Length - offset);
        var bag = new DiagnosticBag();
        bag.At(source, new TextSpan(offset, length)).TemplateError(message);
        return new TemplateException(path, line, column, message, bag.Items[0]);
    }
}

/// <summary>
/// Renders a model with one Scriban template of a format folder (templates/&lt;format&gt;/NAME),
/// under explicit limits: no loops or recursion without bound, bounded output, includes only
/// from the template folders. A template found in the override folder (given by
/// <c>--template-dir</c>) replaces the default one of the same name; includes are looked up the
/// same way, so a user can override one part and keep the rest.
/// </summary>
public sealed class TemplateRenderer
{
    public const int OutputLimit = 4 * 1024 * 1024;
    public const int LoopLimit = 100_000;
    public const int RecursiveLimit = 64;
    public const string DefaultName = "record.scriban";

    /// <summary>How long one template may run on one record: loops within their limit can still be slow.</summary>
    public static readonly TimeSpan DefaultTimeLimit = TimeSpan.FromSeconds(10);

    private readonly string root;
    private readonly string? overrideRoot;
    private readonly Template template;
    private readonly string templatePath;

    public TemplateRenderer(string templatesRoot, string format, string? overrideDir = null, string name = DefaultName)
    {
        root = Path.GetFullPath(Path.Combine(templatesRoot, format));
        overrideRoot = OverrideFolder(overrideDir, format);
        templatePath = Find(root, overrideRoot, name)
            ?? throw new FileNotFoundException($"no template '{name}' for format '{format}' in {root}", Path.Combine(root, name));
        template = Template.Parse(File.ReadAllText(templatePath), templatePath);
        if (template.HasErrors)
        {
            var m = template.Messages[0];
            throw TemplateException.At(templatePath, m.Span, m.Message);
        }
    }

    public TimeSpan TimeLimit { get; init; } = DefaultTimeLimit;

    /// <summary>The template file in use (the override's, or the default's).</summary>
    public string TemplatePath => templatePath;

    /// <summary>DIR/&lt;format&gt;/ when it exists, else DIR itself.</summary>
    public static string? OverrideFolder(string? overrideDir, string format)
    {
        if (overrideDir is null) return null;
        if (!Directory.Exists(overrideDir)) throw new DirectoryNotFoundException($"{overrideDir}: no such template folder");
        string sub = Path.Combine(overrideDir, format);
        return Path.GetFullPath(Directory.Exists(sub) ? sub : overrideDir);
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
            TemplateLoader = new ConfinedLoader(root, overrideRoot),
            RegexTimeOut = TimeSpan.FromSeconds(1),
        };
        using var budget = new CancellationTokenSource(TimeLimit);
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
            throw TemplateException.At(templatePath, m.Span, m.Message);
        }
        catch (ScriptRuntimeException e)
        {
            throw TemplateException.At(templatePath, e.Span, budget.IsCancellationRequested ? TooLong() : e.OriginalMessage);
        }
        catch (OperationCanceledException)
        {
            throw TemplateException.At(templatePath, default, TooLong());
        }

        string TooLong() => $"the template ran longer than {TimeLimit.TotalSeconds:0.###} s on this record (stopped)";
    }

    private static string? Find(string root, string? overrideRoot, string name)
    {
        foreach (var folder in new[] { overrideRoot, root })
        {
            if (folder is null) continue;
            string full = Path.GetFullPath(Path.Combine(folder, name));
            if (full.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal) && File.Exists(full)) return full;
        }

        return null;
    }

    /// <summary>Loads included templates from the template folders only (the override first).</summary>
    private sealed class ConfinedLoader(string root, string? overrideRoot) : ITemplateLoader
    {
        public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
        {
            foreach (var folder in new[] { overrideRoot, root })
            {
                if (folder is null) continue;
                string full = Path.GetFullPath(Path.Combine(folder, templateName));
                if (!full.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                    throw new ScriptRuntimeException(callerSpan, $"template '{templateName}' is outside the template folder");
                if (File.Exists(full) || folder == root) return full;
            }

            throw new ScriptRuntimeException(callerSpan, $"template '{templateName}' not found");
        }

        public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath)
        {
            if (!File.Exists(templatePath)) throw new ScriptRuntimeException(callerSpan, $"template '{Path.GetFileName(templatePath)}' not found");
            return File.ReadAllText(templatePath);
        }

        public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) => new((string?)Load(context, callerSpan, templatePath));
    }
}
