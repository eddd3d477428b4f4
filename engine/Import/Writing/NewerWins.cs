namespace Playbook.Engine.Import.Writing;

/// <summary>
/// The rule for a contact's fields when a source speaks of someone already stored: newer data wins, so
/// facts as of a date no older than the stored ones replace what differs; older facts only fill what is
/// empty. Notes add up instead of replacing one another, and a first and last name travel together.
/// </summary>
internal static class NewerWins
{
    /// <summary>The positions of the fields <see cref="Merge"/> takes, in order.</summary>
    public const int FirstName = 0, LastName = 1, Notes = 7, Count = 9;

    /// <summary>The merged fields, and whether any differs from <paramref name="stored"/>.</summary>
    /// <param name="stored">The stored fields: first name, last name, headline, company, position, location, profile URL, notes, connection day.</param>
    /// <param name="incoming">The source's fields, in the same order (null where it says nothing).</param>
    /// <param name="newer">Whether the source is as new as the stored data or newer.</param>
    public static (string?[] Merged, bool Changed) Merge(IReadOnlyList<string?> stored, IReadOnlyList<string?> incoming, bool newer)
    {
        var merged = new string?[Count];
        var changed = false;
        for (var i = 0; i < Count; i++)
        {
            var take = incoming[i] is not null && (stored[i] is null || (newer && !string.Equals(stored[i], incoming[i], StringComparison.Ordinal)));
            if (i == Notes && take && stored[i] is not null)
            {
                take = !stored[i]!.Contains(incoming[i]!, StringComparison.Ordinal);
                merged[i] = take ? stored[i] + "\n\n" + incoming[i] : stored[i];
            }
            else
            {
                merged[i] = take ? incoming[i] : stored[i];
            }

            changed |= take;
        }

        // Never the first name of one source with the last name of another.
        var incomingName = incoming[FirstName] is not null || incoming[LastName] is not null;
        var storedName = stored[FirstName] is not null || stored[LastName] is not null;
        if (incomingName && (newer || !storedName))
        {
            merged[FirstName] = incoming[FirstName];
            merged[LastName] = incoming[LastName];
            changed |= !string.Equals(stored[FirstName], merged[FirstName], StringComparison.Ordinal)
                || !string.Equals(stored[LastName], merged[LastName], StringComparison.Ordinal);
        }
        else
        {
            merged[FirstName] = stored[FirstName];
            merged[LastName] = stored[LastName];
        }

        return (merged, changed);
    }
}
