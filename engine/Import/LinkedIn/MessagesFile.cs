using System.Globalization;
using System.Text;
using System.Text.Unicode;
using Playbook.Engine.Contacts;
using Playbook.Engine.Events;
using Playbook.Engine.Import.Csv;
using Playbook.Engine.Import.Reports;
using Playbook.Engine.Import.Writing;

namespace Playbook.Engine.Import.LinkedIn;

/// <summary>
/// messages.csv: <c>message.sent</c> for what the owner wrote (one event per recipient, so a group message
/// is on every participant's timeline) and <c>message.received</c> for what others wrote to the owner.
/// HTML content (exports before 2026) becomes text; drafts, spam and mail from senders without a profile
/// (sponsored messages, "LinkedIn Member") are left out and create no contact.
/// </summary>
internal static class MessagesFile
{
    private const string HiddenMember = "linkedin member";

    public static void Import(Stream stream, LinkedInFileContext context) =>
        Store(context, ReadAhead.Of(Read(stream, context.File, context.Owner, () => context.Events.Replies), ClassifyFromTheEnd));

    /// <summary>
    /// What the thread that reads ahead does with a batch once it has handed it over: classifies its received messages
    /// from the last one back, while the store's thread, when it is waiting, takes them from the first on (see
    /// <see cref="SharedClassification"/>).
    /// </summary>
    internal static void ClassifyFromTheEnd(List<ParsedMessage> batch)
    {
        for (var i = batch.Count - 1; i >= 0; i--)
        {
            batch[i].Classifying?.TryWork();
        }
    }

    /// <summary>Stores the messages <paramref name="ahead"/> read (its file, which <paramref name="context"/> is for).</summary>
    public static void Import(MessagesAhead ahead, LinkedInFileContext context) => Store(context, ahead.Messages());

    /// <summary>
    /// The rows of messages.csv after its header, understood (<see cref="Parse"/>), each with where in
    /// <paramref name="stream"/> it was read when the stream can say. A missing header, or an export whose owner is
    /// not known, is the file's <see cref="ImportException"/>, thrown where the first row would be.
    /// </summary>
    internal static IEnumerable<ParsedMessage> Read(Stream stream, string file, ExportOwner owner, Func<Analysis.Replies.ReplyClassifier> replies)
    {
        using var records = CsvFile.Read(stream).GetEnumerator();
        var header = LinkedInFileContext.RequireHeader(file, records, "CONVERSATION ID", "CONVERSATION ID,CONVERSATION TITLE,FROM,...", "FROM", "DATE", "CONTENT");
        if (!owner.IsKnown)
        {
            throw new ImportException(file,
                "cannot tell whose export this is, so not which messages were sent and which received; import the export with its Profile.csv or Invitations.csv");
        }

        var seekable = stream.CanSeek;
        foreach (var message in Parse(records, header, owner, replies()))
        {
            message.Offset = seekable ? stream.Position : null;
            yield return message;
        }
    }

    private static void Store(LinkedInFileContext context, IEnumerable<ParsedMessage> messages)
    {
        foreach (var message in messages)
        {
            context.ReadOffset = message.Offset;
            context.ReportRows(context.Tally.Rows);
            switch (message.Outcome)
            {
                case ParsedMessage.Kind.Skip:
                    context.Tally.Skip(message.Line, message.Reason!);
                    break;
                case ParsedMessage.Kind.Ignore:
                    context.Tally.Ignore(message.Reason!);
                    break;
                default:
                    Store(context, message);
                    break;
            }
        }
    }

    /// <summary>
    /// Everything about each row after <paramref name="header"/> that needs no store: who, when, what, the events' source
    /// keys and how a received message reads (the work of the thread that reads ahead of the store's).
    /// </summary>
    internal static IEnumerable<ParsedMessage> Parse(
        IEnumerator<CsvRecord> records, CsvHeader header, ExportOwner owner, Analysis.Replies.ReplyClassifier replies)
    {
        var columns = MessageColumns.Of(header);
        Func<string?, DateTimeOffset?, Analysis.Replies.ReplyClassification> classify = replies.Classify;
        while (records.MoveNext())
        {
            var record = records.Current;
            if (record.IsBlank)
            {
                continue;
            }

            if (record.Fields.Length != header.Count)
            {
                yield return ParsedMessage.Skipped(record.Line, LinkedInFileContext.WidthProblem(record, header));
                continue;
            }

            var row = columns.Read(record.Fields);
            if (row.IsDraft)
            {
                yield return ParsedMessage.Ignored("drafts");
                continue;
            }

            if (string.Equals(row.Folder, "SPAM", StringComparison.OrdinalIgnoreCase))
            {
                yield return ParsedMessage.Ignored("spam");
                continue;
            }

            if (!LinkedInDates.TryParseInstant(row.Date, out var at))
            {
                yield return ParsedMessage.Skipped(record.Line, $"'DATE' is '{row.Date}', not a date like '2025-06-01 14:03:22 UTC'");
                continue;
            }

            var body = BodyOf(row);
            if (owner.Is(row.From, row.SenderUrl))
            {
                var recipients = Recipients(row).Where(r => !owner.Is(r.FirstName is null ? null : r.FullName, r.ProfileUrl)).ToList();
                if (recipients.Count == 0)
                {
                    yield return ParsedMessage.Skipped(record.Line, "a message from the owner with no recipient");
                    continue;
                }

                var bodyHash = BodyHash(body ?? "");
                yield return new ParsedMessage(ParsedMessage.Kind.Sent, record.Line, null, at, body, row.ConversationId,
                    recipients.ConvertAll(r => (r, SourceHash(row.ConversationId, at, LinkedInPeople.KeyOf(r), "out", bodyHash))));
            }
            else if (Contacts.ProfileUrl.KeyOf(row.SenderUrl) is null)
            {
                yield return ParsedMessage.Ignored("sponsored or 'LinkedIn Member' mail");
            }
            else
            {
                var (first, last) = NameKey.Split(row.From);
                var sender = new ContactFacts { FirstName = first, LastName = last, ProfileUrl = row.SenderUrl };
                yield return new ParsedMessage(ParsedMessage.Kind.Received, record.Line, null, at, body, row.ConversationId,
                    [(sender, SourceHash(row.ConversationId, at, LinkedInPeople.KeyOf(sender), "in", BodyHash(body ?? "")))])
                {
                    Classifying = new SharedClassification(classify, body, at),
                };
            }
        }
    }

    private static void Store(LinkedInFileContext context, ParsedMessage message)
    {
        var (kind, direction) = message.Outcome == ParsedMessage.Kind.Sent
            ? (EventKinds.MessageSent, Directions.Out)
            : (EventKinds.MessageReceived, Directions.In);
        var added = false;
        foreach (var (person, hash) in message.People)
        {
            var contactId = LinkedInPeople.FindOrCreate(context, person);
            added |= context.Events.Add(contactId, kind, message.At, "linkedin", direction, message.Body, message.ConversationId, hash, message.Classification);
        }

        context.Tally.Count(added ? UpsertOutcome.Added : UpsertOutcome.Unchanged);
    }

    /// <summary>
    /// The recipients, each with a profile URL and, when the TO cell can be split to match, a name. Names
    /// may hold commas ("Wren Hale, PhD"), so a part without a space joins the name before it. Exports made
    /// before the RECIPIENT PROFILE URLS column existed name the recipients only: they are joined by name.
    /// </summary>
    internal static IReadOnlyList<ContactFacts> Recipients(MessageRow row)
    {
        var urls = row.RecipientUrls.Where(u => Contacts.ProfileUrl.KeyOf(u) is not null).ToList();
        var names = (row.To ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();
        for (var i = names.Count - 1; i > 0 && (urls.Count == 0 || names.Count > urls.Count); i--)
        {
            if (!names[i].Contains(' ', StringComparison.Ordinal))
            {
                names[i - 1] = names[i - 1] + ", " + names[i];
                names.RemoveAt(i);
            }
        }

        if (urls.Count == 0)
        {
            // "LinkedIn Member" is a hidden profile, never a contact.
            return names.Where(name => NameKey.Of(name) != HiddenMember).Select(name =>
            {
                var (first, last) = NameKey.Split(name);
                return new ContactFacts { FirstName = first, LastName = last };
            }).ToList();
        }

        var namesMatch = names.Count == urls.Count;
        return urls.Select((url, i) =>
        {
            var (first, last) = namesMatch ? NameKey.Split(names[i]) : (null, null);
            return new ContactFacts { FirstName = first, LastName = last, ProfileUrl = url };
        }).ToList();
    }

    private static string? BodyOf(MessageRow row)
    {
        var content = row.Content?.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        if (string.IsNullOrEmpty(content))
        {
            return row.Subject;
        }

        return HtmlText.LooksLikeHtml(content) ? HtmlText.ToText(content) : content;
    }

    /// <summary>
    /// The hash of the message's source key, the text that makes each message event one of its own: its conversation,
    /// time, direction, person and the hash of its body (<see cref="BodyHash"/>). The key is written as UTF-8 on the stack
    /// (in a rented buffer when it is longer) and hashed there, never made a string: the same hash as of its text, so a
    /// message imported by any build is found again.
    /// </summary>
    internal static long SourceHash(string? conversationId, DateTimeOffset at, string personKey, string direction, ulong bodyHash)
    {
        Span<byte> stack = stackalloc byte[512];
        if (TryWriteKey(stack, conversationId, at, personKey, direction, bodyHash, out var written))
        {
            return Engine.Store.SourceKey.Hash(stack[..written]);
        }

        // Every character is at most three bytes of UTF-8 (a surrogate pair four, for two characters); the rest is ASCII.
        var rented = System.Buffers.ArrayPool<byte>.Shared.Rent(3 * ((conversationId?.Length ?? 0) + personKey.Length + direction.Length) + 96);
        try
        {
            TryWriteKey(rented, conversationId, at, personKey, direction, bodyHash, out written);
            return Engine.Store.SourceKey.Hash(rented.AsSpan(0, written));
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(rented);
        }
    }

    private static bool TryWriteKey(Span<byte> utf8, string? conversationId, DateTimeOffset at, string personKey, string direction, ulong bodyHash, out int written) =>
        Utf8.TryWrite(utf8, CultureInfo.InvariantCulture, $"linkedin:message:{conversationId}:{at.UtcTicks}:{direction}:{personKey}:{bodyHash:x16}", out written);

    /// <summary>The hash of <paramref name="body"/>'s UTF-8, encoded into a pooled buffer rather than a new array per message.</summary>
    internal static ulong BodyHash(string body)
    {
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(body.Length));
        try
        {
            return System.IO.Hashing.XxHash3.HashToUInt64(buffer.AsSpan(0, Encoding.UTF8.GetBytes(body, buffer)));
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
