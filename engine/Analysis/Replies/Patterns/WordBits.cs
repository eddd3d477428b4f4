namespace Playbook.Engine.Analysis.Replies.Patterns;

/// <summary>
/// Some words of a <see cref="ChainWords"/> as bits: those numbered <c>64 * Block</c> to <c>64 * Block + 63</c> whose
/// bits are set. A link's words are mostly numbered together, so a set of a hundred words is a few of these.
/// </summary>
internal readonly record struct WordBits(int Block, ulong Bits)
{
    /// <summary>The words numbered <paramref name="words"/> as bits, a block at a time; none for none (a digit's link).</summary>
    public static WordBits[] Of(IEnumerable<int> words) =>
        [.. words.GroupBy(word => word >> 6).OrderBy(block => block.Key)
            .Select(block => new WordBits(block.Key, block.Aggregate(0UL, (bits, word) => bits | (1UL << word))))];
}
