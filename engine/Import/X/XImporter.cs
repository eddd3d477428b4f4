using System.Text.Json;
using Playbook.Engine.Contacts;
using Playbook.Engine.Events;
using Playbook.Engine.Import.Reports;
using Playbook.Engine.Import.Writing;
using Playbook.Engine.Store;

namespace Playbook.Engine.Import.X;

/// <summary>
/// Imports an X archive: each partner of a direct message becomes a contact of source <c>x</c>, known by their X id
/// (<c>x:2847561930</c>) and never by name, so they stay apart from every other contact until the user merges them;
/// their messages become <c>message.received</c> and <c>message.sent</c> events on channel <c>x</c>, once each by
/// message id. Followers and following only tag contacts already known by their X id. Each file is stored in a
/// transaction of its own; a damaged file is skipped and listed, and the rest imports.
/// </summary>
public sealed class XImporter(ContactStore store)
{
    /// <summary>The source name recorded on contacts this importer writes, and the channel of their messages.</summary>
    public const string SourceName = NetworkIdentity.X;

    private const int ProgressEveryMessages = 2_000;

    /// <summary>Imports the archive at <paramref name="path"/> (the zip as downloaded, or its folder).</summary>
    /// <exception cref="ImportException">No such path; a zip that is incomplete; not an X archive; no owner named in it.</exception>
    public ImportReport Import(string path, IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        using var archive = XArchive.Open(path);
        var reports = new List<FileReport>();
        var manifest = XManifest.Of(archive, out var manifestProblem);
        if (manifestProblem is not null)
        {
            reports.Add(Damaged("data/manifest.js", manifestProblem, "; the files were found by their names instead"));
        }

        var ownerId = Owner(archive, manifest, reports)
            ?? throw new ImportException(path, "names no owner (data/account.js and data/manifest.js are missing or damaged), so your messages cannot be told from the others'; download the archive again; nothing was imported");

        var people = new Dictionary<string, (XPerson Person, DateTimeOffset At)>(StringComparer.Ordinal);
        foreach (var file in manifest.Files(XManifest.Kinds.Tweets))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (ReadFile(archive, file, reports) is { } tweets)
            {
                using (tweets)
                {
                    XMentions.Read(tweets.RootElement, people);
                }
            }
        }

        var dmFiles = manifest.Files(XManifest.Kinds.DirectMessages).Select(f => (File: f, Group: false))
            .Concat(manifest.Files(XManifest.Kinds.DirectMessagesGroup).Select(f => (File: f, Group: true)))
            .ToList();
        if (dmFiles.Count == 0 && manifest.Files(XManifest.Kinds.Follower).Count == 0 && manifest.Files(XManifest.Kinds.Following).Count == 0)
        {
            throw new ImportException(path, "holds no direct messages, followers or following (data/direct-messages.js, data/follower.js, ...); is it a whole X archive?");
        }

        var asOf = DateOnly.FromDateTime((manifest.Generated ?? store.Clock.GetUtcNow()).UtcDateTime);
        var touched = new HashSet<long>();
        var changed = new HashSet<long>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (file, group) in dmFiles)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (ReadBytes(archive, file, reports) is { } bytes)
            {
                reports.Add(ImportMessages(file, bytes, group, ownerId, people, asOf, seen, touched, changed, progress, cancellationToken));
            }
        }

        foreach (var (kind, item, tag) in new[]
        {
            (XManifest.Kinds.Follower, "follower", XFollows.FollowerTag),
            (XManifest.Kinds.Following, "following", XFollows.FollowingTag),
        })
        {
            foreach (var file in manifest.Files(kind))
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (ReadFile(archive, file, reports) is { } document)
                {
                    using (document)
                    {
                        var tally = new FileTally(file);
                        var tagged = store.InTransaction(transaction => XFollows.Mark(document.RootElement, item, tag, store.Connection, transaction, tally));
                        changed.UnionWith(tagged);
                        reports.Add(tally.ToReport(0));
                    }
                }
            }
        }

        store.Events.AdvanceStages(touched);
        return new ImportReport(path, reports) { ChangedContacts = changed };
    }

    private FileReport ImportMessages(
        string file, byte[] bytes, bool group, string ownerId, Dictionary<string, (XPerson Person, DateTimeOffset At)> people, DateOnly asOf,
        HashSet<string> seen, HashSet<long> touched, HashSet<long> changed, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        var tally = new FileTally(file);
        List<XMessage> messages;
        try
        {
            using var document = XDataFile.Parse(bytes);
            messages = XConversations.Read(document.RootElement, bytes, group, ownerId, tally, seen);
        }
        catch (XFileException e)
        {
            return Damaged(file, e);
        }

        // The name a partner signs with, from their newest message that has one.
        var signatures = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var message in messages.Where(m => !m.Sent))
        {
            if (SignedName.Of(message.Text) is { } signed)
            {
                signatures[message.SenderId] = signed;
            }
        }

        (int Created, List<long> Contacts, List<long> Events) result;
        try
        {
            result = Store(file, messages, people, signatures, asOf, tally, progress, cancellationToken);
        }
        catch (Exception e) when (FileFailure.ReasonFor(e) is { } reason)
        {
            return new FileReport { File = file, Error = reason };
        }

        touched.UnionWith(result.Events);
        changed.UnionWith(result.Contacts);
        changed.UnionWith(result.Events);
        progress?.Report(new ImportProgress(file, tally.Rows, 1.0));
        return tally.ToReport(result.Created);
    }

    private (int Created, List<long> Contacts, List<long> Events) Store(
        string file, List<XMessage> messages, Dictionary<string, (XPerson Person, DateTimeOffset At)> people, Dictionary<string, string> signatures,
        DateOnly asOf, FileTally tally, IProgress<ImportProgress>? progress, CancellationToken cancellationToken) =>
        store.InTransaction(transaction =>
        {
            using var contacts = new ContactWriter(store.Connection, transaction, SourceName, store.Clock.GetUtcNow());
            using var events = new EventWriter(store.Connection, transaction, store.Clock.GetUtcNow(), store.Replies);
            var ids = new Dictionary<string, long>(StringComparer.Ordinal);
            var count = 0L;
            foreach (var message in messages)
            {
                if (!ids.TryGetValue(message.PartnerId, out var contact))
                {
                    contact = contacts.Upsert(Facts(message.PartnerId, people, signatures), asOf).Id;
                    ids[message.PartnerId] = contact;
                }

                var added = events.Add(contact, message.Sent ? EventKinds.MessageSent : EventKinds.MessageReceived, message.At, SourceName,
                    message.Sent ? Directions.Out : Directions.In, message.Text, $"x:{message.ConversationId}", $"x:dm:{message.Id}");
                tally.Count(added ? UpsertOutcome.Added : UpsertOutcome.Unchanged);
                if (++count % ProgressEveryMessages == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    progress?.Report(new ImportProgress(file, count, (double)count / messages.Count));
                }
            }

            contacts.Complete();
            return (contacts.Created, contacts.Changed.ToList(), events.Touched.ToList());
        });

    /// <summary>
    /// What the archive says about an account: its id (the identity), the name and handle its mentions give, and
    /// otherwise the name it signs with, for display only.
    /// </summary>
    private static ContactFacts Facts(string id, Dictionary<string, (XPerson Person, DateTimeOffset At)> people, Dictionary<string, string> signatures)
    {
        var person = people.TryGetValue(id, out var known) ? known.Person : null;
        var (first, last) = NameKey.Split(person?.Name);
        return new ContactFacts
        {
            FirstName = first,
            LastName = last,
            Identity = new NetworkIdentity(NetworkIdentity.X, id, person?.Handle),
            DisplayName = signatures.GetValueOrDefault(id),
        };
    }

    /// <summary>The owner's id, from account.js, else the manifest.</summary>
    private static string? Owner(XArchive archive, XManifest manifest, List<FileReport> reports)
    {
        foreach (var file in manifest.Files(XManifest.Kinds.Account))
        {
            if (ReadFile(archive, file, reports) is { } document)
            {
                using (document)
                {
                    var root = document.RootElement;
                    if (root.ValueKind == JsonValueKind.Array)
                    {
                        foreach (var item in root.EnumerateArray())
                        {
                            var account = item.ValueKind == JsonValueKind.Object && item.TryGetProperty("account", out var inner) ? inner : item;
                            if (XDataFile.Id(account, "accountId") is { } id)
                            {
                                return id;
                            }
                        }
                    }
                }
            }
        }

        return manifest.OwnerId;
    }

    /// <summary>The JSON of <paramref name="file"/>, or null when it is missing or damaged (then listed in <paramref name="reports"/>).</summary>
    private static JsonDocument? ReadFile(XArchive archive, string file, List<FileReport> reports)
    {
        if (ReadBytes(archive, file, reports) is not { } bytes)
        {
            return null;
        }

        try
        {
            return XDataFile.Parse(bytes);
        }
        catch (XFileException e)
        {
            reports.Add(Damaged(file, e));
            return null;
        }
    }

    private static byte[]? ReadBytes(XArchive archive, string file, List<FileReport> reports)
    {
        if (!archive.Has(file))
        {
            reports.Add(Skipped(file, "is listed in data/manifest.js but missing from the archive; the rest was imported"));
            return null;
        }

        try
        {
            return archive.Read(file);
        }
        catch (XFileException e)
        {
            reports.Add(Skipped(file, e.Reason));
            return null;
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            reports.Add(Skipped(file, $"is damaged in the archive ({e.Message.Split('\n')[0].TrimEnd('.')}); nothing of it was imported, the rest was"));
            return null;
        }
    }

    private static FileReport Damaged(string file, XFileException e, string tail = "; nothing of it was imported, the rest was") =>
        Skipped(file, e.Reason + tail);

    private static FileReport Skipped(string file, string reason)
    {
        var tally = new FileTally(file);
        tally.SkipFile(file, reason);
        return tally.ToReport(0);
    }
}
