using System.Text;
using Playbook.Engine.Contacts;
using Playbook.Engine.Events;

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

    public static void Import(Stream stream, LinkedInFileContext context)
    {
        using var records = CsvFile.Read(stream).GetEnumerator();
        var header = context.RequireHeader(records, "CONVERSATION ID", "CONVERSATION ID,CONVERSATION TITLE,FROM,...", "FROM", "DATE", "CONTENT");
        if (!context.Owner.IsKnown)
        {
            throw new ImportException(context.File,
                "cannot tell whose export this is, so not which messages were sent and which received; import the export with its Profile.csv or Invitations.csv");
        }

        var columns = MessageColumns.Of(header);
        while (records.MoveNext())
        {
            var record = records.Current;
            context.ReportRows(context.Tally.Rows);
            if (record.IsBlank || !context.HasHeaderWidth(record, header))
            {
                continue;
            }

            var row = columns.Read(record.Fields);
            if (row.IsDraft)
            {
                context.Tally.Ignore("drafts");
                continue;
            }

            if (string.Equals(row.Folder, "SPAM", StringComparison.OrdinalIgnoreCase))
            {
                context.Tally.Ignore("spam");
                continue;
            }

            if (!LinkedInDates.TryParseInstant(row.Date, out var at))
            {
                context.Tally.Skip(record.Line, $"'DATE' is '{row.Date}', not a date like '2025-06-01 14:03:22 UTC'");
                continue;
            }

            var body = BodyOf(row);
            if (context.Owner.Is(row.From, row.SenderUrl))
            {
                ImportSent(context, record.Line, row, at, body);
            }
            else if (Contacts.ProfileUrl.KeyOf(row.SenderUrl) is null)
            {
                context.Tally.Ignore("sponsored or 'LinkedIn Member' mail");
            }
            else
            {
                ImportReceived(context, row, at, body);
            }
        }
    }

    private static void ImportSent(LinkedInFileContext context, long line, MessageRow row, DateTimeOffset at, string? body)
    {
        var recipients = Recipients(row).Where(r => !context.Owner.Is(r.FirstName is null ? null : r.FullName, r.ProfileUrl)).ToList();
        if (recipients.Count == 0)
        {
            context.Tally.Skip(line, "a message from the owner with no recipient");
            return;
        }

        var added = false;
        foreach (var recipient in recipients)
        {
            var contactId = LinkedInPeople.FindOrCreate(context, recipient);
            var key = SourceKey(row, at, LinkedInPeople.KeyOf(recipient), "out", body);
            added |= context.Events.Add(contactId, EventKinds.MessageSent, at, "linkedin", Directions.Out, body, row.ConversationId, key);
        }

        context.Tally.Count(added ? UpsertOutcome.Added : UpsertOutcome.Unchanged);
    }

    private static void ImportReceived(LinkedInFileContext context, MessageRow row, DateTimeOffset at, string? body)
    {
        var (first, last) = NameKey.Split(row.From);
        var sender = new ContactFacts { FirstName = first, LastName = last, ProfileUrl = row.SenderUrl };
        var contactId = LinkedInPeople.FindOrCreate(context, sender);
        var key = SourceKey(row, at, LinkedInPeople.KeyOf(sender), "in", body);
        var added = context.Events.Add(contactId, EventKinds.MessageReceived, at, "linkedin", Directions.In, body, row.ConversationId, key);
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

    private static string SourceKey(MessageRow row, DateTimeOffset at, string personKey, string direction, string? body)
    {
        var hash = System.IO.Hashing.XxHash3.HashToUInt64(Encoding.UTF8.GetBytes(body ?? "")).ToString("x16", System.Globalization.CultureInfo.InvariantCulture);
        return $"linkedin:message:{row.ConversationId}:{at.UtcTicks}:{direction}:{personKey}:{hash}";
    }
}
