using System.Text;
using System.Text.RegularExpressions;
using MinutesLang.Diagnostics;
using MinutesLang.Localization;
using MinutesLang.Parsing;
using MinutesLang.Syntax;
using MinutesLang.Text;

namespace MinutesLang.Semantics;

/// <summary>What a series says of its ad hoc meetings (臨時會), in the field <c>臨時會</c> of <c>@series</c>.</summary>
public enum ExtraMeetings
{
    /// <summary>Not declared: a 臨時會 may be numbered on its own (<c>臨1</c>) or named by its date (<c>臨2025-03-20</c>).</summary>
    Any,

    /// <summary><c>臨時會：另計</c>: numbered on their own, 第 1 次臨時會, 第 2 次臨時會 (<c>@meeting 臨1</c>, <c>114-臨1</c>, <c>11-2-臨1</c>).</summary>
    Counted,

    /// <summary><c>臨時會：不編號</c>: not numbered, named by their date (<c>@meeting 臨2025-03-20</c>).</summary>
    Dated,

    /// <summary><c>臨時會：無</c>: the body holds none; a 臨時會 id is ML0132.</summary>
    None,
}

/// <summary>
/// How a series numbers and names its meetings (issue 12 §1), declared by fields of <c>@series</c> in
/// <c>series.minutes</c> (grammar/GUIDE.md §5):
/// <c>編號</c> (年度: per 民國 year, <c>114-1</c>, the default and the 基北北桃 seeds' scheme; 流水: a running count
/// 第 N 次, <c>560</c>; 屆會期: 屆/會期/次 as the Legislative Yuan numbers them, <c>11-2-5</c>; 日期: no number,
/// each meeting named by its date), <c>臨時會</c> (另計, 不編號 or 無: <see cref="ExtraMeetings"/>), <c>題名</c> and
/// <c>臨時會題名</c> (how a title is composed: the words of the title with <c>{年}</c> <c>{屆}</c> <c>{會期}</c>
/// <c>{次}</c> where the numbers stand). A value that cannot be read is ML0131 at the value. Without <c>編號</c>
/// the scheme is not declared (<see cref="Declared"/> false): each record's id says how it is numbered, as a body
/// without a series.minutes is read. The meeting id (ML0132), <c>minutes new</c>, the title rules (ML0233,
/// ML0234), the gap rule (ML0204) and the order of the register follow the scheme.
/// </summary>
/// <param name="Numbering">how regular meetings are numbered (<see cref="MeetingNumbering.PerYear"/> when not declared)</param>
/// <param name="Declared">whether <c>編號</c> was written (else the records' ids are taken as they are)</param>
/// <param name="Extras">what the series says of 臨時會</param>
/// <param name="TitleForm">the <c>題名</c>, or null</param>
/// <param name="ExtraTitleForm">the <c>臨時會題名</c>, or null</param>
/// <param name="Line">where <c>編號</c> (else <c>@series</c>) stands in series.minutes, 1-based; 0 when there is none</param>
public sealed partial record MeetingScheme(MeetingNumbering Numbering, bool Declared, ExtraMeetings Extras, string? TitleForm, string? ExtraTitleForm, int Line)
{
    /// <summary>The scheme of a series that declares none: per year, as the seeds, with each id taken as written.</summary>
    public static readonly MeetingScheme Undeclared = new(MeetingNumbering.PerYear, false, ExtraMeetings.Any, null, null, 0);

    /// <summary>The field of <c>@series</c> that declares the numbering.</summary>
    public const string NumberingField = "編號";

    /// <summary>The field of <c>@series</c> that says how 臨時會 are numbered.</summary>
    public const string ExtraField = "臨時會";

    /// <summary>The field of <c>@series</c> with the form of a regular meeting's title.</summary>
    public const string TitleField = "題名";

    /// <summary>The field of <c>@series</c> with the form of a 臨時會's title.</summary>
    public const string ExtraTitleField = "臨時會題名";

    private static readonly Dictionary<string, MeetingNumbering> Numberings = new(StringComparer.Ordinal)
    {
        ["年度"] = MeetingNumbering.PerYear, ["每年"] = MeetingNumbering.PerYear, ["年度次"] = MeetingNumbering.PerYear,
        ["流水"] = MeetingNumbering.Running, ["流水號"] = MeetingNumbering.Running, ["累計"] = MeetingNumbering.Running,
        ["屆會期"] = MeetingNumbering.Session, ["屆會期次"] = MeetingNumbering.Session,
        ["日期"] = MeetingNumbering.Dated, ["不編號"] = MeetingNumbering.Dated,
    };

    private static readonly Dictionary<string, ExtraMeetings> ExtraForms = new(StringComparer.Ordinal)
    {
        ["另計"] = ExtraMeetings.Counted, ["另編"] = ExtraMeetings.Counted, ["另編號"] = ExtraMeetings.Counted,
        ["不編號"] = ExtraMeetings.Dated, ["日期"] = ExtraMeetings.Dated,
        ["無"] = ExtraMeetings.None,
    };

    /// <summary>The placeholders of a title form and the numberings they belong to (年 also to a count that the date gives a year).</summary>
    private static readonly string[] Placeholders = ["年", "屆", "會期", "次"];

    [GeneratedRegex(@"\{(?<name>[^{}]*)\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"[\s\u3000]+")]
    private static partial Regex Space();

    /// <summary>How the scheme is named in a message: per 民國 year (編號：年度).</summary>
    public static string Describe(MeetingNumbering numbering) => Described(numbering).En;

    /// <summary><see cref="Describe"/> in both languages, for messages (ML0131, ML0132).</summary>
    public static Phrase Described(MeetingNumbering numbering) => numbering switch
    {
        MeetingNumbering.Running => new("by a running count (編號：流水, @meeting 560)", "流水編號（編號：流水，@meeting 560）"),
        MeetingNumbering.Session => new("by 屆, 會期 and 次 (編號：屆會期, @meeting 11-2-5)", "屆、會期及次別編號（編號：屆會期，@meeting 11-2-5）"),
        MeetingNumbering.Dated => new("by their dates (編號：日期, @meeting 2025-03-07)", "以日期稱呼（編號：日期，@meeting 2025-03-07）"),
        MeetingNumbering.Unnumbered => new("without a number (@meeting 無)", "不編號（@meeting 無）"),
        _ => new("per 民國 year (編號：年度, @meeting 114-1)", "依民國年度編號（編號：年度，@meeting 114-1）"),
    };

    /// <summary>
    /// Reads the scheme from the fields of <c>@series</c> (its block in series.minutes); a value that cannot be
    /// read is ML0131 at the value (the declaration then keeps its default).
    /// </summary>
    internal static MeetingScheme Bind(BlockSyntax series, SourceText source, DiagnosticBag bag)
    {
        var numbering = MeetingNumbering.PerYear;
        bool declared = false;
        var extras = ExtraMeetings.Any;
        (string Text, TextSpan Span)? title = null, extraTitle = null;
        int line = source.GetLineColumn(series.Line.FullSpanWithoutEol().Start).Line;
        foreach (var child in series.Content)
        {
            if (child.Line is not FieldLineSyntax { Field: var f }) continue;
            string value = Squeeze(f.Value.PlainText);
            var span = ValueSpan(f, source);
            switch (f.Name)
            {
                case NumberingField when Numberings.TryGetValue(value.Replace("/", "").Replace("、", ""), out var n):
                    (numbering, declared, line) = (n, true, source.GetLineColumn(span.Start).Line);
                    break;
                case NumberingField:
                    bag.At(source, span).UnreadableScheme("numbering", ("field", NumberingField), ("value", f.Value.PlainText.Trim()),
                        ("hint", new Phrase("write 編號：年度 (114-1), 流水 (第 N 次), 屆會期 (第11屆第2會期第5次) or 日期 (no number)", "請寫編號：年度（114-1）、流水（第 N 次）、屆會期（第11屆第2會期第5次）或日期（不編號）")));
                    break;
                case ExtraField when ExtraForms.TryGetValue(value, out var x):
                    extras = x;
                    break;
                case ExtraField:
                    bag.At(source, span).UnreadableScheme("extra", ("field", ExtraField), ("value", f.Value.PlainText.Trim()),
                        ("hint", new Phrase("write 臨時會：另計 (第 1 次臨時會, @meeting 臨1), 不編號 (named by the date, @meeting 臨2025-03-20) or 無", "請寫臨時會：另計（第 1 次臨時會，@meeting 臨1）、不編號（以日期稱呼，@meeting 臨2025-03-20）或無")));
                    break;
                case TitleField:
                    title = (f.Value.PlainText.Trim(), span);
                    break;
                case ExtraTitleField:
                    extraTitle = (f.Value.PlainText.Trim(), span);
                    break;
            }
        }

        var scheme = new MeetingScheme(numbering, declared, extras, title?.Text, extraTitle?.Text, line);
        if (title is { } t) scheme.CheckForm(t.Text, t.Span, TitleField, extra: false, source, bag);
        if (extraTitle is { } e) scheme.CheckForm(e.Text, e.Span, ExtraTitleField, extra: true, source, bag);
        return scheme;
    }

    /// <summary>ML0131 for a placeholder the form cannot fill: unknown, or not a number of the scheme; and for a form of a numbered scheme without <c>{次}</c>.</summary>
    private void CheckForm(string form, TextSpan span, string field, bool extra, SourceText source, DiagnosticBag bag)
    {
        int offset = source.Text.IndexOf(form, span.Start, StringComparison.Ordinal) is >= 0 and var o ? o : span.Start;
        foreach (Match m in Placeholder().Matches(form))
        {
            string name = m.Groups["name"].Value.Trim();
            var at = new TextSpan(offset + m.Index, m.Length);
            if (!Placeholders.Contains(name))
                bag.At(source, at).UnreadableScheme("placeholder", ("name", name), ("field", field));
            else if (Declared && !Fills(name, extra))
                bag.At(source, at).UnreadableScheme("placeholder.numbering", ("name", name), ("field", field), ("numbering", Described(Numbering)),
                    ("choices", new Phrase(string.Join(", ", Placeholders.Where(p => Fills(p, extra)).Select(p => "{" + p + "}")), string.Join("、", Placeholders.Where(p => Fills(p, extra)).Select(p => "{" + p + "}")))));
        }

        bool numbered = extra ? Extras != ExtraMeetings.Dated : Numbering != MeetingNumbering.Dated;
        if (Declared && numbered && !form.Contains("{次}", StringComparison.Ordinal))
            bag.At(source, span).UnreadableScheme("no-number", ("field", field), ("form", form));
    }

    /// <summary>Whether a placeholder names a number meetings of this scheme have: 年 (from the id or the date) always, 屆 and 會期 in 屆會期, 次 where meetings are numbered.</summary>
    private bool Fills(string name, bool extra) => name switch
    {
        "年" => true,
        "屆" or "會期" => Numbering == MeetingNumbering.Session,
        "次" => extra ? Extras != ExtraMeetings.Dated : Numbering != MeetingNumbering.Dated,
        _ => false,
    };

    /// <summary>
    /// The title of a meeting composed from <see cref="TitleForm"/> (<see cref="ExtraTitleForm"/> for a 臨時會):
    /// the numbers put where the form has <c>{年}</c> (the 民國 year given), <c>{屆}</c>, <c>{會期}</c>, <c>{次}</c>;
    /// null when the series declares no such form.
    /// </summary>
    public string? Compose(MeetingId id, int rocYear)
    {
        if ((id.Extra ? ExtraTitleForm : TitleForm) is not { } form) return null;
        return Placeholder().Replace(form, m => m.Groups["name"].Value.Trim() switch
        {
            "年" => rocYear.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "屆" => id.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "會期" => id.Session.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "次" => id.Number.ToString(System.Globalization.CultureInfo.InvariantCulture),
            _ => m.Value,
        });
    }

    /// <summary>
    /// Whether a title has the form of <see cref="TitleForm"/> (or <see cref="ExtraTitleForm"/>): its words, with
    /// any number (figures, full-width or Chinese numerals) where the form has a placeholder, white space not
    /// counted. The numbers themselves are ML0230 and ML0233's. True when the series declares no such form.
    /// </summary>
    public bool Fits(string title, bool extra)
    {
        if ((extra ? ExtraTitleForm : TitleForm) is not { } form) return true;
        var pattern = new StringBuilder("^");
        int at = 0;
        string squeezed = Squeeze(form);
        foreach (Match m in Placeholder().Matches(squeezed))
        {
            pattern.Append(Regex.Escape(squeezed[at..m.Index])).Append("(?:[0-9０-９]+|[〇零一二兩三四五六七八九十百千]+)");
            at = m.Index + m.Length;
        }

        pattern.Append(Regex.Escape(squeezed[at..])).Append('$');
        return Regex.IsMatch(Squeeze(title), pattern.ToString(), RegexOptions.None, TimeSpan.FromSeconds(1));
    }

    /// <summary>
    /// Where the numbers stand in a title that has the form of <see cref="TitleForm"/> (<see cref="ExtraTitleForm"/>
    /// when <paramref name="extra"/>), as <see cref="Fits"/> reads it (white space not counted): each placeholder's name
    /// (年, 屆, 會期, 次) with the offset and length of its numeral in <paramref name="title"/> (UTF-16 code units); null
    /// when the series declares no such form or the title is not in it (ML0234). <see cref="MeetingTitle.Read(string?, MeetingScheme?)"/>
    /// takes a title's numbers from here.
    /// </summary>
    public IReadOnlyDictionary<string, (int Offset, int Length)>? Slots(string title, bool extra)
    {
        if ((extra ? ExtraTitleForm : TitleForm) is not { } form) return null;
        const string Gap = "[\\s\\u3000]*";
        var pattern = new StringBuilder("^").Append(Gap);
        var names = new List<string>();
        int at = 0;
        string squeezed = Squeeze(form);
        void Literal(string text)
        {
            foreach (char c in text) pattern.Append(Regex.Escape(c.ToString())).Append(Gap);
        }

        foreach (Match m in Placeholder().Matches(squeezed))
        {
            Literal(squeezed[at..m.Index]);
            pattern.Append("(?<s").Append(names.Count).Append(">[0-9０-９]+|[〇零一二兩三四五六七八九十百千]+)").Append(Gap);
            names.Add(m.Groups["name"].Value.Trim());
            at = m.Index + m.Length;
        }

        Literal(squeezed[at..]);
        var match = Regex.Match(title, pattern.Append('$').ToString(), RegexOptions.None, TimeSpan.FromSeconds(1));
        if (!match.Success) return null;
        var slots = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        for (int i = 0; i < names.Count; i++)
        {
            var g = match.Groups["s" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)];
            slots.TryAdd(names[i], (g.Index, g.Length));
        }

        return slots;
    }

    /// <summary>
    /// ML0132 when a record's id is not one of the declared scheme (a per-year id in a running count, a 臨時會 in
    /// a series that has none, a numbered 臨時會 where they are named by their date), ML0133 (a warning) for
    /// <c>@meeting 無</c>: the record is valid, outside the order of the series.
    /// </summary>
    internal static void CheckId(MeetingId id, TextSpan span, Series series, SourceText source, DiagnosticBag bag)
    {
        if (id.Numbering == MeetingNumbering.Unnumbered)
        {
            bag.At(source, span).MeetingWithoutNumber();
            return;
        }

        var s = series.Scheme;
        if (id.Extra)
        {
            Phrase? wrong = s.Extras switch
            {
                ExtraMeetings.None => new("the series declares no 臨時會 (臨時會：無)", "本系列未設臨時會（臨時會：無）"),
                ExtraMeetings.Counted when id.Numbering == MeetingNumbering.Dated => new("the series numbers its 臨時會 on their own (臨時會：另計), not by their date", "本系列的臨時會另計次別（臨時會：另計），不以日期稱呼"),
                ExtraMeetings.Dated when id.Numbering != MeetingNumbering.Dated => new("the series names its 臨時會 by their date (臨時會：不編號), not by a number", "本系列的臨時會以日期稱呼（臨時會：不編號），不編次別"),
                _ when s.Declared && id.Numbering != MeetingNumbering.Dated && id.Numbering != s.ExtraNumbering => new($"the series numbers its meetings {Describe(s.Numbering)}", $"本系列的會議採{Described(s.Numbering).ZhTw}"),
                _ => null,
            };
            if (wrong is not null) bag.At(source, span).ExtraMeetingOutsideScheme(id.ToString(), wrong, s.Line, Example(s, extra: true));
            return;
        }

        if (s.Declared && id.Numbering != s.Numbering)
            bag.At(source, span).MeetingOutsideScheme(id.ToString(), Described(s.Numbering), Described(id.Numbering), s.Line, Example(s, extra: false));
    }

    /// <summary>How a 臨時會 numbered on its own is numbered: as the regular meetings (臨1, 114-臨1, 11-2-臨1); by a count of its own (臨1) where they are named by their dates.</summary>
    public MeetingNumbering ExtraNumbering => Numbering == MeetingNumbering.Dated ? MeetingNumbering.Running : Numbering;

    /// <summary>An id of the scheme, for a hint: <c>write '@meeting 560'</c>.</summary>
    private static Phrase Example(MeetingScheme s, bool extra)
    {
        if (extra && s.Extras == ExtraMeetings.None) return new("write the meeting's regular id, or declare 臨時會：另計 in series.minutes", "請寫會議的定期代號，或在 series.minutes 宣告「臨時會：另計」");
        if (extra && s.Extras == ExtraMeetings.Dated) return new("write '@meeting 臨' and the date of the meeting: '@meeting 臨2025-03-20'", "請寫「@meeting 臨」加上會議日期：「@meeting 臨2025-03-20」");
        var example = (extra ? s.ExtraNumbering : s.Numbering) switch
        {
            MeetingNumbering.Running => new MeetingId(MeetingNumbering.Running, 0, 560),
            MeetingNumbering.Session => new MeetingId(MeetingNumbering.Session, 11, 5) { Session = 2 },
            MeetingNumbering.Dated => MeetingId.OfDate(new DateOnly(2025, 3, 7)),
            _ => new MeetingId(MeetingNumbering.PerYear, 114, 1),
        };
        var shown = example with { Extra = extra, Number = extra ? 1 : example.Number };
        return new($"write an id such as '@meeting {shown}'", $"請寫如「@meeting {shown}」的代號");
    }

    private static string Squeeze(string s) => Space().Replace(s, "");

    private static TextSpan ValueSpan(FieldSyntax f, SourceText source)
    {
        var v = f.Value.FullSpan;
        string text = source.Text.Substring(v.Start, v.Length);
        int lead = text.Length - text.TrimStart().Length;
        int length = text.Trim().Length;
        return length == 0 ? f.FullSpan : new TextSpan(v.Start + lead, length);
    }
}
