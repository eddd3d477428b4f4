using Playbook.Engine.Analysis.Replies;
using Playbook.Engine.Events;
using Playbook.Engine.Stats;
using Playbook.Engine.Store;
using Playbook.Tests.Runtime;

namespace Playbook.Tests.Stats;

/// <summary>The funnel counted from a real store: personal replies, answers, conversations, attribution and grouping.</summary>
public sealed class FunnelTests : IDisposable
{
    private static readonly string[] Days = ["2026-11-02", "2025-01-15", "2026-03-31"];
    private readonly RuntimeHarness _h = new();

    [Fact]
    public void Measure_EmptyStore_IsEmpty()
    {
        var report = Funnel.Measure(_h.Db);

        Assert.True(report.IsEmpty);
        Assert.Equal(0, report.Total.Invitations);
        Assert.Null(report.Total.ConversationRate.Rate);
        Assert.Null(report.Total.MedianTimeToFirstReply);
    }

    [Fact]
    public void Measure_ImportedHistoryAlone_CountsEveryStepAndAttributesItToManual()
    {
        Invited("Ana", sentAfterHours: null);
        Invited("Bea", sentAfterHours: 2);
        Invited("Carla", sentAfterHours: 2, ("Me parece genial, en el futuro hablaremos", 20));
        Invited("Dora", sentAfterHours: 2, ("¿Hablamos el jueves a las 10?", 30));
        var eva = Invited("Eva", sentAfterHours: 2, ("Gracias por conectar", 10), ("Are you free Thursday at 10?", 40));
        _h.Event(eva, EventKinds.Meeting, daysAgo: 1);
        Invited("Flor", sentAfterHours: 2, ("No me interesa, gracias", 50));

        var report = Funnel.Measure(_h.Db, FunnelDimensions.Playbook);
        var total = report.Total;

        Assert.Equal((6, 5, 4, 1, 1, 2, 1, 0), (total.Invitations, total.PersonalReplies, total.Answered, total.BrushOffs, total.Negative, total.Conversations, total.Meetings, total.Collaborations));
        Assert.Equal(TimeSpan.FromHours(25), total.MedianTimeToFirstReply);
        Assert.Equal(0.4, total.ConversationRate.Rate);
        var manual = Assert.Single(report.Groups);
        Assert.Equal(FunnelDimensions.Manual, manual.Key);
        Assert.Equal(total, manual.Counts);
    }

    [Fact]
    public void Measure_OnlyTheFirstMessageAfterTheInvitation_IsThePersonalReply()
    {
        var ana = _h.Contact("Ana", "Ruiz");
        _h.Event(ana, EventKinds.MessageSent, daysAgo: 30, "An old message, before the invitation");
        _h.Event(ana, EventKinds.MessageReceived, daysAgo: 29, "¿Nos vemos el martes?");
        _h.Event(ana, EventKinds.InvitationReceived, daysAgo: 10);
        _h.Event(ana, EventKinds.MessageSent, daysAgo: 9, "Hola Ana, gracias por conectar");
        _h.Event(ana, EventKinds.MessageSent, daysAgo: 2, "¿Pudiste verlo?");

        var outcome = Assert.Single(_h.Db.Stats.Outcomes());

        Assert.Equal(_h.Now.AddDays(-9), outcome.RepliedAt);
        Assert.Null(outcome.AnsweredAt);
        Assert.False(outcome.Conversation);
    }

    [Fact]
    public void Measure_AnAutomaticReply_IsNoAnswer()
    {
        Invited("Ana", sentAfterHours: 1, ("Out of office until Monday. I will have limited access to email.", 2));

        var outcome = Assert.Single(_h.Db.Stats.Outcomes());

        Assert.Null(outcome.AnsweredAt);
    }

    [Fact]
    public void Measure_MessagesEachWayWithinTheWindow_MakeAConversationWithoutAnEngagedReply()
    {
        var ana = Invited("Ana", sentAfterHours: 1, ("Lo miro con calma y te digo algo", 5));
        _h.Event(ana, EventKinds.MessageSent, daysAgo: 8, "Perfecto, aquí tienes el enlace al informe que comentamos");
        _h.Event(ana, EventKinds.MessageReceived, daysAgo: 7, "Lo he leído: muy interesante, sobre todo la parte de logística");
        var classified = _h.Db.Events.List(ana, EventKinds.MessageReceived);
        Assert.DoesNotContain(classified, e => e.Classification == ReplyLabels.Engaged);

        var outcome = Assert.Single(_h.Db.Stats.Outcomes());

        Assert.True(outcome.Conversation);
    }

    [Fact]
    public void Measure_DraftsMarkedSent_AttributeTheirContactsToThePlaybookAndVariant()
    {
        _h.Template("a.liquid", "Hola {{ contact.first_name }}");
        _h.Template("b.liquid", "Buenas, {{ contact.first_name }}");
        _h.Playbook("ab.yaml", """
            schema: 1
            name: ab
            on: invitation.received
            steps:
              - id: hello
                draft: { template: a, variants: [b] }
            """);
        var ids = Enumerable.Range(0, 6).Select(i => _h.Contact($"P{i}", "Test")).ToList();
        foreach (var id in ids)
        {
            _h.Event(id, EventKinds.InvitationReceived, daysAgo: 1);
        }

        var manual = Invited("Manu", sentAfterHours: 1);
        _h.Run();
        foreach (var draft in _h.Db.Drafts.List().Take(5))
        {
            _h.Runtime.MarkSent(draft.Id);
        }

        var replier = _h.Db.Drafts.List(status: "sent")[0];
        _h.Advance(TimeSpan.FromHours(3));
        _h.Event(replier.ContactId, EventKinds.MessageReceived, daysAgo: 0, "Encantada, ¿te va bien una llamada el lunes?");

        var byPlaybook = Funnel.Measure(_h.Db, FunnelDimensions.Playbook);
        var byVariant = Funnel.Measure(_h.Db, FunnelDimensions.Variant);
        var byVersion = Funnel.Measure(_h.Db, FunnelDimensions.Version);

        Assert.Equal([("ab", 6, 5, 1), ("manual", 1, 1, 0)], byPlaybook.Groups.Select(g => (g.Key, g.Counts.Invitations, g.Counts.PersonalReplies, g.Counts.Conversations)));
        Assert.Equal(["a", "b", "manual"], byVariant.Groups.Select(g => g.Key).Order(StringComparer.Ordinal));
        Assert.Equal(6, byVariant.Groups.Where(g => g.Key is "a" or "b").Sum(g => g.Counts.Invitations));
        Assert.Equal(1, byVariant.Groups.Single(g => g.Key == replier.Variant).Counts.Conversations);
        Assert.StartsWith("ab@", byVersion.Groups[0].Key, StringComparison.Ordinal);
        Assert.Equal(TimeSpan.FromHours(3), byPlaybook.Groups[0].Counts.MedianTimeToFirstReply);
        Assert.NotNull(byVariant.Comparison);
        Assert.False(byVariant.Comparison!.Significant);
        _ = manual;
    }

    [Fact]
    public void Build_VariantsFarApart_AreSignificant()
    {
        var outcomes = Enumerable.Range(0, 200).Select(i => new InvitationOutcome
        {
            ContactId = i,
            InvitedAt = _h.Now,
            RepliedAt = _h.Now,
            Channel = "linkedin",
            Playbook = "welcome",
            Variant = i % 2 == 0 ? "short" : "long",
            Conversation = i % 2 == 0 ? i % 4 == 0 : i % 20 == 1,
        }).ToList();

        var report = Funnel.Build(outcomes, FunnelDimensions.Variant);

        Assert.Equal("short", report.Comparison!.Best.Key);
        Assert.Equal(new Proportion(50, 100), report.Comparison.Best.Counts.ConversationRate);
        Assert.Equal(new Proportion(10, 100), report.Comparison.Next.Counts.ConversationRate);
        Assert.True(report.Comparison.Significant);
    }

    [Fact]
    public void Build_ByMonth_IsInCalendarOrderWithoutAComparison()
    {
        var outcomes = Days.Select((day, i) => new InvitationOutcome
        {
            ContactId = i,
            InvitedAt = DateTimeOffset.Parse(day + "T10:00Z", System.Globalization.CultureInfo.InvariantCulture),
            RepliedAt = DateTimeOffset.Parse(day + "T12:00Z", System.Globalization.CultureInfo.InvariantCulture),
            Channel = "linkedin",
        }).ToList();

        var report = Funnel.Build(outcomes, FunnelDimensions.Month);

        Assert.Equal(["2025-01", "2026-03", "2026-11"], report.Groups.Select(g => g.Key));
        Assert.Null(report.Comparison);
    }

    /// <summary>A contact who invited the user 10 days ago, the personal reply hours later, and replies at hours after that.</summary>
    private long Invited(string first, double? sentAfterHours, params (string Body, double AfterHours)[] replies)
    {
        var id = _h.Contact(first, "Test");
        var invited = _h.Now.AddDays(-10);
        _h.EventAt(id, EventKinds.InvitationReceived, invited);
        if (sentAfterHours is { } hours)
        {
            var sent = invited.AddHours(hours);
            _h.EventAt(id, EventKinds.MessageSent, sent, $"Hola {first}, gracias por conectar");
            foreach (var (body, after) in replies)
            {
                _h.EventAt(id, EventKinds.MessageReceived, sent.AddHours(after), body);
            }
        }

        return id;
    }

    public void Dispose() => _h.Dispose();
}
