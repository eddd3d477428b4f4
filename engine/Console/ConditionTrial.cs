using Playbook.Engine.Playbooks;
using Playbook.Engine.Scripting;

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
