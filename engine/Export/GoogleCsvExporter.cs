using System.Globalization;
using Playbook.Engine.Contacts;

namespace Playbook.Engine.Export;

/// <summary>
/// Writes contacts as a Google Contacts CSV (the current layout), which Google Contacts, Outlook and
/// <c>playbook import csv</c> read back. Several values share a cell joined by <c> ::: </c>; tags are labels;
/// the headline, stage and connection day travel in custom fields.
/// </summary>
public static class GoogleCsvExporter
{
    /// <summary>The custom field that carries a contact's headline.</summary>
    public const string HeadlineField = "Headline";

    /// <summary>The custom field that carries a contact's stage.</summary>
    public const string StageField = "Playbook Stage";

    /// <summary>The custom field that carries the day the connection was made.</summary>
    public const string ConnectedOnField = "Connected On";

    private const string Separator = " ::: ";

    private static readonly string[] Header =
    [
        "First Name", "Middle Name", "Last Name", "File As", "Organization Name", "Organization Title", "Notes", "Labels",
        "E-mail 1 - Label", "E-mail 1 - Value", "Phone 1 - Label", "Phone 1 - Value", "Address 1 - Label", "Address 1 - City",
        "Website 1 - Label", "Website 1 - Value", "Website 2 - Label", "Website 2 - Value",
        "Custom Field 1 - Label", "Custom Field 1 - Value", "Custom Field 2 - Label", "Custom Field 2 - Value",
        "Custom Field 3 - Label", "Custom Field 3 - Value",
    ];

    /// <summary>Writes every contact of <paramref name="contacts"/>; returns how many.</summary>
    public static int Write(TextWriter writer, IEnumerable<Contact> contacts)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(contacts);
        CsvLine.Write(writer, Header);
        var count = 0;
        foreach (var c in contacts)
        {
            var hasName = c.FirstName is not null || c.LastName is not null;
            // The location is one text ("Berlin, Germany"): it goes whole into the city, which reads back the same.
            CsvLine.Write(writer,
            [
                hasName ? c.FirstName : c.FullName, null, c.LastName, c.FullName, c.Company, c.Position, c.Notes,
                string.Join(Separator, c.Tags.Prepend("* myContacts")),
                c.Emails.Count > 0 ? "* Other" : null, Join(c.Emails),
                c.Phones.Count > 0 ? "Mobile" : null, Join(c.Phones),
                c.Location is null ? null : "Work", c.Location,
                c.ProfileUrl is null ? null : "LinkedIn", c.ProfileUrl,
                c.Urls.Count > 0 ? "Other" : null, Join(c.Urls),
                c.Headline is null ? null : HeadlineField, c.Headline,
                StageField, c.Stage,
                c.ConnectedOn is null ? null : ConnectedOnField, c.ConnectedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ]);
            count++;
        }

        return count;
    }

    private static string? Join(IReadOnlyList<string> values) => values.Count == 0 ? null : string.Join(Separator, values);
}
