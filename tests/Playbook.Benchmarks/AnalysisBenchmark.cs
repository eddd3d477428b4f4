using System.Globalization;
using Playbook.Engine.Analysis;
using Playbook.Engine.Contacts;
using Playbook.Engine.Events;
using Playbook.Engine.Text;

namespace Playbook.Benchmarks;

/// <summary>
/// The analysis alone, in process, over three kinds of contact: what an export's CSV gives (company, position,
/// location), the same with an invitation's note, and a read profile (positions with dates, schools, skills,
/// certifications, an About of some 700 characters) with a note. Prints the time and the bytes per contact, and what
/// building the analyzer for a profile costs (once per me-profile). Asserts nothing.
/// </summary>
internal static class AnalysisBenchmark
{
    private const int Contacts = 20_000;

    private static readonly MeProfile Ana = new()
    {
        FirstName = "Ana",
        Location = "Madrid, Community of Madrid, Spain",
        Positions =
        [
            new Position("García Ruiz Consultoría E-commerce", "Fundadora", new PartialDate(2024, 6), null, "Madrid"),
            new Position("Tiendas Aurora", "Responsable de E-commerce", new PartialDate(2019, 9), new PartialDate(2024, 5), "Madrid"),
            new Position("Nubo Digital", "Consultora SEO y Growth", new PartialDate(2016, 6), new PartialDate(2019, 8), "Madrid"),
            new Position("Mercado Verde Online", "Técnica de Marketing Online", new PartialDate(2014, 2), new PartialDate(2016, 5), "Alcalá de Henares"),
        ],
        Schools = [new School("Universidad Complutense de Madrid", "Máster en Marketing Digital", 2014, 2015), new School("ESIC Business & Marketing School", null, 2012, 2013)],
        Skills =
        [
            "E-commerce", "Shopify", "SEO", "Growth Marketing", "Marketplaces", "Google Analytics", "Amazon Seller Central",
            "Conversion Rate Optimization", "Email Marketing", "Google Ads", "WooCommerce", "Analítica web", "Estrategia digital",
            "Gestión de proyectos", "Klaviyo", "Retail",
        ],
        Interests = ["D2C brands", "marketplaces", "conversion optimisation"],
        Goals =
        [
            new Goal("find e-commerce clients", ["e-commerce", "ecommerce", "tienda online", "online store", "shopify", "retail", "marketplace"], "a call"),
            new Goal("partner with agencies", ["agency", "agencia", "marketing", "seo", "growth"], "a coffee"),
        ],
        Concepts = [new Concept("marketplaces", ["marketplace", "marketplaces", "mercado online", "mercados online"])],
    };

    private static readonly string[] Companies = ["Tiendas Aurora S.L.", "Nubo Digital", "Kaufnett GmbH", "Maison Clair", "Pixelría", "Brightcart Ltd", "Astilleros del Norte", "Mercado Andino S.A.S."];

    private static readonly string[] Titles =
    [
        "Directora de e-commerce", "Head of Growth Marketing", "Responsable de tiendas online", "Ingeniero naval", "Consultor SEO freelance",
        "Product Manager", "Diseñadora UX", "Key Account Manager", "Responsable de logística", "Marketing digital y redes sociales",
    ];

    private static readonly string[] Notes =
    [
        "Hola Ana, me gustaría conectar contigo: trabajo en e-commerce de moda.",
        "Hi Ana, I run a Shopify agency and we help brands like yours grow faster. Open to a quick call?",
        "Hola Ana, soy técnica de selección en Talentia y tenemos una vacante que encaja con tu perfil.",
        "Hi Ana, loved your post on marketplace fees. Let's connect!",
        "Hola Ana, tenemos una tienda online de vinos y queremos crecer en marketplaces. ¿Hablamos?",
    ];

    private const string About = """
        Llevo más de diez años ayudando a marcas de moda y hogar a vender online. Empecé en una agencia de marketing digital,
        donde aprendí SEO, SEM y analítica web, y después dirigí el canal online de una cadena de tiendas: migración a Shopify Plus,
        lanzamiento en Amazon y Zalando, y un equipo de seis personas. Hoy acompaño a pymes en su estrategia de comercio electrónico,
        desde la elección de plataforma hasta la logística de última milla y la atención al cliente. Me interesan la optimización
        de la conversión, el email marketing y todo lo que haga que una tienda pequeña compita con las grandes.
        """;

    public static void Run()
    {
        var now = new DateTimeOffset(2026, 11, 30, 8, 0, 0, TimeSpan.Zero);
        Console.WriteLine($"Analysis: {Contacts:N0} contacts of each kind against a me-profile like Ana's ({Ana.Skills.Count} skills, {Ana.Goals.Count} goals, {Ana.Positions.Count} positions)");
        var build = new Meter();
        var analyzer = new ProfileAnalyzer(Ana);
        var built = build.Stop();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  the analyzer for the profile (first one in the process, the built-in lexicon read too): {built.Elapsed.TotalMilliseconds:N1} ms, {built.AllocatedMegabytes:N1} MB"));
        build = new Meter();
        _ = new ProfileAnalyzer(Ana with { FirstName = "Ana María" });
        built = build.Stop();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  the analyzer for another profile: {built.Elapsed.TotalMilliseconds:N2} ms, {built.Allocated / 1024.0:N0} KB"));

        var random = new Random(42);
        var kinds = new (string Name, Func<int, (Contact, ContactEvent?)> Make)[]
        {
            ("an export's CSV fields", i => (Csv(i, random), null)),
            ("the CSV fields and a note", i => (Csv(i, random), Invitation(i, Notes[i % Notes.Length]))),
            ("a read profile and a note", i => (Profile(i, random), Invitation(i, Notes[i % Notes.Length]))),
        };
        // Each kind twice: the first round still pays for the JIT's tiers, the second is the steady state.
        foreach (var (round, (name, make)) in kinds.Select(k => (1, k)).Concat(kinds.Select(k => (2, k))))
        {
            var inputs = Enumerable.Range(0, Contacts).Select(make).ToList();
            foreach (var (contact, invitation) in inputs.Take(500))
            {
                analyzer.Analyse(contact, invitation, now);
            }

            var lowFit = 0;
            var meter = new Meter();
            foreach (var (contact, invitation) in inputs)
            {
                lowFit += analyzer.Analyse(contact, invitation, now).IsLowFit ? 1 : 0;
            }

            var cost = meter.Stop();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  round {round}, {name,-28} {cost.Elapsed.TotalMicroseconds / Contacts,6:N1} µs and {cost.Allocated / (double)Contacts / 1024,5:N1} KB per contact ({Contacts / cost.Elapsed.TotalSeconds:N0} contacts/s; {lowFit:N0} low fits; {cost.Collections})"));
        }
    }

    private static Contact Csv(int i, Random random) => new()
    {
        Id = i,
        FullName = $"Contact {i}",
        FirstName = "Contact",
        Company = random.Next(5) == 0 ? null : Companies[random.Next(Companies.Length)],
        Position = random.Next(5) == 0 ? null : Titles[random.Next(Titles.Length)],
        Location = random.Next(4) == 0 ? null : "Madrid, Community of Madrid, Spain",
        Stage = Stages.New,
        CreatedAt = DateTimeOffset.UnixEpoch,
        UpdatedAt = DateTimeOffset.UnixEpoch,
    };

    private static Contact Profile(int i, Random random)
    {
        var csv = Csv(i, random);
        return csv with
        {
            Headline = "Consultora de e-commerce · Shopify, growth y marketplaces",
            About = About,
            Positions =
            [
                new Position(csv.Company ?? "Brightcart Ltd", csv.Position, new PartialDate(2021, random.Next(1, 13)), null, "Madrid"),
                new Position(Companies[random.Next(Companies.Length)], Titles[random.Next(Titles.Length)], new PartialDate(2017, 3), new PartialDate(2021, 1), "Madrid"),
                new Position(Companies[random.Next(Companies.Length)], Titles[random.Next(Titles.Length)], new PartialDate(2014, 9), new PartialDate(2017, 2), null),
                new Position("Universidad de Salamanca", "Becaria de investigación", new PartialDate(2012, 10), new PartialDate(2014, 6), "Salamanca"),
            ],
            Schools = [new School(random.Next(2) == 0 ? "UCM" : "Universidad de Salamanca", "Grado en ADE", 2008, 2012), new School("ESIC", "MBA", 2015, 2016)],
            Skills = ["Ecommerce", "SEO", "Marketing digital", "Shopify", "Google Analytics", "Liderazgo de equipos", "Logística", "Atención al cliente", "Amazon", "Negociación", "CRM", "Email marketing"],
            Certifications = ["Google Analytics Individual Qualification", "Shopify Partner Academy", "Scrum Master"],
        };
    }

    private static ContactEvent Invitation(int i, string note) =>
        new() { Id = i, Kind = EventKinds.InvitationReceived, ContactId = i, At = DateTimeOffset.UnixEpoch, Body = note };
}
