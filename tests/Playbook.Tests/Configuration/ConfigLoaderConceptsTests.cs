using Playbook.Engine.Configuration;
using Playbook.Engine.Contacts;
using Playbook.Engine.Text;
using Playbook.Tests.Support;

namespace Playbook.Tests.Configuration;

/// <summary>The <c>concepts</c> section of <c>config.yaml</c>: the user's own concepts, added to the built-in lexicon.</summary>
public sealed class ConfigLoaderConceptsTests
{
    [Fact]
    public void Parse_Concepts_ReadsEachWithItsTermsAndTheMeProfileCarriesThem()
    {
        const string yaml = """
            concepts:
              - name: wine trade
                terms: [enoturismo, wine tourism, vinos de autor]
              - name: e-commerce
                terms: [comercio digital B2C]
            """;

        var config = Parse(yaml);
        var me = config.ApplyTo(new MeProfile());

        Assert.Equal(["wine trade", "e-commerce"], config.Concepts.Select(c => c.Name));
        Assert.Equal(["enoturismo", "wine tourism", "vinos de autor"], config.Concepts[0].Terms);
        Assert.Equal(["comercio digital B2C"], config.Concepts[1].Terms);
        Assert.Same(config.Concepts, me.Concepts);
    }

    [Fact]
    public void Parse_ConceptMistakes_ReportsEveryOneWithItsPosition()
    {
        const string yaml = """
            concepts:
              - name: wine trade
                terms: [enoturismo, online, tienda online]
              - terms: [vino]
              - name: wine trade
                terms: [vermut]
              - name: pets
                term: [mascotas]
              - name: crafts
                terms: artesanía
              - just a word
            """;

        var error = Assert.Throws<ConfigException>(() => Parse(yaml));

        Assert.Equal(
            """
            config.yaml(3,25): 'online' alone is too general to name 'wine trade' (a generic word makes no common ground); write the whole phrase, such as 'online store' rather than 'online'
            config.yaml(3,33): 'tienda online' already names the concept 'e-commerce'; a term names one concept
            config.yaml(4,5): a concept needs a 'name'
            config.yaml(5,5): the concept 'wine trade' is written twice; the first is at line 2: write its terms once
            config.yaml(8,5): unknown key 'term' in a concept; the keys are 'name', 'terms'
            config.yaml(10,12): 'terms' should be a list of words or phrases, such as [ecommerce, tienda online]
            config.yaml(11,5): a concept should be a mapping with a 'name' and its 'terms'
            """,
            error.Message);
    }

    [Fact]
    public void Parse_ConceptsThatAreNotAList_SaysWhatTheyShouldBe()
    {
        var error = Assert.Throws<ConfigException>(() => Parse("concepts:\n  wine: [vino]\n"));

        Assert.Equal("config.yaml(2,3): 'concepts' should be a list of concepts, each with a 'name' and its 'terms'", error.Message);
    }

    [Fact]
    public void ApplyTo_NoConcepts_KeepsTheProfilesOwn()
    {
        var mine = new Concept("wine trade", ["enoturismo"]);

        var me = PlaybookConfig.Empty.ApplyTo(new MeProfile { Concepts = [mine] });

        Assert.Equal([mine], me.Concepts);
    }

    [Fact]
    public void Parse_TheExampleInTheDocs_ReadsItsGoalsAndConcepts()
    {
        var docs = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "playbooks.md")).ReplaceLineEndings("\n");
        var start = docs.IndexOf("```yaml\nme:\n", StringComparison.Ordinal) + "```yaml\n".Length;
        var yaml = docs[start..docs.IndexOf("```", start, StringComparison.Ordinal)];

        var config = Parse(yaml);

        Assert.Equal(["find e-commerce clients", "partner with agencies"], config.Goals.Select(g => g.Name));
        Assert.Equal(["sustainable fashion", "e-commerce"], config.Concepts.Select(c => c.Name));
    }

    [Fact]
    public void Load_AnasSettings_AddAConceptOfHerOwn()
    {
        var config = ConfigLoader.Load(Path.Combine(RepoPaths.Examples, "config", "playbook", "config.yaml"));

        Assert.Equal("marketplaces", Assert.Single(config.Concepts).Name);
    }

    private static PlaybookConfig Parse(string yaml) => ConfigLoader.Parse(new StringReader(yaml), "config.yaml");
}
