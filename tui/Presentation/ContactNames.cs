using Playbook.Engine.Store;

namespace Playbook.Tui.Presentation;

/// <summary>Contacts' names by id, each read once: lists of runs, drafts and tasks name the same contacts many times.</summary>
internal sealed class ContactNames(ContactStore store)
{
    private readonly Dictionary<long, string> _names = [];

    /// <summary>Reads the names of <paramref name="contactIds"/> not read yet, in one query; returns this.</summary>
    public ContactNames Read(IEnumerable<long> contactIds)
    {
        var missing = contactIds.Where(id => !_names.ContainsKey(id)).Distinct().ToList();
        if (missing.Count > 0)
        {
            foreach (var contact in store.Contacts.ByIds(missing))
            {
                _names[contact.Id] = contact.FullName;
            }
        }

        return this;
    }

    /// <summary>The contact's full name, or <c>?</c> when the contact is gone.</summary>
    public string Of(long contactId)
    {
        if (!_names.TryGetValue(contactId, out var name))
        {
            name = store.Contacts.Find(contactId)?.FullName ?? "?";
            _names[contactId] = name;
        }

        return name;
    }
}
