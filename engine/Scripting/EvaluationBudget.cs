using System.Diagnostics;
using System.Globalization;

namespace Playbook.Engine.Scripting;

/// <summary>
/// The budget of one evaluation of a condition (see <see cref="ConditionBudget"/>): when it started, by the
/// monotonic clock (a budget measures how long the process spends, which the run's clock, <c>--now</c>, does not say),
/// how many bytes the thread had allocated then, and why it ran out.
/// </summary>
internal sealed class EvaluationBudget
{
    private readonly long _deadline;
    private readonly long _bytesAtStart;
    private readonly TimeSpan _time;
    private readonly long _bytes;

    public EvaluationBudget(TimeSpan time, long bytes)
    {
        _time = time;
        _bytes = bytes;
        _deadline = Stopwatch.GetTimestamp() + (long)(time.TotalSeconds * Stopwatch.Frequency);
        _bytesAtStart = GC.GetAllocatedBytesForCurrentThread();
    }

    /// <summary>How many times the condition ticked.</summary>
    public long Ticks { get; set; }

    /// <summary>Why the evaluation was stopped, or null while it is within its budget.</summary>
    public string? Exceeded { get; private set; }

    /// <summary>Stops the evaluation when it is over its time or its bytes.</summary>
    /// <exception cref="ConditionBudgetException">It is.</exception>
    public void Check()
    {
        if (Stopwatch.GetTimestamp() > _deadline)
        {
            Exceed(string.Create(CultureInfo.InvariantCulture, $"ran longer than its budget of {_time.TotalSeconds:0.###} s"));
        }

        if (GC.GetAllocatedBytesForCurrentThread() - _bytesAtStart > _bytes)
        {
            Exceed(string.Create(CultureInfo.InvariantCulture, $"allocated more than its budget of {_bytes / (1024 * 1024)} MB"));
        }
    }

    private void Exceed(string why)
    {
        Exceeded = why;
        throw new ConditionBudgetException(why);
    }
}
