namespace Playbook.Benchmarks;

/// <summary>Every welcome draft marked sent through the runtime, one call each, and the replies added after.</summary>
internal sealed record MarkSentRun(Cost Cost, int Marked, int Replies);
