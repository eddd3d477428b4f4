using Playbook.Engine.Analysis.Replies;

namespace Playbook.Tests.Analysis;

/// <summary>
/// The classifier that looks for each pattern's words before running it reads every reply exactly as the one that runs
/// every pattern: the same label, cues, day and referral, over the labelled replies and thousands of random and mutated
/// ones.
/// </summary>
public sealed class ReplyGatedClassifierTests
{
    [Fact]
    public void Classify_GatedAndPlain_ReadEveryReplyAlike()
    {
        var random = new Random(20261209);
        var corpus = LabelledReply.Read(LabelledReply.Tuning).Concat(LabelledReply.Read(LabelledReply.HeldOut)).ToList();
        var hostile = Enumerable.Range(0, 1_500)
            .Select(i => (Text: i % 2 == 0 ? ReplyHostileTextTests.Random(random) : ReplyHostileTextTests.Mutate(random, corpus[random.Next(corpus.Count)].Text),
                At: new DateTimeOffset(2026, 1, 1, 9, 0, 0, TimeSpan.Zero).AddDays(random.Next(700))));
        var messages = corpus.Select(r => (r.Text, r.At)).Concat(hostile).ToList();
        var plain = new ReplyClassifier(ReplyRules.BuiltIn, gated: false);
        var gated = new ReplyClassifier(ReplyRules.BuiltIn, gated: true);

        foreach (var (text, at) in messages)
        {
            var expected = plain.Classify(text, at);
            var got = gated.Classify(text, at);

            // A pattern's time limit is wall-clock time: on a busy machine one of the two can run out of it where the
            // other did not. Such a pair is taken again; a real difference stays.
            for (var again = 0; again < 5 && !Alike(expected, got); again++)
            {
                (expected, got) = (plain.Classify(text, at), gated.Classify(text, at));
            }

            Assert.True(
                (expected.ToString(), expected.FollowUpOn, expected.Referral) == (got.ToString(), got.FollowUpOn, got.Referral),
                $"{text}\nplain: {expected} {expected.FollowUpOn} '{expected.Referral}'\ngated: {got} {got.FollowUpOn} '{got.Referral}'");
        }

        Assert.Contains(messages, m => gated.Classify(m.Text, m.At).FollowUpOn is not null);
        Assert.Contains(messages, m => gated.Classify(m.Text, m.At).Referral is not null);
    }

    private static bool Alike(ReplyClassification a, ReplyClassification b) =>
        (a.ToString(), a.FollowUpOn, a.Referral) == (b.ToString(), b.FollowUpOn, b.Referral);
}
