using System.Globalization;
using Playbook.Engine.Problems;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Playbook.Engine.Yaml;

/// <summary>
/// Sits between YamlDotNet's parser and <c>YamlStream</c>, and checks the events as they pass, so that the stream only
/// ever loads what is safe to load: a repeated key of a mapping is reported and dropped (key and value), so the rest
/// of the file is still checked (<c>YamlStream</c> alone throws at the first repeat and reports nothing else); a value
/// longer than <see cref="YamlLimits.MaxValueLength"/>, an alias to no node before it (or to the node it is inside,
/// which would make a loop), and aliases that repeat more than <see cref="YamlLimits.MaxRepeated"/> are reported and
/// replaced by an empty value; the place of such a replacement is settled, so readers of the file say nothing more
/// there. A node nested deeper than <see cref="YamlLimits.MaxDepth"/> (the stream loads recursively) ends the reading
/// with a <see cref="YamlLimitException"/>.
/// </summary>
internal sealed class GuardedParser(IParser inner, ProblemList problems) : IParser
{
    // Saturates sizes (aliases of aliases multiply) well below overflow.
    private const long SizeCap = 1L << 60;

    private readonly Stack<Frame> _frames = new();

    // The anchors of the current document whose node is complete, with the size an alias to them repeats; and those
    // whose collection is still open (an alias to one of them would be a loop).
    private readonly Dictionary<AnchorName, long> _anchors = [];
    private readonly HashSet<AnchorName> _open = [];

    // The text of the anchored single values, for an alias used as a key.
    private readonly Dictionary<AnchorName, string> _scalars = [];
    private long _repeated;
    private bool _repeatedReported;
    private ParsingEvent? _current;

    public ParsingEvent? Current => _current;

    /// <summary>The list or mapping written in flow style (<c>[</c> or <c>{</c>) that is open, innermost first: for a message when the parser fails.</summary>
    public (char Opener, Mark Start)? OpenFlow =>
        _frames.FirstOrDefault(f => f.Flow) is { } frame ? (frame.Keys is null ? '[' : '{', frame.Start) : null;

    public bool MoveNext()
    {
        while (inner.MoveNext())
        {
            var current = inner.Current!;
            var atKey = _frames.TryPeek(out var frame) && frame.Keys is not null && frame.ExpectsKey;
            var key = atKey ? KeyText(current) : null;
            if (key is not null && frame!.Keys!.TryGetValue(key, out var first))
            {
                problems.Add(current.Start, $"duplicate key '{key}'; the first is at line {first.Line}");
                SkipNode();
                continue;
            }

            CheckDepth(current, _frames.Count);

            if (Refusal(current) is { } refusal)
            {
                if (refusal.Length > 0)
                {
                    problems.Add(current.Start, refusal);
                }

                Skip(current);
                if (atKey)
                {
                    // A key cannot be replaced by an empty one (two would collide): drop the key and its value.
                    SkipNode();
                    continue;
                }

                problems.Settle(current.Start.Line, current.Start.Column);
                current = Empty(current);
            }
            else if (key is not null)
            {
                frame!.Keys!.Add(key, current.Start);
            }

            _current = current;
            Track(current);
            return true;
        }

        _current = null;
        return false;
    }

    /// <summary>The text a key stands for: a single value's, or that of the single value an alias repeats; else null.</summary>
    private string? KeyText(ParsingEvent current) => current switch
    {
        Scalar scalar => scalar.Value,
        AnchorAlias alias => _scalars.GetValueOrDefault(alias.Value),
        _ => null,
    };

    /// <summary>
    /// Ends the reading at a collection that would be nested deeper than <see cref="YamlLimits.MaxDepth"/> inside
    /// <paramref name="open"/> others. Not skipped: YamlDotNet's scanner takes longer for every level it is inside, and
    /// a file of a million '[' would take hours to skip.
    /// </summary>
    private static void CheckDepth(ParsingEvent current, int open)
    {
        if (current is MappingStart or SequenceStart && open >= YamlLimits.MaxDepth)
        {
            throw new YamlLimitException(current.Start, string.Create(CultureInfo.InvariantCulture,
                $"lists and mappings nested more than {YamlLimits.MaxDepth} deep; a YAML file may nest them {YamlLimits.MaxDepth} levels at most"));
        }
    }

    /// <summary>Why <paramref name="current"/> may not be loaded (empty when that was said once already), or null when it may.</summary>
    private string? Refusal(ParsingEvent current)
    {
        switch (current)
        {
            case Scalar scalar when scalar.Value.Length > YamlLimits.MaxValueLength:
                return string.Create(CultureInfo.InvariantCulture,
                    $"a value of {scalar.Value.Length:N0} characters; a value may be at most {YamlLimits.MaxValueLength:N0} characters long");
            case AnchorAlias alias when _open.Contains(alias.Value):
                return $"alias '*{alias.Value}' is inside the node '&{alias.Value}' it repeats, which would never end; an alias may only repeat a node written before it";
            case AnchorAlias alias when !_anchors.ContainsKey(alias.Value):
                return $"undefined alias '*{alias.Value}'; an alias repeats a node marked '&{alias.Value}' before it in the same document";
            case AnchorAlias alias when Add(_repeated, _anchors[alias.Value]) > YamlLimits.MaxRepeated:
                if (_repeatedReported)
                {
                    return "";
                }

                _repeatedReported = true;
                return string.Create(CultureInfo.InvariantCulture,
                    $"alias '*{alias.Value}' repeats too much: with the aliases before it, the file would be more than 1 MB ({YamlLimits.MaxFileBytes:N0} characters) written out; write the values out or use fewer aliases");
            default:
                return null;
        }
    }

    private void Track(ParsingEvent current)
    {
        switch (current)
        {
            case DocumentStart:
                _anchors.Clear();
                _open.Clear();
                _scalars.Clear();
                break;
            case MappingStart mapping:
                Open(mapping, new Frame(new Dictionary<string, Mark>(StringComparer.Ordinal), mapping.Anchor, mapping.Start, mapping.Style == MappingStyle.Flow));
                break;
            case SequenceStart sequence:
                Open(sequence, new Frame(null, sequence.Anchor, sequence.Start, sequence.Style == SequenceStyle.Flow));
                break;
            case MappingEnd or SequenceEnd:
                var done = _frames.Pop();
                if (!done.Anchor.IsEmpty)
                {
                    _open.Remove(done.Anchor);
                    _anchors[done.Anchor] = done.Size;
                }

                NodeDone(done.Size);
                break;
            case Scalar scalar:
                var size = 1L + scalar.Value.Length;
                if (!scalar.Anchor.IsEmpty)
                {
                    _anchors[scalar.Anchor] = size;
                    _scalars[scalar.Anchor] = scalar.Value;
                }

                NodeDone(size);
                break;
            case AnchorAlias alias:
                var repeats = _anchors[alias.Value];
                _repeated = Add(_repeated, repeats);
                NodeDone(repeats);
                break;
        }
    }

    private void Open(NodeEvent start, Frame frame)
    {
        if (!start.Anchor.IsEmpty)
        {
            // Marked again: until this node is complete, an alias to the name would point into it.
            _anchors.Remove(start.Anchor);
            _scalars.Remove(start.Anchor);
            _open.Add(start.Anchor);
        }

        _frames.Push(frame);
    }

    // A mapping alternates key, value, key, ...; a node's size counts in the collection around it.
    private void NodeDone(long size)
    {
        if (_frames.TryPeek(out var frame))
        {
            frame.Size = Add(frame.Size, size);
            if (frame.Keys is not null)
            {
                frame.ExpectsKey = !frame.ExpectsKey;
            }
        }
    }

    // The value of a dropped key, however deep it goes.
    private void SkipNode()
    {
        if (inner.MoveNext())
        {
            CheckDepth(inner.Current!, _frames.Count);
            Skip(inner.Current!);
        }
    }

    // The rest of a node that starts with <paramref name="start"/>: nothing after a scalar or an alias.
    private void Skip(ParsingEvent start)
    {
        if (start is not (MappingStart or SequenceStart))
        {
            return;
        }

        var depth = 1;
        while (depth > 0 && inner.MoveNext())
        {
            CheckDepth(inner.Current!, _frames.Count + depth);
            depth += inner.Current switch
            {
                MappingStart or SequenceStart => 1,
                MappingEnd or SequenceEnd => -1,
                _ => 0,
            };
        }
    }

    /// <summary>An empty value in place of <paramref name="refused"/>, with its anchor (so aliases to it repeat nothing).</summary>
    private static Scalar Empty(ParsingEvent refused) =>
        new(refused is NodeEvent { Anchor: var anchor } ? anchor : AnchorName.Empty, TagName.Empty, "",
            ScalarStyle.Plain, isPlainImplicit: true, isQuotedImplicit: false, refused.Start, refused.End);

    private static long Add(long a, long b) => a > SizeCap - b ? SizeCap : a + b;

    /// <summary>An open mapping (with the keys seen so far) or list (no keys).</summary>
    private sealed class Frame(Dictionary<string, Mark>? keys, AnchorName anchor, Mark start, bool flow)
    {
        public Dictionary<string, Mark>? Keys { get; } = keys;

        public AnchorName Anchor { get; } = anchor;

        public Mark Start { get; } = start;

        public bool Flow { get; } = flow;

        public bool ExpectsKey { get; set; } = true;

        public long Size { get; set; } = 1;
    }
}
