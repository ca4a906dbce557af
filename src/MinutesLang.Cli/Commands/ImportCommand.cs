using MinutesLang.Diagnostics;
using MinutesLang.Import;
using MinutesLang.Semantics;
using MinutesLang.Text;

namespace MinutesLang.Cli.Commands;

/// <summary><c>minutes import FILE… [-o DIR] [--series DIR] [--force]</c>.</summary>
public sealed partial class ImportCommand : ICommand
{
    public const string ProposalsFile = "proposed-cases.txt";

    public string Name => "import";

    public string Help => $"""
        Usage: minutes import FILE… [-o DIR] [--series DIR] [--force] [--format human|msbuild]

        Reads existing minutes in the official layout (plain text as typed or extracted from a
        PDF with 'pdftotext -layout', .docx, .odt) and writes one .minutes record per meeting into DIR (default: the
        current folder), named by the meeting id: 114-1.minutes. A text holding several records
        is split into one file each. Nothing of the text is dropped: what the importer does not
        understand is kept verbatim, with a warning saying where.

        Defects of the original are reported with the input's line and column: an ordinal used
        twice, skipped or out of order (ML0400–ML0402), a weekday that does not match the date
        (ML0403), text kept verbatim (ML0404), a date it cannot read (ML0405). For DOCX and ODT
        the line is the paragraph (a table row counts as one).

        Files are never overwritten silently: if a file to be written exists already, nothing is
        written and the command fails (exit 2), unless --force is given. Files are written
        atomically (a temporary file renamed over the target).

        Options:
          -o, --output DIR   the folder to write into (created if missing)
          --series DIR       link 「…」 case mentions to the cases of DIR/series.minutes (fuzzily);
                             mentions of unknown cases are proposed as @case declarations in
                             {ProposalsFile} in the output folder, to review and move into series.minutes;
                             and what the text says happened to each case (持續列管, 提請…解除列管,
                             同意解列, 同意成案 …) is written as event directives (@列管, @提請解列 …),
                             in series order after the records already in DIR
          --force            replace existing files
          --format human     source line and a caret under each finding (default)
          --format msbuild   path(line,col): warning ML0400: message

        A .docx or .odt must be that document, and is read within limits (nesting depth,
        counts and repeats, size unpacked, characters produced; see docs/IMPORT.md): an
        empty file, random bytes, a damaged zip or a document past a limit is refused with
        ML0410–ML0414, its part and position, and nothing is written (exit 2).

        Exit codes: 0 imported (the warnings are printed on standard error), 1 the series
        declaration given with --series has errors, 2 usage or I/O problem, or a refused
        document (nothing written).
        """;

    public int Run(string[] args, CommandContext context)
    {
        var (stdout, stderr) = (context.Out, context.Err);
        var options = Options.Parse(args, flags: ["--force"], valued: ["-o", "--output", "--series", "--format"]);
        if (options.Positional.Count == 0) throw new UsageException("import needs at least one file (try 'minutes import --help')", "import 須指定至少一個檔案（請見「minutes import --help」）");
        string format = options.Value("--format") ?? "human";
        if (format is not ("human" or "msbuild")) throw new UsageException($"unknown format '{format}' (human, msbuild)", $"沒有「{format}」這種格式（可用 human、msbuild）");
        string outDir = options.Value("-o") ?? options.Value("--output") ?? ".";
        // a missing output folder is created when there is something to write (below); a file there is an error
        if (File.Exists(outDir)) throw new UsageException($"{outDir}: is a file, not a folder to write into", $"{outDir}：是檔案，不是可寫入的資料夾");

        Series? series = null;
        string? seriesFile = null;
        string? seriesDir = options.Value("--series");
        if (seriesDir is not null)
        {
            string file = Directory.Exists(seriesDir) ? Path.Combine(seriesDir, SeriesBinder.FileName) : seriesDir;
            seriesFile = file;
            if (!File.Exists(file)) throw new UsageException($"{seriesDir}: no {SeriesBinder.FileName} there", $"{seriesDir}：該處沒有 {SeriesBinder.FileName}");
            var c = Compilation.Create(Compilation.ParseFile(file), []);
            context.WriteHuman(c.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error), toErr: true);
            if (c.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error)) return Cli.Findings;
            series = c.Series;
        }

        var cases = series is null ? null : new CaseMatcher(series);
        var outputs = new List<(string Path, string Text)>();
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var diagnostics = new List<Diagnostic>();
        context.Progress.Start(CliText.Say(context.Language, "importing", "匯入中"), options.Positional.Count);
        foreach (var input in options.Positional)
        {
            context.Progress.Step(input);
            if (Directory.Exists(input)) throw new UsageException($"{input}: import takes files, not folders", $"{input}：import 只接受檔案，不接受資料夾");
            if (!File.Exists(input)) throw new UsageException($"{input}: no such file", $"{input}：找不到這個檔案");
            ImportInput source;
            try
            {
                source = ImportReader.Read(input, File.ReadAllBytes(input));
            }
            catch (DocumentRefusedException e)
            {
                // a document refused under DocumentLimits (ML0410–ML0414): its diagnostic, nothing written
                context.Progress.Clear();
                var d = e.Diagnostic;
                stderr.WriteLine(format == "msbuild" ? DiagnosticFormatter.MsBuild(d.In(context.Language)) : $"minutes: {input}: {DiagnosticFormatter.Severity(d.Severity, context.Language)} {d.Code}{CliText.Say(context.Language, ": ", "：")}{d.In(context.Language).Message}");
                return Cli.UsageOrIo;
            }
            catch (Exception e) when (e is UnreadableDocumentException or InvalidDataException or System.Xml.XmlException)
            {
                string why = e is UnreadableDocumentException u ? u.Text.In(context.Language) : e.Message; // the system's words as they are
                stderr.WriteLine($"minutes: {input}: " + CliText.Say(context.Language, $"cannot read this document ({why})", $"無法讀取這份文件（{why}）"));
                return Cli.UsageOrIo;
            }

            var result = Importer.Import(source, series, cases, context.Language);
            diagnostics.AddRange(result.Diagnostics);
            foreach (var r in result.Records)
            {
                string name = r.FileName;
                for (int k = 2; !names.Add(name); k++) name = $"{r.FileName[..^".minutes".Length]}_{k}.minutes";
                outputs.Add((Path.Combine(outDir, name), r.Text));
            }
        }

        if (series is not null && outputs.Count > 0)
        {
            // with a series, what the prose says happened to each case becomes event directives,
            // in series order after the records already in the series folder
            var existing = Directory.EnumerateFiles(Path.GetDirectoryName(Path.GetFullPath(seriesFile!))!, "*.minutes")
                .Where(f => !Compilation.IsSeriesFile(f))
                .Select(f => RecordBinder.Bind(Compilation.ParseFile(f), series, new DiagnosticBag()));
            var notes = new List<(int Text, int Line, EventInference.Unattributed Note)>();
            var texts = EventInference.ApplyInOrder([.. outputs.Select(o => o.Text)], series, existing, context.Language, notes);
            outputs = [.. outputs.Select((o, i) => (o.Path, texts[i]))];

            // a decision's verb given to no case (ML0425): at the '//' line that marks it in the record written
            foreach (var group in notes.GroupBy(n => n.Text))
            {
                var written = SourceText.From(texts[group.Key], outputs[group.Key].Path);
                var bag = new DiagnosticBag();
                foreach (var (_, line, note) in group)
                {
                    int start = written.LineStarts[line - 1] + note.Indent.Length;
                    int length = written.GetLineText(line).TrimEnd().Length - note.Indent.Length;
                    bag.At(written, new TextSpan(start, Math.Max(0, length))).ImportDecisionNotAttributed(note.Verb,
                        note.Label.Length > 0 ? new($"the {note.Label}", $"此「{note.Label}」") : new("this line", "此行"), note.Why);
                }

                diagnostics.AddRange(bag.Sorted());
            }
        }

        if (cases?.ProposalsText(context.Language) is { } proposals) outputs.Add((Path.Combine(outDir, ProposalsFile), proposals));

        context.Progress.Clear();
        // human: the format of check (a window around the span, a finding repeated on a line once, a cap per file)
        if (format == "msbuild")
        {
            foreach (var d in context.Shown(diagnostics)) stderr.Write(DiagnosticFormatter.MsBuild(d.In(context.Language)) + "\n");
        }
        else
        {
            context.WriteHuman(context.Shown(diagnostics), toErr: true);
        }

        if (!options.Has("--force"))
        {
            var existing = outputs.Where(o => File.Exists(o.Path)).Select(o => o.Path).ToList();
            if (existing.Count > 0)
                throw new UsageException($"{string.Join(", ", existing)}: exists already; nothing was written (use --force to replace)", $"{string.Join("、", existing)}：檔案已存在，未寫入任何檔案（取代請加 --force）");
        }

        if (outputs.Count > 0 && !Directory.Exists(outDir))
        {
            try
            {
                Directory.CreateDirectory(outDir);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new UsageException($"{outDir}: cannot create the folder ({e.Message}); nothing was written", $"{outDir}：無法建立資料夾（{e.Message}），未寫入任何檔案");
            }

            if (!context.Quiet) stdout.WriteLine(CliText.Say(context.Language, $"created {outDir}", $"已建立 {outDir}"));
        }

        foreach (var (path, text) in outputs)
        {
            AtomicFile.WriteAllText(path, text);
            if (!context.Quiet) stdout.WriteLine(CliText.Say(context.Language, $"wrote {path}", $"已寫入 {path}"));
        }

        // an input refused as Markdown (ML0424) wrote nothing: the run did not do what it was asked
        return diagnostics.Any(d => d.Code == "ML0424") ? Cli.UsageOrIo : Cli.Clean;
    }
}
