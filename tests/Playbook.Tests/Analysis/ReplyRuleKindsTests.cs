using Playbook.Engine.Analysis.Replies;
using Playbook.Tests.Support;

namespace Playbook.Tests.Analysis;

/// <summary>The return, later and referral rules: written by a user in the same format, and checked for the group each needs.</summary>
public sealed class ReplyRuleKindsTests : IDisposable
{
    private static readonly DateTimeOffset At = new(2026, 11, 16, 9, 30, 0, TimeSpan.Zero);
    private readonly TempFolder _folder = new();

    [Fact]
    public void Parse_KindPatternsWithoutTheirGroup_SayWhichGroupEachNeeds()
    {
        const string yaml = """
            rules:
              - label: later
                cue: asks for a holler
                patterns: ['\bholler at me\b']
              - label: referral
                cue: passes it on
                patterns: ['\bask (?<name>\w+)']
              - label: return
                cue: back
                patterns: ['\bde regreso\b']
            """;

        var error = Assert.Throws<ReplyRulesException>(() => ReplyRules.Parse(yaml, "reply-rules.yaml"));

        Assert.Equal(
            """
            reply-rules.yaml(4,16): a 'later' pattern needs a (?<when>...) group, such as '\bwrite me (?<when>[^.;!?\n]{1,60})'
            reply-rules.yaml(7,16): a 'referral' pattern needs a (?<who>...) group, such as '\btalk to (?<who>[^.;!?\n]{0,80})'
            reply-rules.yaml(10,16): a 'return' pattern needs a (?<when>...) or (?<last>...) group, such as '\buntil (?<when>[^.;!?\n]{1,60})'
            """,
            error.Message);
    }

    [Fact]
    public void Load_UserRulesOfEachKind_AreReadLikeTheBuiltInOnes()
    {
        var path = _folder.Write("reply-rules.yaml", """
            rules:
              - label: later
                cue: asks for a holler
                patterns: ['\bholler at me (?<when>[^.;!?\n]{1,60})']
              - label: referral
                cue: passes it on
                patterns: ['\bpregunta por (?<who>[^.;!?\n]{0,80})']
            """);
        var classifier = new ReplyClassifier(ReplyRules.Load(path));

        var later = classifier.Classify("Holler at me in March.", At);
        var referral = classifier.Classify("Pregunta por Íñigo Sáez en recepción.", At);

        Assert.Equal((ReplyLabels.BrushOff, new DateOnly(2027, 3, 1)), (later.Label, later.FollowUpOn));
        Assert.StartsWith("asks for a holler 2027-03-01 (", later.Cues[0], StringComparison.Ordinal);
        Assert.Equal((ReplyLabels.BrushOff, "Íñigo Sáez"), (referral.Label, referral.Referral));
        Assert.Null(ReplyClassifier.BuiltIn.Classify("Holler at me in March.", At).FollowUpOn);
    }

    public void Dispose() => _folder.Dispose();
}
