namespace Playbook.Engine.Store;

/// <summary>
/// A WHERE clause of only the conditions a query was given. <c>(@x IS NULL OR col = @x)</c> reads well but keeps
/// SQLite off the column's index (it plans before the value is known), so a lookup by contact becomes a scan of the table.
/// </summary>
internal sealed class Filter
{
    private readonly List<string> _terms = [];

    /// <summary>Adds <paramref name="term"/> when <paramref name="given"/>.</summary>
    public Filter And(bool given, string term)
    {
        if (given)
        {
            _terms.Add(term);
        }

        return this;
    }

    /// <summary><c>WHERE a AND b</c>, or nothing when no condition was given.</summary>
    public override string ToString() => _terms.Count == 0 ? "" : "WHERE " + string.Join(" AND ", _terms);
}
