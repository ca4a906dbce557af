using System.Text;
using System.Text.Json;
using MinutesLang.Localization;
using MinutesLang.Semantics;
using MinutesLang.Text;

namespace MinutesLang.Diagnostics.Policy;

/// <summary>
/// <c>minutesconfig.json</c>: the severity of each code, as <c>bicepconfig.json</c> does for Bicep.
/// <code>{ "language": "zh-TW", "diagnostics": { "ML0203": "warning", "ML0210": "none" } }</code>
/// <c>language</c> (issue 15) is the language people read the tool in, where <c>--lang</c> does not say it.
/// The nearest file (the folder of the record, else a parent folder) wins and is merged over the
/// catalog's defaults. A file that cannot be read as such is reported as ML0500 at the place of
/// the problem; what can be read of it still applies.
/// </summary>
public sealed class DiagnosticConfig
{
    public const string FileName = "minutesconfig.json";

    private readonly Dictionary<string, DiagnosticSeverity?> severities;

    private DiagnosticConfig(string? path, Dictionary<string, DiagnosticSeverity?> severities, IReadOnlyList<Diagnostic> diagnostics, Language? language = null)
    {
        Path = path;
        Language = language;
        this.severities = severities;
        Diagnostics = diagnostics;
    }

    /// <summary>No file: every code keeps its default severity.</summary>
    public static DiagnosticConfig Default { get; } = new(null, [], []);

    /// <summary><c>language</c> of the file (zh-TW or en), or null when it does not say (or says what is not a language: ML0500).</summary>
    public Language? Language { get; }

    /// <summary>The file this configuration was read from, or null for the defaults.</summary>
    public string? Path { get; }

    /// <summary>The problems found in the file itself (ML0500).</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>The codes the file sets, with their level (null for <c>none</c>).</summary>
    public IReadOnlyDictionary<string, DiagnosticSeverity?> Severities => severities;

    /// <summary>The severity of a code under this configuration; null when it is turned off (<c>none</c>).</summary>
    public DiagnosticSeverity? SeverityOf(string code, DiagnosticSeverity reported) =>
        severities.TryGetValue(code, out var s) ? s : reported;

    /// <summary>The nearest <c>minutesconfig.json</c> from a folder upwards, or null.</summary>
    public static string? Find(string folder)
    {
        for (var dir = new DirectoryInfo(folder.Length == 0 ? "." : folder); dir is not null; dir = dir.Parent)
        {
            string candidate = System.IO.Path.Combine(dir.FullName, FileName);
            if (File.Exists(candidate)) return candidate;
        }

        return null;
    }

    /// <summary>Reads a configuration file; I/O errors are the caller's (the CLI turns them into exit 2).</summary>
    public static DiagnosticConfig Load(string path) => Parse(File.ReadAllBytes(path), path);

    public static DiagnosticConfig Parse(string json, string path = FileName) => Parse(Encoding.UTF8.GetBytes(json), path);

    public static DiagnosticConfig Parse(byte[] bytes, string path)
    {
        var source = SourceText.FromBytes(bytes, path);
        var bag = new DiagnosticBag();
        var severities = new Dictionary<string, DiagnosticSeverity?>(StringComparer.Ordinal);
        Language? language = null;
        int bom = Bom(bytes);
        var reader = new Utf8JsonReader(bytes.AsSpan(bom), new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });

        // byte offsets of the reader (after the BOM) to a span of the text
        int ToChar(long b) => Math.Min(source.Length, Encoding.UTF8.GetCharCount(bytes, 0, (int)Math.Min(bytes.Length, bom + b)));
        TextSpan At(long byteStart, long byteLength) => TextSpan.FromBounds(ToChar(byteStart), ToChar(byteStart + byteLength));

        TextSpan Token(ref Utf8JsonReader r) =>
            At(r.TokenStartIndex, r.TokenType is JsonTokenType.String or JsonTokenType.PropertyName ? (r.HasValueSequence ? r.ValueSequence.Length : r.ValueSpan.Length) + 2 : Math.Max(1, r.BytesConsumed - r.TokenStartIndex));

        if (!source.InvalidByteOffsets.IsEmpty)
        {
            bag.At(source, new TextSpan(source.InvalidByteOffsets[0], 1)).InvalidConfig("utf8");
            return new DiagnosticConfig(path, severities, bag.Sorted());
        }

        if (string.IsNullOrWhiteSpace(source.Text.TrimStart('\uFEFF')))
        {
            bag.At(source, new TextSpan(0, 0)).InvalidConfig("empty");
            return new DiagnosticConfig(path, severities, bag.Sorted());
        }

        try
        {
            reader.Read();
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                bag.At(source, Token(ref reader)).InvalidConfig("not-object");
                reader.Skip();
            }
            else
            {
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    string name = reader.GetString()!;
                    var nameSpan = Token(ref reader);
                    reader.Read();
                    if (name == "diagnostics") ReadDiagnostics(ref reader, source, bag, severities);
                    else if (name == "language")
                    {
                        var valueSpan = Token(ref reader);
                        string? value = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                        reader.Skip();
                        language = Languages.Parse(value);
                        if (language is null) bag.At(source, valueSpan).InvalidConfig("language", ("language", value ?? "?"));
                    }
                    else
                    {
                        if (name != "$schema") bag.At(source, nameSpan).InvalidConfig("property", ("name", name));
                        reader.Skip();
                    }
                }
            }

            while (reader.Read())
            {
                // the reader itself rejects anything after the top-level value
            }
        }
        catch (JsonException e)
        {
            bag.At(source, ErrorSpan(bytes, source, e)).InvalidConfig("json", ("reason", Reason(e)));
        }
        catch (InvalidOperationException)
        {
            // a string the reader accepts but cannot turn into text, as a lone surrogate "\uD800"
            bag.At(source, At(reader.TokenStartIndex, 1)).InvalidConfig("string");
        }

        return new DiagnosticConfig(path, severities, bag.Sorted(), language);

        void ReadDiagnostics(ref Utf8JsonReader r, SourceText src, DiagnosticBag b, Dictionary<string, DiagnosticSeverity?> into)
        {
            if (r.TokenType != JsonTokenType.StartObject)
            {
                b.At(src, Token(ref r)).InvalidConfig("diagnostics");
                r.Skip();
                return;
            }

            while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
            {
                string code = r.GetString()!;
                var codeSpan = Token(ref r);
                r.Read();
                var valueSpan = Token(ref r);
                string? level = r.TokenType == JsonTokenType.String ? r.GetString() : null;
                if (r.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray) r.Skip();
                if (!DiagnosticCatalog.TryGet(code, out _))
                {
                    var near = Nearest.Find(code.ToUpperInvariant(), DiagnosticCatalog.All.Select(e => e.Code), 2);
                    b.At(src, codeSpan).InvalidConfig(near is null ? "code" : "code.nearest", ("code", code), ("nearest", near));
                }
                else if (TryParseLevel(level, out var severity))
                {
                    into[code] = severity;
                }
                else
                {
                    b.At(src, valueSpan).InvalidConfig(level is null ? "level.not-string" : "level", ("level", level), ("code", code));
                }
            }
        }
    }

    /// <summary>error, warning, info, or none (null).</summary>
    public static bool TryParseLevel(string? level, out DiagnosticSeverity? severity)
    {
        severity = level switch
        {
            "error" => DiagnosticSeverity.Error,
            "warning" => DiagnosticSeverity.Warning,
            "info" => DiagnosticSeverity.Info,
            _ => null,
        };
        return severity is not null || level == "none";
    }

    private static int Bom(byte[] bytes) => bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;

    /// <summary>
    /// Why <see cref="Utf8JsonReader"/> refused the file, in both languages (issue 15): the reader's own sentence
    /// (English only, from System.Text.Json) without its position, and its zh-TW reading for the refusals a hand-written
    /// file meets (<see cref="JsonReasons"/>); a refusal not in that list is said in zh-TW as a JSON syntax error with
    /// the reader's words in brackets.
    /// </summary>
    private static Phrase Reason(JsonException e)
    {
        // "'x' is an invalid start of a value. LineNumber: 0 | BytePositionInLine: 5." → without the position
        string m = e.Message;
        int cut = m.IndexOf(" LineNumber:", StringComparison.Ordinal);
        string en = (cut > 0 ? m[..cut] : m).TrimEnd('.', ' ');
        return new Phrase(en, JsonReasons.ZhTw(en));
    }

    private static TextSpan ErrorSpan(byte[] bytes, SourceText source, JsonException e)
    {
        if (e.LineNumber is not { } line || e.BytePositionInLine is not { } column) return new TextSpan(0, 0);
        int bom = Bom(bytes);
        int lineStart = bom;
        for (long l = 0; l < line; l++)
        {
            int nl = Array.IndexOf(bytes, (byte)'\n', lineStart);
            if (nl < 0) break;
            lineStart = nl + 1;
        }

        int byteOffset = (int)Math.Min(bytes.Length, lineStart + column);
        int start = Math.Min(source.Length, Encoding.UTF8.GetCharCount(bytes, 0, byteOffset));
        return new TextSpan(start, start < source.Length && source.Text[start] is not ('\n' or '\r') ? 1 : 0);
    }
}
