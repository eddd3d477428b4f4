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
    public void Analyse_FormerEmployerInCompanyAndGoalInHeadline_NamesBothWithTheirFields()
    {
        var contact = Person(company: "Contoso Ltd", headline: "Head of E-Commerce at Contoso");

        var analysis = new ProfileAnalyzer(Ana).Analyse(contact, null, At);

        Assert.Equal(["Contoso"], analysis.FormerColleagues);
        Assert.Equal("find e-commerce clients", analysis.BestGoal!.Name);
        Assert.Equal("a call", analysis.BestGoal.Propose);
        Assert.Equal(["E-Commerce"], analysis.BestGoal.Words);
        Assert.Equal(0.6, analysis.Score);
        Assert.False(analysis.IsLowFit);
        Assert.Equal("score 0.60; former colleague Contoso (company); goal 'find e-commerce clients' (headline: E-Commerce)", analysis.Summary());
    }

    [Fact]
    public void Analyse_SpanishAccentsAndPlurals_MatchStemmed()
    {
        var contact = Person(position: "Responsable de comunicaciones", company: "Tiendas Online Díaz");

        var analysis = new ProfileAnalyzer(Ana).Analyse(contact, Invitation("Hola Ana, me gustaría conectar contigo"), At);

        Assert.Equal(["Comunicación"], analysis.Skills);
        Assert.Equal(["tienda online"], analysis.Keywords);
        Assert.Equal(new Match("goal", "company", "Tiendas Online", "find e-commerce clients") { MeWords = "tienda online" }, analysis.Evidence[1]);
        Assert.Equal("es", analysis.Language);
        Assert.Equal(0.35, analysis.Score);
    }

    [Fact]
    public void Analyse_EnglishPluralsAndAgency_ServeTheSecondGoal()
    {
        var contact = Person(headline: "Growth marketing for agencies", location: "Madrid, Comunidad de Madrid");

        var analysis = new ProfileAnalyzer(Ana).Analyse(contact, null, At);

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

        var analysis = new ProfileAnalyzer(Ana).Analyse(contact, null, At);

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

        var analysis = new ProfileAnalyzer(Ana).Analyse(contact, null, At);

        Assert.True(analysis.TooLittleData);
        Assert.True(analysis.IsLowFit);
        Assert.Equal("score 0.10; same location Madrid; low fit: too little data", analysis.Summary());
    }

    [Fact]
    public void Analyse_InviterWhoWorksInEcommerceDeModaAndAnOwnerWithComercioElectronico_IsCommonGroundNotALowFit()
    {
        var me = Ana with { Skills = ["Comercio electrónico"], Goals = [] };
        var contact = Person();

        var analysis = new ProfileAnalyzer(me).Analyse(contact, Invitation("me gustaría conectar contigo: trabajo en e-commerce de moda"), At);

        Assert.Equal(["Comercio electrónico"], analysis.Skills);
        Assert.Equal((0.1, false, false), (analysis.Score, analysis.IsLowFit, analysis.TooLittleData));
        Assert.Equal(("peer", "e-commerce de moda", "field", true), (analysis.Intent, analysis.TheirWork, analysis.TheirWorkKind, analysis.TheirWorkInCommon));
        Assert.Equal(
            new Match("skill", "invitation", "e-commerce de moda", "Comercio electrónico") { MeWords = "Comercio electrónico", Concept = "e-commerce" },
            analysis.Evidence[0]);
        Assert.Equal(
            "score 0.10; skill Comercio electrónico (invitation: e-commerce de moda; concept e-commerce); intent peer (invitation: me gustaría conectar); their work 'e-commerce de moda' (invitation)",
            analysis.Summary());
    }

    [Theory]
    [InlineData("SEO", "Especialista en posicionamiento web", "posicionamiento web", "seo")]
    [InlineData("Marketing digital", "Head of Digital Marketing", "Digital Marketing", "digital marketing")]
    [InlineData("Recursos humanos", "HR Business Partner", "HR", "human resources")]
    [InlineData("E-commerce", "Responsable de tiendas online", "tiendas online", "e-commerce")]
    public void Analyse_TheSameConceptInOtherWordsOrLanguage_MatchesAndSaysBothSidesWords(string skill, string headline, string words, string concept)
    {
        var me = Ana with { Skills = [skill], Goals = [], Interests = [] };

        var analysis = new ProfileAnalyzer(me).Analyse(Person(headline: headline), null, At);

        Assert.Equal(new Match("skill", "headline", words, skill) { MeWords = skill, Concept = concept }, Assert.Single(analysis.Evidence));
    }

    [Fact]
    public void Analyse_GoogleCloudPlatformInTheHeadline_IsNeitherGoogleAnalyticsNorAFormerColleagueAtGoogle()
    {
        var me = Ana with { Positions = [new Position("Google", "Analyst", new PartialDate(2015, null), new PartialDate(2017, null), null)], Skills = ["Google Analytics"], Goals = [], Interests = [] };
        var contact = Person(headline: "Google Cloud Platform certified architect", company: "Acme Cloud");

        var analysis = new ProfileAnalyzer(me).Analyse(contact, null, At);

        Assert.Empty(analysis.Evidence);
        Assert.True(analysis.IsLowFit);
    }

    [Theory]
    [InlineData("Email marketing", "Marketing")]
    [InlineData("Manager", "Digital Manager")]
    [InlineData("Digital", "Digital Manager")]
    [InlineData("online", "Consultora online")]
    [InlineData("Consultor", "Consultora de logística")]
    public void Analyse_ASharedWordOrAOneWordGenericSkill_IsNoCommonGround(string skill, string position)
    {
        var me = Ana with { Skills = [skill], Goals = [], Interests = [] };

        var analysis = new ProfileAnalyzer(me).Analyse(Person(position: position), null, At);

        Assert.Empty(analysis.Skills);
        Assert.True(analysis.IsLowFit);
    }

    [Theory]
    [InlineData("ESIC Business & Marketing School", "ESIC")]
    [InlineData("Universidad Complutense de Madrid", "UCM")]
    [InlineData("Universidad Complutense de Madrid", "Universidad Complutense")]
    [InlineData("IE Business School", "IE")]
    [InlineData("Universidad Politécnica de Madrid", "UNIVERSIDAD POLITECNICA DE MADRID")]
    public void Analyse_ASchoolWrittenTwoWays_IsTheSameSchool(string mine, string theirs)
    {
        var me = Ana with { Schools = [new School(mine, null, null, null)] };
        var contact = Person() with { Schools = [new School(theirs, "MBA", null, null)] };

        var analysis = new ProfileAnalyzer(me).Analyse(contact, null, At);

        Assert.Equal([mine], analysis.SharedSchools);
        Assert.Equal(new Match("school", "schools", theirs, mine) { MeWords = mine }, analysis.Evidence[0]);
    }

    [Theory]
    [InlineData("Universidad Complutense de Madrid", "Universidad de Salamanca")]
    [InlineData("Universidad Complutense de Madrid", "Ucm")]
    [InlineData("Universidad Complutense de Madrid", "Universidad")]
    [InlineData("ESIC Business & Marketing School", "Business School")]
    public void Analyse_DifferentSchoolsThatShareWords_AreNotTheSameSchool(string mine, string theirs)
    {
        var me = Ana with { Schools = [new School(mine, null, null, null)] };
        var contact = Person() with { Schools = [new School(theirs, null, null, null)] };

        var analysis = new ProfileAnalyzer(me).Analyse(contact, null, At);

        Assert.Empty(analysis.SharedSchools);
    }

    [Theory]
    [InlineData("Contoso S.L.")]
    [InlineData("Contoso SLU")]
    [InlineData("CONTOSO, S.A.")]
    [InlineData("Contoso GmbH")]
    [InlineData("Contoso Ltd.")]
    [InlineData("Contoso Inc.")]
    [InlineData("Contoso Iberia")]
    public void Analyse_ACompanyWithALegalSuffixOrItsLongerName_IsTheSameEmployer(string theirs)
    {
        var analysis = new ProfileAnalyzer(Ana).Analyse(Person(company: theirs), null, At);

        Assert.Equal(["Contoso"], analysis.FormerColleagues);
        Assert.Equal(new Match("former-colleague", "company", theirs, "Contoso") { MeWords = "Contoso" }, analysis.Evidence[0]);
    }

    [Theory]
    [InlineData(2017, 1, 2019, 6, true, "2018–2019", "2018–2019 overlap")]
    [InlineData(2020, 3, 2020, 9, true, "2020", "2020 overlap")]
    [InlineData(2010, 1, 2015, 12, false, null, "not at the same time")]
    public void Analyse_AFormerColleagueWithDates_SaysWhetherTheYearsOverlapped(int startYear, int startMonth, int endYear, int endMonth, bool sameTime, string? years, string overlap)
    {
        var contact = Person() with
        {
            Positions = [new Position("Contoso Ltd", "Developer", new PartialDate(startYear, startMonth), new PartialDate(endYear, endMonth), "Madrid")],
        };

        var analysis = new ProfileAnalyzer(Ana).Analyse(contact, null, At);

        var employer = Assert.Single(analysis.SharedEmployers);
        Assert.Equal(("Contoso", sameTime, years), (employer.Company, employer.SameTime, employer.Years));
        Assert.Equal(new Match("former-colleague", "positions", "Contoso Ltd", "Contoso") { MeWords = "Contoso", Overlap = overlap }, analysis.Evidence[0]);
    }

    [Fact]
    public void Analyse_BothStillAtTheCompany_OverlapRunsToTheCallersNow()
    {
        var contact = Person(company: "Pixelría") with { Positions = [new Position("Pixelría", "Designer", new PartialDate(2024, 2), null, null)] };

        var analysis = new ProfileAnalyzer(Ana).Analyse(contact, null, At);

        Assert.Equal(new SharedEmployer("Pixelría", true, 2024, 2026), Assert.Single(analysis.SharedEmployers));
        Assert.Equal("score 0.35; former colleague Pixelría (positions; 2024–2026 overlap)", analysis.Summary());
    }

    [Fact]
    public void Analyse_TheProfilesFields_AreReadEachUnderItsName()
    {
        var me = Ana with { Skills = ["E-commerce", "SEO", "Google Analytics"], Goals = [new Goal("partner with agencies", ["agencia"], "un café")], Interests = [] };
        var contact = Person() with
        {
            Positions = [new Position("Norte", "Directora de cuentas en una agencia", new PartialDate(2015, null), new PartialDate(2018, null), null)],
            Skills = ["Ecommerce"],
            Certifications = ["Google Analytics Individual Qualification"],
            About = "Llevo diez años dedicada al posicionamiento web de marcas de moda.",
        };

        var analysis = new ProfileAnalyzer(me).Analyse(contact, null, At);

        Assert.Equal(
            [("skill", "skills", "Ecommerce"), ("skill", "about", "posicionamiento web"), ("skill", "certifications", "Google Analytics"), ("goal", "positions", "agencia")],
            analysis.Evidence.Select(m => (m.Kind, m.Field, m.Words)));
        Assert.False(analysis.TooLittleData);
    }

    [Fact]
    public void Analyse_ASalesPitch_IsReadForWhyTheyWriteAndWhatTheyOfferIsNoCommonGround()
    {
        var me = Ana with { Skills = ["SEO"], Goals = [] };

        var analysis = new ProfileAnalyzer(me).Analyse(Person(), Invitation("Hola Ana, en nuestra agencia ofrecemos SEO para tiendas online. ¿Te interesaría una demo?"), At);

        Assert.Equal("sales", analysis.Intent);
        Assert.Empty(analysis.Skills);
        Assert.True(analysis.IsLowFit);
        Assert.Equal(
            [("intent", "ofrecemos", "sales"), ("intent", "Te interesaría una demo", "sales")],
            analysis.Evidence.Select(m => (m.Kind, m.Words, m.Detail)));
    }

    [Fact]
    public void Analyse_ARecruitersNote_KeepsWhatTheyDoAndIsNeverTooLittleData()
    {
        var analysis = new ProfileAnalyzer(Ana).Analyse(Person(), Invitation("Hi Ana, I'm a recruiter at Hays and I have an exciting opportunity for you."), At);

        Assert.Equal(("recruiter", "a recruiter at Hays", "role"), (analysis.Intent, analysis.TheirWork, analysis.TheirWorkKind));
        Assert.False(analysis.TooLittleData);
        Assert.True(analysis.IsLowFit);
    }

    [Fact]
    public void Analyse_EverythingInCommon_ScoreStaysAtMostOne()
    {
        var me = Ana with { Skills = ["Shopify", "SEO", "Comunicación"] };
        var contact = Person(position: "SEO y Shopify para agencias de marketing", company: "Contoso", location: "Madrid") with
        {
            Schools = [new School("Universidad Politécnica de Madrid", null, null, null)],
            Headline = "E-commerce, marketplaces y comunicación",
        };

        var analysis = new ProfileAnalyzer(me).Analyse(contact, null, At);

        Assert.Equal(1.0, analysis.Score);
        Assert.Equal(["Contoso", "Universidad Politécnica de Madrid", "Shopify", "SEO", "Comunicación", "e-commerce", "agency", "marketing", "marketplaces"], analysis.CommonGround);
    }

    private static Contact Person(string? position = null, string? headline = null, string? company = null, string? location = null) => new()
    {
        Id = 1, FullName = "Elena Moreno", FirstName = "Elena", Stage = Stages.New, Position = position, Headline = headline,
        Company = company, Location = location, CreatedAt = At, UpdatedAt = At,
    };

    private static ContactEvent Invitation(string body) =>
        new() { Id = 7, Kind = EventKinds.InvitationReceived, ContactId = 1, At = At, Body = body };
}
