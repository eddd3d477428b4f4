namespace Playbook.Benchmarks.Profiles;

/// <summary>A company of the Experience section with its roles.</summary>
/// <param name="Name">The company line as printed, perhaps with its employment type (<c>Moda Sur · Jornada completa</c>).</param>
/// <param name="Total">For roles grouped under the company, the total time printed under it (<c>2 years 2 months</c>).</param>
/// <param name="Roles">The roles, most recent first.</param>
internal sealed record SheetCompany(string Name, string? Total, IReadOnlyList<SheetRole> Roles);
