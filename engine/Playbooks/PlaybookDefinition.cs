using Playbook.Engine.Playbooks.Steps;
using Playbook.Engine.Problems;

namespace Playbook.Engine.Playbooks;

/// <summary>
/// A playbook as loaded from one YAML file and found valid: what starts it, which events it considers,
/// and its steps in order. Built by <see cref="Loading.PlaybookLoader"/> (or a script); immutable.
/// </summary>
public sealed record PlaybookDefinition
{
    private readonly IReadOnlyList<Step> _steps = [];
    private readonly StepIndex _index = new([]);

    /// <summary>The trigger of a playbook that runs on a period (<c>on: schedule</c> with <c>every:</c>) rather than for events.</summary>
    public const string Schedule = "schedule";

    /// <summary>The playbook's name (<c>name</c>): lower-case letters, digits, <c>-</c> and <c>_</c>; unique among loaded playbooks.</summary>
    public required string Name { get; init; }

    /// <summary>What the playbook is for (<c>description</c>), or null.</summary>
    public string? Description { get; init; }

    /// <summary>The event kind that starts a run (<c>on</c>): one of <see cref="Events.EventKinds.All"/>, or <see cref="Schedule"/>.</summary>
    public required string Trigger { get; init; }

    /// <summary>The condition an event and its contact must meet to start a run (<c>when</c>), or null for every event.</summary>
    public Expression? When { get; init; }

    /// <summary>
    /// The oldest an event may be, at the time of the run, to start one (<c>max_age</c>), or null for no limit.
    /// History is history: the built-ins use 14 days.
    /// </summary>
    public TimeSpan? MaxAge { get; init; }

    /// <summary>
    /// For a schedule: how long after the last interaction with a contact a run starts for them (<c>every</c>), so any
    /// logged interaction resets the contact's clock. Null for event triggers.
    /// </summary>
    public TimeSpan? Every { get; init; }

    /// <summary>
    /// The playbook this one takes over for the events its own <see cref="When"/> matches (<c>instead_of</c>), or null.
    /// For such an event this playbook runs and the named one does not; for every other event the named one runs as usual.
    /// </summary>
    public string? InsteadOf { get; init; }

    /// <summary>Where the <c>instead_of</c> value is in the file, or null when there is none.</summary>
    public SourceLocation? InsteadOfLocation { get; init; }

    /// <summary>How long a code step of a script playbook may run (null: <see cref="DefaultStepTimeLimit"/>).</summary>
    public TimeSpan? StepTimeLimit { get; init; }

    /// <summary>How long a code step may run unless its playbook says otherwise.</summary>
    public static TimeSpan DefaultStepTimeLimit { get; } = TimeSpan.FromSeconds(2);

    /// <summary>Whether the playbook runs on a period rather than for events.</summary>
    public bool IsSchedule => Trigger == Schedule;

    /// <summary>The steps, in the order a run takes them; at least one, with unique ids.</summary>
    public required IReadOnlyList<Step> Steps
    {
        get => _steps;
        init
        {
            ArgumentNullException.ThrowIfNull(value);
            _steps = value;
            _index = new StepIndex(value);
        }
    }

    /// <summary>The file the playbook came from, as the path given to the loader.</summary>
    public required string SourceFile { get; init; }

    /// <summary>
    /// The playbook's version: the SHA-256 of the file's bytes, in lower-case hex. Any change to the file,
    /// even a comment, is a new version; runs are pinned to the version that started them.
    /// </summary>
    public required string ContentHash { get; init; }

    /// <summary>Where the playbook's name is in the file.</summary>
    public required SourceLocation NameLocation { get; init; }

    /// <summary>Where the trigger (the <c>on</c> value) is in the file.</summary>
    public required SourceLocation TriggerLocation { get; init; }

    /// <summary>Where the <c>max_age</c> value is in the file, or null when there is none.</summary>
    public SourceLocation? MaxAgeLocation { get; init; }

    /// <summary>The step with <paramref name="id"/>, or null when the playbook has none (for example after an edit).</summary>
    public Step? FindStep(string id) => IndexOfStep(id) is var index and >= 0 ? _steps[index] : null;

    /// <summary>The position of the step with <paramref name="id"/> in <see cref="Steps"/>, or -1.</summary>
    public int IndexOfStep(string id) => _index.Position(id);

    /// <summary>Whether an <c>analyse</c> step comes before the step with <paramref name="id"/>: its drafts carry the evidence.</summary>
    public bool AnalysesBefore(string id) => _index.FirstAnalyse >= 0 && IndexOfStep(id) > _index.FirstAnalyse;

    /// <summary>
    /// Each step's position by id (the first, should two share one), built with the steps: a run asks for a step at
    /// each one it takes, and a scan would make a long playbook cost the square of its steps. It is derived from
    /// <see cref="Steps"/>, so it plays no part in equality.
    /// </summary>
    private sealed class StepIndex
    {
        private readonly Dictionary<string, int> _positions;

        public StepIndex(IReadOnlyList<Step> steps)
        {
            _positions = new Dictionary<string, int>(steps.Count, StringComparer.Ordinal);
            FirstAnalyse = -1;
            for (var i = 0; i < steps.Count; i++)
            {
                _positions.TryAdd(steps[i].Id, i);
                if (FirstAnalyse < 0 && steps[i] is AnalyseStep)
                {
                    FirstAnalyse = i;
                }
            }
        }

        public int FirstAnalyse { get; }

        public int Position(string id) => _positions.TryGetValue(id, out var position) ? position : -1;

        public override bool Equals(object? obj) => obj is StepIndex;

        public override int GetHashCode() => 0;
    }
}
