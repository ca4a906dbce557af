namespace MinutesLang.Semantics;

/// <summary>The names of the structural directives; the event directives are in <see cref="CaseEventKinds"/>.</summary>
public static class Directives
{
    public const string Meeting = "meeting";
    public const string List = "list";
    public const string ProgressTable = "列管表";
    public const string Series = "series";
    public const string Platform = "platform";
    public const string Rotation = "rotation";
    public const string Case = "case";

    public static readonly IReadOnlyList<string> Structural = [Meeting, List, ProgressTable, Series, Platform, Rotation, Case, RecordLayout.NoColonDirective, RecordLayout.RecorderBesideChairDirective, .. RecordLayout.EnglishNames.Keys];
}
