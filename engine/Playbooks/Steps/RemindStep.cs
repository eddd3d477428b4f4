using Playbook.Engine.Problems;

namespace Playbook.Engine.Playbooks.Steps;

/// <summary>Creates a task for the person, due after a time (the <c>remind</c> and <c>in</c> keys).</summary>
public sealed record RemindStep : Step
{
    /// <inheritdoc/>
    public override string Kind => StepKinds.Remind;

    /// <summary>The task's text: a Liquid template over the same names as drafts (<c>{{ contact.first_name }}</c>).</summary>
    public required string Text { get; init; }

    /// <summary>Where the text starts in the file, for template errors.</summary>
    public required SourceLocation TextLocation { get; init; }

    /// <summary>How long after the step runs the task is due; zero (due at once) when <c>in</c> is not given.</summary>
    public TimeSpan In { get; init; }
}
