using Playbook.Engine.Events;
using Playbook.Engine.Store;
using Playbook.Tests.Support;

namespace Playbook.Tests.Store;

public sealed class EventQueriesTests : IDisposable
{
    private readonly TestStore _test = new();
    private readonly long _ana;
    private readonly long _ravi;

    public EventQueriesTests()
    {
        _ana = _test.AddContact("Ana", "García");
        _ravi = _test.AddContact("Ravi", "Menon");
    }

    [Fact]
    public void Add_WithoutTime_IsStampedWithTheClock()
    {
        _test.Clock.Advance(TimeSpan.FromMinutes(90));

        var added = _test.Store.Events.Add(_ana, EventKinds.Meeting, body: "Coffee at Lavapiés", channel: "in-person");

        Assert.Equal(TestStore.Start.AddMinutes(90), added.At);
        Assert.Equal(EventKinds.Meeting, added.Kind);
        Assert.Equal(_ana, added.ContactId);
        Assert.Equal("Coffee at Lavapiés", added.Body);
        Assert.Equal("in-person", added.Channel);
        Assert.Null(added.Direction);
        Assert.Equal(added, _test.Store.Events.Get(added.Id));
    }

    [Theory]
    [InlineData(EventKinds.InvitationReceived, Directions.In)]
    [InlineData(EventKinds.MessageReceived, Directions.In)]
    [InlineData(EventKinds.InvitationSent, Directions.Out)]
    [InlineData(EventKinds.MessageSent, Directions.Out)]
    [InlineData(EventKinds.Note, null)]
    [InlineData(EventKinds.Collaboration, null)]
    public void Add_Kind_GetsTheDirectionOfItsKind(string kind, string? direction)
    {
        var added = _test.Store.Events.Add(_ana, kind);

        Assert.Equal(direction, added.Direction);
    }

    [Fact]
    public void Add_TimeWithAnOffset_KeepsTheInstant()
    {
        var at = new DateTimeOffset(2026, 11, 1, 10, 0, 0, TimeSpan.FromHours(1));

        var added = _test.Store.Events.Add(_ana, EventKinds.Note, at);

        Assert.Equal(at, added.At);
        Assert.Equal(TimeSpan.Zero, added.At.Offset);
    }

    [Fact]
    public void Add_SameEventTwice_LogsItTwice()
    {
        var at = TestStore.Start.AddDays(-1);

        _test.Store.Events.Add(_ana, EventKinds.Note, at, "called");
        _test.Store.Events.Add(_ana, EventKinds.Note, at, "called");

        Assert.Equal(2, _test.Store.Events.List(_ana, EventKinds.Note).Count);
    }

    [Fact]
    public void Add_KindThatIsNotLoggedByHand_ThrowsListingTheKinds()
    {
        var before = _test.Store.Events.Count();

        var error = Assert.Throws<ArgumentException>(() => _test.Store.Events.Add(_ana, EventKinds.ContactImported));

        Assert.StartsWith(
            "unknown event kind 'contact.imported'; use one of invitation.received, invitation.sent, message.received, message.sent, meeting, collaboration, note",
            error.Message, StringComparison.Ordinal);
        Assert.Equal("kind", error.ParamName);
        Assert.Equal(before, _test.Store.Events.Count());
    }

    [Fact]
    public void Add_MissingContact_ThrowsNotFoundAndStoresNothing()
    {
        var before = _test.Store.Events.Count();

        var error = Assert.Throws<NotFoundException>(() => _test.Store.Events.Add(404, EventKinds.Note));

        Assert.Equal("no contact '404' in the store; list them with 'playbook contacts'", error.Message);
        Assert.Equal(before, _test.Store.Events.Count());
    }

    [Fact]
    public void List_ContactAndKind_ReturnsOnlyThoseOldestFirst()
    {
        var later = _test.Store.Events.Add(_ana, EventKinds.MessageSent, TestStore.Start.AddDays(-1), "second");
        var earlier = _test.Store.Events.Add(_ana, EventKinds.MessageSent, TestStore.Start.AddDays(-3), "first");
        _test.Store.Events.Add(_ana, EventKinds.Note, TestStore.Start.AddDays(-2));
        _test.Store.Events.Add(_ravi, EventKinds.MessageSent, TestStore.Start.AddDays(-2));

        var listed = _test.Store.Events.List(_ana, EventKinds.MessageSent);

        Assert.Equal([earlier.Id, later.Id], listed.Select(e => e.Id));
        Assert.Equal(["first", "second"], listed.Select(e => e.Body));
    }

    [Fact]
    public void List_Limit_ReturnsTheOldestThatMany()
    {
        _test.Store.Events.Add(_ravi, EventKinds.Note, TestStore.Start.AddDays(-1), "new");
        _test.Store.Events.Add(_ravi, EventKinds.Note, TestStore.Start.AddDays(-9), "old");
        _test.Store.Events.Add(_ravi, EventKinds.Note, TestStore.Start.AddDays(-5), "middle");

        var listed = _test.Store.Events.List(_ravi, EventKinds.Note, limit: 2);

        Assert.Equal(["old", "middle"], listed.Select(e => e.Body));
    }

    [Fact]
    public void Get_UnknownId_ThrowsNotFoundNamingIt()
    {
        var error = Assert.Throws<NotFoundException>(() => _test.Store.Events.Get(77));

        Assert.Equal("no event '77' in the store; list them with 'playbook events'", error.Message);
    }

    public void Dispose() => _test.Dispose();
}
