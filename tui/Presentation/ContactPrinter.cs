using System.Globalization;
using Playbook.Engine.Analysis;
using Playbook.Engine.Contacts;
using Playbook.Engine.Events;

namespace Playbook.Tui.Presentation;

/// <summary>One contact, its analysis and its timeline, for people.</summary>
internal static class ContactPrinter
{
    public static void Write(TextWriter output, Contact contact, IReadOnlyList<ContactEvent> events, ContactAnalysis? analysis = null, IReadOnlyList<NetworkIdentity>? identities = null)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{contact.FullName}  (id {contact.Id})"));
        Field(output, "Headline", contact.Headline);
        Field(output, "Position", contact.Position);
        Field(output, "Company", contact.Company);
        Field(output, "Location", contact.Location);
        Field(output, "Profile", contact.ProfileUrl);
        Field(output, "Emails", string.Join(", ", contact.Emails));
        Field(output, "Phones", string.Join(", ", contact.Phones));
        Field(output, "Web", string.Join(", ", contact.Urls));
        Field(output, "Networks", string.Join(", ", (identities ?? []).Select(Identity)));
        Field(output, "Stage", contact.Stage);
        Field(output, "Tags", string.Join(", ", contact.Tags));
        Field(output, "Connected", contact.ConnectedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Field(output, "Sources", string.Join(", ", contact.Sources));
        if (!string.IsNullOrWhiteSpace(contact.Notes))
        {
            output.WriteLine("Notes:");
            foreach (var line in contact.Notes.Split('\n'))
            {
                output.WriteLine("  " + line);
            }
        }

        WriteProfile(output, contact);
        if (analysis is not null)
        {
            WriteAnalysis(output, analysis);
        }

        output.WriteLine();
        output.WriteLine(events.Count == 0 ? "No events." : "Timeline:");
        foreach (var e in events)
        {
            // The channel tells a meeting from the calendar from one logged by hand, and a mail from a LinkedIn message.
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {e.At:yyyy-MM-dd HH:mm}  {e.Kind,-19} {e.Channel ?? "",-9} {FirstLine(e.Body)}").TrimEnd());
        }
    }

    /// <summary>An identity on another network as one reads it: <c>x:2847561930 @pedro_dev</c>.</summary>
    internal static string Identity(NetworkIdentity identity) =>
        identity.Handle is { Length: > 0 } handle ? $"{identity} {handle}" : identity.ToString();

    /// <summary>What a read profile brought: the About, positions, schools, skills, languages and certifications.</summary>
    internal static void WriteProfile(TextWriter output, Contact contact)
    {
        if (contact.ProfileReadAt is not { } read)
        {
            return;
        }

        output.WriteLine();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Profile read {read:yyyy-MM-dd}:"));
        if (!string.IsNullOrWhiteSpace(contact.About))
        {
            foreach (var line in contact.About.Split('\n'))
            {
                output.WriteLine(line.Length == 0 ? "" : "  " + line);
            }
        }

        List(output, "Positions", contact.Positions.Select(ProfileText.Position));
        List(output, "Schools", contact.Schools.Select(ProfileText.School));
        Field(output, "Skills", string.Join(", ", contact.Skills));
        Field(output, "Languages", string.Join(", ", contact.Languages.Select(ProfileText.Language)));
        Field(output, "Certified", string.Join(", ", contact.Certifications));
    }

    private static void List(TextWriter output, string label, IEnumerable<string> lines)
    {
        var all = lines.ToList();
        if (all.Count > 0)
        {
            output.WriteLine($"  {label}:");
            foreach (var line in all)
            {
                output.WriteLine("    " + line);
            }
        }
    }

    /// <summary>The score, what is shared, the goals served and each piece of evidence with the field and words it came from.</summary>
    private static void WriteAnalysis(TextWriter output, ContactAnalysis analysis)
    {
        output.WriteLine();
        var fit = analysis switch
        {
            { TooLittleData: true } => ", low fit: too little on the profile to judge",
            { IsLowFit: true } => ", low fit: nothing in common",
            _ => "",
        };
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Analysis: score {analysis.Score:0.00}{fit}"));
        Field(output, "Common", string.Join(", ", analysis.CommonGround));
        Field(output, "Goals", string.Join("; ", analysis.Goals.Select(g => g.Propose is null ? g.Name : $"{g.Name} (propose {g.Propose})")));
        Field(output, "Write in", analysis.Language);
        Field(output, "Note", analysis.Intent is null ? null : analysis.TheirWork is null ? analysis.Intent : $"{analysis.Intent}; says they do \"{analysis.TheirWork}\"");
        foreach (var match in analysis.Evidence)
        {
            output.WriteLine("  - " + Evidence(match));
        }
    }

    /// <summary>
    /// One piece of evidence in words, on one line: what matched, the contact's words and where, then what of mine they
    /// met when it is not what the line already names, the concept that joined them, and whether our years overlapped:
    /// <c>skill Comercio electrónico: "e-commerce de moda" in the invitation (concept e-commerce)</c>.
    /// </summary>
    internal static string Evidence(Match match)
    {
        var line = match.Kind switch
        {
            MatchKinds.Location => $"same location: {match.Words}",
            MatchKinds.Goal => $"goal '{match.Detail}': \"{match.Words}\" in the {FieldName(match.Field)}",
            MatchKinds.Intent => $"intent {match.Detail}: \"{match.Words}\" in the {FieldName(match.Field)}",
            MatchKinds.Work => $"their work: \"{match.Words}\" in the {FieldName(match.Field)}",
            _ => $"{match.Kind.Replace('-', ' ')} {match.Detail}: \"{match.Words}\" in the {FieldName(match.Field)}",
        };
        var notes = new List<string>(3);
        if (match.Kind == MatchKinds.Goal && match.MeWords is { } keyword && !string.Equals(keyword, match.Words, StringComparison.OrdinalIgnoreCase))
        {
            notes.Add($"keyword {keyword}");
        }

        if (match.Concept is { } concept)
        {
            notes.Add($"concept {concept}");
        }

        if (match.Overlap is { } overlap)
        {
            notes.Add(overlap);
        }

        return notes.Count == 0 ? line : $"{line} ({string.Join("; ", notes)})";
    }

    private static string FieldName(string field) => field == MatchFields.About ? "About section" : field;

    internal static string FirstLine(string? body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return "";
        }

        var line = body.Split('\n')[0].Trim();
        return line.Length > 70 ? string.Concat(line.AsSpan(0, 69), "…") : line;
    }

    private static void Field(TextWriter output, string label, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            output.WriteLine($"  {label + ":",-11}{value}");
        }
    }
}
