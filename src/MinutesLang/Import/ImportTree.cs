using MinutesLang.Localization;
using MinutesLang.Semantics;

namespace MinutesLang.Import;

/// <summary>The structure the recogniser finds in a record of the official layout, before it is written as notation.</summary>
internal abstract class ImportNode;

internal interface IContainer
{
    List<ImportNode> Content { get; }
}

internal sealed class RecordNode
{
    public ImportLine? Title { get; set; }

    public List<PartNode> Parts { get; } = [];

    public List<ImportLine> LeadingComments { get; } = [];

    /// <summary>Lines before the title that are not part of any record structure.</summary>
    public int FirstLine { get; init; }
}

/// <summary>A top-level part: numbered (the text after 壹、) or unnumbered (a field or text at the margin).</summary>
internal sealed class PartNode(ImportLine line, bool numbered) : IContainer
{
    public ImportLine Line { get; } = line;

    public bool Numbered { get; } = numbered;

    public List<ImportNode> Content { get; } = [];

    /// <summary>A comment written above the part, in both languages (the record's comments speak the run's language).</summary>
    public Phrase? Comment { get; set; }

    /// <summary>
    /// The weekday the original prints, when it does not match the date (ML0403): the record keeps
    /// it as published, with a suppression of ML0103 saying so (this is its reason, in both languages),
    /// so that it checks and renders.
    /// </summary>
    public Phrase? WrongWeekday { get; set; }
}

internal sealed class FieldNode(ImportLine line) : ImportNode, IContainer
{
    public ImportLine Line { get; } = line;

    public List<ImportNode> Content { get; } = [];
}

internal sealed class ListNode(ListStyle style) : ImportNode
{
    public ListStyle Style { get; } = style;

    public List<ItemNode> Items { get; } = [];

    /// <summary>Its ordinals are not 1, 2, 3…: written verbatim, since the compiler would renumber it.</summary>
    public bool Broken { get; set; }
}

internal sealed class ItemNode(ImportLine line) : IContainer
{
    public ImportLine Line { get; } = line;

    public List<ImportNode> Content { get; } = [];
}

internal sealed class ParagraphNode(ImportLine line) : ImportNode
{
    public ImportLine Line { get; } = line;
}

internal sealed class TableNode : ImportNode
{
    public List<ImportLine> Rows { get; } = [];
}

/// <summary>A page-break artifact (page number, form feed): kept as a comment, never rendered.</summary>
internal sealed class CommentNode(ImportLine line) : ImportNode
{
    public ImportLine Line { get; } = line;
}
