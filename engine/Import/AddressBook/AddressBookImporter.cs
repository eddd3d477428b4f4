using Playbook.Engine.Import.Reports;
using Playbook.Engine.Import.VCard;
using Playbook.Engine.Import.Writing;
using Playbook.Engine.Store;

namespace Playbook.Engine.Import.AddressBook;

/// <summary>
/// Imports address-book files (vCards; Google and Outlook CSV) into the store, one transaction per file,
/// by the identity rules: the same LinkedIn profile URL or the same email is the same contact, who gains
/// the new emails, phones, tags, notes and one more source. A folder stands for the files in it.
/// </summary>
public sealed class AddressBookImporter(ContactStore store)
{
    private const int ProgressEveryRows = 500;

    /// <summary>Imports vCard files (2.1, 3.0, 4.0), or the <c>.vcf</c> files of folders.</summary>
    public ImportReport ImportVCards(IReadOnlyList<string> paths, IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default) =>
        Import(paths, ".vcf", _ => "vcard", VCardReader.Read, progress, cancellationToken);

    /// <summary>Imports Google or Outlook CSV files (or the <c>.csv</c> files of folders); the format is detected when null.</summary>
    public ImportReport ImportCsv(IReadOnlyList<string> paths, AddressBookFormat? format = null, IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default) =>
        Import(paths, ".csv", stream => SourceName(format ?? AddressBookCsv.Detect(stream)), (stream, name) => AddressBookCsv.Read(stream, name, format), progress, cancellationToken);

    private static string SourceName(AddressBookFormat? format) => format switch
    {
        AddressBookFormat.Google => "google",
        AddressBookFormat.Outlook => "outlook",
        _ => "csv",
    };

    private ImportReport Import(
        IReadOnlyList<string> paths, string extension, Func<Stream, string> sourceOf, Func<Stream, string, IEnumerable<SourceRow>> read,
        IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        var reports = new List<FileReport>();
        var changed = new HashSet<long>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var files = Directory.EnumerateFiles(path, "*" + extension, new EnumerationOptions { MatchCasing = MatchCasing.CaseInsensitive, RecurseSubdirectories = true })
                    .Order(StringComparer.Ordinal).ToList();
                if (files.Count == 0)
                {
                    reports.Add(new FileReport { File = path, Error = $"holds no {extension} file" });
                }

                reports.AddRange(files.Select(f => ImportFile(f, sourceOf, read, changed, progress, cancellationToken)));
            }
            else
            {
                reports.Add(ImportFile(path, sourceOf, read, changed, progress, cancellationToken));
            }
        }

        return new ImportReport(string.Join(", ", paths), reports) { ChangedContacts = changed };
    }

    private FileReport ImportFile(
        string path, Func<Stream, string> sourceOf, Func<Stream, string, IEnumerable<SourceRow>> read, HashSet<long> changed,
        IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        var tally = new FileTally(path);
        try
        {
            if (!File.Exists(path))
            {
                return new FileReport { File = path, Error = "no such file or folder" };
            }

            // A file's date stands for the date of the data in it: newer data wins over older.
            var asOf = DateOnly.FromDateTime(File.GetLastWriteTimeUtc(path));
            using var stream = File.OpenRead(path);
            var source = sourceOf(stream);
            stream.Position = 0;
            var created = store.InTransaction(transaction =>
            {
                using var writer = new ContactWriter(store.Connection, transaction, source, store.Clock.GetUtcNow());
                foreach (var row in read(stream, path))
                {
                    if (tally.Rows % ProgressEveryRows == 0)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        progress?.Report(new ImportProgress(path, tally.Rows, stream.Length > 0 ? Math.Min(1.0, (double)stream.Position / stream.Length) : null));
                    }

                    if (row.Facts is { } facts)
                    {
                        tally.Count(writer.Upsert(facts, asOf).Outcome);
                    }
                    else
                    {
                        tally.Skip(row.Line, row.Problem ?? "cannot be read");
                    }
                }

                writer.Complete();
                return (writer.Created, Changed: writer.Changed.ToList());
            });

            changed.UnionWith(created.Changed);
            progress?.Report(new ImportProgress(path, tally.Rows, 1.0));
            return tally.ToReport(created.Created);
        }
        catch (Exception e) when (FileFailure.ReasonFor(e) is { } reason)
        {
            return new FileReport { File = path, Error = reason };
        }
    }
}
