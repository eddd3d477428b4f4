using Playbook.Engine.Analysis;
using Playbook.Engine.Contacts;
using Playbook.Engine.Events;
using Playbook.Engine.Playbooks;
using Playbook.Engine.Scripting;
using Playbook.Engine.Store;

namespace Playbook.Engine.Console;

/// <summary>
/// A YAML <c>when:</c> typed to be tried rather than written in a playbook: compiled by the same compiler as the
/// playbooks' conditions (the same names, the same safety check, a value that must be a bool) and evaluated within the
/// same time and memory budget, so that what it answers is what a playbook would. Each text is compiled once and kept
/// for the life of the trial, in its own collectible load context, unloaded by <see cref="Dispose"/>.
/// </summary>
public sealed class ConditionTrial : IDisposable
{
    /// <summary>What the problems of a condition tried here name as its file.</summary>
    public const string FileName = "when";

    /// <summary>Each text is compiled alone, so one key serves them all.</summary>
    private const string Key = "console#when";

    private readonly Dictionary<string, CompiledConditions> _compiled = new(StringComparer.Ordinal);
    private bool _disposed;

    /// <summary>
    /// Evaluates <paramref name="condition"/> (a C# boolean expression, as after <c>when:</c>) over
    /// <paramref name="context"/>.
    /// </summary>
    /// <exception cref="TrialException">The condition does not compile (every problem, placed in it), or it failed while it ran.</exception>
    public bool Evaluate(string condition, ConditionContext context)
    {
        ArgumentNullException.ThrowIfNull(condition);
        ArgumentNullException.ThrowIfNull(context);
        ObjectDisposedException.ThrowIf(_disposed, this);
        var text = condition.Trim();
        if (text.Length == 0)
        {
            throw new TrialException([], "the condition is empty: type a C# expression such as contact.Company != null");
        }

        var compiled = Compile(text);
        if (compiled.Problems.Count > 0)
        {
            throw new TrialException([.. compiled.Problems.Select(p => p.ToString())], string.Join("\n", compiled.Problems));
        }

        try
        {
            return compiled.Evaluate(Key, context);
        }
        catch (ConditionException e)
        {
            throw new TrialException([], $"the condition {e.Reason}", e);
        }
    }

    /// <summary>
    /// Evaluates <paramref name="condition"/> as a playbook's <c>when:</c> would for <paramref name="contact"/> of
    /// <paramref name="store"/>, with the event a run would start from (<paramref name="trigger"/>, by default the
    /// contact's latest), the me-profile <paramref name="me"/> and the clock <paramref name="now"/>: before a run
    /// starts, as a <c>when:</c> is.
    /// </summary>
    /// <exception cref="TrialException">The condition does not compile, or it failed while it ran.</exception>
    public bool Evaluate(string condition, ContactStore store, Contact contact, MeProfile me, DateTimeOffset now, ContactEvent? trigger = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(contact);
        ArgumentNullException.ThrowIfNull(me);
        var history = store.Events.List(contact.Id);
        var triggering = trigger ?? Latest(history);
        return Evaluate(condition, new ConditionContext(contact, triggering, me, now, null, history,
            analysis: () => ProfileAnalyzer.For(me).Analyse(contact, triggering, now)));
    }

    /// <summary>The contact's latest event in <paramref name="history"/> (oldest first), or null: what a trial starts from by default.</summary>
    public static ContactEvent? Latest(IReadOnlyList<ContactEvent> history)
    {
        ArgumentNullException.ThrowIfNull(history);
        return history.Count == 0 ? null : history[^1];
    }

    /// <summary>Unloads every condition compiled here.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        foreach (var compiled in _compiled.Values)
        {
            compiled.Dispose();
        }

        _compiled.Clear();
    }

    private CompiledConditions Compile(string text)
    {
        if (_compiled.TryGetValue(text, out var found))
        {
            return found;
        }

        var compiled = ConditionCompiler.Compile([new ConditionSource(Key, text, FileName, 1, 1)]);
        _compiled[text] = compiled;
        return compiled;
    }

}
