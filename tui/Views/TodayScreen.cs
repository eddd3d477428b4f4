using System.Globalization;
using Playbook.Engine.Runs;
using Playbook.Tui.Desk;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace Playbook.Tui.Views;

/// <summary>
/// The first screen: the drafted replies to new invitations, the follow-ups and tasks due today or overdue, and the
/// replies that wait for an answer; below, the selected item in full (a draft with why it says what it says).
/// </summary>
internal sealed class TodayScreen : Screen
{
    private readonly Label _summary = new() { X = 0, Y = 0, Width = Dim.Fill() };
    private readonly TableView _table = new() { X = 0, Y = 1, Width = Dim.Fill(), Height = Dim.Percent(50), FullRowSelect = true, CollectionNavigator = null };

    /// <summary>
    /// The selected item in full, word-wrapped: a view that draws its text, where a read-only text view (an editor,
    /// with its key bindings, context menu and text model) cost the first frame about a fifth of its processor time.
    /// </summary>
    private readonly View _detail = new() { X = 0, Y = Pos.Percent(50) + 1, Width = Dim.Fill(), Height = Dim.Fill(), CanFocus = false };

    /// <summary>The last draft of each kind read: the next page starts after it.</summary>
    private readonly Dictionary<string, long> _readUpTo = [];
    private List<TodayRow> _rows = [];
    private DateTimeOffset _at;
    private Presentation.ContactNames? _names;

    /// <summary>Until the desk's first frame is drawn, a draft is shown without its analysis (see <see cref="ShowWhy"/>).</summary>
    private bool _whyLater = true;

    public TodayScreen(DeskWindow desk)
        : base(desk)
    {
        _table.ValueChanged += (_, _) => ShowDetail();
        _table.Accepting += (_, e) =>
        {
            Open();
            e.Handled = true;
        };
        _detail.TextFormatter.WordWrap = true;
        Add(_summary, _table, _detail);
        Keys =
        [
            new KeyHint(Key.Enter, "Open", Open),
            new KeyHint(Key.X, "Task done", CompleteTask),
            new KeyHint(Key.T, "Its task", ShowTask),
            new KeyHint(Key.R, "Referred", OpenReferred),
            new KeyHint(Key.F6, "Profile", () => Desk.OpenProfile(FocusedContact)),
            new KeyHint(Key.P, "Read profile", () => Desk.ReadProfile(FocusedContact)),
            new KeyHint(Key.F5, "Reload", Reload),
            new KeyHint(Key.I, "Import", () => Desk.Show(Desk.Import), InStatusBar: false),
            new KeyHint(Key.E, "Example", () => Import(Examples.FindFolder() is { } examples ? Path.Combine(examples, Examples.ExportFileName) : ""), InStatusBar: false),
        ];
    }

    /// <summary>What the table calls a draft answering a new invitation, and any other draft.</summary>
    private const string Invitations = "invitation", FollowUps = "follow-up";

    public override string Name => "Today";

    public override IReadOnlyList<KeyHint> Keys { get; }

    /// <summary>The rows read so far, in order (the drafts past the first page are read as the table is scrolled to them).</summary>
    public IReadOnlyList<TodayRow> Rows => [.. _rows.Where(r => !r.IsUnread)];

    /// <summary>How many rows the table lists, read or not.</summary>
    public int RowCount => _rows.Count;

    public override void Reload()
    {
        var session = Desk.Session;
        var today = session.Today();
        if (today.StoreIsEmpty)
        {
            _rows = [];
            _summary.Text = "";
            _table.Table = Source();
            _detail.Text = "The store is empty.\n\n"
                + "  i  import your LinkedIn data export (the zip as downloaded, or its folder), a vCard or a CSV\n"
                + "  e  load the invented example export, to try Playbook\n\n"
                + "From the command line: playbook import linkedin PATH, or playbook demo.";
            return;
        }

        var names = _names = today.Names ?? new Presentation.ContactNames(session.Store);
        _readUpTo.Clear();
        _readUpTo[Invitations] = today.Invitations.Count > 0 ? today.Invitations[^1].Id : 0;
        _readUpTo[FollowUps] = today.FollowUps.Count > 0 ? today.FollowUps[^1].Id : 0;
        var rows = new List<TodayRow>();
        // The drafts past the first page are listed as rows to read, read when the table first draws them.
        rows.AddRange(today.Invitations.Select(d => Invitation(d, names)));
        rows.AddRange(Enumerable.Repeat(TodayRow.Unread(Invitations), Listed(today.InvitationCount) - today.Invitations.Count));
        rows.AddRange(today.FollowUps.Select(d => TodayRow.ForDraft(FollowUps, d, names.Of(d.ContactId))));
        rows.AddRange(Enumerable.Repeat(TodayRow.Unread(FollowUps), Listed(today.FollowUpCount) - today.FollowUps.Count));
        rows.AddRange(today.Tasks.Select(t => TodayRow.ForTask(t, names.Of(t.ContactId), today.At)));
        rows.AddRange(today.Replies.Select(e => TodayRow.ForReply("reply", e, names.Of(e.ContactId), today.TasksAskedBy.GetValueOrDefault(e.Id))));
        rows.AddRange(today.Asked.Select(e => TodayRow.ForReply(e.Classification == "auto" ? "away" : "asked", e, names.Of(e.ContactId), today.TasksAskedBy.GetValueOrDefault(e.Id))));
        _at = today.At;
        _rows = rows;
        _summary.Text = Summary(today);
        _table.Table = Source();
        if (rows.Count == 0)
        {
            _detail.Text = "Nothing waits for you today: no new invitation, no follow-up or task due, no reply to answer.";
        }
        else
        {
            ShowDetail();
        }
    }

    public override long? FocusedContact => Selected is { ContactId: > 0 } row ? row.ContactId : null;

    /// <summary>The row under the cursor.</summary>
    public TodayRow? Selected => _table.Value is { } selection && selection.SelectedCell.Y >= 0 && selection.SelectedCell.Y < _rows.Count ? Row(selection.SelectedCell.Y) : null;

    /// <summary>What waits, in numbers; when a list is cut, where the rest is.</summary>
    private static string Summary(Tui.Desk.Today today)
    {
        var cut = today.InvitationCount > today.Invitations.Count || today.FollowUpCount > today.FollowUps.Count;
        return string.Create(CultureInfo.InvariantCulture,
            $"{today.InvitationCount:N0} new invitation(s) with a drafted reply · {today.FollowUpCount:N0} follow-up(s) · {today.Tasks.Count:N0} task(s) due · {today.Replies.Count:N0} repl(ies) to answer")
            + (cut ? string.Create(CultureInfo.InvariantCulture, $"  (the first {Tui.Desk.Today.MaxEach} of each here; F3 lists every draft)") : "");
    }

    private TodaySource Source() => new(Row, () => _rows.Count);

    /// <summary>How many drafts of a side the table lists, of <paramref name="count"/> waiting.</summary>
    private static int Listed(int count) => Math.Min(count, Tui.Desk.Today.MaxEach);

    private static TodayRow Invitation(Draft draft, Presentation.ContactNames names) =>
        TodayRow.ForDraft(Invitations, draft, names.Of(draft.ContactId)) with { ProfileToRead = !names.HasProfile(draft.ContactId) };

    /// <summary>
    /// The row at <paramref name="index"/>; a draft not read yet is read here, with the page of its side it starts
    /// (those decided since the list was read are shown as such: F5 reads the list again).
    /// </summary>
    private TodayRow Row(int index)
    {
        if (index < 0 || index >= _rows.Count || !_rows[index].IsUnread)
        {
            return index >= 0 && index < _rows.Count ? _rows[index] : TodayRow.Unread("");
        }

        var kind = _rows[index].Kind;
        var first = _rows.FindIndex(r => r.IsUnread && r.Kind == kind);
        var limit = Math.Max(index - first + 1, Tui.Desk.Today.FirstPage);
        IReadOnlyList<Draft> drafts;
        Presentation.ContactNames names;
        try
        {
            drafts = Desk.Session.Store.Drafts.PendingOf(kind == Invitations, _readUpTo.GetValueOrDefault(kind), limit, withAnalysis: false);
            names = (_names ??= new Presentation.ContactNames(Desk.Session.Store)).Read(drafts.Select(d => d.ContactId));
        }
        catch (Exception e) when (e is Engine.Store.StoreException or Microsoft.Data.Sqlite.SqliteException)
        {
            // Asked for while the table draws: said in the row, and read again the next time it is drawn.
            return new TodayRow(kind, "", 0, $"(could not be read: {Desk.Session.Describe(e)})", "");
        }

        var at = first;
        foreach (var draft in drafts.Take(_rows.Skip(first).TakeWhile(r => r.IsUnread && r.Kind == kind).Count()))
        {
            _rows[at++] = kind == Invitations ? Invitation(draft, names) : TodayRow.ForDraft(kind, draft, names.Of(draft.ContactId));
            _readUpTo[kind] = draft.Id;
        }

        // Fewer than asked for: nothing is pending past them, the rest were reviewed since the list was read.
        for (; drafts.Count < limit && at < _rows.Count && _rows[at].IsUnread && _rows[at].Kind == kind; at++)
        {
            _rows[at] = new TodayRow(kind, "", 0, "(reviewed since; F5 reads the list again)", "");
        }

        return _rows[index];
    }

    /// <summary>The selected row in full: a draft's analysis is read when the draft is first shown, not when it is listed.</summary>
    private void ShowDetail()
    {
        if (_table.Value is not { } selection || Selected is not { } row)
        {
            _detail.Text = "";
            return;
        }

        if (row is { Draft: { } draft, WhyRead: false } && !_whyLater)
        {
            Desk.Try(() =>
            {
                var analysis = Desk.Session.Store.Drafts.AnalysisOf(draft.Id);
                row = TodayRow.ForDraft(row.Kind, draft with { Analysis = analysis }, row.Contact) with { ProfileToRead = row.ProfileToRead, WhyRead = true };
                _rows[selection.SelectedCell.Y] = row;
            });
        }

        _detail.Text = row.Detail;
    }

    /// <summary>
    /// Reads what the first frame went without: the analysis of the draft shown (its <c>why:</c> lines), read and
    /// shown once the frame is up, and from then on as each draft is shown.
    /// </summary>
    public void ShowWhy()
    {
        _whyLater = false;
        if (Selected is { Draft: not null, WhyRead: false })
        {
            ShowDetail();
        }
    }

    /// <summary>Puts the cursor on <paramref name="row"/>, one of <see cref="Rows"/>.</summary>
    public void Select(TodayRow row)
    {
        var index = _rows.IndexOf(row);
        if (index >= 0)
        {
            // Moved as the arrow keys move it, so the table scrolls the row into view as they do.
            _table.MoveCursorToStartOfTable(false, null!);
            _table.MoveCursorByOffset(0, index, false, null!);
            ShowDetail();
        }
    }

    /// <summary>
    /// On a reply, goes to the task it asked for (else to its contact's open tasks): the row of one due today, or a row
    /// put under the reply for one due later; <c>x</c> there marks it done.
    /// </summary>
    private void ShowTask()
    {
        switch (Selected)
        {
            case { Task: not null }:
                Desk.Say("This is the task: x marks it done.");
                return;
            case { Reply: { } reply } row:
                Desk.Try(() =>
                {
                    var tasks = row.AskedTasks.Count > 0 ? row.AskedTasks : Desk.Session.Store.Tasks.List(contactId: row.ContactId);
                    if (tasks.Count == 0)
                    {
                        Desk.Say($"No open task for {row.Contact}.");
                        return;
                    }

                    var at = _rows.IndexOf(row) + 1;
                    var shown = tasks.Select(t => _rows.Find(r => r.Task?.Id == t.Id) ?? Insert(ref at, TodayRow.ForTask(t, row.Contact, _at))).ToList();
                    _table.Table = Source();
                    Select(shown[0]);
                    Desk.Say((row.AskedTasks.Count > 0 ? "The task it asked for: " : "No task came from this reply; their open tasks: ")
                        + string.Join("; ", tasks.Select(t => t.Text)) + " (x marks it done)");
                });
                return;
            default:
                Desk.Say("Select a reply to go to the task it asked for.");
                return;
        }
    }

    private TodayRow Insert(ref int at, TodayRow row)
    {
        _rows.Insert(at++, row);
        return row;
    }

    /// <summary>
    /// On a referral (the reply or its task), opens the person it referred to when they are a contact, else offers to
    /// add them, prefilled from the reply, and links the task to them.
    /// </summary>
    private void OpenReferred()
    {
        if (Selected is not { } row)
        {
            return;
        }

        Desk.Try(() =>
        {
            var (referral, task) = row switch
            {
                { Reply: { Referral: { } said } reply } => (said, ReferralTask(reply, row.AskedTasks)),
                { Task: { EventId: { } eventId } asked } => (Desk.Session.Store.Events.Get(eventId).Referral, asked),
                _ => (null, row.Task),
            };
            if (task?.LinkedContactId is { } linked)
            {
                Desk.Contact.Open(linked);
                Desk.Show(Desk.Contact);
                return;
            }

            if (referral is null)
            {
                Desk.Say("Select a reply that referred you to someone, or the task it asked for.");
                return;
            }

            var (name, email) = Presentation.ReplyAsked.Person(referral);
            var prompt = name is null && email is null
                ? $"{row.Contact} did not say who: the person to add"
                : $"{name ?? email} is not in your contacts yet (referred by {row.Contact})";
            if (Ask.Person(Desk.App, "Add the person referred", prompt, name ?? "", email ?? "") is not { } person)
            {
                return;
            }

            if (person.Name.Length == 0 && person.Email.Length == 0)
            {
                Desk.Say("Nobody added: give a name or an email.");
                return;
            }

            var (contact, created) = Desk.Session.AddReferred(person.Name, person.Email, task?.Id);
            Desk.Say((created ? $"Added {contact.FullName} (#{contact.Id}) to your contacts" : $"{contact.FullName} (#{contact.Id}) was already a contact")
                + (task is null ? "." : "; the task links to them (r opens them)."));
            Reload();
        });
    }

    /// <summary>Of the open tasks a reply asked for, the one about the person it referred to.</summary>
    private static Reminder? ReferralTask(Engine.Events.ContactEvent reply, IReadOnlyList<Reminder> tasks) =>
        tasks.FirstOrDefault(t => t.LinkedContactId is not null)
        ?? tasks.FirstOrDefault(t => reply.FollowUpOn is not { } day || DateOnly.FromDateTime(t.DueAt.UtcDateTime) != day);

    private void Open()
    {
        switch (Selected)
        {
            case { Draft: { } draft }:
                Desk.Drafts.Focus(draft.Id);
                Desk.Show(Desk.Drafts);
                break;
            case { ContactId: 0 }:
                Desk.Say("This draft was reviewed since the list was read: F5 reads it again.");
                break;
            case { } row:
                Desk.Contact.Open(row.ContactId);
                Desk.Show(Desk.Contact);
                break;
        }
    }

    private void CompleteTask()
    {
        if (Selected?.Task is not { } task)
        {
            Desk.Say("Select a task to mark it done.");
            return;
        }

        Desk.Try(() =>
        {
            Desk.Session.Store.Tasks.Complete(task.Id);
            Desk.Say($"Task done: {task.Text}");
            Reload();
        });
    }

    /// <summary>Imports an export in the background, then shows what it brought.</summary>
    private void Import(string path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            return;
        }

        if (!File.Exists(path) && !Directory.Exists(path))
        {
            Desk.Say($"Nothing at {path}: give the zip LinkedIn sent you, or the folder it unpacks to.");
            return;
        }

        Desk.Say($"Importing {path} and running the playbooks…");
        Desk.Session.ImportAsync(path).ContinueWith(task => Desk.App.Invoke(() =>
        {
            Desk.Say(task.IsCompletedSuccessfully
                ? $"Imported {path}: " + string.Join(", ", task.Result.Files.Select(f => $"{f.File} {f.Added} added" + (f.Skips.Count > 0 ? $", {f.Skips.Count} skipped" : "") + (f.Error is { } error ? $" (failed: {error})" : "")))
                : $"The import failed: {Desk.Session.Describe(task.Exception)}");
            Reload();
        }), TaskScheduler.Default);
    }
}
