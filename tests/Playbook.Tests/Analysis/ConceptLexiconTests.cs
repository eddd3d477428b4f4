using Playbook.Engine.Analysis;
using Playbook.Engine.Analysis.Concepts;
using Playbook.Engine.Text;

namespace Playbook.Tests.Analysis;

public sealed class ConceptLexiconTests
{
    [Fact]
    public void BuiltIn_TheShippedFile_LoadsEveryFieldWithoutProblems()
    {
        var lexicon = ConceptLexicon.BuiltIn;

        Assert.True(lexicon.Concepts.Count >= 150, $"{lexicon.Concepts.Count} concepts");
        Assert.All(lexicon.Concepts, c => Assert.True(c.Terms.Count >= 1, c.Name));
        Assert.Equal("e-commerce", lexicon.ConceptOf(["tiendas", "online"]));
        Assert.Equal("e-commerce", lexicon.ConceptOf(["comercio", "electronico"]));
        Assert.Equal("seo", lexicon.ConceptOf(["posicionamiento", "web"]));
        Assert.Equal("digital marketing", lexicon.ConceptOf(["digital", "marketing"]));
        Assert.Null(lexicon.ConceptOf(["shopify"]));
        Assert.True(lexicon.Generic.IsGeneric(["consultora"]));
        Assert.False(lexicon.Generic.IsGeneric(["marketing"]));
    }

    [Theory]
    [InlineData("e-commerce", "ecommerce", "tienda online", "tiendas online", "online store", "comercio electrónico")]
    [InlineData("seo", "SEO", "posicionamiento web", "search engine optimization", "posicionamiento orgánico", "organic search")]
    [InlineData("digital marketing", "marketing digital", "digital marketing", "marketing online", "online marketing", "internet marketing")]
    [InlineData("human resources", "recursos humanos", "RRHH", "human resources", "HR", "gestión de personas")]
    [InlineData("logistics", "logística", "logistics", "logistics", "logística", "Logística")]
    [InlineData("hospitality", "hostelería", "hospitality", "hotelería", "gestión hotelera", "hotel management")]
    [InlineData("law", "abogacía", "law", "legal services", "servicios jurídicos", "asesoría jurídica")]
    public void BuiltIn_TheSameThingInSpanishAndEnglish_IsOneConcept(string concept, params string[] terms)
    {
        var lexicon = ConceptLexicon.BuiltIn;

        var named = terms.Select(t => lexicon.ConceptOf(TextTerms.Words(t))).Distinct().ToList();

        Assert.Equal([concept], named);
    }

    [Fact]
    public void Parse_BrokenFile_ReportsEveryProblemWithItsPosition()
    {
        const string text = """
            generic: [online]
            concept:
              - name: x
            concepts:
              - name: wine
                terms: [vino, online]
              - name: wine
                terms: [vino]
            """;

        ConceptLexicon.Parse(text, "concepts.yaml", out var problems);

        Assert.Equal(
            [
                "concepts.yaml(2,1): unknown key 'concept'; the keys are 'generic', 'concepts'",
                "concepts.yaml(6,19): 'online' alone is too general to name 'wine' (a generic word makes no common ground); write the whole phrase, such as 'online store' rather than 'online'",
                "concepts.yaml(7,5): the concept 'wine' is written twice; the first is at line 5: write its terms once",
            ],
            problems.Select(p => p.ToString()));
    }

    [Fact]
    public void With_AConceptOfAKnownName_AddsItsTermsAndANewOneIsAdded()
    {
        var lexicon = ConceptLexicon.BuiltIn.With([new Concept("E-commerce", ["comercio digital B2C", "online"]), new Concept("wine trade", ["enoturismo"])]);

        Assert.Equal("e-commerce", lexicon.ConceptOf(TextTerms.Words("comercio digital B2C")));
        Assert.Equal("wine trade", lexicon.ConceptOf(["enoturismo"]));
        Assert.Null(lexicon.ConceptOf(["online"]));
        Assert.Equal(ConceptLexicon.BuiltIn.Concepts.Count + 1, lexicon.Concepts.Count);
        Assert.Null(ConceptLexicon.BuiltIn.ConceptOf(["enoturismo"]));
    }
}
