using MinutesLang.Cli;
using MinutesLang.Cli.Commands;

return Cli.Run(args, Console.Out, Console.Error, Terminal.Detect());
