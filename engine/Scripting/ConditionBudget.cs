using System.ComponentModel;

namespace Playbook.Engine.Scripting;

/// <summary>
/// What one evaluation of a YAML condition may spend: <see cref="DefaultTime"/> and <see cref="DefaultBytes"/>. A
/// condition is one expression, with no loops and no recursion, but nested LINQ over the history can still take
/// hours, and text can double inside a lambda. The compiled code calls <see cref="Tick"/> at the start of every
/// lambda body and query clause; every few calls it reads the clock and the bytes the thread allocated, and throws
/// when the evaluation is over its budget, which fails that run and no other. No thread is started per evaluation.
/// </summary>
public static class ConditionBudget
{
    /// <summary>The time one evaluation may take.</summary>
    public static readonly TimeSpan DefaultTime = TimeSpan.FromSeconds(1);

    /// <summary>The bytes one evaluation may allocate: 256 MB.</summary>
    public const long DefaultBytes = 256L * 1024 * 1024;

    /// <summary>The C# the compiler puts at the start of every lambda body; see <see cref="Tick"/>.</summary>
    internal const string Call = "global::Playbook.Engine.Scripting.ConditionBudget.Tick()";

    /// <summary>How many ticks pass between two reads of the clock: a tick costs a few nanoseconds, a read some twenty.</summary>
    private const int CheckEvery = 16;

    // Per thread, not per call: passing it to the compiled code would make every lambda of every condition a closure,
    // allocated on every evaluation, where most capture nothing today. Set only around an evaluation (Evaluate).
    [ThreadStatic]
    private static EvaluationBudget? t_current;

    /// <summary>
    /// Counts one step of the condition being evaluated on this thread, and every few steps checks its budget. Called by
    /// the compiled conditions only; it does nothing outside an evaluation.
    /// </summary>
    /// <returns>Always true: the compiled code discards it.</returns>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static bool Tick()
    {
        if (t_current is { } budget && ++budget.Ticks % CheckEvery == 0)
        {
            budget.Check();
        }

        return true;
    }

    /// <summary>Starts <paramref name="budget"/> on this thread; returns the one it replaces, to give back to <see cref="End"/>.</summary>
    internal static EvaluationBudget? Begin(EvaluationBudget budget)
    {
        var outer = t_current;
        t_current = budget;
        return outer;
    }

    /// <summary>Ends the current budget of this thread, putting <paramref name="outer"/> back.</summary>
    internal static void End(EvaluationBudget? outer) => t_current = outer;
}
