using Playbook.Engine.Analysis;
using Playbook.Engine.Contacts;
using Playbook.Engine.Events;

namespace Playbook.Tests.Analysis;

public sealed class ProfileAnalyzerTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);

    private static readonly MeProfile Ana = new()
    {
        FirstName = "Ana",
        Location = "Madrid, Spain",
        Positions = [new Position("Contoso", "Developer", new PartialDate(2018, null), new PartialDate(2021, null), null), new Position("Pixelría", "CTO", new PartialDate(2021, null), null, null)],
        Schools = [new School("Universidad Politécnica de Madrid", null, null, null)],
        Skills = ["Shopify", "Comunicación"],
        Languages = [new Language("Spanish", null)],
        Interests = ["marketplaces"],
        Goals =
        [
            new Goal("find e-commerce clients", ["e-commerce", "tienda online", "online store"], "a call"),
            new Goal("partner with agencies", ["agency", "marketing"], "a coffee"),
        ],
    };

    [Fact]
    public void Analyse_FormerEmployerAndGoalInHeadline_NamesBothWithTheirFields()
    {
        var contact = Person(company: "Contoso Ltd", headline: "Head of E-Commerce at Contoso");

        var analysis = new ProfileAnalyzer(Ana).Analyse(contact, null);

        Assert.Equal(["Contoso"], analysis.FormerColleagues);
        Assert.Equal("find e-commerce clients", analysis.BestGoal!.Name);
        Assert.Equal("a call", analysis.BestGoal.Propose);
        Assert.Equal(["E-Commerce"], analysis.BestGoal.Words);
        Assert.Equal(0.6, analysis.Score);
        Assert.False(analysis.IsLowFit);
        Assert.Equal("score 0.60; former colleague Contoso (headline); goal 'find e-commerce clients' (headline: E-Commerce)", analysis.Summary());
    }

    [Fact]
    public void Analyse_SpanishAccentsAndPlurals_MatchStemmed()
    {
        var contact = Person(position: "Responsable de comunicaciones", company: "Tiendas Online Díaz");

        var analysis = new ProfileAnalyzer(Ana).Analyse(contact, Invitation("Hola Ana, me gustaría conectar contigo"));

        Assert.Equal(["Comunicación"], analysis.Skills);
        Assert.Equal(["tienda online"], analysis.Keywords);
        Assert.Equal(new Match("goal", "company", "Tiendas Online", "find e-commerce clients"), analysis.Evidence[1]);
        Assert.Equal("es", analysis.Language);
        Assert.Equal(0.35, analysis.Score);
    }

    [Fact]
    public void Analyse_EnglishPluralsAndAgency_ServeTheSecondGoal()
    {
        var contact = Person(headline: "Growth marketing for agencies", location: "Madrid, Comunidad de Madrid");

        var analysis = new ProfileAnalyzer(Ana).Analyse(contact, null);

        Assert.Equal("partner with agencies", analysis.BestGoal!.Name);
        Assert.Equal(["agencies", "marketing"], analysis.BestGoal.Words);
        Assert.True(analysis.SameLocation);
        Assert.Equal(0.35, analysis.Score);
        Assert.Equal(["agency", "marketing"], analysis.CommonGround);
    }

    [Fact]
    public void Analyse_NothingInCommon_IsLowFit()
    {
        var contact = Person(position: "Dentist", company: "Smile Clinic", location: "Oslo, Norway");

        var analysis = new ProfileAnalyzer(Ana).Analyse(contact, null);

        Assert.Empty(analysis.Evidence);
        Assert.Equal(0, analysis.Score);
        Assert.True(analysis.IsLowFit);
        Assert.False(analysis.TooLittleData);
        Assert.Null(analysis.BestGoal);
    }

    [Fact]
    public void Analyse_MissingData_IsLowFitForTooLittleData()
    {
        var contact = Person(location: "Madrid");

        var analysis = new ProfileAnalyzer(Ana).Analyse(contact, null);

        Assert.True(analysis.TooLittleData);
        Assert.True(analysis.IsLowFit);
        Assert.Equal("score 0.10; same location Madrid; low fit: too little data", analysis.Summary());
    }

    private static Contact Person(string? position = null, string? headline = null, string? company = null, string? location = null) => new()
    {
        Id = 1, FullName = "Elena Moreno", FirstName = "Elena", Stage = Stages.New, Position = position, Headline = headline,
        Company = company, Location = location, CreatedAt = At, UpdatedAt = At,
    };

    private static ContactEvent Invitation(string body) =>
        new() { Id = 7, Kind = EventKinds.InvitationReceived, ContactId = 1, At = At, Body = body };
}
