using Playbook.Engine.Contacts;
using Playbook.Engine.Events;
using Playbook.Engine.Import.Writing;
using Playbook.Tests.Support;

namespace Playbook.Tests.Store;

public sealed class NetworkIdentityTests
{
    private static long Write(TestStore test, ContactFacts facts) =>
        test.Store.InTransaction(transaction =>
        {
            using var writer = new ContactWriter(test.Store.Connection, transaction, "x", test.Clock.GetUtcNow());
            var (id, _) = writer.Upsert(facts, new DateOnly(2026, 11, 30));
            writer.Complete();
            return id;
        });

    [Fact]
    public void Upsert_SameIdentityTwice_IsOneContactWithTheLatestHandle()
    {
        using var test = new TestStore();
        var first = Write(test, new ContactFacts { FirstName = "Pedro", Identity = new NetworkIdentity("x", "1199000000000000001", "@pedro") });
        var second = Write(test, new ContactFacts { FirstName = "Pedro", Identity = new NetworkIdentity("x", "1199000000000000001", "@pedro_dev") });

        Assert.Equal(first, second);
        var identity = Assert.Single(test.Store.Contacts.Identities(first));
        Assert.Equal(new NetworkIdentity("x", "1199000000000000001", "@pedro_dev"), identity);
    }

    [Fact]
    public void Upsert_SameNameOtherIdentity_IsNeverTheExistingContact()
    {
        using var test = new TestStore();
        var linkedIn = test.AddContact("Pedro", "Sánchez", "Shopify", email: "pedro@example.org");
        var fromX = Write(test, new ContactFacts
        {
            FirstName = "Pedro", LastName = "Sánchez", Company = "Shopify", Emails = ["pedro@example.org"],
            Identity = new NetworkIdentity("x", "2847561930"),
        });

        Assert.NotEqual(linkedIn, fromX);
        Assert.Equal(fromX, test.Store.Contacts.Get("x:2847561930").Id);
        Assert.Equal(fromX, test.Store.Contacts.Get("X:2847561930").Id);
    }

    [Fact]
    public void Upsert_WithoutAName_IsNamedByItsHandle()
    {
        using var test = new TestStore();
        var id = Write(test, new ContactFacts { Identity = new NetworkIdentity("x", "42", "@someone") });

        Assert.Equal("@someone", test.Store.Contacts.Find(id)!.FullName);
    }

    [Fact]
    public void Merge_MovesTheIdentityAndItsEventsToTheKeptContact()
    {
        using var test = new TestStore();
        var kept = test.AddContact("Pedro", "Sánchez", "Shopify");
        var fromX = Write(test, new ContactFacts { FirstName = "Pedro", LastName = "Sánchez", Identity = new NetworkIdentity("x", "2847561930") });
        test.Store.Events.Add(fromX, EventKinds.MessageReceived, body: "Hola", channel: "x");

        test.Store.Merges.Merge(kept, fromX);

        Assert.Equal(kept, test.Store.Contacts.Get("x:2847561930").Id);
        Assert.Equal("x", Assert.Single(test.Store.Contacts.Identities(kept)).Network);
        var again = Write(test, new ContactFacts { FirstName = "Pedro", Identity = new NetworkIdentity("x", "2847561930") });
        Assert.Equal(kept, again);
    }
}
