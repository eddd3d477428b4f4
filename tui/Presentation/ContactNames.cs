using Playbook.Engine.Store;

namespace Playbook.Tui.Presentation;

/// <summary>Contacts' names by id, each read once: lists of runs, drafts and tasks name the same contacts many times.</summary>
internal sealed class ContactNames(ContactStore store)
{
    private readonly Dictionary<long, string> _names = [];
    private readonly HashSet<long> _profiled = [];

    /// <summary>Reads the names of <paramref name="contactIds"/> not read yet, in one query; returns this.</summary>
    public ContactNames Read(IEnumerable<long> contactIds)
    {
        var missing = contactIds.Where(id => !_names.ContainsKey(id)).Distinct().ToList();
        if (missing.Count > 0)
        {
            // The name and whether a profile was read, not the whole contact: reading a contact parses its lists
            // (emails, tags, sources) as JSON, which the desk's first frame would wait on.
            foreach (var contact in store.Contacts.NamesOf(missing))
            {
                Remember(contact);
            }
        }

        return this;
    }

    /// <summary>The contact's full name, or <c>?</c> when the contact is gone.</summary>
    public string Of(long contactId)
    {
        if (!_names.TryGetValue(contactId, out var name))
        {
            if (store.Contacts.NamesOf([contactId]) is [var contact])
            {
                Remember(contact);
            }
            else
            {
                _names[contactId] = "?";
            }

            name = _names[contactId];
        }

        return name;
    }

    /// <summary>Whether a profile of the contact has been read into the store (read with the name).</summary>
    public bool HasProfile(long contactId)
    {
        Of(contactId);
        return _profiled.Contains(contactId);
    }

    private void Remember(Engine.Contacts.ContactName contact)
    {
        _names[contact.Id] = contact.FullName;
        if (contact.ProfileRead)
        {
            _profiled.Add(contact.Id);
        }
    }
}
