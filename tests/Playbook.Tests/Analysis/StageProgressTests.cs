using Playbook.Engine.Analysis.Replies;
using Playbook.Engine.Contacts;
using Playbook.Engine.Events;

namespace Playbook.Tests.Analysis;

public sealed class StageProgressTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 1, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("new", "sent", "contacted")]
    [InlineData("new", "sent brush-off", "replied")]
    [InlineData("contacted", "sent unknown", "replied")]
    [InlineData("contacted", "sent engaged", "conversation")]
    [InlineData("contacted", "sent auto", null)]
    [InlineData("new", "sent unknown sent unknown", "conversation")]
    [InlineData("new", "sent brush-off sent brush-off", "replied")]
    [InlineData("replied", "sent meeting", "meeting")]
    [InlineData("conversation", "sent collaboration", "collaboration")]
    [InlineData("conversation", "sent brush-off", null)]
    [InlineData("dormant", "sent engaged", null)]
    public void Next_History_MovesTheStageOnAndNeverBack(string current, string history, string? expected)
    {
        Assert.Equal(expected, StageProgress.Next(current, History(history.Split(' ')), ConversationSettings.Default));
    }

    [Fact]
    public void Next_MessagesEachWayFartherApartThanTheWindow_AreNoConversation()
    {
        var events = History(["sent", "unknown", "sent", "unknown"], every: TimeSpan.FromDays(20));

        Assert.Equal(Stages.Replied, StageProgress.Next(Stages.New, events, ConversationSettings.Default));
        Assert.Equal(Stages.Conversation, StageProgress.Next(Stages.New, events, new ConversationSettings(2, TimeSpan.FromDays(90))));
    }

    private static List<ContactEvent> History(string[] steps, TimeSpan? every = null)
    {
        var events = new List<ContactEvent>();
        foreach (var step in steps)
        {
            var (kind, label) = step switch
            {
                "sent" => (EventKinds.MessageSent, null),
                "meeting" => (EventKinds.Meeting, null),
                "collaboration" => (EventKinds.Collaboration, null),
                _ => (EventKinds.MessageReceived, step),
            };
            events.Add(new ContactEvent { Id = events.Count + 1, Kind = kind, ContactId = 1, At = Start + (events.Count * (every ?? TimeSpan.FromDays(1))), Classification = label });
        }

        return events;
    }
}
