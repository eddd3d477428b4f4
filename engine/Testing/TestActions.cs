namespace Playbook.Engine.Testing;

/// <summary>What a test step may do: one of these keys, with the clock where the step left it.</summary>
internal static class TestActions
{
    /// <summary>Dispatches pending events, as <c>playbook run</c>.</summary>
    public const string Run = "run";

    /// <summary>Wakes the runs whose wait is over and the due schedules, as <c>playbook tick</c>.</summary>
    public const string Tick = "tick";

    /// <summary>Marks a pending draft sent, as <c>playbook draft sent</c>.</summary>
    public const string Sent = "sent";

    /// <summary>Discards a pending draft, as <c>playbook draft discard</c>.</summary>
    public const string Discard = "discard";

    /// <summary>Logs an event, as <c>playbook event add</c>.</summary>
    public const string Event = "event";

    /// <summary>Logs a reply: a <c>message.received</c> from the contact.</summary>
    public const string Reply = "reply";

    /// <summary>Every action, in the order the docs list them.</summary>
    public static IReadOnlyList<string> All { get; } = [Run, Tick, Sent, Discard, Event, Reply];
}
