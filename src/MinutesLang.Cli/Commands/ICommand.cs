namespace MinutesLang.Cli.Commands;

/// <summary>A verb of the command line.</summary>
public interface ICommand
{
    string Name { get; }

    string Help { get; }

    int Run(string[] args, TextWriter stdout, TextWriter stderr);
}
