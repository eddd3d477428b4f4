using Playbook.Engine.Contacts;

namespace Playbook.Engine.Import.Profiles;

/// <summary>
/// The dates of a role or a school as LinkedIn writes them: <c>April 2021 - Present (4 years 3 months)</c> in the PDF,
/// <c>Jan 2019 - Present · 5 yrs 11 mos</c> on the page, <c>enero de 2019 - actualidad</c> in Spanish.
/// </summary>
/// <param name="Start">The first month or year.</param>
/// <param name="End">The last one; null while it goes on (Present, Presente, actualidad).</param>
internal readonly record struct DateRange(PartialDate Start, PartialDate? End)
{
    private static readonly string[] Dashes = [" - ", " – ", " — "];

    private static readonly HashSet<string> Ongoing = new(StringComparer.OrdinalIgnoreCase)
    {
        "Present", "Presente", "actualidad", "la actualidad", "actualmente", "Now", "Today", "hoy",
    };

    /// <summary>The range <paramref name="text"/> holds, whole, or null when it holds something else.</summary>
    public static DateRange? Parse(string text)
    {
        var body = WithoutDuration(text.Trim());
        foreach (var dash in Dashes)
        {
            var at = body.IndexOf(dash, StringComparison.Ordinal);
            if (at <= 0)
            {
                continue;
            }

            var end = body[(at + dash.Length)..].Trim();
            if (PartialDate.Parse(body[..at]) is not { } start)
            {
                return null;
            }

            if (Ongoing.Contains(end))
            {
                return new DateRange(start, null);
            }

            return PartialDate.Parse(end) is { } last ? new DateRange(start, last) : null;
        }

        return null;
    }

    // "April 2021 - Present (4 years 3 months)" in the PDF, "Jan 2019 - Present · 5 yrs 11 mos" on the page.
    private static string WithoutDuration(string text)
    {
        var dot = text.IndexOf(" · ", StringComparison.Ordinal);
        if (dot >= 0)
        {
            text = text[..dot];
        }

        var open = text.LastIndexOf(" (", StringComparison.Ordinal);
        return open > 0 && text.EndsWith(')') ? text[..open].TrimEnd() : text;
    }
}
