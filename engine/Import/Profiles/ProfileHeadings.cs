namespace Playbook.Engine.Import.Profiles;

/// <summary>The headings LinkedIn writes, in English and Spanish, in the saved PDF and on the profile page.</summary>
internal static class ProfileHeadings
{
    /// <summary>The main column's headings of the PDF (size 15.8).</summary>
    private static readonly Dictionary<string, ProfileSection> PdfMain = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Summary"] = ProfileSection.About,
        ["Extracto"] = ProfileSection.About,
        ["Experience"] = ProfileSection.Experience,
        ["Experiencia"] = ProfileSection.Experience,
        ["Education"] = ProfileSection.Education,
        ["Educación"] = ProfileSection.Education,
    };

    /// <summary>The sidebar's headings of the PDF (size 13); any other heading there opens a section kept out.</summary>
    private static readonly Dictionary<string, ProfileSection> PdfSidebar = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Contact"] = ProfileSection.Contact,
        ["Contactar"] = ProfileSection.Contact,
        ["Top Skills"] = ProfileSection.Skills,
        ["Aptitudes principales"] = ProfileSection.Skills,
        ["Languages"] = ProfileSection.Languages,
        ["Idiomas"] = ProfileSection.Languages,
        ["Certifications"] = ProfileSection.Certifications,
        ["Certificaciones"] = ProfileSection.Certifications,
    };

    /// <summary>The section headings of a profile page, and the others that end a section (Featured, Activity...).</summary>
    private static readonly Dictionary<string, ProfileSection> Page = new(StringComparer.OrdinalIgnoreCase)
    {
        ["About"] = ProfileSection.About,
        ["Acerca de"] = ProfileSection.About,
        ["Experience"] = ProfileSection.Experience,
        ["Experiencia"] = ProfileSection.Experience,
        ["Education"] = ProfileSection.Education,
        ["Educación"] = ProfileSection.Education,
        ["Skills"] = ProfileSection.Skills,
        ["Aptitudes"] = ProfileSection.Skills,
        ["Languages"] = ProfileSection.Languages,
        ["Idiomas"] = ProfileSection.Languages,
        ["Licenses & certifications"] = ProfileSection.Certifications,
        ["Licencias y certificaciones"] = ProfileSection.Certifications,
        ["Highlights"] = ProfileSection.Other,
        ["Aspectos destacados"] = ProfileSection.Other,
        ["Featured"] = ProfileSection.Other,
        ["Destacado"] = ProfileSection.Other,
        ["Activity"] = ProfileSection.Other,
        ["Actividad"] = ProfileSection.Other,
        ["Services"] = ProfileSection.Other,
        ["Servicios"] = ProfileSection.Other,
        ["Volunteering"] = ProfileSection.Other,
        ["Voluntariado"] = ProfileSection.Other,
        ["Projects"] = ProfileSection.Other,
        ["Proyectos"] = ProfileSection.Other,
        ["Publications"] = ProfileSection.Other,
        ["Publicaciones"] = ProfileSection.Other,
        ["Honors & awards"] = ProfileSection.Other,
        ["Reconocimientos y premios"] = ProfileSection.Other,
        ["Courses"] = ProfileSection.Other,
        ["Cursos"] = ProfileSection.Other,
        ["Organizations"] = ProfileSection.Other,
        ["Organizaciones"] = ProfileSection.Other,
        ["Recommendations"] = ProfileSection.Other,
        ["Recomendaciones"] = ProfileSection.Other,
        ["Interests"] = ProfileSection.Other,
        ["Intereses"] = ProfileSection.Other,
        ["Causes"] = ProfileSection.Other,
        ["Causas benéficas"] = ProfileSection.Other,
        ["People also viewed"] = ProfileSection.Other,
        ["Otros perfiles consultados"] = ProfileSection.Other,
        ["People you may know"] = ProfileSection.Other,
        ["Personas que quizá conozcas"] = ProfileSection.Other,
        ["More profiles for you"] = ProfileSection.Other,
        ["Más perfiles para ti"] = ProfileSection.Other,
        ["Explore Premium profiles"] = ProfileSection.Other,
        ["Explorar perfiles Premium"] = ProfileSection.Other,
        ["You might like"] = ProfileSection.Other,
        ["Te podría interesar"] = ProfileSection.Other,
    };

    /// <summary>The section a main-column heading of the PDF opens.</summary>
    public static ProfileSection OfPdfMain(string heading) => PdfMain.GetValueOrDefault(heading, ProfileSection.Other);

    /// <summary>The section a sidebar heading of the PDF opens.</summary>
    public static ProfileSection OfPdfSidebar(string heading) => PdfSidebar.GetValueOrDefault(heading, ProfileSection.Other);

    /// <summary>The section a line of a copied page opens, or null when the line is no heading.</summary>
    public static ProfileSection? OfPage(string line) => Page.TryGetValue(line, out var section) ? section : null;
}
