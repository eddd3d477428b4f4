using Playbook.Engine.Analysis.Replies;
using Playbook.Engine.Events;
using Playbook.Engine.Stats;
using Playbook.Tests.Runtime;

namespace Playbook.Tests.Stats;

/// <summary>What every playbook's sent drafts led to, whatever starts the playbook: here one started by meetings.</summary>
public sealed class PlaybookOutcomesTests : IDisposable
{
    private const string ThankYou = """
        schema: 1
        name: thank-you
        on: meeting
        steps:
          - id: thanks
            draft: { template: hi, variants: [hi-b] }
          - id: wait
            wait: 3d
            until: replied
        """;

    private readonly RuntimeHarness _h = new();

    public PlaybookOutcomesTests()
    {
        _h.Template("hi.liquid", "Thanks for today, {{ contact.first_name }}!");
        _h.Template("hi-b.liquid", "Great to meet you, {{ contact.first_name }}.");
        _h.Playbook("thank-you.yaml", ThankYou);
    }

    [Fact]
    public void Measure_PlaybookOnMeetings_CountsDraftsRepliesWithinItsWaitAndWhatFollowed()
    {
        var (ana, bea, cleo) = (_h.Contact("Ana", "Ruiz"), _h.Contact("Bea", "Soto"), _h.Contact("Cleo", "Vidal"));
        foreach (var contact in new[] { ana, bea, cleo })
        {
            _h.Event(contact, EventKinds.Meeting, daysAgo: 1);
        }

        _h.Run();
        var sentAt = _h.Now;
        foreach (var draft in _h.Db.Drafts.List())
        {
            _h.Runtime.MarkSent(draft.Id, sentAt);
        }

        // Ana answers within the 3-day wait and engages; Bea brushes it off after the wait; Cleo never writes, but collaborates.
        _h.Classify(_h.EventAt(ana, EventKinds.MessageReceived, sentAt.AddDays(2), "Yes! Thursday at 10?"), ReplyLabels.Engaged);
        _h.Classify(_h.EventAt(bea, EventKinds.MessageReceived, sentAt.AddDays(5), "Thanks, likewise"), ReplyLabels.BrushOff);
        _h.EventAt(cleo, EventKinds.Collaboration, sentAt.AddDays(10));

        var outcomes = PlaybookOutcomes.Measure(_h.Db, PlaybookOutcomes.WaitsOf(_h.Catalog));

        var playbook = outcomes[0];
        Assert.Equal(new PlaybookOutcome("thank-you", null, null, 3, 3, 1, 2, 1, 1), playbook);
        var variants = outcomes.Skip(1).ToList();
        Assert.All(variants, v => Assert.Equal(("thank-you", "thanks"), (v.Playbook, v.Step)));
        Assert.Equal(
            _h.Db.Drafts.List(null).Select(d => d.Variant ?? FunnelDimensions.NoVariant).Distinct().Order(StringComparer.Ordinal),
            variants.Select(v => v.Variant!).Order(StringComparer.Ordinal));
        Assert.Equal((3, 1, 2, 1, 1), (variants.Sum(v => v.DraftsSent), variants.Sum(v => v.RepliedWithinWait), variants.Sum(v => v.Conversations),
            variants.Sum(v => v.Meetings), variants.Sum(v => v.Collaborations)));
    }

    [Fact]
    public void Measure_PlaybookNoLongerLoaded_CountsRepliesWithinTheDefaultWait()
    {
        var ana = _h.Contact("Ana", "Ruiz");
        _h.Event(ana, EventKinds.Meeting, daysAgo: 1);
        _h.Run();
        var draft = Assert.Single(_h.Db.Drafts.List());
        _h.Runtime.MarkSent(draft.Id, _h.Now);
        _h.Classify(_h.EventAt(ana, EventKinds.MessageReceived, _h.Now.AddDays(5), "Thanks, likewise"), ReplyLabels.BrushOff);

        var withItsWait = PlaybookOutcomes.Measure(_h.Db, PlaybookOutcomes.WaitsOf(_h.Catalog))[0];
        var withoutIt = PlaybookOutcomes.Measure(_h.Db)[0];

        Assert.Equal((0, 1), (withItsWait.RepliedWithinWait, withoutIt.RepliedWithinWait));
        Assert.Equal(TimeSpan.FromDays(14), PlaybookOutcomes.DefaultWait);
    }

    [Fact]
    public void Measure_NothingSent_IsEmpty()
    {
        var ana = _h.Contact("Ana", "Ruiz");
        _h.Event(ana, EventKinds.Meeting, daysAgo: 1);
        _h.Run();

        var outcomes = PlaybookOutcomes.Measure(_h.Db);

        Assert.Empty(outcomes);
    }

    public void Dispose() => _h.Dispose();
}
