using System.Collections;

namespace Playbook.Engine.Store;

/// <summary>
/// Every contact's place in the order by name, read once and kept while the store does not change: a filter typed on
/// a large store then costs its full-text match and a pass over the places in memory, not a walk of the name index
/// per keystroke.
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
        // Each id's place is marked, then the places are read in order: no comparison sort, whatever the count.
        var marked = new BitArray(Ids.Count);
        var count = 0;
        foreach (var id in ids)
        {
            if (_places.TryGetValue(id, out var place) && !marked[place])
            {
                marked[place] = true;
                count++;
            }
        }

        var sorted = new long[count];
        for (int place = 0, next = 0; next < count; place++)
        {
            if (marked[place])
            {
                sorted[next++] = Ids[place];
            }
        }

        return sorted;
    }
}
