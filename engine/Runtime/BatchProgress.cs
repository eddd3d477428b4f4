namespace Playbook.Engine.Runtime;

/// <summary>How far a batch has come: <paramref name="Done"/> of <paramref name="Total"/> items.</summary>
/// <param name="Done">Items finished.</param>
/// <param name="Total">Items in the batch.</param>
public readonly record struct BatchProgress(int Done, int Total);
