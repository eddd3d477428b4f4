using Playbook.Engine.Time;

namespace Playbook.Engine.Import.Writing;

/// <summary>
/// An import's phases, for whoever measures it: with <c>PLAYBOOK_IMPORT_TIMES</c> naming a file, each phase's
/// milliseconds since the process started, the process's processor time and the marking thread's so far are added to
/// that file when the import ends (see <see cref="PhaseTimes"/>). A process-wide record, as the process's start is.
/// </summary>
internal static class ImportTimes
{
    private static readonly PhaseTimes Phases = PhaseTimes.FromProcessStart("PLAYBOOK_IMPORT_TIMES");

    /// <summary>Notes that <paramref name="phase"/> is done, now.</summary>
    public static void Mark(string phase) => Phases.Mark(phase);

    /// <summary>Adds the phases noted to the file, and a blank line.</summary>
    public static void Write() => Phases.Write();
}
