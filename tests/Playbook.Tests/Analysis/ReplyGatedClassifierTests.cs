using Playbook.Engine.Analysis.Replies;
using Playbook.Tests.Support;

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

    [Fact]
    public void Classify_UserRulesGatedAndPlain_ReadEveryReplyAlike()
    {
        using var folder = new TempFolder();
        var file = Path.Combine(folder.Path, ReplyRules.FileName);
        File.WriteAllText(file, """
            rules:
              - label: ignore
                cue: a postscript
                patterns: ['\bps\b[^\n]{0,60}$']
              - label: auto
                cue: a ticket number
                patterns: ['\bticket #?\d{3,}']
              - label: negative
                cue: says no in capitals
                patterns: ['(?i)NO GRACIAS', '\bNOT FOR US\b']
              - label: engaged
                cue: proposes a day
                patterns: ['\b(?:nos vemos|see you) (?:el|on) \w+']
              - label: brush-off
                cue: talks of the future
                patterns: ['\btalk\b.{0,20}\bfuture\b', '\b(?:maybe|quizas)\b']
            """);
        var rules = ReplyRules.Load(file);
        var random = new Random(20261214);
        var corpus = LabelledReply.Read(LabelledReply.Tuning).Select(r => r.Text)
            .Concat(["See you on Monday then", "no gracias", "Ticket #12345 opened", "Let's talk in the future! ps: bye", "quizás"]).ToList();
        var messages = corpus.Concat(Enumerable.Range(0, 600).Select(_ => ReplyHostileTextTests.Mutate(random, corpus[random.Next(corpus.Count)]))).ToList();
        var plain = new ReplyClassifier(rules, gated: false);
        var gated = new ReplyClassifier(rules, gated: true);
        var at = new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

        foreach (var text in messages)
        {
            var (expected, got) = (plain.Classify(text, at), gated.Classify(text, at));
            for (var again = 0; again < 5 && !Alike(expected, got); again++)
            {
                (expected, got) = (plain.Classify(text, at), gated.Classify(text, at));
            }

            Assert.True(Alike(expected, got), $"{text}\nplain: {expected}\ngated: {got}");
        }

        Assert.Contains(messages, m => gated.Classify(m, at).ToString().Contains("proposes a day", StringComparison.Ordinal));
        Assert.Contains(messages, m => gated.Classify(m, at).ToString().Contains("a ticket number", StringComparison.Ordinal));
    }

    [Fact]
    public void Classify_ALongAnswerNoRuleDecides_CountsThePiecesBetweenBlanksThatHoldALetter()
    {
        // 32 words, one piece of digits and one of punctuation alone, between spaces, tabs and new lines.
        const string text = "Our quarterly figures look steady,\tand the board approved a budget yesterday afternoon.\n\nSeveral groups reviewed "
            + "their plans across every region we serve: 2026 -- so far the numbers match what accounting expected overall.";

        var reply = ReplyClassifier.BuiltIn.Classify(text, new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

        Assert.Equal("engaged: a substantial answer (32 words)", reply.ToString());
    }

    private static bool Alike(ReplyClassification a, ReplyClassification b) =>
        (a.ToString(), a.FollowUpOn, a.Referral) == (b.ToString(), b.FollowUpOn, b.Referral);
}
