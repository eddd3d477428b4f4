using System.Runtime.CompilerServices;
using Playbook.Engine.Contacts;
using Playbook.Engine.Events;
using Playbook.Engine.Playbooks;
using Playbook.Engine.Playbooks.Steps;
using Playbook.Engine.Problems;

namespace Playbook.Engine.Scripting.Api;

/// <summary>
/// Declares one playbook of a C# script: its trigger, filter and steps, in order, as a YAML playbook would. Step
/// bodies and conditions are lambdas over the same context YAML conditions see. Made by <see cref="ScriptApi.Declare"/>.
/// </summary>
/// <example>
/// <code>
/// Declare("warm-welcome")
///     .On(EventKinds.InvitationReceived).MaxAge(Days(14))
///     .When(c => c.Analysis.Score > 0.3)
///     .Analyse("analyse")
///     .Draft("welcome", "welcome")
///     .Wait("wait", Days(7), until: c => c.Replied)
///     .Step("score", s => { if (s.Analysis.Goals.Count > 1) s.Tag("hot"); });
/// </code>
/// </example>
public sealed class PlaybookBuilder
{
    private readonly List<Step> _steps = [];
    private readonly SourceLocation _location;

    internal PlaybookBuilder(string name, SourceLocation location)
    {
        Name = name;
        _location = location;
    }

    /// <summary>The playbook's name.</summary>
    public string Name { get; }

    internal string? Description { get; private set; }

    internal string? Trigger { get; private set; }

    internal Func<ConditionContext, bool>? Filter { get; private set; }

    internal SourceLocation? FilterLocation { get; private set; }

    internal TimeSpan? Age { get; private set; }

    internal TimeSpan? Period { get; private set; }

    internal string? Replaces { get; private set; }

    internal SourceLocation? ReplacesLocation { get; private set; }

    internal IReadOnlyList<Step> Steps => _steps;

    internal TimeSpan? Limit { get; private set; }

    internal SourceLocation Location => _location;

    /// <summary>What the playbook is for, in words.</summary>
    public PlaybookBuilder Describe(string description)
    {
        Description = description;
        return this;
    }

    /// <summary>The event kind that starts a run (<see cref="EventKinds"/>), as <c>on:</c> says in YAML.</summary>
    public PlaybookBuilder On(string eventKind)
    {
        Trigger = eventKind;
        return this;
    }

    /// <summary>Runs on a period instead of for events: once <paramref name="period"/> after the last interaction with a contact.</summary>
    public PlaybookBuilder Every(TimeSpan period)
    {
        Trigger = PlaybookDefinition.Schedule;
        Period = period;
        return this;
    }

    /// <summary>Starts a run only when <paramref name="condition"/> holds for the event and its contact.</summary>
    public PlaybookBuilder When(Func<ConditionContext, bool> condition, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        Filter = condition;
        FilterLocation = new SourceLocation(file, Math.Max(1, line), 1);
        return this;
    }

    /// <summary>Events older than <paramref name="age"/> at the time of the run start nothing.</summary>
    public PlaybookBuilder MaxAge(TimeSpan age)
    {
        Age = age;
        return this;
    }

    /// <summary>
    /// Runs instead of the playbook named <paramref name="playbook"/> for the events this one's <see cref="When"/>
    /// matches; for the other events that one runs as usual.
    /// </summary>
    public PlaybookBuilder InsteadOf(string playbook, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        Replaces = playbook;
        ReplacesLocation = new SourceLocation(file, Math.Max(1, line), 1);
        return this;
    }

    /// <summary>How long each code step may run before its run fails (2 seconds unless given).</summary>
    public PlaybookBuilder TimeLimit(TimeSpan limit)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(limit, TimeSpan.Zero);
        Limit = limit;
        return this;
    }

    /// <summary>Analyses the contact: the journal records it and later drafts keep the evidence.</summary>
    public PlaybookBuilder Analyse(string id, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        Add(new AnalyseStep { Id = id, Location = At(file, line) });

    /// <summary>Writes a draft from <paramref name="template"/>; the run waits for it to be marked sent.</summary>
    public PlaybookBuilder Draft(string id, string template, string channel = DraftStep.DefaultChannel, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        Add(new DraftStep { Id = id, Location = At(file, line), Template = template, TemplateLocation = At(file, line), Channel = channel });

    /// <summary>Writes a draft from the template <paramref name="choose"/> names for this contact.</summary>
    public PlaybookBuilder Draft(string id, Func<ConditionContext, string> choose, string channel = DraftStep.DefaultChannel, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        ArgumentNullException.ThrowIfNull(choose);
        return Step(id, s => s.Draft(choose(s.Context), channel), file, line);
    }

    /// <summary>Holds the run for <paramref name="time"/>, or until <paramref name="until"/> comes true.</summary>
    public PlaybookBuilder Wait(string id, TimeSpan time, Func<ConditionContext, bool>? until = null, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var at = At(file, line);
        return Add(new WaitStep
        {
            Id = id,
            Location = at,
            For = time,
            Until = until is null ? null : new WaitUntil { Kind = WaitUntilKind.Condition, Condition = Code(until, at), Location = at },
        });
    }

    /// <summary>Holds the run for <paramref name="time"/>, or until the contact replies.</summary>
    public PlaybookBuilder WaitForReply(string id, TimeSpan time, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var at = At(file, line);
        return Add(new WaitStep { Id = id, Location = at, For = time, Until = new WaitUntil { Kind = WaitUntilKind.Replied, Location = at } });
    }

    /// <summary>Creates a task for the person, due <paramref name="after"/> the step; the text is a Liquid template.</summary>
    public PlaybookBuilder Remind(string id, string text, TimeSpan after = default, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var at = At(file, line);
        return Add(new RemindStep { Id = id, Location = at, Text = text, TextLocation = at, In = after });
    }

    /// <summary>Adds tags to the contact.</summary>
    public PlaybookBuilder Tag(string id, string tag, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        Add(new TagStep { Id = id, Location = At(file, line), Tags = [Tags.Normalize(tag) ?? tag] });

    /// <summary>Moves the contact to a stage.</summary>
    public PlaybookBuilder Stage(string id, string stage, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        Add(new StageStep { Id = id, Location = At(file, line), Stage = stage });

    /// <summary>Ends the run, with <paramref name="reason"/> in the journal.</summary>
    public PlaybookBuilder Stop(string id, string? reason = null, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        Add(new StopStep { Id = id, Location = At(file, line), Reason = reason });

    /// <summary>A step whose body is code: it reads through the <see cref="StepContext"/> and acts through its actions.</summary>
    public PlaybookBuilder Step(string id, Action<StepContext> body, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        ArgumentNullException.ThrowIfNull(body);
        return Add(new ScriptStep { Id = id, Location = At(file, line), Body = body });
    }

    /// <summary>Takes the step added last only when <paramref name="condition"/> holds, as <c>if:</c> does in YAML.</summary>
    public PlaybookBuilder If(Func<ConditionContext, bool> condition, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        if (_steps.Count == 0)
        {
            throw new InvalidOperationException($"playbook '{Name}': If() applies to the step before it; add a step first");
        }

        _steps[^1] = _steps[^1] with { If = Code(condition, At(file, line)) };
        return this;
    }

    private PlaybookBuilder Add(Step step)
    {
        _steps.Add(step);
        return this;
    }

    private static Expression Code(Func<ConditionContext, bool> condition, SourceLocation at)
    {
        ArgumentNullException.ThrowIfNull(condition);
        return new Expression("(C# lambda)", at) { Code = condition };
    }

    private SourceLocation At(string file, int line) =>
        string.IsNullOrEmpty(file) ? _location : new SourceLocation(file, Math.Max(1, line), 1);
}
