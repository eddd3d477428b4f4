using Playbook.Engine.Import.Writing;

namespace Playbook.Tests.Import.Writing;

public sealed class NewerWinsTests
{
    private static readonly string?[] Stored = ["Ana", "García", null, "Contoso", "CEO", null, null, "Met in Madrid", "2020-01-01"];

    [Fact]
    public void Merge_NewerFacts_ReplaceWhatDiffersAndFillWhatIsEmpty()
    {
        string?[] incoming = ["Ana María", "García", "Founder", "Fabrikam", null, "Madrid", null, null, null];

        var (merged, changed) = NewerWins.Merge(Stored, incoming, newer: true);

        Assert.True(changed);
        Assert.Equal<IEnumerable<string?>>(["Ana María", "García", "Founder", "Fabrikam", "CEO", "Madrid", null, "Met in Madrid", "2020-01-01"], merged);
    }

    [Fact]
    public void Merge_OlderFacts_OnlyFillWhatIsEmpty()
    {
        string?[] incoming = ["Anita", "G.", "Founder", "Fabrikam", "Intern", "Madrid", null, null, "2019-05-05"];

        var (merged, changed) = NewerWins.Merge(Stored, incoming, newer: false);

        Assert.True(changed);
        Assert.Equal<IEnumerable<string?>>(["Ana", "García", "Founder", "Contoso", "CEO", "Madrid", null, "Met in Madrid", "2020-01-01"], merged);
    }

    [Fact]
    public void Merge_NotesFromAnotherSource_AddUp()
    {
        string?[] incoming = [null, null, null, null, null, null, null, "Asked for the deck", null];

        var (merged, _) = NewerWins.Merge(Stored, incoming, newer: true);

        Assert.Equal("Met in Madrid\n\nAsked for the deck", merged[NewerWins.Notes]);
    }

    [Fact]
    public void Merge_SameFactsAgain_ChangesNothing()
    {
        var (merged, changed) = NewerWins.Merge(Stored, Stored, newer: true);

        Assert.False(changed);
        Assert.Equal<IEnumerable<string?>>(Stored, merged);
    }

    [Fact]
    public void Merge_OlderSourceWithOnlyALastName_NeverMixesNames()
    {
        string?[] incoming = [null, "Ruiz", null, null, null, null, null, null, null];

        var (merged, _) = NewerWins.Merge(Stored, incoming, newer: false);

        Assert.Equal("Ana", merged[NewerWins.FirstName]);
        Assert.Equal("García", merged[NewerWins.LastName]);
    }
}
