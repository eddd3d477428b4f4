using Playbook.Engine.Events;

namespace Playbook.Tests.Events;

public sealed class EventKindsTests
{
    [Fact]
    public void All_IsTheDocumentedKinds()
    {
        Assert.Equal(
            ["invitation.received", "invitation.sent", "message.received", "message.sent", "meeting", "collaboration", "note", "contact.imported"],
            EventKinds.All);
    }

    [Fact]
    public void Loggable_IsEveryKindButContactImported()
    {
        Assert.Equal(EventKinds.All.Where(k => k != EventKinds.ContactImported), EventKinds.Loggable);
    }

    [Theory]
    [InlineData("invitation.received", "in")]
    [InlineData("message.received", "in")]
    [InlineData("invitation.sent", "out")]
    [InlineData("message.sent", "out")]
    [InlineData("meeting", null)]
    [InlineData("contact.imported", null)]
    public void DirectionOf_Kind_IsSeenFromTheOwner(string kind, string? direction)
    {
        Assert.Equal(direction, EventKinds.DirectionOf(kind));
    }
}
