using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Playbook.Engine.Import.Reports;
using Playbook.Engine.Import.Writing;
using Playbook.Engine.Store;
using Playbook.Engine.Store.Ahead;
using Playbook.Engine.Store.StagePass;

namespace Playbook.Engine.Import.LinkedIn;

/// <summary>
/// Imports a LinkedIn data export (the zip as downloaded, its folder, or one of its files) into the store.
/// Each file is imported in its own transaction: a file is stored whole or not at all, and a file that
/// cannot be read leaves the store as it was. Importing the same export again adds nothing twice.
/// </summary>
public sealed partial class LinkedInImporter(ContactStore store)
{
    /// <summary>The source name recorded on contacts this importer writes.</summary>
    public const string SourceName = "linkedin";

    private const int ProgressEveryRows = 2_000;

    /// <summary>Imports the export at <paramref name="path"/>.</summary>
    /// <exception cref="ImportException">The path is missing, not a zip, or holds no file of a LinkedIn export.</exception>
    public ImportReport Import(string path, IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ImportTimes.Mark("import start");
        using var export = LinkedInExport.Open(path);
        var survey = ExportSurvey.Of(export);
        ImportTimes.Mark("survey done");
        var asOf = survey.NewestDate ?? DateOfExportName(path) ?? DateOnly.FromDateTime(store.Clock.GetUtcNow().UtcDateTime);
        var owner = survey.Owner;

        // Into a store without messages yet, the stage pass reads the messages this import writes from memory.
        var stages = StageEvents.Begin(store.Connection);
        // Each file's log is copied back into the store's file on the other processor, not by its commit.
        using var copy = LogCopiedBeside.Start(store.Connection);
        var reports = new List<FileReport>();
        var touched = new HashSet<long>();
        var changed = new HashSet<long>();
        using (var ahead = MessagesAhead.Start(export, owner, () => store.Replies))
        {
            foreach (var entry in export.Entries)
            {
                cancellationToken.ThrowIfCancellationRequested();
                reports.Add(ImportFile(entry, ReferenceEquals(entry, ahead?.Entry) ? ahead : null, asOf, owner, stages, touched, changed, progress, cancellationToken));
                copy?.Committed();
            }
        }

        MeProfileFiles.RecordOwner(owner, store.Connection, asOf);

        ImportTimes.Mark("owner recorded");

        // Only contacts that got a message (or a meeting) from this export can have moved on.
        store.Events.AdvanceStages(touched, stages);
        ImportTimes.Mark("stages advanced");
        copy?.Dispose();
        ImportTimes.Mark("log copied");
        ImportTimes.Write();
        return new ImportReport(path, reports) { ChangedContacts = changed };
    }

    /// <summary>Imports one file in its own transaction; <paramref name="ahead"/> holds its messages when they were read ahead.</summary>
    private FileReport ImportFile(
        LinkedInEntry entry, MessagesAhead? ahead, DateOnly asOf, ExportOwner owner, StageEvents? stages, HashSet<long> touched, HashSet<long> changed,
        IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        var tally = new FileTally(entry.Name);
        try
        {
            using var stream = ahead is null ? entry.Open() : Stream.Null;
            var length = ahead is null ? TryLength(stream) : ahead.Length;
            // A large file into a store it more than doubles checks its rows' foreign keys once, at the end.
            var large = DeferredIndexes.WouldOutgrow(store.Connection, null, "events", length ?? entry.Length);
            Func<SqliteTransaction, (int Created, List<long> Contacts, List<long> Events)> write = transaction =>
            {
                using var contacts = new ContactWriter(store.Connection, transaction, SourceName, store.Clock.GetUtcNow());
                // LinkedIn's events are found again by their keys' hashes alone; their keys' text is left out of the rows.
                using var events = new EventWriter(store.Connection, transaction, store.Clock.GetUtcNow(), store.Replies, keepKeyText: false, stages);
                LinkedInFileContext? context = null;
                context = new LinkedInFileContext
                {
                    File = entry.Name,
                    Connection = store.Connection,
                    Transaction = transaction,
                    Contacts = contacts,
                    Events = events,
                    AsOf = asOf,
                    Owner = owner,
                    Tally = tally,
                    ReportRows = rows =>
                    {
                        if (rows % ProgressEveryRows == 0)
                        {
                            cancellationToken.ThrowIfCancellationRequested();
                            progress?.Report(new ImportProgress(entry.Name, rows, length is > 0 ? Math.Min(1.0, (double)(context?.ReadOffset ?? TryPosition(stream)) / length.Value) : null));
                        }
                    },
                };

                // A large file into a store it more than doubles builds the indexes nobody reads meanwhile at the end.
                var deferred = DeferredIndexes.Begin(store.Connection, transaction, length ?? entry.Length);
                if (deferred.Outgrows("contacts"))
                {
                    // The file names many more people than the store holds: they are looked up in memory.
                    contacts.RememberStore();
                }

                ImportTimes.Mark($"{entry.Name} begin");
                if (ahead is not null)
                {
                    MessagesFile.Import(ahead, context);
                }
                else
                {
                    Importer(entry.Kind)(stream, context);
                }

                ImportTimes.Mark($"{entry.Name} rows");
                // Its events gathered by contact for the stage pass, on the other processor while this one builds indexes.
                stages?.FoldAhead();
                contacts.Complete();
                ImportTimes.Mark($"{entry.Name} contacts complete");
                deferred.Complete();
                ImportTimes.Mark($"{entry.Name} deferred indexes rebuilt");
                return (contacts.Created, Contacts: contacts.Changed.ToList(), Events: events.Touched.ToList());
            };
            var created = large ? store.InTransactionCheckingKeysAtEnd(write) : store.InTransaction(write);
            ImportTimes.Mark($"{entry.Name} committed");

            touched.UnionWith(created.Events);
            changed.UnionWith(created.Contacts);
            changed.UnionWith(created.Events);

            progress?.Report(new ImportProgress(entry.Name, tally.Rows, 1.0));
            return tally.ToReport(created.Created);
        }
        catch (Exception e) when (FileFailure.ReasonFor(e) is { } reason)
        {
            // The file's events, kept as they were written, were rolled back with it.
            stages?.Abandon();
            return new FileReport { File = entry.Name, Error = reason };
        }
    }

    private static Action<Stream, LinkedInFileContext> Importer(LinkedInFileKind kind) => kind switch
    {
        LinkedInFileKind.Profile => MeProfileFiles.ImportProfile,
        LinkedInFileKind.Positions => MeProfileFiles.ImportPositions,
        LinkedInFileKind.Education => MeProfileFiles.ImportEducation,
        LinkedInFileKind.Skills => MeProfileFiles.ImportSkills,
        LinkedInFileKind.Languages => MeProfileFiles.ImportLanguages,
        LinkedInFileKind.EmailAddresses => MeProfileFiles.ImportEmails,
        LinkedInFileKind.Connections => ConnectionsFile.Import,
        LinkedInFileKind.Invitations => InvitationsFile.Import,
        LinkedInFileKind.Messages => MessagesFile.Import,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    private static DateOnly? DateOfExportName(string path)
    {
        var match = ExportNameDate().Match(Path.GetFileName(path.TrimEnd('/', '\\')));
        return match.Success && DateOnly.TryParseExact(match.Value, "MM-dd-yyyy", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var day)
            ? day
            : null;
    }

    private static long? TryLength(Stream stream)
    {
        try
        {
            return stream.CanSeek ? stream.Length : null;
        }
        catch (NotSupportedException)
        {
            return null;
        }
    }

    private static long TryPosition(Stream stream)
    {
        try
        {
            return stream.CanSeek ? stream.Position : 0;
        }
        catch (NotSupportedException)
        {
            return 0;
        }
    }

    [GeneratedRegex(@"\d{2}-\d{2}-\d{4}")]
    private static partial Regex ExportNameDate();
}
