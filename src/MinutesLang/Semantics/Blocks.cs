using System.Collections.Immutable;
using MinutesLang.Text;

namespace MinutesLang.Semantics;

/// <summary>The content of a part, a field or a list item.</summary>
public abstract record Block;

/// <summary>Running text; several lines joined.</summary>
public sealed record ParagraphBlock(ImmutableArray<Inline> Lines) : Block;

/// <summary><c>說明：…</c> with what is indented below it.</summary>
public sealed record FieldBlock(string Label, Inline Value, ImmutableArray<Block> Content, TextSpan Span) : Block;

/// <summary>An agenda item: a 案由 field and the fields after it (說明, 決議, 裁示, …).</summary>
public sealed record AgendaItemBlock(ImmutableArray<Block> Content) : Block
{
    public FieldBlock Subject => (FieldBlock)Content[0];

    /// <summary>The decision or ruling: the field 決議, 裁示, 決定 or 主席裁示, if the item has one.</summary>
    public FieldBlock? Decision => Content.OfType<FieldBlock>().FirstOrDefault(f => f.Label is "決議" or "裁示" or "決定" or "主席裁示");
}

/// <summary>A numbered list; <see cref="Style"/> is null where the writer did not pin one.</summary>
public sealed record ListBlock(ListStyle? Style, ImmutableArray<ListItem> Items) : Block;

public sealed record ListItem(Inline Text, ImmutableArray<Block> Content);

/// <summary>A plain table; the first row is the header.</summary>
public sealed record TableBlock(ImmutableArray<ImmutableArray<string>> Rows) : Block;

/// <summary>The case progress table (列管表), one row per case.</summary>
public sealed record ProgressTableBlock(ImmutableArray<ProgressRow> Rows) : Block;

public sealed record ProgressRow(CaseMention Case, ImmutableArray<Block> Progress, ImmutableArray<Block> Decision);
