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

    /// <summary>The word of <c>in: follow-up</c>.</summary>
    public const string FollowUp = "follow-up";

    /// <summary>The word of <c>link: referral</c>.</summary>
    public const string Referral = "referral";

    /// <summary>How long after the step runs the task is due; zero (due at once) when <c>in</c> is not given.</summary>
    public TimeSpan In { get; init; }

    /// <summary>
    /// <c>in: follow-up</c>: the task is due on the day the triggering reply asks for (its <c>FollowUpOn</c>), at 09:00
    /// UTC; the step is skipped when the reply names no day.
    /// </summary>
    public bool OnFollowUp { get; init; }

    /// <summary><c>link: referral</c>: the task links to the contact the triggering reply refers to, when they are one of your contacts.</summary>
    public bool LinkReferral { get; init; }
}
