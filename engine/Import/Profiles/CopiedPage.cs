using System.Text.RegularExpressions;
using Playbook.Engine.Contacts;

namespace Playbook.Engine.Import.Profiles;

/// <summary>
/// The text of a profile page selected and copied in a browser. Every line may come twice in a row (the page writes
/// its text once to see and once for screen readers) and the profile sits among navigation, buttons and counts
/// (<see cref="PageNoise"/>). The top card gives the name, the headline and, before "Contact info", the location;
/// then each heading (About, Experience, Education, Skills, Languages, Licenses &amp; certifications, and the Spanish
/// ones) opens its section.
/// </summary>
internal static partial class CopiedPage
{
    private const string CopyAgain = "open the profile in a browser, select all, copy and paste it into the file";

    /// <summary>The profile in <paramref name="text"/>; <paramref name="name"/> is what errors call it.</summary>
    public static Profile Read(string text, string name)
    {
        var lines = Lines(text);
        if (lines.Count == 0)
        {
            throw new ProfileException(name, $"empty; {CopyAgain}");
        }

        var header = new List<PageLine>();
        var sections = new List<(ProfileSection Section, List<PageLine> Lines)>();
        foreach (var line in lines)
        {
            if (ProfileHeadings.OfPage(line.Text) is { } section)
            {
                sections.Add((section, []));
            }
            else if (sections.Count > 0 && PageNoise.IsContactInfo(line.Text))
            {
                // The Contact info overlay, copied below the profile: its URL and email are taken from the whole text.
                sections.Add((ProfileSection.Other, []));
            }
            else
            {
                (sections.Count == 0 ? header : sections[^1].Lines).Add(line);
            }
        }

        if (!sections.Any(s => s.Section is ProfileSection.Experience or ProfileSection.Education))
        {
            throw new ProfileException(name, $"not a LinkedIn profile page (no Experience or Education heading); {CopyAgain}");
        }

        var top = TopCard(header);
        if (top.Name is null)
        {
            throw new ProfileException(name, $"no name before the first section; {CopyAgain}, from the top of the page");
        }

        List<string> Of(ProfileSection section) =>
            sections.Where(s => s.Section == section).SelectMany(s => s.Lines).Select(l => l.Text).Where(l => !PageNoise.IsNoise(l)).ToList();

        var positions = PageExperience.Read(Of(ProfileSection.Experience));
        var schools = PageEducation.Read(Of(ProfileSection.Education));
        return new Profile
        {
            FullName = top.Name,
            Headline = top.Headline,
            Location = top.Location,
            About = About(sections.Where(s => s.Section == ProfileSection.About).SelectMany(s => s.Lines).Where(l => !PageNoise.IsNoise(l.Text)).ToList()),
            ProfileUrl = lines.Select(l => ProfileUrl.Canonical(l.Text)).FirstOrDefault(u => u is not null),
            Emails = lines.Select(l => l.Text).Where(l => Email().IsMatch(l)).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
            Positions = positions,
            Schools = schools,
            Skills = PageLists.Skills(Of(ProfileSection.Skills), positions, schools),
            Languages = PageLists.Languages(Of(ProfileSection.Languages)),
            Certifications = PageLists.Certifications(Of(ProfileSection.Certifications)),
        };
    }

    // Trimmed, spaces tidied, empty lines folded into the next line's flag, and a line equal to the one before dropped.
    private static List<PageLine> Lines(string text)
    {
        var lines = new List<PageLine>();
        var blank = false;
        foreach (var raw in text.ReplaceLineEndings("\n").Split('\n'))
        {
            var line = Spaces().Replace(raw, " ").Trim();
            if (line.Length == 0)
            {
                blank = lines.Count > 0;
                continue;
            }

            if (lines.Count == 0 || lines[^1].Text != line)
            {
                lines.Add(new PageLine(line, blank));
            }

            blank = false;
        }

        return lines;
    }

    private static (string? Name, string? Headline, string? Location) TopCard(List<PageLine> header)
    {
        var card = new List<string>();
        var contactAt = -1;
        foreach (var line in header)
        {
            var (text, hadLink) = PageNoise.WithoutContactInfo(line.Text);
            if (PageNoise.IsContactInfo(text) || hadLink)
            {
                if (hadLink)
                {
                    card.Add(text);
                }

                contactAt = contactAt < 0 ? card.Count : contactAt;
                continue;
            }

            if (!PageNoise.IsNoise(text) && !Email().IsMatch(text) && ProfileUrl.KeyOf(text) is null)
            {
                card.Add(text);
            }
        }

        var name = card.Count > 0 ? card[0] : null;
        var headline = card.Count > 1 && contactAt != 1 ? card[1] : null;
        string? location = null;
        if (contactAt >= 3)
        {
            location = card[contactAt - 1];
        }
        else if (contactAt < 0 && card.Count >= 3 && WorkLocation.TryRead(card[^1], out var place))
        {
            location = place;
        }

        return (name, headline, location);
    }

    // The page may write the whole About twice, one copy after the other; an empty line parts paragraphs.
    private static string? About(List<PageLine> lines)
    {
        if (lines.Count % 2 == 0 && lines.Take(lines.Count / 2).Select(l => l.Text).SequenceEqual(lines.Skip(lines.Count / 2).Select(l => l.Text)))
        {
            lines = lines[..(lines.Count / 2)];
        }

        if (lines.Count == 0)
        {
            return null;
        }

        return string.Concat(lines.Select((l, i) => (i == 0 ? "" : l.AfterBlank ? "\n\n" : "\n") + l.Text));
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$", RegexOptions.CultureInvariant)]
    private static partial Regex Email();
}
