using Playbook.Engine.Contacts;
using Playbook.Engine.Store;
using Playbook.Tests.Support;

namespace Playbook.Tests.Store;

public sealed class ContactQueriesTests : IDisposable
{
    private readonly TestStore _test = new();

    [Fact]
    public void Get_Id_ReturnsTheContactWithEverythingStored()
    {
        var id = _test.AddContact("Tomás", "Reyes", "Contoso", "https://www.linkedin.com/in/tomasreyes", "tomas.reyes@example.org");

        var contact = _test.Store.Contacts.Get(id.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(id, contact.Id);
        Assert.Equal("Tomás", contact.FirstName);
        Assert.Equal("Reyes", contact.LastName);
        Assert.Equal("Tomás Reyes", contact.FullName);
        Assert.Equal("Contoso", contact.Company);
        Assert.Equal("https://www.linkedin.com/in/tomasreyes", contact.ProfileUrl);
        Assert.Equal(["tomas.reyes@example.org"], contact.Emails);
        Assert.Equal(["test"], contact.Sources);
        Assert.Equal(Stages.New, contact.Stage);
        Assert.Equal(TestStore.Start, contact.CreatedAt);
        Assert.Equal(TestStore.Start, contact.UpdatedAt);
    }

    [Fact]
    public void NamesOf_Ids_ReturnsTheNameAndWhetherAProfileWasReadOfEachContactThatExists()
    {
        var tomas = _test.AddContact("Tomás", "Reyes", "Contoso");
        var zoe = _test.AddContact("Zoë", "Brandt");
        Dapper.SqlMapper.Execute(_test.Store.Connection, "UPDATE contacts SET profile_read_at = '2026-11-30T08:00:00.0000000+00:00' WHERE id = @zoe", new { zoe });

        var names = _test.Store.Contacts.NamesOf([zoe, 999, tomas]).OrderBy(n => n.Id).ToList();

        Assert.Equal([new ContactName(tomas, "Tomás Reyes", false), new ContactName(zoe, "Zoë Brandt", true)], names);
        Assert.Empty(_test.Store.Contacts.NamesOf([]));
        Assert.Equal(
            names.Select(n => (n.FullName, n.ProfileRead)),
            _test.Store.Contacts.ByIds([tomas, zoe]).Select(c => (c.FullName, c.ProfileReadAt is not null)));
    }

    [Theory]
    [InlineData("https://www.linkedin.com/in/tomasreyes")]
    [InlineData("http://linkedin.com/in/TomasReyes/")]
    [InlineData("www.linkedin.com/in/tomasreyes?trk=people")]
    [InlineData("  https://de.linkedin.com/in/tomasreyes#about  ")]
    public void Get_ProfileUrlInAnyForm_ReturnsTheSameContact(string reference)
    {
        var id = _test.AddContact("Tomás", "Reyes", profileUrl: "https://www.linkedin.com/in/tomasreyes");

        var contact = _test.Store.Contacts.Get(reference);

        Assert.Equal(id, contact.Id);
    }

    [Theory]
    [InlineData("https://www.linkedin.com/in/zo%C3%AB-brandt")]
    [InlineData("https://www.linkedin.com/in/zoë-brandt")]
    [InlineData("https://www.linkedin.com/in/ZO%C3%8B-Brandt/")]
    public void Get_PercentEncodedOrDecodedSlug_ReturnsTheSameContact(string reference)
    {
        var id = _test.AddContact("Zoë", "Brandt", profileUrl: "https://www.linkedin.com/in/zo%C3%AB-brandt");

        var contact = _test.Store.Contacts.Get(reference);

        Assert.Equal(id, contact.Id);
    }

    [Theory]
    [InlineData("999")]
    [InlineData("https://www.linkedin.com/in/nobody")]
    [InlineData("https://example.com/tomas")]
    [InlineData("Tomás")]
    public void Get_UnknownReference_ThrowsNotFoundNamingIt(string reference)
    {
        _test.AddContact("Tomás", "Reyes", profileUrl: "https://www.linkedin.com/in/tomasreyes");

        var error = Assert.Throws<NotFoundException>(() => _test.Store.Contacts.Get(reference));

        Assert.Equal($"no contact '{reference}' in the store; list them with 'playbook contacts'", error.Message);
        Assert.Equal("contact", error.What);
        Assert.Equal(reference, error.Reference);
    }

    [Fact]
    public void Find_UnknownId_ReturnsNull()
    {
        Assert.Null(_test.Store.Contacts.Find(42));
    }

    [Fact]
    public void Count_AfterAdding_CountsEveryContact()
    {
        _test.AddContact("Ana", "García");
        _test.AddContact("Ravi", "Menon");

        Assert.Equal(2, _test.Store.Contacts.Count());
    }

    [Fact]
    public void AddTags_MixedCaseSpacesAndRepeats_StoresEachTagOnceLowerCase()
    {
        var id = _test.AddContact("Ana", "García");

        var contact = _test.Store.Contacts.AddTags(id, ["Client", " client ", "VIP", "", "  "]);

        Assert.Equal(["client", "vip"], contact.Tags);
        Assert.Equal(["client", "vip"], _test.Store.Contacts.Find(id)!.Tags);
    }

    [Fact]
    public void AddTags_New_StampsUpdatedAtWithTheClock()
    {
        var id = _test.AddContact("Ana", "García");
        _test.Clock.Advance(TimeSpan.FromHours(3));

        var contact = _test.Store.Contacts.AddTags(id, ["client"]);

        Assert.Equal(TestStore.Start.AddHours(3), contact.UpdatedAt);
        Assert.Equal(TestStore.Start, contact.CreatedAt);
    }

    [Fact]
    public void AddTags_AlreadyThere_ChangesNothing()
    {
        var id = _test.AddContact("Ana", "García");
        _test.Store.Contacts.AddTags(id, ["client"]);
        _test.Clock.Advance(TimeSpan.FromDays(1));

        var contact = _test.Store.Contacts.AddTags(id, ["Client"]);

        Assert.Equal(["client"], contact.Tags);
        Assert.Equal(TestStore.Start, contact.UpdatedAt);
    }

    [Fact]
    public void AddTags_MissingContact_ThrowsNotFound()
    {
        var error = Assert.Throws<NotFoundException>(() => _test.Store.Contacts.AddTags(404, ["client"]));

        Assert.Equal("no contact '404' in the store; list them with 'playbook contacts'", error.Message);
        Assert.Equal(0, _test.Scalar("SELECT count(*) FROM contact_tags"));
    }

    [Fact]
    public void RemoveTags_SomeTags_KeepsTheOthers()
    {
        var id = _test.AddContact("Ana", "García");
        _test.Store.Contacts.AddTags(id, ["client", "vip", "speaker"]);

        var contact = _test.Store.Contacts.RemoveTags(id, ["VIP", "unknown"]);

        Assert.Equal(["client", "speaker"], contact.Tags);
    }

    [Fact]
    public void SetStage_KnownStage_MovesTheContactAndStampsUpdatedAt()
    {
        var id = _test.AddContact("Ana", "García");
        _test.Clock.Advance(TimeSpan.FromMinutes(5));

        var contact = _test.Store.Contacts.SetStage(id, Stages.Conversation);

        Assert.Equal(Stages.Conversation, contact.Stage);
        Assert.Equal(Stages.Conversation, _test.Store.Contacts.Find(id)!.Stage);
        Assert.Equal(TestStore.Start.AddMinutes(5), contact.UpdatedAt);
    }

    [Fact]
    public void SetStage_SameStage_ChangesNothing()
    {
        var id = _test.AddContact("Ana", "García");
        _test.Clock.Advance(TimeSpan.FromMinutes(5));

        var contact = _test.Store.Contacts.SetStage(id, Stages.New);

        Assert.Equal(TestStore.Start, contact.UpdatedAt);
    }

    [Fact]
    public void SetStage_UnknownStage_ThrowsListingTheStages()
    {
        var id = _test.AddContact("Ana", "García");

        var error = Assert.Throws<ArgumentException>(() => _test.Store.Contacts.SetStage(id, "won"));

        Assert.StartsWith("unknown stage 'won'; use one of new, contacted, replied, conversation, meeting, collaboration, dormant", error.Message, StringComparison.Ordinal);
        Assert.Equal("stage", error.ParamName);
        Assert.Equal(Stages.New, _test.Store.Contacts.Find(id)!.Stage);
    }

    [Fact]
    public void SetStage_MissingContact_ThrowsNotFound()
    {
        var error = Assert.Throws<NotFoundException>(() => _test.Store.Contacts.SetStage(404, Stages.Meeting));

        Assert.Equal("no contact '404' in the store; list them with 'playbook contacts'", error.Message);
    }

    public void Dispose() => _test.Dispose();
}
