namespace MinutesLang.Cli;

/// <summary>A small option parser: flags, options with a value (--opt v or --opt=v), positionals.</summary>
public sealed class Options
{
    private readonly HashSet<string> flags = [];
    private readonly Dictionary<string, string> values = [];

    public List<string> Positional { get; } = [];

    public bool Has(string flag) => flags.Contains(flag);

    public string? Value(string name) => values.GetValueOrDefault(name);

    public static Options Parse(string[] args, string[] flags, string[] valued)
    {
        var o = new Options();
        for (int i = 0; i < args.Length; i++)
        {
            string a = args[i];
            if (a == "--")
            {
                o.Positional.AddRange(args[(i + 1)..]);
                break;
            }

            if (a.StartsWith('-') && a.Length > 1)
            {
                string name = a;
                string? value = null;
                int eq = a.IndexOf('=');
                if (eq > 0)
                {
                    name = a[..eq];
                    value = a[(eq + 1)..];
                }

                if (flags.Contains(name) && value is null) o.flags.Add(name);
                else if (valued.Contains(name))
                {
                    if (value is null)
                    {
                        if (i + 1 >= args.Length) throw new UsageException($"option {name} needs a value", $"選項 {name} 須有值");
                        value = args[++i];
                    }

                    o.values[name] = value;
                }
                else throw new UsageException($"unknown option '{a}'", $"沒有「{a}」這個選項");
            }
            else
            {
                o.Positional.Add(a);
            }
        }

        return o;
    }
}
