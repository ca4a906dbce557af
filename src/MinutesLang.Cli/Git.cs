using System.Diagnostics;

namespace MinutesLang.Cli;

/// <summary>Runs git: its output as bytes, its failure as a one-line usage error with git's own message.</summary>
public static class Git
{
    public static bool Try(string top, params string[] args)
    {
        try
        {
            Run(top, null, args);
            return true;
        }
        catch (UsageException)
        {
            return false;
        }
    }

    /// <summary>Runs git and returns its standard output; a failure is a usage error with git's own message.</summary>
    public static byte[] Run(string? workdir, byte[]? input, params string[] args)
    {
        var start = new ProcessStartInfo("git")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = input is not null,
            UseShellExecute = false,
        };
        if (workdir is not null)
        {
            start.ArgumentList.Add("-C");
            start.ArgumentList.Add(workdir);
        }

        foreach (var a in args) start.ArgumentList.Add(a);

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new UsageException("git could not be started", "無法啟動 git");
        }
        catch (System.ComponentModel.Win32Exception)
        {
            throw new UsageException("this needs git on the PATH", "須在 PATH 中有 git 才能執行");
        }

        using (process)
        {
            var err = process.StandardError.ReadToEndAsync();
            if (input is not null)
            {
                // write on another task: git answers while it reads, and both pipes have limits
                var writer = Task.Run(() =>
                {
                    process.StandardInput.BaseStream.Write(input);
                    process.StandardInput.Close();
                });
                var bytes = ReadAll(process.StandardOutput.BaseStream);
                writer.Wait();
                return Finish(process, bytes, err.Result, args);
            }

            return Finish(process, ReadAll(process.StandardOutput.BaseStream), err.Result, args);
        }
    }

    private static byte[] Finish(Process process, byte[] bytes, string err, string[] args)
    {
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            string first = err.Split('\n', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()?.Trim() ?? $"exit {process.ExitCode}";
            // git's own words are English (or the machine's): a Chinese reader is told what they mean where we know it
            throw new UsageException($"git {args[0]}: {first}", first.StartsWith("fatal: not a git repository", StringComparison.Ordinal)
                ? $"目前資料夾不在 git 儲存庫中（git {args[0]}）"
                : $"git {args[0]} 執行失敗：{first}");
        }

        return bytes;
    }

    private static byte[] ReadAll(Stream s)
    {
        using var m = new MemoryStream();
        s.CopyTo(m);
        return m.ToArray();
    }
}
