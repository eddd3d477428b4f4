using Dapper;
using Playbook.Engine.Events;
using Playbook.Engine.Store;
using Playbook.Tests.Runtime;

namespace Playbook.Tests.Store;

/// <summary>
/// Whether a draft answers a new invitation is kept on its row as the runtime writes it (and told apart once, by the
/// migration, for drafts written before): the kept kind must say what reading each draft's run and event says.
/// </summary>
public sealed class PendingDraftKindTests : IDisposable
{
    /// <summary>What Today computed before the kind was kept: the first draft of a run whose event is an invitation.</summary>
    private const string ComputedKinds =
        """
        SELECT d.id AS Id,
               CASE WHEN (SELECT r.event_id FROM runs r WHERE r.id = d.run_id)
                         IN (SELECT e.id FROM events e WHERE e.kind = 'invitation.received')
                    AND NOT EXISTS (SELECT 1 FROM drafts earlier WHERE earlier.run_id = d.run_id AND earlier.id < d.id)
                    THEN 1 ELSE 0 END AS Kind,
               d.status AS Status
        FROM drafts d ORDER BY d.id
        """;

    private readonly RuntimeHarness _h = new();

    [Fact]
    public void AnswersInvitation_DraftsTheRuntimeWrote_MatchWhatTheirRunsAndEventsSay()
    {
        var (invitees, met) = Busy();

        var kept = _h.Db.Connection.Query<(long Id, long Kind)>("SELECT id, answers_invitation FROM drafts ORDER BY id").ToList();
        var computed = _h.Db.Connection.Query<(long Id, long Kind, string Status)>(ComputedKinds).ToList();

        Assert.Equal(computed.Select(d => (d.Id, d.Kind)), kept);
        Assert.Contains(computed, d => d.Kind == 1 && d.Status == "pending");
        Assert.Contains(computed, d => d.Kind == 0 && d.Status == "pending");
        Assert.Contains(computed, d => d.Kind == 1 && d.Status == "sent");
        Assert.Contains(computed, d => d.Kind == 1 && d.Status == "discarded");
        Assert.Contains(_h.Db.Drafts.List(status: null), d => d.Step == "again" && d.Status == "pending");
        Assert.True(invitees.Count > 0 && met > 0);
    }

    [Fact]
    public void Pending_CountsAndLists_MatchWhatTheirRunsAndEventsSay()
    {
        Busy();
        var computed = _h.Db.Connection.Query<(long Id, long Kind, string Status)>(ComputedKinds).Where(d => d.Status == "pending").ToList();

        var pending = _h.Db.Drafts.Pending();
        var cut = _h.Db.Drafts.Pending(limit: 2);

        Assert.Equal(computed.Where(d => d.Kind == 1).Select(d => d.Id), pending.Invitations.Select(d => d.Id));
        Assert.Equal(computed.Where(d => d.Kind == 0).Select(d => d.Id), pending.Others.Select(d => d.Id));
        Assert.Equal((computed.Count(d => d.Kind == 1), computed.Count(d => d.Kind == 0)), (pending.InvitationCount, pending.OtherCount));
        Assert.Equal((pending.InvitationCount, pending.OtherCount), (cut.InvitationCount, cut.OtherCount));
        Assert.Equal(pending.Invitations.Take(2).Select(d => d.Id), cut.Invitations.Select(d => d.Id));
        Assert.Equal(pending.Others.Take(2).Select(d => d.Id), cut.Others.Select(d => d.Id));
    }

    [Fact]
    public void Migration_StoreWrittenBeforeTheKindWasKept_TellsItsDraftsApartOnce()
    {
        Busy();
        var computed = _h.Db.Connection.Query<(long Id, long Kind, string Status)>(ComputedKinds).Select(d => (d.Id, d.Kind)).ToList();
        var version = _h.Db.SchemaVersion;
        var counts = _h.Db.Drafts.PendingCounts();
        // The store as the build before this migration left it: no kept kind (nor what later migrations added), at the
        // schema version before it.
        var before = Migrations.Steps.ToList().FindIndex(step => step.Contains("CREATE INDEX drafts_pending", StringComparison.Ordinal));
        _h.Db.Connection.Execute(
            TagTableMigrationTests.TagsBackOnTheContactRow
            + $"DROP INDEX drafts_pending; ALTER TABLE drafts DROP COLUMN answers_invitation; ALTER TABLE search_stale DROP COLUMN tagged_at; "
            + "DROP TRIGGER journal_delete; DROP VIEW journal; ALTER TABLE journal_rows DROP COLUMN more; ALTER TABLE journal_rows RENAME TO journal; "
            + TagSearchMigrationTests.TagsBackInTheFullTextRow
            + $"PRAGMA user_version = {before};");

        using var reopened = ContactStore.Open(_h.Store.Path, _h.Store.Clock);

        Assert.Equal(version, reopened.SchemaVersion);
        Assert.Equal(computed, reopened.Connection.Query<(long Id, long Kind)>("SELECT id, answers_invitation FROM drafts ORDER BY id"));
        Assert.Equal(counts, reopened.Drafts.PendingCounts());
        Assert.True(counts.Invitations > 0 && counts.Others > 0);
    }

    [Fact]
    public void PendingOf_AfterADraft_ReadsTheNextPageOfItsSideWithoutAnalyses()
    {
        Busy();
        var all = _h.Db.Drafts.Pending().Invitations;

        var page = _h.Db.Drafts.PendingOf(answersInvitation: true, afterId: all[0].Id, limit: 2, withAnalysis: false);

        Assert.Equal(all.Skip(1).Take(2).Select(d => d.Id), page.Select(d => d.Id));
        Assert.All(page, d => Assert.Null(d.Analysis));
    }

    [Fact]
    public void AnalysisOf_ADraftWrittenAfterAnAnalysis_ReadsIt()
    {
        _h.Playbook("analysed.yaml", """
            schema: 1
            name: analysed
            on: invitation.received
            steps:
              - id: analyse
                analyse:
              - id: hi
                draft: hi
            """);
        _h.Template("hi.liquid", "Hola {{ contact.first_name }}");
        var ana = _h.Contact("Ana", "Ruiz", "Tiendas Aurora");
        _h.Event(ana, EventKinds.InvitationReceived, daysAgo: 1, "Hola, trabajo en e-commerce");
        _h.Run();
        var draft = Assert.Single(_h.Db.Drafts.Pending(withAnalysis: false).Invitations);

        var analysis = _h.Db.Drafts.AnalysisOf(draft.Id);

        Assert.Null(draft.Analysis);
        Assert.NotNull(analysis);
        Assert.Equal(_h.Db.Drafts.Get(draft.Id).Analysis!.Score, analysis.Score);
        Assert.Null(_h.Db.Drafts.AnalysisOf(draft.Id + 1000));
    }

    /// <summary>
    /// A store with what happens to drafts in use: invitations answered by runs that draft twice, runs started by
    /// meetings, drafts sent and discarded, two contacts merged, a redraft. Returns the invitees and the contacts met.
    /// </summary>
    private (List<long> Invitees, int Met) Busy()
    {
        _h.Template("hi.liquid", "Hola {{ contact.first_name }}");
        _h.Playbook("hi.yaml", """
            schema: 1
            name: hi
            on: invitation.received
            steps:
              - id: hi
                draft: hi
              - id: wait
                wait: 1d
              - id: again
                draft: hi
            """);
        _h.GreetingPlaybook("thanks", EventKinds.Meeting);
        List<long> invitees = [_h.Contact("Ana", "Ruiz"), _h.Contact("Bea", "Gil"), _h.Contact("Carla", "Sanz"), _h.Contact("Dora", "Vidal"), _h.Contact("Eva", "Mora")];
        foreach (var contact in invitees)
        {
            _h.Event(contact, EventKinds.InvitationReceived, daysAgo: 1);
        }

        var met = new[] { _h.Contact("Fran", "Ortiz"), invitees[0] };
        foreach (var contact in met)
        {
            _h.Event(contact, EventKinds.Meeting, daysAgo: 0.5);
        }

        _h.Run();
        var first = _h.Db.Drafts.Pending().Invitations;
        _h.Runtime.MarkSent(first[0].Id);
        _h.Runtime.Discard(first[1].Id);
        _h.Advance(TimeSpan.FromDays(2));
        _h.Tick();
        _h.Db.Merges.Merge(invitees[2], invitees[3]);
        _h.Db.Connection.Execute("UPDATE contacts SET company = 'Tiendas Aurora' WHERE id = @id", new { id = invitees[4] });
        _h.Runtime.Redraft([invitees[4]]);
        return (invitees, met.Length);
    }

    public void Dispose() => _h.Dispose();
}
