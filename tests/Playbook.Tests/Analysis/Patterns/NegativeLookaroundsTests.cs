using System.Text.RegularExpressions;
using Playbook.Engine.Analysis.Replies;
using Playbook.Engine.Analysis.Replies.Patterns;

namespace Playbook.Tests.Analysis.Patterns;

public sealed class NegativeLookaroundsTests
{
    [Fact]
    public void Of_TheReferralRulesLookBehindForUrgent_TakesItOutWithItsWords()
    {
        var referrals = ReplyRules.BuiltIn.Rules.SelectMany(r => r.Patterns).Where(p => p.ToString().Contains("(?<!urgen", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(referrals);
        Assert.All(referrals, regex =>
        {
            var found = NegativeLookarounds.Of(regex);
            Assert.NotNull(found);
            Assert.DoesNotContain("(?<!urgen", found.Without, StringComparison.Ordinal);
            Assert.Contains(found.Chains, chain => chain.Any(set => set.Contains("urgen")));
            Assert.Equal(regex.GetGroupNames(), new Regex(found.Without, regex.Options).GetGroupNames());
        });
    }

    [Theory]
    [InlineData(@"talk(?<!urgent\w*)\s+to", @"talk\s+to")]
    [InlineData(@"foo(?:(?!bar)baz)", @"foo(?:baz)")]
    [InlineData(@"a(?!b(?=c))d(?<!x)", @"ad")]
    [InlineData(@"[(?!x]y(?!zz)", @"[(?!x]y")]
    [InlineData(@"\(?!x(?!yy)", @"\(?!x")]
    public void Of_LookaroundsWithWords_AreTakenOut(string pattern, string without)
    {
        var found = NegativeLookarounds.Of(new Regex(pattern));

        Assert.Equal(without, found?.Without);
    }

    [Theory]
    [InlineData(@"no look-around here")]
    [InlineData(@"a(?!(b)c)d")]
    [InlineData(@"a(?!(?<name>b)c)d")]
    [InlineData(@"a(?!\d)b")]
    [InlineData(@"a(?![a-z-[aeiou]]x)b")]
    [InlineData(@"a(?!.*)b")]
    [InlineData(@"\(?!x")]
    public void Of_NothingToTakeOut_IsNull(string pattern) =>
        Assert.Null(NegativeLookarounds.Of(new Regex(pattern)));

    [Fact]
    public void Of_FreeSpacing_IsNotRead() =>
        Assert.Null(NegativeLookarounds.Of(new Regex(@"a (?! bb ) c", RegexOptions.IgnorePatternWhitespace)));

    [Fact]
    public void RegexFor_EveryBuiltInPattern_FindsWhatTheExpressionFinds()
    {
        var random = new Random(20261207);
        var corpus = LabelledReply.Read(LabelledReply.Tuning).Concat(LabelledReply.Read(LabelledReply.HeldOut)).Select(r => r.Text).ToArray();
        string[] urgent =
        [
            "urgent: please talk to my colleague ana about it",
            "this is urgent, contact my manager peter instead",
            "not urgent at all. talk to my colleague ana",
            "urgente. habla con mi companera ana",
        ];
        var texts = corpus.Concat(urgent).Concat(Enumerable.Range(0, 1_000).Select(_ => ReplyHostileTextTests.Mutate(random, corpus[random.Next(corpus.Length)])))
            .Select(t => FoldedText.Of(t, ReplyClassifier.MaxCharacters).Text).ToList();
        var patterns = ReplyRules.BuiltIn.Rules.SelectMany(r => r.Patterns).ToList();
        var gated = patterns.Select(p => Read(new GatedPattern(p))).ToList();
        var without = 0;

        foreach (var text in texts)
        {
            for (var i = 0; i < patterns.Count; i++)
            {
                var regex = gated[i].RegexFor(text);
                without += ReferenceEquals(regex, gated[i].Regex) ? 0 : 1;
                Assert.True(Same(patterns[i], regex, text), $"'{patterns[i]}' over '{text}'");
            }
        }

        Assert.True(without > texts.Count, $"only {without} times without a look-around");
    }

    [Fact]
    public void RegexFor_ThousandsOfRandomPatterns_FindsWhatTheExpressionFinds()
    {
        var random = new Random(20261208);
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

        // Never compiled to code: the interpreted expressions are compared here, the compiled ones in RequiredLiteralsTests.
        var gated = regexes.Select(regex => Read(new GatedPattern(regex, runsBeforeCompiled: int.MaxValue))).ToList();
        Assert.Contains(regexes, regex => NegativeLookarounds.Of(regex) is not null);
        for (var t = 0; t < 3_000; t++)
        {
            var text = RequiredLiteralsTests.RandomText(random);
            for (var i = 0; i < regexes.Count; i++)
            {
                Assert.True(Same(regexes[i], gated[i].RegexFor(text), text), $"'{regexes[i]}' over '{text}'");
            }
        }
    }

    /// <summary>Whether <paramref name="other"/> finds in <paramref name="text"/> every match <paramref name="regex"/> finds, group for group.</summary>
    private static bool Same(Regex regex, Regex other, string text)
    {
        static string Shape(MatchCollection matches) => string.Join("|", matches.Select(m =>
            string.Join(",", m.Groups.Values.Select(g => $"{g.Name}:{g.Success}:{g.Index}:{g.Length}"))));

        return Shape(regex.Matches(text)) == Shape(other.Matches(text));
    }

    /// <summary><paramref name="pattern"/> with its words read now, rather than after its first uses.</summary>
    private static GatedPattern Read(GatedPattern pattern)
    {
        _ = pattern.IsGated;
        return pattern;
    }
}
