using Playbook.Engine.Contacts;

namespace Playbook.Engine.Import.Profiles;

/// <summary>
/// The sidebar of a saved profile: headings at size 13 (<c>Contact</c>, <c>Top Skills</c>, <c>Languages</c>,
/// <c>Certifications</c>, and the Spanish ones), each followed by its items. An item may wrap over several lines; a
/// new one starts after a wider gap (items ~17 pt apart, wrapped lines ~12.6 pt).
/// </summary>
internal sealed class PdfSidebar
{
    /// <summary>Sidebar headings are 13 pt, its items 10.5 or 11.</summary>
    private const double HeadingSize = 12.5;

    private PdfSidebar()
    {
    }

    /// <summary>Email addresses of the Contact section.</summary>
    public IReadOnlyList<string> Emails { get; private init; } = [];

    /// <summary>The profile's own URL from the Contact section, canonical; null when it has none.</summary>
    public string? ProfileUrl { get; private init; }

    /// <summary>The top skills.</summary>
    public IReadOnlyList<string> Skills { get; private init; } = [];

    /// <summary>Languages with their level.</summary>
    public IReadOnlyList<Language> Languages { get; private init; } = [];

    /// <summary>Certifications, each joined up when it wraps.</summary>
    public IReadOnlyList<string> Certifications { get; private init; } = [];

    /// <summary>The sidebar's sections read from its lines.</summary>
    public static PdfSidebar Read(IReadOnlyList<PdfLine> lines)
    {
        var sections = new Dictionary<ProfileSection, List<PdfLine>>();
        List<PdfLine>? current = null;
        foreach (var line in lines)
        {
            if (line.Size >= HeadingSize)
            {
                var section = ProfileHeadings.OfPdfSidebar(line.Text);
                current = section == ProfileSection.Other ? null : sections.GetValueOrDefault(section) ?? (sections[section] = []);
                continue;
            }

            current?.Add(line);
        }

        var (emails, url) = ContactItems.Read(sections.GetValueOrDefault(ProfileSection.Contact) ?? []);
        return new PdfSidebar
        {
            Emails = emails,
            ProfileUrl = url,
            Skills = Items(sections.GetValueOrDefault(ProfileSection.Skills)),
            Languages = Items(sections.GetValueOrDefault(ProfileSection.Languages)).Select(LanguageLine.Read).ToList(),
            Certifications = Items(sections.GetValueOrDefault(ProfileSection.Certifications)),
        };
    }

    // A line continues the item above when it is as close as a wrapped line, or when the item has a parenthesis
    // still open ("Español (Competencia bilingüe o" / "nativa)").
    private static List<string> Items(List<PdfLine>? lines)
    {
        var items = new List<string>();
        foreach (var line in lines ?? [])
        {
            if (items.Count > 0 && (!line.StartsBlock || Unclosed(items[^1])))
            {
                items[^1] += " " + line.Text;
            }
            else
            {
                items.Add(line.Text);
            }
        }

        return items;
    }

    private static bool Unclosed(string text) => text.Count(c => c == '(') > text.Count(c => c == ')');
}
