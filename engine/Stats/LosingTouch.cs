using Playbook.Engine.Catalog;
using Playbook.Engine.Contacts;
using Playbook.Engine.Playbooks;
using Playbook.Engine.Store;

namespace Playbook.Engine.Stats;

/// <summary>
/// Who is drifting away: the contacts in conversation or further (conversation, meeting, collaboration) whose last
/// interaction is older than their cadence, the <c>every</c> of the shortest enabled schedule whose <c>when</c>
/// matches them. Contacts no schedule covers have no cadence and are not listed. A contact whose latest reply asked to
/// be written to on a day still to come ("write me in January") is parked until then, not lost: <see cref="Parked"/>
/// lists them apart.
/// </summary>
public static class LosingTouch
{
    private static readonly string[] Close = [Stages.Conversation, Stages.Meeting, Stages.Collaboration];

    /// <summary>The drifting contacts at <paramref name="now"/>, the most overdue first; parked contacts are not among them.</summary>
    public static IReadOnlyList<DriftingContact> Find(ContactStore store, PlaybookCatalog catalog, MeProfile me, DateTimeOffset now) =>
        [.. All(store, catalog, me, now).Where(d => d.ParkedUntil is null)];

    /// <summary>
    /// The contacts past their cadence whose latest reply asked to be written to on a day after <paramref name="now"/>,
    /// with that day (<see cref="DriftingContact.ParkedUntil"/>), the soonest first.
    /// </summary>
    public static IReadOnlyList<DriftingContact> Parked(ContactStore store, PlaybookCatalog catalog, MeProfile me, DateTimeOffset now) =>
        [.. All(store, catalog, me, now).Where(d => d.ParkedUntil is not null).OrderBy(d => d.ParkedUntil).ThenBy(d => d.Contact.Id)];

    private static List<DriftingContact> All(ContactStore store, PlaybookCatalog catalog, MeProfile me, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(me);
        var schedules = catalog.Enabled.Where(p => p.IsSchedule).OrderBy(p => p.Every).ToList();
        var drifting = new List<DriftingContact>();
        if (schedules.Count == 0)
        {
            return drifting;
        }

        foreach (var contact in Close.SelectMany(stage => store.Contacts.Search(stage: stage)))
        {
            var history = store.Events.List(contact.Id).Where(e => e.At <= now).ToList();
            var context = new ConditionContext(contact, null, me, now, null, history);
            var schedule = schedules.FirstOrDefault(s => s.When is null || catalog.Evaluate(s.When, ConditionKeys.When(s.Name), context));
            if (schedule is null)
            {
                continue;
            }

            var since = context.LastInteraction ?? contact.CreatedAt;
            var overdue = now - since - schedule.Every!.Value;
            if (overdue > TimeSpan.Zero)
            {
                var today = DateOnly.FromDateTime(now.UtcDateTime);
                var asked = history.LastOrDefault(e => ConditionContext.IsReply(e) && e.FollowUpOn is not null)?.FollowUpOn;
                drifting.Add(new DriftingContact(contact, schedule.Name, schedule.Every.Value, context.LastInteraction, overdue)
                {
                    ParkedUntil = asked > today ? asked : null,
                });
            }
        }

        return [.. drifting.OrderByDescending(d => d.Overdue).ThenBy(d => d.Contact.Id)];
    }
}
