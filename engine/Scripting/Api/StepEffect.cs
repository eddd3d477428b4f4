namespace Playbook.Engine.Scripting.Api;

/// <summary>What a script step asked for, in order; the runtime applies them when the body has returned.</summary>
/// <param name="Kind">One of <c>draft</c>, <c>tag</c>, <c>untag</c>, <c>stage</c>, <c>remind</c>, <c>set</c>, <c>stop</c>.</param>
/// <param name="Text">The template, stage, reminder text, name or reason.</param>
/// <param name="Values">The tags; for a draft its channel; for <c>set</c>, nothing.</param>
/// <param name="Value">The value of a <c>set</c>.</param>
/// <param name="After">When a reminder is due, after the step.</param>
public sealed record StepEffect(string Kind, string? Text, IReadOnlyList<string> Values, object? Value = null, TimeSpan After = default);
