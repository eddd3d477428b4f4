using Playbook.Engine.Problems;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Playbook.Engine.Yaml;

/// <summary>
/// Sits between YamlDotNet's parser and <c>YamlStream</c>: reports every repeated key of a mapping and drops
/// the repeat (key and value), so the stream loads with the first one and the rest of the file is still
/// checked. <c>YamlStream</c> on its own throws at the first repeat and reports nothing else.
/// </summary>
internal sealed class DuplicateKeyFilter(IParser inner, ProblemList problems) : IParser
{
    private readonly Stack<Frame> _frames = new();

    public ParsingEvent? Current => inner.Current;

    public bool MoveNext()
    {
        while (inner.MoveNext())
        {
            var current = inner.Current!;
            if (_frames.TryPeek(out var frame) && frame.Keys is { } keys && frame.ExpectsKey && current is Scalar key)
            {
                if (keys.TryGetValue(key.Value, out var first))
                {
                    problems.Add(key.Start, $"duplicate key '{key.Value}'; the first is at line {first.Line}");
                    SkipNode();
                    continue;
                }

                keys.Add(key.Value, key.Start);
            }

            Track(current);
            return true;
        }

        return false;
    }

    private void Track(ParsingEvent current)
    {
        switch (current)
        {
            case MappingStart:
                _frames.Push(new Frame(new Dictionary<string, Mark>(StringComparer.Ordinal)));
                break;
            case SequenceStart:
                _frames.Push(new Frame(null));
                break;
            case MappingEnd or SequenceEnd:
                _frames.Pop();
                NodeDone();
                break;
            case Scalar or AnchorAlias:
                NodeDone();
                break;
        }
    }

    // A mapping alternates key, value, key, ...
    private void NodeDone()
    {
        if (_frames.TryPeek(out var frame) && frame.Keys is not null)
        {
            frame.ExpectsKey = !frame.ExpectsKey;
        }
    }

    // The value of a repeated key, however deep it goes.
    private void SkipNode()
    {
        if (!inner.MoveNext() || inner.Current is not (MappingStart or SequenceStart))
        {
            return;
        }

        var depth = 1;
        while (depth > 0 && inner.MoveNext())
        {
            depth += inner.Current switch
            {
                MappingStart or SequenceStart => 1,
                MappingEnd or SequenceEnd => -1,
                _ => 0,
            };
        }
    }

    /// <summary>An open mapping (with the keys seen so far) or sequence (no keys).</summary>
    private sealed class Frame(Dictionary<string, Mark>? keys)
    {
        public Dictionary<string, Mark>? Keys { get; } = keys;

        public bool ExpectsKey { get; set; } = true;
    }
}
