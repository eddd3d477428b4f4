namespace Playbook.Engine.Import.Profiles;

/// <summary>The part of a profile a heading opens, in either reader.</summary>
internal enum ProfileSection
{
    /// <summary>A heading the readers know but keep nothing of (Honors-Awards, Featured, Activity...).</summary>
    Other,

    /// <summary>Contact (Contactar): emails, phone, the profile's own URL.</summary>
    Contact,

    /// <summary>Summary, About (Extracto, Acerca de).</summary>
    About,

    /// <summary>Experience (Experiencia).</summary>
    Experience,

    /// <summary>Education (Educación).</summary>
    Education,

    /// <summary>Top Skills, Skills (Aptitudes principales, Aptitudes).</summary>
    Skills,

    /// <summary>Languages (Idiomas).</summary>
    Languages,

    /// <summary>Certifications, Licenses &amp; certifications (Certificaciones, Licencias y certificaciones).</summary>
    Certifications,
}
