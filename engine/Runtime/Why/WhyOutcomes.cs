namespace Playbook.Engine.Runtime.Why;

/// <summary>What happened, or happens next, for one event (or one schedule) of a contact and one playbook.</summary>
public static class WhyOutcomes
{
    /// <summary>A run started (<see cref="WhyVerdict.RunId"/>).</summary>
    public const string Started = "started";

    /// <summary>No run yet, and nothing stops one: the next <c>run</c> (or for a schedule, <c>tick</c>) starts it.</summary>
    public const string Pending = "pending";

    /// <summary>The event is older than the playbook's <c>max_age</c>: history, which starts nothing.</summary>
    public const string MaxAge = "max-age";

    /// <summary>The event is after the clock: it is looked at once its time has come.</summary>
    public const string Future = "future";

    /// <summary>The playbook's <c>when</c> is false (<see cref="WhyVerdict.Readings"/> holds what it read).</summary>
    public const string When = "when";

    /// <summary>The playbook's <c>when</c> throws: a run starts and fails at once.</summary>
    public const string WhenFailed = "when-failed";

    /// <summary>The invitation was already answered by hand: no welcome.</summary>
    public const string Answered = "answered";

    /// <summary>The contact is tagged <c>do-not-contact</c>.</summary>
    public const string DoNotContact = "do-not-contact";

    /// <summary>The playbook is switched off (<c>playbook disable</c>).</summary>
    public const string SwitchedOff = "switched-off";

    /// <summary>Another playbook runs instead: one that takes this one over matched the event, or this one steps aside for the one it replaces.</summary>
    public const string InsteadOf = "instead-of";

    /// <summary>The playbook has problems (or a user file of its name does): nothing of it runs until they are fixed.</summary>
    public const string Problems = "problems";

    /// <summary>A schedule whose period for this contact is not over yet.</summary>
    public const string NotDue = "not-due";

    /// <summary>A schedule whose current period a run already covers.</summary>
    public const string Covered = "covered";

    /// <summary>No playbook starts on this kind of event.</summary>
    public const string NoPlaybook = "no-playbook";
}
