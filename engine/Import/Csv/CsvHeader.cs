namespace Playbook.Engine.Import.Csv;

/// <summary>The columns of a CSV header, found by name whatever their order, case or stray spaces and BOM.</summary>
internal sealed class CsvHeader
{
    private readonly Dictionary<string, int> _columns;

    public CsvHeader(IReadOnlyList<string> names, long line)
    {
        Line = line;
        Names = names;
        _columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < names.Count; i++)
        {
            _columns.TryAdd(Clean(names[i]), i);
        }
    }

    /// <summary>The line of the file the header is on.</summary>
    public long Line { get; }

    public IReadOnlyList<string> Names { get; }

    /// <summary>How many columns the header names.</summary>
    public int Count => Names.Count;

    /// <summary>The index of the first of <paramref name="names"/> present, or -1.</summary>
    public int IndexOf(params ReadOnlySpan<string> names)
    {
        foreach (var name in names)
        {
            if (_columns.TryGetValue(name, out var index))
            {
                return index;
            }
        }

        return -1;
    }

    /// <summary>Whether the header has a column called <paramref name="name"/>.</summary>
    public bool Has(string name) => _columns.ContainsKey(name);

    /// <summary>A cell by column index, trimmed; null when the column is missing or the cell empty.</summary>
    public static string? Cell(string[] fields, int index)
    {
        if (index < 0 || index >= fields.Length)
        {
            return null;
        }

        var value = fields[index].Trim();
        return value.Length == 0 ? null : value;
    }

    /// <summary>A header name without BOM, quotes and surrounding spaces.</summary>
    public static string Clean(string name) => name.Trim().Trim('\uFEFF').Trim().Trim('"').Trim();
}
