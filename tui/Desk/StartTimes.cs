using Playbook.Engine.Time;

namespace Playbook.Tui.Desk;

/// <summary>
/// The desk's start-up, phase by phase, for whoever measures it: with <c>PLAYBOOK_START_TIMES</c> naming a file, each
/// phase's milliseconds since <c>Main</c>, the process's processor time and the marking thread's so far (and the thread
/// it ran on) are added to that file when the desk closes (see <see cref="PhaseTimes"/>). A process-wide record, as
/// the process's start is.
/// </summary>
internal static class StartTimes
{
    private static readonly PhaseTimes Phases = PhaseTimes.FromNow("PLAYBOOK_START_TIMES");

    /// <summary>Notes that <paramref name="phase"/> is done, now.</summary>
    public static void Mark(string phase) => Phases.Mark(phase);

    /// <summary>Adds the phases noted to the file, and a blank line.</summary>
    public static void Write() => Phases.Write();
}
