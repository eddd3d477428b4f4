using Playbook.Engine.Analysis;
using Playbook.Engine.Events;
using Playbook.Engine.Languages;

namespace Playbook.Tests.Runtime;

/// <summary>
/// One language answer: the draft, the analysis it carries and the analysis <c>contacts show</c> makes all follow the
/// same rule; a language without templates falls back visibly.
/// </summary>
public sealed class LanguageAgreementTests : IDisposable
{
    private const string Reply = """
        schema: 1
        name: reply
        on: invitation.received
        steps:
          - id: analyse
            analyse:
          - id: reply
            draft: hi
        """;

    private readonly RuntimeHarness _h = new();

    public LanguageAgreementTests()
    {
        _h.Template("hi.en.liquid", "Hi {{ contact.first_name }}!");
        _h.Template("hi.es.liquid", "¡Hola {{ contact.first_name }}!");
        _h.Playbook("reply.yaml", Reply);
    }

    [Fact]
    public void Draft_SpanishMessageAfterAnInvitationWithoutText_DraftAnalysisAndContactShowAllSaySpanish()
    {
        // The bug: the draft read the last message (Spanish) while the analysis, and 'contacts show', read the
        // invitation, which has no text, and fell to the location (English).
        var ana = _h.Contact("Ana", "Ruiz");
        Locate(ana, "New York, United States");
        var invitation = _h.Event(ana, EventKinds.InvitationReceived, daysAgo: 2);
        _h.Event(ana, EventKinds.MessageReceived, daysAgo: 1, "Hola Ana, me encantaría que habláramos de tu proyecto y de lo que haces en la empresa");

        _h.Run();

        var draft = Assert.Single(_h.Db.Drafts.List());
        var contact = _h.Db.Contacts.Find(ana)!;
        var events = _h.Db.Events.List(ana);
        var shown = ProfileAnalyzer.For(_h.Me).Analyse(contact, events.Single(e => e.Id == invitation), _h.Now, events);
        Assert.Equal(("es", "es", "es"), (draft.Language, draft.Analysis!.Language, shown.Language));
        Assert.Equal("¡Hola Ana!", draft.Body);
        Assert.Null(draft.Note);
    }

    [Fact]
    public void Draft_LanguageWithoutTemplates_FallsBackAndTheDraftAndJournalSaySo()
    {
        var ana = _h.Contact("Ana", "Ruiz");
        Locate(ana, "Berlin, Germany");
        _h.Event(ana, EventKinds.InvitationReceived, daysAgo: 1);

        _h.Run();

        var draft = Assert.Single(_h.Db.Drafts.List());
        Assert.Equal(("en", "de", "Hi Ana!"), (draft.Language, draft.Analysis!.Language, draft.Body));
        const string Fallback = "written in en: no template 'hi' in de (German); add templates/hi.de.liquid to write in German";
        Assert.Equal(Fallback, draft.Note);
        var drafted = _h.Journal(_h.OnlyRun().Id).Single(j => j.StartsWith("reply drafted:", StringComparison.Ordinal));
        Assert.EndsWith("the contact's location 'Berlin, Germany' is German-speaking (Germany); " + Fallback, drafted, StringComparison.Ordinal);
    }

    [Fact]
    public void Conversation_LatestMessageWithTextUpToNow_ElseTheTrigger()
    {
        var ana = _h.Contact("Ana", "Ruiz");
        var invitation = _h.Event(ana, EventKinds.InvitationReceived, daysAgo: 5, "Hi Ana, I would love to connect with you and your team");
        _h.Event(ana, EventKinds.MessageSent, daysAgo: 3, "Hola, gracias por la invitación, ¿qué tal todo por allí?");
        _h.Event(ana, EventKinds.MessageReceived, daysAgo: 2, "");
        _h.Event(ana, EventKinds.MessageReceived, daysAgo: -1, "Ciao Ana, grazie mille per il messaggio e per la tua disponibilità");
        var events = _h.Db.Events.List(ana);

        var conversation = LanguageChooser.Conversation(events, null, _h.Now);
        var noText = LanguageChooser.Conversation([], events.Single(e => e.Id == invitation), _h.Now);

        Assert.Equal(EventKinds.MessageSent, conversation!.Kind);
        Assert.Equal(invitation, noText!.Id);
    }

    private void Locate(long contactId, string location)
    {
        using var command = _h.Db.Connection.CreateCommand();
        command.CommandText = "UPDATE contacts SET location = $l WHERE id = $id";
        command.Parameters.AddWithValue("$l", location);
        command.Parameters.AddWithValue("$id", contactId);
        command.ExecuteNonQuery();
    }

    public void Dispose() => _h.Dispose();
}
