using Playbook.Engine.Contacts;
using Playbook.Engine.Store;
using Playbook.Tests.Support;

namespace Playbook.Tests.Store;

public sealed class ContactSearchTests : IDisposable
{
    private readonly TestStore _test = new();
    private readonly long _lucia;
    private readonly long _jurgen;
    private readonly long _zoe;
    private readonly long _penelope;
    private readonly long _luciaOther;

    public ContactSearchTests()
    {
        _lucia = _test.AddContact("Lucía", "Peña", "Moda Brisa, S.L.", "https://www.linkedin.com/in/lucia-pena-8b2c41");
        _jurgen = _test.AddContact("Jürgen", "Müller", "Kaufnett GmbH", "https://www.linkedin.com/in/juergen-mueller", "j.mueller@example.de");
        _zoe = _test.AddContact("Zoë", "Brandt", "Contoso", "https://www.linkedin.com/in/zo%C3%AB-brandt");
        _penelope = _test.AddContact("Penelope", "Hart", "Northwind");
        _luciaOther = _test.AddContact("Lucía", "Ortega", "Fabrikam");
    }

    [Fact]
    public void Search_UnaccentedLowerCase_FindsAccentedName()
    {
        var found = _test.Store.Contacts.Search("pena");

        Assert.Equal([_lucia], found.Select(c => c.Id));
        Assert.Equal("Lucía Peña", found[0].FullName);
    }

    [Fact]
    public void Search_UpperCaseWithoutUmlaut_FindsUmlautName()
    {
        var found = _test.Store.Contacts.Search("MULLER");

        Assert.Equal("Jürgen Müller", Assert.Single(found).FullName);
    }

    [Fact]
    public void Search_AccentedQuery_FindsTheSamePeople()
    {
        Assert.Equal([_lucia], _test.Store.Contacts.Search("PEÑA").Select(c => c.Id));
        Assert.Equal([_zoe], _test.Store.Contacts.Search("zoë").Select(c => c.Id));
        Assert.Equal([_zoe], _test.Store.Contacts.Search("zoe").Select(c => c.Id));
    }

    [Fact]
    public void Search_Prefix_FindsEveryWordStartingSo()
    {
        var found = _test.Store.Contacts.Search("pen");

        Assert.Equal(new[] { _lucia, _penelope }.Order(), found.Select(c => c.Id).Order());
    }

    [Fact]
    public void Search_SeveralWords_FindsOnlyContactsMatchingEveryWord()
    {
        var found = _test.Store.Contacts.Search("lucia pe");

        Assert.Equal([_lucia], found.Select(c => c.Id));
        Assert.Equal(new[] { _lucia, _luciaOther }.Order(), _test.Store.Contacts.Search("lucía").Select(c => c.Id).Order());
    }

    [Fact]
    public void Search_CompanyOrEmail_FindsThePerson()
    {
        Assert.Equal([_jurgen], _test.Store.Contacts.Search("kaufnett").Select(c => c.Id));
        Assert.Equal([_jurgen], _test.Store.Contacts.Search("j.mueller@example.de").Select(c => c.Id));
        Assert.Equal([_lucia], _test.Store.Contacts.Search("moda brisa").Select(c => c.Id));
    }

    [Fact]
    public void Search_NoQuery_ListsEveryoneByName()
    {
        var found = _test.Store.Contacts.Search();

        Assert.Equal(["Jürgen Müller", "Lucía Ortega", "Lucía Peña", "Penelope Hart", "Zoë Brandt"], found.Select(c => c.FullName));
    }

    [Fact]
    public void Search_Limit_ReturnsAtMostThatMany()
    {
        var found = _test.Store.Contacts.Search(limit: 2);

        Assert.Equal(["Jürgen Müller", "Lucía Ortega"], found.Select(c => c.FullName));
    }

    [Fact]
    public void Search_NothingMatches_ReturnsEmpty()
    {
        Assert.Empty(_test.Store.Contacts.Search("zzzz"));
    }

    [Theory]
    [InlineData("pena\"")]
    [InlineData("\"pena\"")]
    [InlineData("-pena")]
    [InlineData("^pena")]
    [InlineData("(pena)")]
    [InlineData("pena*")]
    [InlineData("+pena")]
    public void Search_WordWithFullTextOperators_IsTakenAsAPlainWord(string query)
    {
        var found = _test.Store.Contacts.Search(query);

        Assert.Equal([_lucia], found.Select(c => c.Id));
    }

    [Theory]
    [InlineData("AND (", 0)]
    [InlineData("NEAR(pena", 0)]
    [InlineData("name:pena", 0)]
    [InlineData("pena OR", 0)]
    [InlineData("\"", 5)]
    [InlineData("  - * ", 5)]
    public void Search_QueryThatIsFullTextSyntax_NeverFailsAndMatchesWords(string query, int expected)
    {
        var found = _test.Store.Contacts.Search(query);

        Assert.Equal(expected, found.Count);
    }

    [Fact]
    public void Search_QuoteInsideAWord_MatchesTheWordLiterally()
    {
        var id = _test.AddContact("Siobhan", "O'Brien", "Contoso");

        var found = _test.Store.Contacts.Search("o'brien");

        Assert.Equal([id], found.Select(c => c.Id));
    }

    [Fact]
    public void Search_ByTag_FindsOnlyTaggedContactsWhateverTheCase()
    {
        _test.Store.Contacts.AddTags(_zoe, ["Client"]);
        _test.Store.Contacts.AddTags(_penelope, ["client", "vip"]);

        Assert.Equal(["Penelope Hart", "Zoë Brandt"], _test.Store.Contacts.Search(tag: "CLIENT").Select(c => c.FullName));
        Assert.Equal([_penelope], _test.Store.Contacts.Search(tag: "vip").Select(c => c.Id));
        Assert.Equal([_zoe], _test.Store.Contacts.Search("zoe", tag: "client").Select(c => c.Id));
        Assert.Empty(_test.Store.Contacts.Search("pena", tag: "client"));
    }

    [Fact]
    public void Search_WordOfATag_FindsTheTaggedContact()
    {
        _test.Store.Contacts.AddTags(_jurgen, ["speaker"]);

        var found = _test.Store.Contacts.Search("speaker");

        Assert.Equal([_jurgen], found.Select(c => c.Id));
    }

    [Fact]
    public void Search_WordOfTheNameAndWordOfATag_FindsTheContactWithBoth()
    {
        _test.Store.Contacts.AddTags(_jurgen, ["speaker"]);
        _test.Store.Contacts.AddTags(_zoe, ["speaker"]);

        Assert.Equal([_jurgen], _test.Store.Contacts.Search("jurgen speak").Select(c => c.Id));
        Assert.Equal([_jurgen], _test.Store.Contacts.SearchIds("speak MULLER"));
        Assert.Equal([_jurgen], _test.Store.Contacts.SearchIds("speak kaufnett", orderBy: ContactOrder.Company));
        Assert.Empty(_test.Store.Contacts.Search("lucia speak"));
        Assert.Empty(_test.Store.Contacts.SearchIds("penelope speaker"));
    }

    [Fact]
    public void Search_WordInTheContactsOwnRowAndInAnothersTag_RanksTheOwnRowFirst()
    {
        _test.Store.Contacts.AddTags(_penelope, ["pena-club"]);

        var found = _test.Store.Contacts.Search("pena");

        Assert.Equal([_lucia, _penelope], found.Select(c => c.Id));
        Assert.Equal([_lucia], _test.Store.Contacts.Search("pena", limit: 1).Select(c => c.Id));
    }

    [Fact]
    public void Search_TagOfTwoWords_MatchesItAsAPhrase()
    {
        _test.Store.Contacts.AddTags(_zoe, ["low-fit"]);
        _test.Store.Contacts.AddTags(_penelope, ["fit", "low"]);

        Assert.Equal([_zoe], _test.Store.Contacts.Search("low-fit").Select(c => c.Id));
        Assert.Equal(new[] { _zoe, _penelope }.Order(), _test.Store.Contacts.SearchIds("low").Order());
    }

    [Fact]
    public void Search_RemovedTag_NoLongerFindsTheContact()
    {
        _test.Store.Contacts.AddTags(_jurgen, ["speaker"]);

        _test.Store.Contacts.RemoveTags(_jurgen, ["Speaker"]);

        Assert.Empty(_test.Store.Contacts.Search("speaker"));
        Assert.Empty(_test.Store.Contacts.Search(tag: "speaker"));
    }

    [Fact]
    public void Search_ByStage_FindsOnlyContactsAtThatStage()
    {
        _test.Store.Contacts.SetStage(_lucia, Stages.Meeting);
        _test.Store.Contacts.SetStage(_jurgen, Stages.Contacted);

        Assert.Equal([_lucia], _test.Store.Contacts.Search(stage: Stages.Meeting).Select(c => c.Id));
        Assert.Equal([_lucia], _test.Store.Contacts.Search("pena", stage: Stages.Meeting).Select(c => c.Id));
        Assert.Empty(_test.Store.Contacts.Search("muller", stage: Stages.Meeting));
        Assert.Equal(new[] { _luciaOther, _penelope, _zoe }.Order(), _test.Store.Contacts.Search(stage: Stages.New).Select(c => c.Id).Order());
    }

    [Fact]
    public void SearchIds_ByName_ListsTheMatchesInNameOrder()
    {
        Assert.Equal([_jurgen, _luciaOther, _lucia, _penelope, _zoe], _test.Store.Contacts.SearchIds());
        Assert.Equal([_luciaOther, _lucia], _test.Store.Contacts.SearchIds("lucia"));
        Assert.Equal([_lucia, _penelope], _test.Store.Contacts.SearchIds("pen"));
        Assert.Empty(_test.Store.Contacts.SearchIds("nadie"));
    }

    [Fact]
    public void SearchIds_ByNameWithATagOrStage_KeepsTheNameOrder()
    {
        _test.Store.Contacts.AddTags(_zoe, ["client"]);
        _test.Store.Contacts.AddTags(_lucia, ["client"]);
        _test.Store.Contacts.SetStage(_penelope, Stages.Meeting);
        _test.Store.Contacts.SetStage(_luciaOther, Stages.Meeting);

        Assert.Equal([_lucia, _zoe], _test.Store.Contacts.SearchIds(tag: "client"));
        Assert.Equal([_luciaOther, _penelope], _test.Store.Contacts.SearchIds(stage: Stages.Meeting));
        Assert.Equal([_luciaOther], _test.Store.Contacts.SearchIds("lucia", stage: Stages.Meeting));
    }

    [Fact]
    public void SearchIds_AfterAContactIsAddedHere_ListsItInItsPlace()
    {
        Assert.Equal([_luciaOther, _lucia], _test.Store.Contacts.SearchIds("lu"));

        var aaron = _test.AddContact("Aaron", "Lucas", "Contoso");

        Assert.Equal([aaron, _luciaOther, _lucia], _test.Store.Contacts.SearchIds("lu"));
        Assert.Equal(aaron, _test.Store.Contacts.SearchIds()[0]);
    }

    [Fact]
    public void SearchIds_AfterAnotherConnectionChangesTheStore_SeesTheChange()
    {
        Assert.Equal([_luciaOther, _lucia], _test.Store.Contacts.SearchIds("lu"));

        using (var other = ContactStore.Open(_test.Path, _test.Clock))
        {
            other.Merges.Merge(_lucia, _luciaOther);
        }

        Assert.Equal([_lucia], _test.Store.Contacts.SearchIds("lu"));
        Assert.DoesNotContain(_luciaOther, _test.Store.Contacts.SearchIds());
    }

    public void Dispose() => _test.Dispose();
}
