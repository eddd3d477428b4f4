using System.Globalization;
using Playbook.Engine.Contacts;
using Playbook.Engine.Store;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace Playbook.Tui.Views;

/// <summary>
/// Every contact, filtered as you type: words match names, companies and headlines as prefixes, accent- and
/// case-insensitive; <c>#tag</c> and <c>@stage</c> narrow by tag and stage. Ctrl+O changes the sort column. Space
/// marks contacts in the list (a mark outlives a change of filter): the Playbooks screen previews over them.
/// </summary>
internal sealed class ContactsScreen : Screen
{
    private readonly TextField _filter = new() { X = 8, Y = 0, Width = Dim.Fill() };
    private readonly Label _summary = new() { X = 0, Y = 1, Width = Dim.Fill() };
    private readonly TableView _table = new() { X = 0, Y = 2, Width = Dim.Fill(), Height = Dim.Fill(), FullRowSelect = true, CollectionNavigator = null };
    private readonly HashSet<long> _marked = [];
    private LazyTableSource<Contact> _contacts = new([], _ => [], c => c.Id, [("NAME", c => c.FullName)]);
    private int _sort;
    private string? _shownFilter;

    public ContactsScreen(DeskWindow desk)
        : base(desk)
    {
        _filter.TextChanged += (_, _) =>
        {
            // The field says its text changed more than once per keystroke: read the store once per new filter.
            if (_filter.Text != _shownFilter)
            {
                Reload();
            }
        };
        _table.Accepting += (_, e) =>
        {
            Open();
            e.Handled = true;
        };
        // Space marks (the list's own Space would start a selection of cells); it types a space in the filter.
        _table.KeyDown += (_, key) =>
        {
            if (key == Key.Space)
            {
                ToggleMark();
                key.Handled = true;
            }
        };
        Add(new Label { X = 0, Y = 0, Text = "Filter:" }, _filter, _summary, _table);
        Keys =
        [
            new KeyHint(Key.Enter, "Open", Open),
            new KeyHint(Key.O.WithCtrl, "Sort", NextSort),
            new KeyHint(Key.Space, "Mark", ToggleMark),
            new KeyHint(Key.U.WithCtrl, "Clear the marks", ClearMarks, InStatusBar: false),
            new KeyHint(Key.CursorDown, "to the list", () => _table.SetFocus(), InStatusBar: false),
            new KeyHint(Key.F.WithCtrl, "Filter", () => _filter.SetFocus()),
        ];
    }

    public override string Name => "Contacts";

    public override IReadOnlyList<KeyHint> Keys { get; }

    /// <summary>How many contacts the filter lets through.</summary>
    public int Count => _contacts.Rows;

    /// <summary>How many pages of contacts were read from the store (a page is 100 contacts).</summary>
    public int PagesRead => _contacts.PagesRead;

    /// <summary>The first <paramref name="count"/> contacts listed, in order.</summary>
    public IReadOnlyList<Contact> First(int count) =>
        [.. Enumerable.Range(0, Math.Min(count, _contacts.Rows)).Select(_contacts.Row).OfType<Contact>()];

    /// <summary>The contacts marked with Space, whatever the filter now lists.</summary>
    public IReadOnlyCollection<long> Marked => _marked;

    /// <summary>
    /// The contacts chosen here, for a preview: those marked, else those the filter lists, with how to say so; null
    /// with neither a mark nor a filter.
    /// </summary>
    public (IReadOnlySet<long> Ids, string Description)? Chosen =>
        _marked.Count > 0 ? (_marked.ToHashSet(), string.Create(CultureInfo.InvariantCulture, $"the {_marked.Count} contact(s) marked on the Contacts screen"))
        : _filter.Text.Trim() is { Length: > 0 } filter ? (_contacts.Ids.ToHashSet(), string.Create(CultureInfo.InvariantCulture, $"the {_contacts.Ids.Count} contact(s) of the Contacts filter '{filter}'"))
        : null;

    public override void Reload()
    {
        _shownFilter = _filter.Text;
        var (words, tag, stage) = Parse(_filter.Text);
        Desk.Try(() =>
        {
            var store = Desk.Session.Store;
            var order = ContactOrder.All[_sort];
            _contacts = new LazyTableSource<Contact>(store.Contacts.SearchIds(words, tag, stage, order), store.Contacts.ByIds, c => c.Id,
            [
                ("✓", c => _marked.Contains(c.Id) ? "✓" : " "),
                (Header(0), c => c.FullName),
                (Header(1), c => c.Company ?? ""),
                (Header(2), c => c.Stage),
                (Header(3), c => string.Join(", ", c.Tags)),
            ]);
            _table.Table = _contacts;
            ShowSummary();
        });
    }

    /// <summary>The words, the tag (<c>#tag</c>) and the stage (<c>@stage</c>) of a filter.</summary>
    internal static (string? Words, string? Tag, string? Stage) Parse(string filter)
    {
        var words = new List<string>();
        string? tag = null, stage = null;
        foreach (var token in filter.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (token.Length > 1 && token[0] == '#')
            {
                tag = token[1..];
            }
            else if (token.Length > 1 && token[0] == '@' && Stages.All.FirstOrDefault(s => s.StartsWith(token[1..], StringComparison.OrdinalIgnoreCase)) is { } known)
            {
                stage = known;
            }
            else
            {
                words.Add(token);
            }
        }

        return (words.Count == 0 ? null : string.Join(' ', words), tag, stage);
    }

    private string Header(int column) => ContactOrder.All[column].ToUpperInvariant() + (column == _sort ? " ▲" : "");

    private void ShowSummary() =>
        _summary.Text = string.Create(CultureInfo.InvariantCulture, $"{_contacts.Rows:N0} contact{(_contacts.Rows == 1 ? "" : "s")}, by {ContactOrder.All[_sort]}")
            + (_marked.Count > 0
                ? string.Create(CultureInfo.InvariantCulture, $", {_marked.Count:N0} marked  (the Playbooks screen previews over them; Ctrl+U clears)")
                : "  (#tag, @stage narrow; Ctrl+O sorts; Space marks)");

    /// <summary>Marks the contact under the cursor, or unmarks it, and moves to the next.</summary>
    private void ToggleMark()
    {
        if (_table.Value is not { } selection || _contacts.Row(selection.SelectedCell.Y) is not { } contact)
        {
            return;
        }

        if (!_marked.Remove(contact.Id))
        {
            _marked.Add(contact.Id);
        }

        _table.SetNeedsDraw();
        _table.InvokeCommand(Command.Down);
        ShowSummary();
    }

    private void ClearMarks()
    {
        _marked.Clear();
        _table.SetNeedsDraw();
        ShowSummary();
    }

    private void NextSort()
    {
        _sort = (_sort + 1) % ContactOrder.All.Count;
        Reload();
    }

    public override long? FocusedContact => _table.Value is { } selection && _contacts.Row(selection.SelectedCell.Y) is { } contact ? contact.Id : null;

    private void Open()
    {
        if (_table.Value is { } selection && _contacts.Row(selection.SelectedCell.Y) is { } contact)
        {
            Desk.Contact.Open(contact.Id);
            Desk.Show(Desk.Contact);
        }
    }
}
