using System.Globalization;
using Playbook.Engine.Runs;
using Terminal.Gui.Drawing;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;
using Attribute = Terminal.Gui.Drawing.Attribute;

namespace Playbook.Tui.Views;

/// <summary>
/// The review queue: the pending drafts above, the selected one in an editor below with a live count against its
/// channel's limit, and beside it why it says what it says (the analysis and its evidence). Copy it, open the contact's profile, mark it sent or discard it, and go to the next or previous
/// one, all without leaving the editor. Edits are kept as typed (saved when the draft is left).
/// </summary>
internal sealed class DraftsScreen : Screen
{
    private readonly TableView _table = new() { X = 0, Y = 0, Width = Dim.Fill(), Height = Dim.Percent(35), FullRowSelect = true, CollectionNavigator = null };
    private readonly Label _header = new() { X = 0, Y = Pos.Percent(35), Width = Dim.Fill() };
    private readonly Label _count = new() { X = 0, Y = Pos.Percent(35) + 1, Width = Dim.Fill() };
#pragma warning disable CS0618 // TextView is superseded by an editor package in 2.5 but is the multi-line editor it ships.
    private readonly TextView _editor = new() { X = 0, Y = Pos.Percent(35) + 2, Width = Dim.Percent(60), Height = Dim.Fill(), WordWrap = true };

    /// <summary>Beside the editor: why the draft says what it says.</summary>
    private readonly TextView _why = new() { X = Pos.Percent(60) + 1, Y = Pos.Percent(35) + 2, Width = Dim.Fill(), Height = Dim.Fill(), WordWrap = true, ReadOnly = true, CanFocus = false };
#pragma warning restore CS0618
    private LazyTableSource<Draft> _drafts = Empty();
    private Presentation.ContactNames _names;
    private Draft? _current;
    private int _index = -1;
    private long? _focus;
    private bool _loading;

    public DraftsScreen(DeskWindow desk)
        : base(desk)
    {
        _names = new Presentation.ContactNames(desk.Session.Store);
        _table.ValueChanged += (_, e) =>
        {
            if (!_loading && e.NewValue is { SelectedCell.Y: >= 0 } selection)
            {
                Select(selection.SelectedCell.Y);
            }
        };
        _table.Accepting += (_, e) =>
        {
            _editor.SetFocus();
            e.Handled = true;
        };
        _editor.ContentsChanged += (_, _) => ShowCount();
        Add(_table, _header, _count, _editor, _why);
        Keys =
        [
            new KeyHint(Key.F7, "Sent", MarkSent),
            new KeyHint(Key.F8, "Discard", Discard),
            new KeyHint(Key.F5, "Copy", Copy),
            new KeyHint(Key.F6, "Profile", () => Desk.OpenProfile(FocusedContact)),
            new KeyHint(Key.PageDown.WithCtrl, "Next", () => Move(+1)),
            new KeyHint(Key.PageUp.WithCtrl, "Previous", () => Move(-1)),
            new KeyHint(Key.Tab, "list ⇄ editor", InStatusBar: false),
        ];
    }

    public override string Name => "Drafts";

    public override IReadOnlyList<KeyHint> Keys { get; }

    public override long? FocusedContact => Current?.ContactId;

    /// <summary>The draft in the editor.</summary>
    public Draft? Current => _current;

    /// <summary>How many drafts wait for review.</summary>
    public int Count => _drafts.Rows;

    /// <summary>How many pages of the queue were read from the store (a page is 100 drafts).</summary>
    public int PagesRead => _drafts.PagesRead;

    /// <summary>The editor's text (what will be saved and sent).</summary>
    public string EditorText => _editor.Text;

    /// <summary>What the pane beside the editor says: why the draft says what it says.</summary>
    public string WhyText => _why.Text;

    /// <summary>The count line: length against the channel's limit.</summary>
    public string CountText => _count.Text;

    /// <summary>Shows <paramref name="draftId"/> in the editor the next time the screen loads.</summary>
    public void Focus(long draftId) => _focus = draftId;

    public override void Reload()
    {
        Save();
        var keep = _focus ?? Current?.Id;
        _focus = null;
        var names = _names = new Presentation.ContactNames(Desk.Session.Store);
        _drafts = new LazyTableSource<Draft>(Desk.Session.Store.Drafts.Ids(), Desk.Session.Store.Drafts.ByIds, d => d.Id,
        [
            ("ID", d => d.Id),
            ("CONTACT", d => names.Of(d.ContactId)),
            ("PLAYBOOK", d => $"{d.Playbook} · {d.Step}"),
            ("SIZE", d => d.Limit is { } limit ? $"{d.Length}/{limit}" : d.Length.ToString(CultureInfo.InvariantCulture)),
        ]);
        _loading = true;
        _table.Table = _drafts;
        _loading = false;
        var at = keep is { } id ? Math.Max(0, _drafts.IndexOf(id)) : 0;
        _index = -1;
        _current = null;
        Select(_drafts.Rows == 0 ? -1 : Math.Min(at, _drafts.Rows - 1));
        if (_drafts.Rows > 0)
        {
            _editor.SetFocus();
        }
    }

    private void Select(int index)
    {
        if (index == _index && Current is not null && _editor.Text == Current.Body)
        {
            return;
        }

        Save();
        _index = index;
        _current = _drafts.Row(index);
        if (Current is not { } draft)
        {
            _header.Text = "No draft waits for review. Run the playbooks ('playbook run') or wait for the next tick.";
            _editor.Text = "";
            _count.Text = "";
            _why.Text = "";
            return;
        }

        _loading = true;
        _table.SetSelection(0, index, false, null!);
        _loading = false;
        _header.Text = $"#{draft.Id} to {_names.Of(draft.ContactId)} · {draft.Playbook} · {draft.Step} · {draft.Channel}"
            + (draft.Variant is { } variant ? $" · variant {variant}" : "");
        _editor.Text = draft.Body;
        _why.Text = string.Join("\n", Presentation.DraftWhy.Lines(draft));
        ShowCount();
    }

    private static LazyTableSource<Draft> Empty() => new([], _ => [], d => d.Id, [("ID", d => d.Id)]);

    private void ShowCount()
    {
        if (Current is not { } draft)
        {
            return;
        }

        var length = _editor.Text.Length;
        var over = draft.Limit is { } limit && length > limit;
        _count.Text = draft.Limit is { } max
            ? string.Create(CultureInfo.InvariantCulture, $"{length} of {max} characters") + (over ? string.Create(CultureInfo.InvariantCulture, $": TOO LONG, cut {length - max}") : "")
            : string.Create(CultureInfo.InvariantCulture, $"{length} characters");
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR")))
        {
            _count.SetScheme(over ? new Scheme(new Attribute(Color.BrightRed, Color.None)) : null);
        }
    }

    /// <summary>Keeps the editor's text on the draft when it was changed.</summary>
    private void Save()
    {
        if (Current is { } draft && _editor.Text != draft.Body && draft.Status == DraftStatuses.Pending)
        {
            Desk.Try(() =>
            {
                _current = Desk.Session.Edit(draft.Id, _editor.Text);
            });
        }
    }

    private void Move(int by)
    {
        if (_drafts.Rows > 0)
        {
            Select(Math.Clamp(_index + by, 0, _drafts.Rows - 1));
        }
    }

    private void MarkSent()
    {
        if (Current is not { } draft)
        {
            return;
        }

        Desk.Try(() =>
        {
            Save();
            var sent = Desk.Session.MarkSent(draft.Id);
            Desk.Say($"Draft #{sent.Id} to {_names.Of(sent.ContactId)} marked sent.");
            AfterDecision();
        });
    }

    private void Discard()
    {
        if (Current is not { } draft)
        {
            return;
        }

        if (MessageBox.Query(Desk.App, "Discard", $"Discard draft #{draft.Id} to {_names.Of(draft.ContactId)}? Its run stops.", "_Keep", "_Discard") != 1)
        {
            return;
        }

        Desk.Try(() =>
        {
            Desk.Session.Discard(draft.Id);
            Desk.Say($"Draft #{draft.Id} discarded.");
            AfterDecision();
        });
    }

    /// <summary>After a draft left the queue: the one that took its place, in the editor.</summary>
    private void AfterDecision()
    {
        var at = _index;
        _current = null;
        Reload();
        Select(_drafts.Rows == 0 ? -1 : Math.Min(at, _drafts.Rows - 1));
    }

    private void Copy()
    {
        if (Current is null)
        {
            return;
        }

        Desk.Say(Desk.App.Clipboard?.TrySetClipboardData(_editor.Text) == true
            ? "Copied: paste it into LinkedIn, send it, then F7 to mark it sent."
            : "No clipboard here: select the text with the mouse to copy it.");
    }
}
