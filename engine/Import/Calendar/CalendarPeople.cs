using Playbook.Engine.Import.Writing;
using Playbook.Engine.Store;

namespace Playbook.Engine.Import.Calendar;

/// <summary>Who an attendee's address is: the calendar's owner, a known contact (by email, any case), or a stranger.</summary>
internal sealed class CalendarPeople(Statements statements, IReadOnlySet<string> owners)
{
    private readonly Microsoft.Data.Sqlite.SqliteCommand _byEmail = statements.Prepare("SELECT contact_id FROM contact_emails WHERE email_key = $p0", 1);
    private readonly Dictionary<string, long?> _known = new(StringComparer.Ordinal);

    /// <summary>The address in <paramref name="value"/> (<c>mailto:</c> or <c>MAILTO:</c> or bare), lower-cased; null when there is none.</summary>
    public static string? EmailOf(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var text = value.Trim();
        if (text.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
        {
            text = text[7..];
        }

        text = Uri.UnescapeDataString(text).Trim();
        return text.Contains('@', StringComparison.Ordinal) ? ContactWriter.EmailKey(text) : null;
    }

    /// <summary>Whether <paramref name="email"/> is the owner's own address.</summary>
    public bool IsOwner(string email) => owners.Contains(email);

    /// <summary>The contact with <paramref name="email"/>, or null for a stranger.</summary>
    public long? Find(string email)
    {
        if (_known.TryGetValue(email, out var id))
        {
            return id;
        }

        Statements.Bind(_byEmail, email);
        id = _byEmail.ExecuteScalar() is long found ? found : null;
        _known[email] = id;
        return id;
    }
}
