using Playbook.Engine.Runtime.Why;
using Playbook.Engine.Time;

namespace Playbook.Tui.Cli;

/// <summary>
/// <c>why --json</c>: the contact, the clock, one verdict per event and playbook (then per schedule), where each run
/// stands with the draft it waits on, and notes on playbook files that run nothing.
/// </summary>
internal sealed record WhyJson(
    long ContactId,
    string Contact,
    DateTimeOffset Now,
    IReadOnlyList<WhyJson.VerdictJson> Verdicts,
    IReadOnlyList<WhyJson.StandingJson> Runs,
    IReadOnlyList<string> Notes)
{
    public static WhyJson From(ContactWhy why) => new(
        why.Contact.Id,
        why.Contact.FullName,
        why.Now,
        [.. why.Verdicts.Select(v => new VerdictJson(
            v.Playbook,
            v.Event?.Id,
            v.Event?.Kind,
            v.Event?.At,
            v.Age is { } age && age >= TimeSpan.Zero ? Duration.Format(age) : null,
            v.Outcome,
            v.Reason,
            v.RunId,
            v.Condition,
            [.. v.Readings.Select(r => new ReadingJson(r.Expression, r.Value))]))],
        [.. why.Runs.Select(s => new StandingJson(RunJson.From(s.Run), s.WaitsOn is { } draft ? DraftJson.From(draft) : null, s.Reason))],
        why.Notes);

    /// <summary>One event (null for a schedule) and one playbook (null when none starts on the event's kind).</summary>
    internal sealed record VerdictJson(
        string? Playbook, long? EventId, string? EventKind, DateTimeOffset? EventAt, string? Age, string Outcome, string Reason, long? RunId,
        string? Condition, IReadOnlyList<ReadingJson> Readings);

    internal sealed record ReadingJson(string Expression, string Value);

    internal sealed record StandingJson(RunJson Run, DraftJson? WaitsOn, string Reason);
}
