using System.Diagnostics.CodeAnalysis;
using Pidgin;

namespace MinutesLang.Parsing;

/// <summary>
/// What a <see cref="ScanParser"/> reads, measured on the characters ahead of the parse position (a span of the input,
/// no copy): the number of characters it reads (0 or more), <see cref="ScanParser.Fail"/> when it does not match there,
/// or <see cref="ScanParser.NeedMore"/> when it ran to the end of <paramref name="ahead"/> and
/// <paramref name="atEnd"/> is false (the parser then looks further ahead and asks again).
/// </summary>
/// <param name="ahead">The characters from the parse position on, at least as many as the parser's first window unless
/// the input ends sooner.</param>
/// <param name="atEnd">True when <paramref name="ahead"/> runs to the end of the input.</param>
internal delegate int ScanMeasure(ReadOnlySpan<char> ahead, bool atEnd);

/// <summary>
/// A Pidgin parser of our own (Pidgin's extension point, <see cref="Parser{TToken, T}.TryParse"/>) that measures what it
/// reads on the input span and then either consumes all of it or, failing, consumes nothing. Its result is the number
/// of characters read (UTF-16 code units).
/// </summary>
/// <remarks>
/// Why our own (issue 14 §2, «no <c>Try</c> backtracking on the hot path»): Pidgin's <c>String("[[")</c>,
/// <c>Char('*').Before(Lookahead(…))</c> and a label followed by its colon consume what they matched before they fail, so
/// each needed a <c>Try</c> around it (a bookmark on every attempt and a rewind on every failure: the field's label
/// failed on every line of prose), and a look at the next character (<c>Lookahead(Any)</c>, <c>Not(End)</c>) cost a
/// bookmark and a rewind on every line and every inline element. No combinator of Pidgin decides on a span without
/// consuming it. The grammar stays Pidgin's: these parsers are its leaves, combined with its combinators, and the tree
/// they read is the one the <c>Try</c> grammar read (<c>SliceTokenTests</c>, with the old grammar as the oracle).
/// </remarks>
internal sealed class ScanParser : Parser<char, int>
{
    /// <summary>The measure's answer when the text ahead does not match.</summary>
    public const int Fail = -1;

    /// <summary>The measure's answer when it needs more of the text ahead than it was given.</summary>
    public const int NeedMore = -2;

    private readonly ScanMeasure measure;
    private readonly int window;
    private readonly string name;

    /// <param name="name">What the parser reads, for Pidgin's error message (the grammar is total, so none reaches a user).</param>
    /// <param name="window">How many characters ahead to give <paramref name="measure"/> first (1 or more); multiplied by
    /// four each time it answers <see cref="NeedMore"/>.</param>
    /// <param name="measure">How many characters the parser reads at the parse position.</param>
    public ScanParser(string name, int window, ScanMeasure measure)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(window, 1);
        this.name = name;
        this.window = window;
        this.measure = measure;
    }

    /// <inheritdoc/>
    public override bool TryParse(ref ParseState<char> state, ref PooledList<Expected<char>> expecteds, [MaybeNullWhen(false)] out int result)
    {
        int count = window;
        while (true)
        {
            var ahead = state.LookAhead(count);
            bool atEnd = ahead.Length < count;
            int n = measure(ahead, atEnd);
            if (n == NeedMore && !atEnd && count < int.MaxValue / 4)
            {
                count *= 4;
                continue;
            }

            if (n < 0)
            {
                state.SetError(ahead.IsEmpty ? Maybe.Nothing<char>() : Maybe.Just(ahead[0]), ahead.IsEmpty, state.Location, name);
                result = 0;
                return false;
            }

            state.Advance(n);
            result = n;
            return true;
        }
    }

    /// <summary>
    /// The characters of <paramref name="literal"/> (<c>[[</c>, <c>}}</c>, <c>//</c>), all of them or none: unlike
    /// Pidgin's <c>String</c>, a partial match consumes nothing.
    /// </summary>
    public static ScanParser Literal(string literal) =>
        new(literal, literal.Length, (ahead, _) => ahead.StartsWith(literal, StringComparison.Ordinal) ? literal.Length : Fail);

    /// <summary>
    /// The character <paramref name="first"/> when the character after it (if the input goes on) satisfies
    /// <paramref name="next"/>, which is given null at the end of the input; reads one character.
    /// </summary>
    public static ScanParser CharFollowedBy(string name, Func<char, bool> first, Func<char?, bool> next) =>
        new(name, 2, (ahead, atEnd) =>
            ahead.IsEmpty || !first(ahead[0]) ? Fail
            : ahead.Length > 1 ? (next(ahead[1]) ? 1 : Fail)
            : atEnd ? (next(null) ? 1 : Fail)
            : NeedMore);

    /// <summary>The next character, read without consuming it; fails at the end of the input.</summary>
    public static Parser<char, char> PeekChar { get; } = new PeekParser();

    /// <summary>Succeeds, reading nothing, where the input goes on; fails at its end.</summary>
    public static ScanParser NotAtEnd { get; } = new("not the end", 1, (ahead, _) => ahead.IsEmpty ? Fail : 0);

    /// <summary>Succeeds, reading nothing, at a line break (<c>\r</c> or <c>\n</c>) or the end of the input.</summary>
    public static ScanParser AtEndOfLine { get; } = new("the end of a line", 1, (ahead, _) => ahead.IsEmpty || ahead[0] is '\r' or '\n' ? 0 : Fail);

    private sealed class PeekParser : Parser<char, char>
    {
        public override bool TryParse(ref ParseState<char> state, ref PooledList<Expected<char>> expecteds, [MaybeNullWhen(false)] out char result)
        {
            var ahead = state.LookAhead(1);
            if (ahead.IsEmpty)
            {
                state.SetError(Maybe.Nothing<char>(), true, state.Location, "a character");
                result = default;
                return false;
            }

            result = ahead[0];
            return true;
        }
    }
}
