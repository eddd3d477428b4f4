using Playbook.Engine.Contacts;
using Playbook.Engine.Events;
using Playbook.Engine.Scripting.Api;
using Playbook.Engine.Store;

namespace Playbook.Engine.Runtime;

/// <summary>The read-only queries a script step gets, inside the batch its run is part of.</summary>
internal sealed class SessionQueries(RunSession session) : IStoreQueries
{
    public IReadOnlyList<Contact> Contacts(string? query = null, string? tag = null, string? stage = null, int? limit = null) =>
        [.. session.Store.Contacts.Search(query, tag, stage, limit, Transaction).Select(session.Current)];

    public IReadOnlyList<ContactEvent> Events(long contactId, string? kind = null) =>
        session.Store.Events.List(contactId, kind, null, Transaction);

    public IReadOnlyDictionary<string, int> Tags() => session.Store.Contacts.TagCounts(Transaction);

    private Microsoft.Data.Sqlite.SqliteTransaction? Transaction => session.InBatch ? session.Transaction : null;
}
