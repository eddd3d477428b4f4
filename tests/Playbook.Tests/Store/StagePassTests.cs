using Playbook.Engine.Contacts;
using Playbook.Engine.Events;
using Playbook.Tests.Runtime;

namespace Playbook.Tests.Store;

/// <summary>The stage pass over a real store: for one contact (through the index) and for every contact (one pass over the table).</summary>
public sealed class StagePassTests : IDisposable
{
    private const string Unknown = "Lo miro con calma y te digo algo";
    private readonly RuntimeHarness _h = new();

    [Fact]
    public void AdvanceStages_OneContactOrAll_ReachTheSameStages()
    {
        var close = Thread("Ana", apartDays: 1);
        var spread = Thread("Bea", apartDays: 20);
        var brushedOff = _h.Contact("Carla", "Test");
        _h.Event(brushedOff, EventKinds.MessageSent, daysAgo: 5);
        _h.Event(brushedOff, EventKinds.MessageReceived, daysAgo: 4, "Gracias por conectar");
        _h.Event(brushedOff, EventKinds.MessageSent, daysAgo: 3);
        _h.Event(brushedOff, EventKinds.MessageReceived, daysAgo: 2, "Gracias por conectar");
        var expected = new[] { (close, Stages.Conversation), (spread, Stages.Replied), (brushedOff, Stages.Replied) };

        var afterEachEvent = expected.Select(e => (e.Item1, _h.Db.Contacts.Find(e.Item1)!.Stage)).ToList();
        _h.Scalar("UPDATE contacts SET stage = 'new' RETURNING 0");
        var moved = _h.Db.Events.AdvanceStages();
        var afterAll = expected.Select(e => (e.Item1, _h.Db.Contacts.Find(e.Item1)!.Stage)).ToList();

        Assert.Equal(expected, afterEachEvent);
        Assert.Equal(3, moved);
        Assert.Equal(expected, afterAll);
    }

    /// <summary>Two messages each way, <paramref name="apartDays"/> apart, logged newest first so the pass must order them.</summary>
    private long Thread(string first, int apartDays)
    {
        var id = _h.Contact(first, "Test");
        for (var i = 0; i < 4; i++)
        {
            var daysAgo = (i + 1) * apartDays;
            _h.Event(id, i % 2 == 0 ? EventKinds.MessageReceived : EventKinds.MessageSent, daysAgo, i % 2 == 0 ? Unknown : "¿Qué te parece?");
        }

        return id;
    }

    public void Dispose() => _h.Dispose();
}
