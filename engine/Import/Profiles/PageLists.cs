using Playbook.Engine.Contacts;

namespace Playbook.Engine.Import.Profiles;

/// <summary>The list sections of a copied page: Skills, Languages, and Licenses &amp; certifications.</summary>
internal static class PageLists
{
    private static readonly string[] IssuedWords = ["Issued ", "Expedición ", "Expedido ", "Expedida ", "Fecha de expedición "];

    /// <summary>
    /// Every line of the section is a skill, except the context the page writes under one: a role where it was used
    /// (<c>Head of E-commerce at Tiendas Aurora</c>), a company or a school of the profile.
    /// </summary>
    public static List<string> Skills(IReadOnlyList<string> lines, IReadOnlyList<Position> positions, IReadOnlyList<School> schools)
    {
        var context = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var position in positions)
        {
            context.Add(position.Company);
            if (position.Title is { } title)
            {
                context.Add($"{title} at {position.Company}");
                context.Add($"{title} en {position.Company}");
            }
        }

        context.UnionWith(schools.Select(s => s.Name));
        return lines.Where(l => !context.Contains(l)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }

    /// <summary>
    /// A language then, on the next line, its level (<c>Native or bilingual proficiency</c>, <c>Competencia bilingüe
    /// o nativa</c>) when given.
    /// </summary>
    public static List<Language> Languages(IReadOnlyList<string> lines)
    {
        var languages = new List<Language>();
        foreach (var line in lines)
        {
            if (languages.Count > 0 && languages[^1].Proficiency is null && IsProficiency(line))
            {
                languages[^1] = languages[^1] with { Proficiency = line };
            }
            else
            {
                languages.Add(new Language(line, null));
            }
        }

        return languages;
    }

    /// <summary>
    /// Each certification is its name, its issuer and perhaps <c>Issued Jan 2023</c> (<c>Expedición: ene. 2023</c>):
    /// the name is the line two above an issued line, or every other line where no dates are given.
    /// </summary>
    public static List<string> Certifications(IReadOnlyList<string> lines)
    {
        var names = new List<string>();
        var from = 0;
        for (var at = 0; at <= lines.Count; at++)
        {
            if (at < lines.Count && !IsIssued(lines[at]))
            {
                continue;
            }

            var chunk = lines.Skip(from).Take(at - from).ToList();
            var dated = at < lines.Count;
            var lead = dated ? Math.Max(0, chunk.Count - 2) : chunk.Count;
            for (var i = 0; i < lead; i += 2)
            {
                names.Add(chunk[i]);
            }

            if (dated && chunk.Count > 0)
            {
                names.Add(chunk[lead]);
            }

            from = at + 1;
        }

        return names;
    }

    private static bool IsIssued(string line) =>
        IssuedWords.Any(w => line.StartsWith(w, StringComparison.OrdinalIgnoreCase) || line.StartsWith(w.TrimEnd() + ":", StringComparison.OrdinalIgnoreCase));

    private static bool IsProficiency(string line) =>
        line.Contains("proficiency", StringComparison.OrdinalIgnoreCase)
        || line.StartsWith("Competencia", StringComparison.OrdinalIgnoreCase)
        || line.StartsWith("Native or bilingual", StringComparison.OrdinalIgnoreCase);
}
