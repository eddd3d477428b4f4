using Playbook.Engine.Contacts;
using Playbook.Engine.Events;
using Playbook.Engine.Import.Csv;
using Playbook.Engine.Import.Writing;

namespace Playbook.Engine.Import.LinkedIn;

/// <summary>
/// Invitations.csv: an <c>invitation.received</c> or <c>invitation.sent</c> event per row, joined to the
/// other party by profile URL (by name in older files without URL columns). An invitation from or to
/// someone not yet connected creates the contact.
/// </summary>
internal static class InvitationsFile
{
    public static void Import(Stream stream, LinkedInFileContext context)
    {
        using var records = CsvFile.Read(stream).GetEnumerator();
        var header = context.RequireHeader(records, "From", "From,To,Sent At,Message,Direction,...", "From", "To", "Sent At");
        var columns = InvitationColumns.Of(header);

        while (records.MoveNext())
        {
            var record = records.Current;
            context.ReportRows(context.Tally.Rows);
            if (record.IsBlank || !context.HasHeaderWidth(record, header))
            {
                continue;
            }

            var row = columns.Read(record.Fields);
            if (!LinkedInDates.TryParseInstant(row.SentAt, out var at))
            {
                context.Tally.Skip(record.Line, $"'Sent At' is '{row.SentAt}', not a date like '1/29/26, 2:37 PM'");
                continue;
            }

            bool incoming;
            if (row.Direction is { } direction)
            {
                if (!direction.Equals("INCOMING", StringComparison.OrdinalIgnoreCase) && !direction.Equals("OUTGOING", StringComparison.OrdinalIgnoreCase))
                {
                    context.Tally.Skip(record.Line, $"'Direction' is '{direction}', neither INCOMING nor OUTGOING");
                    continue;
                }

                incoming = direction.Equals("INCOMING", StringComparison.OrdinalIgnoreCase);
            }
            else if (context.Owner.Is(row.To, row.ToUrl))
            {
                incoming = true;
            }
            else if (context.Owner.Is(row.From, row.FromUrl))
            {
                incoming = false;
            }
            else
            {
                context.Tally.Skip(record.Line, "neither 'From' nor 'To' is the owner of the export; include Profile.csv so the owner is known");
                continue;
            }

            var (name, url) = incoming ? (row.From, row.FromUrl) : (row.To, row.ToUrl);
            var (first, last) = NameKey.Split(name);
            var facts = new ContactFacts { FirstName = first, LastName = last, ProfileUrl = url };
            if (!facts.IdentifiesSomeone)
            {
                context.Tally.Skip(record.Line, $"the {(incoming ? "sender" : "recipient")} has neither a name nor a profile URL");
                continue;
            }

            var contactId = LinkedInPeople.FindOrCreate(context, facts);
            var kind = incoming ? EventKinds.InvitationReceived : EventKinds.InvitationSent;
            var sourceKey = $"linkedin:invitation:{(incoming ? "in" : "out")}:{LinkedInPeople.KeyOf(facts)}:{at.UtcTicks}";
            var added = context.Events.Add(contactId, kind, at, "linkedin", EventKinds.DirectionOf(kind), row.Message, null, sourceKey);
            context.Tally.Count(added ? UpsertOutcome.Added : UpsertOutcome.Unchanged);
        }
    }
}
