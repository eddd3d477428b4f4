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
        ZipArchive? zip = null;
        try
        {
            zip = ZipFile.OpenRead(path);

            // The list of entries is read on first use: a damaged one (counts that disagree) is the file's fault too.
            _ = zip.Entries.Count;
            return zip;
        }
        catch (InvalidDataException e)
        {
            zip?.Dispose();
            throw new ImportException(path, notAZip(e), e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            zip?.Dispose();
            throw new ImportException(path, $"cannot be read ({e.Message.TrimEnd('.')}); nothing was imported", e);
        }
    }
}
