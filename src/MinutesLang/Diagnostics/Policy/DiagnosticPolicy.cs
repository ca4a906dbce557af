using MinutesLang.Syntax;

namespace MinutesLang.Diagnostics.Policy;

/// <summary>A finding silenced in the source, with the reason written there (SARIF keeps it as an in-source suppression).</summary>
public sealed record SuppressedDiagnostic(Diagnostic Diagnostic, string Justification);

/// <summary>What the policy leaves: the findings to report, and those suppressed in the source.</summary>
public sealed record PolicyResult(IReadOnlyList<Diagnostic> Reported, IReadOnlyList<SuppressedDiagnostic> Suppressed)
{
    public bool HasErrors => Reported.Any(d => d.Severity == DiagnosticSeverity.Error);
}

/// <summary>
/// The step between the compiler and the output: whatever rules raised the findings, it applies
/// in this order the inline suppressions (<see cref="Suppressions"/>), the severities of the
/// nearest <c>minutesconfig.json</c> (<see cref="DiagnosticConfig"/>; <c>none</c> drops a finding),
/// and <c>--warnaserror</c>. Its own findings are ML05xx.
/// </summary>
public sealed class DiagnosticPolicy
{
    private readonly Func<string, DiagnosticConfig> configFor;
    private readonly Dictionary<string, DiagnosticConfig> byFolder = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DiagnosticConfig> byFile = new(StringComparer.Ordinal);
    private readonly HashSet<DiagnosticConfig> reportedConfigs = new(ReferenceEqualityComparer.Instance);

    /// <param name="configFor">the configuration of a folder; by default the nearest minutesconfig.json from that folder up</param>
    public DiagnosticPolicy(Func<string, DiagnosticConfig>? configFor = null) => this.configFor = configFor ?? Nearest;

    /// <summary><c>--warnaserror</c>: every warning is an error.</summary>
    public bool AllWarningsAsErrors { get; init; }

    /// <summary><c>--warnaserror:ML0109,…</c>: these codes are errors when they are warnings.</summary>
    public IReadOnlySet<string> WarningsAsErrors { get; init; } = new HashSet<string>();

    public PolicyResult Apply(IReadOnlyList<Diagnostic> diagnostics, IEnumerable<SyntaxTree> trees)
    {
        var own = new DiagnosticBag();
        var suppressions = new List<Suppression>();
        var configs = new List<DiagnosticConfig>();
        foreach (var tree in trees)
        {
            suppressions.AddRange(Suppressions.Find(tree, own));
            ConfigOf(tree.Source.Path, configs); // a bad configuration is reported even when the records are clean
        }

        var used = new HashSet<Suppression>();

        var reported = new List<Diagnostic>();
        var suppressed = new List<SuppressedDiagnostic>();
        foreach (var d in diagnostics)
        {
            var s = suppressions.FirstOrDefault(s => s.Code == d.Code && d.Start.Line == s.TargetLine && (ReferenceEquals(s.Source, d.Source) || s.Source.Path == d.Source.Path));
            if (s is not null) used.Add(s);
            var config = ConfigOf(d.Source.Path, configs);
            if (config.SeverityOf(d.Code, d.Severity) is not { } severity) continue;
            var effective = Promote(d with { Severity = severity });
            if (s is null) reported.Add(effective);
            else suppressed.Add(new SuppressedDiagnostic(effective, s.Reason));
        }

        foreach (var s in suppressions.Where(s => !used.Contains(s)))
            own.At(s.Source, s.Span).UnusedSuppression(s.Code);

        // the policy's own findings (ML0501-ML0503) and those of the configuration files (ML0500) obey the configuration too
        var extra = own.Items.ToList();
        foreach (var config in configs.Where(reportedConfigs.Add)) extra.AddRange(config.Diagnostics); // once, though `check` applies the policy series by series
        foreach (var d in extra)
        {
            if (ConfigOf(d.Source.Path, configs).SeverityOf(d.Code, d.Severity) is { } severity)
                reported.Add(Promote(d with { Severity = severity }));
        }

        return new PolicyResult(Sort(reported), [.. suppressed.OrderBy(s => s.Diagnostic.Source.Path, StringComparer.Ordinal).ThenBy(s => s.Diagnostic.Span.Start)]);
    }

    private Diagnostic Promote(Diagnostic d) =>
        d.Severity == DiagnosticSeverity.Warning && (AllWarningsAsErrors || WarningsAsErrors.Contains(d.Code)) ? d with { Severity = DiagnosticSeverity.Error } : d;

    private DiagnosticConfig ConfigOf(string file, List<DiagnosticConfig> seen)
    {
        if (!byFile.TryGetValue(file, out var config))
        {
            string folder = Path.GetDirectoryName(Path.GetFullPath(file)) ?? ".";
            if (!byFolder.TryGetValue(folder, out config))
            {
                config = configFor(folder);
                byFolder[folder] = config;
            }

            byFile[file] = config;
        }

        if (config.Path is not null && !seen.Contains(config)) seen.Add(config);
        return config;
    }

    private readonly Dictionary<string, DiagnosticConfig> loaded = new(StringComparer.Ordinal);

    private DiagnosticConfig Nearest(string folder)
    {
        if (DiagnosticConfig.Find(folder) is not { } path) return DiagnosticConfig.Default;
        if (!loaded.TryGetValue(path, out var config)) loaded[path] = config = DiagnosticConfig.Load(path);
        return config;
    }

    /// <summary>
    /// The results of several <see cref="Apply"/> calls on one policy (one per series, files disjoint) as one result,
    /// sorted as one call over all of them would sort it (by file, position and code).
    /// </summary>
    public static PolicyResult Merge(IEnumerable<PolicyResult> results)
    {
        var all = results.ToList();
        return new PolicyResult(Sort(all.SelectMany(r => r.Reported)),
            [.. all.SelectMany(r => r.Suppressed).OrderBy(s => s.Diagnostic.Source.Path, StringComparer.Ordinal).ThenBy(s => s.Diagnostic.Span.Start)]);
    }

    private static List<Diagnostic> Sort(IEnumerable<Diagnostic> ds) =>
        [.. ds.OrderBy(d => d.Source.Path, StringComparer.Ordinal).ThenBy(d => d.Span.Start).ThenBy(d => d.Code, StringComparer.Ordinal)];
}
