using MinutesLang.Semantics;

namespace MinutesLang.Import;

/// <summary>
/// The label of a part's line as <c>check</c>'s binder reads it, for the importer's checks of values (時間, 日期, 散會:
/// <see cref="Importer"/>'s dates, <see cref="ImportValues"/>' times): the line after an ordinal it keeps (一、), the
/// field label (null when the line is no field) and the name the part is read as — a misspelt label (療間, 時問) as the
/// label it misspells (<see cref="NearMiss"/>, ML0117), a text as the letters it starts with.
/// </summary>
/// <param name="Text">the line without a kept ordinal (一、)</param>
/// <param name="Skip">how many characters of the line the ordinal took (0 without one)</param>
/// <param name="Label">the field label (<see cref="ImportLines.FieldLabel"/>), or null when the line is no field</param>
/// <param name="Name">the name the part is read as</param>
internal readonly record struct PartLabel(string Text, int Skip, string? Label, string Name)
{
    /// <summary>Reads the label of <paramref name="line"/>, the text of a part's line.</summary>
    public static PartLabel Read(string line)
    {
        string text = line;
        int skip = 0;
        if (ImportLines.FieldLabel(text) is null && OrdinalField.Read(text) is not null && Ordinals.Match(text) is { } ordinal)
        {
            // a field behind an ordinal kept as text (一、時間：…, (一)時間：…, 1.時間：…), read as check's binder reads it
            skip = ordinal.Length;
            text = text[skip..];
        }
        else if (ImportLines.FieldLabel(text) is null && text.IndexOf('、') is > 0 and <= 3)
        {
            // a part numbered 一、 kept with its ordinal
            skip = text.IndexOf('、') + 1;
            text = text[skip..];
        }

        string? label = ImportLines.FieldLabel(text);
        string name = label is null ? new string([.. text.TakeWhile(char.IsLetter)]) : NearMiss.Label(label) ?? label;
        return new PartLabel(text, skip, label, name);
    }
}
