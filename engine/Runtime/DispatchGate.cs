using Playbook.Engine.Events;

namespace Playbook.Engine.Runtime;

/// <summary>The dispatch's decision for one event (or schedule period) of one contact, with the run it would be.</summary>
/// <param name="Verdict">Whether a run starts, and if not, why.</param>
/// <param name="Work">The run as it would start (id 0): its contact, history and event, and the analysis once <c>when</c> read it.</param>
/// <param name="Failure">Why <c>when</c> failed, for <see cref="DispatchVerdict.WhenFailed"/>.</param>
internal sealed record DispatchGate(DispatchVerdict Verdict, RunWork Work, string? Failure)
{
    /// <summary>The <c>message.sent</c> that answered the invitation, for <see cref="DispatchVerdict.Answered"/>.</summary>
    public ContactEvent? Answer { get; init; }
}
