using System.Runtime.InteropServices;
using MinutesLang.Localization;

namespace MinutesLang.Cli;

/// <summary>
/// The UI language of the system the process runs on (issue 15): on Unix the locale variables
/// (<see cref="Languages.FromEnvironment"/>), on Windows the user's UI language (<c>GetUserDefaultUILanguage</c>;
/// the process has invariant globalization, so <c>CultureInfo.CurrentUICulture</c> does not know it).
/// </summary>
internal static partial class SystemLanguage
{
    /// <summary>The system's UI language, or null when nothing says (then English).</summary>
    public static Language? Detect() =>
        OperatingSystem.IsWindows() ? Languages.FromWindowsLanguageId(GetUserDefaultUILanguage()) : Languages.FromEnvironment(Environment.GetEnvironmentVariable);

    [LibraryImport("kernel32.dll")]
    private static partial ushort GetUserDefaultUILanguage();
}
