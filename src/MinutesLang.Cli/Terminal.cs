using System.Diagnostics;
using MinutesLang.Diagnostics;
using MinutesLang.Diagnostics.Policy;
using MinutesLang.Localization;

namespace MinutesLang.Cli;

/// <summary>How much a command says: <c>--quiet</c> (errors only), normal, <c>--verbose</c> (what it read and wrote, timings).</summary>
public enum Verbosity
{
    Quiet,
    Normal,
    Verbose,
}

/// <summary>
/// What the process knows of where its output goes: whether standard output and standard error
/// are terminals, and whether <c>NO_COLOR</c> is set. <see cref="Plain"/> (no terminal) is what
/// tests and pipes get.
/// </summary>
/// <param name="Language">the system's UI language (<see cref="Languages.FromEnvironment"/>; on Windows the user's UI language), null when none says</param>
public sealed record Terminal(bool OutIsTerminal, bool ErrIsTerminal, bool NoColor, TimeSpan ProgressDelay, Language? Language = null)
{
    /// <summary>Not a terminal: no colour, no progress.</summary>
    public static Terminal Plain { get; } = new(false, false, false, TimeSpan.FromSeconds(1));

    /// <summary>
    /// The real console: colour only on a terminal, never with <c>NO_COLOR</c> (any non-empty value,
    /// as no-color.org asks) or <c>TERM=dumb</c>.
    /// </summary>
    public static Terminal Detect() => new(
        !Console.IsOutputRedirected,
        !Console.IsErrorRedirected,
        !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR")) || Environment.GetEnvironmentVariable("TERM") == "dumb",
        TimeSpan.FromSeconds(1),
        SystemLanguage.Detect());
}

/// <summary>What a command runs with: its writers, how much to say, colours and a progress line.</summary>
public sealed class CommandContext
{
    public CommandContext(TextWriter stdout, TextWriter stderr, Terminal terminal, Verbosity verbosity, bool? colour, Language? language = null)
    {
        LanguageOption = language;
        SystemLanguage = terminal.Language;
        Out = stdout;
        Err = stderr;
        Verbosity = verbosity;
        OutColour = colour ?? (terminal.OutIsTerminal && !terminal.NoColor);
        ErrColour = colour ?? (terminal.ErrIsTerminal && !terminal.NoColor);
        Progress = new Progress(stderr, enabled: terminal.ErrIsTerminal && verbosity != Verbosity.Quiet, terminal.ProgressDelay);
    }

    public TextWriter Out { get; }

    /// <summary><c>--lang</c>, or null when the command line does not say.</summary>
    public Language? LanguageOption { get; }

    /// <summary>The system's UI language (<see cref="Terminal.Language"/>), or null.</summary>
    public Language? SystemLanguage { get; }

    /// <summary>
    /// The language people read this run in (issue 15): <c>--lang</c>, else <c>language</c> of the nearest
    /// minutesconfig.json from the current folder (<see cref="UseConfigFrom"/> for the inputs' folder), else the system's UI language, else English.
    /// </summary>
    public Language Language => LanguageOption ?? configLanguage ?? SystemLanguage ?? Language.En;

    private Language? configLanguage;
    private bool configRead;

    /// <summary>
    /// Reads <c>language</c> from the nearest minutesconfig.json of <paramref name="folder"/> (once per run: the first
    /// input's folder, else the current one). A file that cannot be read leaves the language to the system.
    /// </summary>
    public void UseConfigFrom(string folder)
    {
        if (configRead || LanguageOption is not null) return;
        configRead = true;
        try
        {
            if (DiagnosticConfig.Find(folder) is { } path) configLanguage = DiagnosticConfig.Load(path).Language;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // the check itself reports an unreadable configuration where it applies it
        }
    }

    public TextWriter Err { get; }

    public Verbosity Verbosity { get; }

    public bool Quiet => Verbosity == Verbosity.Quiet;

    public bool Verbose => Verbosity == Verbosity.Verbose;

    /// <summary>Whether standard output takes ANSI colours.</summary>
    public bool OutColour { get; }

    /// <summary>Whether standard error takes ANSI colours.</summary>
    public bool ErrColour { get; }

    public Progress Progress { get; }

    /// <summary>A line for <c>--verbose</c> only, on standard error (standard output stays the result).</summary>
    public void Trace(string line)
    {
        if (!Verbose) return;
        Progress.Clear();
        Err.WriteLine(line);
    }

    /// <summary>The findings to print: all of them, or with <c>--quiet</c> the errors only.</summary>
    public IEnumerable<Diagnostic> Shown(IEnumerable<Diagnostic> diagnostics) =>
        Quiet ? diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error) : diagnostics;

    /// <summary>A finding in the human format, coloured when the writer is a terminal.</summary>
    public string Human(Diagnostic d, bool toErr) => DiagnosticFormatter.Human(d, toErr ? ErrColour : OutColour, 0, Language);

    /// <summary>Findings in the human format, grouped by line and capped per file (<see cref="DiagnosticFormatter.WriteHuman"/>), coloured when the writer is a terminal.</summary>
    public void WriteHuman(IEnumerable<Diagnostic> diagnostics, bool toErr) =>
        DiagnosticFormatter.WriteHuman(toErr ? Err : Out, diagnostics, toErr ? ErrColour : OutColour, language: Language);

    /// <summary>The human format written in parts (<see cref="DiagnosticFormatter.HumanStream"/>), coloured when the writer is a terminal.</summary>
    public DiagnosticFormatter.HumanStream HumanStream(bool toErr) => new(toErr ? Err : Out, toErr ? ErrColour : OutColour, language: Language);
}

/// <summary>
/// A one-line progress display on standard error for long work: it appears only on a terminal,
/// only once the work has taken longer than the delay (a second), redraws at most ten times a
/// second, and erases itself before anything else is written and at the end.
/// </summary>
public sealed class Progress(TextWriter err, bool enabled, TimeSpan delay)
{
    private readonly Stopwatch clock = new();
    private string what = "";
    private int total;
    private int done;
    private long lastDraw = long.MinValue;
    private bool shown;

    public bool Enabled => enabled;

    /// <summary>Starts a piece of work of <paramref name="count"/> steps, e.g. ("checking", 120).</summary>
    public void Start(string label, int count)
    {
        what = label;
        total = count;
        done = 0;
        if (!clock.IsRunning) clock.Start();
    }

    /// <summary>One step done; <paramref name="item"/> (a file name) is shown beside the count.</summary>
    public void Step(string item)
    {
        done++;
        if (!enabled || clock.Elapsed < delay) return;
        long now = clock.ElapsedMilliseconds;
        if (shown && now - lastDraw < 100 && done < total) return;
        lastDraw = now;
        string line = $"{what} {done}/{total} {item}";
        if (line.Length > 72) line = line[..72];
        err.Write($"\r\u001b[2K{line}");
        err.Flush();
        shown = true;
    }

    /// <summary>Erases the line if it was drawn.</summary>
    public void Clear()
    {
        if (!shown) return;
        err.Write("\r\u001b[2K");
        err.Flush();
        shown = false;
    }
}
