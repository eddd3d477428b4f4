using Playbook.Engine.Store;

namespace Playbook.Tui.Cli;

/// <summary>Contacts' names by id, each read once: lists of runs, drafts and tasks name the same contacts many times.</summary>
internal sealed class ContactNames(ContactStore store)
{
    private readonly Dictionary<long, string> _names = [];

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
