using Playbook.Engine.Events;
using Playbook.Engine.Runtime;

namespace Playbook.Tests.Runtime;

/// <summary>A run (or a dry run) limited to some contacts leaves everyone else's events pending.</summary>
public sealed class RunContactsTests : IDisposable
{
    private readonly RuntimeHarness _h = new();

    [Fact]
    public void Run_ForSomeContacts_StartsRunsForThemOnlyAndTheRestStayPending()
    {
        _h.GreetingPlaybook("hi", EventKinds.InvitationReceived);
        var ids = new[] { _h.Contact("Ana", "Ruiz"), _h.Contact("Bea", "Gil"), _h.Contact("Carla", "Sanz") };
        foreach (var id in ids)
        {
            _h.Event(id, EventKinds.InvitationReceived, daysAgo: 1);
        }

        var preview = _h.Runtime.Run(new RunRequest { DryRun = true, Contacts = new HashSet<long> { ids[1] } });
        var some = _h.Runtime.Run(new RunRequest { Contacts = new HashSet<long> { ids[0], ids[2] } });
        var rest = _h.Runtime.Run(new RunRequest());

        Assert.Equal((1, 1), (preview.RunsStarted, preview.Drafts));
        Assert.Equal([ids[1]], preview.Traces.Select(t => t.Run.ContactId));
        Assert.Equal(2, some.RunsStarted);
        Assert.Equal(1, rest.RunsStarted);
        Assert.Equal(ids, _h.Db.Drafts.List().Select(d => d.ContactId).Order());
    }

    public void Dispose() => _h.Dispose();
}
