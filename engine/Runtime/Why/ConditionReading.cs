namespace Playbook.Engine.Runtime.Why;

/// <summary>One value a condition read, as <c>why</c> shows it: <c>contact.Company = "Pixelría"</c>.</summary>
/// <param name="Expression">What the condition wrote (<c>contact.Company</c>, <c>HasTag("close")</c>).</param>
/// <param name="Value">Its value when the condition was evaluated, as text (<c>null</c>, <c>"text"</c>, <c>false</c>, <c>[a, b]</c>).</param>
public sealed record ConditionReading(string Expression, string Value);
