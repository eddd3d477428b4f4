using Playbook.Engine.Analysis.Replies;
using Playbook.Engine.Import.LinkedIn;

namespace Playbook.Tests.Import.LinkedIn;

/// <summary>
/// A received message's classification is worked out once, by the thread that reads ahead (from the end of each batch)
/// or by the store's (from its start), whichever comes first, and reads as the classifier alone reads it.
/// </summary>
public sealed class SharedClassificationTests
{
    private static readonly DateTimeOffset At = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Value_TwoThreadsFromBothEnds_EachMessageClassifiedOnceAsTheClassifierReadsIt()
    {
        string[] bodies = ["Thanks, let's talk next Tuesday at 10", "Not interested, please remove me", "I'm out of office until March 9",
            "Sure! Send me a few times that suit you", "Please contact my colleague Ana Lima (ana@example.com) instead", "ok"];
        var calls = 0;
        Func<string?, DateTimeOffset?, ReplyClassification> classify = (body, at) =>
        {
            Interlocked.Increment(ref calls);
            return ReplyClassifier.BuiltIn.Classify(body, at);
        };
        var messages = Enumerable.Range(0, 6_000).Select(i => bodies[i % bodies.Length] + $" #{i}").ToList();
        var shared = messages.Select(body => new SharedClassification(classify, body, At)).ToList();

        var fromTheEnd = new Thread(() =>
        {
            for (var i = shared.Count - 1; i >= 0; i--)
            {
                shared[i].TryWork();
            }
        });
        fromTheEnd.Start();
        var read = shared.Select(s => s.Value).ToList();
        fromTheEnd.Join();

        Assert.Equal(shared.Count, calls);
        for (var i = 0; i < messages.Count; i++)
        {
            var alone = ReplyClassifier.BuiltIn.Classify(messages[i], At);
            Assert.Equal(alone.Label, read[i].Label);
            Assert.Equal(alone.Cues, read[i].Cues);
            Assert.Equal(alone.FollowUpOn, read[i].FollowUpOn);
            Assert.Equal(alone.Referral, read[i].Referral);
        }
    }

    [Fact]
    public void Value_ClassifierThrewOnTheOtherThread_ThrowsItWhereTheMessageIsTaken()
    {
        var shared = new SharedClassification((_, _) => throw new InvalidOperationException("the rules broke"), "hello", At);

        var other = new Thread(shared.TryWork);
        other.Start();
        other.Join();

        var thrown = Assert.Throws<InvalidOperationException>(() => shared.Value);
        Assert.Equal("the rules broke", thrown.Message);
    }
}
