using Playbook.Engine.Events;

namespace Playbook.Tests.Events;

public sealed class LastChannelTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);

    private static ContactEvent At(long id, string kind, double daysAgo, string? channel) =>
        new() { Id = id, Kind = kind, ContactId = 1, At = Now.AddDays(-daysAgo), Channel = channel };

    [Fact]
    public void Of_LatestMessageSentOrReceived_IsItsChannelInLowerCase()
    {
        var history = new[]
        {
            At(1, EventKinds.MessageReceived, 5, "email"),
            At(2, EventKinds.MessageSent, 2, "X"),
            At(3, EventKinds.InvitationReceived, 1, "facebook"),
        };

        Assert.Equal("x", LastChannel.Of(history, Now));
    }

    [Fact]
    public void Of_CalendarMeetingsNotesAndMessagesWithNoChannel_AreLeftOut()
    {
        var history = new[]
        {
            At(1, EventKinds.MessageSent, 9, "whatsapp"),
            At(2, EventKinds.Meeting, 1, "calendar"),
            At(3, EventKinds.MessageReceived, 1, "Calendar"),
            At(4, EventKinds.MessageReceived, 0.5, null),
            At(5, EventKinds.Note, 0.1, "email"),
        };

        Assert.Equal("whatsapp", LastChannel.Of(history, Now));
    }

    [Fact]
    public void Of_MessageAfterTheClock_IsNotYetTheLast()
    {
        var history = new[] { At(1, EventKinds.MessageSent, 3, "linkedin"), At(2, EventKinds.MessageReceived, -1, "email") };

        Assert.Equal("linkedin", LastChannel.Of(history, Now));
    }

    [Fact]
    public void Of_TwoMessagesAtOneInstant_TheOneStoredLastWins()
    {
        var history = new[] { At(7, EventKinds.MessageReceived, 1, "email"), At(3, EventKinds.MessageSent, 1, "linkedin") };

        Assert.Equal("email", LastChannel.Of(history, Now));
    }

    [Fact]
    public void Of_NoMessage_IsNull()
    {
        Assert.Null(LastChannel.Of([At(1, EventKinds.Meeting, 1, "calendar")], Now));
    }
}
