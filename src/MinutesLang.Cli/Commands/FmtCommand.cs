using MinutesLang.Diagnostics;
using MinutesLang.Formatting;
using MinutesLang.Semantics;
using MinutesLang.Text;

namespace MinutesLang.Cli.Commands;

/// <summary><c>minutes fmt PATH… [--check]</c>: rewrite records into the canonical layout.</summary>
public sealed partial class FmtCommand : ICommand
{
    public string Name => "fmt";

    public string Help => """
        Usage: minutes fmt PATH… [--check]

        Rewrites records (.minutes files, or every .minutes file under a folder, series.minutes
        included; other files are refused) into the canonical layout of grammar/GUIDE.md §8:
        two spaces per level of indentation, one space after '*', '-', '#' and a directive's
        name, 'label：value' with a full-width colon and no spaces around it, '| a | b |' table
        rows, no trailing spaces, at most one blank line in a row, LF line ends and a final
        newline (a byte-order mark is kept). Every word stays: the formatted file means the same
        as before, and formatting it again changes nothing.

        Files are replaced atomically (a temporary file renamed over the original, created with
        its permissions and owner); a file that is already formatted is not touched, a read-only
        one is refused. A symbolic link is written through (its target is formatted, the link
        stays); a file with several hard links is refused (a rename would split them), exit 2.
        Temporary files a killed run left beside a file (.NAME.PID.tmp of a process that is gone)
        are removed, and named. One line 'formatted PATH' is printed per file rewritten; nothing
        when every file was formatted already.

        A file is not formatted when its canonical layout would have a syntax error the file does
        not have: removing spaces raises the share of control characters that makes a file binary
        (ML0007). It is named, and the exit code is 1.

        A file with syntax errors (ML0001–ML0009: the layout would be a guess), those the
        binder finds included (ML0008: a line indented below a title, @meeting or another
        directive, which cannot hold it; fmt would keep it there), or whose
        indentation leaves the nesting unclear (ML0011: tabs or full-width spaces whose width
        decides it), is left exactly as it is; its diagnostics are printed on standard error
        and the exit code is 1. Indentation it can read is normalised as read: mixed kinds of
        space (ML0010), a jump of a level (ML0012), a line between two levels (ML0013), a list
        at its field's indentation (ML0014), a wrapped line at its marker's column (ML0115). Errors of
        meaning (ML01xx and later) do not stop fmt: 'minutes check' reports them.

        Options:
          --check    change nothing: print 'would reformat PATH' and a unified diff for each file
                     that is not formatted, and exit 1 if there is any

        Exit codes: 0 formatted (or nothing to do), 1 --check found files to format, or files
        with syntax errors, 2 usage or I/O problem.
        """;

    public int Run(string[] args, CommandContext context)
    {
        var (stdout, stderr) = (context.Out, context.Err);
        var options = Options.Parse(args, flags: ["--check"], valued: []);
        if (options.Positional.Count == 0) throw new UsageException("fmt needs at least one file or folder (try 'minutes fmt --help')", "fmt 須指定至少一個檔案或資料夾（請見「minutes fmt --help」）");
        bool check = options.Has("--check");

        int exit = Cli.Clean;
        var unreadable = new List<Inputs.Unreadable>();
        var files = Files(options.Positional, unreadable);
        if (Inputs.Report(unreadable, context)) exit = Cli.UsageOrIo; // ML0435: said, and the other files formatted
        context.Progress.Start(check ? CliText.Say(context.Language, "checking the layout of", "檢查版面中") : CliText.Say(context.Language, "formatting", "重排中"), files.Count);
        foreach (string file in files)
        {
            context.Progress.Step(file);
            var result = Formatter.Format(Compilation.ParseFile(file));
            if (result.Refused)
            {
                context.Progress.Clear();
                if (result.Introduced)
                {
                    // never write a file that check rejects where the input had no such error (ML0007 is a share of control characters)
                    var codes = string.Join(", ", result.Errors.Select(d => d.Code).Distinct());
                    stderr.WriteLine($"{file}: " + CliText.Say(context.Language,
                        $"not formatted: its canonical layout would have syntax errors it does not have now ({codes}: {result.Errors[0].In(context.Language).Message})",
                        $"未重排：改為標準版面會產生目前沒有的語法錯誤（{codes}：{result.Errors[0].In(context.Language).Message}）"));
                }
                else
                {
                    context.WriteHuman(result.Errors, toErr: true);
                    stderr.WriteLine(result.Bound
                        ? $"{file}: " + CliText.Say(context.Language,
                            "not formatted: it has lines indented below a line that cannot hold them (ML0008); fmt would keep them there, and the error with them, so it leaves the file as it is (move each line to the margin or under the part or item it belongs to)",
                            "未重排：有縮排在無法容納它的行之下的行（ML0008）；重排只會把它們留在原處，錯誤依舊，故檔案保持原樣（請把每一行移到行首或其所屬分項、項目之下）")
                        : result.Errors.All(d => Formatter.UnclearNesting.Contains(d.Code))
                        ? $"{file}: " + CliText.Say(context.Language, "not formatted: its indentation leaves the nesting unclear", "未重排：縮排無法判讀層次")
                        : $"{file}: " + CliText.Say(context.Language, "not formatted: it has syntax errors", "未重排：有語法錯誤"));
                }

                exit = Math.Max(exit, Cli.Findings);
                continue;
            }

            if (!result.Changed) continue;
            if (check)
            {
                context.Progress.Clear();
                var notes = LineDiff.Notes(result.Original, result.Text, context.Language).ToList();
                stdout.WriteLine(context.Language == Localization.Language.ZhTw
                    ? $"{file} 須重排{(notes.Count > 0 ? "（" + string.Join("；", notes) + "）" : "")}"
                    : $"would reformat {file}{(notes.Count > 0 ? " (" + string.Join("; ", notes) + ")" : "")}");
                stdout.Write(LineDiff.Unified(result.Original, result.Text, file));
                exit = Math.Max(exit, Cli.Findings);
                continue;
            }

            // a symlink is written through: its target is replaced, the link stays a link
            string target = FileIdentity.RealPath(file);

            // a rename replaces a read-only file as easily as any other: refuse what the owner protected
            var mode = OperatingSystem.IsWindows() ? (UnixFileMode?)null : File.GetUnixFileMode(target);
            if (mode is { } ro && (ro & UnixFileMode.UserWrite) == 0 || new FileInfo(target).IsReadOnly) throw new CliIOException($"{file}: the file is read-only; it was not formatted", $"{file}：檔案為唯讀，未重排");

            // a rename gives the path a new file: the other names of a hard-linked file would keep the old text
            if (FileIdentity.Of(target) is { Links: > 1 } linked)
            {
                context.Progress.Clear();
                stderr.WriteLine($"minutes: {file}: " + CliText.Say(context.Language,
                    $"the file has {linked.Links} hard links, which a rewrite by rename would split; it was not formatted (format a copy and copy it back over the file)",
                    $"檔案有 {linked.Links} 個硬連結，以更名方式改寫會使其分離，故未重排（請重排複本後再複製回原檔）"));
                exit = Cli.UsageOrIo;
                continue;
            }

            var removed = AtomicFile.Replace(target, SourceText.ToBytes(result.Text));
            context.Progress.Clear();
            foreach (string stale in removed) stderr.WriteLine("minutes: " + CliText.Say(context.Language, $"removed {stale}, a temporary file an interrupted run left behind", $"已刪除 {stale}（前次中斷時留下的暫存檔）"));
            if (!context.Quiet) stdout.WriteLine(CliText.Say(context.Language, $"formatted {file}", $"已重排 {file}"));
        }

        return exit;
    }

    /// <summary>The files named, and every .minutes file under the folders named, each once, in order.</summary>
    private static List<string> Files(IEnumerable<string> paths, List<Inputs.Unreadable> unreadable)
    {
        var files = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (string path in paths)
        {
            IEnumerable<string> found;
            if (Directory.Exists(path))
            {
                found = Inputs.Enumerate(path, unreadable);
                if (!found.Any() && unreadable.Count == 0) throw new UsageException($"{path}: no .minutes files in this folder", $"{path}：資料夾中沒有 .minutes 檔");
            }
            else if (File.Exists(path))
            {
                // the notation's layout is no other format's: a Markdown file is not rewritten by mistake
                if (!path.EndsWith(".minutes", StringComparison.OrdinalIgnoreCase)) throw new UsageException($"{path}: not a .minutes file", $"{path}：不是 .minutes 檔");
                found = [path];
            }
            else
            {
                throw new UsageException($"{path}: no such file or folder", $"{path}：找不到這個檔案或資料夾");
            }

            foreach (string f in found.Where(f => seen.Add(Path.GetFullPath(f)))) files.Add(f);
        }

        return files;
    }
}
