namespace Playbook.Engine.Runs;

/// <summary>The states a run can be in.</summary>
public static class RunStates
{
    /// <summary>Taking its steps; a run left in this state by a crash is taken up again by the next <c>run</c> or <c>tick</c>.</summary>
    public const string Running = "running";

    /// <summary>Held: until a time (<see cref="Run.WakeAt"/>), or until its draft is marked sent or discarded.</summary>
    public const string Waiting = "waiting";

    /// <summary>Finished: it took its last step, or a wait ended it (a reply came).</summary>
    public const string Done = "done";

    /// <summary>Ended early: a <c>stop</c> step, a discarded draft, a negative reply, a playbook edit that removed its step.</summary>
    public const string Stopped = "stopped";

    /// <summary>A step failed; the reason is in the journal and in <see cref="Run.Reason"/>.</summary>
    public const string Failed = "failed";

    /// <summary>Every state, in the order a run goes through them.</summary>
    public static IReadOnlyList<string> All { get; } = [Running, Waiting, Done, Stopped, Failed];

    /// <summary>Whether a run in <paramref name="state"/> still has work to do.</summary>
    public static bool IsActive(string state) => state is Running or Waiting;
}
