using System.Text.RegularExpressions;
using Playbook.Engine.Analysis.Replies;
using Playbook.Engine.Analysis.Replies.Patterns;

namespace Playbook.Tests.Analysis.Patterns;

/// <summary>
/// The one scan of a text for every pattern's words finds exactly the words the text contains, and a pattern gated by it
/// decides every text as its own scan does: over the built-in patterns with the labelled and hostile replies, and over
/// thousands of random patterns and texts.
/// </summary>
public sealed class ChainWordsTests
{
    [Fact]
    public void Scan_RandomWordsAndTexts_FindsEveryWordTheTextContainsAndNoOther()
    {
        var random = new Random(20261210);
        // Overlapping words, one inside another, a digit of another script and a letter with an accent.
        const string alphabet = "ab é1\u0663.";

        for (var round = 0; round < 300; round++)
        {
            var words = Enumerable.Range(0, random.Next(1, 12)).Select(_ => Random(random, alphabet, 1, 4)).Distinct().ToList();
            var (scanner, links) = ChainWords.Of([[.. words.Select(word => (IReadOnlyList<string>)[word])]]);
            for (var t = 0; t < 30; t++)
            {
                var text = Random(random, alphabet, 0, 16);

                var found = scanner.Scan(text);

                for (var w = 0; w < words.Count; w++)
                {
                    Assert.True(found.HoldsEach([WordBits.Of([links[0][w][0]])]) == text.Contains(words[w], StringComparison.Ordinal), $"'{words[w]}' in '{text}'");
                }

                Assert.Equal(text.Any(char.IsDigit), found.HoldsEach([[]]));
                Assert.Equal(words.Any(word => text.Contains(word, StringComparison.Ordinal)), found.HoldsEach([WordBits.Of(links[0].Select(link => link[0]))]));
            }
        }
    }

    [Fact]
    public void Of_WordsSharedByChains_OneNumberEach()
    {
        IReadOnlyList<IReadOnlyList<string>> first = [["in", "en"], ["talk"]];
        IReadOnlyList<IReadOnlyList<string>> second = [["talk", "call"], []];

        var (words, links) = ChainWords.Of([first, second]);

        Assert.Equal(4, words.Words);
        Assert.Equal(links[0][1][0], links[1][0][0]);
        Assert.Empty(links[1][1]);
    }

    [Fact]
    public void Scan_AWordLongerThanItLooksFor_FoundByItsBeginning()
    {
        var (scanner, links) = ChainWords.Of([[["not really interested"]]]);

        var beginning = scanner.Scan("it is not really for me");
        var other = scanner.Scan("it is not for me");

        Assert.Equal("not re", "not really interested"[..ChainWords.LongestWord]);
        Assert.True(beginning.HoldsEach([WordBits.Of(links[0][0])]));
        Assert.False(other.HoldsEach([WordBits.Of(links[0][0])]));
    }

    [Fact]
    public void MayMatch_EveryBuiltInPatternJoined_DecidesAsItsOwnScan()
    {
        var random = new Random(20261211);
        var corpus = LabelledReply.Read(LabelledReply.Tuning).Concat(LabelledReply.Read(LabelledReply.HeldOut)).Select(r => r.Text).ToArray();
        var texts = corpus.Concat(Enumerable.Range(0, 2_000).Select(i => i % 2 == 0 ? ReplyHostileTextTests.Random(random) : ReplyHostileTextTests.Mutate(random, corpus[random.Next(corpus.Length)])))
            .Select(t => FoldedText.Of(t, ReplyClassifier.MaxCharacters).Text).ToList();
        var alone = Patterns();
        var joined = Patterns();
        var scanner = Join(joined);
        var turnedAway = 0;

        foreach (var text in texts)
        {
            var found = scanner.Scan(text);
            for (var i = 0; i < alone.Count; i++)
            {
                var expected = alone[i].MayMatch(text);

                var got = joined[i].MayMatch(text, found);

                Assert.True(expected == got, $"'{alone[i].Regex}' over '{text}': alone {expected}, joined {got}");
                turnedAway += got ? 0 : 1;
            }
        }

        Assert.True(turnedAway > texts.Count * alone.Count / 2, $"only {turnedAway} texts turned away");
    }

    [Fact]
    public void MayMatch_ThousandsOfRandomPatternsJoinedTogether_DecideAsTheirOwnScans()
    {
        var random = new Random(20261212);
        var regexes = new List<Regex>();
        while (regexes.Count < 400)
        {
            try
            {
                regexes.Add(new Regex(RequiredLiteralsTests.RandomPattern(random, 3), RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100)));
            }
            catch (ArgumentException)
            {
                // Not an expression (a back-reference to no group).
            }
        }

        var alone = regexes.Select(regex => Read(new GatedPattern(regex))).ToList();
        var joined = regexes.Select(regex => new GatedPattern(regex)).ToList();
        var scanner = Join(joined);

        for (var t = 0; t < 3_000; t++)
        {
            var text = RequiredLiteralsTests.RandomText(random);
            var found = scanner.Scan(text);
            var start = random.Next(text.Length + 1);
            for (var i = 0; i < alone.Count; i++)
            {
                Assert.True(alone[i].MayMatch(text) == joined[i].MayMatch(text, found), $"'{alone[i].Regex}' over '{text}'");
                Assert.True(!Matches(regexes[i], text, start) || (alone[i].MayMatchFrom(text, start, null) && joined[i].MayMatchFrom(text, start, found)),
                    $"'{alone[i].Regex}' matches '{text}' from {start}, but its words are not there");
            }
        }
    }

    [Fact]
    public void MayMatch_TheScanOfAnotherText_TheirOwnScan()
    {
        var pattern = new GatedPattern(new Regex(@"\bnot interested\b", RegexOptions.CultureInvariant));
        var scanner = Join([pattern]);
        var other = scanner.Scan("hola");

        var may = pattern.MayMatch("i am not interested", other);

        Assert.True(may);
    }

    /// <summary>Whether <paramref name="regex"/> matches from <paramref name="start"/>; false where the interpreter itself fails on an odd random shape.</summary>
    private static bool Matches(Regex regex, string text, int start)
    {
        try
        {
            return regex.IsMatch(text, start);
        }
        catch (Exception e) when (e is IndexOutOfRangeException or OverflowException or RegexMatchTimeoutException)
        {
            return false;
        }
    }

    private static List<GatedPattern> Patterns() =>
        [.. ReplyRules.BuiltIn.Rules.SelectMany(r => r.Patterns).Select(p => Read(new GatedPattern(p)))];

    /// <summary>One scan of the words of <paramref name="patterns"/>, each joined to it.</summary>
    private static ChainWords Join(IReadOnlyList<GatedPattern> patterns) => ChainWords.Join(patterns);

    /// <summary><paramref name="pattern"/> with its words read now, rather than after its first uses.</summary>
    private static GatedPattern Read(GatedPattern pattern)
    {
        _ = pattern.IsGated;
        return pattern;
    }

    private static string Random(Random random, string alphabet, int shortest, int longest) =>
        new([.. Enumerable.Range(0, random.Next(shortest, longest + 1)).Select(_ => alphabet[random.Next(alphabet.Length)])]);
}
