using System.Globalization;
using Playbook.Engine.Contacts;
using Playbook.Engine.Store;
using Playbook.Tui.Desk;
using Playbook.Tui.Presentation;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace Playbook.Tui.Views;

/// <summary>
/// Every contact, filtered as you type: words match names, companies and headlines as prefixes, accent- and
/// case-insensitive; <c>#tag</c> and <c>@stage</c> narrow by tag and stage. Ctrl+O changes the sort column. Space
/// marks contacts in the list (a mark outlives a change of filter): the Playbooks screen previews over them. F7
/// lists the merge candidates instead (pairs that may be one person, with why); F8 merges the pair under the cursor
/// after a confirmation that names both and which is kept.
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
    private IReadOnlyList<MergeChoice>? _pairs;

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
            new KeyHint(Key.F7, "Duplicates", ToggleDuplicates),
            new KeyHint(Key.F8, "Merge", MergePair),
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

    /// <summary>Whether the list shows merge candidates (F7) rather than contacts.</summary>
    public bool ShowsDuplicates => _pairs is not null;

    /// <summary>The merge candidates listed, when <see cref="ShowsDuplicates"/>.</summary>
    public IReadOnlyList<MergeChoice> Pairs => _pairs ?? [];

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
        if (_pairs is not null)
        {
            ReloadPairs();
            return;
        }

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

    /// <summary>The merge candidates, one pair a row: who is kept, who is folded in, and why they are listed.</summary>
    private void ReloadPairs()
    {
        _shownFilter = _filter.Text;
        Desk.Try(() =>
        {
            _pairs = Desk.Session.MergeCandidates();
            _table.Table = new EnumerableTableSource<MergeChoice>(_pairs, new Dictionary<string, Func<MergeChoice, object>>
            {
                ["KEEP"] = p => Described(p.Keep),
                ["MERGE"] = p => Described(p.Merge),
                ["WHY"] = p => p.Evidence,
            });
            _summary.Text = _pairs.Count == 0
                ? "No merge candidates.  (F7 lists every contact)"
                : string.Create(CultureInfo.InvariantCulture,
                    $"{_pairs.Count:N0} merge candidate{(_pairs.Count == 1 ? "" : "s")}: F8 merges the pair under the cursor (asks first); F7 lists every contact");
        });
    }

    private static string Described(Contact contact) =>
        string.Create(CultureInfo.InvariantCulture, $"{contact.FullName} (id {contact.Id}, {string.Join("+", contact.Sources)})");

    private void ToggleDuplicates()
    {
        _pairs = _pairs is null ? [] : null;
        Reload();
        _table.SetFocus();
    }

    private MergeChoice? CurrentPair =>
        _pairs is { } pairs && _table.Value is { } selection && selection.SelectedCell.Y >= 0 && selection.SelectedCell.Y < pairs.Count
            ? pairs[selection.SelectedCell.Y]
            : null;

    /// <summary>
    /// Merges the pair under the cursor after asking: the dialog names both contacts, their identities on other networks
    /// and which one is kept; it can keep the other one instead. Then the list and the contact screen show the result.
    /// </summary>
    private void MergePair()
    {
        if (_pairs is null)
        {
            Desk.Say("F7 lists the merge candidates; F8 merges one of them.");
            return;
        }

        if (CurrentPair is not { } pair)
        {
            Desk.Say("No merge candidate chosen.");
            return;
        }

        var answer = MessageBox.Query(Desk.App, "Merge two contacts", Question(pair), "_Cancel", "_Merge", "Keep the _other");
        var chosen = answer switch
        {
            1 => pair,
            2 => pair.Swapped,
            _ => null,
        };
        if (chosen is null)
        {
            return;
        }

        Desk.Try(() =>
        {
            var kept = Desk.Session.Merge(chosen.Keep.Id, chosen.Merge.Id);
            _marked.Remove(chosen.Merge.Id);
            Desk.Contact.Open(kept.Id);
            Desk.Say(string.Create(CultureInfo.InvariantCulture,
                $"Merged {chosen.Merge.FullName} (id {chosen.Merge.Id}) into {kept.FullName} (id {kept.Id}); sources {string.Join(", ", kept.Sources)}."));
            Reload();
        });
    }

    private string Question(MergeChoice pair)
    {
        var store = Desk.Session.Store;
        string Line(string label, Contact c)
        {
            var identities = store.Contacts.Identities(c.Id);
            return $"{label}: {Described(c)}" + (identities.Count > 0 ? $" · {string.Join(", ", identities.Select(ContactPrinter.Identity))}" : "");
        }

        return $"{Line("Keep", pair.Keep)}\n{Line("Merge into it", pair.Merge)}\nWhy: {pair.Evidence}\n\n"
            + $"{pair.Keep.FullName} (id {pair.Keep.Id}) is kept, with the events, identities and sources of both; id {pair.Merge.Id} is gone.";
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
        if (_pairs is not null)
        {
            return;
        }

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
        if (_pairs is not null)
        {
            return;
        }

        _sort = (_sort + 1) % ContactOrder.All.Count;
        Reload();
    }

    public override long? FocusedContact => _pairs is not null ? CurrentPair?.Keep.Id : _table.Value is { } selection && _contacts.Row(selection.SelectedCell.Y) is { } contact ? contact.Id : null;

    private void Open()
    {
        if (_pairs is not null)
        {
            if (CurrentPair is { } pair)
            {
                Desk.Contact.Open(pair.Keep.Id);
                Desk.Show(Desk.Contact);
            }

            return;
        }

        if (_table.Value is { } selection && _contacts.Row(selection.SelectedCell.Y) is { } contact)
        {
            Desk.Contact.Open(contact.Id);
            Desk.Show(Desk.Contact);
        }
    }
}
