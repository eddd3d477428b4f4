using System.Globalization;
using Playbook.Engine.Contacts;
using Playbook.Engine.Events;
using Playbook.Tui.Presentation;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;

namespace Playbook.Tui.Views;

/// <summary>
/// One contact: profile, stage and tags (editable), the analysis with its evidence, the timeline, runs with their
/// journal, drafts and tasks; and the things one logs by hand: a reply, a meeting, a collaboration, a note.
/// </summary>
internal sealed class ContactScreen : Screen
{
#pragma warning disable CS0618 // TextView is superseded by an editor package in 2.5 but is the multi-line view it ships.
    private readonly Terminal.Gui.Views.TextView _text = new() { X = 0, Y = 0, Width = Dim.Fill(), Height = Dim.Fill(), ReadOnly = true, WordWrap = true };
#pragma warning restore CS0618
    private long? _contactId;
    private bool _why;

    public ContactScreen(DeskWindow desk)
        : base(desk)
    {
        Add(_text);
        Keys =
        [
            new KeyHint(Key.R, "Reply", () => Log(EventKinds.MessageReceived, "Log their reply", "What they wrote:")),
            new KeyHint(Key.M, "Meeting", () => Log(EventKinds.Meeting, "Log a meeting", "Where, what about (optional):")),
            new KeyHint(Key.O, "Collab", () => Log(EventKinds.Collaboration, "Log a collaboration", "What you do together (optional):")),
            new KeyHint(Key.N, "Note", () => Log(EventKinds.Note, "Add a note", "Note:")),
            new KeyHint(Key.W, "Why", ToggleWhy),
            new KeyHint(Key.S, "Stage", SetStage),
            new KeyHint(Key.G, "Tags", SetTags),
            new KeyHint(Key.F6, "Profile", () => Desk.OpenProfile(FocusedContact)),
            new KeyHint(Key.P, "Read profile", () => Desk.ReadProfile(FocusedContact)),
        ];
    }

    public override string Name => "Contact";

    public override IReadOnlyList<KeyHint> Keys { get; }

    /// <summary>The text shown (profile, analysis, timeline, runs).</summary>
    public string Shown => _text.Text;

    /// <summary>Whether the screen shows why each playbook did or did not act (W), rather than the contact's file.</summary>
    public bool ShowsWhy => _why;

    /// <summary>Shows <paramref name="contactId"/> the next time the screen loads, starting with their file.</summary>
    public void Open(long contactId)
    {
        _contactId = contactId;
        _why = false;
    }

    public override long? FocusedContact => _contactId;

    public override void Reload()
    {
        if (_contactId is not { } id)
        {
            _text.Text = "No contact chosen: pick one on the Contacts screen (F4).";
            return;
        }

        if (_why)
        {
            Desk.Try(() => _text.Text = WhyText.Of(Desk.Session.Why(id)) + "\nW goes back to the contact's file.");
            return;
        }

        Desk.Try(() =>
        {
            var file = Desk.Session.File(id);
            using var writer = new StringWriter(CultureInfo.InvariantCulture);
            ContactPrinter.Write(writer, file.Contact, file.Events, file.Analysis, file.Identities);
            if (file.Runs.Count > 0)
            {
                writer.WriteLine();
                writer.WriteLine("Runs:");
                foreach (var run in file.Runs)
                {
                    writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  #{run.Id} {run.Playbook}: {RuntimeText.Standing(run)}"));
                    foreach (var entry in Desk.Session.Journal(run.Id))
                    {
                        writer.WriteLine($"      {RuntimeText.Instant(entry.At)}  {entry.Step ?? "-"} {entry.Action}: {entry.Message}");
                    }
                }
            }

            foreach (var draft in file.Drafts.Where(d => d.Status == Engine.Runs.DraftStatuses.Pending))
            {
                writer.WriteLine();
                writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Draft #{draft.Id} waiting for review ({draft.Playbook} · {draft.Step}): F3 to review it"));
            }

            foreach (var task in file.Tasks.Where(t => !t.Done))
            {
                writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Task #{task.Id} due {RuntimeText.Instant(task.DueAt)}: {task.Text}"));
            }

            _text.Text = writer.ToString();
        });
    }

    /// <summary>Switches between the contact's file and why each playbook did or did not act for them.</summary>
    private void ToggleWhy()
    {
        if (_contactId is null)
        {
            return;
        }

        _why = !_why;
        Reload();
    }

    private void Log(string kind, string title, string prompt)
    {
        if (_contactId is not { } id || Ask.Line(Desk.App, title, prompt) is not { } body)
        {
            return;
        }

        if (kind == EventKinds.MessageReceived && string.IsNullOrWhiteSpace(body))
        {
            Desk.Say("A reply needs its text: nothing logged.");
            return;
        }

        Desk.Try(() =>
        {
            var logged = Desk.Session.Log(id, kind, body);
            Desk.Say(logged.Classification is { } label ? $"Reply logged: {label} ({logged.ClassificationReason})." : $"{kind} logged.");
            Reload();
        });
    }

    private void SetStage()
    {
        if (_contactId is not { } id || Ask.Line(Desk.App, "Stage", $"One of {string.Join(", ", Stages.All)}:", Desk.Session.Contact(id)?.Stage ?? "") is not { } stage)
        {
            return;
        }

        Desk.Try(() =>
        {
            var contact = Desk.Session.SetStage(id, stage.Trim());
            Desk.Say($"{contact.FullName} is now at stage {contact.Stage}.");
            Reload();
        });
    }

    private void SetTags()
    {
        if (_contactId is not { } id || Ask.Line(Desk.App, "Tags", "Tags, separated by commas:", string.Join(", ", Desk.Session.Contact(id)?.Tags ?? [])) is not { } text)
        {
            return;
        }

        Desk.Try(() =>
        {
            var tags = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var contact = Desk.Session.SetTags(id, tags);
            Desk.Say($"{contact.FullName}: tags {(contact.Tags.Count == 0 ? "(none)" : string.Join(", ", contact.Tags))}.");
            Reload();
        });
    }
}
