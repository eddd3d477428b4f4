using Playbook.Engine.Analysis;
using Playbook.Engine.Contacts;
using Playbook.Engine.Events;

namespace Playbook.Engine.Playbooks;

/// <summary>
/// What a playbook's conditions (<c>when</c>, <c>if</c>, <c>until</c>) see: a read-only snapshot of the
/// contact, the triggering event, the me-profile and the clock, with helpers over the contact's history.
/// Expressions are C# over these members, e.g. <c>contact.Company != null &amp;&amp; DaysSinceLastInteraction &gt; 30</c>.
/// </summary>
public sealed class ConditionContext
{
    private Func<ContactAnalysis>? _analyse;
    private ContactAnalysis? _analysis;

    /// <summary>
    /// Creates a context; <paramref name="history"/> is the contact's events, oldest first. <paramref name="analysis"/>
    /// gives the run's analysis when it has one; otherwise <see cref="Analysis"/> is made on first use.
    /// </summary>
    public ConditionContext(
        Contact contact, ContactEvent? triggeringEvent, MeProfile me, DateTimeOffset now, DateTimeOffset? runStartedAt,
        IReadOnlyList<ContactEvent> history, IReadOnlyDictionary<string, string>? vars = null, Func<ContactAnalysis>? analysis = null)
    {
        _analyse = analysis;
        ArgumentNullException.ThrowIfNull(contact);
        ArgumentNullException.ThrowIfNull(me);
        ArgumentNullException.ThrowIfNull(history);
        Contact = contact;
        Event = triggeringEvent;
        Me = me;
        Now = now;
        RunStartedAt = runStartedAt;
        History = history;
        Vars = vars ?? new Dictionary<string, string>();
    }

    /// <summary>The contact the run works on.</summary>
    public Contact Contact { get; }

    /// <summary>The event that started the run (null for a schedule).</summary>
    public ContactEvent? Event { get; }

    /// <summary>The user's me-profile, with config.yaml's goals.</summary>
    public MeProfile Me { get; }

    /// <summary>The clock of the command (<c>--now</c>).</summary>
    public DateTimeOffset Now { get; }

    /// <summary>When the run started (null before it has).</summary>
    public DateTimeOffset? RunStartedAt { get; }

    /// <summary>The contact's events, oldest first.</summary>
    public IReadOnlyList<ContactEvent> History { get; }

    /// <summary>
    /// The contact against the me-profile: common ground, goals served, <c>Score</c> from 0 to 1, <c>IsLowFit</c>.
    /// Made when a condition first reads it, so conditions that do not pay nothing.
    /// </summary>
    public ContactAnalysis Analysis
    {
        get
        {
            if (_analysis is null)
            {
                _analysis = _analyse?.Invoke() ?? ProfileAnalyzer.For(Me).Analyse(Contact, Event, Now, History);
                _analyse = null;
            }

            return _analysis;
        }
    }

    /// <summary>Values set by the run's <c>set</c> steps.</summary>
    public IReadOnlyDictionary<string, string> Vars { get; }

    /// <summary>The contact's tags.</summary>
    public IReadOnlyList<string> Tags => Contact.Tags;

    /// <summary>Whether the contact has <paramref name="tag"/> (case aside).</summary>
    public bool HasTag(string tag) => Contact.Tags.Contains(Contacts.Tags.Normalize(tag) ?? "", StringComparer.Ordinal);

    /// <summary>
    /// Whether the contact replied since the run started (or ever, before it has): a <c>message.received</c>
    /// that is not an automatic message.
    /// </summary>
    public bool Replied => History.Any(e => IsReply(e) && (RunStartedAt is null || e.At >= RunStartedAt));

    /// <summary>Whether anything was logged with the contact since the run started: a message either way, a meeting, a note.</summary>
    public bool Interacted => History.Any(e => IsInteraction(e) && (RunStartedAt is null || e.At >= RunStartedAt));

    /// <summary>The last interaction with the contact, if any.</summary>
    public DateTimeOffset? LastInteraction => History.LastOrDefault(IsInteraction)?.At;

    /// <summary>Whole days since the last interaction; a large number when there was none.</summary>
    public int DaysSinceLastInteraction => LastInteraction is { } last ? (int)Math.Floor((Now - last).TotalDays) : int.MaxValue;

    /// <summary>A reply is a received message that is not automatic (docs/runtime.md, "Drafts, waits and replies").</summary>
    public static bool IsReply(ContactEvent e) =>
        e.Kind == EventKinds.MessageReceived && e.Classification != "auto";

    /// <summary>What counts as an interaction: a message either way, a meeting, a collaboration, a note.</summary>
    public static bool IsInteraction(ContactEvent e) =>
        e.Kind is EventKinds.MessageReceived or EventKinds.MessageSent or EventKinds.Meeting or EventKinds.Collaboration or EventKinds.Note
        && (e.Kind != EventKinds.MessageReceived || e.Classification != "auto");
}
