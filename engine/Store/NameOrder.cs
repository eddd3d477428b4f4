namespace Playbook.Engine.Store;

/// <summary>
/// Every contact's place in the order by name, read once and kept while the store does not change: a filter typed on
/// a large store then costs its full-text match and a sort in memory, not a walk of the name index per keystroke.
/// </summary>
internal sealed class NameOrder
{
    private readonly Dictionary<long, int> _places;

    public NameOrder(long version, IReadOnlyList<long> ids)
    {
        Version = version;
        Ids = ids;
        _places = new Dictionary<long, int>(ids.Count);
        for (var i = 0; i < ids.Count; i++)
        {
            _places[ids[i]] = i;
        }
    }

    /// <summary>The store's change counter when the order was read (see <see cref="ContactQueries"/>).</summary>
    public long Version { get; }

    /// <summary>Every contact's id, by name.</summary>
    public IReadOnlyList<long> Ids { get; }

    /// <summary><paramref name="ids"/> in the order by name; ids of no contact are left out.</summary>
    public IReadOnlyList<long> Sort(IEnumerable<long> ids)
    {
        var places = new List<int>();
        foreach (var id in ids)
        {
            if (_places.TryGetValue(id, out var place))
            {
                places.Add(place);
            }
        }

        places.Sort();
        var sorted = new long[places.Count];
        for (var i = 0; i < sorted.Length; i++)
        {
            sorted[i] = Ids[places[i]];
        }

        return sorted;
    }
}
