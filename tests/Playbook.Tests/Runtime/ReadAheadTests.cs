using Playbook.Engine.Events;
using Playbook.Engine.Runtime;
using Playbook.Engine.Store;
using Playbook.Tests.Support;

namespace Playbook.Tests.Runtime;

/// <summary>
/// A pass over many new events reads their contacts on a second thread, ahead of the runs (RuntimeSettings.ReadAhead):
/// what the runs write is the same as when the pass reads everything itself, a contact the pass changed is read again,
/// and so is every contact once another process wrote to the store.
/// </summary>
public sealed class ReadAheadTests
{
    private const int Invitations = 700;

    private static readonly string[] Notes =
    [
        "",
        "Hi Ana, I lead the data team at Acme and saw your talk on analytics. Would love to connect.",
        "Hola Ana, soy reclutadora y tengo una oferta de trabajo que te puede interesar.",
        "We help companies like yours cut cloud costs by 30%. Can I send you a short demo?",
    ];

    private static readonly string[] Companies = ["Acme", "Globex", "Initech", ""];

    [Fact]
    public void Run_ManyInvitations_WritesTheSameRunsDraftsAndJournalAsReadingEachContactInTurn()
    {
        using var ahead = Invited(new RuntimeHarness(builtIns: true) { ReadAhead = true });
        using var inTurn = Invited(new RuntimeHarness(builtIns: true) { ReadAhead = false });

        var first = ahead.Run();
        var second = inTurn.Run();

        Assert.Equal(Invitations, first.RunsStarted);
        Assert.Equal((second.RunsStarted, second.Drafts, second.Waiting, second.Done), (first.RunsStarted, first.Drafts, first.Waiting, first.Done));
        RuntimeHarness.AssertSameRows(inTurn, ahead,
            "SELECT playbook || ' ' || contact_id || ' ' || event_id || ' ' || state || ' ' || ifnull(step, '') FROM runs ORDER BY id",
            "SELECT contact_id || ' ' || body || ' ' || ifnull(analysis, '') || ' ' || ifnull(note, '') || ' ' || ifnull(language, '') FROM drafts ORDER BY id",
            "SELECT run_id || ' ' || action || ' ' || message FROM journal ORDER BY id",
            "SELECT contact_id || ' ' || tag FROM contact_tags ORDER BY contact_id, tag");
    }

    [Fact]
    public void Run_ARunOfThePassTagsAContact_ALaterRunForThatContactSeesTheTag()
    {
        // One batch for the whole pass: the tags 'a-tag' writes are not committed when 'b-greet' takes the contacts.
        using var h = new RuntimeHarness { ReadAhead = true, BatchSize = 10 * Invitations };
        h.Template("hi.liquid", "Hola {{ contact.first_name }}");
        h.TaggingPlaybook("a-tag", EventKinds.InvitationReceived, "seen");
        h.Playbook("b-greet.yaml", """
            schema: 1
            name: b-greet
            on: invitation.received
            when: HasTag("seen")
            steps:
              - id: greet
                draft: hi
            """);
        Invited(h);

        // Every event is taken by 'a-tag' first (the catalog's order), which tags the contact. Near the end of those, the
        // pass pauses long enough for the reading ahead to read the first contacts of 'b-greet' as the file still has
        // them (untagged): 'b-greet' must read them again.
        var report = h.Runtime.Run(RunRequest.All, new AtProgress(Invitations - 100, () => Thread.Sleep(1500)));

        Assert.Equal(2 * Invitations, report.RunsStarted);
        Assert.Equal(0, report.SkippedByWhen);
        Assert.Equal(Invitations, h.Scalar("SELECT count(*) FROM drafts"));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void BeginBatch_AfterAnotherProcessWroteOrNot_EveryContactCountsAsTouchedOnlyIfItDid(bool otherWrote)
    {
        using var store = new TestStore();
        var ana = store.AddContact("Ana", "Ruiz");
        var luis = store.AddContact("Luis", "Gil");
        using var session = new RunSession(store.Store);
        session.BeginBatch();
        session.CommitForReaders();
        session.EditTags(ana, ["seen"], add: true, store.Clock.GetUtcNow());
        session.CommitBatch();
        if (otherWrote)
        {
            // Between two batches, another process changes a contact the session never touched.
            using var other = ContactStore.Open(store.Store.Path, store.Clock);
            other.Contacts.AddTags(luis, ["do-not-contact"]);
        }

        session.BeginBatch();

        Assert.True(session.Touched(ana));
        Assert.Equal(otherWrote, session.Touched(luis));
        session.CommitBatch();
    }

    [Theory]
    [InlineData(150, false)]
    [InlineData(450, false)]
    [InlineData(699, false)]
    [InlineData(150, true)]
    [InlineData(450, true)]
    public void Run_CrashWhileReadingAheadThenRunAgain_WritesEveryDraftExactlyOnce(int crashAfter, bool contactOrder)
    {
        using var h = Invited(new RuntimeHarness(builtIns: true) { ReadAhead = true, BatchSize = 200, ContactOrderFrom = contactOrder ? 1 : Invitations + 1 });

        Assert.Throws<InvalidOperationException>(() => h.Runtime.Run(RunRequest.All, new AtProgress(crashAfter, () => throw new InvalidOperationException("crash"))));
        var kept = h.Scalar("SELECT count(*) FROM runs");
        var again = h.Run();

        Assert.Equal(crashAfter / 200 * 200, kept);
        Assert.Equal(Invitations - kept, again.RunsStarted);
        Assert.Equal(Invitations, h.Scalar("SELECT count(DISTINCT run_id) FROM drafts"));
        Assert.Equal(Invitations, h.Scalar("SELECT count(*) FROM drafts"));
    }

    private static RuntimeHarness Invited(RuntimeHarness h)
    {
        for (var i = 0; i < Invitations; i++)
        {
            var contact = h.Store.AddContact($"P{i}", "Test", Companies[i % Companies.Length] is { Length: > 0 } company ? company : null,
                $"https://www.linkedin.com/in/p{i}-test");
            var note = Notes[i % Notes.Length];
            h.Event(contact, EventKinds.InvitationReceived, daysAgo: 1 + (i % 10), note.Length > 0 ? note : null);
        }

        return h;
    }

    private sealed class AtProgress(int done, Action action) : IProgress<BatchProgress>
    {
        private bool _done;

        public void Report(BatchProgress value)
        {
            if (!_done && value.Done >= done)
            {
                _done = true;
                action();
            }
        }
    }
}
