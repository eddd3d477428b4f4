using System.Diagnostics;
using Playbook.Engine.Runtime;

namespace Playbook.Benchmarks;

/// <summary>
/// Watches a <c>run</c> or <c>tick</c> from outside through its progress reports (every 100 runs), so that the time
/// it spends before its first run (finding the work), between the runs, and after its last run (the report's reads and
/// the last commit) can be told apart without touching the engine. Reports synchronously, on the runtime's thread.
/// </summary>
internal sealed class PhaseProbe : IProgress<BatchProgress>
{
    private const int Parts = 10;
    private readonly long _start = Stopwatch.GetTimestamp();
    private readonly List<(int Done, long At)> _marks = [];
    private long? _first;
    private long _last;

    public int Total { get; private set; }

    /// <summary>From the call until the first report: the queries that find the runs to move on and the events to dispatch.</summary>
    public TimeSpan BeforeFirst => _first is { } first ? Stopwatch.GetElapsedTime(_start, first) : TimeSpan.Zero;

    /// <summary>From the first report to the last: the runs themselves.</summary>
    public TimeSpan Runs => _first is { } first ? Stopwatch.GetElapsedTime(first, _last) : TimeSpan.Zero;

    /// <summary>From the last report until <paramref name="end"/> (a <see cref="Stopwatch"/> timestamp taken when the call returned).</summary>
    public TimeSpan AfterLast(long end) => _first is null ? TimeSpan.Zero : Stopwatch.GetElapsedTime(_last, end);

    /// <summary>Runs per second in each tenth of the batch, to show whether the rate holds as the tables grow.</summary>
    public IReadOnlyList<double> RatePerTenth()
    {
        var rates = new List<double>();
        for (var i = 1; i < _marks.Count; i++)
        {
            var (done, at) = _marks[i];
            var (before, then) = _marks[i - 1];
            rates.Add((done - before) / Stopwatch.GetElapsedTime(then, at).TotalSeconds);
        }

        return rates;
    }

    public void Report(BatchProgress value)
    {
        var now = Stopwatch.GetTimestamp();
        _first ??= now;
        _last = now;
        Total = value.Total;
        if (value.Total > 0 && (_marks.Count == 0 || value.Done >= (long)value.Total * _marks.Count / Parts))
        {
            _marks.Add((value.Done, now));
        }
    }
}
