using Dapper;
using Playbook.Engine.Store;
using Playbook.Tests.Support;

namespace Playbook.Tests.Store;

/// <summary>
/// A step is all or nothing: a step with a savepoint takes its writes back when it fails; a step that says it writes
/// last has none, takes back what it journaled when it fails before writing, and when it fails after writing after
/// all, the whole batch goes, with an error that names the store.
/// </summary>
public sealed class RunSessionStepTests
{
    [Fact]
    public void Atomically_WritesLastStepThatFailsBeforeItWrites_TakesBackItsJournalAndTheBatchGoesOn()
    {
        using var store = new TestStore();
        var ana = store.AddContact("Ana", "Ruiz");
        long run;
        using (var session = new RunSession(store.Store))
        {
            session.BeginBatch();
            run = session.InsertRun("hello", "v1", ana, null, "mark", TestStore.Start)!.Value;
            session.Atomically(() => session.EditTags(ana, ["kept"], add: true, TestStore.Start), writesLast: true);

            Assert.Throws<InvalidOperationException>(() => session.Atomically<int>(() =>
            {
                session.Journal(run, TestStore.Start, "draft", "drafted", "never written");
                throw new InvalidOperationException("the template failed");
            }, writesLast: true));

            session.Journal(run, TestStore.Start, "draft", "failed", "the template failed");
            session.CommitBatch();
        }

        Assert.Equal(["failed"], store.Store.Runs.Journal(run).Select(j => j.Action));
        Assert.Equal(["kept"], Tags(store, ana));
    }

    [Fact]
    public void Atomically_WritesLastStepThatFailsAfterItWrote_IsAStoreExceptionAndTheBatchKeepsNothing()
    {
        using var store = new TestStore();
        var ana = store.AddContact("Ana", "Ruiz");
        using (var session = new RunSession(store.Store))
        {
            session.BeginBatch();
            session.Atomically(() => session.EditTags(ana, ["earlier"], add: true, TestStore.Start), writesLast: true);

            var e = Assert.Throws<StoreException>(() => session.Atomically<int>(() =>
            {
                session.EditTags(ana, ["half"], add: true, TestStore.Start);
                throw new InvalidOperationException("a bug after the write");
            }, writesLast: true));

            Assert.Equal(
                $"{store.Path}: a step failed after it wrote, where it could not be taken back alone (a bug after the write); "
                + "nothing of this batch was kept; run again with --debug for the details",
                e.Message);
        }

        Assert.Equal(0, store.Scalar("SELECT count(*) FROM contact_tags"));
    }

    [Fact]
    public void Atomically_StepWithASavepointThatFailsAfterItWrote_TakesBackItsWritesAlone()
    {
        using var store = new TestStore();
        var ana = store.AddContact("Ana", "Ruiz");
        using (var session = new RunSession(store.Store))
        {
            session.BeginBatch();
            session.Atomically(() => session.EditTags(ana, ["earlier"], add: true, TestStore.Start), writesLast: true);

            Assert.Throws<InvalidOperationException>(() => session.Atomically<int>(() =>
            {
                session.EditTags(ana, ["undone"], add: true, TestStore.Start);
                throw new InvalidOperationException("the until failed");
            }));

            // A step after it, without a savepoint, writes as before.
            session.Atomically(() => session.EditTags(ana, ["later"], add: true, TestStore.Start), writesLast: true);
            session.CommitBatch();
        }

        Assert.Equal(["earlier", "later"], Tags(store, ana));
    }

    [Fact]
    public void Atomically_StepThatTaggedAndFailed_TakesTheTagsTimeBackFromTheContactItReads()
    {
        using var store = new TestStore();
        var ana = store.AddContact("Ana", "Ruiz");
        var created = store.Store.Contacts.Find(ana)!.UpdatedAt;
        using (var session = new RunSession(store.Store))
        {
            session.BeginBatch();
            session.Atomically(() => session.EditTags(ana, ["earlier"], add: true, created.AddHours(1)), writesLast: true);
            Assert.Throws<InvalidOperationException>(() => session.Atomically<int>(() =>
            {
                session.EditTags(ana, ["undone"], add: true, created.AddHours(2));
                throw new InvalidOperationException("the script failed");
            }));

            Assert.Equal(created.AddHours(1), session.Contact(ana)!.UpdatedAt);
            Assert.Equal(["earlier"], session.Contact(ana)!.Tags);
            session.CommitBatch();
        }

        Assert.Equal(created.AddHours(1), store.Store.Contacts.Find(ana)!.UpdatedAt);
    }

    [Fact]
    public void Atomically_WritesLastStepInsideAStepWithASavepoint_IsTakenBackWithIt()
    {
        using var store = new TestStore();
        var ana = store.AddContact("Ana", "Ruiz");
        using (var session = new RunSession(store.Store))
        {
            session.BeginBatch();
            Assert.Throws<InvalidOperationException>(() => session.Atomically<int>(() =>
            {
                session.Atomically(() => session.EditTags(ana, ["inner"], add: true, TestStore.Start), writesLast: true);
                throw new InvalidOperationException("the outer step failed");
            }));

            session.Atomically(() => session.EditTags(ana, ["after"], add: true, TestStore.Start));
            session.CommitBatch();
        }

        Assert.Equal(["after"], Tags(store, ana));
    }

    [Fact]
    public void InsertRunDraftAndTask_TheSameKeyAgain_KeepTheFirstAndSayWhichItIs()
    {
        using var store = new TestStore();
        var ana = store.AddContact("Ana", "Ruiz");
        using var session = new RunSession(store.Store);
        session.BeginBatch();
        var e = session.Query("INSERT INTO events (contact_id, kind, at, at_ticks, source, source_hash, created_at) VALUES ($p0, 'invitation.received', '2026-11-30T08:00:00Z', 1, 's', 1, '2026-11-30T08:00:00Z') RETURNING id",
            r => r.GetInt64(0), ana)[0];

        var run = session.InsertRun("hello", "v1", ana, e, "hello", TestStore.Start);
        var again = session.InsertRun("hello", "v1", ana, e, "hello", TestStore.Start);
        var draft = session.InsertDraft(run!.Value, ana, "hello", "hello", "linkedin", "hello", null, "es", "Hola", null, null, null, true, TestStore.Start);
        var sameDraft = session.InsertDraft(run.Value, ana, "hello", "hello", "linkedin", "hello", null, "es", "Otra", null, null, null, true, TestStore.Start);
        var task = session.InsertTask(run.Value, ana, "hello", "todo", "call", TestStore.Start.AddDays(1), TestStore.Start);
        var sameTask = session.InsertTask(run.Value, ana, "hello", "todo", "call again", TestStore.Start.AddDays(2), TestStore.Start);
        session.CommitBatch();

        Assert.Null(again);
        Assert.Equal((draft, task), (sameDraft, sameTask));
        Assert.Equal(("Hola", 1L, "call"), (store.Store.Drafts.Get(draft).Body, store.Scalar("SELECT count(*) FROM runs"), store.Store.Tasks.List().Single().Text));
    }

    private static List<string> Tags(TestStore store, long contactId) =>
        store.Store.Connection.Query<string>("SELECT tag FROM contact_tags WHERE contact_id = @contactId ORDER BY tag", new { contactId }).ToList();
}
