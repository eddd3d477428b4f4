using Playbook.Engine.Problems;
using Playbook.Engine.Text;
using YamlDotNet.RepresentationModel;

namespace Playbook.Engine.Yaml;

/// <summary>
/// The keys of one mapping, checked against the keys it may have: every unknown key is reported with a
/// did-you-mean, and a required key that an unknown one was probably meant to be is not reported missing
/// again (<c>stpes</c> gives one problem, not two).
/// </summary>
internal sealed class MappingKeys
{
    private readonly Dictionary<string, (YamlScalarNode Key, YamlNode Value)> _found = new(StringComparer.Ordinal);
    private readonly HashSet<string> _suggested = new(StringComparer.Ordinal);

    private readonly ProblemList _problems;

    private MappingKeys(YamlMappingNode node, ProblemList problems)
    {
        Node = node;
        _problems = problems;
    }

    public YamlMappingNode Node { get; }

    /// <summary>Reads <paramref name="node"/>'s keys; <paramref name="whose"/> names the mapping in a problem (<c>a draft's</c>).</summary>
    public static MappingKeys Read(YamlMappingNode node, IReadOnlyList<string> known, string whose, ProblemList problems)
    {
        var keys = new MappingKeys(node, problems);
        foreach (var (keyNode, value) in node.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { } name } scalar)
            {
                problems.Add(keyNode, $"a key should be a single name, not {YamlReader.Describe(keyNode)}");
                continue;
            }

            if (known.Contains(name, StringComparer.Ordinal))
            {
                keys._found[name] = (scalar, value);
                continue;
            }

            if (DidYouMean.Suggest(name, known) is { } suggestion)
            {
                keys._suggested.Add(suggestion);
            }

            problems.Add(scalar, DidYouMean.Unknown("key", name, known, $"{whose} keys are"));
        }

        return keys;
    }

    public bool Has(string key) => _found.ContainsKey(key);

    /// <summary>The value of <paramref name="key"/>, or null when the mapping does not have it.</summary>
    public YamlNode? this[string key] => _found.TryGetValue(key, out var entry) ? entry.Value : null;

    /// <summary>The key node of <paramref name="key"/>, or null.</summary>
    public YamlScalarNode? KeyNode(string key) => _found.TryGetValue(key, out var entry) ? entry.Key : null;

    /// <summary>Reports <paramref name="message"/> at the mapping when <paramref name="key"/> is missing and no unknown key was taken for it.</summary>
    public void Require(string key, string message)
    {
        if (!Has(key) && !_suggested.Contains(key))
        {
            _problems.Add(Node, message);
        }
    }

    /// <summary>Whether an unknown key was reported as a likely misspelling of <paramref name="key"/>.</summary>
    public bool WasSuggested(string key) => _suggested.Contains(key);
}
