namespace Playbook.Benchmarks.Profiles;

/// <summary>An item of the Contact section: <c>ana@example.com</c>, or a value with its label (<c>(LinkedIn)</c>, <c>(Mobile)</c>).</summary>
/// <param name="Value">The email, phone or URL.</param>
/// <param name="Label">The label without parentheses, or null (emails have none).</param>
internal sealed record SheetContact(string Value, string? Label = null);
