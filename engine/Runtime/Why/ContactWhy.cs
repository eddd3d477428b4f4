using Playbook.Engine.Contacts;

namespace Playbook.Engine.Runtime.Why;

/// <summary>
/// What <c>playbook why</c> says of one contact at the clock: for each of their events and each playbook that starts on
/// its kind (and each schedule), whether a run started and if not why; where each of their runs stands; and the
/// playbook files that run nothing at all (not trusted, or that did not load).
/// </summary>
/// <param name="Contact">The contact.</param>
/// <param name="Now">The clock it was worked out at.</param>
/// <param name="Verdicts">Per event (oldest first) and playbook, then per schedule.</param>
/// <param name="Runs">Every run of the contact, oldest first.</param>
/// <param name="Notes">Files of playbooks that run nothing, each in a sentence.</param>
public sealed record ContactWhy(Contact Contact, DateTimeOffset Now, IReadOnlyList<WhyVerdict> Verdicts, IReadOnlyList<RunStanding> Runs, IReadOnlyList<string> Notes);
