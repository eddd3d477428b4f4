using Playbook.Engine.Contacts;
using Playbook.Engine.Import.Profiles;

namespace Playbook.Tests.Import.Profiles;

/// <summary>The small readers of one line both profile readers share: degree, company, location, language, duration.</summary>
public sealed class ProfileLinesTests
{
    [Theory]
    [InlineData("Doctor of Philosophy (Ph.D.), Biomedical Engineering · (2014 - 2018)", "Doctor of Philosophy (Ph.D.), Biomedical Engineering", 2014, 2018)]
    [InlineData("Doctor of Philosophy (Ph.D.), Biomedical Engineering · (September 2019 - December 2023)", "Doctor of Philosophy (Ph.D.), Biomedical Engineering", 2019, 2023)]
    [InlineData("Grado en Periodismo", "Grado en Periodismo", null, null)]
    [InlineData("Master of Science (MSc)", "Master of Science (MSc)", null, null)]
    [InlineData("· (2010 - 2014)", null, 2010, 2014)]
    [InlineData("(2010 - 2014)", null, 2010, 2014)]
    [InlineData("Certificate · (2018)", "Certificate", null, 2018)]
    public void DegreeLineRead_PdfDegreeLine_SplitsDegreeAndYears(string line, string? degree, int? start, int? end)
    {
        var read = DegreeLine.Read(line);

        Assert.Equal((degree, start, end), read);
    }

    [Theory]
    [InlineData("Moda Sur · Jornada completa", "Moda Sur")]
    [InlineData("Harrowgate Foods · Full-time", "Harrowgate Foods")]
    [InlineData("Pennine Outdoor Co. · Part-time", "Pennine Outdoor Co.")]
    [InlineData("Javier Ortega Nieto · Autónomo", "Javier Ortega Nieto")]
    [InlineData("Salut Clara · Freelance", "Salut Clara")]
    [InlineData("Raman Advisory · Self-employed", "Raman Advisory")]
    [InlineData("Tiendas Aurora", "Tiendas Aurora")]
    [InlineData("Arte · Diseño", "Arte · Diseño")]
    public void EmploymentTypesCompanyOf_CompanyLine_IsTheCompanyAlone(string line, string company)
    {
        var read = EmploymentTypes.CompanyOf(line);

        Assert.Equal(company, read);
    }

    [Theory]
    [InlineData("Madrid, Spain · Hybrid", "Madrid, Spain")]
    [InlineData("Valencia, Comunidad Valenciana, España · Presencial", "Valencia, Comunidad Valenciana, España")]
    [InlineData("Greater Boston Area", "Greater Boston Area")]
    [InlineData("Área metropolitana de Sevilla", "Área metropolitana de Sevilla")]
    [InlineData("Pittsburgh, Pennsylvania", "Pittsburgh, Pennsylvania")]
    [InlineData("Remote", null)]
    [InlineData("En remoto", null)]
    public void WorkLocationTryRead_APlace_IsALocation(string line, string? location)
    {
        var isPlace = WorkLocation.TryRead(line, out var read);

        Assert.True(isPlace);
        Assert.Equal(location, read);
    }

    [Theory]
    [InlineData("Maintained and validated infusion pumps across four hospitals.")]
    [InlineData("Led the migration to Shopify Plus and a team of six")]
    [InlineData("responsible for the online channel")]
    public void WorkLocationTryRead_ADescription_IsNoLocation(string line)
    {
        var isPlace = WorkLocation.TryRead(line, out var read);

        Assert.False(isPlace);
        Assert.Null(read);
    }

    [Theory]
    [InlineData("English (Native or Bilingual)", "English", "Native or Bilingual")]
    [InlineData("Español (Competencia bilingüe o nativa)", "Español", "Competencia bilingüe o nativa")]
    [InlineData("Catalan", "Catalan", null)]
    public void LanguageLineRead_SidebarLanguage_SplitsTheLevel(string line, string name, string? proficiency)
    {
        var language = LanguageLine.Read(line);

        Assert.Equal(new Language(name, proficiency), language);
    }

    [Theory]
    [InlineData("2 years 2 months", true)]
    [InlineData("2 años 2 meses", true)]
    [InlineData("6 años", true)]
    [InlineData("1 año 1 mes", true)]
    [InlineData("Full-time · 5 yrs", true)]
    [InlineData("Jornada parcial · 2 años", true)]
    [InlineData("less than a year", true)]
    [InlineData("4 yrs 2 mos", true)]
    [InlineData("2 years of Python", false)]
    [InlineData("Jan 2019 - Present · 5 yrs", false)]
    public void DurationsIsTotal_Line_IsAGroupsTotal(string line, bool total)
    {
        var isTotal = Durations.IsTotal(line);

        Assert.Equal(total, isTotal);
    }
}
