using Playbook.Engine.Events;
using Playbook.Engine.Import.Writing;
using Playbook.Engine.Store;
using Playbook.Tests.Support;

namespace Playbook.Tests.Store;

public sealed class MergeQueriesTests
{
    [Fact]
    public void Candidates_SameNameAndCompanyAccentsAside_AreOnePair()
    {
        using var test = new TestStore();
        var first = test.AddContact("José", "Núñez", "Contoso", profileUrl: "https://www.linkedin.com/in/jose-nunez");
        var second = test.AddContact("Jose", "NUNEZ", "contoso", email: "jose@example.org");
        test.AddContact("José", "Núñez", "Fabrikam", email: "other@example.org");

        var candidates = test.Store.Merges.Candidates();

        var pair = Assert.Single(candidates);
        Assert.Equal(first, pair.First.Id);
        Assert.Equal(second, pair.Second.Id);
    }

    [Fact]
    public void Candidates_SameNameOtherCompany_AreNotListed()
    {
        using var test = new TestStore();
        test.AddContact("David", "García", "Tiendas Aurora", profileUrl: "https://www.linkedin.com/in/david-garcia-1");
        test.AddContact("David", "García", "Nubo Digital", profileUrl: "https://www.linkedin.com/in/david-garcia-2");

        var candidates = test.Store.Merges.Candidates();

        Assert.Empty(candidates);
    }

    [Fact]
    public void Merge_TwoSourcesOfOnePerson_KeepsEveryFieldEventAndSource()
    {
        using var test = new TestStore();
        var kept = test.AddContact("Lucía", "Peña", "Moda Brisa", profileUrl: "https://www.linkedin.com/in/lucia-pena");
        var merged = test.Store.InTransaction(transaction =>
        {
            using var writer = new ContactWriter(test.Store.Connection, transaction, "vcard", test.Clock.GetUtcNow());
            var (id, _) = writer.Upsert(
                new ContactFacts
                {
                    FirstName = "Lucía", LastName = "Peña", Company = "Moda Brisa", Position = "CEO", Location = "Madrid",
                    Emails = ["lucia@example.org"], Phones = ["+34 600 000 000"], Tags = ["client"], Notes = "Met at the fair",
                },
                new DateOnly(2026, 11, 30));
            writer.Complete();
            return id;
        });
        test.Store.Contacts.SetStage(merged, "conversation");
        var message = test.Store.Events.Add(merged, EventKinds.MessageReceived, body: "¿Hablamos?");

        var result = test.Store.Merges.Merge(kept, merged);

        Assert.Equal(kept, result.Id);
        Assert.Equal("https://www.linkedin.com/in/lucia-pena", result.ProfileUrl);
        Assert.Equal("CEO", result.Position);
        Assert.Equal("Madrid", result.Location);
        Assert.Equal(["lucia@example.org"], result.Emails);
        Assert.Equal(["+34 600 000 000"], result.Phones);
        Assert.Equal(["client"], result.Tags);
        Assert.Equal("Met at the fair", result.Notes);
        Assert.Equal("conversation", result.Stage);
        Assert.Equal(["test", "vcard"], result.Sources.Order());
        Assert.Null(test.Store.Contacts.Find(merged));
        Assert.Equal(kept, test.Store.Events.Get(message.Id).ContactId);
        Assert.Equal(2, test.Store.Events.List(kept, EventKinds.ContactImported).Count);
        Assert.Equal(kept, Assert.Single(test.Store.Contacts.Search("lucia@example.org")).Id);
    }

    [Fact]
    public void Merge_ContactWithItself_IsRefused()
    {
        using var test = new TestStore();
        var id = test.AddContact("Ana", "García");

        var error = Assert.Throws<ArgumentException>(() => test.Store.Merges.Merge(id, id));

        Assert.StartsWith($"cannot merge contact {id} with itself", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Merge_UnknownContact_IsNotFound()
    {
        using var test = new TestStore();
        var id = test.AddContact("Ana", "García");

        var error = Assert.Throws<NotFoundException>(() => test.Store.Merges.Merge(id, 999));

        Assert.Equal("999", error.Reference);
    }
}
