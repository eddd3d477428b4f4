using Playbook.Engine.Contacts;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace Playbook.Tui.Views;

/// <summary>
/// Every contact, filtered as you type: words match names, companies and headlines as prefixes, accent- and
/// case-insensitive; <c>#tag</c> and <c>@stage</c> narrow by tag and stage. Ctrl+O changes the sort column.
/// </summary>
internal sealed class ContactsScreen : Screen
{
    /// <summary>At most this many rows are listed; the filter narrows the rest.</summary>
    public const int MaxRows = 1_000;

    private static readonly string[] SortColumns = ["NAME", "COMPANY", "STAGE", "TAGS"];
    private readonly TextField _filter = new() { X = 8, Y = 0, Width = Dim.Fill() };
    private readonly Label _summary = new() { X = 0, Y = 1, Width = Dim.Fill() };
    private readonly TableView _table = new() { X = 0, Y = 2, Width = Dim.Fill(), Height = Dim.Fill(), FullRowSelect = true, CollectionNavigator = null };
    private List<Contact> _contacts = [];
    private int _sort;

    public ContactsScreen(DeskWindow desk)
        : base(desk)
    {
        _filter.TextChanged += (_, _) => Reload();
        _table.Accepting += (_, e) =>
        {
            Open();
            e.Handled = true;
        };
        Add(new Label { X = 0, Y = 0, Text = "Filter:" }, _filter, _summary, _table);
        Keys =
        [
            new KeyHint(Key.Enter, "Open", Open),
            new KeyHint(Key.O.WithCtrl, "Sort", NextSort),
            new KeyHint(Key.CursorDown, "to the list", () => _table.SetFocus(), InStatusBar: false),
            new KeyHint(Key.F.WithCtrl, "Filter", () => _filter.SetFocus()),
        ];
    }

    public override string Name => "Contacts";

    public override IReadOnlyList<KeyHint> Keys { get; }

    /// <summary>The contacts listed, in order.</summary>
    public IReadOnlyList<Contact> Listed => _contacts;

    /// <summary>The filter's text.</summary>
    public string Filter
    {
        get => _filter.Text;
        set => _filter.Text = value;
    }

    public override void Reload()
    {
        var (words, tag, stage) = Parse(_filter.Text);
        Desk.Try(() =>
        {
            var found = Desk.Session.Contacts(words, tag, stage, MaxRows + 1);
            _contacts = Sorted(found.Take(MaxRows)).ToList();
            _summary.Text = found.Count > MaxRows
                ? $"the first {MaxRows} matches, sorted by {SortColumns[_sort].ToLowerInvariant()}: type to narrow"
                : $"{_contacts.Count} contact{(_contacts.Count == 1 ? "" : "s")}, sorted by {SortColumns[_sort].ToLowerInvariant()}  (#tag, @stage narrow; Ctrl+O sorts)";
            _table.Table = new EnumerableTableSource<Contact>(_contacts, new Dictionary<string, Func<Contact, object>>
            {
                [Header(0)] = c => c.FullName,
                [Header(1)] = c => c.Company ?? "",
                [Header(2)] = c => c.Stage,
                [Header(3)] = c => string.Join(", ", c.Tags),
            });
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

    private string Header(int column) => SortColumns[column] + (column == _sort ? " ▲" : "");

    private IEnumerable<Contact> Sorted(IEnumerable<Contact> contacts) => _sort switch
    {
        1 => contacts.OrderBy(c => c.Company ?? "\uffff", StringComparer.CurrentCultureIgnoreCase).ThenBy(c => c.FullName, StringComparer.CurrentCultureIgnoreCase),
        2 => contacts.OrderBy(c => Array.IndexOf(Stages.All.ToArray(), c.Stage)).ThenBy(c => c.FullName, StringComparer.CurrentCultureIgnoreCase),
        3 => contacts.OrderBy(c => c.Tags.Count == 0 ? "\uffff" : string.Join(",", c.Tags), StringComparer.Ordinal).ThenBy(c => c.FullName, StringComparer.CurrentCultureIgnoreCase),
        _ => _filter.Text.Length > 0 ? contacts : contacts.OrderBy(c => c.FullName, StringComparer.CurrentCultureIgnoreCase),
    };

    private void NextSort()
    {
        _sort = (_sort + 1) % SortColumns.Length;
        Reload();
    }

    private void Open()
    {
        if (_table.Value is { } selection && selection.SelectedCell.Y < _contacts.Count)
        {
            Desk.Contact.Open(_contacts[selection.SelectedCell.Y].Id);
            Desk.Show(Desk.Contact);
        }
    }
}
