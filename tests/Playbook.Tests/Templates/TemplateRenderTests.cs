using Microsoft.Extensions.Time.Testing;
using Playbook.Engine.Templates;
using static Playbook.Tests.Templates.TemplateTestData;

namespace Playbook.Tests.Templates;

public sealed class TemplateRenderTests
{
    [Fact]
    public void Render_SnakeCaseNames_ReadTheContactMeAndEvent()
    {
        const string template = "{{ contact.first_name }} {{ contact.last_name }} ({{ contact.full_name }}) at {{ contact.company }}, "
            + "{{ contact.position }}; {{ contact.tags | join: '+' }}; {{ contact.connected_on }}; "
            + "{{ me.first_name }} / {{ me.full_name }} / {{ me.signature }} / {{ me.positions.first.company }}; "
            + "{{ event.kind }}: {{ event.body }}";
        var model = Model(@event: Event("Hola Ana"));

        var text = Render(template, model);

        Assert.Equal("Lucía Peña (Lucía Peña) at Tiendas Norte, Directora de e-commerce; retail+close; 2026-11-28; "
            + "Ana / Ana García Ruiz / Ana / Shopify Partners; invitation.received: Hola Ana", text);
    }

    [Fact]
    public void Render_PascalCaseNames_RenderNothing()
    {
        var text = Render("[{{ contact.FirstName }}][{{ Contact.first_name }}]");

        Assert.Equal("[][]", text);
    }

    [Fact]
    public void Render_MissingFields_LeaveNoGap()
    {
        const string template = """
            {{ event.body }}
            Hola{% if contact.first_name %} {{ contact.first_name }}{% endif %}, ¡gracias!
            {% if contact.company %}
            Vi que estás en {{ contact.company }}.
            {% endif %}
              ¿Hablamos   {{ contact.position }}   pronto?


            Un saludo,
            {{ me.signature }}
            """;
        var model = Model(Contact(first: null, company: null, position: null), Me(signature: null));

        var text = Render(template, model);

        Assert.Equal("Hola, ¡gracias!\n¿Hablamos pronto?\n\nUn saludo,", text);
    }

    [Fact]
    public void Render_TagOnlyLinesWithTheFieldPresent_KeepTheLinesBetweenThem()
    {
        const string template = "Hola {{ contact.first_name }},\r\n  {% if contact.company %}\r\nVi que estás en {{ contact.company }}.\r\n  {% endif %}\r\n¿Hablamos?\r\n";

        var text = Render(template);

        Assert.Equal("Hola Lucía,\nVi que estás en Tiendas Norte.\n¿Hablamos?", text);
    }

    [Fact]
    public void Render_Vars_ReadsTheValuesSetByThePlaybook()
    {
        var model = Model() with { Vars = new Dictionary<string, object?> { ["offer"] = "una demo", ["days"] = 7 } };

        var text = Render("{{ vars.offer }} en {{ vars.days }} días{{ vars.missing }}", model);

        Assert.Equal("una demo en 7 días", text);
    }

    [Fact]
    public void Render_NoAnalysisType_AnalysisRendersNothing()
    {
        var model = Model() with { Analysis = new SampleAnalysis(0.8, ["Shopify"], new SampleGoal("find clients", "a call")) };

        var text = Render("[{{ analysis.score }}]", model);

        Assert.Equal("[]", text);
    }

    [Fact]
    public void Render_AnalysisTypeGiven_ReadsItAndTheRecordsItHoldsBySnakeCase()
    {
        var library = TemplateLibrary.FromSources(
            [new TemplateSource("t.liquid", "{{ analysis.score }} {{ analysis.common_skills | join: ', ' }} {{ analysis.best_goal.propose }}")],
            new TemplateLibraryOptions { AnalysisType = typeof(SampleAnalysis) });
        var model = Model() with { Analysis = new SampleAnalysis(0.8, ["Shopify", "SEO"], new SampleGoal("find clients", "a call")) };

        var text = library.Render("t", null, model).Text;

        Assert.Empty(library.Problems);
        Assert.Equal("0.8 Shopify, SEO a call", text);
    }

    [Fact]
    public void Render_SpanishVariant_WritesDatesInSpanish()
    {
        var library = Library(("d.es.liquid", "{{ contact.connected_on | date: '%d de %B' }}"), ("d.en.liquid", "{{ contact.connected_on | date: '%B %d' }}"));

        var spanish = library.Render("d", "es", Model()).Text;
        var english = library.Render("d", "en", Model()).Text;

        Assert.Equal("28 de noviembre", spanish);
        Assert.Equal("November 28", english);
    }

    [Fact]
    public void Render_Now_ComesFromTheGivenClock()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2031, 5, 4, 12, 0, 0, TimeSpan.Zero));
        clock.SetLocalTimeZone(TimeZoneInfo.Utc);
        var library = TemplateLibrary.FromSources([new TemplateSource("t.liquid", "{{ 'now' | date: '%Y-%m-%d' }}")], new TemplateLibraryOptions { Time = clock });

        var text = library.Render("t", null, Model()).Text;

        Assert.Equal("2031-05-04", text);
    }

    [Fact]
    public void Render_HtmlInFields_IsLeftAsWritten()
    {
        var text = Render("{{ contact.company }}", Model(Contact(company: "Ruiz & <Hijos>")));

        Assert.Equal("Ruiz & <Hijos>", text);
    }

    [Fact]
    public void Render_UnknownTemplate_ThrowsWithASuggestion()
    {
        var library = Library(("welcome.es.liquid", "Hola"));

        var error = Assert.Throws<TemplateException>(() => library.Render("welcom", "es", Model()));

        Assert.Equal("unknown template 'welcom'. Did you mean 'welcome'?", error.Message);
        Assert.Equal("welcom", error.Template);
        Assert.Null(error.File);
    }

    [Fact]
    public void Render_TemplateWithErrors_ThrowsNamingTheFile()
    {
        var library = Library(("welcome.es.liquid", "Hola {% if contact.company %}"));

        var error = Assert.Throws<TemplateException>(() => library.Render("welcome", "es", Model()));

        Assert.Equal("welcome.es.liquid: the template has errors; run 'playbook check' to see them", error.Message);
    }

    [Fact]
    public void Render_RunawayLoop_StopsWithATemplateException()
    {
        var library = TemplateLibrary.FromSources(
            [new TemplateSource("loop.liquid", "{% for i in (1..9000) %}x{% endfor %}")], new TemplateLibraryOptions { MaxSteps = 500 });

        var error = Assert.Throws<TemplateException>(() => library.Render("loop", null, Model()));

        Assert.Equal("loop.liquid: rendering failed: it ran more than 500 steps; is a loop too long?", error.Message);
    }

    [Fact]
    public void Render_HundredThousandContacts_EachGetsTheirOwnText()
    {
        var library = Library(("welcome.liquid", "Hola {{ contact.first_name }}{% if contact.company %}, de {{ contact.company }}{% endif %}."));
        var me = Me();
        var seen = 0;

        for (var i = 0; i < 100_000; i++)
        {
            var contact = Contact(first: $"P{i}", company: i % 2 == 0 ? "Acme" : null);
            var text = library.Render("welcome", "es", Model(contact, me)).Text;
            Assert.Equal(i % 2 == 0 ? $"Hola P{i}, de Acme." : $"Hola P{i}.", text);
            seen++;
        }

        Assert.Equal(100_000, seen);
    }

    /// <summary>Stands for the analysis type issue 5 brings.</summary>
    public sealed record SampleAnalysis(double Score, IReadOnlyList<string> CommonSkills, SampleGoal BestGoal);

    public sealed record SampleGoal(string Name, string? Propose);
}
