using MinutesLang.Diagnostics;
using MinutesLang.Diagnostics.Policy;
using MinutesLang.Rendering;
using MinutesLang.Semantics;

namespace MinutesLang.Cli.Commands;

/// <summary><c>minutes render FILE|FOLDER --to FORMAT [-o OUT] [--template-dir DIR]</c>.</summary>
public sealed partial class RenderCommand : ICommand
{
    public static readonly string[] Formats = DocumentRenderer.Formats;

    public string Name => "render";

    public string Help => """
        Usage: minutes render FILE|FOLDER --to FORMAT[,FORMAT…] [-o OUT] [--force] [--template-dir DIR]

        Renders records in the official layout (壹、貳、… 案由一、… 一、(一)、1.、(1)) through the
        Scriban templates templates/<format>/ built into minutes. A record with errors is not
        rendered: its errors are printed and the exit code is 1 (the other records are still rendered).

        FILE      one record: written to standard output, or to OUT
        FOLDER    every record under it: one file per record, OUT/<record>.<format>
                  (records in sub-folders go to the same sub-folders of OUT)
                  (standard output only when the folder holds a single record)

        Formats (txt|md|html|pdf|docx|odt; several, comma-separated, write OUT/<record>.<format>
        for each, in one run):
          txt     the official plain layout
          md      Markdown (GitHub)
          html    one self-contained print-ready A4 page (CSS only, no script)
          pdf     the html printed by headless Chromium ($MINUTES_CHROMIUM, chromium on PATH,
                  or /usr/bin/chromium; Debian: apt-get install chromium)
          docx    Word (WordprocessingML)
          odt     OpenDocument text (ODF 1.2)

        Options:
          --to FORMAT          the output format, or several: --to md,html,docx (required)
          -o, --output OUT     the file (FILE) or folder (FOLDER) to write; files are replaced atomically
          --force              replace a file of the minutes (*.minutes, minutesconfig.json) named by -o
          --template-dir DIR   templates that replace the defaults by file name: DIR/<format>/NAME
                               or DIR/NAME (record.scriban; docx and odt: one per package part;
                               pdf uses the html templates). Errors in them are ML0300.

        pdf, docx and odt are binary: give -o, or redirect standard output to a file.
        On a terminal, a folder that takes more than a second shows its progress on standard error;
        --verbose names each file written.

        An output is never one of the inputs: -o naming a record or series.minutes read (through
        another spelling of its path, a symlink or a hard link) is refused, nothing written. Nor does
        an output replace a file of the minutes it did not read (another record, series.minutes,
        minutesconfig.json, or a symlink to one) unless --force is given.

        Exit codes: 0 rendered, 1 a record (or template) has errors and was not rendered,
        2 usage or I/O problem (no Chromium for pdf, an unwritable OUT, OUT is an input).
        """;

    public int Run(string[] args, CommandContext context)
    {
        var (stdout, stderr) = (context.Out, context.Err);
        var options = Options.Parse(args, flags: ["--force"], valued: ["--to", "-o", "--output", "--template-dir"]);
        if (options.Positional.Count != 1) throw new UsageException("render needs exactly one record file or folder (try 'minutes render --help')", "render 須指定一個紀錄檔或資料夾（請見「minutes render --help」）");
        string all = string.Join("|", Formats);
        var formats = (options.Value("--to") ?? throw new UsageException($"render needs --to FORMAT ({all})", $"render 須以 --to 指定格式（{all}）")).Split(',').Distinct().ToList();
        foreach (var f in formats.Where(f => !Formats.Contains(f))) throw new UsageException($"unknown format '{f}' ({all})", $"沒有「{f}」這種格式（{all}）");
        string input = options.Positional[0];
        bool folder = Directory.Exists(input) || formats.Count > 1;
        string? output = options.Value("-o") ?? options.Value("--output");
        string? templateDir = options.Value("--template-dir");
        if (templateDir is not null && !Directory.Exists(templateDir)) throw new UsageException($"{templateDir}: no such template folder", $"{templateDir}：找不到這個範本資料夾");

        var unreadable = new List<Inputs.Unreadable>();
        var groups = Inputs.Collect([input], unreadable);
        Inputs.Report(unreadable, context); // ML0435: said, and the other records rendered
        var compilations = groups.Select(CheckCommand.Compile).ToList();
        var records = compilations.SelectMany(c => c.Records.Select(r => (Compilation: c, Record: r))).ToList();
        if (records.Count == 0)
        {
            // a record left out as binary (ML0007) is said to be one, not taken for a series declaration; so is one in
            // another encoding than UTF-8 (ML0001, Big5…)
            var unread = compilations.SelectMany(c => c.Diagnostics).Where(d => d.Code == "ML0007").ToList();
            var foreign = compilations.SelectMany(c => c.Diagnostics).Where(d => d.Code == "ML0001" && d.Source.ForeignEncoding is not null).ToList();
            foreach (var d in unread.Concat(foreign).OrderBy(d => d.Source.Path, StringComparer.Ordinal)) stderr.Write(context.Human(d, toErr: true));
            if (unread.Count > 0 && foreign.Count == 0)
            {
                stderr.WriteLine($"minutes: {input}: " + CliText.Say(context.Language, $"no record to render: {(unread.Count == 1 ? "its only record is" : "its records are")} not text (ML0007)",
                    $"沒有可產出的紀錄：{(unread.Count == 1 ? "唯一的紀錄" : "所有紀錄")}都不是文字檔（ML0007）"));
                return Cli.Findings;
            }

            if (foreign.Count > 0)
            {
                int n = unread.Count + foreign.Count;
                bool series = foreign.Any(d => Compilation.IsSeriesFile(d.Source.Path));
                stderr.WriteLine($"minutes: {input}: " + (series
                    ? CliText.Say(context.Language, "no record to render: its series.minutes is not UTF-8 text (ML0001), and its records are not read without it",
                        "沒有可產出的紀錄：series.minutes 不是 UTF-8 文字檔（ML0001），沒有它就不讀取紀錄")
                    : CliText.Say(context.Language, $"no record to render: {(n == 1 ? "its only record is" : "its records are")} not UTF-8 text ({(unread.Count > 0 ? "ML0001, ML0007" : "ML0001")})",
                        $"沒有可產出的紀錄：{(n == 1 ? "唯一的紀錄" : "所有紀錄")}都不是 UTF-8 文字檔（{(unread.Count > 0 ? "ML0001、ML0007" : "ML0001")}）")));
                return Cli.Findings;
            }

            throw Directory.Exists(input)
                ? new UsageException($"{input}: holds no record, only a series declaration", $"{input}：只有系列宣告，沒有紀錄")
                : new UsageException($"{input}: is a series declaration, not a record", $"{input}：是系列宣告，不是紀錄");
        }
        if (output is null && records.Count > 1) throw new UsageException($"{input}: holds {records.Count} records; give -o FOLDER to write one file per record", $"{input}：內有紀錄 {records.Count} 份；請以 -o 資料夾 指定輸出處，每份紀錄寫成一個檔案");
        if (output is null && formats.Count > 1) throw new UsageException("several formats need -o FOLDER (one file per record and format)", "指定多種格式時須以 -o 資料夾 指定輸出處（每份紀錄每種格式一個檔案）");
        bool toStdout = output is null;
        if (toStdout && DocumentRenderer.IsBinary(formats[0]) && !CanWriteBinary(stdout))
            throw new UsageException($"{formats[0]} is binary: give -o FILE, or redirect standard output to a file", $"{formats[0]} 為二進位檔：請以 -o 檔案 指定輸出處，或將標準輸出導向檔案");

        var renderers = new List<(string Format, DocumentRenderer Renderer, Chromium? Chromium)>();
        try
        {
            foreach (var format in formats)
                renderers.Add((format, new DocumentRenderer(TemplateSet.Embedded, format == "pdf" ? "html" : format, templateDir), format == "pdf" ? Chromium.Find() : null));
        }
        catch (TemplateException e)
        {
            stderr.Write(context.Human(e.Diagnostic, toErr: true));
            return Cli.Findings;
        }
        catch (ChromiumException e)
        {
            throw new UsageException(e.Text);
        }

        // an output is never one of the inputs, however its path is spelt: a symlink, '..', a hard link (FileIdentity)
        var inputs = groups.SelectMany(g => g.Records.Append(g.SeriesFile)).OfType<string>().ToList();
        // nor a record, series.minutes or minutesconfig.json it did not read (a sibling, another series), without --force
        bool force = options.Has("--force");
        if (output is not null && !folder)
        {
            RefuseInput(output, inputs);
            SourceGuard.Refuse(output, force, "render");
        }

        if (folder && output is not null)
        {
            Directory.CreateDirectory(output);
            foreach (var (_, record) in records)
            {
                foreach (var format in formats)
                {
                    string file = OutputFile(input, output, record, format);
                    RefuseInput(file, inputs);
                    SourceGuard.Refuse(file, force, "render");
                }
            }
        }

        using var printing = new Printing();
        var fonts = FontCheck.FromMachine();
        var fontFindings = new DiagnosticBag();
        bool findings = false;
        context.Progress.Start(CliText.Say(context.Language, "rendering", "產出中"), records.Count);
        var templateErrors = new HashSet<string>(); // the same template error on every record is printed once
        foreach (var c in compilations)
        {
            // as check does: minutesconfig.json and suppression comments decide what is an error
            var trees = c.Records.Select(r => r.Tree).Prepend(c.Series.Tree).OfType<MinutesLang.Syntax.SyntaxTree>();
            var diagnostics = new DiagnosticPolicy().Apply(c.Diagnostics, trees).Reported;
            var seriesErrors = diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error && !c.Records.Any(r => r.Path == d.Source.Path)).ToList();
            context.WriteHuman(seriesErrors, toErr: true);
            findings |= seriesErrors.Count > 0;
            foreach (var record in c.Records)
            {
                context.Progress.Step(record.Path);
                var errors = diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error && d.Source.Path == record.Path).ToList();
                context.WriteHuman(errors, toErr: true);
                if (errors.Count > 0 || seriesErrors.Count > 0)
                {
                    findings = true;
                    continue;
                }

                foreach (var (format, renderer, chromium) in renderers)
                {
                    if (chromium is not null && !fonts.Check(record.Tree.Source, fontFindings))
                    {
                        // the machine, not the record: printed once, and the run stops as it does without Chromium
                        printing.Finish();
                        stderr.Write(context.Human(fontFindings.Items[0], toErr: true));
                        return Cli.UsageOrIo;
                    }

                    string? written = toStdout ? null : folder ? OutputFile(input, output!, record, format) : output!;
                    try
                    {
                        if (chromium is null)
                        {
                            Save(renderer.Render(c.Series, record), written, format);
                            continue;
                        }

                        // pdf: the browser prints this record while the next ones are rendered (and printed beside it)
                        string html = renderer.RenderText(new RenderModelBuilder(c.Series).Build(record));
                        printing.Print(chromium, html, bytes => Save(bytes, written, format));
                    }
                    catch (TemplateException e)
                    {
                        string text = context.Human(e.Diagnostic, toErr: true);
                        if (templateErrors.Add(text)) stderr.Write(text);
                        findings = true;
                    }
                }
            }
        }

        printing.Finish();
        return findings ? Cli.Findings : Cli.Clean;

        void Save(byte[] bytes, string? written, string format)
        {
            if (written is null)
            {
                Write(stdout, bytes, DocumentRenderer.IsBinary(format));
                return;
            }

            AtomicFile.WriteAllBytes(written, bytes);
            context.Trace("minutes: " + CliText.Say(context.Language, $"wrote {written} ({bytes.Length} bytes)", $"已寫入 {written}（{bytes.Length} 位元組）"));
        }
    }

    /// <summary>Refuses (exit 2, nothing written) an output that names the same file as one of <paramref name="inputs"/>.</summary>
    private static void RefuseInput(string output, IEnumerable<string> inputs)
    {
        if (!File.Exists(output) && !Directory.Exists(output)) return;
        foreach (string input in inputs)
        {
            if (FileIdentity.Same(output, input))
                throw new UsageException($"{output}: is the input {input}; render does not write over what it reads (give another -o)", $"{output}：即輸入檔 {input}；render 不會覆寫所讀的檔案（請另指定 -o）");
        }
    }

    /// <summary>OUT/&lt;record&gt;.&lt;format&gt;, in the same sub-folder of OUT as the record is in the input folder.</summary>
    private static string OutputFile(string input, string output, Record record, string format)
    {
        string sub = Directory.Exists(input) ? Path.GetRelativePath(Path.GetFullPath(input), Path.GetDirectoryName(Path.GetFullPath(record.Path))!) : ".";
        string folder = sub == "." ? output : Path.Combine(output, sub);
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, Path.GetFileNameWithoutExtension(record.Path) + "." + DocumentRenderer.Extension(format));
    }

    /// <summary>
    /// The one browser of a run: started for the first pdf, closed at the end (every record of the run is
    /// printed by it). Records are printed several at a time (<see cref="PrintSession.Parallelism"/> tabs)
    /// and written in the order they were given, each as soon as it and those before it are printed; at
    /// most twice as many as the browser prints at once wait, so memory does not grow with the folder.
    /// A browser that fails is a <see cref="UsageException"/> (exit 2), as a missing one is.
    /// </summary>
    private sealed class Printing : IDisposable
    {
        private readonly Queue<(Task<byte[]> Pdf, Action<byte[]> Save)> printing = new();
        private PrintSession? session;

        /// <summary>Starts printing <paramref name="html"/>; <paramref name="save"/> gets the pdf, in order, from this or a later call.</summary>
        public void Print(Chromium chromium, string html, Action<byte[]> save)
        {
            try
            {
                session ??= chromium.OpenSession();
            }
            catch (ChromiumException e)
            {
                throw new UsageException(e.Text);
            }

            printing.Enqueue((session.PrintToPdfAsync(html), save));
            while (printing.Count > 2 * session.Parallelism || printing.TryPeek(out var first) && first.Pdf.IsCompleted) SaveFirst();
        }

        /// <summary>Waits for every pdf started and saves it, in order.</summary>
        public void Finish()
        {
            while (printing.Count > 0) SaveFirst();
        }

        private void SaveFirst()
        {
            var (pdf, save) = printing.Dequeue();
            byte[] bytes;
            try
            {
                bytes = pdf.GetAwaiter().GetResult();
            }
            catch (ChromiumException e)
            {
                throw new UsageException(e.Text);
            }

            save(bytes);
        }

        public void Dispose() => session?.Dispose();
    }

    /// <summary>Binary output goes to standard output only when it is the real one, redirected away from a terminal.</summary>
    private static bool CanWriteBinary(TextWriter stdout) => ReferenceEquals(stdout, Console.Out) && Console.IsOutputRedirected;

    private static void Write(TextWriter stdout, byte[] bytes, bool binary)
    {
        if (!binary)
        {
            stdout.Write(new System.Text.UTF8Encoding(false).GetString(bytes));
            return;
        }

        stdout.Flush();
        using var raw = Console.OpenStandardOutput();
        raw.Write(bytes);
        raw.Flush();
    }
}
