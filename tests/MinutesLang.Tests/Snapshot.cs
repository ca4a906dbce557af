using System.Runtime.CompilerServices;

namespace MinutesLang.Tests;

/// <summary>
/// Snapshot files in Verify's convention: <c>NAME.verified.EXT</c> beside the test is the
/// reviewed baseline; a mismatch writes <c>NAME.received.EXT</c> and fails. Run the tests with
/// MINUTES_ACCEPT=1 to accept every received file (then review the diff in git).
/// </summary>
internal static class Snapshot
{
    public static void Verify(string name, string actual, string extension = "txt", [CallerFilePath] string caller = "")
    {
        string dir = Path.Combine(Path.GetDirectoryName(caller)!, "Baselines");
        Directory.CreateDirectory(dir);
        string verified = Path.Combine(dir, $"{name}.verified.{extension}");
        string received = Path.Combine(dir, $"{name}.received.{extension}");
        actual = actual.Replace("\r\n", "\n");
        bool accept = Environment.GetEnvironmentVariable("MINUTES_ACCEPT") == "1";
        string? expected = File.Exists(verified) ? File.ReadAllText(verified).Replace("\r\n", "\n") : null;
        if (expected == actual)
        {
            if (File.Exists(received)) File.Delete(received);
            return;
        }

        if (accept)
        {
            File.WriteAllText(verified, actual);
            if (File.Exists(received)) File.Delete(received);
            return;
        }

        File.WriteAllText(received, actual);
        Assert.Fail(expected is null
            ? $"no baseline {verified}; the output is in {received} (review it, then run with MINUTES_ACCEPT=1)"
            : $"output differs from {verified}; see {received} (diff them; accept with MINUTES_ACCEPT=1)");
    }
}
