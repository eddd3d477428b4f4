using Playbook.Engine.Contacts;
using Playbook.Engine.Import.Profiles;
using Playbook.Tests.Support;
using static Playbook.Tests.Import.Profiles.ProfileAssert;

namespace Playbook.Tests.Import.Profiles;

/// <summary>The copied-page fixtures (tests/fixtures/profiles/*.txt, written by hand) and the text reader's rules.</summary>
public sealed class CopiedPageTests
{
    [Fact]
    public void Read_EnglishPageWithNoiseAndContactInfo_ReadsEveryField()
    {
        var path = RepoPaths.Profile("olivia-brennan-marsh.txt");

        var profile = ProfileReader.Read(path);

        ProfileAssert.Equal(new Profile
        {
            FullName = "Olivia Brennan-Marsh",
            Headline = "Director of Supply Chain Analytics | Demand forecasting, inventory optimisation and S&OP for consumer goods brands",
            Location = "Leeds, England, United Kingdom",
            About = "I turn messy sales, stock and promotion data into plans that factories, warehouses and finance teams can agree on.\n\n"
                + "Lately I have been working on probabilistic forecasts for short-life products.",
            ProfileUrl = "https://www.linkedin.com/in/olivia-brennan-marsh-4b81a2c7",
            Emails = ["olivia.brennan@example.com"],
            Positions =
            [
                new("Harrowgate Foods", "Director of Supply Chain Analytics", Month(2021, 4), null, "Leeds, England, United Kingdom"),
                new("Harrowgate Foods", "Head of Demand Planning", Month(2019, 2), Month(2021, 4), "Leeds, England, United Kingdom"),
                new("Calder & Wren Retail", "Senior Demand Planner", Month(2015, 7), Month(2019, 1), "Manchester, England, United Kingdom"),
            ],
            Schools =
            [
                new("University of Leeds", "Master of Science - MSc, Operational Research", 2011, 2012),
                new("University of York", "Bachelor of Science - BSc, Mathematics", 2008, 2011),
            ],
            Skills = ["Demand Forecasting", "Sales and Operations Planning"],
            Languages = [new("English", "Native or bilingual proficiency"), new("French", "Professional working proficiency")],
            Certifications = ["APICS Certified Supply Chain Professional (CSCP)", "Lean Six Sigma Green Belt"],
        }, profile);
    }

    [Fact]
    public void Read_EnglishPageWithoutUrl_ReadsEveryField()
    {
        var path = RepoPaths.Profile("marcus-oyelaran.txt");

        var profile = ProfileReader.Read(path);

        ProfileAssert.Equal(new Profile
        {
            FullName = "Marcus Oyelaran",
            Headline = "Research Engineer at Brightwater Medical Devices",
            Location = "Pittsburgh, Pennsylvania, United States",
            Positions =
            [
                new("Brightwater Medical Devices", "Research Engineer", Month(2023, 7), null, "Pittsburgh, Pennsylvania, United States"),
                new("Three Rivers Health System", "Clinical Engineering Fellow", Year(2017), Year(2020), null),
                new("Allegheny Robotics Lab", "Research Assistant", Month(2008, 7), Year(2011), "Pittsburgh, Pennsylvania, United States"),
            ],
            Schools =
            [
                new("Carnegie Mellon University", "Doctor of Philosophy - PhD, Biomedical Engineering", 2019, 2023),
                new("University of Pittsburgh", "Bachelor of Science - BS, Bioengineering", 2007, 2011),
            ],
            Skills = ["Biomedical Signal Processing", "MATLAB"],
            Languages = [new("English", "Native or bilingual proficiency"), new("Yoruba", "Limited working proficiency")],
        }, profile);
    }

    [Fact]
    public void Read_EnglishPageWithRolesTypedUnderAGroup_ReadsEveryField()
    {
        var path = RepoPaths.Profile("hannah-lindqvist.txt");

        var profile = ProfileReader.Read(path);

        ProfileAssert.Equal(new Profile
        {
            FullName = "Hannah Lindqvist",
            Headline = "Product Marketing Lead · B2B SaaS · Nordic and DACH markets",
            Location = "Stockholm, Stockholm County, Sweden",
            About = "Product marketer for B2B software sold in the Nordics and Germany.\nI like launches, pricing pages and sales decks that salespeople actually use.",
            ProfileUrl = "https://www.linkedin.com/in/hannah-lindqvist-pmm",
            Emails = ["hannah.lindqvist@example.net"],
            Positions =
            [
                new("Fjällbyte Software", "Product Marketing Lead", Month(2023, 1), null, "Stockholm, Sweden"),
                new("Fjällbyte Software", "Product Marketing Manager", Month(2021, 5), Month(2022, 12), null),
                new("Nordlys Media", "Marketing Specialist", Month(2019, 9), Month(2021, 4), "Gothenburg, Västra Götaland County, Sweden"),
            ],
            Schools = [new("Stockholm School of Economics", "Master of Science - MS, Business and Management", 2017, 2019)],
            Skills = ["Product Marketing", "Go-to-Market Strategy"],
            Languages =
            [
                new("Swedish", "Native or bilingual proficiency"),
                new("English", "Full professional proficiency"),
                new("German", "Professional working proficiency"),
            ],
            Certifications = ["Pragmatic Certified Product Marketing Manager"],
        }, profile);
    }

    [Fact]
    public void Read_SpanishPageWithNoiseAndContactInfo_ReadsEveryField()
    {
        var path = RepoPaths.Profile("lucia-ferrer-almansa.txt");

        var profile = ProfileReader.Read(path);

        ProfileAssert.Equal(new Profile
        {
            FullName = "Lucía Ferrer Almansa",
            Headline = "Directora de Operaciones E-commerce en Moda Sur",
            Location = "Valencia, Comunidad Valenciana, España",
            About = "Llevo catorce años haciendo que los pedidos online lleguen a tiempo.\n\nMe gusta ordenar procesos que crecieron deprisa.",
            ProfileUrl = "https://www.linkedin.com/in/lucia-ferrer-almansa-7a3b91",
            Emails = ["lucia.ferrer@example.com"],
            Positions =
            [
                new("Moda Sur", "Directora de Operaciones E-commerce", Month(2022, 1), null, "Valencia, Comunidad Valenciana, España"),
                new("Moda Sur", "Responsable de Logística Online", Month(2019, 8), Month(2021, 12), "Valencia, Comunidad Valenciana, España"),
                new("Tiendas Aurora", "Coordinadora de Marketplaces", Month(2016, 3), Month(2019, 7), "Madrid, Comunidad de Madrid, España"),
            ],
            Schools =
            [
                new("Universitat de València", "Máster, Logística y Gestión de la Cadena de Suministro", 2014, 2015),
                new("Universidad de Castilla-La Mancha", "Grado, Administración y Dirección de Empresas", 2007, 2011),
            ],
            Skills = ["Gestión de operaciones", "Logística inversa"],
            Languages = [new("Español", "Competencia bilingüe o nativa"), new("Inglés", "Competencia profesional completa")],
            Certifications = ["Certificación Google Analytics", "Scrum Master Certificado (SMC)"],
        }, profile);
    }

    [Fact]
    public void Read_SpanishPageWithoutUrl_ReadsEveryField()
    {
        var path = RepoPaths.Profile("javier-ortega-nieto.txt");

        var profile = ProfileReader.Read(path);

        ProfileAssert.Equal(new Profile
        {
            FullName = "Javier Ortega Nieto",
            Headline = "Desarrollador backend · .NET y PostgreSQL",
            Location = "Sevilla, Andalucía, España",
            Positions =
            [
                new("Javier Ortega Nieto", "Desarrollador backend freelance", Month(2021, 5), null, null),
                new("Clínicas Guadalquivir", "Desarrollador .NET", Month(2017, 9), Month(2021, 4), "Área metropolitana de Sevilla"),
                new("Aljarafe Software", "Programador junior", Year(2015), Year(2017), null),
            ],
            Schools = [new("Universidad de Sevilla", "Grado en Ingeniería Informática", 2011, 2015)],
            Skills = [".NET", "PostgreSQL"],
            Languages = [new("Español", "Competencia bilingüe o nativa"), new("Inglés", "Competencia profesional")],
        }, profile);
    }

    [Fact]
    public void Read_SpanishPageWithCrLfAndTwoGroups_ReadsEveryField()
    {
        var path = RepoPaths.Profile("ines-calvo-rey.txt");

        var profile = ProfileReader.Read(path);

        ProfileAssert.Equal(new Profile
        {
            FullName = "Inés Calvo Rey",
            Headline = "Responsable de Atención al Cliente en Lumo Home",
            Location = "Zaragoza, Aragón, España",
            ProfileUrl = "https://www.linkedin.com/in/inescalvorey",
            Positions =
            [
                new("Lumo Home", "Responsable de Atención al Cliente", Month(2024, 2), null, "Zaragoza, Aragón, España"),
                new("Lumo Home", "Agente de Atención al Cliente", Month(2022, 7), Month(2024, 1), null),
                new("Librería Odisea", "Librera", Year(2020), Year(2022), "Zaragoza, Aragón, España"),
            ],
            Schools =
            [
                new("Universidad de Zaragoza", "Grado en Filología Hispánica", 2016, 2020),
                new("Escuela Oficial de Idiomas de Zaragoza", "Nivel C1, Francés", null, null),
            ],
            Languages = [new("Francés", "Competencia profesional completa"), new("Catalán", null)],
            Certifications = ["Atención al cliente omnicanal"],
        }, profile);
    }

    [Fact]
    public void ReadText_EveryLineTwiceAmongNoise_ReadsEachOnce()
    {
        var text = """
            Home
            My Network
            Ana Example
            Ana Example
            He/Him
            · 2nd
            Buyer at Example Stores
            Buyer at Example Stores
            Madrid, Spain
            Madrid, Spain
            Contact info
            500+ connections
            Connect
            Message
            More
            Experience
            Experience
            Buyer
            Buyer
            Example Stores · Full-time
            Example Stores · Full-time
            Jan 2019 - Present · 5 yrs 11 mos
            Jan 2019 - Present · 5 yrs 11 mos
            Madrid, Spain · Hybrid
            Madrid, Spain · Hybrid
            Show all 12 experiences
            """;

        var profile = ProfileReader.ReadText(text, "pasted.txt");

        Assert.Equal("Ana Example", profile.FullName);
        Assert.Equal("Buyer at Example Stores", profile.Headline);
        Assert.Equal("Madrid, Spain", profile.Location);
        Assert.Equal([new Position("Example Stores", "Buyer", Month(2019, 1), null, "Madrid, Spain")], profile.Positions);
        Assert.Null(profile.ProfileUrl);
        Assert.Null(profile.SavedAt);
    }

    [Fact]
    public void ReadText_SpanishNoise_IsDropped()
    {
        var text = """
            Ir al contenido principal
            Inicio
            Mi red
            Ana Ejemplo
            · 2º
            Compradora en Tiendas Ejemplo
            Madrid, España · Información de contacto
            Más de 500 contactos
            Conectar
            Enviar mensaje
            Más
            Experiencia
            Compradora
            Tiendas Ejemplo · Jornada completa
            ene. 2019 - actualidad · 5 años 11 meses
            Aptitudes: Compras · Negociación
            Mostrar las 12 experiencias
            Aptitudes
            Negociación
            Validado por 3 compañeros de trabajo en Tiendas Ejemplo
            4 validaciones
            Compradora en Tiendas Ejemplo
            Mostrar todas las aptitudes (30)
            """;

        var profile = ProfileReader.ReadText(text, "pegado.txt");

        Assert.Equal("Ana Ejemplo", profile.FullName);
        Assert.Equal("Compradora en Tiendas Ejemplo", profile.Headline);
        Assert.Equal("Madrid, España", profile.Location);
        Assert.Equal([new Position("Tiendas Ejemplo", "Compradora", Month(2019, 1), null, null)], profile.Positions);
        Assert.Equal(["Negociación"], profile.Skills);
    }
}
