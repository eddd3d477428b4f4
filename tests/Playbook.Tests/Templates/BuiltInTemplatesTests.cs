using Playbook.Engine.Analysis;
using Playbook.Engine.Configuration;
using Playbook.Engine.Contacts;
using Playbook.Engine.Events;
using Playbook.Engine.Languages;
using Playbook.Engine.Templates;
using Playbook.Tests.Support;
using static Playbook.Tests.Templates.TemplateTestData;

namespace Playbook.Tests.Templates;

public sealed class BuiltInTemplatesTests
{
    private static readonly TemplateLibrary BuiltIns =
        TemplateLibrary.Load([BuiltInFolder], new TemplateLibraryOptions { AnalysisType = typeof(ContactAnalysis) });

    [Fact]
    public void Load_BuiltIns_HaveWelcomeAndNudgeInSpanishAndEnglishWithoutProblems()
    {
        Assert.Empty(BuiltIns.Problems);
        Assert.Equal(["next-step", "nudge", "thanks", "welcome"], BuiltIns.Names);
        Assert.Equal(["en", "es"], BuiltIns.LanguagesOf("welcome"));
        Assert.Equal(["en", "es"], BuiltIns.LanguagesOf("nudge"));
        Assert.Equal(["en", "es"], BuiltIns.LanguagesOf("next-step"));
    }

    [Fact]
    public void Render_WelcomeInSpanish_NamesTheStrongestCommonGroundAndProposesWhatTheGoalSays()
    {
        var me = Me("Ana", "Spanish", "English") with
        {
            Positions = [new Position("Tiendas Norte", "Consultora", new PartialDate(2019, null), new PartialDate(2022, null), "Madrid")],
            Goals = [new Goal("clientes e-commerce", ["e-commerce"], "a call") { Proposals = new Dictionary<string, string> { ["es"] = "una llamada" } }],
        };

        var rendered = BuiltIns.Render("welcome", "es", Analysed(Contact(), me));

        Assert.Equal("""
            Hola Lucía, ¡gracias por conectar!
            ¡Qué casualidad: los dos hemos pasado por Tiendas Norte!
            ¿Te apetece una llamada para ver si podemos colaborar?

            Un saludo,
            Ana
            """, rendered.Text);
        Assert.Equal("es", rendered.Language);
        Assert.Equal(Path.Combine(BuiltInFolder, "welcome.es.liquid"), rendered.TemplateFile);
    }

    [Fact]
    public void Render_WelcomeInEnglish_NamesTheSharedInterestsAndTheGoalsProposal()
    {
        var me = Me(signature: "Ana G.") with
        {
            Skills = ["Growth marketing"],
            Goals = [new Goal("partner with agencies", ["agency"], "a coffee")],
        };
        var contact = Contact(first: "Zoë", company: "Brandt Labs", position: "Head of Growth Marketing at a small agency");

        var rendered = BuiltIns.Render("welcome", "en", Analysed(contact, me));

        Assert.Equal("""
            Hi Zoë, thanks for connecting!
            I see we share an interest in Growth marketing, agency, and I'd love to hear what you're doing at Brandt Labs.
            Would you be up for a coffee to see if we could work together?

            Best,
            Ana G.
            """, rendered.Text);
    }

    [Fact]
    public void Render_WelcomeForASharedSchoolWithoutAGoal_NamesTheSchoolAndProposesAShortCall()
    {
        var me = Me() with { Schools = [new School("Universidad de Salamanca", null, 2008, 2012)] };
        var contact = Contact(first: "Marta", company: null, position: "Profesora de secundaria") with { Schools = [new School("Universidad de Salamanca", "Filología", 2009, 2013)] };

        var rendered = BuiltIns.Render("welcome", "es", Analysed(contact, me));

        Assert.Equal("""
            Hola Marta, ¡gracias por conectar!
            Veo que los dos estudiamos en Universidad de Salamanca.
            ¿Te apetece que lo hablemos en una llamada breve?

            Un saludo,
            Ana
            """, rendered.Text);
    }

    [Theory]
    [InlineData("es", "Hola, ¡gracias por conectar!\n¿Qué te trajo por aquí? Me encantaría saber en qué estás trabajando.\n\nUn saludo,\nAna")]
    [InlineData("en", "Hi, thanks for connecting!\nWhat brought you to connect? I'd love to hear what you're working on.\n\nBest,\nAna")]
    public void Render_WelcomeForAnEmptyProfile_IsShortAsksWhatBroughtThemAndSignsWithTheFirstName(string language, string expected)
    {
        var rendered = BuiltIns.Render("welcome", language, Analysed(Contact(first: null, company: null, position: null), Me(signature: null)));

        Assert.Equal(expected, rendered.Text);
    }

    [Fact]
    public void Render_WelcomeForAContactWithNothingInCommon_IsTheShortCourteousWelcome()
    {
        var contact = Contact(first: "Iker", company: "Astilleros del Norte", position: "Ingeniero naval");

        var rendered = BuiltIns.Render("welcome", "es", Analysed(contact, Me()));

        Assert.Equal("Hola Iker, ¡gracias por conectar!\n¿Qué te trajo por aquí? Me encantaría saber en qué estás trabajando.\n\nUn saludo,\nAna", rendered.Text);
    }

    [Theory]
    [InlineData("es", "Hola Lucía, ¡gracias por conectar y por tu mensaje!\n¡Qué casualidad: coincidimos en Tiendas Norte (2020–2022)!\n¿Te apetece que lo hablemos en una llamada breve?\n\nUn saludo,\nAna")]
    [InlineData("en", "Hi Lucía, thanks for connecting and for your note!\nSmall world: we overlapped at Tiendas Norte (2020–2022)!\nWould you be up for a short call?\n\nBest,\nAna")]
    public void Render_WelcomeForAFormerColleagueAtTheSameTime_SaysTheYearsWeOverlapped(string language, string expected)
    {
        var me = Me() with { Positions = [new Position("Tiendas Norte", "Consultora", new PartialDate(2019, null), new PartialDate(2022, 6), "Madrid")] };
        var contact = Contact(company: "Tiendas Norte S.L.") with
        {
            Positions = [new Position("Tiendas Norte S.L.", "Directora de e-commerce", new PartialDate(2020, 3), null, "Madrid")],
        };

        var rendered = BuiltIns.Render("welcome", language, Analysed(contact, me, "Hola Ana, ¡cuánto tiempo!"));

        Assert.Equal(expected, rendered.Text);
    }

    [Theory]
    [InlineData("es", "Hola Ana, me gustaría conectar contigo: trabajo en e-commerce de moda.",
        "Hola Lucía, ¡gracias por conectar y por tu mensaje!\n¡Qué bien que trabajes en e-commerce de moda, justo mi terreno!\n¿Te apetece una llamada para ver si podemos colaborar?\n\nUn saludo,\nAna")]
    [InlineData("en", "Hi Ana, I work in e-commerce for fashion brands and would love to connect.",
        "Hi Lucía, thanks for connecting and for your note!\nGreat to hear you work in e-commerce for fashion brands, right up my street!\nWould you be up for a call to see if we could work together?\n\nBest,\nAna")]
    public void Render_WelcomeForANoteThatSaysWhatTheyDo_AnswersItAndNeverAsksWhatBroughtThem(string language, string note, string expected)
    {
        var me = Me() with
        {
            Skills = ["Comercio electrónico"],
            Goals = [new Goal("clientes e-commerce", ["tienda online"], "a call") { Proposals = new Dictionary<string, string> { ["es"] = "una llamada" } }],
        };
        var contact = Contact(company: null, position: null);

        var rendered = BuiltIns.Render("welcome", language, Analysed(contact, me, note));

        Assert.Equal(expected, rendered.Text);
        Assert.DoesNotContain("brought", rendered.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("trajo", rendered.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Hi Ana, I'm a UX designer at Spotify and I'd love to connect.", "Hi Zoë, thanks for connecting and for your note!\nGreat to hear you're a UX designer at Spotify!\n\nBest,\nAna")]
    [InlineData("Hi Ana, I run a small bike shop in Leeds.", "Hi Zoë, thanks for connecting and for your note!\nGreat to hear you run a small bike shop in Leeds!\n\nBest,\nAna")]
    [InlineData("Hi Ana, I work at Acme Robotics.", "Hi Zoë, thanks for connecting and for your note!\nGreat to hear you work at Acme Robotics!\n\nBest,\nAna")]
    [InlineData("Hi Ana, loved your talk. Let's connect!", "Hi Zoë, thanks for connecting and for your note!\nI'd love to hear what you're working on.\n\nBest,\nAna")]
    public void Render_WelcomeForANoteWithNothingInCommon_AcknowledgesItWithoutAskingWhatBroughtThem(string note, string expected)
    {
        var contact = Contact(first: "Zoë", company: null, position: null);

        var rendered = BuiltIns.Render("welcome", "en", Analysed(contact, Me(), note));

        Assert.Equal(expected, rendered.Text);
    }

    [Theory]
    [InlineData("es", "Hola Ana, en nuestra agencia ofrecemos campañas de Google Ads para tiendas online. ¿Te interesaría una demo?",
        "Hola Lucía, ¡gracias por conectar y por tu mensaje!\nAhora mismo no busco ese tipo de servicio, pero me alegra tenerte entre mis contactos.\n\nUn saludo,\nAna")]
    [InlineData("en", "Hi Ana, I run a Shopify agency and we help brands like yours grow faster. Open to a quick call?",
        "Hi Lucía, thanks for connecting and for your note!\nI'm not looking for that kind of service right now, but I'm glad to have you in my network.\n\nBest,\nAna")]
    [InlineData("es", "Hola Ana, soy técnica de selección en Talentia y tenemos una vacante que encaja con tu perfil.",
        "Hola Lucía, ¡gracias por conectar y por tu mensaje!\nAhora mismo no busco un cambio profesional, pero me alegra que estemos en contacto.\n\nUn saludo,\nAna")]
    [InlineData("en", "Hi Ana, I'm a recruiter at Hays and I have an exciting opportunity for a Head of E-commerce.",
        "Hi Lucía, thanks for connecting and for your note!\nI'm not looking for a move right now, but I'm glad we're connected.\n\nBest,\nAna")]
    public void Render_WelcomeForASalesPitchOrARecruiter_IsCourteousShortAndProposesNoCall(string language, string note, string expected)
    {
        var me = Me() with
        {
            Skills = ["Shopify", "E-commerce"],
            Goals = [new Goal("clientes e-commerce", ["tienda online", "e-commerce"], "a call") { Proposals = new Dictionary<string, string> { ["es"] = "una llamada" } }],
        };

        var rendered = BuiltIns.Render("welcome", language, Analysed(Contact(), me, note));

        Assert.Equal(expected, rendered.Text);
    }

    [Fact]
    public void Render_WelcomeForAJobSeeker_WishesThemLuckAndNamesWhatWeShare()
    {
        var me = Me() with { Skills = ["Diseño gráfico"] };
        var contact = Contact(company: null, position: null);

        var rendered = BuiltIns.Render("welcome", "es", Analysed(contact, me, "Soy diseñadora gráfica y estoy en búsqueda activa de empleo."));

        Assert.Equal("""
            Hola Lucía, ¡gracias por conectar y por tu mensaje!
            ¡Qué bien que seas diseñadora gráfica, justo mi terreno!
            ¡Mucho ánimo con la búsqueda!
            ¿Te apetece que lo hablemos en una llamada breve?

            Un saludo,
            Ana
            """, rendered.Text);
    }

    [Fact]
    public void Render_WelcomeForASharedSkillOnly_NamesItAndAsksAboutTheirCompany()
    {
        var me = Me() with { Skills = ["Shopify"] };
        var contact = Contact(position: "Responsable de Shopify");

        var rendered = BuiltIns.Render("welcome", "es", Analysed(contact, me));

        Assert.Equal("""
            Hola Lucía, ¡gracias por conectar!
            Veo que compartimos interés por Shopify y me encantaría saber qué haces en Tiendas Norte.
            ¿Te apetece que lo hablemos en una llamada breve?

            Un saludo,
            Ana
            """, rendered.Text);
    }

    [Theory]
    [InlineData("es", "Hola Lucía, te escribo de nuevo por si mi mensaje se perdió entre tantos.\nMe sigue interesando mucho tu trabajo en Tiendas Norte.\n¿Te viene bien una llamada de 15 minutos estos días? Si no es buen momento, sin problema.\n\nUn saludo,\nAna")]
    [InlineData("en", "Hi Lucía, just following up in case my last message got buried.\nI'm still keen to hear about your work at Tiendas Norte.\nWould a 15-minute call in the next few days suit you? If now isn't a good time, no worries.\n\nBest,\nAna")]
    public void Render_Nudge_IsABriefFollowUp(string language, string expected)
    {
        var rendered = BuiltIns.Render("nudge", language, Model());

        Assert.Equal(expected, rendered.Text);
    }

    [Fact]
    public void Load_UserTemplateOfTheSameNameAndLanguage_ReplacesOnlyThatBuiltIn()
    {
        using var folder = new TempFolder();
        var user = Path.GetDirectoryName(folder.Write("playbooks/templates/welcome.es.liquid", "¡Hola {{ contact.first_name }}! Un abrazo, {{ me.signature }}"))!;

        var library = TemplateLibrary.Load([BuiltInFolder, user]);

        Assert.Empty(library.Problems);
        Assert.Equal("¡Hola Lucía! Un abrazo, Ana", library.Render("welcome", "es", Model()).Text);
        Assert.StartsWith("Hi Lucía, thanks for connecting!", library.Render("welcome", "en", Model()).Text, StringComparison.Ordinal);
        Assert.StartsWith("Hola Lucía, te escribo de nuevo", library.Render("nudge", "es", Model()).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_EveryExampleInvitation_WelcomeFitsANoteAndLeavesNoGap()
    {
        using var store = new TestStore();
        store.Import(RepoPaths.ExampleZip);
        var me = ConfigLoader.Load(Path.Combine(RepoPaths.Examples, "config", "playbook", "config.yaml")).ApplyTo(store.Store.Me.Get());
        var invitations = store.EventsOf(EventKinds.InvitationReceived);
        var contacts = store.Store.Contacts.Search().ToDictionary(c => c.Id);
        var languages = new List<string?>();
        var texts = new List<string>();

        foreach (var invitation in invitations)
        {
            var contact = contacts[invitation.ContactId];
            var language = LanguageChooser.Choose(invitation, contact, me);
            var model = new TemplateModel { Contact = contact, Me = me, Event = invitation, Analysis = new ProfileAnalyzer(me).Analyse(contact, invitation, Now) };
            var draft = BuiltIns.RenderDraft("welcome", language.Code, model, ChannelLimits.LinkedInNote, ChannelLimits.Default with { LinkedInAccount = LinkedInAccount.Premium });
            languages.Add(draft.Language);
            texts.Add(draft.Text);

            Assert.False(draft.IsOverLimit, $"{contact.FullName}: {draft.LimitWarning}\n{draft.Text}");
            Assert.DoesNotContain("  ", draft.Text, StringComparison.Ordinal);
            Assert.DoesNotContain(" ,", draft.Text, StringComparison.Ordinal);
            Assert.DoesNotContain(" .", draft.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("\n\n\n", draft.Text, StringComparison.Ordinal);
            Assert.EndsWith("\nAna", draft.Text, StringComparison.Ordinal);
        }

        Assert.NotEmpty(invitations);
        Assert.Contains(texts, t => t.Contains("compartimos interés", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("¿Qué te trajo por aquí?", StringComparison.Ordinal));
        Assert.Contains("es", languages);
        Assert.Contains("en", languages);
    }

    private static TemplateModel Analysed(Contact contact, MeProfile me) =>
        Model(contact, me) with { Analysis = new ProfileAnalyzer(me).Analyse(contact, null, Now) };

    /// <summary>The model of a contact whose invitation came with <paramref name="note"/>, analysed as of <see cref="TemplateTestData.Now"/>.</summary>
    private static TemplateModel Analysed(Contact contact, MeProfile me, string note) =>
        Model(contact, me, Event(note)) with { Analysis = new ProfileAnalyzer(me).Analyse(contact, Event(note), Now) };
}
