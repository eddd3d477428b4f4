using CsvHelper;
using Playbook.Engine.Contacts;
using Playbook.Engine.Import.Csv;

namespace Playbook.Engine.Import.LinkedIn;

/// <summary>
/// A first, cheap pass over an export for what every file's import needs to know first: the export's
/// date (the newest date inside it, so that newer data wins over older exports) and its owner (from
/// Profile.csv, else the party common to every invitation and conversation).
/// </summary>
internal sealed class ExportSurvey
{
    private readonly Dictionary<string, string> _namesByProfileKey = new(StringComparer.Ordinal);
    private HashSet<string>? _commonProfileKeys;
    private HashSet<string>? _commonNames;
    private DateOnly? _newest;
    private string? _profileName;
    private string? _directOwnerUrl;
    private string? _directOwnerName;

    /// <summary>
    /// Surveys every entry of <paramref name="export"/>; unreadable files are left for the import to report. The dates of
    /// the first messages file, the largest by far, are read on the thread pool beside the other files; its people are
    /// read too only when those files did not name the owner.
    /// </summary>
    public static ExportSurvey Of(LinkedInExport export)
    {
        var survey = new ExportSurvey();
        var messages = export.Entries.FirstOrDefault(e => e.Kind == LinkedInFileKind.Messages);
        var messageDays = messages is null ? null : Task.Run(() => NewestMessageDay(messages));
        foreach (var entry in export.Entries)
        {
            if (ReferenceEquals(entry, messages))
            {
                continue;
            }

            Survey(entry, stream => survey.Read(entry.Kind, stream));
        }

        if (messages is not null)
        {
            var (read, day) = messageDays!.GetAwaiter().GetResult();
            if (survey._directOwnerUrl is null || !read)
            {
                // Who the owner is may take the conversations' people: the file is read whole, as any other.
                Survey(messages, survey.ReadMessages);
            }
            else if (day is { } newest)
            {
                survey.Seen(newest);
            }
        }

        return survey;
    }

    /// <summary>Reads <paramref name="entry"/> with <paramref name="read"/>, unless it cannot be opened or read.</summary>
    private static void Survey(LinkedInEntry entry, Action<Stream> read)
    {
        try
        {
            using var stream = entry.Open();
            read(stream);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException or CsvFormatException)
        {
            // The import of this file reports the problem with its name.
        }
    }

    /// <summary>The newest day of a messages file's DATE column, read apart from the export's other files; not read when it cannot be.</summary>
    private static (bool Read, DateOnly? Day) NewestMessageDay(LinkedInEntry entry)
    {
        try
        {
            using var file = entry.OpenApart();
            DateOnly? newest = null;
            foreach (var date in CsvFile.ReadColumn(file.Stream, "CONVERSATION ID", "DATE"))
            {
                if (TryDayOfInstant(date, out var day) && (newest is null || day > newest))
                {
                    newest = day;
                }
            }

            return (true, newest);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException or CsvFormatException)
        {
            return (false, null);
        }
    }

    /// <summary>The newest date found in the export, if any.</summary>
    public DateOnly? NewestDate => _newest;

    /// <summary>The owner as the export shows it.</summary>
    public ExportOwner Owner
    {
        get
        {
            var url = _directOwnerUrl ?? (_commonProfileKeys is { Count: 1 } keys ? ProfileUrl.OfKey(keys.First()) : null);
            var name = _profileName ?? _directOwnerName;
            if (name is null && url is not null && _namesByProfileKey.TryGetValue(ProfileUrl.KeyOf(url)!, out var seen))
            {
                name = seen;
            }

            if (name is null && _commonNames is { Count: 1 } names)
            {
                name = names.First();
            }

            return new ExportOwner(name, url);
        }
    }

    private void Read(LinkedInFileKind kind, Stream stream)
    {
        switch (kind)
        {
            case LinkedInFileKind.Profile:
                ReadProfile(stream);
                break;
            case LinkedInFileKind.Connections:
                ReadDays(stream, "Connected On");
                break;
            case LinkedInFileKind.Invitations:
                ReadInvitations(stream);
                break;
            case LinkedInFileKind.Messages:
                // Another messages file than the first (which Of reads on its own).
                ReadMessages(stream);
                break;
            default:
                break;
        }
    }

    private void ReadProfile(Stream stream)
    {
        var (header, rows) = HeaderAndRows(stream, "First Name");
        if (header is null)
        {
            return;
        }

        var first = header.IndexOf("First Name");
        var last = header.IndexOf("Last Name");
        foreach (var row in rows.Take(1))
        {
            var name = NameKey.Join(CsvHeader.Cell(row.Fields, first), CsvHeader.Cell(row.Fields, last));
            _profileName = name.Length > 0 ? name : null;
        }
    }

    private void ReadDays(Stream stream, string column)
    {
        var (header, rows) = HeaderAndRows(stream, "First Name");
        var index = header?.IndexOf(column) ?? -1;
        if (index < 0)
        {
            return;
        }

        foreach (var row in rows)
        {
            if (LinkedInDates.TryParseDay(CsvHeader.Cell(row.Fields, index), out var day))
            {
                Seen(day);
            }
        }
    }

    private void ReadInvitations(Stream stream)
    {
        var (header, rows) = HeaderAndRows(stream, "From");
        if (header is null)
        {
            return;
        }

        var columns = InvitationColumns.Of(header);
        foreach (var row in rows)
        {
            var invitation = columns.Read(row.Fields);
            if (LinkedInDates.TryParseInstant(invitation.SentAt, out var at))
            {
                Seen(DateOnly.FromDateTime(at.UtcDateTime));
            }

            Remember(invitation.From, invitation.FromUrl);
            Remember(invitation.To, invitation.ToUrl);
            if (invitation.Direction is { } direction)
            {
                var incoming = direction.Equals("INCOMING", StringComparison.OrdinalIgnoreCase);
                _directOwnerUrl ??= incoming ? invitation.ToUrl : invitation.FromUrl;
                _directOwnerName ??= incoming ? invitation.To : invitation.From;
            }

            Intersect([invitation.FromUrl, invitation.ToUrl], [invitation.From, invitation.To]);
        }
    }

    private void ReadMessages(Stream stream)
    {
        // When Profile.csv or the invitations named the owner, only the dates are needed: read just that column.
        if (_directOwnerUrl is not null)
        {
            foreach (var date in CsvFile.ReadColumn(stream, "CONVERSATION ID", "DATE"))
            {
                if (TryDayOfInstant(date, out var day))
                {
                    Seen(day);
                }
            }

            return;
        }

        var (header, rows) = HeaderAndRows(stream, "CONVERSATION ID");
        if (header is null)
        {
            return;
        }

        var columns = MessageColumns.Of(header);
        foreach (var row in rows)
        {
            var message = columns.Read(row.Fields);
            if (TryDayOfInstant(message.Date, out var day))
            {
                Seen(day);
            }

            Remember(message.From, message.SenderUrl);
            var urls = message.RecipientUrls.Append(message.SenderUrl).ToList();
            if (urls.Any(u => ProfileUrl.KeyOf(u) is not null))
            {
                Intersect(urls, []);
            }
        }
    }

    /// <summary>The day of an instant of messages.csv (<see cref="LinkedInDates.TryParseInstant"/> reads its usual shape digit by digit).</summary>
    private static bool TryDayOfInstant(string? text, out DateOnly day)
    {
        var read = LinkedInDates.TryParseInstant(text, out var instant);
        day = read ? DateOnly.FromDateTime(instant.UtcDateTime) : default;
        return read;
    }

    private void Remember(string? name, string? url)
    {
        if (name is not null && ProfileUrl.KeyOf(url) is { } key)
        {
            _namesByProfileKey.TryAdd(key, name);
        }
    }

    private void Intersect(IEnumerable<string?> urls, IEnumerable<string?> names)
    {
        var keys = urls.Select(ProfileUrl.KeyOf).OfType<string>().ToHashSet(StringComparer.Ordinal);
        if (keys.Count > 0)
        {
            if (_commonProfileKeys is null)
            {
                _commonProfileKeys = keys;
            }
            else
            {
                _commonProfileKeys.IntersectWith(keys);
            }
        }

        var nameSet = names.OfType<string>().Where(n => n.Length > 0).ToHashSet(StringComparer.Ordinal);
        if (nameSet.Count > 0)
        {
            if (_commonNames is null)
            {
                _commonNames = nameSet;
            }
            else
            {
                _commonNames.IntersectWith(nameSet);
            }
        }
    }

    private void Seen(DateOnly day)
    {
        if (_newest is null || day > _newest)
        {
            _newest = day;
        }
    }

    private static (CsvHeader? Header, IEnumerable<CsvRecord> Rows) HeaderAndRows(Stream stream, string firstColumn)
    {
        var records = CsvFile.Read(stream).GetEnumerator();
        var header = HeaderFinder.Find(records, firstColumn);
        return (header, Remaining(records));
    }

    private static IEnumerable<CsvRecord> Remaining(IEnumerator<CsvRecord> records)
    {
        using (records)
        {
            while (records.MoveNext())
            {
                yield return records.Current;
            }
        }
    }
}
