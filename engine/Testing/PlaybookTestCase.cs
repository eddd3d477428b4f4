using Playbook.Engine.Problems;

namespace Playbook.Engine.Testing;

/// <summary>One test of a file: the events it starts from, at a time, and its steps.</summary>
internal sealed record PlaybookTestCase(string Name, SourceLocation At, DateTimeOffset Start, IReadOnlyList<TestEvent> Events, IReadOnlyList<TestStep> Steps);
