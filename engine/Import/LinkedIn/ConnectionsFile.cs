using Playbook.Engine.Import.Csv;
using Playbook.Engine.Import.Writing;

namespace Playbook.Engine.Import.LinkedIn;

/// <summary>
/// Connections.csv: one contact per row. The header may follow a <c>Notes:</c> preamble; exports before
/// mid-2023 have no URL column; hidden profiles appear as rows holding only a date and are left out.
/// </summary>
internal static class ConnectionsFile
{
    public static void Import(Stream stream, LinkedInFileContext context)
    {
        using var records = CsvFile.Read(stream).GetEnumerator();
        var header = context.RequireHeader(records, "First Name", "First Name,Last Name,...,Connected On", "First Name", "Last Name");
        var first = header.IndexOf("First Name");
        var last = header.IndexOf("Last Name");
        var url = header.IndexOf("URL", "Profile URL");
        var email = header.IndexOf("Email Address", "Email");
        var company = header.IndexOf("Company");
        var position = header.IndexOf("Position");
        var connectedOn = header.IndexOf("Connected On");

        // Every row is a different connection: two people who share a name (and, in older files, have no
        // URL to tell them apart) must not become one contact.
        var claimed = new HashSet<long>();

        while (records.MoveNext())
        {
            var record = records.Current;
            context.ReportRows(context.Tally.Rows);
            if (record.IsBlank || !context.HasHeaderWidth(record, header))
            {
                continue;
            }

            var fields = record.Fields;
            var facts = new ContactFacts
            {
                FirstName = CsvHeader.Cell(fields, first),
                LastName = CsvHeader.Cell(fields, last),
                ProfileUrl = CsvHeader.Cell(fields, url),
                Emails = CsvHeader.Cell(fields, email) is { } address ? [address] : [],
                Company = CsvHeader.Cell(fields, company),
                Position = CsvHeader.Cell(fields, position),
            };

            var dateText = CsvHeader.Cell(fields, connectedOn);
            DateOnly? day = null;
            if (dateText is not null)
            {
                if (!LinkedInDates.TryParseDay(dateText, out var parsed))
                {
                    context.Tally.Skip(record.Line, $"'Connected On' is '{dateText}', not a date like '08 Feb 2026'");
                    continue;
                }

                day = parsed;
            }

            if (!facts.IdentifiesSomeone)
            {
                context.Tally.Ignore("hidden profiles");
                continue;
            }

            if (facts.ProfileUrl is { } given && facts.ProfileKey is null)
            {
                context.Tally.Skip(record.Line, $"URL '{given}' is not a LinkedIn profile URL (https://www.linkedin.com/in/...)");
                continue;
            }

            var (id, outcome) = context.Contacts.Upsert(facts with { ConnectedOn = day }, context.AsOf, matchByName: true, claimed);
            if (facts.ProfileKey is null)
            {
                claimed.Add(id);
            }

            context.Tally.Count(outcome);
        }
    }
}
