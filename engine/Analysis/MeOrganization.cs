using Playbook.Engine.Contacts;

namespace Playbook.Engine.Analysis;

/// <summary>A company (with my positions there) or a school (with my years there) of the me-profile, its names made comparable once.</summary>
/// <param name="Name">As the profile first writes it.</param>
/// <param name="Names">Every way the profile writes it.</param>
/// <param name="Positions">My positions there; none for a school.</param>
/// <param name="Years">My years there (first, last); none for a company.</param>
internal sealed record MeOrganization(string Name, List<OrganizationName> Names, List<Position> Positions, List<(int First, int Last)> Years)
{
    /// <summary>Whether <paramref name="other"/> is this organization.</summary>
    public bool Is(OrganizationName other) => Names.Exists(n => n.IsSameAs(other));
}
