using System.Diagnostics;
using MinutesLang.Diagnostics;
using MinutesLang.Text;

namespace MinutesLang.Rendering;

/// <summary>
/// The fonts the official minutes are printed in, in the order every format names them: the Kai
/// (楷書) faces first — 標楷體 (Windows, also named DFKai-SB; BiauKai on macOS), TW-Kai (全字庫正楷體,
/// Debian fonts-cns11643-kai), AR PL UKai TW (Debian fonts-arphic-ukai) — then serif CJK fallbacks.
/// The html stack, the docx fontTable and the odt font declarations come from these lists (the
/// templates see them as <c>fonts</c>).
/// </summary>
public static class Fonts
{
    /// <summary>The Kai faces, preferred first.</summary>
    public static readonly string[] Kai = ["標楷體", "DFKai-SB", "BiauKai", "TW-Kai", "全字庫正楷體", "AR PL UKai TW", "AR PL UKai TW MBE"];

    /// <summary>Serif CJK faces for a machine without a Kai font.</summary>
    public static readonly string[] Fallbacks = ["Noto Serif CJK TC", "Noto Serif TC", "Source Han Serif TC", "AR PL UMing TW", "PMingLiU", "新細明體"];

    /// <summary>The Debian packages of free Kai fonts: what the hint of ML0320 and the README name.</summary>
    public const string DebianPackages = "fonts-cns11643-kai fonts-arphic-ukai";
}

/// <summary>
/// Before a pdf is printed: does this machine have a font for the record's Chinese characters?
/// Chromium prints a character it has no font for as an empty box and says nothing, so the check
/// asks fontconfig (<c>fc-list :lang=zh-tw family</c>, or the program named by
/// <c>MINUTES_FC_LIST</c>) and refuses with ML0320 when nothing is listed. Where fontconfig's
/// <c>fc-list</c> is not installed the check cannot tell and lets the pdf through.
/// </summary>
public sealed class FontCheck(Func<IReadOnlyList<string>?> listChineseFonts)
{
    public const string EnvironmentVariable = "MINUTES_FC_LIST";

    private IReadOnlyList<string>? families;
    private bool asked;

    /// <summary>The families fontconfig lists for Traditional Chinese (null: fc-list is not installed).</summary>
    public IReadOnlyList<string>? Families
    {
        get
        {
            if (!asked) (families, asked) = (listChineseFonts(), true);
            return families;
        }
    }

    /// <summary>This machine's fontconfig: <c>$MINUTES_FC_LIST</c>, else <c>fc-list</c> on PATH.</summary>
    public static FontCheck FromMachine() => new(() => FcList(Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } v ? v : "fc-list"));

    /// <summary>
    /// Checks that the record <paramref name="source"/> can be printed: adds ML0320 at its first
    /// Chinese character when the machine has no font for Traditional Chinese. Returns whether it may be printed.
    /// </summary>
    public bool Check(SourceText source, DiagnosticBag bag)
    {
        int at = FirstChinese(source.Text);
        if (at < 0) return true;
        var list = Families;
        if (list is null || list.Count > 0) return true;
        var span = new TextSpan(at, char.IsHighSurrogate(source.Text[at]) ? 2 : 1);
        bag.At(source, span).NoChineseFont(source.ToString(span));
        return false;
    }

    /// <summary>The offset of the first CJK character (ideographs, CJK punctuation, fullwidth forms) outside comments, or -1.</summary>
    public static int FirstChinese(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '/' && i + 1 < text.Length && text[i + 1] == '/' && (i == 0 || text[i - 1] == '\n' || char.IsWhiteSpace(text[i - 1])))
            {
                int end = text.IndexOf('\n', i);
                if (end < 0) return -1;
                i = end;
                continue;
            }

            char c = text[i];
            if (c is >= '\u2E80' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF' or >= '\uFF00' and <= '\uFFEF' || char.IsHighSurrogate(c) && i + 1 < text.Length && char.ConvertToUtf32(c, text[i + 1]) is >= 0x20000 and <= 0x3FFFF) return i;
        }

        return -1;
    }

    /// <summary>Runs <c>fc-list :lang=zh-tw family</c>; null when the program cannot be run.</summary>
    internal static IReadOnlyList<string>? FcList(string program)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(":lang=zh-tw");
        start.ArgumentList.Add("family");
        try
        {
            using var p = Process.Start(start);
            if (p is null) return null;
            var err = p.StandardError.ReadToEndAsync();
            string output = p.StandardOutput.ReadToEnd();
            if (!p.WaitForExit(TimeSpan.FromSeconds(30)))
            {
                p.Kill(entireProcessTree: true);
                return null;
            }

            _ = err.Result;
            return p.ExitCode == 0 ? [.. output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)] : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
