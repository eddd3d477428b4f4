using System.Globalization;
using System.Text;
using MimeKit;
using Playbook.Engine.Analysis.Replies;
using Playbook.Engine.Events;
using Playbook.Engine.Import.Reports;
using Playbook.Engine.Import.Writing;

namespace Playbook.Engine.Import.Mail;

/// <summary>
/// What each message of a file is: a message received from a contact, one sent to contacts, or left out and counted by
/// why (newsletters, strangers, a name alone, the owner's mail to himself, copies already read). Only the headers
/// decide; the body is decoded for the messages that are kept.
/// </summary>
internal sealed class MailMessages(MailPeople people, EventWriter events, FileTally tally, IReadOnlySet<string> seenBefore, HashSet<string> seenHere)
{
    /// <summary>Reasons a message is left out, as the import's summary counts them.</summary>
    public const string Newsletters = "newsletters and mailing lists", Strangers = "mail with strangers", NameOnly = "mail that only names a contact",
        ToHimself = "the owner's mail to himself", Copies = "copies of mail already read";

    /// <summary>Reads <paramref name="message"/>; <paramref name="line"/> says where it starts, for a skip.</summary>
    public void Read(MimeMessage message, Func<long> line)
    {
        var headers = message.Headers;
        if (headers.Contains(HeaderId.ListUnsubscribe) || headers.Contains(HeaderId.ListId)
            || headers[HeaderId.Precedence]?.Trim().ToLowerInvariant() is "bulk" or "list" or "junk")
        {
            tally.Ignore(Newsletters);
            return;
        }

        var from = message.From.Mailboxes.FirstOrDefault();
        if (from is null || string.IsNullOrWhiteSpace(from.Address))
        {
            tally.Skip(line(), "a damaged message: it has no sender (From:)");
            return;
        }

        if (!headers.Contains(HeaderId.Date) || message.Date == DateTimeOffset.MinValue)
        {
            tally.Skip(line(), $"a damaged message: its date '{headers[HeaderId.Date]?.Trim()}' cannot be read");
            return;
        }

        var recipients = message.To.Mailboxes.Concat(message.Cc.Mailboxes).Concat(message.Bcc.Mailboxes).ToList();
        if (people.IsOwner(from.Address))
        {
            var contacts = recipients.Select(r => people.ContactOf(r.Address)).OfType<long>().Distinct().ToList();
            if (contacts.Count == 0)
            {
                tally.Ignore(recipients.All(r => people.IsOwner(r.Address)) ? ToHimself
                    : recipients.Any(r => people.NamesAContact(r.Name)) ? NameOnly : Strangers);
                return;
            }

            Store(message, contacts, EventKinds.MessageSent, Directions.Out);
        }
        else if (people.ContactOf(from.Address) is { } contact)
        {
            Store(message, [contact], EventKinds.MessageReceived, Directions.In);
        }
        else
        {
            tally.Ignore(people.NamesAContact(from.Name) || recipients.Any(r => people.NamesAContact(r.Name)) ? NameOnly : Strangers);
        }
    }

    private void Store(MimeMessage message, IReadOnlyList<long> contacts, string kind, string direction)
    {
        var id = IdOf(message);
        if (!seenHere.Add(id) || seenBefore.Contains(id))
        {
            // The same Message-ID again in this import: the owner's Bcc copy, or a message kept under two labels.
            tally.Ignore(Copies);
            return;
        }

        var body = BodyOf(message);
        var conversation = "email:" + (message.References.FirstOrDefault() ?? message.InReplyTo ?? id).Trim('<', '>').ToLowerInvariant();
        var classified = kind == EventKinds.MessageReceived ? AutoReply(message) : null;
        var added = false;
        foreach (var contact in contacts)
        {
            var key = string.Create(CultureInfo.InvariantCulture, $"email:{id}:{direction}:{contact}");
            added |= events.Add(contact, kind, message.Date.ToUniversalTime(), MailImporter.Channel, direction, body, conversation, key, classified);
        }

        tally.Count(added ? UpsertOutcome.Added : UpsertOutcome.Unchanged);
    }

    /// <summary>The message's Message-ID, or for one without, a stable stand-in from its sender, date and subject.</summary>
    private static string IdOf(MimeMessage message)
    {
        if (!string.IsNullOrWhiteSpace(message.MessageId))
        {
            return message.MessageId.Trim().ToLowerInvariant();
        }

        var text = $"{message.From}|{message.Date.UtcTicks}|{message.Subject}";
        return "no-id-" + System.IO.Hashing.XxHash3.HashToUInt64(Encoding.UTF8.GetBytes(text)).ToString("x16", CultureInfo.InvariantCulture);
    }

    /// <summary>The reply alone: the plain text part without what it quotes, else the HTML part as text, else the subject.</summary>
    private static string? BodyOf(MimeMessage message)
    {
        var text = message.TextBody;
        var reply = !string.IsNullOrWhiteSpace(text) ? QuotedText.ReplyOf(text)
            : message.HtmlBody is { } html ? QuotedText.ReplyOfHtml(html)
            : "";
        return reply.Length > 0 ? reply : message.Subject?.Trim();
    }

    /// <summary>An out-of-office or other automatic answer, as its headers say (RFC 3834, and what Exchange and others add).</summary>
    private static ReplyClassification? AutoReply(MimeMessage message)
    {
        var auto = message.Headers["Auto-Submitted"]?.Trim();
        if (auto is not null && !auto.Equals("no", StringComparison.OrdinalIgnoreCase))
        {
            return new ReplyClassification(ReplyLabels.Auto, [$"Auto-Submitted: {auto}"]);
        }

        foreach (var name in new[] { "X-Autoreply", "X-Autorespond" })
        {
            if (message.Headers.Contains(name))
            {
                return new ReplyClassification(ReplyLabels.Auto, [$"{name} header"]);
            }
        }

        return null;
    }
}
