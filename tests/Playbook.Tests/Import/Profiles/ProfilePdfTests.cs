using Playbook.Engine.Contacts;
using Playbook.Engine.Import.Profiles;
using Playbook.Tests.Support;
using static Playbook.Tests.Import.Profiles.ProfileAssert;

namespace Playbook.Tests.Import.Profiles;

/// <summary>The saved-PDF fixtures (tests/fixtures/profiles, written by the benchmark's profile-fixtures) read whole.</summary>
public sealed class ProfilePdfTests
{
    [Fact]
    public void Read_ThreePagesWithGroupedRoles_ReadsEveryField()
    {
        var path = RepoPaths.Profile("olivia-brennan-marsh.pdf");

        var profile = ProfileReader.Read(path);

        ProfileAssert.Equal(new Profile
        {
            FullName = "Olivia Brennan-Marsh",
            Headline = "Director of Supply Chain Analytics | Demand forecasting, inventory optimisation and S&OP for consumer goods brands",
            Location = "Leeds, England, United Kingdom",
            About = "I turn messy sales, stock and promotion data into plans that factories, warehouses and finance teams can agree on. Over thirteen years I have built forecasting teams in food, retail and logistics, and I still write a fair share of the models myself.\n\n"
                + "Lately I have been working on probabilistic forecasts for short-life products, on S&OP processes that finish in one meeting instead of three, and on teaching planners enough Python to stop copying spreadsheets by hand.\n\n"
                + "I mentor analysts who are moving into planning, and I am always glad to compare notes with people solving the same problems in other industries.",
            ProfileUrl = "https://www.linkedin.com/in/olivia-brennan-marsh-4b81a2c7",
            Emails = ["olivia.brennan@example.com"],
            Positions =
            [
                new("Harrowgate Foods", "Director of Supply Chain Analytics", Month(2021, 4), null, "Leeds, England, United Kingdom"),
                new("Harrowgate Foods", "Head of Demand Planning", Month(2019, 2), Month(2021, 4), "Leeds, England, United Kingdom"),
                new("Calder & Wren Retail", "Senior Demand Planner", Month(2015, 7), Month(2019, 1), "Manchester, England, United Kingdom"),
                new("Northmoor Logistics", "Supply Chain Analyst", Year(2013), Year(2015), null),
                new("Northmoor Logistics", "Graduate Analyst", Month(2012, 9), Year(2013), "Bradford, England, United Kingdom"),
                new("Pennine Outdoor Co.", "Inventory Assistant", Year(2011), Year(2011), "Hebden Bridge, England, United Kingdom"),
            ],
            Schools =
            [
                new("University of Leeds", "Master of Science - MSc, Operational Research", 2011, 2012),
                new("University of York", "Bachelor of Science - BSc, Mathematics", 2008, 2011),
                new("The Open University", "Certificate, Data Science", null, null),
            ],
            Skills = ["Demand Forecasting", "Sales and Operations Planning", "Inventory Optimization"],
            Languages = [new("English", "Native or Bilingual"), new("French", "Professional Working"), new("German", "Elementary")],
            Certifications =
            [
                "APICS Certified Supply Chain Professional (CSCP)",
                "Microsoft Certified: Power BI Data Analyst Associate and Fabric Analytics Engineer",
                "Lean Six Sigma Green Belt",
            ],
            SavedAt = new DateTimeOffset(2025, 6, 22, 23, 19, 19, TimeSpan.Zero),
        }, profile);
    }

    [Fact]
    public void Read_OnePageWithoutSummary_JoinsTheWrappedEmailAndDegree()
    {
        var path = RepoPaths.Profile("marcus-oyelaran.pdf");

        var profile = ProfileReader.Read(path);

        ProfileAssert.Equal(new Profile
        {
            FullName = "Marcus Oyelaran",
            Headline = "Research Engineer at Brightwater Medical Devices",
            Location = "Pittsburgh, Pennsylvania, United States",
            ProfileUrl = "https://www.linkedin.com/in/moyelaran",
            Emails = ["marcus.oyelaran.research-lab@example.org"],
            Positions =
            [
                new("Brightwater Medical Devices", "Research Engineer", Month(2023, 7), null, "Pittsburgh, Pennsylvania"),
                new("Three Rivers Health System", "Clinical Engineering Fellow", Year(2017), Year(2020), null),
                new("Allegheny Robotics Lab", "Research Assistant", Month(2008, 7), Year(2011), "Pittsburgh, Pennsylvania"),
                new("Keystone Summer Science Camp", "Counselor", Year(2011), Year(2011), null),
            ],
            Schools =
            [
                new("Carnegie Mellon University", "Doctor of Philosophy (Ph.D.), Biomedical Engineering", 2019, 2023),
                new("University of Pittsburgh", "Bachelor of Science - BS, Bioengineering", 2007, 2011),
            ],
            Skills = ["Biomedical Signal Processing", "MATLAB", "Medical Devices"],
            Languages = [new("English", "Native or Bilingual"), new("Yoruba", "Limited Working")],
            SavedAt = new DateTimeOffset(2024, 3, 5, 10, 15, 0, TimeSpan.Zero),
        }, profile);
    }

    [Fact]
    public void Read_DatesAtTheTopOfPageTwo_StayWithTheirRole()
    {
        var path = RepoPaths.Profile("priya-raman.pdf");

        var profile = ProfileReader.Read(path);

        ProfileAssert.Equal(new Profile
        {
            FullName = "Priya Raman",
            Headline = "Fractional CFO for climate-tech startups",
            Location = "Greater Boston",
            About = "I help climate-tech founders raise money, plan cash and report to their boards without hiring a full-time finance team before they need one.",
            ProfileUrl = "https://www.linkedin.com/in/priya-raman-cfo",
            Emails = ["priya@raman-advisory.example.com"],
            Positions =
            [
                new("Raman Advisory", "Founder and Fractional Chief Financial Officer for Seed to Series B Climate Companies", Month(2022, 3), null, "Greater Boston Area"),
                new("Voltaic Grid Storage", "VP Finance", Month(2018, 6), Month(2022, 2), "Cambridge, Massachusetts, United States"),
                new("Harbor & Pine Capital", "Associate", Year(2014), Year(2018), "Boston, Massachusetts, United States"),
            ],
            Schools =
            [
                new("Boston University Questrom School of Business", "Master of Business Administration - MBA, Finance", 2012, 2014),
                new("University of Michigan", "Bachelor of Business Administration - BBA", 2008, 2012),
            ],
            Skills = ["Financial Modeling", "Fundraising", "Board Reporting"],
            Certifications = ["Certified Public Accountant (CPA)"],
            SavedAt = new DateTimeOffset(2025, 1, 17, 8, 30, 5, TimeSpan.Zero),
        }, profile);
    }

    [Fact]
    public void Read_SpanishWithGroupedRoles_ReadsEveryField()
    {
        var path = RepoPaths.Profile("lucia-ferrer-almansa.pdf");

        var profile = ProfileReader.Read(path);

        ProfileAssert.Equal(new Profile
        {
            FullName = "Lucía Ferrer Almansa",
            Headline = "Directora de Operaciones E-commerce en Moda Sur",
            Location = "Valencia, Comunidad Valenciana, España",
            About = "Llevo catorce años haciendo que los pedidos online lleguen a tiempo: almacenes, transportistas, devoluciones y el servicio al cliente que lo une todo. Empecé midiendo datos en un marketplace y hoy dirijo las operaciones de una marca de moda con tres almacenes.\n\n"
                + "Me gusta ordenar procesos que crecieron deprisa, medir lo que cuesta de verdad cada devolución y trabajar con los equipos de tienda para que el stock esté donde se vende.\n\n"
                + "Si trabajas en logística de moda o en marketplaces y quieres comparar notas, escríbeme.",
            ProfileUrl = "https://www.linkedin.com/in/lucia-ferrer-almansa-7a3b91",
            Emails = ["lucia.ferrer@example.com"],
            Positions =
            [
                new("Moda Sur", "Directora de Operaciones E-commerce", Month(2022, 1), null, "Valencia, Comunidad Valenciana, España"),
                new("Moda Sur", "Responsable de Logística Online", Month(2019, 8), Month(2021, 12), "Valencia, Comunidad Valenciana, España"),
                new("Tiendas Aurora", "Coordinadora de Marketplaces", Month(2016, 3), Month(2019, 7), "Madrid, Comunidad de Madrid, España"),
                new("Almansa Vinos", "Gestora de tienda online", Year(2013), Year(2016), "Almansa, Castilla-La Mancha, España"),
                new("Mercado Central Digital", "Analista de Datos", Month(2012, 4), Year(2013), "Madrid, Comunidad de Madrid, España"),
                new("Mercado Central Digital", "Becaria de Marketing", Month(2011, 11), Month(2012, 3), "Madrid, Comunidad de Madrid, España"),
            ],
            Schools =
            [
                new("Universitat de València", "Máster en Logística y Gestión de la Cadena de Suministro", 2014, 2015),
                new("Universidad de Castilla-La Mancha", "Grado en Administración y Dirección de Empresas, Empresa", 2007, 2011),
            ],
            Skills = ["Gestión de operaciones", "Logística inversa", "Shopify Plus"],
            Languages =
            [
                new("Español", "Competencia bilingüe o nativa"),
                new("Valenciano", "Competencia bilingüe o nativa"),
                new("Inglés", "Competencia profesional completa"),
                new("Italiano", "Competencia básica profesional"),
            ],
            Certifications = ["Certificación Google Analytics", "Scrum Master Certificado (SMC) por la Scrum Alliance de España y Portugal"],
            SavedAt = new DateTimeOffset(2025, 7, 3, 9, 1, 12, TimeSpan.Zero),
        }, profile);
    }

    [Fact]
    public void Read_SpanishWithoutExtracto_ReadsEveryField()
    {
        var path = RepoPaths.Profile("javier-ortega-nieto.pdf");

        var profile = ProfileReader.Read(path);

        ProfileAssert.Equal(new Profile
        {
            FullName = "Javier Ortega Nieto",
            Headline = "Desarrollador backend · .NET y PostgreSQL",
            Location = "Sevilla, Andalucía, España",
            ProfileUrl = "https://www.linkedin.com/in/javierortneto",
            Emails = ["javier.ortega.nieto.desarrollo@example.net"],
            Positions =
            [
                new("Javier Ortega Nieto", "Desarrollador backend freelance", Month(2021, 5), null, "Sevilla, Andalucía, España"),
                new("Clínicas Guadalquivir", "Desarrollador .NET", Month(2017, 9), Month(2021, 4), "Área metropolitana de Sevilla"),
                new("Aljarafe Software", "Programador junior", Year(2015), Year(2017), null),
            ],
            Schools = [new("Universidad de Sevilla", "Grado en Ingeniería Informática", 2011, 2015)],
            Skills = [".NET", "PostgreSQL", "Arquitectura de software"],
            Languages = [new("Español", "Competencia bilingüe o nativa"), new("Inglés", "Competencia profesional")],
            SavedAt = new DateTimeOffset(2025, 4, 10, 18, 45, 30, TimeSpan.Zero),
        }, profile);
    }

    [Fact]
    public void Read_SpanishWithSchoolsWithoutDatesAndNoCreationDate_ReadsEveryField()
    {
        var path = RepoPaths.Profile("nuria-castells-puig.pdf");

        var profile = ProfileReader.Read(path);

        ProfileAssert.Equal(new Profile
        {
            FullName = "Núria Castells Puig",
            Headline = "Diseñadora de producto y UX writer · Ayudo a equipos de salud digital a escribir interfaces claras, accesibles y en varios idiomas",
            Location = "Barcelona, Cataluña, España",
            About = "Diseño y escribo productos digitales de salud: apps de citas, resultados de análisis y recordatorios de medicación que entienda cualquiera, también en catalán y en inglés.\n\n"
                + "Antes fui correctora y redactora; de ahí vienen mi manía por las palabras exactas y mi costumbre de probar cada pantalla con personas reales.",
            ProfileUrl = "https://www.linkedin.com/in/nuriacastellspuig",
            Emails = ["nuria.castells@example.org"],
            Positions =
            [
                new("Salut Clara", "Diseñadora de producto", Month(2023, 2), null, "Barcelona, Cataluña, España"),
                new("Estudio Tramuntana", "Diseñadora UX sénior", Month(2020, 1), Month(2023, 1), "Barcelona, Cataluña, España"),
                new("Estudio Tramuntana", "Diseñadora UX", Month(2018, 11), Month(2019, 12), "Girona, Cataluña, España"),
                new("Editorial Pinassa", "Correctora y redactora", Year(2014), Year(2018), "Girona, Cataluña, España"),
            ],
            Schools =
            [
                new("Universitat Pompeu Fabra", "Máster en Diseño de Interacción", 2016, 2017),
                new("Elisava, Escuela Universitaria de Diseño e Ingeniería de Barcelona", "Curso de Escritura para Interfaces", null, null),
                new("Universitat de Girona", "Grado en Periodismo", null, null),
            ],
            Skills = ["Diseño de producto", "Redacción UX", "Accesibilidad web"],
            Languages =
            [
                new("Catalán", "Competencia bilingüe o nativa"),
                new("Español", "Competencia bilingüe o nativa"),
                new("Inglés", "Competencia profesional completa"),
            ],
            SavedAt = null,
        }, profile);
    }

    [Theory]
    [InlineData("olivia-brennan-marsh.pdf")]
    [InlineData("lucia-ferrer-almansa.pdf")]
    [InlineData("nuria-castells-puig.pdf")]
    [InlineData("priya-raman.pdf")]
    public void Read_MultiPageProfile_KeepsTheFootersOutOfEveryField(string file)
    {
        var path = RepoPaths.Profile(file);

        var profile = ProfileReader.Read(path);

        var texts = new[] { profile.FullName, profile.Headline, profile.Location, profile.About }
            .Concat(profile.Positions.SelectMany(p => new[] { p.Company, p.Title, p.Location }))
            .Concat(profile.Schools.SelectMany(s => new[] { s.Name, s.Degree }))
            .Concat(profile.Skills).Concat(profile.Certifications).OfType<string>();
        Assert.DoesNotContain(texts, t => t.Contains("Page ", StringComparison.Ordinal) || t.Contains("Página ", StringComparison.Ordinal));
    }

    [Fact]
    public void ReadPdf_AStream_NamesTheFileAsGiven()
    {
        using var pdf = File.OpenRead(RepoPaths.Profile("marcus-oyelaran.pdf"));

        var profile = ProfileReader.ReadPdf(pdf, "downloads/Profile.pdf");

        Assert.Equal("Marcus Oyelaran", profile.FullName);
    }

    [Fact]
    public void Read_APdfNamedAsText_IsReadAsAPdf()
    {
        using var folder = new TempFolder();
        var path = folder.File("profile.txt");
        File.Copy(RepoPaths.Profile("javier-ortega-nieto.pdf"), path);

        var profile = ProfileReader.Read(path);

        Assert.Equal("Javier Ortega Nieto", profile.FullName);
    }
}
