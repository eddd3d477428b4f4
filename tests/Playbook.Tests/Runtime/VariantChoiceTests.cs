using Playbook.Engine.Playbooks.Steps;
using Playbook.Engine.Problems;
using Playbook.Engine.Runtime;

namespace Playbook.Tests.Runtime;

/// <summary>A/B variants are chosen per contact by a stable hash, weighted as declared, whatever the runs' ids.</summary>
public sealed class VariantChoiceTests
{
    private static readonly SourceLocation At = new("ab.yaml", 1, 1);

    [Fact]
    public void Of_SameContactAndPlaybook_IsAlwaysTheSameVariant()
    {
        var step = Step(("welcome-b", 1));

        var picks = Enumerable.Range(0, 20).Select(_ => VariantChoice.Of(step, "welcome", 42)).Distinct().ToList();

        Assert.Single(picks);
    }

    [Fact]
    public void Of_ManyContacts_FollowsTheDeclaredWeights()
    {
        var step = Step(("welcome-b", 3));

        var b = Enumerable.Range(1, 10_000).Count(id => VariantChoice.Of(step, "welcome", id) == "welcome-b");

        Assert.InRange(b / 10_000.0, 0.73, 0.77);
    }

    [Fact]
    public void Of_ContactsArrivingOneByOne_SplitEvenlyWhateverCameBetween()
    {
        // The bug: picked from the run id, a daily routine (one invitation and one reply a day, each starting a run)
        // gave 10 of 11 invitations the same variant. The choice now reads only the playbook, the step and the contact.
        var step = Step(("welcome-b", 1));

        var b = Enumerable.Range(1, 1_000).Count(id => VariantChoice.Of(step, "welcome", id) == "welcome-b");

        Assert.InRange(b, 460, 540);
    }

    [Fact]
    public void Run_InvitationsAfterOtherRuns_GetTheVariantOfTheirContactWhateverTheRunIds()
    {
        using var h = new RuntimeHarness();
        h.Template("a.liquid", "A {{ contact.first_name }}");
        h.Template("b.liquid", "B {{ contact.first_name }}");
        h.Playbook("ab.yaml", "schema: 1\nname: ab\non: invitation.received\nsteps:\n  - id: hello\n    draft: { template: a, variants: [b] }\n");
        h.GreetingPlaybook("thanks", "message.received");
        var invited = new List<long>();
        for (var day = 0; day < 12; day++)
        {
            var replier = h.Contact($"Replier{day}", "Test");
            h.Event(replier, "message.received", daysAgo: 0);
            var inviter = h.Contact($"Inviter{day}", "Test");
            h.Event(inviter, "invitation.received", daysAgo: 0);
            invited.Add(inviter);
            h.Run();
            h.Advance(TimeSpan.FromDays(1));
        }

        var step = (DraftStep)h.Catalog.Find("ab")!.Steps[0];
        var drafts = invited.Select(id => h.Db.Drafts.List(contactId: id).Single()).ToList();

        Assert.All(drafts, d => Assert.Equal(VariantChoice.Of(step, "ab", d.ContactId), d.Variant ?? d.Template));
        Assert.Contains(drafts, d => d.Template == "a");
        Assert.Contains(drafts, d => d.Template == "b");
    }

    [Fact]
    public void Of_StepWithoutVariants_IsItsTemplate()
    {
        var step = new DraftStep { Id = "welcome", Location = At, Template = "welcome", TemplateLocation = At };

        var pick = VariantChoice.Of(step, "welcome", 7);

        Assert.Equal("welcome", pick);
    }

    private static DraftStep Step(params (string Template, int Weight)[] variants) => new()
    {
        Id = "welcome",
        Location = At,
        Template = "welcome",
        TemplateLocation = At,
        Variants = [.. variants.Select(v => new DraftVariant(v.Template, v.Weight, At))],
    };
}
