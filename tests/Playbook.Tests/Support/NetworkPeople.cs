using Playbook.Engine.Contacts;
using Playbook.Engine.Import.Writing;
using Playbook.Engine.Store;

namespace Playbook.Tests.Support;

/// <summary>
/// People from X or Facebook written into a store as their imports write them (a contact of that source, known by its
/// network identity), for the tests of what the rest of the product does with them.
/// </summary>
internal static class NetworkPeople
{
    /// <summary>Writes the person who is <paramref name="identity"/>, named and working where given; returns their id.</summary>
    public static long Add(ContactStore store, NetworkIdentity identity, string? first, string? last, string? company = null) =>
        store.InTransaction(transaction =>
        {
            using var writer = new ContactWriter(store.Connection, transaction, identity.Network, store.Clock.GetUtcNow());
            var (id, _) = writer.Upsert(
                new ContactFacts { FirstName = first, LastName = last, Company = company, Identity = identity },
                DateOnly.FromDateTime(store.Clock.GetUtcNow().UtcDateTime));
            writer.Complete();
            return id;
        });
}
