using Playbook.Engine.Contacts;

namespace Playbook.Engine.Import.Profiles;

/// <summary>
/// The Experience section of a copied page, found from each role's dates line (<c>Jan 2019 - Present · 5 yrs 11
/// mos</c>). Above the dates: <c>Title</c> and <c>Company · Full-time</c> for a role alone; for roles grouped under
/// one company, the company and its total (<c>Full-time · 5 yrs</c>) once, then each role's title (and perhaps its
/// employment type). Below: the location (<c>Madrid, Spain · Hybrid</c>), then a description, which is not kept.
/// </summary>
internal static class PageExperience
{
    /// <summary>The positions, in the page's order, the grouped roles each with the company repeated.</summary>
    public static List<Position> Read(IReadOnlyList<string> lines)
    {
        var dates = lines.Select(l => DateRange.Parse(l)).ToArray();
        var totals = lines.Select(Durations.IsTotal).ToArray();
        var used = new bool[lines.Count];
        var roles = new List<(int At, string Company, string? Title)>();
        string? group = null;

        for (var at = 0; at < lines.Count; at++)
        {
            if (dates[at] is null)
            {
                continue;
            }

            var k = at - 1;
            if (k >= 0 && EmploymentTypes.IsType(lines[k]))
            {
                used[k--] = true;
            }

            if (k < 0 || dates[k] is not null || totals[k])
            {
                continue;
            }

            used[k] = true;
            if (k >= 2 && totals[k - 1])
            {
                // The first role of a group: Company, "Full-time · 5 yrs", Title.
                group = EmploymentTypes.CompanyOf(lines[k - 2]);
                used[k - 1] = used[k - 2] = true;
                roles.Add((at, group, lines[k]));
            }
            else if (group is not null && !EmploymentTypes.HasType(lines[k]))
            {
                roles.Add((at, group, lines[k]));
            }
            else
            {
                // A role alone: Title, "Company · Full-time".
                group = null;
                var title = k >= 1 && dates[k - 1] is null && !totals[k - 1] && !used[k - 1] ? lines[k - 1] : null;
                if (title is not null)
                {
                    used[k - 1] = true;
                }

                roles.Add((at, EmploymentTypes.CompanyOf(lines[k]), title));
            }
        }

        return roles.Select(r => new Position(r.Company, r.Title, dates[r.At]!.Value.Start, dates[r.At]!.Value.End, LocationAfter(r.At))).ToList();

        string? LocationAfter(int at)
        {
            var next = at + 1;
            return next < lines.Count && !used[next] && dates[next] is null && !totals[next] && WorkLocation.TryRead(lines[next], out var place)
                ? place
                : null;
        }
    }
}
