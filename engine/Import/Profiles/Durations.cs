using System.Text.RegularExpressions;

namespace Playbook.Engine.Import.Profiles;

/// <summary>
/// The total time LinkedIn writes under a company when it groups several roles: <c>2 years 2 months</c>,
/// <c>2 años 2 meses</c> in the PDF, <c>Full-time · 5 yrs</c> on the page.
/// </summary>
internal static partial class Durations
{
    /// <summary>Whether <paramref name="line"/> is such a total, with or without an employment type before it.</summary>
    public static bool IsTotal(string line) => Total().IsMatch(EmploymentTypes.WithoutLeadingType(line));

    [GeneratedRegex(@"^(?:(?:\d+\s+(?:yrs?|years?|mos?|months?|años?|mes|meses)\s*)+|less than a year|menos de un año)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Total();
}
