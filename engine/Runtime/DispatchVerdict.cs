namespace Playbook.Engine.Runtime;

/// <summary>What the dispatch decides for a due event or schedule period of a contact (see <see cref="DispatchGate"/>).</summary>
internal enum DispatchVerdict
{
    /// <summary>A run starts.</summary>
    Starts,

    /// <summary>A run starts and fails at once: <c>when</c> threw.</summary>
    WhenFailed,

    /// <summary>The contact is tagged <c>do-not-contact</c>.</summary>
    DoNotContact,

    /// <summary>The invitation was already answered (a <c>message.sent</c> at or after it).</summary>
    Answered,

    /// <summary>The playbook's <c>when</c> is false.</summary>
    WhenFalse,

    /// <summary>A playbook that runs <c>instead_of</c> this one takes the event, or this one steps aside for the one it replaces.</summary>
    InsteadOf,
}
