using System.Globalization;
using System.Text.RegularExpressions;
using Playbook.Engine.Contacts;
using Playbook.Engine.Export;
using Playbook.Engine.Import.Csv;
using Playbook.Engine.Import.Writing;
using SlotTable = System.Collections.Generic.Dictionary<string, System.Collections.Generic.SortedDictionary<int, System.Collections.Generic.Dictionary<string, int>>>;

namespace Playbook.Engine.Import.AddressBook;

/// <summary>
/// The columns of a Google Contacts CSV, new layout (<c>First Name</c>, <c>Labels</c>, <c>E-mail 1 - Label</c>,
/// <c>Organization Name</c>) or old (<c>Given Name</c>, <c>Group Membership</c>, <c>E-mail 1 - Type</c>,
/// <c>Organization 1 - Name</c>), found by name in any order. Multi-value cells (<c>a ::: b</c>) give several
/// values with the primary one first; labels become tags, except the <c>myContacts</c> group every contact is in.
/// </summary>
internal sealed partial class GoogleColumns : IAddressBookColumns
{
    private readonly int _first;
    private readonly int _middle;
    private readonly int _last;
    private readonly int _name;
    private readonly int _fileAs;
    private readonly int _company;
    private readonly int _title;
    private readonly int _notes;
    private readonly int _labels;
    private readonly GoogleSlot[] _emails;
    private readonly GoogleSlot[] _phones;
    private readonly GoogleSlot[] _websites;
    private readonly GoogleSlot[] _custom;
    private readonly GoogleAddressSlot[] _addresses;

    private GoogleColumns(CsvHeader header)
    {
        _first = header.IndexOf("First Name", "Given Name");
        _middle = header.IndexOf("Middle Name", "Additional Name");
        _last = header.IndexOf("Last Name", "Family Name");
        _name = header.IndexOf("Name");
        _fileAs = header.IndexOf("File As");
        _company = header.IndexOf("Organization Name", "Organization 1 - Name");
        _title = header.IndexOf("Organization Title", "Organization 1 - Title");
        _notes = header.IndexOf("Notes");
        _labels = header.IndexOf("Labels", "Group Membership");

        var slots = Slots(header);
        _emails = ValueSlots(slots, "email");
        _phones = ValueSlots(slots, "phone");
        _websites = ValueSlots(slots, "website");
        _custom = ValueSlots(slots, "custom field");
        _addresses = slots.TryGetValue("address", out var addresses)
            ? addresses.Values
                .Select(p => new GoogleAddressSlot(LabelColumn(p), new AddressColumns(Part(p, "city"), Part(p, "region"), Part(p, "country"))))
                .Where(a => a.Place.Exists)
                .ToArray()
            : [];
    }

    /// <summary>The columns of <paramref name="header"/>; null when none of them can name a person.</summary>
    public static GoogleColumns? TryCreate(CsvHeader header)
    {
        var columns = new GoogleColumns(header);
        var namesSomeone = columns._first >= 0 || columns._last >= 0 || columns._name >= 0 || columns._fileAs >= 0
            || columns._emails.Length > 0 || columns._websites.Length > 0;
        return namesSomeone ? columns : null;
    }

    public ContactFacts Map(string[] fields)
    {
        var (first, last) = Name(fields);
        var (profileUrl, urls) = ContactValues.WebAddresses(Values(fields, _websites));
        var custom = CustomFields(fields);
        return new ContactFacts
        {
            Headline = custom.GetValueOrDefault(GoogleCsvExporter.HeadlineField),
            Stage = custom.GetValueOrDefault(GoogleCsvExporter.StageField) is { } stage && Stages.IsKnown(stage) ? stage : null,
            ConnectedOn = DateOnly.TryParseExact(custom.GetValueOrDefault(GoogleCsvExporter.ConnectedOnField), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
                ? day
                : null,
            FirstName = first,
            LastName = last,
            Company = MultiValue.First(CsvHeader.Cell(fields, _company)),
            Position = MultiValue.First(CsvHeader.Cell(fields, _title)),
            Location = Location(fields),
            ProfileUrl = profileUrl,
            Urls = urls,
            Notes = CsvHeader.Cell(fields, _notes),
            Emails = ContactValues.Emails(Values(fields, _emails)),
            Phones = ContactValues.Phones(Values(fields, _phones)),
            Tags = ContactValues.Tags(MultiValue.Split(CsvHeader.Cell(fields, _labels)).Select(v => v.Value)),
        };
    }

    /// <summary>First (with any middle name) and last name; else the one-cell Name or File As, split.</summary>
    private (string? First, string? Last) Name(string[] fields)
    {
        var first = NameKey.Join(CsvHeader.Cell(fields, _first), CsvHeader.Cell(fields, _middle));
        var last = CsvHeader.Cell(fields, _last);
        if (first.Length > 0 || last is not null)
        {
            return (first.Length > 0 ? first : null, last);
        }

        if (CsvHeader.Cell(fields, _name) is { } name)
        {
            return NameKey.Split(name);
        }

        // File As is often "Last, First".
        var fileAs = CsvHeader.Cell(fields, _fileAs);
        var comma = fileAs?.IndexOf(',', StringComparison.Ordinal) ?? -1;
        return comma > 0 ? NameKey.Split($"{fileAs![(comma + 1)..].Trim()} {fileAs[..comma].Trim()}") : NameKey.Split(fileAs);
    }

    /// <summary>
    /// Every value of <paramref name="slots"/> in column order, the primary ones first: those marked <c>* </c>
    /// in the value cell, and the first value of a slot whose label is marked.
    /// </summary>
    private static IEnumerable<string> Values(string[] fields, GoogleSlot[] slots)
    {
        var primary = new List<string>();
        var others = new List<string>();
        foreach (var slot in slots)
        {
            var markedSlot = MultiValue.IsPrimary(CsvHeader.Cell(fields, slot.Label));
            var values = MultiValue.Split(CsvHeader.Cell(fields, slot.Value));
            for (var i = 0; i < values.Count; i++)
            {
                (values[i].Primary || (markedSlot && i == 0) ? primary : others).Add(values[i].Value);
            }
        }

        return primary.Concat(others);
    }

    /// <summary>The custom fields by label (Playbook's own exports carry the headline, stage and connection day there).</summary>
    private Dictionary<string, string> CustomFields(string[] fields)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var slot in _custom)
        {
            if (CsvHeader.Cell(fields, slot.Label) is { } label && CsvHeader.Cell(fields, slot.Value) is { } value)
            {
                values.TryAdd(label, value);
            }
        }

        return values;
    }

    /// <summary>The place of the primary address, else of the first one that has a city, region or country.</summary>
    private string? Location(string[] fields)
    {
        var places = _addresses
            .OrderByDescending(a => MultiValue.IsPrimary(CsvHeader.Cell(fields, a.Label)))
            .Select(a => a.Place.Location(fields));
        return places.FirstOrDefault(p => p is not null);
    }

    /// <summary>The numbered columns (<c>E-mail 1 - Value</c>) by kind, then number, then part: column index.</summary>
    private static SlotTable Slots(CsvHeader header)
    {
        var slots = new SlotTable(StringComparer.Ordinal);
        for (var i = 0; i < header.Count; i++)
        {
            var match = SlotColumn().Match(header.Names[i]);
            if (!match.Success || !int.TryParse(match.Groups["n"].ValueSpan, out var n))
            {
                continue;
            }

            var kind = match.Groups["kind"].Value.Replace("-", "", StringComparison.Ordinal).ToLowerInvariant();
            var byNumber = slots.TryGetValue(kind, out var found) ? found : slots[kind] = [];
            var parts = byNumber.TryGetValue(n, out var existing) ? existing : byNumber[n] = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            parts.TryAdd(match.Groups["part"].Value.Trim(), i);
        }

        return slots;
    }

    private static GoogleSlot[] ValueSlots(SlotTable slots, string kind) =>
        slots.TryGetValue(kind, out var byNumber)
            ? byNumber.Values.Select(p => new GoogleSlot(LabelColumn(p), Part(p, "value"))).Where(s => s.Value >= 0).ToArray()
            : [];

    private static int LabelColumn(Dictionary<string, int> parts) => parts.TryGetValue("label", out var label) ? label : Part(parts, "type");

    private static int Part(Dictionary<string, int> parts, string part) => parts.TryGetValue(part, out var index) ? index : -1;

    [GeneratedRegex(@"^(?<kind>E-?mail|Phone|Website|Address|Custom Field) (?<n>\d+) - (?<part>.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SlotColumn();
}
