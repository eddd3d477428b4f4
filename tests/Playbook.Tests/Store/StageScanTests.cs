using Dapper;
using Microsoft.Data.Sqlite;
using Playbook.Engine.Analysis.Replies;
using Playbook.Engine.Contacts;
using Playbook.Engine.Events;
using Playbook.Engine.Store.StagePass;
using Playbook.Tests.Support;

namespace Playbook.Tests.Store;

/// <summary>
/// The stage pass over many contacts (one scan of the events, <c>StageScan</c>) and over a few (the aggregate through
/// the index by contact) against <see cref="StageProgress"/> run over each contact's whole history, for thousands of
/// random histories: every kind, label, order and time, and every stage held before.
/// </summary>
public sealed class StageScanTests : IDisposable
{
    private static readonly string[] Kinds = [EventKinds.MessageSent, EventKinds.MessageReceived, EventKinds.Meeting, EventKinds.Collaboration, EventKinds.InvitationReceived];
    private static readonly string?[] Labels = [null, ReplyLabels.Auto, ReplyLabels.BrushOff, ReplyLabels.Negative, ReplyLabels.Engaged, ReplyLabels.Unknown, "thanks", ""];
    private static readonly string[] Held = [Stages.New, Stages.Contacted, Stages.Replied, Stages.Conversation, Stages.Meeting, Stages.Collaboration, Stages.Dormant];

    private readonly TestStore _test = new();

    [Fact]
    public void AdvanceStages_ManyRandomHistories_ReachWhatEachWholeHistoryReaches()
    {
        var expected = Fill(contacts: 2_600, seed: 23);

        var moved = _test.Store.Events.AdvanceStages();

        Assert.Equal(expected.Count(e => e.Value.Moves), moved);
        Assert.Equal(expected.ToDictionary(e => e.Key, e => e.Value.Stage), StoredStages());
    }

    [Fact]
    public void AdvanceStages_SameHistoriesAFewAtATime_ReachTheSameStagesAsTheScan()
    {
        var expected = Fill(contacts: 2_600, seed: 7);

        var moved = expected.Keys.Chunk(500).Sum(ids => _test.Store.Events.AdvanceStages(ids));

        Assert.Equal(expected.Count(e => e.Value.Moves), moved);
        Assert.Equal(expected.ToDictionary(e => e.Key, e => e.Value.Stage), StoredStages());
    }

    [Fact]
    public void AdvanceStages_ManyOfMoreContacts_MovesOnlyThoseNamed()
    {
        var expected = Fill(contacts: 3_300, seed: 11);
        var named = expected.Keys.Where(id => id % 3 != 0).ToList();

        _test.Store.Events.AdvanceStages(named);

        var stages = StoredStages();
        Assert.True(named.Count > 2_000);
        Assert.All(named, id => Assert.Equal(expected[id].Stage, stages[id]));
        Assert.All(expected.Keys.Except(named), id => Assert.Equal(expected[id].Held, stages[id]));
    }

    [Fact]
    public void AdvanceStages_EventsKeptAsTheyWereWritten_ReachWhatEachWholeHistoryReaches()
    {
        var known = StageEvents.Begin(_test.Store.Connection)!;
        var expected = Fill(contacts: 2_600, seed: 31);
        Keep(known);

        var moved = _test.Store.Events.AdvanceStages(expected.Keys.ToHashSet(), known);

        Assert.Equal(expected.Count(e => e.Value.Moves), moved);
        Assert.Equal(expected.ToDictionary(e => e.Key, e => e.Value.Stage), StoredStages());
    }

    [Fact]
    public void AdvanceStages_EventsFoldedAheadInParts_ReachWhatEachWholeHistoryReaches()
    {
        // As an import of several files gathers each file's events by contact on the thread pool after its rows.
        var known = StageEvents.Begin(_test.Store.Connection)!;
        var expected = Fill(contacts: 2_600, seed: 47);
        var parts = 0;
        Keep(known, afterEach: 5_000, () =>
        {
            known.FoldAhead();
            parts++;
        });

        var moved = _test.Store.Events.AdvanceStages(expected.Keys.ToHashSet(), known);

        Assert.True(parts >= 2);
        Assert.Equal(expected.Count(e => e.Value.Moves), moved);
        Assert.Equal(expected.ToDictionary(e => e.Key, e => e.Value.Stage), StoredStages());
    }

    [Fact]
    public void AdvanceStages_AnotherConnectionWroteAfterTheEventsWereKept_ReadsTheTableInstead()
    {
        // Nothing is kept here: a pass that trusted it would move no one.
        var known = StageEvents.Begin(_test.Store.Connection)!;
        var expected = FillFrom(new SqliteConnection($"Data Source={_test.Path};Pooling=False"), contacts: 300, seed: 5);

        var moved = _test.Store.Events.AdvanceStages(expected.Keys.ToHashSet(), known);

        Assert.Equal(expected.Count(e => e.Value.Moves), moved);
        Assert.True(moved > 0);
        Assert.Equal(expected.ToDictionary(e => e.Key, e => e.Value.Stage), StoredStages());
    }

    [Fact]
    public void AdvanceStages_KeptEventsOfAFileRolledBack_ReadsTheTableInstead()
    {
        var known = StageEvents.Begin(_test.Store.Connection)!;
        var expected = Fill(contacts: 300, seed: 9);
        known.Abandon();

        var moved = _test.Store.Events.AdvanceStages(expected.Keys.ToHashSet(), known);

        Assert.True(moved > 0);
        Assert.Equal(expected.ToDictionary(e => e.Key, e => e.Value.Stage), StoredStages());
    }

    [Fact]
    public void Begin_StoreAlreadyHoldsAMessage_KeepsNothing()
    {
        Fill(contacts: 50, seed: 3);

        Assert.Null(StageEvents.Begin(_test.Store.Connection));
    }

    /// <summary>Keeps every event of the store in <paramref name="known"/>, in id order, as an import's writer keeps those it writes.</summary>
    private void Keep(StageEvents known) => Keep(known, int.MaxValue, () => { });

    /// <summary>As <see cref="Keep(StageEvents)"/>, calling <paramref name="between"/> after every <paramref name="afterEach"/> events.</summary>
    private void Keep(StageEvents known, int afterEach, Action between)
    {
        var kept = 0;
        foreach (var (id, contactId, kind, ticks, label) in _test.Store.Connection.Query<(long, long, string, long, string?)>(
            "SELECT id, contact_id, kind, at_ticks, classification FROM events ORDER BY id"))
        {
            known.Add(contactId, id, kind, ticks, label);
            if (++kept % afterEach == 0)
            {
                between();
            }
        }
    }

    /// <summary>
    /// Random contacts and histories, written straight into the store (no stage moved yet); for each contact, the stage
    /// its whole history reaches by <see cref="StageProgress"/> (a meeting counting once its time has come).
    /// </summary>
    private Dictionary<long, (string Held, string Stage, bool Moves)> Fill(int contacts, int seed) =>
        FillFrom(_test.Store.Connection, contacts, seed);

    /// <summary>As <see cref="Fill"/>, written through <paramref name="connection"/> (opened here if it is not; closed then).</summary>
    private Dictionary<long, (string Held, string Stage, bool Moves)> FillFrom(SqliteConnection connection, int contacts, int seed)
    {
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened)
        {
            connection.Open();
        }

        try
        {
            return FillOn(connection, contacts, seed);
        }
        finally
        {
            if (opened)
            {
                connection.Dispose();
            }
        }
    }

    private Dictionary<long, (string Held, string Stage, bool Moves)> FillOn(SqliteConnection connection, int contacts, int seed)
    {
        var random = new Random(seed);
        var now = _test.Clock.GetUtcNow();
        var settings = _test.Store.Conversations;
        var expected = new Dictionary<long, (string Held, string Stage, bool Moves)>();
        using var transaction = connection.BeginTransaction();
        var hash = 1L;
        for (var c = 0; c < contacts; c++)
        {
            var held = Held[random.Next(Held.Length)];
            var id = connection.ExecuteScalar<long>(
                "INSERT INTO contacts (first_name, last_name, full_name, name_key, stage, as_of, created_at, updated_at) VALUES ('P', @last, 'P ' || @last, 'p ' || @last, @held, '2026-01-01', 'x', 'x') RETURNING id",
                new { last = $"N{c}", held }, transaction);
            var history = new List<ContactEvent>();
            // Mostly messages, close together or far apart, some at the very same time.
            var count = random.Next(0, 9);
            var at = now.AddDays(-random.Next(1, 400));
            for (var e = 0; e < count; e++)
            {
                var kind = random.Next(10) switch { < 4 => Kinds[0], < 8 => Kinds[1], 8 => Kinds[random.Next(2, 5)], _ => Kinds[random.Next(0, 5)] };
                at = random.Next(5) == 0 ? at : at.AddHours(random.Next(-48, 24 * (random.Next(3) == 0 ? 40 : 6)));
                if (kind == EventKinds.Meeting && random.Next(3) == 0)
                {
                    at = now.AddDays(random.Next(1, 30));
                }

                var label = kind == EventKinds.MessageReceived ? Labels[random.Next(Labels.Length)] : null;
                var eventId = connection.ExecuteScalar<long>(
                    """
                    INSERT INTO events (contact_id, kind, at, at_ticks, classification, source, source_hash, created_at)
                    VALUES (@id, @kind, @text, @ticks, @label, '', @hash, 'x') RETURNING id
                    """,
                    new { id, kind, text = at.ToString("O"), ticks = at.UtcTicks, label, hash = hash++ }, transaction);
                if (kind != EventKinds.InvitationReceived && !(kind == EventKinds.Meeting && at > now))
                {
                    history.Add(new ContactEvent { Id = eventId, ContactId = id, Kind = kind, At = at, Classification = label });
                }
            }

            var ordered = history.OrderBy(e => e.At).ThenBy(e => e.Id).ToList();
            var next = StageProgress.Next(held, ordered, settings);
            expected[id] = (held, next ?? held, next is not null);
        }

        transaction.Commit();
        return expected;
    }

    private Dictionary<long, string> StoredStages() =>
        _test.Store.Connection.Query<(long Id, string Stage)>("SELECT id, stage FROM contacts").ToDictionary(r => r.Id, r => r.Stage);

    public void Dispose() => _test.Dispose();
}
