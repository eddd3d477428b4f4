using Terminal.Gui.Views;

namespace Playbook.Tui.Views;

/// <summary>
/// A table over a list of ids whose rows are read from the store a page at a time, when the table first draws them:
/// a list of 100,000 contacts reads only the few pages scrolled into view.
/// </summary>
internal sealed class LazyTableSource<T> : ITableSource
    where T : class
{
    private const int PageSize = 100;
    private readonly IReadOnlyList<long> _ids;
    private readonly Func<IReadOnlyList<long>, IReadOnlyList<T>> _load;
    private readonly Func<T, long> _idOf;
    private readonly Func<T, object>[] _cells;
    private readonly Dictionary<int, Dictionary<long, T>> _pages = [];

    public LazyTableSource(IReadOnlyList<long> ids, Func<IReadOnlyList<long>, IReadOnlyList<T>> load, Func<T, long> idOf, IReadOnlyList<(string Name, Func<T, object> Cell)> columns)
    {
        _ids = ids;
        _load = load;
        _idOf = idOf;
        ColumnNames = [.. columns.Select(c => c.Name)];
        _cells = [.. columns.Select(c => c.Cell)];
    }

    public string[] ColumnNames { get; }

    public int Columns => ColumnNames.Length;

    public int Rows => _ids.Count;

    /// <summary>How many pages were read so far.</summary>
    public int PagesRead => _pages.Count;

    /// <summary>The ids listed, in order.</summary>
    public IReadOnlyList<long> Ids => _ids;

    public object this[int row, int col] => Row(row) is { } item ? _cells[col](item) : "";

    /// <summary>The item at <paramref name="row"/>, read with its page when first asked for; null when out of range or gone from the store.</summary>
    public T? Row(int row)
    {
        if (row < 0 || row >= _ids.Count)
        {
            return null;
        }

        var number = row / PageSize;
        if (!_pages.TryGetValue(number, out var page))
        {
            var ids = _ids.Skip(number * PageSize).Take(PageSize).ToList();
            page = _pages[number] = _load(ids).ToDictionary(_idOf);
        }

        return page.GetValueOrDefault(_ids[row]);
    }

    /// <summary>Where <paramref name="id"/> is listed, or -1.</summary>
    public int IndexOf(long id)
    {
        for (var i = 0; i < _ids.Count; i++)
        {
            if (_ids[i] == id)
            {
                return i;
            }
        }

        return -1;
    }
}
