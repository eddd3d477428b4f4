using Dapper;
using Playbook.Engine.Events;
using Playbook.Engine.Store;
using Playbook.Tui.Views;
using Terminal.Gui.Input;

namespace Playbook.Tests.Views;

/// <summary>
/// Today shows what a reply asked for beside it (a return date, a day to write again, a person to write to), the task it
/// asked for is one key away, and a referred person is opened or added with another; over the demo store, with the
/// replies' fields and tasks written as classification and the runtime write them.
/// </summary>
[Collection(DeskTests.Name)]
public sealed class DeskRepliesAskedTests
{
    [Fact]
    public void Today_RepliesThatAskedForSomething_ShowWhatTheyAskedBesideThem()
    {
        using var desk = new DeskHarness();
        var (away, later, laterDay, referral, nobody) = (Fresh(desk, 0), Fresh(desk, 1), Fresh(desk, 2), Fresh(desk, 3), Fresh(desk, 4));
        Reply(desk, away, "Estaré fuera hasta el 14 de diciembre.", "auto", followUpOn: "2026-12-14");
        Reply(desk, later, "Escríbeme en enero y lo vemos.", "brush-off", followUpOn: "2027-01-04");
        Reply(desk, laterDay, "Ping me again on the 14th.", "brush-off", followUpOn: "2026-12-14");
        Reply(desk, referral, "No llevo yo ese tema, habla con Marta Vidal (marta@acme.es).", "brush-off", referral: "Marta Vidal <marta@acme.es>");
        Reply(desk, nobody, "You should talk to my colleague.", "brush-off", referral: "");

        desk.Press(Key.F5);

        var rows = desk.Window.Today.Rows;
        Assert.Contains("│ASKED", desk.Screen, StringComparison.Ordinal);
        Assert.Equal(("away", "back 14 Dec"), Asked(rows, away));
        Assert.Equal(("reply", "later: January"), Asked(rows, later));
        Assert.Equal(("reply", "later: Mon 14 Dec"), Asked(rows, laterDay));
        Assert.Equal(("reply", "→ Marta Vidal"), Asked(rows, referral));
        Assert.Equal(("reply", "→ (no name)"), Asked(rows, nobody));
        desk.Window.Today.Select(rows.Single(r => r.ContactId == referral));
        var screen = desk.Screen;
        Assert.Contains("→ Marta Vidal", screen, StringComparison.Ordinal);
        Assert.Contains("referral: Marta Vidal <marta@acme.es> (r opens or adds them)", screen, StringComparison.Ordinal);
        Assert.Contains("t  Its task │ r  Referred", screen, StringComparison.Ordinal);
    }

    [Fact]
    public void Today_AnOutOfOfficeWhoseReturnHasPassed_IsNotListed()
    {
        using var desk = new DeskHarness();
        var away = Fresh(desk, 0);
        Reply(desk, away, "I'm away until 11/27.", "auto", followUpOn: "2026-11-27");

        desk.Press(Key.F5);

        Assert.DoesNotContain(desk.Window.Today.Rows, r => r.ContactId == away);
    }

    [Fact]
    public void T_OnALaterReply_GoesToTheTaskItAskedForAndXMarksItDone()
    {
        using var desk = new DeskHarness();
        var later = Fresh(desk, 0);
        var reply = Reply(desk, later, "Escríbeme en enero y lo vemos.", "brush-off", followUpOn: "2027-01-04");
        var task = Task(desk, later, "Write to Beatriz again (she asked for January)", new DateTimeOffset(2027, 1, 4, 9, 0, 0, TimeSpan.Zero), reply);
        desk.Press(Key.F5);
        desk.Window.Today.Select(desk.Window.Today.Rows.Single(r => r.ContactId == later));

        desk.Press(Key.T);

        var selected = desk.Window.Today.Selected!;
        Assert.Equal(task, selected.Task?.Id);
        Assert.Equal("task", selected.Kind);
        Assert.Equal("Write to Beatriz again (she asked for January) · due 2027-01-04", selected.Summary);
        Assert.Equal("The task it asked for: Write to Beatriz again (she asked for January) (x marks it done)", desk.Window.Message);

        desk.Press(Key.X);

        using var store = desk.OpenStore();
        Assert.True(store.Tasks.Get(task).Done);
        Assert.Equal("Task done: Write to Beatriz again (she asked for January)", desk.Window.Message);
        Assert.DoesNotContain(desk.Window.Today.Rows, r => r.Task?.Id == task);
    }

    [Fact]
    public void T_OnAReplyThatAskedForNoTask_GoesToTheContactsOpenTasksOrSaysThereAreNone()
    {
        using var desk = new DeskHarness();
        var (withTask, without) = (Fresh(desk, 0), Fresh(desk, 1));
        Reply(desk, withTask, "Hablamos en septiembre.", "brush-off", followUpOn: "2027-09-01");
        Reply(desk, without, "Talk to Sam Okafor.", "brush-off", referral: "Sam Okafor");
        var task = Task(desk, withTask, "Send the deck", new DateTimeOffset(2026, 12, 3, 9, 0, 0, TimeSpan.Zero), eventId: null);
        desk.Press(Key.F5);
        var rows = desk.Window.Today.Rows;

        desk.Window.Today.Select(rows.Single(r => r.ContactId == withTask));
        desk.Press(Key.T);
        var (selected, said) = (desk.Window.Today.Selected!, desk.Window.Message);
        desk.Window.Today.Select(desk.Window.Today.Rows.Single(r => r.ContactId == without));
        desk.Press(Key.T);

        Assert.Equal(task, selected.Task?.Id);
        Assert.Equal("No task came from this reply; their open tasks: Send the deck (x marks it done)", said);
        Assert.Equal($"No open task for {desk.Session.NameOf(without)}.", desk.Window.Message);
    }

    [Fact]
    public void R_OnAReferralWhosePersonIsAContact_OpensThem()
    {
        using var desk = new DeskHarness();
        var (hugo, marta) = (Fresh(desk, 0), Fresh(desk, 1));
        var reply = Reply(desk, hugo, "No llevo yo ese tema, habla con Marta.", "brush-off", referral: "Marta Vidal");
        Task(desk, hugo, "Contact Marta Vidal (referred by Hugo Ferreira)", DeskHarness.Monday, reply, linkedContactId: marta);
        desk.Press(Key.F5);
        desk.Window.Today.Select(desk.Window.Today.Rows.Single(r => r.Reply?.Id == reply));

        desk.Press(Key.R);

        Assert.Same(desk.Window.Contact, desk.Window.Current);
        Assert.Equal(marta, desk.Window.Contact.FocusedContact);
    }

    [Fact]
    public void R_OnAReferralToSomeoneNew_AddsThemPrefilledAndLinksTheTask()
    {
        using var desk = new DeskHarness();
        var hugo = Fresh(desk, 0);
        var reply = Reply(desk, hugo, "Te paso con mi compañera Lucía (lucia@acme.es).", "brush-off", referral: "Lucía Peña Ruiz <lucia@acme.es>");
        var task = Task(desk, hugo, "Contact Lucía Peña Ruiz (referred by Hugo), not in your contacts yet", DeskHarness.Monday, reply);
        desk.Press(Key.F5);
        var taskRow = desk.Window.Today.Rows.Single(r => r.Task?.Id == task);
        desk.Window.Today.Select(taskRow);
        string? asked = null;

        desk.PressThenAnswer(Key.R, (Action)(() => asked = desk.Screen), Key.Enter);

        Assert.Contains("Lucía Peña Ruiz is not in your contacts yet (referred by", asked, StringComparison.Ordinal);
        Assert.Contains("lucia@acme.es", asked, StringComparison.Ordinal);
        using var store = desk.OpenStore();
        var linked = store.Tasks.Get(task).LinkedContactId;
        Assert.NotNull(linked);
        var lucia = store.Contacts.Find(linked.Value)!;
        Assert.Equal(("Lucía", "Peña Ruiz", "lucia@acme.es"), (lucia.FirstName, lucia.LastName, Assert.Single(lucia.Emails)));
        Assert.Contains("manual", lucia.Sources);
        Assert.Equal($"Added Lucía Peña Ruiz (#{lucia.Id}) to your contacts; the task links to them (r opens them).", desk.Window.Message);

        desk.Window.Today.Select(desk.Window.Today.Rows.Single(r => r.Task?.Id == task));
        desk.Press(Key.R);

        Assert.Equal(lucia.Id, desk.Window.Contact.FocusedContact);
    }

    [Fact]
    public void R_OnAReferralWithoutAName_AsksWhoAndAddsThePersonTyped()
    {
        using var desk = new DeskHarness();
        var hugo = Fresh(desk, 0);
        var reply = Reply(desk, hugo, "You should talk to my colleague.", "brush-off", referral: "");
        var task = Task(desk, hugo, "Contact the colleague Hugo mentioned (no name given)", DeskHarness.Monday, reply);
        desk.Press(Key.F5);
        desk.Window.Today.Select(desk.Window.Today.Rows.Single(r => r.Reply?.Id == reply));
        string? asked = null;

        desk.PressThenAnswer(Key.R, (Action)(() => asked = desk.Screen), "Sam Okafor", Key.Enter);

        Assert.Contains("did not say who: the person to add", asked, StringComparison.Ordinal);
        using var store = desk.OpenStore();
        var sam = store.Contacts.Find(store.Tasks.Get(task).LinkedContactId!.Value)!;
        Assert.Equal("Sam Okafor", sam.FullName);
    }

    [Fact]
    public void R_Cancelled_AddsNobody()
    {
        using var desk = new DeskHarness();
        var hugo = Fresh(desk, 0);
        var reply = Reply(desk, hugo, "Talk to Sam Okafor.", "brush-off", referral: "Sam Okafor");
        var task = Task(desk, hugo, "Contact Sam Okafor (referred by Hugo), not in your contacts yet", DeskHarness.Monday, reply);
        desk.Press(Key.F5);
        desk.Window.Today.Select(desk.Window.Today.Rows.Single(r => r.Reply?.Id == reply));
        using var before = desk.OpenStore();
        var count = before.Contacts.Count();

        desk.PressThenAnswer(Key.R, Key.Esc);

        using var store = desk.OpenStore();
        Assert.Equal(count, store.Contacts.Count());
        Assert.Null(store.Tasks.Get(task).LinkedContactId);
    }

    private static (string Kind, string Asked) Asked(IReadOnlyList<TodayRow> rows, long contactId)
    {
        var row = Assert.Single(rows, r => r.ContactId == contactId && r.Reply is not null);
        return (row.Kind, row.Asked);
    }

    /// <summary>The <paramref name="index"/>th contact of the demo with no message and no invitation.</summary>
    private static long Fresh(DeskHarness desk, int index)
    {
        using var store = desk.OpenStore();
        return store.Connection.Query<long>(
            "SELECT id FROM contacts c WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.contact_id = c.id AND (e.kind LIKE 'message.%' OR e.kind LIKE 'invitation.%')) ORDER BY id LIMIT 1 OFFSET @index",
            new { index }).Single();
    }

    /// <summary>A reply received this morning, with the fields classification gives it.</summary>
    private static long Reply(DeskHarness desk, long contactId, string body, string classification, string? followUpOn = null, string? referral = null)
    {
        using var store = desk.OpenStore();
        var reply = store.Events.Add(contactId, EventKinds.MessageReceived, DeskHarness.Monday.AddHours(-1), body, "linkedin");
        store.Connection.Execute(
            "UPDATE events SET classification = @classification, follow_up_on = @followUpOn, referral = @referral WHERE id = @id",
            new { classification, followUpOn, referral, id = reply.Id });
        return reply.Id;
    }

    /// <summary>A task as the runtime writes one that a reply asked for.</summary>
    private static long Task(DeskHarness desk, long contactId, string text, DateTimeOffset due, long? eventId, long? linkedContactId = null)
    {
        using var store = desk.OpenStore();
        return store.Connection.ExecuteScalar<long>(
            """
            INSERT INTO tasks (contact_id, playbook, text, due_at, due_ticks, created_at, event_id, linked_contact_id)
            VALUES (@contactId, 'reply', @text, @dueAt, @dueTicks, @createdAt, @eventId, @linkedContactId) RETURNING id
            """,
            new
            {
                contactId,
                text,
                dueAt = StoreFormat.Instant(due),
                dueTicks = due.UtcTicks,
                createdAt = StoreFormat.Instant(DeskHarness.Monday),
                eventId,
                linkedContactId,
            });
    }
}
