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
#pragma warning disable CS0618 // TextView is superseded by an editor package in 2.5 but is the multi-line view it ships.
    private readonly TextView _detail = new() { X = 0, Y = Pos.Percent(50), Width = Dim.Fill(), Height = Dim.Fill(), ReadOnly = true, WordWrap = true, CanFocus = false };
#pragma warning restore CS0618
    private List<TodayRow> _rows = [];

    public TodayScreen(DeskWindow desk)
        : base(desk)
    {
        _table.ValueChanged += (_, _) => ShowDetail();
        _table.Accepting += (_, e) =>
        {
            Open();
            e.Handled = true;
        };
        Add(_summary, _table, _detail);
        Keys =
        [
            new KeyHint(Key.Enter, "Open", Open),
            new KeyHint(Key.X, "Task done", CompleteTask),
            new KeyHint(Key.F6, "Profile", () => Desk.OpenProfile(FocusedContact)),
            new KeyHint(Key.P, "Read profile", () => Desk.ReadProfile(FocusedContact)),
            new KeyHint(Key.F5, "Reload", Reload),
            new KeyHint(Key.I, "Import", () => Desk.Show(Desk.Import), InStatusBar: false),
            new KeyHint(Key.E, "Example", () => Import(Examples.FindFolder() is { } examples ? Path.Combine(examples, Examples.ExportFileName) : ""), InStatusBar: false),
        ];
    }

    public override string Name => "Today";

    public override IReadOnlyList<KeyHint> Keys { get; }

    /// <summary>The rows shown, in order.</summary>
    public IReadOnlyList<TodayRow> Rows => _rows;

    public override void Reload()
    {
        var session = Desk.Session;
        var today = session.Today();
        if (today.StoreIsEmpty)
        {
            _rows = [];
            _summary.Text = "";
            _table.Table = Source([]);
            _detail.Text = "The store is empty.\n\n"
                + "  i  import your LinkedIn data export (the zip as downloaded, or its folder), a vCard or a CSV\n"
                + "  e  load the invented example export, to try Playbook\n\n"
                + "From the command line: playbook import linkedin PATH, or playbook demo.";
            return;
        }

        var names = today.Names ?? new Presentation.ContactNames(session.Store);
        var rows = new List<TodayRow>();
        rows.AddRange(today.Invitations.Select(d => TodayRow.ForDraft("invitation", d, names.Of(d.ContactId)) with { ProfileToRead = !names.HasProfile(d.ContactId) }));
        rows.AddRange(today.FollowUps.Select(d => TodayRow.ForDraft("follow-up", d, names.Of(d.ContactId))));
        rows.AddRange(today.Tasks.Select(t => new TodayRow(t.DueAt < today.At ? "overdue" : "task", names.Of(t.ContactId), t.ContactId, t.Text, t.Text) { Task = t }));
        rows.AddRange(today.Replies.Select(e => new TodayRow("reply", names.Of(e.ContactId), e.ContactId,
            $"{e.Classification ?? "reply"}: {OneLine(e.Body)}", $"{e.At.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} ({e.Classification})\n\n{e.Body}")));
        _rows = rows;
        _summary.Text = Summary(today);
        _table.Table = Source(rows);
        if (rows.Count == 0)
        {
            _detail.Text = "Nothing waits for you today: no new invitation, no follow-up or task due, no reply to answer.";
        }
        else
        {
            ShowDetail();
        }
    }

    public override long? FocusedContact => Selected?.ContactId;

    /// <summary>The row under the cursor.</summary>
    public TodayRow? Selected => _table.Value is { } selection && selection.SelectedCell.Y >= 0 && selection.SelectedCell.Y < _rows.Count ? _rows[selection.SelectedCell.Y] : null;

    /// <summary>What waits, in numbers; when a list is cut, where the rest is.</summary>
    private static string Summary(Tui.Desk.Today today)
    {
        var cut = today.InvitationCount > today.Invitations.Count || today.FollowUpCount > today.FollowUps.Count;
        return string.Create(CultureInfo.InvariantCulture,
            $"{today.InvitationCount:N0} new invitation(s) with a drafted reply · {today.FollowUpCount:N0} follow-up(s) · {today.Tasks.Count:N0} task(s) due · {today.Replies.Count:N0} repl(ies) to answer")
            + (cut ? string.Create(CultureInfo.InvariantCulture, $"  (the first {Tui.Desk.Today.MaxEach} of each here; F3 lists every draft)") : "");
    }

    private static EnumerableTableSource<TodayRow> Source(IReadOnlyList<TodayRow> rows) => new(rows, new Dictionary<string, Func<TodayRow, object>>
    {
        ["WHAT"] = r => r.Kind,
        ["PROFILE"] = r => r.ProfileToRead ? "to read" : "",
        ["CONTACT"] = r => r.Contact,
        ["SUMMARY"] = r => r.Summary,
    });

    private void ShowDetail() => _detail.Text = Selected?.Detail ?? "";

    private void Open()
    {
        switch (Selected)
        {
            case { Draft: { } draft }:
                Desk.Drafts.Focus(draft.Id);
                Desk.Show(Desk.Drafts);
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

    private static string OneLine(string? text) => (text ?? "").ReplaceLineEndings(" ");
}

/// <summary>One line of the Today screen.</summary>
internal sealed record TodayRow(string Kind, string Contact, long ContactId, string Summary, string Detail)
{
    public Draft? Draft { get; init; }

    /// <summary>A welcome whose contact has no profile read yet: worth a look (F6 opens it, P reads it in).</summary>
    public bool ProfileToRead { get; init; }

    public Reminder? Task { get; init; }

    public static TodayRow ForDraft(string kind, Draft draft, string contact)
    {
        var why = Presentation.DraftWhy.Lines(draft) is { Count: > 0 } lines ? "\n\n" + string.Join("\n", lines) : "";
        var size = draft.Limit is { } limit ? $" · {draft.Length}/{limit}" : "";
        return new TodayRow(kind, contact, draft.ContactId, draft.Body.ReplaceLineEndings(" "),
            $"{draft.Playbook} · {draft.Step} · {draft.Channel}{size}\n\n{draft.Body}{why}") { Draft = draft };
    }
}
