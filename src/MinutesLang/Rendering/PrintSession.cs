using System.Buffers;
using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace MinutesLang.Rendering;

/// <summary>
/// One headless Chromium process that prints any number of html pages to pdf, driven by the
/// DevTools protocol over a pipe (<c>--remote-debugging-pipe</c>: commands go to the browser's
/// file descriptor 3, replies come back on 4, each a JSON message ended by a NUL byte). A folder of
/// records is printed in one session, so the browser starts once per run, not once per record.
/// </summary>
/// <remarks>
/// Each page is printed with <c>Page.printToPDF</c>: the page size and margins of the page's CSS
/// (<c>@page</c>, whose margin boxes carry the page numbers), a document outline (bookmarks from the
/// h1–h6 headings of the page) and a tagged pdf (structure for screen readers). JSON is written with
/// <see cref="Utf8JsonWriter"/> and read with <see cref="JsonDocument"/>: no reflection (Native AOT).
/// The profile is a fresh temporary folder, deleted by <see cref="Dispose"/>.
/// </remarks>
public sealed class PrintSession : IDisposable
{
    private readonly Process process;
    private readonly Stream commands;
    private readonly Stream replies;
    private readonly string dir;
    private readonly string executable;
    private readonly StringBuilder errors = new();
    private readonly byte[] buffer = new byte[1 << 16];
    private readonly MemoryStream pending = new();
    private int bufferStart, bufferEnd;
    private int nextId;
    private string? sessionId;
    private int pages;
    private readonly HashSet<string> events = [];

    internal PrintSession(string executable, IEnumerable<string> flags)
    {
        this.executable = executable;
        dir = Directory.CreateTempSubdirectory("minutes-pdf-").FullName;
        // the shell gives the browser our standard input as fd 3 and our standard output as fd 4
        var start = new ProcessStartInfo("/bin/sh")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in new[] { "-c", "exec \"$@\" 3<&0 4>&1 >/dev/null", "sh", executable }) start.ArgumentList.Add(a);
        foreach (var f in flags) start.ArgumentList.Add(f);
        start.ArgumentList.Add($"--user-data-dir={Path.Combine(dir, "profile")}");
        start.ArgumentList.Add("--remote-debugging-pipe");
        try
        {
            process = Process.Start(start) ?? throw new ChromiumException($"cannot start {executable}");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            Delete();
            throw new ChromiumException($"cannot start {executable}: {e.Message}; {Chromium.HowToGetOne}");
        }

        process.ErrorDataReceived += (_, e) =>
        {
            lock (errors)
            {
                if (e.Data is { Length: > 0 } line) errors.Append(line).Append('\n');
            }
        };
        process.BeginErrorReadLine();
        commands = process.StandardInput.BaseStream;
        replies = process.StandardOutput.BaseStream;
        try
        {
            Guarded(Attach);
        }
        catch
        {
            Kill();
            process.Dispose();
            Delete();
            throw;
        }
    }

    private int Attach()
    {
        {
            using var target = Call("Target.createTarget", null, w => w.WriteString("url", "about:blank"));
            string targetId = target.RootElement.GetProperty("targetId").GetString()!;
            using var attached = Call("Target.attachToTarget", null, w =>
            {
                w.WriteString("targetId", targetId);
                w.WriteBoolean("flatten", true);
            });
            sessionId = attached.RootElement.GetProperty("sessionId").GetString()!;
            Call("Page.enable", sessionId, _ => { }).Dispose();
            return 0;
        }
    }

    /// <summary>How many pages this session printed (one browser process for all of them).</summary>
    public int Printed => pages;

    /// <summary>The browser's process id (for the tests: every record of a run is printed by the same one).</summary>
    public int ProcessId => process.Id;

    /// <summary>Prints one html page (A4 and margins as its CSS says; page numbers from its <c>@page</c> margin boxes) to pdf, with bookmarks and tags.</summary>
    /// <exception cref="ChromiumException">the browser failed, or took longer than <see cref="Chromium.Timeout"/></exception>
    public byte[] PrintToPdf(string html)
    {
        string page = Path.Combine(dir, $"record-{pages + 1}.html");
        File.WriteAllText(page, html);
        try
        {
            return Guarded(() =>
            {
                events.Remove("Page.loadEventFired");
                Call("Page.navigate", sessionId, w => w.WriteString("url", new Uri(page).AbsoluteUri)).Dispose();
                while (!events.Contains("Page.loadEventFired")) Read(expectId: null);
                using var pdf = Call("Page.printToPDF", sessionId, w =>
                {
                    w.WriteBoolean("printBackground", true);
                    w.WriteBoolean("preferCSSPageSize", true);
                    w.WriteBoolean("displayHeaderFooter", false);
                    w.WriteBoolean("generateTaggedPDF", true);
                    w.WriteBoolean("generateDocumentOutline", true);
                });
                pages++;
                return pdf.RootElement.GetProperty("data").GetBytesFromBase64();
            });
        }
        finally
        {
            File.Delete(page);
        }
    }

    /// <summary>Runs a conversation with the browser; kills it when it takes longer than the timeout.</summary>
    private T Guarded<T>(Func<T> talk)
    {
        bool timedOut = false;
        using var timer = new Timer(_ =>
        {
            timedOut = true;
            Kill();
        }, null, Chromium.Timeout, System.Threading.Timeout.InfiniteTimeSpan);
        try
        {
            return talk();
        }
        catch (Exception e) when (e is IOException or EndOfStreamException or JsonException or KeyNotFoundException or InvalidOperationException)
        {
            if (timedOut) throw new ChromiumException($"{executable} did not finish in {Chromium.Timeout.TotalSeconds} s");
            throw new ChromiumException($"{executable} failed: {LastError(e.Message)}");
        }
    }

    private string LastError(string fallback)
    {
        Thread.Sleep(100);
        lock (errors)
        {
            var last = errors.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault(l => !l.Contains("dbus", StringComparison.OrdinalIgnoreCase));
            return (last ?? fallback).Trim();
        }
    }

    /// <summary>Sends a command and reads until its reply; returns the reply's <c>result</c>.</summary>
    private JsonDocument Call(string method, string? session, Action<Utf8JsonWriter> parameters)
    {
        int id = ++nextId;
        var output = new ArrayBufferWriter<byte>();
        using (var w = new Utf8JsonWriter(output))
        {
            w.WriteStartObject();
            w.WriteNumber("id", id);
            w.WriteString("method", method);
            if (session is not null) w.WriteString("sessionId", session);
            w.WriteStartObject("params");
            parameters(w);
            w.WriteEndObject();
            w.WriteEndObject();
        }

        commands.Write(output.WrittenSpan);
        commands.WriteByte(0);
        commands.Flush();
        while (true)
        {
            var reply = Read(id);
            if (reply is not null) return reply;
        }
    }

    /// <summary>Reads one message: the reply to <paramref name="expectId"/> (its result), or null for anything else (events are noted).</summary>
    private JsonDocument? Read(int? expectId)
    {
        using var message = JsonDocument.Parse(NextMessage());
        var root = message.RootElement;
        if (root.TryGetProperty("method", out var method))
        {
            events.Add(method.GetString() ?? "");
            return null;
        }

        if (expectId is null || !root.TryGetProperty("id", out var id) || id.GetInt32() != expectId) return null;
        if (root.TryGetProperty("error", out var error))
        {
            string text = error.TryGetProperty("message", out var m) ? m.GetString() ?? "" : error.GetRawText();
            throw new ChromiumException($"{executable} refused the request: {text}");
        }

        return JsonDocument.Parse(root.GetProperty("result").GetRawText());
    }

    /// <summary>The bytes up to the next NUL from the browser.</summary>
    private ReadOnlyMemory<byte> NextMessage()
    {
        pending.SetLength(0);
        while (true)
        {
            if (bufferStart == bufferEnd)
            {
                bufferStart = 0;
                bufferEnd = replies.Read(buffer, 0, buffer.Length);
                if (bufferEnd == 0) throw new EndOfStreamException("the browser closed the protocol pipe");
            }

            int nul = Array.IndexOf(buffer, (byte)0, bufferStart, bufferEnd - bufferStart);
            if (nul < 0)
            {
                pending.Write(buffer, bufferStart, bufferEnd - bufferStart);
                bufferStart = bufferEnd;
                continue;
            }

            pending.Write(buffer, bufferStart, nul - bufferStart);
            bufferStart = nul + 1;
            return pending.GetBuffer().AsMemory(0, (int)pending.Length);
        }
    }

    private void Kill()
    {
        try
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // already gone
        }
    }

    /// <summary>Closes the browser (Browser.close; killed if it does not exit within seconds) and deletes the profile.</summary>
    public void Dispose()
    {
        try
        {
            if (!process.HasExited)
            {
                var output = new ArrayBufferWriter<byte>();
                using (var w = new Utf8JsonWriter(output))
                {
                    w.WriteStartObject();
                    w.WriteNumber("id", ++nextId);
                    w.WriteString("method", "Browser.close");
                    w.WriteEndObject();
                }

                commands.Write(output.WrittenSpan);
                commands.WriteByte(0);
                commands.Flush();
            }
        }
        catch (IOException)
        {
            // the pipe is already closed
        }

        if (!process.WaitForExit(TimeSpan.FromSeconds(10))) Kill();
        process.WaitForExit();
        process.Dispose();
        Delete();
    }

    private void Delete()
    {
        try
        {
            Directory.Delete(dir, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // a helper process may still hold a file for a moment; the temp folder is cleaned later
        }
    }
}
