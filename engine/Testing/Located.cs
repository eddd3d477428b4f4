using Playbook.Engine.Problems;

namespace Playbook.Engine.Testing;

/// <summary>A value a test file gives, with where it is written: where a failed expectation is reported.</summary>
internal sealed record Located<T>(T Value, SourceLocation At);
