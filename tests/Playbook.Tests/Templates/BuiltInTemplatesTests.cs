using Playbook.Engine.Configuration;
using Playbook.Engine.Events;
using Playbook.Engine.Templates;
using Playbook.Tests.Support;
using static Playbook.Tests.Templates.TemplateTestData;

namespace Playbook.Tests.Templates;

public sealed class BuiltInTemplatesTests
{
    private static readonly TemplateLibrary BuiltIns = TemplateLibrary.Load([BuiltInFolder]);

    [Fact]
    public void Load_BuiltIns_HaveWelcomeAndNudgeInSpanishAndEnglishWithoutProblems()
    {
        Assert.Empty(BuiltIns.Problems);
        Assert.Equal(["nudge", "thanks", "welcome"], BuiltIns.Names);
        Assert.Equal(["en", "es"], BuiltIns.LanguagesOf("welcome"));
        Assert.Equal(["en", "es"], BuiltIns.LanguagesOf("nudge"));
    }

    [Fact]
    public void Render_WelcomeInSpanish_NamesThePositionAndCompany()
    {
        var rendered = BuiltIns.Render("welcome", "es", Model());

        Assert.Equal("""
            Hola Lucía, ¡gracias por conectar!
            Vi que eres Directora de e-commerce en Tiendas Norte y me encantaría saber en qué estás trabajando.
            ¿Te apetece que lo hablemos en una llamada breve?

            Un saludo,
            Ana
            """, rendered.Text);
        Assert.Equal("es", rendered.Language);
        Assert.Equal(Path.Combine(BuiltInFolder, "welcome.es.liquid"), rendered.TemplateFile);
    }

    [Fact]
    public void Render_WelcomeInEnglish_NamesThePositionAndCompany()
    {
        var model = Model(Contact(first: "Zoë", company: "Brandt Labs", position: "Head of Growth"), Me(signature: "Ana G."));

        var rendered = BuiltIns.Render("welcome", "en", model);

        Assert.Equal("""
            Hi Zoë, thanks for connecting!
            I noticed your role as Head of Growth at Brandt Labs, and I'd love to hear what you're working on.
            Would you be up for a short call?

            Best,
            Ana G.
            """, rendered.Text);
    }

    [Theory]
    [InlineData("es", "Hola, ¡gracias por conectar!\nMe encantaría saber qué te trajo por aquí y en qué estás trabajando.\n¿Te apetece que lo hablemos en una llamada breve?\n\nUn saludo,\nAna")]
    [InlineData("en", "Hi, thanks for connecting!\nI'd love to hear what brought you here and what you're working on.\nWould you be up for a short call?\n\nBest,\nAna")]
    public void Render_WelcomeForAnEmptyProfile_LeavesNoGapAndSignsWithTheFirstName(string language, string expected)
    {
        var model = Model(Contact(first: null, company: null, position: null), Me(signature: null));

        var rendered = BuiltIns.Render("welcome", language, model);

        Assert.Equal(expected, rendered.Text);
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

        foreach (var invitation in invitations)
        {
            var contact = contacts[invitation.ContactId];
            var language = LanguageChooser.Choose(invitation, contact, me);
            var model = new TemplateModel { Contact = contact, Me = me, Event = invitation };
            var draft = BuiltIns.RenderDraft("welcome", language.Code, model, ChannelLimits.LinkedInNote, ChannelLimits.Default with { LinkedInAccount = LinkedInAccount.Premium });
            languages.Add(draft.Language);

            Assert.False(draft.IsOverLimit, $"{contact.FullName}: {draft.LimitWarning}\n{draft.Text}");
            Assert.DoesNotContain("  ", draft.Text, StringComparison.Ordinal);
            Assert.DoesNotContain(" ,", draft.Text, StringComparison.Ordinal);
            Assert.DoesNotContain(" .", draft.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("\n\n\n", draft.Text, StringComparison.Ordinal);
            Assert.EndsWith("\nAna", draft.Text, StringComparison.Ordinal);
        }

        Assert.NotEmpty(invitations);
        Assert.Contains("es", languages);
        Assert.Contains("en", languages);
    }
}
