using Playbook.Engine.Playbooks;
using Playbook.Engine.Problems;
using Playbook.Engine.Text;

namespace Playbook.Engine.Catalog;

/// <summary>
/// Checks each <c>instead_of</c> against the other playbooks: it must name another playbook that exists, on the
/// same trigger, and no chain of them may come back to where it began. A playbook with such a problem does not run,
/// so the one it names runs as usual.
/// </summary>
internal static class CatalogReplacements
{
    /// <summary>The most playbooks a chain of <c>instead_of</c> may hold, the first included: the runtime follows no more.</summary>
    public const int MaxChain = 16;

    /// <summary>
    /// The problems of every <c>instead_of</c> among <paramref name="playbooks"/>, by the name of the playbook that says
    /// it. <paramref name="otherNames"/> are names that exist without a definition (a user file with problems).
    /// </summary>
    public static Dictionary<string, List<Problem>> Check(IReadOnlyList<PlaybookDefinition> playbooks, IEnumerable<string> otherNames)
    {
        var byName = playbooks.ToDictionary(p => p.Name, StringComparer.Ordinal);
        var names = byName.Keys.Concat(otherNames).Distinct(StringComparer.Ordinal).ToList();
        var found = new Dictionary<string, List<Problem>>(StringComparer.Ordinal);
        foreach (var playbook in playbooks)
        {
            if (playbook.InsteadOf is not { } target)
            {
                continue;
            }

            var at = playbook.InsteadOfLocation ?? playbook.NameLocation;
            string? message = null;
            if (string.Equals(target, playbook.Name, StringComparison.Ordinal))
            {
                message = $"'instead_of: {target}' names this playbook itself; name the playbook this one takes over for the events its 'when' matches, such as welcome";
            }
            else if (!names.Contains(target, StringComparer.Ordinal))
            {
                message = DidYouMean.Unknown("playbook", target, [.. names.Where(n => n != playbook.Name)], "the playbooks are") +
                    " ('instead_of' names the playbook this one takes over)";
            }
            else if (byName.GetValueOrDefault(target) is { } other && !string.Equals(other.Trigger, playbook.Trigger, StringComparison.Ordinal))
            {
                message = $"'instead_of: {target}' names a playbook on {other.Trigger}, and this one is on {playbook.Trigger}; " +
                    "a playbook takes over only one with the same 'on'";
            }
            else if (Circle(playbook, byName) is { } circle)
            {
                message = $"'instead_of' goes round in a circle ({string.Join(" -> ", circle)}); remove 'instead_of' from one of them";
            }
            else if (ChainLength(playbook, byName) > MaxChain)
            {
                message = $"'instead_of: {target}' makes a chain of more than {MaxChain} playbooks, each taking over the next; " +
                    "let some of them take over the same playbook instead";
            }

            if (message is not null)
            {
                found[playbook.Name] = [Problem.At(at, message)];
            }
        }

        return found;
    }

    /// <summary>How many playbooks the chain from <paramref name="playbook"/> holds, itself included (it has no circle).</summary>
    private static int ChainLength(PlaybookDefinition playbook, Dictionary<string, PlaybookDefinition> byName)
    {
        var length = 1;
        for (var current = playbook; current.InsteadOf is { } next && byName.TryGetValue(next, out var target) && length <= MaxChain; current = target)
        {
            length++;
        }

        return length;
    }

    /// <summary>The names round the circle that starts at <paramref name="playbook"/>, or null when its chain ends.</summary>
    private static List<string>? Circle(PlaybookDefinition playbook, Dictionary<string, PlaybookDefinition> byName)
    {
        var chain = new List<string> { playbook.Name };
        var current = playbook;
        while (current.InsteadOf is { } next && byName.TryGetValue(next, out var target))
        {
            chain.Add(next);
            if (string.Equals(next, playbook.Name, StringComparison.Ordinal))
            {
                return chain;
            }

            if (chain.Count > byName.Count + 1)
            {
                return null;
            }

            current = target;
        }

        return null;
    }
}
