using System.Buffers;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace MinutesLang.Rendering;

/// <summary>
/// One headless Chromium process that prints any number of html pages to pdf, driven by the
/// DevTools protocol over a pipe (<c>--remote-debugging-pipe</c>: commands go to the browser's
/// file descriptor 3, replies come back on 4, each a JSON message ended by a NUL byte). A folder of
/// records is printed in one session, so the browser starts once per run, not once per record; and
/// it prints up to <see cref="Parallelism"/> records at a time, each in a tab (a target) of its own,
/// reused from one record to the next.
/// </summary>
/// <remarks>
/// Each page is printed with <c>Page.printToPDF</c>: the page size and margins of the page's CSS
/// (<c>@page</c>, whose margin boxes carry the page numbers), a document outline (bookmarks from the
/// h1–h6 headings of the page) and a tagged pdf (structure for screen readers). A record's pdf
/// costs the browser about a second of layout, font subsetting and pdf writing (docs/bench/render.md):
/// the tabs share the browser process and its fonts, and their renderers lay out and print at the
/// same time on the machine's cores, while the caller renders the next record's html
/// (<see cref="PrintToPdfAsync"/>). One reader thread takes the browser's messages off the pipe and
/// hands each reply to the command that waits for it (by its id) and each page load to its tab
/// (<c>Page.lifecycleEvent</c> "load" of the navigation's loader, so a late event of an earlier page
/// is never taken for the new one). JSON is written with <see cref="Utf8JsonWriter"/> and read with
/// <see cref="JsonDocument"/>: no reflection (Native AOT). The profile is a fresh temporary folder,
/// deleted by <see cref="Dispose"/>.
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
    private readonly object writing = new();
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonDocument>> calls = new();
    private readonly ConcurrentDictionary<string, Tab> tabs = new();
    private readonly ConcurrentBag<Tab> idle = [];
    private readonly SemaphoreSlim free;
    private readonly Thread reader;
    private int bufferStart, bufferEnd;
    private int nextId;
    private int pages;
    private int files;
    private volatile Exception? broken;
    private bool disposed;

    /// <summary>How many records are printed at a time by default: one per core, at most 8.</summary>
    public static int DefaultParallelism => Math.Clamp(Environment.ProcessorCount, 1, 8);

    internal PrintSession(string executable, IEnumerable<string> flags, int parallelism)
    {
        this.executable = executable;
        Parallelism = Math.Max(1, parallelism);
        free = new SemaphoreSlim(Parallelism, Parallelism);
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
            process = Process.Start(start) ?? throw new ChromiumException($"cannot start {executable}", $"無法啟動 {executable}");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            Delete();
            throw new ChromiumException($"cannot start {executable}: {e.Message}; {Chromium.HowToGetOne}", $"無法啟動 {executable}（{e.Message}）；{Chromium.HowToGetOneZh}");
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
        reader = new Thread(ReadAll) { IsBackground = true, Name = "minutes-pdf-reader" };
        reader.Start();
        try
        {
            // the first tab now: a browser that cannot start or does not answer is said here, before any record
            idle.Add(Guarded(OpenTab).GetAwaiter().GetResult());
        }
        catch
        {
            Kill();
            process.WaitForExit();
            process.Dispose();
            Delete();
            throw;
        }
    }

    /// <summary>A tab of the browser: its target and the session that drives it; the loads of its navigations by loader id.</summary>
    private sealed class Tab(string session)
    {
        private readonly Dictionary<string, TaskCompletionSource> loads = [];

        public string Session { get; } = session;

        /// <summary>The load of the navigation <paramref name="loader"/>, whether it came already or comes later.</summary>
        public TaskCompletionSource Load(string loader)
        {
            lock (loads)
            {
                if (!loads.TryGetValue(loader, out var load)) loads[loader] = load = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                return load;
            }
        }

        public void Forget()
        {
            lock (loads) loads.Clear();
        }

        public void Fail(Exception e)
        {
            lock (loads)
            {
                foreach (var load in loads.Values) load.TrySetException(e);
            }
        }
    }

    /// <summary>How many pages this session printed (one browser process for all of them).</summary>
    public int Printed => pages;

    /// <summary>How many records it prints at a time at most (tabs of the one browser); see <see cref="DefaultParallelism"/>.</summary>
    public int Parallelism { get; }

    /// <summary>How many tabs it opened: never more than <see cref="Parallelism"/>, each reused for record after record.</summary>
    public int Tabs => tabs.Count;

    /// <summary>The browser's process id (for the tests: every record of a run is printed by the same one).</summary>
    public int ProcessId => process.Id;

    /// <summary>Prints one html page (A4 and margins as its CSS says; page numbers from its <c>@page</c> margin boxes) to pdf, with bookmarks and tags; waits for it.</summary>
    /// <exception cref="ChromiumException">the browser failed, or took longer than <see cref="Chromium.Timeout"/></exception>
    public byte[] PrintToPdf(string html) => PrintToPdfAsync(html).GetAwaiter().GetResult();

    /// <summary>
    /// Prints one html page to pdf, as <see cref="PrintToPdf"/>, in the first free tab: up to
    /// <see cref="Parallelism"/> pages are printed at the same time, the others wait for a tab. The
    /// task gives the pdf's bytes.
    /// </summary>
    /// <exception cref="ChromiumException">(from the task) the browser failed, or took longer than <see cref="Chromium.Timeout"/></exception>
    public async Task<byte[]> PrintToPdfAsync(string html)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        await free.WaitAsync().ConfigureAwait(false);
        string page = Path.Combine(dir, $"record-{Interlocked.Increment(ref files)}.html");
        Tab? tab = null;
        try
        {
            await File.WriteAllTextAsync(page, html).ConfigureAwait(false);
            return await Guarded(async () =>
            {
                tab = idle.TryTake(out var t) ? t : await OpenTab().ConfigureAwait(false);
                string loader;
                using (var navigated = await Call("Page.navigate", tab.Session, w => w.WriteString("url", new Uri(page).AbsoluteUri)).ConfigureAwait(false))
                {
                    if (navigated.RootElement.TryGetProperty("errorText", out var error) && error.GetString() is { Length: > 0 } text)
                        throw new ChromiumException($"{executable} could not open the page: {text}", $"{executable} 無法開啟頁面：{text}");
                    loader = navigated.RootElement.GetProperty("loaderId").GetString()!;
                }

                await tab.Load(loader).Task.ConfigureAwait(false);
                tab.Forget();
                using var pdf = await Call("Page.printToPDF", tab.Session, w =>
                {
                    w.WriteBoolean("printBackground", true);
                    w.WriteBoolean("preferCSSPageSize", true);
                    w.WriteBoolean("displayHeaderFooter", false);
                    w.WriteBoolean("generateTaggedPDF", true);
                    w.WriteBoolean("generateDocumentOutline", true);
                }).ConfigureAwait(false);
                Interlocked.Increment(ref pages);
                return pdf.RootElement.GetProperty("data").GetBytesFromBase64();
            }).ConfigureAwait(false);
        }
        finally
        {
            if (tab is not null) idle.Add(tab);
            free.Release();
            try
            {
                File.Delete(page);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // deleted with the profile folder
            }
        }
    }

    /// <summary>Opens a tab: a target at about:blank, attached (flat sessions), with page and lifecycle events on.</summary>
    private async Task<Tab> OpenTab()
    {
        string targetId;
        using (var target = await Call("Target.createTarget", null, w => w.WriteString("url", "about:blank")).ConfigureAwait(false))
            targetId = target.RootElement.GetProperty("targetId").GetString()!;
        string session;
        using (var attached = await Call("Target.attachToTarget", null, w =>
        {
            w.WriteString("targetId", targetId);
            w.WriteBoolean("flatten", true);
        }).ConfigureAwait(false))
            session = attached.RootElement.GetProperty("sessionId").GetString()!;
        var tab = new Tab(session);
        tabs[session] = tab;
        (await Call("Page.enable", session, _ => { }).ConfigureAwait(false)).Dispose();
        (await Call("Page.setLifecycleEventsEnabled", session, w => w.WriteBoolean("enabled", true)).ConfigureAwait(false)).Dispose();
        return tab;
    }

    /// <summary>Runs a conversation with the browser; kills it when it takes longer than the timeout.</summary>
    private async Task<T> Guarded<T>(Func<Task<T>> talk)
    {
        try
        {
            return await talk().WaitAsync(Chromium.Timeout).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            Kill();
            throw new ChromiumException($"{executable} did not finish in {Chromium.Timeout.TotalSeconds} s", $"{executable} 未在 {Chromium.Timeout.TotalSeconds} 秒內完成");
        }
        catch (Exception e) when (e is IOException or EndOfStreamException or JsonException or KeyNotFoundException or InvalidOperationException or ObjectDisposedException)
        {
            throw new ChromiumException($"{executable} failed: {LastError(e.Message)}", $"{executable} 執行失敗：{LastError(e.Message)}");
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

    /// <summary>Sends a command; the task gives the reply's <c>result</c> (the reader thread completes it).</summary>
    private Task<JsonDocument> Call(string method, string? session, Action<Utf8JsonWriter> parameters)
    {
        int id = Interlocked.Increment(ref nextId);
        var reply = new TaskCompletionSource<JsonDocument>(TaskCreationOptions.RunContinuationsAsynchronously);
        calls[id] = reply;
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

        try
        {
            if (broken is { } gone) throw gone;
            lock (writing)
            {
                commands.Write(output.WrittenSpan);
                commands.WriteByte(0);
                commands.Flush();
            }
        }
        catch (Exception e)
        {
            calls.TryRemove(id, out _);
            reply.TrySetException(e is IOException or EndOfStreamException or ObjectDisposedException ? e : new IOException(e.Message, e));
        }

        return reply.Task;
    }

    /// <summary>The reader thread: each reply to the command that waits for it, each page load to its tab, until the pipe closes.</summary>
    private void ReadAll()
    {
        try
        {
            while (true)
            {
                using var message = JsonDocument.Parse(NextMessage());
                var root = message.RootElement;
                if (root.TryGetProperty("id", out var id) && id.TryGetInt32(out int n))
                {
                    if (!calls.TryRemove(n, out var reply)) continue;
                    if (root.TryGetProperty("error", out var error))
                    {
                        string text = error.TryGetProperty("message", out var m) ? m.GetString() ?? "" : error.GetRawText();
                        reply.TrySetException(new ChromiumException($"{executable} refused the request: {text}", $"{executable} 拒絕了請求：{text}"));
                    }
                    else
                    {
                        reply.TrySetResult(JsonDocument.Parse(root.GetProperty("result").GetRawText()));
                    }

                    continue;
                }

                if (!root.TryGetProperty("method", out var method) || !root.TryGetProperty("sessionId", out var session)) continue;
                if (!tabs.TryGetValue(session.GetString() ?? "", out var tab)) continue;
                switch (method.GetString())
                {
                    case "Page.lifecycleEvent" when root.GetProperty("params") is var p && p.GetProperty("name").GetString() == "load":
                        tab.Load(p.GetProperty("loaderId").GetString() ?? "").TrySetResult();
                        break;
                    case "Inspector.targetCrashed":
                        tab.Fail(new IOException("the page crashed"));
                        break;
                }
            }
        }
        catch (Exception e)
        {
            // the pipe closed or carried nonsense: every waiting command fails, and every later one
            broken = e is IOException or EndOfStreamException or JsonException ? e : new IOException(e.Message, e);
            foreach (var id in calls.Keys)
            {
                if (calls.TryRemove(id, out var reply)) reply.TrySetException(broken);
            }

            foreach (var tab in tabs.Values) tab.Fail(broken);
        }
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

    /// <summary>Closes the browser (Browser.close; killed if it does not exit within seconds) and deletes the profile; pages still printing fail.</summary>
    public void Dispose()
    {
        if (disposed) return;
        disposed = true;
        try
        {
            if (!process.HasExited)
            {
                var output = new ArrayBufferWriter<byte>();
                using (var w = new Utf8JsonWriter(output))
                {
                    w.WriteStartObject();
                    w.WriteNumber("id", Interlocked.Increment(ref nextId));
                    w.WriteString("method", "Browser.close");
                    w.WriteEndObject();
                }

                lock (writing)
                {
                    commands.Write(output.WrittenSpan);
                    commands.WriteByte(0);
                    commands.Flush();
                }
            }
        }
        catch (IOException)
        {
            // the pipe is already closed
        }

        if (!process.WaitForExit(TimeSpan.FromSeconds(10))) Kill();
        process.WaitForExit();
        reader.Join(TimeSpan.FromSeconds(10));
        process.Dispose();
        free.Dispose();
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
