namespace Playbook.Engine.Playbooks.Steps;

/// <summary>What an <c>until</c> waits for.</summary>
public enum WaitUntilKind
{
    /// <summary><c>until: replied</c>: a reply from the contact (a <c>message.received</c> that is not <c>auto</c>).</summary>
    Replied,

    /// <summary><c>until: interaction</c>: any interaction logged with the contact.</summary>
    Interaction,

    /// <summary>Any other text: a C# condition, in <see cref="WaitUntil.Condition"/>.</summary>
    Condition,
}
