namespace Playbook.Engine.Scripting;

/// <summary>
/// Thrown into a condition that is over its <see cref="ConditionBudget"/>, to stop it where it is; the evaluation
/// turns it into a <see cref="ConditionException"/>. Not an <see cref="OperationCanceledException"/>, which the runtime
/// takes for the command being cancelled rather than one run failing.
/// </summary>
internal sealed class ConditionBudgetException(string message) : Exception(message);
