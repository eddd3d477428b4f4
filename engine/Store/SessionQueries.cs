using Playbook.Engine.Contacts;
using Playbook.Engine.Events;
using Playbook.Engine.Scripting.Api;

namespace Playbook.Engine.Store;

/// <summary>The read-only queries a script step gets, inside the batch its run is part of.</summary>
internal sealed class SessionQueries(ContactStore store, RunSession session) : IStoreQueries
{
    public IReadOnlyList<Contact> Contacts(string? query = null, string? tag = null, string? stage = null, int? limit = null) =>
        store.Contacts.Search(query, tag, stage, limit, Transaction);

    public IReadOnlyList<ContactEvent> Events(long contactId, string? kind = null) =>
        store.Events.List(contactId, kind, null, Transaction);

    public IReadOnlyDictionary<string, int> Tags() => store.Contacts.TagCounts(Transaction);

    private Microsoft.Data.Sqlite.SqliteTransaction? Transaction => session.InBatch ? session.Transaction : null;
}
