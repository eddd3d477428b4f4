
namespace Playbook.Engine.Testing;

/// <summary>Tags a contact must have and must not have, and the stage it must be at.</summary>
internal sealed record ContactExpectation
{
    public required Located<string> Contact { get; init; }

    public IReadOnlyList<Located<string>> Tags { get; init; } = [];

    public IReadOnlyList<Located<string>> NotTags { get; init; } = [];

    public Located<string>? Stage { get; init; }
}
