using Playbook.Engine.Import.Writing;
using Playbook.Tests.Support;

namespace Playbook.Tests.Import.Writing;

public sealed class ContactResolverTests : IDisposable
{
    private static readonly DateOnly AsOf = new(2026, 11, 30);
    private readonly TestStore _test = new();

    [Fact]
    public void RememberStore_StoreWithLinkedAndUnlinkedPeople_FindsEachAsTheStoreWould()
    {
        var (ana, bo) = _test.Store.InTransaction(transaction =>
        {
            using var writer = new ContactWriter(_test.Store.Connection, transaction, "test", _test.Clock.GetUtcNow());
            var ana = writer.Create(new ContactFacts { FirstName = "Ana", LastName = "García", ProfileUrl = "https://www.linkedin.com/in/ana-garcia" }, AsOf);
            var bo = writer.Create(new ContactFacts { FirstName = "Bo", LastName = "Li", Emails = ["bo@example.com"] }, AsOf);
            return (ana, bo);
        });
        ContactFacts[] asked =
        [
            new() { ProfileUrl = "https://www.linkedin.com/in/ana-garcia" },
            new() { Emails = ["BO@example.com "] },
            new() { FirstName = "Bo", LastName = "Li", ProfileUrl = "https://www.linkedin.com/in/bo-li" },
            new() { FirstName = "Ana", LastName = "Garcia", ProfileUrl = "https://www.linkedin.com/in/another-ana" },
            new() { FirstName = "Cy", LastName = "Young", ProfileUrl = "https://www.linkedin.com/in/cy-young" },
            new() { Emails = ["cy@example.com"] },
        ];

        var fromStore = Resolve(asked, rememberStore: false);
        var fromMemory = Resolve(asked, rememberStore: true);

        Assert.Equal([ana, bo, bo, null, null, null], fromStore);
        Assert.Equal(fromStore, fromMemory);
    }

    [Fact]
    public void RememberStore_UnlinkedPersonCreatedInTheSameTransaction_IsJoinedByName()
    {
        var found = _test.Store.InTransaction(transaction =>
        {
            using var writer = new ContactWriter(_test.Store.Connection, transaction, "test", _test.Clock.GetUtcNow());
            writer.RememberStore();
            var dee = writer.Create(new ContactFacts { FirstName = "Dee", LastName = "Park" }, AsOf);
            return (dee, writer.Resolve(new ContactFacts { FirstName = "Dee", LastName = "Park", ProfileUrl = "https://www.linkedin.com/in/dee-park" }, matchByName: true));
        });

        Assert.Equal(found.dee, found.Item2);
    }

    public void Dispose() => _test.Dispose();

    private List<long?> Resolve(ContactFacts[] asked, bool rememberStore) => _test.Store.InTransaction(transaction =>
    {
        using var writer = new ContactWriter(_test.Store.Connection, transaction, "test", _test.Clock.GetUtcNow());
        if (rememberStore)
        {
            writer.RememberStore();
        }

        return asked.Select(facts => writer.Resolve(facts, matchByName: true)).ToList();
    });
}
