using Playbook.Engine.Console;
using Playbook.Engine.Scripting;
using Playbook.Tests.Scripting;

namespace Playbook.Tests.Console;

/// <summary>A condition tried in the console answers, and is refused, exactly as the same condition in a playbook.</summary>
public sealed class ConditionTrialTests
{
    [Theory]
    [InlineData("contact.FirstName == \"Ana\"")]
    [InlineData("event != null && event.Kind == EventKinds.InvitationReceived")]
    [InlineData("Replied")]
    [InlineData("DaysSinceLastInteraction > 3 && !HasTag(\"client\")")]
    [InlineData("history.Count(e => e.Direction == Directions.In) == 2")]
    public void Evaluate_Condition_AnswersAsThePlaybooksCompiledConditionDoes(string condition)
    {
        using var trial = new ConditionTrial();
        using var playbook = ConditionCompiler.Compile([ConditionSamples.When(condition)]);

        var tried = trial.Evaluate(condition, ConditionSamples.Context());

        Assert.Empty(playbook.Problems);
        Assert.Equal(playbook.Evaluate("welcome.yaml#when", ConditionSamples.Context()), tried);
    }

    [Theory]
    [InlineData("System.IO.File.Exists(\"/etc/passwd\")")]
    [InlineData("contact.Compnay != null")]
    [InlineData("contact.FirstName")]
    [InlineData("typeof(string).Assembly != null")]
    public void Evaluate_ConditionAPlaybookMayNotHave_IsRefusedWithThePlaybooksMessage(string condition)
    {
        using var trial = new ConditionTrial();
        using var playbook = ConditionCompiler.Compile([ConditionSamples.When(condition, line: 1, column: 1, file: ConditionTrial.FileName)]);

        var refused = Assert.Throws<TrialException>(() => trial.Evaluate(condition, ConditionSamples.Context()));

        Assert.NotEmpty(playbook.Problems);
        Assert.Equal(playbook.Problems.Select(p => p.ToString()), refused.Problems);
    }

    [Fact]
    public void Evaluate_ConditionThatReadsANull_SaysWhatAPlaybooksJournalWouldSay()
    {
        using var trial = new ConditionTrial();

        var failed = Assert.Throws<TrialException>(() => trial.Evaluate("event.Kind == \"x\"", ConditionSamples.WithoutEvent()));

        Assert.StartsWith("the condition failed: it read a member of something that is null", failed.Message, StringComparison.Ordinal);
        Assert.Empty(failed.Problems);
    }

    [Fact]
    public void Evaluate_Empty_AsksForAnExpression()
    {
        using var trial = new ConditionTrial();

        var refused = Assert.Throws<TrialException>(() => trial.Evaluate("  ", ConditionSamples.Context()));

        Assert.Equal("the condition is empty: type a C# expression such as contact.Company != null", refused.Message);
    }
}
