using System.Text;

namespace MinutesLang.Rendering;

/// <summary>
/// Where the default templates come from: <see cref="Embedded"/>, the repository's
/// <c>templates/</c> folder built into this assembly (resources named by their path, e.g.
/// <c>templates/html/record.scriban</c>: what <c>minutes</c> uses, so the program needs no file
/// beside it), or <see cref="Folder"/>, a folder laid out the same way (<c>FORMAT/NAME</c>).
/// Nothing is read until a template is asked for, and only that template.
/// </summary>
public abstract class TemplateSet
{
    private protected TemplateSet()
    {
    }

    /// <summary>The templates built into MinutesLang.dll from the repository's <c>templates/</c>.</summary>
    public static TemplateSet Embedded { get; } = new EmbeddedSet();

    /// <summary>The templates of a folder on disk (<c>ROOT/FORMAT/NAME</c>).</summary>
    public static TemplateSet Folder(string root) => new FolderSet(root);

    /// <summary>
    /// The path of template <paramref name="name"/> of <paramref name="format"/> (as errors print it),
    /// or <see cref="OutsideFolder"/> when the name leads out of the format's folder. The template need not exist.
    /// </summary>
    internal abstract string Locate(string format, string name);

    /// <summary>The text of a path given by <see cref="Locate"/>, or null when there is no such template.</summary>
    internal abstract string? Read(string path);

    /// <summary>Whether a path is one of this set's (as <see cref="Locate"/> gives them).</summary>
    internal abstract bool Owns(string path);

    /// <summary>The folder searched, for messages.</summary>
    internal abstract string Describe(string format);

    internal const string OutsideFolder = "";

    private sealed class FolderSet(string root) : TemplateSet
    {
        internal override string Locate(string format, string name)
        {
            // confined to the real folder: a symbolic link in it to a file outside is outside
            string folder = RealPath.Of(Path.Combine(root, format));
            string full = Path.GetFullPath(Path.Combine(folder, name));
            if (!RealPath.IsInside(full, folder)) return OutsideFolder;
            string real = RealPath.Of(full);
            return RealPath.IsInside(real, folder) ? real : OutsideFolder;
        }

        internal override string? Read(string path) => File.Exists(path) ? File.ReadAllText(path) : null;

        internal override bool Owns(string path) => Path.IsPathRooted(path);

        internal override string Describe(string format) => Path.GetFullPath(Path.Combine(root, format));
    }

    private sealed class EmbeddedSet : TemplateSet
    {
        private const string Root = "templates";

        /// <summary><c>templates/FORMAT/NAME</c>, with <c>.</c> and <c>..</c> resolved; outside when rooted or above the format's folder.</summary>
        internal override string Locate(string format, string name)
        {
            if (Path.IsPathRooted(name) || name.StartsWith('/') || name.StartsWith('\\')) return OutsideFolder;
            var segments = new List<string>();
            foreach (var segment in name.Split('/', '\\'))
            {
                if (segment is "" or ".") continue;
                if (segment == "..")
                {
                    if (segments.Count == 0) return OutsideFolder;
                    segments.RemoveAt(segments.Count - 1);
                    continue;
                }

                segments.Add(segment);
            }

            return segments.Count == 0 ? OutsideFolder : $"{Root}/{format}/{string.Join('/', segments)}";
        }

        internal override string? Read(string path)
        {
            using var stream = typeof(TemplateSet).Assembly.GetManifestResourceStream(path);
            if (stream is null) return null;
            using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            return reader.ReadToEnd();
        }

        internal override bool Owns(string path) => path.StartsWith(Root + "/", StringComparison.Ordinal) && !Path.IsPathRooted(path);

        internal override string Describe(string format) => $"{Root}/{format}/ (built in)";
    }
}
