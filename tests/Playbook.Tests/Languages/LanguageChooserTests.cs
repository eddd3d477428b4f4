using Playbook.Engine.Events;
using Playbook.Engine.Languages;
using static Playbook.Tests.Templates.TemplateTestData;

namespace Playbook.Tests.Languages;

public sealed class LanguageChooserTests
{
    [Fact]
    public void Choose_InvitationWithText_WritesInItsLanguage()
    {
        var invitation = Event("Hi Ana, loved your post on marketplace fees. Let's connect!");

        var choice = LanguageChooser.Choose(invitation, Contact(location: "Madrid, Community of Madrid, Spain"), Me(null, "Spanish"));

        Assert.Equal(new LanguageChoice("en", LanguageRule.Conversation, "the invitation reads as English (3 common English words)"), choice);
    }

    [Fact]
    public void Choose_LastMessageInSpanish_SaysItWasTheLastMessage()
    {
        var message = Event("Hola Ana, tenemos una tienda online de vinos y queremos crecer en marketplaces. ¿Hablamos?", EventKinds.MessageReceived);

        var choice = LanguageChooser.Choose(message, Contact(location: "London, England, United Kingdom"), Me(null, "English"));

        Assert.Equal("es", choice.Code);
        Assert.Equal(LanguageRule.Conversation, choice.Rule);
        Assert.Equal("the last message reads as Spanish (5 common Spanish words against 1 Portuguese)", choice.Reason);
    }

    [Fact]
    public void Choose_InvitationTooShort_FallsBackToTheLocation()
    {
        var choice = LanguageChooser.Choose(Event("Hola!"), Contact(location: "Madrid, Community of Madrid, Spain"), Me(null, "English"));

        Assert.Equal(new LanguageChoice("es", LanguageRule.Location,
            "the invitation has too little text to tell (1 word); the contact's location 'Madrid, Community of Madrid, Spain' is Spanish-speaking (Spain)"), choice);
    }

    [Fact]
    public void Choose_NoEventAndNoLocation_FallsBackToTheMeProfile()
    {
        var choice = LanguageChooser.Choose(null, Contact(location: null), Me(null, "Catalan", "Español (nativo)", "English"));

        Assert.Equal(new LanguageChoice("es", LanguageRule.MeProfile,
            "there is no invitation or message to read; the contact has no location; the me-profile's first known language is Spanish ('Español (nativo)')"), choice);
    }

    [Fact]
    public void Choose_EmptyBodyAndUnknownPlace_SaysWhyEachRuleDidNotDecide()
    {
        var choice = LanguageChooser.Choose(Event(""), Contact(location: "Atlantis"), Me(null, "Klingon"));

        Assert.Equal(new LanguageChoice(null, LanguageRule.None,
            "the invitation has no text; the contact's location 'Atlantis' is not a place the table knows; "
            + "none of the me-profile's languages ('Klingon') is one the table knows"), choice);
    }

    [Fact]
    public void Choose_NoteWithText_NamesTheEventKind()
    {
        var choice = LanguageChooser.Choose(Event("Hola, encantada de conectar contigo", EventKinds.Note), Contact(), Me(null));

        Assert.Equal("es", choice.Code);
        Assert.Equal("the note event reads as Spanish (4 common Spanish words against 1 Portuguese)", choice.Reason);
    }

    [Fact]
    public void Choose_MixedText_IsUnclearAndFallsThrough()
    {
        var choice = LanguageChooser.Choose(Event("Hi, gracias por the invite"), Contact(location: "Lisboa, Portugal"), Me(null));

        Assert.Equal(new LanguageChoice("pt", LanguageRule.Location,
            "the invitation is in no clear language (2 common Spanish words against 2 English); "
            + "the contact's location 'Lisboa, Portugal' is Portuguese-speaking (Portugal)"), choice);
    }
}
