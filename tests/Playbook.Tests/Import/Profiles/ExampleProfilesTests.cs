using Playbook.Engine.Contacts;
using Playbook.Engine.Import.Profiles;
using Playbook.Tests.Support;
using static Playbook.Tests.Import.Profiles.ProfileAssert;

namespace Playbook.Tests.Import.Profiles;

/// <summary>
/// The docs' tour: Katarzyna Nowak, a pending inviter of the example export, saved as a PDF and copied from her
/// profile page (examples/profiles). She worked at Tiendas Aurora while Ana García Ruiz ran its e-commerce.
/// </summary>
public sealed class ExampleProfilesTests
{
    private static readonly Position[] TheirTiendasAuroraYears =
    [
        new("Tiendas Aurora", "Responsable de Marketplaces", Month(2022, 3), Month(2023, 12), "Madrid, Comunidad de Madrid, España"),
        new("Tiendas Aurora", "Especialista en Marketplaces", Month(2019, 10), Month(2022, 2), "Madrid, Comunidad de Madrid, España"),
    ];

    [Fact]
    public void Read_KatarzynaNowaksPdf_ReadsEveryField()
    {
        var path = Path.Combine(RepoPaths.Examples, "profiles", "katarzyna-nowak.pdf");

        var profile = ProfileReader.Read(path);

        ProfileAssert.Equal(new Profile
        {
            FullName = "Katarzyna Nowak",
            Headline = "Head of Marketplaces en Casa Bruma · Amazon, Zalando y Allegro",
            Location = "Madrid, Comunidad de Madrid, España",
            About = "Polaca afincada en Madrid desde 2015. Llevo diez años vendiendo en marketplaces europeos: en Tiendas Aurora lancé los canales de Amazon y Zalando, y en Casa Bruma hemos abierto Polonia y Alemania.\n\n"
                + "Me interesan las operaciones de catálogo, la logística con varios almacenes y todo lo que hace que un producto venda igual de bien en cinco países.",
            ProfileUrl = "https://www.linkedin.com/in/katarzyna-nowak-b7e2a0",
            Emails = ["katarzyna.nowak@example.com"],
            Positions =
            [
                new("Casa Bruma", "Head of Marketplaces", Month(2024, 1), null, "Madrid, Comunidad de Madrid, España"),
                .. TheirTiendasAuroraYears,
                new("Grupo Kalma", "Analista de e-commerce", Month(2015, 9), Month(2019, 9), "Madrid, Comunidad de Madrid, España"),
            ],
            Schools =
            [
                new("Uniwersytet Ekonomiczny w Krakowie", "Magister, Comercio internacional", 2008, 2013),
                new("Universidad Complutense de Madrid", "Curso de Español como Lengua Extranjera", 2015, 2016),
            ],
            Skills = ["Amazon Seller Central", "Gestión de marketplaces", "Operaciones de catálogo"],
            Languages =
            [
                new("Polaco", "Competencia bilingüe o nativa"),
                new("Español", "Competencia profesional completa"),
                new("Inglés", "Competencia profesional completa"),
            ],
            Certifications = ["Gestión de Marketplaces Internacionales (Escuela de Comercio Online)"],
            SavedAt = new DateTimeOffset(2026, 11, 29, 11, 30, 0, TimeSpan.Zero),
        }, profile);
    }

    [Fact]
    public void Read_KatarzynaNowaksCopiedPage_ReadsWhatThePageShows()
    {
        var path = Path.Combine(RepoPaths.Examples, "profiles", "katarzyna-nowak.txt");

        var profile = ProfileReader.Read(path);

        ProfileAssert.Equal(new Profile
        {
            FullName = "Katarzyna Nowak",
            Headline = "Head of Marketplaces en Casa Bruma · Amazon, Zalando y Allegro",
            Location = "Madrid, Comunidad de Madrid, España",
            About = "Polaca afincada en Madrid desde 2015. Llevo diez años vendiendo en marketplaces europeos: en Tiendas Aurora lancé los canales de Amazon y Zalando, y en Casa Bruma hemos abierto Polonia y Alemania.\n\n"
                + "Me interesan las operaciones de catálogo, la logística con varios almacenes y todo lo que hace que un producto venda igual de bien en cinco países.",
            ProfileUrl = "https://www.linkedin.com/in/katarzyna-nowak-b7e2a0",
            Emails = ["katarzyna.nowak@example.com"],
            Positions =
            [
                new("Casa Bruma", "Head of Marketplaces", Month(2024, 1), null, "Madrid, Comunidad de Madrid, España"),
                .. TheirTiendasAuroraYears,
                new("Grupo Kalma", "Analista de e-commerce", Month(2015, 9), Month(2019, 9), "Madrid, Comunidad de Madrid, España"),
            ],
            Schools =
            [
                new("Uniwersytet Ekonomiczny w Krakowie", "Magister, Comercio internacional", 2008, 2013),
                new("Universidad Complutense de Madrid", "Curso de Español como Lengua Extranjera", 2015, 2016),
            ],
            Skills = ["Amazon Seller Central", "Gestión de marketplaces"],
            Languages =
            [
                new("Polaco", "Competencia bilingüe o nativa"),
                new("Español", "Competencia profesional completa"),
                new("Inglés", "Competencia profesional completa"),
            ],
            Certifications = ["Gestión de Marketplaces Internacionales"],
        }, profile);
    }

    [Fact]
    public void Read_KatarzynaNowak_WasAtTiendasAuroraWithAna()
    {
        var profile = ProfileReader.Read(Path.Combine(RepoPaths.Examples, "profiles", "katarzyna-nowak.pdf"));
        var anaAtAurora = File.ReadLines(Path.Combine(RepoPaths.ExampleFolder, "Positions.csv")).Single(l => l.StartsWith("Tiendas Aurora,", StringComparison.Ordinal));

        var together = profile.Positions.Where(p => p.Company == "Tiendas Aurora"
            && PartialDate.Overlap(p.Start, p.End, new PartialDate(2019, 9), new PartialDate(2024, 5), new DateOnly(2026, 11, 30))).ToList();

        Assert.EndsWith(",Sep 2019,May 2024", anaAtAurora, StringComparison.Ordinal);
        Assert.Equal(TheirTiendasAuroraYears, together);
    }
}
