using MinutesLang.Authoring;
using MinutesLang.Diagnostics;
using MinutesLang.Semantics;

namespace MinutesLang.Cli.Commands;

/// <summary><c>minutes new SERIES_DIR [--date DATE] [--extra] [--session 屆-會期] [-o FILE] [--force]</c>: the next record of a series, to fill in.</summary>
public sealed partial class NewCommand : ICommand
{
    public string Name => "new";

    public string Help => """
        Usage: minutes new SERIES_DIR [--date DATE] [--extra] [--session 屆-會期] [-o FILE] [--force]

        Writes the next record of the series in SERIES_DIR (the folder of its series.minutes):
        the next @meeting id in the numbering the series declares (編號 of @series: per 民國 year,
        a meeting in a new year is number 1; a running count; 屆/會期/次) or, undeclared, the
        numbering of its last record; the title in the form of 題名 of @series, else in the style
        of the last record with the new year and 第 N 次, the date with its weekday, this
        quarter's and the next quarter's host from @rotation, and every case still open after the
        last record (列管中, 提請…解列) under the progress item, with the event that continues its
        state (@列管, @提請解列) and its state at the last meeting.

        What only the writer can supply (the time, the chair, the attendees, what was reported
        and decided on each case, the closing time …) is a placeholder {{…}}: 'minutes check'
        reports each one as an error, ML0114 「待填：出席人員」, until it is filled in.
        Records that still hold placeholders (drafts) are not counted as the last record.

        Prints the path written; the parts to fill in are listed on standard error.

        Options:
          --date DATE      the date of the meeting: 2025-06-06, 114-06-06 or 114 年 6 月 6 日
                           (default: today); the weekday is computed
          --extra          a 臨時會: the next number of the series' 臨時會 (臨1, 114-臨1,
                           11-2-臨1), or its date where they are not numbered (臨時會：不編號)
          --session T-S    屆/會期/次: the meeting opens 會期 S of 屆 T (次 1); 'S' alone keeps
                           the 屆 of the last record; without it the last 會期 goes on
          -o, --output     the file to write (default: SERIES_DIR/<id>.minutes, named like
                           the series' records); a folder writes the default name into it
          --force          replace the file if it exists

        Exit codes: 0 written, 2 usage or I/O problem (nothing written).
        """;

    public int Run(string[] args, CommandContext context)
    {
        var (stdout, stderr) = (context.Out, context.Err);
        var options = Options.Parse(args, flags: ["--force", "--extra"], valued: ["--date", "--session", "-o", "--output"]);
        if (options.Positional.Count != 1) throw new UsageException("new needs exactly one series folder (try 'minutes new --help')", "new 須指定一個系列資料夾（請見「minutes new --help」）");
        string folder = options.Positional[0];
        if (!Directory.Exists(folder)) throw new UsageException($"{folder}: no such folder (new writes the next record of the series in a folder)", $"{folder}：找不到這個資料夾（new 撰寫資料夾中系列的下一份紀錄）");
        string seriesFile = Path.Combine(folder, SeriesBinder.FileName);
        if (!File.Exists(seriesFile)) throw NoSeries(folder, seriesFile);

        var date = DateOnly.FromDateTime(DateTime.Now);
        if (options.Value("--date") is { } written && !NextRecord.TryParseDate(written, out date, out var problem))
            throw new UsageException($"--date: {problem!.En}", $"--date：{problem!.ZhTw}");

        // the records this series.minutes governs; drafts (records with placeholders) are not meetings yet
        var unreadable = new List<Inputs.Unreadable>();
        var trees = Inputs.Neighbours(new Inputs.Group(seriesFile, []), unreadable)
            .Select(Compilation.ParseFile)
            .Where(t => !NextRecord.IsDraft(t))
            .ToList();
        Inputs.Report(unreadable, context); // ML0435: said, and the next record follows the others
        var compilation = Compilation.Create(Compilation.ParseFile(seriesFile), trees);
        int errors = compilation.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        if (errors > 0)
            stderr.WriteLine("minutes: " + CliText.Say(context.Language, $"note: the series has {errors} error{(errors > 1 ? "s" : "")} (see 'minutes check {folder}'); the new record follows what could be read",
                $"附註：系列有 {errors} 個錯誤（請見「minutes check {folder}」）；新紀錄依可判讀的部分撰寫"));

        NextRecordDraft draft;
        try
        {
            draft = NextRecord.Create(compilation, date, options.Has("--extra"), Session(options.Value("--session"), compilation), context.Language);
        }
        catch (NextRecordException e)
        {
            throw new UsageException(e.Text); // said in the run's language, as every usage error
        }

        string? output = options.Value("-o") ?? options.Value("--output");
        string path = output is null ? Path.Combine(folder, draft.FileName)
            : Directory.Exists(output) ? Path.Combine(output, draft.FileName)
            : output;
        // a folder of that name is said so in the user's language; a link of that name (even to nothing) is not written over
        if (Directory.Exists(path))
            throw new CliIOException($"{path}: a folder has the name of the next record; nothing was written (rename the folder, or write the record elsewhere with -o)",
                $"{path}：已有同名的資料夾，無法寫入下一份紀錄，未寫入任何檔案（請更改資料夾名稱，或以 -o 寫到別處）");
        if ((File.Exists(path) || new FileInfo(path).LinkTarget is not null) && !options.Has("--force")) throw new UsageException($"{path}: exists already; nothing was written (use --force to replace)", $"{path}：檔案已存在，未寫入任何檔案（取代請加 --force）");

        AtomicFile.WriteAllText(path, draft.Text);
        stdout.WriteLine(path);
        if (!context.Quiet) stderr.WriteLine($"{draft.Id}: " + CliText.Say(context.Language, "to fill in (ML0114): ", "待填（ML0114）：") + string.Join("、", draft.Placeholders));
        return Cli.Clean;
    }

    /// <summary>
    /// Why there is no series to continue, and what to do: name the folder of the series.minutes above (a record's
    /// folder inside a series), or start a series by writing its series.minutes (grammar/GUIDE.md §5), the smallest
    /// one shown, then run new again.
    /// </summary>
    private static UsageException NoSeries(string folder, string seriesFile)
    {
        if (Directory.Exists(seriesFile)) return new UsageException(
            $"{seriesFile}: this is a folder, not the series file: new reads the series from a file named {SeriesBinder.FileName}; rename or remove the folder and write the file",
            $"{seriesFile}：這是資料夾，不是系列檔：new 從名為 {SeriesBinder.FileName} 的檔案讀取系列；請將資料夾改名或移除，再寫這個檔案");
        if (Compilation.FindSeriesFile(folder) is { } above) return new UsageException(
            $"{folder}: no {SeriesBinder.FileName} in this folder; the series of its records is {above}: run 'minutes new {Path.GetDirectoryName(above)}'",
            $"{folder}：資料夾中沒有 {SeriesBinder.FileName}；其紀錄所屬的系列是 {above}：請執行「minutes new {Path.GetDirectoryName(above)}」");
        return new UsageException(
            $"{folder}: no {SeriesBinder.FileName} in this folder, so there is no series to continue. Start one: write {seriesFile} with the line '@series NAME' and, indented below it, '名稱：' the body's meeting and '題名：' the form of its titles (for example 題名：臺中市立北屯國民中學{{年}}學年度第{{次}}次校務會議紀錄; grammar/GUIDE.md §5; without 題名 the first title is left to fill in), then run 'minutes new {folder}' again",
            $"{folder}：資料夾中沒有 {SeriesBinder.FileName}，沒有可接續的系列。請先建立系列：寫一個 {seriesFile}，第一行寫「@series 簡稱」，其下縮排寫「名稱：」機關會議的名稱與「題名：」紀錄題名的格式（例如 題名：臺中市立北屯國民中學{{年}}學年度第{{次}}次校務會議紀錄；詳見 grammar/GUIDE.md §5；未寫題名時，第一份紀錄的題名留待填寫），再執行「minutes new {folder}」");
    }

    /// <summary><c>--session 11-3</c> (屆 11, 會期 3) or <c>--session 3</c> (會期 3 of the last record's 屆).</summary>
    private static (int Term, int Session)? Session(string? value, Compilation compilation)
    {
        if (value is null) return null;
        var parts = value.Split('-', StringSplitOptions.TrimEntries);
        bool ok = parts.Length is 1 or 2 && parts.All(p => int.TryParse(p, out int n) && n is > 0 and < 1000);
        if (!ok) throw new UsageException($"--session: cannot read '{value}' (write 屆-會期, 11-3, or the 會期 alone, 3)", $"--session：無法判讀「{value}」（請寫 屆-會期，如 11-3，或只寫會期，如 3）");
        int session = int.Parse(parts[^1]);
        if (parts.Length == 2) return (int.Parse(parts[0]), session);
        var last = compilation.Context.Records.LastOrDefault(r => r.Numbering == MeetingNumbering.Session);
        if (last is null) throw new UsageException($"--session {value}: the series has no record of 屆/會期/次 yet; write 屆-會期 (11-{session})", $"--session {value}：系列尚無依屆/會期/次編號的紀錄；請寫 屆-會期（11-{session}）");
        return (last.Year, session);
    }
}
