namespace MinutesLang.Cli.Commands;

/// <summary>A verb of the command line.</summary>
public interface ICommand
{
    string Name { get; }

    string Help { get; }

    /// <summary>The help in <paramref name="language"/> (issue 15); a command without a zh-TW help yet gives its English one.</summary>
    string HelpIn(MinutesLang.Localization.Language language) => Help;

    /// <summary>Runs the verb with the arguments after its name; the global options are already taken out.</summary>
    int Run(string[] args, CommandContext context);
}
