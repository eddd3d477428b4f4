using Playbook.Engine.Analysis;
using Playbook.Engine.Contacts;
using Playbook.Engine.Events;
using Playbook.Engine.Playbooks;

namespace Playbook.Engine.Scripting.Api;

/// <summary>
/// What a script step's code sees and can do: the same read-only context as conditions (the contact, the event, the
/// me-profile, the analysis, the clock, the history), read-only queries over the store, and the actions. Every effect
/// goes through the actions, which the runtime applies after the body returns, with the run's new position: a step
/// whose code throws or runs out of time leaves nothing behind.
/// </summary>
public sealed class StepContext
{
    private readonly List<StepEffect> _effects = [];

    internal StepContext(ConditionContext context, IStoreQueries store, CancellationToken cancellation)
    {
        Context = context;
        Store = store;
        Cancellation = cancellation;
    }

    /// <summary>The context conditions see.</summary>
    public ConditionContext Context { get; }

    /// <summary>The contact the run works on.</summary>
    public Contact Contact => Context.Contact;

    /// <summary>The event that started the run (null for a schedule).</summary>
    public ContactEvent? Event => Context.Event;

    /// <summary>The me-profile, with config.yaml's goals.</summary>
    public MeProfile Me => Context.Me;

    /// <summary>The contact against the me-profile.</summary>
    public ContactAnalysis Analysis => Context.Analysis;

    /// <summary>The clock of the command.</summary>
    public DateTimeOffset Now => Context.Now;

    /// <summary>The contact's events, oldest first, as of the run's clock.</summary>
    public IReadOnlyList<ContactEvent> History => Context.History;

    /// <summary>Values set by earlier steps.</summary>
    public IReadOnlyDictionary<string, string> Vars => Context.Vars;

    /// <summary>Read-only queries over the store: contacts, events, tags.</summary>
    public IStoreQueries Store { get; }

    /// <summary>Cancelled when the step runs out of time; long loops should check it.</summary>
    public CancellationToken Cancellation { get; }

    /// <summary>What the step asked for so far.</summary>
    public IReadOnlyList<StepEffect> Effects => _effects;

    /// <summary>
    /// Writes a draft from <paramref name="template"/> (one per step); the run then waits for it to be sent. With
    /// <paramref name="variant"/>, the template's name is recorded as the draft's variant, for an A/B test the script
    /// decides (<c>stats --by variant</c> compares them).
    /// </summary>
    public void Draft(string template, string channel = Playbooks.Steps.DraftStep.DefaultChannel, bool variant = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(template);
        if (_effects.Any(e => e.Kind == "draft"))
        {
            throw new InvalidOperationException("a step writes at most one draft; give each draft its own step");
        }

        Add(new StepEffect("draft", template, [channel], variant));
    }

    /// <summary>Adds tags to the contact.</summary>
    public void Tag(params string[] tags) => Add(new StepEffect("tag", null, Valid(tags)));

    /// <summary>Removes tags from the contact.</summary>
    public void Untag(params string[] tags) => Add(new StepEffect("untag", null, Valid(tags)));

    /// <summary>Moves the contact to <paramref name="stage"/>.</summary>
    public void Stage(string stage)
    {
        if (!Stages.IsKnown(stage))
        {
            throw new ArgumentException($"'{stage}' is not a stage; the stages are {string.Join(", ", Stages.All)}", nameof(stage));
        }

        Add(new StepEffect("stage", stage, []));
    }

    /// <summary>Creates a task for the person, due <paramref name="after"/> the step (one per step).</summary>
    public void Remind(string text, TimeSpan after = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        if (_effects.Any(e => e.Kind == "remind"))
        {
            throw new InvalidOperationException("a step creates at most one task; give each reminder its own step");
        }

        Add(new StepEffect("remind", text, [], After: after));
    }

    /// <summary>Stores a value on the run (a bool, a whole number, a number, text or null), for later steps and templates.</summary>
    public void Set(string name, object? value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var stored = value switch
        {
            null or bool or long or double or string => value,
            int i => (long)i,
            float f => (double)f,
            decimal d => (double)d,
            _ => throw new ArgumentException($"'{name}' should be a bool, a number or text, not a {value.GetType().Name}", nameof(value)),
        };
        Add(new StepEffect("set", name, [], stored));
    }

    /// <summary>Ends the run after this step's other effects, with <paramref name="reason"/> in the journal.</summary>
    public void Stop(string? reason = null) => Add(new StepEffect("stop", reason, []));

    private void Add(StepEffect effect)
    {
        if (_effects.Any(e => e.Kind == "stop"))
        {
            throw new InvalidOperationException("the step already stopped the run; nothing may follow Stop()");
        }

        _effects.Add(effect);
    }

    private static string[] Valid(string[] tags)
    {
        var normalized = tags.Select(Contacts.Tags.Normalize).OfType<string>().ToArray();
        return normalized.Length == 0 || normalized.Length != tags.Length
            ? throw new ArgumentException("give one tag or more, each a word such as 'close'", nameof(tags))
            : normalized;
    }
}
