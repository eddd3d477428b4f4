namespace Playbook.Benchmarks;

/// <summary>One <c>playbook run</c> process and how many runs the store held after it.</summary>
internal sealed record ProcessRun(ProcessResult Result, long Runs)
{
    public double RunsPerSecond => Runs / Result.Wall.TotalSeconds;
}
