using Playbook.Engine.Analysis;
using Playbook.Tui.Presentation;

namespace Playbook.Tests.Presentation;

public sealed class ContactPrinterTests
{
    [Theory]
    [MemberData(nameof(Lines))]
    public void Evidence_EachKind_IsOneLineWithBothSidesWords(Match match, string expected)
    {
        var line = ContactPrinter.Evidence(match);

        Assert.Equal(expected, line);
    }

    public static TheoryData<Match, string> Lines() => new()
    {
        {
            new Match("skill", "invitation", "e-commerce de moda", "Comercio electrónico") { MeWords = "Comercio electrónico", Concept = "e-commerce" },
            "skill Comercio electrónico: \"e-commerce de moda\" in the invitation (concept e-commerce)"
        },
        {
            new Match("goal", "company", "Tiendas Online", "find e-commerce clients") { MeWords = "tienda online" },
            "goal 'find e-commerce clients': \"Tiendas Online\" in the company (keyword tienda online)"
        },
        {
            new Match("goal", "position", "E-commerce", "find e-commerce clients") { MeWords = "e-commerce" },
            "goal 'find e-commerce clients': \"E-commerce\" in the position"
        },
        {
            new Match("former-colleague", "positions", "Tiendas Aurora S.L.", "Tiendas Aurora") { MeWords = "Tiendas Aurora", Overlap = "2019–2021 overlap" },
            "former colleague Tiendas Aurora: \"Tiendas Aurora S.L.\" in the positions (2019–2021 overlap)"
        },
        {
            new Match("skill", "about", "posicionamiento web", "SEO") { MeWords = "SEO", Concept = "seo" },
            "skill SEO: \"posicionamiento web\" in the About section (concept seo)"
        },
        { new Match("intent", "invitation", "ofrecemos", "sales"), "intent sales: \"ofrecemos\" in the invitation" },
        { new Match("work", "invitation", "a Shopify agency", "business"), "their work: \"a Shopify agency\" in the invitation" },
        { new Match("location", "location", "Madrid", "Madrid, Spain"), "same location: Madrid" },
        { new Match("former-colleague", "company", "Nubo Digital", "Nubo Digital"), "former colleague Nubo Digital: \"Nubo Digital\" in the company" },
    };
}
