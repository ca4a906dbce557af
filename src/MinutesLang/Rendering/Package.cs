using System.IO.Compression;

namespace MinutesLang.Rendering;

/// <summary>Zip packages (docx, odt), deterministic: entries in the given order, every timestamp 1980-01-01.</summary>
public static class Package
{
    public static readonly DateTimeOffset Timestamp = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <param name="storeFirst">store the first entry uncompressed (ODF's <c>mimetype</c>)</param>
    public static byte[] Zip(IEnumerable<(string Path, byte[] Bytes)> entries, bool storeFirst = false)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            bool first = true;
            foreach (var (path, bytes) in entries)
            {
                var entry = zip.CreateEntry(path, first && storeFirst ? CompressionLevel.NoCompression : CompressionLevel.Optimal);
                entry.LastWriteTime = Timestamp;
                using (var s = entry.Open()) s.Write(bytes);
                first = false;
            }
        }

        return buffer.ToArray();
    }

    /// <summary>The entries of a package, in order, with their bytes.</summary>
    public static List<(string Path, byte[] Bytes)> Unzip(byte[] package)
    {
        using var zip = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        var result = new List<(string, byte[])>();
        foreach (var e in zip.Entries)
        {
            using var s = e.Open();
            using var m = new MemoryStream();
            s.CopyTo(m);
            result.Add((e.FullName, m.ToArray()));
        }

        return result;
    }
}
