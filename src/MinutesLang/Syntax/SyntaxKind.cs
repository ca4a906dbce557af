namespace MinutesLang.Syntax;

public enum SyntaxKind
{
    // tokens
    ByteOrderMark,
    Indent,
    EndOfLine,
    EndOfFile,
    Whitespace,
    CommentText,
    AtToken,
    DirectiveName,
    HashToken,
    StarToken,
    DashToken,
    BackslashToken,
    PipeToken,
    CellText,
    Label,
    ColonToken,
    Text,
    OpenLinkToken,
    CaseId,
    LinkPipeToken,
    Wording,
    CloseLinkToken,

    // nodes
    Document,
    Block,
    BlankLine,
    CommentLine,
    DirectiveLine,
    TitleLine,
    PartLine,
    ItemLine,
    RowLine,
    FieldLine,
    TextLine,
    Field,
    Inline,
    TextRun,
    CaseLink,

    // placeholders {{…}} (tokens and node, added last so that the kinds above keep their values)
    OpenPlaceholderToken,
    PlaceholderName,
    ClosePlaceholderToken,
    Placeholder,
}
