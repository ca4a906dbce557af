using System.Collections;
using Scriban.Runtime;

namespace MinutesLang.Rendering;

/// <summary>
/// The limits one template runs under for one record, sized from the record's model so that
/// real records render in full (issue 13, point 2): a budget of loop iterations and of output
/// characters that grows with the number of nodes (objects, array elements) and characters of
/// text in the model, between a floor (what any record gets) and a ceiling (what keeps a render
/// under 1 GB of memory). A template past <see cref="Loops"/> is ML0300; an output, or one string
/// built by the template, past <see cref="Characters"/> is ML0310. Nothing is ever cut.
/// </summary>
/// <param name="Loops">loop iterations (Scriban's <c>LoopLimit</c>, cumulative over nested loops)</param>
/// <param name="Characters">UTF-16 characters of output, and of any one string (Scriban's <c>OutputLimit</c> and <c>LimitToString</c>)</param>
public sealed record RenderLimits(int Loops, int Characters)
{
    /// <summary>How long a template may run on the record: <see cref="TemplateRenderer.DefaultTimeLimit"/> plus <see cref="TimePerNode"/> a node, at most <see cref="TimeCeiling"/>.</summary>
    public TimeSpan Time { get; init; } = TemplateRenderer.DefaultTimeLimit;

    /// <summary>Time per node of the model.</summary>
    public static readonly TimeSpan TimePerNode = TimeSpan.FromMilliseconds(0.5);

    /// <summary>The longest a template may run on one record.</summary>
    public static readonly TimeSpan TimeCeiling = TimeSpan.FromSeconds(60);

    /// <summary>Loop iterations any record gets.</summary>
    public const int LoopFloor = 100_000;

    /// <summary>Loop iterations per node of the model (the built-in templates visit a node a few times).</summary>
    public const int LoopsPerNode = 32;

    /// <summary>Loop iterations no record gets more of.</summary>
    public const int LoopCeiling = 50_000_000;

    /// <summary>Output characters any record gets (4 Mi).</summary>
    public const int CharacterFloor = 4 * 1024 * 1024;

    /// <summary>Output characters per character of text in the model (escapes, repeated text such as the title in metadata).</summary>
    public const int CharactersPerTextCharacter = 16;

    /// <summary>Output characters per node of the model (markup around a paragraph, run or cell).</summary>
    public const int CharactersPerNode = 1024;

    /// <summary>Output characters no record gets more of (64 Mi: the text, its UTF-8 bytes and the package stay well under 1 GB).</summary>
    public const int CharacterCeiling = 64 * 1024 * 1024;

    /// <summary>The limits for a model: floor + per node and per character, capped at the ceilings.</summary>
    public static RenderLimits For(ScriptObject model)
    {
        long nodes = 0, text = 0;
        Count(model, ref nodes, ref text, 0);
        long loops = LoopFloor + LoopsPerNode * nodes;
        long characters = CharacterFloor + CharactersPerTextCharacter * text + CharactersPerNode * nodes;
        var time = TemplateRenderer.DefaultTimeLimit + TimePerNode * nodes;
        return new RenderLimits((int)Math.Min(loops, LoopCeiling), (int)Math.Min(characters, CharacterCeiling)) { Time = time < TimeCeiling ? time : TimeCeiling };
    }

    /// <summary>Whether a Scriban runtime message is the output or string-length limit (Scriban names the setting in it).</summary>
    internal static bool IsSizeLimit(string message) =>
        message.Contains("OutputLimit", StringComparison.Ordinal) || message.Contains("LimitToString", StringComparison.Ordinal);

    private static void Count(object? value, ref long nodes, ref long text, int depth)
    {
        if (depth > 256) return;
        switch (value)
        {
            case null:
                return;
            case string s:
                text += s.Length;
                return;
            case ScriptObject o:
                nodes++;
                foreach (var v in o.Values) Count(v, ref nodes, ref text, depth + 1);
                return;
            case IEnumerable e:
                foreach (var v in e)
                {
                    nodes++;
                    Count(v, ref nodes, ref text, depth + 1);
                }

                return;
        }
    }
}
