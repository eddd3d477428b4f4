using System.IO.Compression;
using Playbook.Engine.Import.Reports;

namespace Playbook.Engine.Import;

/// <summary>Opens a download that is a zip (a LinkedIn export, an X archive, a Facebook download) for its importer.</summary>
internal static class ExportZip
{
    /// <summary>
    /// The zip at <paramref name="path"/>. One that is not a zip, or was cut short, is refused with the words
    /// <paramref name="notAZip"/> gives for the reader's complaint; one that cannot be read at all says why.
    /// </summary>
    /// <exception cref="ImportException">The file is not a readable zip; nothing of it can be imported.</exception>
    public static ZipArchive Open(string path, Func<InvalidDataException, string> notAZip)
    {
        try
        {
            return ZipFile.OpenRead(path);
        }
        catch (InvalidDataException e)
        {
            throw new ImportException(path, notAZip(e), e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ImportException(path, $"cannot be read ({e.Message.TrimEnd('.')}); nothing was imported", e);
        }
    }
}
