using Playbook.Engine.Contacts;

namespace Playbook.Engine.Import.Profiles;

/// <summary>
/// The Education section of a copied page: <c>School</c>, <c>Degree, Field</c>, <c>2014 - 2018</c>. An entry ends at
/// its years line; the two lines above it are the school and the degree (one line: the school alone). Lines left
/// between two entries are a description and not kept; at most two left at the start or the end are a school
/// (and a degree) without years.
/// </summary>
internal static class PageEducation
{
    /// <summary>The schools in the page's order.</summary>
    public static List<School> Read(IReadOnlyList<string> lines)
    {
        var schools = new List<School>();
        var from = 0;
        var first = true;
        for (var at = 0; at < lines.Count; at++)
        {
            if (!DegreeLine.TryYears(lines[at], out var start, out var end))
            {
                continue;
            }

            var above = lines.Skip(from).Take(at - from).ToList();
            if (first && above.Count > 2)
            {
                schools.AddRange(Undated(above[..^2]));
            }

            if (above.Count > 0)
            {
                schools.Add(above.Count >= 2 ? new School(above[^2], above[^1], start, end) : new School(above[0], null, start, end));
            }

            (from, first) = (at + 1, false);
        }

        var rest = lines.Skip(from).ToList();
        if (first || rest.Count <= 2)
        {
            schools.AddRange(Undated(rest));
        }

        return schools;
    }

    // School and degree pairs; at most one entry when they follow a dated one (more would be its description).
    private static IEnumerable<School> Undated(List<string> lines)
    {
        for (var i = 0; i < lines.Count; i += 2)
        {
            yield return new School(lines[i], i + 1 < lines.Count ? lines[i + 1] : null, null, null);
        }
    }
}
