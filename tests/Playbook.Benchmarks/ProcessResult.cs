namespace Playbook.Benchmarks;

/// <summary>
/// What one <c>playbook</c> process did: wall time from start to exit, processor time (user and system, as last seen
/// while it ran), peak resident memory, exit code and output.
/// </summary>
internal sealed record ProcessResult(TimeSpan Wall, TimeSpan Cpu, long PeakBytes, int ExitCode, string Output, string Error)
{
    public double PeakMegabytes => PeakBytes / 1024.0 / 1024.0;

    /// <summary>The processor time of the process's first thread alone, as last seen while it ran (an import's writing thread).</summary>
    public TimeSpan MainThreadCpu { get; init; }
}
