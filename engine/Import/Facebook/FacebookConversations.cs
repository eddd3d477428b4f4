using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Playbook.Engine.Analysis.Replies;
using Playbook.Engine.Contacts;
using Playbook.Engine.Events;
using Playbook.Engine.Import.Reports;
using Playbook.Engine.Import.Writing;
using Playbook.Engine.Store;

namespace Playbook.Engine.Import.Facebook;

/// <summary>
/// The conversations of a download, one after the other, into events. A conversation of two is with one person: a
/// friend when exactly one friend has their name, otherwise someone known only from that conversation. In a group,
/// each friend's messages go on their timeline; the owner's messages to a group, and those of people who are not
/// friends, are left out and counted. Messages are written oldest first across <c>message_1.json</c>,
/// <c>message_2.json</c>, ...; a damaged file is skipped and listed, and the rest of its conversation imports.
/// </summary>
internal sealed partial class FacebookConversations(
    FacebookDownload download, FacebookFriendIndex friends, ContactWriter contacts, EventWriter events, SqliteCommand stored)
{
    /// <summary>Reasons a message is left out, as the import's summary counts them.</summary>
    public const string ToGroups = "your messages to groups", GroupStrangers = "group messages from people who are not friends",
        Reactions = "reactions", Unsent = "unsent messages", JoinsAndLeaves = "group joins and leaves", Calls = "calls",
        Empty = "empty messages", Gone = "messages with accounts that are gone", Untimed = "messages without a valid time";

    /// <summary>Each conversation's participants, for telling the owner when the download has no profile.</summary>
    public IReadOnlyList<IReadOnlyCollection<string>> Participants() =>
        download.Threads.Select(thread => (IReadOnlyCollection<string>)Files(thread, null)
            .SelectMany(f => f.File?.Participants ?? []).Select(p => p.Name ?? "").ToHashSet(StringComparer.Ordinal)).ToList();

    /// <summary>Imports every conversation, the owner being the person whose name key is <paramref name="owner"/>.</summary>
    public FileReport Import(string owner, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        var tally = new FileTally(download.MessagesFolder!);
        var created = contacts.Created;
        for (var t = 0; t < download.Threads.Count; t++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            ImportThread(download.Threads[t], owner, tally);
            progress?.Report(new ImportProgress(tally.File, tally.Rows, (t + 1.0) / download.Threads.Count));
        }

        return tally.ToReport(contacts.Created - created);
    }

    private void ImportThread(FacebookThreadFiles thread, string owner, FileTally tally)
    {
        var files = Files(thread, tally);
        var folder = thread.Path[(thread.Path.IndexOf('/', StringComparison.Ordinal) + 1)..];
        var people = files.SelectMany(f => f.File?.Participants ?? []).Select(p => p.Name?.Trim() ?? "")
            .Where(n => NameKey.Of(n).Length > 0).DistinctBy(NameKey.Of).ToList();
        var others = people.Where(n => NameKey.Of(n) != owner).ToList();
        var group = others.Count > 1 || files.Any(f => f.File?.ThreadType == "RegularGroup");
        var partner = group || others.Count != 1 || IsGone(others[0]) ? null : others[0];
        var partnerKey = partner is null ? null : NameKey.Of(partner);
        long? partnerId = null;
        var messages = files.SelectMany(f => (f.File?.Messages ?? []).Select(m => (Message: m, f.Source)))
            .OrderBy(m => m.Message.TimestampMs).ToList();
        var conversation = "facebook:" + folder;
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        var pending = new List<(long Contact, string Kind, DateTimeOffset At, string Direction, string? Text, string Key)>();
        foreach (var (message, _) in messages)
        {
            var sender = message.SenderName?.Trim() ?? "";
            if (!keys.TryGetValue(sender, out var senderKey))
            {
                keys[sender] = senderKey = NameKey.Of(sender);
            }

            var body = message.Content?.Trim();
            if (LeftOut(message, body) is { } reason)
            {
                tally.Ignore(reason);
                continue;
            }

            if (senderKey.Length == 0 || IsGone(sender))
            {
                tally.Ignore(Gone);
                continue;
            }

            if (message.TimestampMs <= 0 || !FacebookImporter.ValidSeconds(message.TimestampMs / 1000))
            {
                tally.Ignore(Untimed);
                continue;
            }

            long contact;
            string kind, direction;
            if (senderKey == owner)
            {
                if (partner is null)
                {
                    tally.Ignore(group ? ToGroups : Gone);
                    continue;
                }

                contact = partnerId ??= PartnerOf(partner, folder, messages[^1].Message.TimestampMs);
                (kind, direction) = (EventKinds.MessageSent, Directions.Out);
            }
            else if (partner is not null && senderKey == partnerKey)
            {
                contact = partnerId ??= PartnerOf(partner, folder, messages[^1].Message.TimestampMs);
                (kind, direction) = (EventKinds.MessageReceived, Directions.In);
            }
            else if (friends.Only(senderKey) is { } friend)
            {
                contact = friend;
                (kind, direction) = (EventKinds.MessageReceived, Directions.In);
            }
            else
            {
                tally.Ignore(GroupStrangers);
                continue;
            }

            var at = DateTimeOffset.FromUnixTimeMilliseconds(message.TimestampMs);
            var text = string.IsNullOrEmpty(body) ? null : body;
            var hash = System.IO.Hashing.XxHash3.HashToUInt64(Encoding.UTF8.GetBytes(text ?? ""));
            var key = string.Create(CultureInfo.InvariantCulture, $"facebook:{folder}:{message.TimestampMs}:{senderKey}:{hash:x16}");
            // A message stored by an earlier import is not classified again for nothing.
            stored.Parameters[0].Value = SourceKey.Hash(key);
            if (stored.ExecuteScalar() is 1L)
            {
                tally.Count(UpsertOutcome.Unchanged);
            }
            else
            {
                pending.Add((contact, kind, at, direction, text, key));
            }
        }

        // Reading a reply is the costly part of a message: the conversation's are read on all cores, then written in order.
        var classified = new ReplyClassification?[pending.Count];
        Parallel.For(0, pending.Count, i =>
        {
            if (pending[i].Kind == EventKinds.MessageReceived)
            {
                classified[i] = events.Replies.Classify(pending[i].Text, pending[i].At);
            }
        });
        for (var i = 0; i < pending.Count; i++)
        {
            var (contact, kind, at, direction, text, key) = pending[i];
            var added = events.Add(contact, kind, at, FacebookImporter.Channel, direction, text, conversation, key, classified[i]);
            tally.Count(added ? UpsertOutcome.Added : UpsertOutcome.Unchanged);
        }
    }

    /// <summary>The contact of the one other person of a conversation: the friend of that name, or someone known from this conversation alone.</summary>
    private long PartnerOf(string name, string folder, long newestMs)
    {
        if (friends.Only(NameKey.Of(name)) is { } friend)
        {
            return friend;
        }

        var (first, last) = NameKey.Split(name);
        var facts = new ContactFacts
        {
            FirstName = first,
            LastName = last,
            Identity = new NetworkIdentity(NetworkIdentity.Facebook, FacebookKeys.InThread(name, folder)),
        };
        var asOf = DateOnly.FromDateTime(DateTimeOffset.FromUnixTimeMilliseconds(Math.Max(0, newestMs)).UtcDateTime);
        return contacts.Upsert(facts, asOf).Id;
    }

    /// <summary>Why <paramref name="message"/> is not a message to keep, or null when it is one.</summary>
    private static string? LeftOut(FacebookMessage message, string? body) => message switch
    {
        { IsUnsent: true } => Unsent,
        { Type: "Subscribe" or "Unsubscribe" } => JoinsAndLeaves,
        { Type: "Call" } => Calls,
        _ when body is { Length: > 0 } && ReactionNotice().IsMatch(body) => Reactions,
        _ when string.IsNullOrEmpty(body) && !message.HasAttachment => Empty,
        _ => null,
    };

    /// <summary>"Facebook user": an account deleted or deactivated since, which names no one.</summary>
    private static bool IsGone(string name) => NameKey.Of(name) is "facebook user" or "usuario de facebook" or "utilisateur de facebook";

    /// <summary>The files of <paramref name="thread"/> read, damaged ones null and listed in <paramref name="tally"/> when given.</summary>
    private List<(FacebookFile Source, FacebookThreadFile? File)> Files(FacebookThreadFiles thread, FileTally? tally)
    {
        var read = new List<(FacebookFile, FacebookThreadFile?)>(thread.Files.Count);
        foreach (var file in thread.Files)
        {
            var value = FacebookImporter.Read<FacebookThreadFile>(download, file, out var line, out var damage);
            if (value is null)
            {
                tally?.Skip(file.Name, 0, string.Create(CultureInfo.InvariantCulture, $"damaged at line {line}, {damage}; the rest of the download imported"));
            }

            read.Add((file, value));
        }

        return read;
    }

    [GeneratedRegex(@"^(?:\S+\s+){0,3}reacted\s+\S{1,16}\s+to\s+(?:your|a)\s+message\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReactionNotice();
}
