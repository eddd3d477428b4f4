namespace Playbook.Benchmarks.Profiles;

/// <summary>A school of the Education section.</summary>
/// <param name="Name">The school.</param>
/// <param name="Degree">The degree line as printed, with its years (<c>Master of Science · (2014 - 2016)</c>) or without, or null.</param>
internal sealed record SheetSchool(string Name, string? Degree);
