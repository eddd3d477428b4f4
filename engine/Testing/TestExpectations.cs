using Playbook.Engine.Problems;

namespace Playbook.Engine.Testing;

/// <summary>What must be true after a step; a part left out is not checked.</summary>
internal sealed record TestExpectations
{
    /// <summary>Exactly the drafts the step wrote, in any order; an empty list: none.</summary>
    public IReadOnlyList<DraftExpectation>? Drafts { get; init; }

    public SourceLocation? DraftsAt { get; init; }

    /// <summary>Exactly the tasks the step created, in any order; an empty list: none.</summary>
    public IReadOnlyList<TaskExpectation>? Tasks { get; init; }

    public SourceLocation? TasksAt { get; init; }

    /// <summary>Tags and stages of contacts, by the test's name for them.</summary>
    public IReadOnlyList<ContactExpectation> Contacts { get; init; } = [];

    /// <summary>Where runs stand: each the latest run of its playbook (for its contact).</summary>
    public IReadOnlyList<RunExpectation> Runs { get; init; } = [];
}
