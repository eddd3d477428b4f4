using Playbook.Engine.Contacts;
using Playbook.Engine.Events;
using Playbook.Engine.Import.Writing;
using Playbook.Engine.Store;
using Playbook.Tests.Support;

namespace Playbook.Tests.Store;

public sealed class MergeCandidateEvidenceTests : IDisposable
{
    private readonly TestStore _test = new();

    private long FromX(string key, string? first = null, string? last = null, string? displayName = null, string? company = null) =>
        _test.Store.InTransaction(transaction =>
        {
            using var writer = new ContactWriter(_test.Store.Connection, transaction, "x", _test.Clock.GetUtcNow());
            var (id, _) = writer.Upsert(new ContactFacts
            {
                FirstName = first, LastName = last, Company = company, DisplayName = displayName, Identity = new NetworkIdentity("x", key),
            }, new DateOnly(2026, 11, 30));
            writer.Complete();
            return id;
        });

    [Fact]
    public void Candidates_PersonFromXWithAnotherContactsNameAnyCompany_IsAPairKeepingTheOtherFirst()
    {
        var linkedIn = _test.AddContact("Lucía", "Fernández", "Tienda Verde");
        var fromX = FromX("1199000000000000001", "LUCIA", "fernandez");

        var pair = Assert.Single(_test.Store.Merges.Candidates());

        Assert.Equal((linkedIn, fromX), (pair.First.Id, pair.Second.Id));
        Assert.Equal([MergeQueries.SameName], pair.Evidence);
        Assert.Equal("same name", pair.Reason);
    }

    [Fact]
    public void Candidates_SameNameWithoutANetworkIdentityOrCompany_IsNoPair()
    {
        _test.AddContact("Lucía", "Fernández", "Tienda Verde");
        _test.AddContact("Lucía", "Fernández", "Nubo Digital");

        Assert.Empty(_test.Store.Merges.Candidates());
    }

    [Fact]
    public void Candidates_OneWordName_IsNoEvidence()
    {
        _test.AddContact("Lucía", null, "Tienda Verde");
        FromX("42", "Lucía");

        Assert.Empty(_test.Store.Merges.Candidates());
    }

    [Fact]
    public void Candidates_NameSignedInADm_IsEvidenceWithTheDayOfTheMessage()
    {
        var linkedIn = _test.AddContact("Pedro", "Sánchez-Olmo", "Shopify");
        var fromX = FromX("2847561930", displayName: "Pedro Sánchez-Olmo");
        _test.Store.Events.Add(fromX, EventKinds.MessageReceived, at: new DateTimeOffset(2026, 9, 14, 18, 2, 11, TimeSpan.Zero),
            body: "Hola Marta, hablamos?\n— Pedro Sánchez-Olmo · dev Shopify freelance", channel: "x");
        _test.Store.Events.Add(fromX, EventKinds.MessageReceived, at: new DateTimeOffset(2026, 10, 1, 9, 0, 0, TimeSpan.Zero),
            body: "Otro día\n— Pedro Sánchez-Olmo", channel: "x");

        var pair = Assert.Single(_test.Store.Merges.Candidates());

        Assert.Equal((linkedIn, fromX), (pair.First.Id, pair.Second.Id));
        Assert.Equal(["signature in a DM of 2026-09-14"], pair.Evidence);
    }

    [Fact]
    public void Candidates_SignatureNamingSomeoneElse_PairsWithThatContact()
    {
        var ana = _test.AddContact("Ana", "Ruiz", "Nubo");
        var fromX = FromX("99", "Nubo", "Studio");
        _test.Store.Events.Add(fromX, EventKinds.MessageReceived, at: new DateTimeOffset(2026, 9, 1, 9, 0, 0, TimeSpan.Zero),
            body: "Gracias por seguirnos\n-- Ana Ruiz, Nubo Studio", channel: "x");

        var pair = Assert.Single(_test.Store.Merges.Candidates());

        Assert.Equal((ana, fromX), (pair.First.Id, pair.Second.Id));
        Assert.Equal(["signature in a DM of 2026-09-01"], pair.Evidence);
    }

    [Fact]
    public void Candidates_SameNameAndCompanyAndANetwork_IsOnePairSayingTheStrongerEvidenceOnce()
    {
        var fromX = FromX("7", "Ben", "Okafor", company: "Harrowgate");
        var card = _test.AddContact("Ben", "Okafor", "Harrowgate");

        var pair = Assert.Single(_test.Store.Merges.Candidates());

        Assert.Equal((card, fromX), (pair.First.Id, pair.Second.Id));
        Assert.Equal([MergeQueries.SameNameAndCompany], pair.Evidence);
    }

    [Fact]
    public void Candidates_NeverMergeAnything()
    {
        _test.AddContact("Lucía", "Fernández", "Tienda Verde");
        FromX("1199000000000000001", "Lucía", "Fernández");

        _test.Store.Merges.Candidates();

        Assert.Equal(2, _test.ContactCount);
    }

    public void Dispose() => _test.Dispose();
}
