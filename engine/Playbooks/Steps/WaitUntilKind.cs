namespace Playbook.Engine.Playbooks.Steps;

/// <summary>What an <c>until</c> waits for.</summary>
public enum WaitUntilKind
{
    /// <summary><c>until: replied</c>: a reply from the contact (a <c>message.received</c> that is not <c>auto</c>).</summary>
    Replied,

    /// <summary><c>until: interaction</c>: any interaction logged with the contact.</summary>
    Interaction,

    /// <summary>
    /// <c>until: back</c>: the contact's return from an out-of-office (its return day plus the working days of
    /// <c>replies: back_after_working_days</c>); the run moves on then, or at once when they are not away, and at the
    /// latest when the wait's time is up.
    /// </summary>
    Back,

    /// <summary>Any other text: a C# condition, in <see cref="WaitUntil.Condition"/>.</summary>
    Condition,
}
