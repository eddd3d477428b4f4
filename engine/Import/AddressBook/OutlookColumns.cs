using Playbook.Engine.Contacts;
using Playbook.Engine.Import.Csv;
using Playbook.Engine.Import.Writing;

namespace Playbook.Engine.Import.AddressBook;

/// <summary>
/// The columns of an Outlook CSV, desktop or Outlook.com layout, English or localized (see
/// <see cref="OutlookHeaderNames"/>), found by name since their order changes between versions. Exchange
/// addresses are left out, categories (<c>;</c>-separated) become tags, every phone column with a value is a phone.
/// </summary>
internal sealed class OutlookColumns : IAddressBookColumns
{
    private readonly int _first;
    private readonly int _middle;
    private readonly int _last;
    private readonly int _company;
    private readonly int _jobTitle;
    private readonly int _notes;
    private readonly int _categories;
    private readonly OutlookEmailSlot[] _emails;
    private readonly int[] _phones;
    private readonly int[] _webPages;
    private readonly AddressColumns[] _addresses;

    private OutlookColumns(CsvHeader header)
    {
        _first = header.IndexOf(OutlookHeaderNames.FirstName);
        _middle = header.IndexOf(OutlookHeaderNames.MiddleName);
        _last = header.IndexOf(OutlookHeaderNames.LastName);
        _company = header.IndexOf(OutlookHeaderNames.Company);
        _jobTitle = header.IndexOf(OutlookHeaderNames.JobTitle);
        _notes = header.IndexOf(OutlookHeaderNames.Notes);
        _categories = header.IndexOf(OutlookHeaderNames.Categories);
        _emails = Enumerable.Range(1, OutlookHeaderNames.MaxEmails)
            .Select(n => new OutlookEmailSlot(
                header.IndexOf(OutlookHeaderNames.EmailAddress(n)),
                header.IndexOf(OutlookHeaderNames.EmailType(n)),
                header.IndexOf(OutlookHeaderNames.EmailDisplayName(n))))
            .Where(s => s.Address >= 0)
            .ToArray();
        _phones = Enumerable.Range(0, header.Count).Where(i => OutlookHeaderNames.IsPhone(header.Names[i])).ToArray();
        _webPages = OutlookHeaderNames.WebPages.Select(n => header.IndexOf(n)).Where(i => i >= 0).Order().ToArray();
        _addresses = OutlookHeaderNames.Addresses
            .Select(a => new AddressColumns(header.IndexOf(a.City), header.IndexOf(a.Region), header.IndexOf(a.Country)))
            .Where(a => a.Exists)
            .OrderBy(a => a.FirstColumn)
            .ToArray();
    }

    /// <summary>The columns of <paramref name="header"/>; null when none of them can name a person.</summary>
    public static OutlookColumns? TryCreate(CsvHeader header)
    {
        var columns = new OutlookColumns(header);
        var namesSomeone = columns._first >= 0 || columns._last >= 0 || columns._emails.Length > 0 || columns._webPages.Length > 0;
        return namesSomeone ? columns : null;
    }

    public ContactFacts Map(string[] fields)
    {
        var (first, last) = Name(fields);
        var (profileUrl, urls) = ContactValues.WebAddresses(_webPages.Select(i => CsvHeader.Cell(fields, i)).OfType<string>());
        return new ContactFacts
        {
            FirstName = first,
            LastName = last,
            Company = CsvHeader.Cell(fields, _company),
            Position = CsvHeader.Cell(fields, _jobTitle),
            Location = _addresses.Select(a => a.Location(fields)).FirstOrDefault(l => l is not null),
            ProfileUrl = profileUrl,
            Urls = urls,
            Notes = CsvHeader.Cell(fields, _notes),
            Emails = ContactValues.Emails(_emails.Select(s => s.Value(fields)).OfType<string>()),
            Phones = ContactValues.Phones(_phones.Select(i => CsvHeader.Cell(fields, i)).OfType<string>()),
            Tags = ContactValues.Tags(CsvHeader.Cell(fields, _categories)?.Split(';') ?? []),
        };
    }

    /// <summary>First (with any middle name) and last name; else the display name of the first e-mail address.</summary>
    private (string? First, string? Last) Name(string[] fields)
    {
        var first = NameKey.Join(CsvHeader.Cell(fields, _first), CsvHeader.Cell(fields, _middle));
        var last = CsvHeader.Cell(fields, _last);
        if (first.Length > 0 || last is not null)
        {
            return (first.Length > 0 ? first : null, last);
        }

        // Outlook writes "Ana García (ana@example.com)"; a display name that is only the address names nobody.
        var display = _emails.Select(s => CsvHeader.Cell(fields, s.DisplayName)).FirstOrDefault(d => d is not null);
        var paren = display?.IndexOf(" (", StringComparison.Ordinal) ?? -1;
        var name = paren > 0 ? display![..paren].Trim() : display;
        return name is null || name.Contains('@', StringComparison.Ordinal) ? (null, null) : NameKey.Split(name);
    }
}
