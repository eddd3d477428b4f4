namespace Playbook.Engine.Contacts;

/// <summary>A school, of the user or of a contact, with the degree and the years.</summary>
/// <param name="Name">The school's name.</param>
/// <param name="Degree">The degree (and field) as written, or null.</param>
/// <param name="Start">The first year, or null.</param>
/// <param name="End">The last year, or null.</param>
public sealed record School(string Name, string? Degree, int? Start, int? End);
