using Playbook.Engine.Playbooks;
using Playbook.Engine.Playbooks.Loading;

namespace Playbook.Engine.Catalog;

/// <summary>
/// The playbooks that run: the built-ins and the user's, where a user playbook of the same name replaces
/// the built-in one. Each entry says which file won.
/// </summary>
public sealed record PlaybookSet
{
    /// <summary>No playbooks.</summary>
    public static PlaybookSet Empty { get; } = new();

    /// <summary>The playbooks that run: built-ins in their order (a replaced one in its place), then the user's own.</summary>
    public IReadOnlyList<PlaybookEntry> Entries { get; init; } = [];

    /// <summary>Built-ins that do not run because a user file of that name has problems (see <see cref="RejectedPlaybook"/>).</summary>
    public IReadOnlyList<WithheldPlaybook> Withheld { get; init; } = [];

    /// <summary>The definitions of <see cref="Entries"/>, in the same order.</summary>
    public IReadOnlyList<PlaybookDefinition> Playbooks => [.. Entries.Select(e => e.Definition)];

    /// <summary>The playbook named <paramref name="name"/>, or null.</summary>
    public PlaybookDefinition? Find(string name) =>
        Entries.FirstOrDefault(e => string.Equals(e.Definition.Name, name, StringComparison.Ordinal))?.Definition;

    /// <summary>
    /// The built-ins with the user's playbooks laid over them: a user playbook named like a built-in replaces it
    /// (the entry keeps the built-in in <see cref="PlaybookEntry.Replaced"/>). A name in
    /// <paramref name="rejectedUser"/> (a user file that failed to load) holds its built-in back rather than
    /// running it in the user's place; pass <see cref="LoadResult.Rejected"/> of the user's folder.
    /// </summary>
    /// <exception cref="ArgumentException">Two playbooks on one side share a name (the loader never returns that).</exception>
    public static PlaybookSet Merge(
        IEnumerable<PlaybookDefinition> builtIns,
        IEnumerable<PlaybookDefinition> user,
        IEnumerable<RejectedPlaybook>? rejectedUser = null)
    {
        ArgumentNullException.ThrowIfNull(builtIns);
        ArgumentNullException.ThrowIfNull(user);
        var users = ByName(user, nameof(user));
        var rejected = (rejectedUser ?? []).GroupBy(r => r.Name, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().File, StringComparer.Ordinal);
        var entries = new List<PlaybookEntry>();
        var withheld = new List<WithheldPlaybook>();
        foreach (var builtIn in ByName(builtIns, nameof(builtIns)).Values)
        {
            if (users.Remove(builtIn.Name, out var replacement))
            {
                entries.Add(new PlaybookEntry(replacement, PlaybookOrigin.User, builtIn));
            }
            else if (rejected.TryGetValue(builtIn.Name, out var file))
            {
                withheld.Add(new WithheldPlaybook(builtIn, file));
            }
            else
            {
                entries.Add(new PlaybookEntry(builtIn, PlaybookOrigin.BuiltIn, null));
            }
        }

        entries.AddRange(users.Values.Select(u => new PlaybookEntry(u, PlaybookOrigin.User, null)));
        return new PlaybookSet { Entries = entries, Withheld = withheld };
    }

    // Ordered: the entries keep the order the playbooks were given in.
    private static OrderedDictionary<string, PlaybookDefinition> ByName(IEnumerable<PlaybookDefinition> playbooks, string side)
    {
        var byName = new OrderedDictionary<string, PlaybookDefinition>(StringComparer.Ordinal);
        foreach (var playbook in playbooks)
        {
            if (!byName.TryAdd(playbook.Name, playbook))
            {
                throw new ArgumentException($"two {side} playbooks are named '{playbook.Name}': {byName[playbook.Name].SourceFile} and {playbook.SourceFile}", side);
            }
        }

        return byName;
    }
}
