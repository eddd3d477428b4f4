namespace Playbook.Benchmarks;

/// <summary>
/// Where the hand-written loop's time went: the query that finds the work, reading each contact and its events,
/// choosing the language and rendering, executing the writes, and committing (with SQLite's WAL checkpoints).
/// </summary>
internal readonly record struct LoopSplit(TimeSpan Finding, TimeSpan Reading, TimeSpan Rendering, TimeSpan Writing, TimeSpan Committing)
{
    public override string ToString() =>
        $"finding {RuntimeBenchmark.Ms(Finding)}, reading {RuntimeBenchmark.Ms(Reading)}, language + render {RuntimeBenchmark.Ms(Rendering)}, "
        + $"writes {RuntimeBenchmark.Ms(Writing)}, commits {RuntimeBenchmark.Ms(Committing)}";
}
