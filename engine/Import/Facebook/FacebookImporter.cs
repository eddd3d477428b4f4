using System.Text.Json;
using Playbook.Engine.Contacts;
using Playbook.Engine.Import.Reports;
using Playbook.Engine.Import.Writing;
using Playbook.Engine.Store;

namespace Playbook.Engine.Import.Facebook;

/// <summary>
/// Imports a Facebook "Download your information" in JSON (the zip or its folder): each friend becomes a contact of
/// source <c>facebook</c>, known by name and the moment of the friendship, so a second download of the account adds
/// nobody twice and two friends who share a name stay two; each conversation's messages become
/// <c>message.received</c> and <c>message.sent</c> events on channel <c>facebook</c>. Nobody from Facebook is ever
/// joined to an existing contact by name: <c>contacts merge</c> does that, on the user's word. The whole download is
/// one transaction: an incomplete zip stores nothing; a damaged conversation file is skipped and listed.
/// </summary>
public sealed class FacebookImporter(ContactStore store)
{
    /// <summary>The source of the contacts this importer creates, and the channel of their messages.</summary>
    public const string Channel = NetworkIdentity.Facebook;

    /// <summary>Why a sent friend request is left out.</summary>
    public const string SentRequests = "sent friend requests (not friends)";

    /// <summary>Why a friend entry is left out: it names no one, or lacks the date that tells them from others of the same name.</summary>
    public const string Nameless = "friends without a name", Undated = "friends without the date of the friendship";

    /// <summary>Imports the download at <paramref name="path"/>, reporting the friends, the sent requests and the conversations.</summary>
    /// <exception cref="ImportException">The download is missing, incomplete, in HTML, or holds none of its files.</exception>
    public ImportReport Import(string path, IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        using var download = FacebookDownload.Open(path);
        try
        {
            var (reports, touched) = store.InTransaction(transaction =>
            {
                var now = store.Clock.GetUtcNow();
                using var contacts = new ContactWriter(store.Connection, transaction, Channel, now);
                using var events = new EventWriter(store.Connection, transaction, now, store.Replies);
                var reports = new List<FileReport>();
                if (download.Friends is { } friends)
                {
                    reports.Add(ImportFriends(download, friends, contacts, now));
                }

                if (download.SentRequests is { } sent)
                {
                    reports.Add(CountSentRequests(download, sent));
                }

                if (download.Threads.Count > 0)
                {
                    var index = FacebookFriendIndex.Load(store.Connection, transaction);
                    using var stored = store.Connection.CreateCommand();
                    stored.Transaction = transaction;
                    stored.CommandText = "SELECT EXISTS (SELECT 1 FROM events WHERE source_hash = $hash)";
                    stored.Parameters.Add(new Microsoft.Data.Sqlite.SqliteParameter("$hash", 0L));
                    stored.Prepare();
                    var conversations = new FacebookConversations(download, index, contacts, events, stored);
                    var owner = OwnerOf(download, index, conversations);
                    reports.Add(owner is null
                        ? new FileReport
                        {
                            File = download.MessagesFolder!,
                            Error = "cannot tell which person in the conversations is you: the download has no profile_information.json; "
                                + "request it again with 'Personal information' included; the conversations were not imported",
                        }
                        : conversations.Import(owner, progress, cancellationToken));
                }

                contacts.Complete();
                var touched = events.Touched.Concat(contacts.Changed).ToHashSet();
                return (reports, touched);
            });

            store.Events.AdvanceStages(touched);
            return new ImportReport(path, reports) { ChangedContacts = touched };
        }
        catch (Exception e) when (e is not ImportException && FileFailure.ReasonFor(e) is { } reason)
        {
            return new ImportReport(path, [new FileReport { File = path, Error = reason }]);
        }
    }

    private static FileReport ImportFriends(FacebookDownload download, FacebookFile file, ContactWriter contacts, DateTimeOffset now)
    {
        var tally = new FileTally(file.Name);
        var read = Read<FacebookFriendsFile>(download, file, out var line, out var damage);
        if (read is null)
        {
            return new FileReport { File = file.Name, Error = $"is damaged (line {line}, {damage}); its friends were not imported; request the download again" };
        }

        var friends = read.AllFriends;
        var newest = friends.Where(f => ValidSeconds(f.Timestamp)).Select(f => f.Timestamp).DefaultIfEmpty(now.ToUnixTimeSeconds()).Max();
        var asOf = DateOnly.FromDateTime(DateTimeOffset.FromUnixTimeSeconds(newest).UtcDateTime);
        var created = contacts.Created;
        foreach (var friend in friends)
        {
            var name = friend.Name?.Trim() ?? "";
            if (NameKey.Of(name).Length == 0)
            {
                tally.Ignore(Nameless);
                continue;
            }

            if (!ValidSeconds(friend.Timestamp))
            {
                // The date tells a friend from others of the same name: without it, who they are is not known.
                tally.Ignore(Undated);
                continue;
            }

            var (first, last) = NameKey.Split(name);
            var since = DateTimeOffset.FromUnixTimeSeconds(friend.Timestamp);
            var facts = new ContactFacts
            {
                FirstName = first,
                LastName = last,
                ConnectedOn = DateOnly.FromDateTime(since.UtcDateTime),
                Identity = new NetworkIdentity(NetworkIdentity.Facebook, FacebookKeys.Friend(name, friend.Timestamp)),
            };
            tally.Count(contacts.Upsert(facts, asOf).Outcome);
        }

        return tally.ToReport(contacts.Created - created);
    }

    private static FileReport CountSentRequests(FacebookDownload download, FacebookFile file)
    {
        var tally = new FileTally(file.Name);
        var read = Read<FacebookFriendsFile>(download, file, out var line, out var damage);
        if (read is null)
        {
            tally.Skip(file.Name, line, $"is damaged ({damage}); skipped");
        }
        else
        {
            foreach (var _ in read.AllSent)
            {
                tally.Ignore(SentRequests);
            }
        }

        return tally.ToReport(0);
    }

    private static string? OwnerOf(FacebookDownload download, FacebookFriendIndex index, FacebookConversations conversations)
    {
        if (download.Profile is { } profile)
        {
            try
            {
                using var stream = FacebookDownload.OpenChecked(download, profile);
                if (FacebookOwner.FromProfile(stream) is { } name)
                {
                    return NameKey.Of(name);
                }
            }
            catch (JsonException)
            {
                // A damaged profile file leaves the conversations to tell.
            }
            catch (InvalidDataException e)
            {
                throw FacebookDownload.Incomplete(download, profile, e);
            }
        }

        return FacebookOwner.FromConversations(conversations.Participants(), index.Names);
    }

    /// <summary>Reads <paramref name="file"/> as <typeparamref name="T"/>; null with <paramref name="damage"/> saying where, when its JSON is damaged.</summary>
    /// <exception cref="ImportException">The zip entry cannot be unpacked: the download is incomplete.</exception>
    internal static T? Read<T>(FacebookDownload download, FacebookFile file, out long line, out string damage)
        where T : class
    {
        damage = "";
        line = 0;
        try
        {
            using var stream = FacebookDownload.OpenChecked(download, file);
            var value = JsonSerializer.Deserialize<T>(stream, FacebookStringConverter.Options);
            if (value is null)
            {
                damage = "it holds null";
            }

            return value;
        }
        catch (JsonException e)
        {
            line = e.LineNumber is { } at ? at + 1 : 0;
            damage = e.BytePositionInLine is { } column ? $"column {column + 1}: {FirstSentence(e.Message)}" : FirstSentence(e.Message);
            return null;
        }
        catch (InvalidDataException e)
        {
            throw FacebookDownload.Incomplete(download, file, e);
        }
    }

    /// <summary>Whether <paramref name="seconds"/> is a plausible Unix time (after 1970, before year 10000).</summary>
    internal static bool ValidSeconds(long seconds) => seconds is > 0 and < 253_402_300_800L;

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(". ", StringComparison.Ordinal);
        return (cut > 0 ? message[..cut] : message).TrimEnd('.');
    }
}
