namespace Playbook.Engine.Analysis.Replies.Patterns;

/// <summary>
/// Which words of a <see cref="ChainWords"/> (their beginnings) one text holds, anywhere in it, and whether it holds a
/// decimal digit of any script: the one scan of a text that every pattern's gate over that text reads.
/// </summary>
internal sealed class TextWords
{
    private readonly ulong[] _found;
    private readonly bool _digit;

    internal TextWords(ChainWords words, string text, ulong[] found, bool digit)
    {
        Words = words;
        Text = text;
        _found = found;
        _digit = digit;
    }

    /// <summary>The automaton that scanned the text.</summary>
    public ChainWords Words { get; }

    /// <summary>The text scanned.</summary>
    public string Text { get; }

    /// <summary>
    /// Whether each of <paramref name="links"/> (the bits of its words, or none for a decimal digit) has a word in the
    /// text: false means a chain of those links is not in it, in any order.
    /// </summary>
    public bool HoldsEach(WordBits[][] links)
    {
        foreach (var link in links)
        {
            if (!Holds(link))
            {
                return false;
            }
        }

        return true;
    }

    private bool Holds(WordBits[] link)
    {
        if (link.Length == 0)
        {
            return _digit;
        }

        foreach (var (block, bits) in link)
        {
            if ((_found[block] & bits) != 0)
            {
                return true;
            }
        }

        return false;
    }
}
