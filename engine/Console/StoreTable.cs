using System.Collections;

namespace Playbook.Engine.Console;

/// <summary>
/// One table of the store as the console sees it: a sequence LINQ can query (<c>Contacts.Where(c =&gt; ...)</c>), read
/// row by row from the file each time it is enumerated, so that a store of 100,000 contacts costs no more memory than
/// the rows a query keeps. <see cref="Count"/> and the indexer ask the store directly rather than reading every row.
/// </summary>
/// <typeparam name="T">The engine's own type of the rows (<c>Contact</c>, <c>ContactEvent</c>, <c>Draft</c>, ...).</typeparam>
public sealed class StoreTable<T> : IEnumerable<T>
    where T : class
{
    private readonly Func<IEnumerable<T>> _rows;
    private readonly Func<long> _count;
    private readonly Func<long, T?> _find;

    internal StoreTable(string name, Func<IEnumerable<T>> rows, Func<long> count, Func<long, T?> find)
    {
        Name = name;
        _rows = rows;
        _count = count;
        _find = find;
    }

    /// <summary>What the console calls the table (<c>Contacts</c>).</summary>
    public string Name { get; }

    /// <summary>How many rows the table holds, counted by the store without reading them.</summary>
    public long Count => _count();

    /// <summary>The row with <paramref name="id"/>.</summary>
    /// <exception cref="KeyNotFoundException">There is no such row.</exception>
    public T this[long id] => _find(id) ?? throw new KeyNotFoundException($"{Name} has no row with id {id}");

    /// <summary>The row with <paramref name="id"/>, or null.</summary>
    public T? Find(long id) => _find(id);

    /// <summary>The rows, read from the store as they are enumerated.</summary>
    public IEnumerator<T> GetEnumerator() => _rows().GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>What the console prints for the table itself, rather than every row.</summary>
    public override string ToString() => $"{Name} ({Count} rows; query with LINQ, e.g. {Name}.Take(10))";
}
