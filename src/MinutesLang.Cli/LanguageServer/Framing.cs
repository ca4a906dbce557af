using System.Text;

namespace MinutesLang.Cli.LanguageServer;

/// <summary>
/// The LSP base protocol's framing on a byte stream: a header part of <c>Name: value</c> lines ended by CRLF (a lone LF
/// is taken too), an empty line, then a content part of exactly <c>Content-Length</c> bytes (UTF-8 JSON). What cannot be
/// a frame is skipped, never thrown: a header block without a valid <c>Content-Length</c> is dropped and the next one
/// read; a header line longer than <see cref="MaxHeaderLine"/> bytes is cut off; a content part longer than
/// <see cref="MaxContentLength"/> bytes is read and discarded. Each problem is told to <c>problem</c>.
/// </summary>
public sealed class FrameReader(Stream input, Action<string>? problem = null)
{
    /// <summary>The longest header line kept, in bytes; the rest of a longer one is skipped.</summary>
    public const int MaxHeaderLine = 8 * 1024;

    /// <summary>The largest content part read, in bytes (64 MiB): a record is far smaller; a larger frame is skipped.</summary>
    public const int MaxContentLength = 64 * 1024 * 1024;

    private readonly byte[] buffer = new byte[16 * 1024];
    private int start;
    private int end;

    /// <summary>The content part of the next well-formed frame, or null at the end of the stream (a frame cut off by the end included).</summary>
    public async Task<byte[]?> ReadAsync(CancellationToken cancel = default)
    {
        while (true)
        {
            int? length = null;
            bool bad = false;
            bool any = false;
            while (true)
            {
                var line = await ReadLineAsync(cancel);
                if (line is null) return null;
                if (line.Length == 0)
                {
                    if (any) break; // the end of a header block
                    continue; // blank lines between frames are ignored
                }

                any = true;
                int colon = line.IndexOf(':');
                if (colon <= 0)
                {
                    bad = true;
                    continue;
                }

                string name = line[..colon].Trim();
                string value = line[(colon + 1)..].Trim();
                if (name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
                {
                    if (int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int n)) length = n;
                    else bad = true;
                }
            }

            if (length is not { } size)
            {
                problem?.Invoke(bad ? "a header block without a valid Content-Length was skipped" : "a header block without Content-Length was skipped");
                continue;
            }

            if (size > MaxContentLength)
            {
                problem?.Invoke($"a frame of {size} bytes (more than {MaxContentLength}) was skipped");
                if (!await SkipAsync(size, cancel)) return null;
                continue;
            }

            var content = new byte[size];
            if (!await ReadExactlyAsync(content, cancel)) return null;
            return content;
        }
    }

    /// <summary>One header line without its line end, in Latin-1 (headers are ASCII); null at the end of the stream.</summary>
    private async Task<string?> ReadLineAsync(CancellationToken cancel)
    {
        var line = new StringBuilder();
        bool cut = false;
        while (true)
        {
            if (start == end && !await FillAsync(cancel)) return null; // a line cut off by the end is no header
            int nl = Array.IndexOf(buffer, (byte)'\n', start, end - start);
            int stop = nl < 0 ? end : nl;
            int take = Math.Min(stop - start, Math.Max(0, MaxHeaderLine - line.Length));
            if (take < stop - start) cut = true;
            line.Append(Encoding.Latin1.GetString(buffer, start, take));
            start = nl < 0 ? end : nl + 1;
            if (nl >= 0)
            {
                if (line.Length > 0 && line[^1] == '\r') line.Length--;
                if (cut) problem?.Invoke($"a header line longer than {MaxHeaderLine} bytes was cut off");
                return line.ToString();
            }
        }
    }

    private async Task<bool> FillAsync(CancellationToken cancel)
    {
        start = 0;
        end = await input.ReadAsync(buffer, cancel);
        return end > 0;
    }

    private async Task<bool> ReadExactlyAsync(byte[] target, CancellationToken cancel)
    {
        int got = 0;
        while (got < target.Length)
        {
            if (start == end && !await FillAsync(cancel)) return false;
            int n = Math.Min(end - start, target.Length - got);
            Array.Copy(buffer, start, target, got, n);
            start += n;
            got += n;
        }

        return true;
    }

    private async Task<bool> SkipAsync(long count, CancellationToken cancel)
    {
        while (count > 0)
        {
            if (start == end && !await FillAsync(cancel)) return false;
            int n = (int)Math.Min(end - start, count);
            start += n;
            count -= n;
        }

        return true;
    }
}

/// <summary>Writes frames (<c>Content-Length</c> header, CRLF CRLF, UTF-8 JSON) to a stream, one whole frame at a time from any thread.</summary>
public sealed class FrameWriter(Stream output)
{
    private readonly SemaphoreSlim gate = new(1, 1);

    /// <summary>Writes <paramref name="content"/> (UTF-8 JSON) as one frame and flushes it.</summary>
    public async Task WriteAsync(ReadOnlyMemory<byte> content, CancellationToken cancel = default)
    {
        byte[] header = Encoding.ASCII.GetBytes($"Content-Length: {content.Length}\r\n\r\n");
        await gate.WaitAsync(cancel);
        try
        {
            await output.WriteAsync(header, cancel);
            await output.WriteAsync(content, cancel);
            await output.FlushAsync(cancel);
        }
        finally
        {
            gate.Release();
        }
    }
}
