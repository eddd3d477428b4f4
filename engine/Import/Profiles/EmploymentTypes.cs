namespace Playbook.Engine.Import.Profiles;

/// <summary>
/// The employment types LinkedIn writes beside a company or under a title (<c>Moda Sur · Jornada completa</c>,
/// <c>Full-time · 5 yrs</c>), which are no part of the company's name.
/// </summary>
internal static class EmploymentTypes
{
    private static readonly HashSet<string> Types = new(StringComparer.OrdinalIgnoreCase)
    {
        "Full-time", "Part-time", "Self-employed", "Freelance", "Contract", "Internship", "Apprenticeship",
        "Seasonal", "Temporary", "Permanent", "Permanent Full-time", "Permanent Part-time", "Volunteer",
        "Jornada completa", "Jornada parcial", "Media jornada", "Autónomo", "Autónoma", "Por cuenta propia",
        "Contrato", "Contrato temporal", "Contrato por obra", "Contrato indefinido", "Indefinido", "Prácticas",
        "Contrato de prácticas", "Contrato de formación", "Formación", "De temporada", "Temporal", "Voluntariado",
    };

    private const string Separator = " · ";

    /// <summary>Whether the whole of <paramref name="text"/> is an employment type.</summary>
    public static bool IsType(string text) => Types.Contains(text.Trim());

    /// <summary>The company alone: <paramref name="line"/> without an employment type written after <c> · </c>.</summary>
    public static string CompanyOf(string line)
    {
        var text = line.Trim();
        var at = text.LastIndexOf(Separator, StringComparison.Ordinal);
        return at > 0 && IsType(text[(at + Separator.Length)..]) ? text[..at].TrimEnd() : text;
    }

    /// <summary>Whether <paramref name="line"/> ends with <c> · </c> and an employment type.</summary>
    public static bool HasType(string line) => CompanyOf(line).Length != line.Trim().Length;

    /// <summary><paramref name="line"/> without an employment type written before <c> · </c> (<c>Full-time · 5 yrs</c>).</summary>
    public static string WithoutLeadingType(string line)
    {
        var text = line.Trim();
        var at = text.IndexOf(Separator, StringComparison.Ordinal);
        return at > 0 && IsType(text[..at]) ? text[(at + Separator.Length)..].TrimStart() : text;
    }
}
