using Playbook.Engine.Events;
using Playbook.Engine.Runs;

namespace Playbook.Tests.Runtime;

/// <summary>
/// The built-in templates on channels whose messages are short (X, Facebook): a line or two, informal, unsigned; on
/// LinkedIn they are as they always were. Run through the runtime, with the channel the draft step names or the one the
/// contact last wrote on.
/// </summary>
public sealed class ShortChannelTests : IDisposable
{
    private readonly RuntimeHarness _h = new(builtIns: true);

    /// <summary>A playbook that drafts <paramref name="template"/> for <paramref name="channel"/> on an invitation.</summary>
    private void DraftOn(string template, string channel) =>
        _h.Playbook("greet.yaml", $$"""
            schema: 1
            name: greet
            on: invitation.received
            steps:
              - id: greet
                draft: { template: {{template}}, channel: {{channel}} }
            """);

    private Draft DraftFor(string template, string channel)
    {
        DraftOn(template, channel);
        var ana = _h.Contact("Ana", "Ruiz");
        _h.Event(ana, EventKinds.InvitationReceived, daysAgo: 0, body: "Hola, soy Ana");
        _h.Run(playbooks: "greet");
        return Assert.Single(_h.Db.Drafts.List(), d => d.Playbook == "greet");
    }

    [Theory]
    [InlineData("x", 10000)]
    [InlineData("facebook", 20000)]
    public void Run_WelcomeOnAShortChannel_IsOneInformalUnsignedLine(string channel, int limit)
    {
        var draft = DraftFor("welcome", channel);

        Assert.Equal((channel, limit, "es"), (draft.Channel, draft.Limit, draft.Language));
        Assert.Equal("¡Hola Ana! Gracias por conectar. ¿En qué andas estos días?", draft.Body);
    }

    [Fact]
    public void Run_WelcomeOnLinkedIn_IsTheFullSignedWelcome()
    {
        var draft = DraftFor("welcome", "linkedin");

        Assert.Equal(("linkedin", 8000), (draft.Channel, draft.Limit));
        Assert.StartsWith("Hola Ana, ¡gracias por conectar y por tu mensaje!", draft.Body, StringComparison.Ordinal);
        Assert.EndsWith("\n\nUn saludo,\nAna", draft.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nudge", "x", "¡Hola Ana! Te escribo de nuevo por si se perdió mi mensaje. ¿Charlamos un rato esta semana?")]
    [InlineData("nudge", "linkedin", "Hola Ana, te escribo de nuevo por si mi mensaje se perdió entre tantos.\n¿Te viene bien una llamada de 15 minutos estos días? Si no es buen momento, sin problema.\n\nUn saludo,\nAna")]
    [InlineData("thanks", "facebook", "¡Hola Ana! Me alegró mucho conocerte (Hola, soy Ana). ¡Seguimos en contacto!")]
    public void Run_NudgeAndThanks_AreShortOnXAndFacebookOnly(string template, string channel, string expected)
    {
        var draft = DraftFor(template, channel);

        Assert.Equal(expected, draft.Body);
    }

    [Fact]
    public void Tick_ThankYouAfterAMeetingWithSomeoneLastWrittenToOnX_IsAShortLineOnX()
    {
        var ana = _h.Contact("Ana", "Ruiz");
        _h.Db.Events.Add(ana, EventKinds.MessageReceived, _h.Now.AddDays(-3), "¿Nos vemos en el Salón?", "x");
        _h.Event(ana, EventKinds.Meeting, daysAgo: 0, body: "Salón Ecommerce Madrid");
        _h.Run();

        _h.Advance(TimeSpan.FromDays(2));
        _h.Tick();

        var thanks = Assert.Single(_h.Db.Drafts.List(), d => d.Playbook == "met-at-event");
        Assert.Equal(("x", 10000), (thanks.Channel, thanks.Limit));
        Assert.Equal("¡Hola Ana! Me alegró mucho conocerte (Salón Ecommerce Madrid). ¡Seguimos en contacto!", thanks.Body);
    }

    [Fact]
    public void Tick_DayAfterAMeetingFromTheCalendarWithSomeoneLastWrittenToOnFacebook_IsAShortNextStepOnFacebook()
    {
        var ana = _h.Contact("Ana", "Ruiz");
        _h.Db.Events.Add(ana, EventKinds.MessageReceived, _h.Now.AddDays(-4), "Te escribo por aquí mejor.", "facebook");
        _h.Db.Events.Add(ana, EventKinds.Meeting, _h.Now.AddHours(-2), "Café en Malasaña", "calendar");
        _h.Run();

        _h.Advance(TimeSpan.FromDays(1));
        _h.Tick();

        var thanks = Assert.Single(_h.Db.Drafts.List(), d => d.Playbook == "after-meeting");
        Assert.Equal(("facebook", 20000), (thanks.Channel, thanks.Limit));
        Assert.Equal("¡Hola Ana! Gracias por tu tiempo (Café en Malasaña), me gustó mucho. ¿Ponemos fecha para retomarlo?", thanks.Body);
    }

    public void Dispose() => _h.Dispose();
}
