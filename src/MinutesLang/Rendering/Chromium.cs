using System.Diagnostics;

namespace MinutesLang.Rendering;

/// <summary>
/// The machine's Chromium could not be found or failed: one line for the user, exit 2. <see cref="Exception.Message"/> is
/// English; <see cref="Text"/> holds the zh-TW text too where one was given (issue 15; Chromium's own words stay as it says them).
/// </summary>
public sealed class ChromiumException(string message, string? zhTw = null) : Exception(message)
{
    /// <summary>The failure in both languages (the English text in both when no zh-TW text was given).</summary>
    public MinutesLang.Localization.Phrase Text { get; } = new(message, zhTw ?? message);
}

/// <summary>
/// A headless Chromium on this machine: prints html to pdf (and, for the tests, dumps the DOM or
/// takes a screenshot). Each run gets a fresh, empty profile in a temporary folder that is
/// deleted afterwards.
/// </summary>
public sealed class Chromium(string executable)
{
    public const string EnvironmentVariable = "MINUTES_CHROMIUM";

    public const string HowToGetOne = "install Chromium (Debian/Ubuntu: apt-get install chromium) or set MINUTES_CHROMIUM to its path";

    /// <summary><see cref="HowToGetOne"/> in zh-TW.</summary>
    public const string HowToGetOneZh = "請安裝 Chromium（Debian/Ubuntu：apt-get install chromium），或將 MINUTES_CHROMIUM 設為其路徑";

    private static readonly string[] Flags =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--hide-scrollbars", "--mute-audio",
    ];

    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    public string Executable { get; } = executable;

    /// <summary>This machine's Chromium: $MINUTES_CHROMIUM, else chromium on PATH, else /usr/bin/chromium.</summary>
    /// <exception cref="ChromiumException">none is found (the message says how to get one)</exception>
    public static Chromium Find() =>
        Locate(Environment.GetEnvironmentVariable(EnvironmentVariable), Environment.GetEnvironmentVariable("PATH"), ["/usr/bin/chromium", "/usr/bin/chromium-browser"]);

    /// <summary>Whether <see cref="Find"/> would find one (for tests that need it).</summary>
    public static bool TryFind(out Chromium? chromium)
    {
        try
        {
            chromium = Find();
            return true;
        }
        catch (ChromiumException)
        {
            chromium = null;
            return false;
        }
    }

    public static Chromium Locate(string? variable, string? pathVariable, IEnumerable<string> usual)
    {
        if (!string.IsNullOrEmpty(variable))
        {
            if (File.Exists(variable)) return new Chromium(variable);
            throw new ChromiumException($"{EnvironmentVariable}={variable}: no such file; {HowToGetOne}", $"{EnvironmentVariable}={variable}：找不到這個檔案；{HowToGetOneZh}");
        }

        foreach (var dir in (pathVariable ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var name in new[] { "chromium", "chromium-browser" })
            {
                string candidate = Path.Combine(dir, name);
                if (File.Exists(candidate)) return new Chromium(candidate);
            }
        }

        foreach (var candidate in usual)
        {
            if (File.Exists(candidate)) return new Chromium(candidate);
        }

        throw new ChromiumException($"no Chromium found to print pdf: {HowToGetOne}", $"找不到可列印 pdf 的 Chromium：{HowToGetOneZh}");
    }

    /// <summary>
    /// Starts one browser for many pages: <see cref="PrintSession.PrintToPdf"/> prints each (page
    /// numbers, bookmarks, tags), <see cref="PrintSession.PrintToPdfAsync"/> up to
    /// <paramref name="parallelism"/> at a time (default <see cref="PrintSession.DefaultParallelism"/>,
    /// one per core), each in a tab of the same browser; dispose it to close the browser. What
    /// <c>render --to pdf</c> uses for all the records of a run.
    /// </summary>
    /// <exception cref="ChromiumException">the browser cannot be started or does not answer</exception>
    public PrintSession OpenSession(int? parallelism = null) => new(Executable, Flags, parallelism ?? PrintSession.DefaultParallelism);

    /// <summary>Prints one html page (A4, as its CSS says) and returns the pdf: a session of its own, for one page.</summary>
    public byte[] PrintToPdf(string html)
    {
        using var session = OpenSession();
        return session.PrintToPdf(html);
    }

    /// <summary>The DOM of an html file after Chromium loaded and laid it out.</summary>
    public string DumpDom(string htmlFile)
    {
        string dir = Directory.CreateTempSubdirectory("minutes-dom-").FullName;
        try
        {
            return Run(dir, ["--dump-dom", new Uri(Path.GetFullPath(htmlFile)).AbsoluteUri]);
        }
        finally
        {
            Delete(dir);
        }
    }

    /// <summary>A PNG of the top of an html page, at A4 width (96 dpi).</summary>
    public void Screenshot(string htmlFile, string png, int width = 794, int height = 1123)
    {
        string dir = Directory.CreateTempSubdirectory("minutes-png-").FullName;
        try
        {
            Run(dir, [$"--window-size={width},{height}", $"--screenshot={Path.GetFullPath(png)}", new Uri(Path.GetFullPath(htmlFile)).AbsoluteUri]);
        }
        finally
        {
            Delete(dir);
        }
    }

    /// <summary>Runs Chromium with a fresh profile in <paramref name="dir"/>; returns its standard output.</summary>
    private string Run(string dir, IEnumerable<string> args)
    {
        var start = new ProcessStartInfo(Executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var f in Flags) start.ArgumentList.Add(f);
        start.ArgumentList.Add($"--user-data-dir={Path.Combine(dir, "profile")}");
        foreach (var a in args) start.ArgumentList.Add(a);
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new ChromiumException($"cannot start {Executable}", $"無法啟動 {Executable}");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new ChromiumException($"cannot start {Executable}: {e.Message}; {HowToGetOne}", $"無法啟動 {Executable}：{e.Message}；{HowToGetOneZh}");
        }

        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                throw new ChromiumException($"{Executable} did not finish in {Timeout.TotalSeconds} s", $"{Executable} 未在 {Timeout.TotalSeconds} 秒內完成");
            }

            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                string last = stderr.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? "";
                throw new ChromiumException($"{Executable} failed (exit {process.ExitCode}): {last.Trim()}", $"{Executable} 執行失敗（結束碼 {process.ExitCode}）：{last.Trim()}");
            }

            return stdout.Result;
        }
    }

    private static void Delete(string dir)
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
