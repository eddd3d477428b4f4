using System.Globalization;

namespace Playbook.Engine.Import;

/// <summary>
/// Reads a file that a reader parses whole, no further than a limit: a file on disk is measured before it is read, and
/// a stream (a zip's entry, which may declare any size) is refused as soon as it passes the limit.
/// </summary>
internal static class BoundedRead
{
    /// <summary>
    /// The bytes of the file at <paramref name="path"/>; null when it is longer than <paramref name="most"/>, with its
    /// <paramref name="length"/>, or with a null length when it read past the limit although its length said it would
    /// not (a device such as <c>/dev/zero</c> has no length; a file may grow while it is read).
    /// </summary>
    public static byte[]? File(string path, int most, out long? length)
    {
        length = new FileInfo(path).Length;
        if (length > most)
        {
            return null;
        }

        using var stream = System.IO.File.OpenRead(path);
        var bytes = Stream(stream, most);
        if (bytes is null)
        {
            length = null;
        }

        return bytes;
    }

    /// <summary>
    /// The size of what was refused, for its problem: <paramref name="length"/> in megabytes when it is known (<c>64.0 MB</c>),
    /// else that it passed <paramref name="most"/> (<c>more than 64 MB</c>).
    /// </summary>
    public static string Size(long? length, int most) => length is { } bytes
        ? string.Create(CultureInfo.InvariantCulture, $"{bytes / 1048576.0:0.0} MB")
        : string.Create(CultureInfo.InvariantCulture, $"more than {most >> 20} MB");

    /// <summary>The bytes of <paramref name="stream"/> to its end; null as soon as there are more than <paramref name="most"/>.</summary>
    public static byte[]? Stream(Stream stream, int most)
    {
        using var copy = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = stream.Read(buffer)) > 0)
        {
            if (copy.Length + read > most)
            {
                return null;
            }

            copy.Write(buffer, 0, read);
        }

        return copy.ToArray();
    }
}
