using System.Globalization;
using Playbook.Engine.Contacts;

namespace Playbook.Engine.Analysis;

/// <summary>
/// The companies and schools a contact shares with the me-profile. They are compared name with name, the contact's
/// positions and schools (and their company) against mine, never found in free text: "Google Cloud Platform certified"
/// in a headline is no former colleague at Google. When both sides have dates, it says whether the years overlapped.
/// </summary>
internal static class SharedOrganizations
{
    /// <summary>The companies of my positions, one per organization however often it is written.</summary>
    public static List<MeOrganization> Companies(MeProfile me)
    {
        var companies = new List<MeOrganization>();
        foreach (var position in me.Positions)
        {
            if (OrganizationName.Of(position.Company) is not { } name)
            {
                continue;
            }

            if (companies.Find(c => c.Is(name)) is { } known)
            {
                known.Names.Add(name);
                known.Positions.Add(position);
            }
            else
            {
                companies.Add(new MeOrganization(position.Company.Trim(), [name], [position], []));
            }
        }

        return companies;
    }

    /// <summary>My schools, one per organization, with my years at each.</summary>
    public static List<MeOrganization> Schools(MeProfile me)
    {
        var schools = new List<MeOrganization>();
        foreach (var school in me.Schools)
        {
            if (OrganizationName.Of(school.Name) is not { } name)
            {
                continue;
            }

            var known = schools.Find(s => s.Is(name));
            if (known is null)
            {
                known = new MeOrganization(school.Name.Trim(), [name], [], []);
                schools.Add(known);
            }
            else
            {
                known.Names.Add(name);
            }

            if (school.Start is { } first)
            {
                known.Years.Add((first, school.End ?? first));
            }
        }

        return schools;
    }

    /// <summary>The companies of <paramref name="mine"/> the contact works or worked at, each with its evidence.</summary>
    public static List<SharedEmployer> Employers(List<MeOrganization> mine, Contact contact, DateOnly today, List<Match> evidence)
    {
        var shared = new List<SharedEmployer>();
        if (mine.Count == 0)
        {
            return shared;
        }

        var theirs = new List<(string Field, string Name, OrganizationName Org, Position? Position)>();
        foreach (var position in contact.Positions)
        {
            if (OrganizationName.Of(position.Company) is { } org)
            {
                theirs.Add((MatchFields.Positions, position.Company.Trim(), org, position));
            }
        }

        if (OrganizationName.Of(contact.Company) is { } company && !theirs.Exists(t => t.Org.IsSameAs(company)))
        {
            theirs.Add((MatchFields.Company, contact.Company!.Trim(), company, null));
        }

        foreach (var organization in mine)
        {
            var there = theirs.FindAll(t => organization.Is(t.Org));
            if (there.Count == 0)
            {
                continue;
            }

            var (sameTime, from, to) = Overlap(organization.Positions, there.Select(t => t.Position).OfType<Position>(), today);
            shared.Add(new SharedEmployer(organization.Name, sameTime, from, to));
            evidence.Add(new Match(MatchKinds.FormerColleague, there[0].Field, there[0].Name, organization.Name)
            {
                MeWords = organization.Name,
                Overlap = OverlapText(sameTime, from, to),
            });
        }

        return shared;
    }

    /// <summary>The schools of <paramref name="mine"/> among the contact's schools, each with its evidence.</summary>
    public static List<string> Schools(List<MeOrganization> mine, Contact contact, List<Match> evidence)
    {
        var shared = new List<string>();
        if (mine.Count == 0 || contact.Schools.Count == 0)
        {
            return shared;
        }

        var theirs = contact.Schools.Select(s => (School: s, Org: OrganizationName.Of(s.Name))).Where(s => s.Org is not null).ToList();
        foreach (var organization in mine)
        {
            var there = theirs.FindAll(t => organization.Is(t.Org!));
            if (there.Count == 0)
            {
                continue;
            }

            bool? sameTime = null;
            int? from = null, to = null;
            foreach (var (first, last) in organization.Years)
            {
                foreach (var (school, _) in there)
                {
                    if (school.Start is not { } theirFirst)
                    {
                        continue;
                    }

                    var theirLast = school.End ?? theirFirst;
                    var start = Math.Max(first, theirFirst);
                    var end = Math.Min(last, theirLast);
                    sameTime = sameTime == true || start <= end;
                    if (start <= end)
                    {
                        from = Math.Min(from ?? start, start);
                        to = Math.Max(to ?? end, end);
                    }
                }
            }

            shared.Add(organization.Name);
            evidence.Add(new Match(MatchKinds.School, MatchFields.Schools, there[0].School.Name.Trim(), organization.Name)
            {
                MeWords = organization.Name,
                Overlap = OverlapText(sameTime, from, to),
            });
        }

        return shared;
    }

    /// <summary>Whether any of my positions there and any of theirs (both with a start) overlapped, and the years they did; an open end runs to <paramref name="today"/>.</summary>
    private static (bool? SameTime, int? From, int? To) Overlap(List<Position> mine, IEnumerable<Position> theirs, DateOnly today)
    {
        bool? sameTime = null;
        DateOnly? from = null, to = null;
        var now = new PartialDate(today.Year, today.Month);
        foreach (var their in theirs)
        {
            foreach (var my in mine)
            {
                if (my.Start is not { } myStart || their.Start is not { } theirStart)
                {
                    continue;
                }

                if (!PartialDate.Overlap(myStart, my.End, theirStart, their.End, today))
                {
                    sameTime ??= false;
                    continue;
                }

                sameTime = true;
                var start = Max(myStart.First, theirStart.First);
                var end = Min((my.End ?? now).Last, (their.End ?? now).Last, today);
                from = from is { } f && f < start ? f : start;
                to = to is { } t && t > end ? t : end;
            }
        }

        return (sameTime, from?.Year, to?.Year);
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static DateOnly Min(DateOnly a, DateOnly b, DateOnly c) => a < b ? (a < c ? a : c) : (b < c ? b : c);

    private static string? OverlapText(bool? sameTime, int? from, int? to) => sameTime switch
    {
        true => (from == to ? from!.Value.ToString(CultureInfo.InvariantCulture) : string.Create(CultureInfo.InvariantCulture, $"{from}–{to}")) + " overlap",
        false => "not at the same time",
        null => null,
    };
}
