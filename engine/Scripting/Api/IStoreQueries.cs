using Playbook.Engine.Contacts;
using Playbook.Engine.Events;

namespace Playbook.Engine.Scripting.Api;

/// <summary>The store as a script step may read it: contacts, their events and the tags in use. Nothing here writes.</summary>
public interface IStoreQueries
{
    /// <summary>Contacts matching <paramref name="query"/> (accent- and case-insensitive), <paramref name="tag"/> and <paramref name="stage"/>.</summary>
    IReadOnlyList<Contact> Contacts(string? query = null, string? tag = null, string? stage = null, int? limit = null);

    /// <summary>The events of <paramref name="contactId"/>, oldest first, optionally of one kind.</summary>
    IReadOnlyList<ContactEvent> Events(long contactId, string? kind = null);

    /// <summary>Every tag in use, with how many contacts have it.</summary>
    IReadOnlyDictionary<string, int> Tags();
}
