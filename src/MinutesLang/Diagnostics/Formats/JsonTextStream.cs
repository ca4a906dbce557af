using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace MinutesLang.Diagnostics.Formats;

/// <summary>
/// A <see cref="Utf8JsonWriter"/> whose output goes to a <see cref="TextWriter"/> part by part, so that a document of
/// findings is written while it grows (<c>check --format json|sarif</c> series by series, issue 14) instead of being
/// held whole. The writer keeps its own state between parts (depth, commas, indentation), so the text written in parts
/// is byte for byte the one written at once. Indented, non-ASCII characters unescaped (the findings are Chinese).
/// </summary>
internal sealed class JsonTextStream : IDisposable
{
    /// <summary>Past this many bytes held, <see cref="FlushIfLarge"/> passes them on (a series with very many findings).</summary>
    private const int FlushAt = 64 * 1024;

    private readonly TextWriter output;
    private readonly ArrayBufferWriter<byte> buffer = new(FlushAt);

    /// <param name="output">where the UTF-8 text goes, decoded, at each <see cref="Flush"/></param>
    public JsonTextStream(TextWriter output)
    {
        this.output = output;
        Json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    /// <summary>The JSON writer to write values with; what it holds reaches the output at <see cref="Flush"/>.</summary>
    public Utf8JsonWriter Json { get; }

    /// <summary>Passes everything written so far on to the output (always whole tokens, so whole UTF-8 sequences).</summary>
    public void Flush()
    {
        Json.Flush();
        if (buffer.WrittenCount == 0) return;
        output.Write(Encoding.UTF8.GetString(buffer.WrittenSpan));
        buffer.ResetWrittenCount();
    }

    /// <summary><see cref="Flush"/> when more than 64 KiB are held.</summary>
    public void FlushIfLarge()
    {
        if (Json.BytesPending + buffer.WrittenCount >= FlushAt) Flush();
    }

    /// <summary>Passes on what is held and ends the text with a line break (after the document's closing brace).</summary>
    public void End()
    {
        Flush();
        output.Write('\n');
    }

    public void Dispose() => Json.Dispose();
}
