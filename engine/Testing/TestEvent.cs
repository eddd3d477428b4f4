using Playbook.Engine.Problems;

namespace Playbook.Engine.Testing;

/// <summary>An event a test logs: before its steps (with its own time), or as a step (at the clock's time, when <see cref="At"/> is null).</summary>
internal sealed record TestEvent(SourceLocation Where, string Contact, string Kind, DateTimeOffset? At, string? Body, string? Channel);
